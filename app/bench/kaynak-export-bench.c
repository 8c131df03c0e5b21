/* kaynak-export-bench.c: how much slower is exporting a corpus to JSONL
 * than only loading it?  The target of the datasets issue: 1,000 documents
 * of 100 claims each export to JSONL in at most 2× the time of loading
 * them.
 *
 * Generates the corpus (deterministic Turkish-looking articles of about
 * 6,000 characters, 8 sources, overlapping claims with notes and links)
 * into a temporary folder of *.kaynak.json files, then measures the best
 * of a few runs of
 *   - load:          kaynak_file_load() of every file (read, parse, validate);
 *   - load + export: the same, each document added to a JSONL writer that
 *                    writes to a file (or /dev/null with --discard).
 *
 * Usage: kaynak-export-bench [--documents N] [--claims N] [--runs N]
 * A benchmark, not a test: it prints the numbers and exits 1 when the
 * ratio is over the target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kaynak-document.h"
#include "kaynak-export.h"
#include "kaynak-file.h"

#include "kaynak-bench-random.h"

#define TARGET_RATIO 2.0


static const char * const words[] = {
  "Rusya", "Ukrayna’nın", "açıklamada", "Kuzey", "Kore’ye", "asker", "göre", "bakanlık",
  "sözcüsü", "iddia", "edilmişti", "doğrulamıştı", "yetkilileri", "bölgesine", "yaklaşık",
  "binden", "fazla", "üç", "27-28", "Ekim’de", "şimdilik", "sessiz", "kaldı", "ancak",
  "yapılan", "ve", "bir", "ile", "için", "olarak", "çok", "daha", "büyük", "savaş", "hükümet",
  "Beyaz", "Saray’dan", "“kapsamlı", "ortaklık”", "anlaşması", "imzalanmıştı", "NATO",
};

static char *
make_article (guint n_chars)
{
  GString *text = g_string_new (NULL);
  guint sentence = 0;
  guint length = 0;

  while (length < n_chars)
    {
      const char *word = words[kaynak_bench_random () % G_N_ELEMENTS (words)];

      g_string_append (text, word);
      length += g_utf8_strlen (word, -1) + 1;
      if (++sentence > 8 + kaynak_bench_random () % 12)
        {
          g_string_append (text, kaynak_bench_random () % 5 == 0 ? ".\n\n" : ". ");
          sentence = 0;
        }
      else
        g_string_append_c (text, ' ');
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static KaynakDocument *
make_document (guint n,
               guint n_claims)
{
  g_autofree char *text = make_article (6000);
  KaynakDocument *document = kaynak_document_new (text, -1);
  guint length = kaynak_document_get_length (document);
  GPtrArray *scheme = kaynak_source_default_scheme ();
  g_autofree char *title = g_strdup_printf ("Haber %u", n);
  KaynakClaim *previous = NULL;

  kaynak_document_set_title (document, title);
  kaynak_document_set_url (document, "https://example.org/haber");
  kaynak_document_set_language (document, "tr");
  for (guint i = 0; i < scheme->len; i++)
    kaynak_document_add_source (document, g_ptr_array_index (scheme, i), NULL);

  for (guint i = 0; i < n_claims; i++)
    {
      guint start = kaynak_bench_random () % (length - 200);
      guint end = start + 20 + kaynak_bench_random () % 180;
      KaynakSource *source = g_ptr_array_index (scheme, kaynak_bench_random () % scheme->len);
      KaynakClaim *claim;

      if (!kaynak_document_trim_range (document, &start, &end))
        continue;
      claim = kaynak_document_create_claim (document, start, end, kaynak_source_get_id (source), NULL);
      if (claim == NULL)
        continue;
      kaynak_document_set_claim_status (document, kaynak_claim_get_id (claim), kaynak_bench_random () % 5, NULL);
      if (kaynak_bench_random () % 3 == 0)
        kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim),
                                        "Kaynak belirtilmemiş; \"resmi\" açıklama bekleniyor.", NULL);
      if (previous != NULL && kaynak_bench_random () % 4 == 0)
        kaynak_document_add_link (document, KAYNAK_LINK_TYPE_CONFIRMS, kaynak_claim_get_id (claim),
                                  kaynak_claim_get_id (previous), NULL);
      previous = claim;
    }
  g_ptr_array_unref (scheme);
  return document;
}

typedef struct
{
  double wall;
  double cpu;   /* user + system of this process: robust on a busy machine */
} Times;

static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static Times
run (GPtrArray  *files,
     gboolean    export,
     const char *out_path,
     guint      *n_claims)
{
  double cpu_begin = cpu_now ();
  gint64 begin = g_get_monotonic_time ();
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(KaynakExportWriter) writer = NULL;
  Times times;

  if (export)
    {
      /* as `kaynak --export jsonl --output FILE` does: each document's
       * lines go to the file as soon as they are made */
      g_autoptr(GFile) file = g_file_new_for_path (out_path ? out_path : "/dev/null");

      out = out_path ? G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL))
                     : G_OUTPUT_STREAM (g_file_append_to (file, G_FILE_CREATE_NONE, NULL, NULL));
      g_assert (out != NULL);
      writer = kaynak_export_writer_new_stream (kaynak_exporter_lookup ("jsonl"), NULL, out, NULL);
    }
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakDocument) document = kaynak_file_load (g_ptr_array_index (files, i),
                                                             NULL, NULL, &error);

      if (document == NULL)
        g_error ("%s", error->message);
      if (export && !kaynak_export_writer_add (writer, document, &error))
        g_error ("%s", error->message);
    }
  if (export)
    {
      kaynak_export_writer_finish (writer, NULL);
      g_output_stream_close (out, NULL, NULL);
      *n_claims = kaynak_export_writer_get_n_claims (writer);
    }
  times.wall = (g_get_monotonic_time () - begin) / 1e6;
  times.cpu = cpu_now () - cpu_begin;
  return times;
}

int
main (int   argc,
      char *argv[])
{
  int n_documents = 1000, n_claims = 100, n_runs = 3;
  gboolean discard = FALSE;
  GOptionEntry entries[] = {
    { "documents", 0, 0, G_OPTION_ARG_INT, &n_documents, "Documents in the corpus (1000)", "N" },
    { "claims", 0, 0, G_OPTION_ARG_INT, &n_claims, "Claims per document (100)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs; the best counts (3)", "N" },
    { "discard", 0, 0, G_OPTION_ARG_NONE, &discard, "Write the JSONL to /dev/null, not a file", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = NULL;
  g_autofree char *out_path = NULL;
  Times best_load = { G_MAXDOUBLE, G_MAXDOUBLE }, best_export = { G_MAXDOUBLE, G_MAXDOUBLE };
  double ratio;
  guint total_claims = 0;
  goffset corpus_bytes = 0;
  GStatBuf st;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      n_documents < 1 || n_claims < 1 || n_runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "counts must be positive");
      return 2;
    }

  dir = g_dir_make_tmp ("kaynak-export-bench-XXXXXX", &error);
  g_assert_no_error (error);
  out_path = g_build_filename (dir, "export.jsonl", NULL);
  g_print ("Generating %d documents of %d claims in %s…\n", n_documents, n_claims, dir);
  for (int i = 0; i < n_documents; i++)
    {
      g_autoptr(KaynakDocument) document = make_document (i, n_claims);
      g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
      g_autofree char *name = g_strdup_printf ("doc-%04d%s", i, KAYNAK_FILE_SUFFIX);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      /* no fsync: generating is not what is measured */
      if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     G_FILE_SET_CONTENTS_NONE, 0644, &error))
        g_error ("%s", error->message);
      corpus_bytes += g_bytes_get_size (bytes);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  for (int r = 0; r < n_runs; r++)
    {
      Times load = run (files, FALSE, NULL, NULL);
      Times export = run (files, TRUE, discard ? NULL : out_path, &total_claims);

      best_load.wall = MIN (best_load.wall, load.wall);
      best_load.cpu = MIN (best_load.cpu, load.cpu);
      best_export.wall = MIN (best_export.wall, export.wall);
      best_export.cpu = MIN (best_export.cpu, export.cpu);
    }
  ratio = best_export.cpu / best_load.cpu;
  if (discard || g_stat (out_path, &st) != 0)
    st.st_size = 0;

  g_print ("\nCorpus: %d documents, %u claims exported, %.1f MB of .kaynak.json, %.1f MB of JSONL%s\n",
           n_documents, total_claims, corpus_bytes / 1e6, st.st_size / 1e6,
           discard ? " (discarded)" : "");
  g_print ("| step (best of %d)     | CPU time  | wall time |\n"
           "|----------------------|-----------|-----------|\n", n_runs);
  g_print ("| load only            | %7.3f s | %7.3f s |\n", best_load.cpu, best_load.wall);
  g_print ("| load + export JSONL  | %7.3f s | %7.3f s |\n", best_export.cpu, best_export.wall);
  g_print ("| ratio                | %7.2f×  | %7.2f×  |\n", ratio, best_export.wall / best_load.wall);
  g_print ("Target: CPU ratio ≤ %.1f× — %s\n", TARGET_RATIO, ratio <= TARGET_RATIO ? "OK" : "MISSED");

  for (guint i = 0; i < files->len; i++)
    g_file_delete (g_ptr_array_index (files, i), NULL, NULL);
  g_unlink (out_path);
  g_rmdir (dir);
  return ratio <= TARGET_RATIO ? 0 : 1;
}
