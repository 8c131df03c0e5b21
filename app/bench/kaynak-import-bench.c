/* kaynak-import-bench.c: imports of many labels against loading the same
 * claims from a Kaynak file.  The target of issue 10: a million labels
 * imported from doccano or brat in at most 2× the time of the native
 * load of the same claims, with a peak of at most 8× the input's size.
 *
 * For each count of labels (100,000, 200,000, 400,000 and 1,000,000 by
 * default) it generates one deterministic article (Turkish-looking
 * sentences, 5 MB by default, no line breaks) and over it:
 *   - doccano: one line {"text": …, "label": [[start, end, "Kaynak K"], …]};
 *   - brat: the .txt and a .ann of "T1<TAB>Kaynak_K START END<TAB>text";
 * ranges of 10–80 characters at random places, over 20 labels (longer
 * ones would make the native file of a million claims larger than the
 * 512 MiB a Kaynak file may be).  Then,
 * best of a few runs (CPU time of this process, wall time beside it):
 *   - import:      kaynak_importer_import() of the file;
 *   - native load: kaynak_file_load_bytes() of the imported document
 *                  saved as a .kaynak.json;
 * and the peak memory (VmHWM) of a fresh process that only imports the
 * file (or loads the .kaynak.json): `kaynak-import-bench --only FORMAT
 * FILE`.
 *
 * Usage: kaynak-import-bench [--labels N,N,…] [--size BYTES] [--runs N]
 * A benchmark, not a test: it prints a Markdown table and exits 1 when a
 * target of the largest count is missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "kaynak-document.h"
#include "kaynak-export.h"
#include "kaynak-file.h"

#include "kaynak-bench-random.h"

#define TARGET_TIME_RATIO 2.0
#define TARGET_PEAK_RATIO 8.0
#define N_LABEL_NAMES 20


static const char * const words[] = {
  "Rusya", "Ukrayna’nın", "açıklamada", "Kuzey", "Kore’ye", "asker", "göre", "bakanlık",
  "sözcüsü", "iddia", "edilmişti", "doğrulamıştı", "yetkilileri", "bölgesine", "yaklaşık",
  "binden", "fazla", "üç", "27-28", "Ekim’de", "şimdilik", "sessiz", "kaldı", "ancak",
  "yapılan", "ve", "bir", "ile", "için", "olarak", "çok", "daha", "büyük", "savaş", "hükümet",
};

/* The article as UCS-4 (to cut ranges by code point) and UTF-8 */
static gunichar *
make_article (gsize   size,
              char  **utf8,
              glong  *n_chars)
{
  GString *text = g_string_sized_new (size + 64);
  guint in_sentence = 0;

  while (text->len < size)
    {
      const char *word = words[kaynak_bench_random () % G_N_ELEMENTS (words)];

      if (in_sentence == 0)
        {
          g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (word)));
          g_string_append (text, g_utf8_next_char (word));
        }
      else
        g_string_append (text, word);
      if (++in_sentence >= 8 + kaynak_bench_random () % 10)
        {
          g_string_append (text, ". ");
          in_sentence = 0;
        }
      else
        g_string_append_c (text, ' ');
    }
  *utf8 = g_string_free (text, FALSE);
  return g_utf8_to_ucs4_fast (*utf8, -1, n_chars);
}

typedef struct
{
  guint start;
  guint end;
  guint label;
} Span;

static Span *
make_spans (guint n,
            glong n_chars)
{
  Span *spans = g_new (Span, n);

  for (guint i = 0; i < n; i++)
    {
      guint length = 10 + kaynak_bench_random () % 71;

      spans[i].start = kaynak_bench_random () % (guint) (n_chars - length);
      spans[i].end = spans[i].start + length;
      spans[i].label = kaynak_bench_random () % N_LABEL_NAMES;
    }
  return spans;
}

static void
append_json_string (GString    *out,
                    const char *s)
{
  g_string_append_c (out, '"');
  for (; *s; s++)
    {
      if (*s == '"' || *s == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *s);
    }
  g_string_append_c (out, '"');
}

static char *
write_doccano (const char *dir,
               const char *article,
               const Span *spans,
               guint       n)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (article) + n * 28);
  char *path = g_build_filename (dir, "labels.jsonl", NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (out, "{\"text\":");
  append_json_string (out, article);
  g_string_append (out, ",\"label\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s[%u,%u,\"Kaynak %u\"]", i ? "," : "",
                            spans[i].start, spans[i].end, spans[i].label);
  g_string_append (out, "]}\n");
  if (!g_file_set_contents (path, out->str, out->len, &error))
    g_error ("%s", error->message);
  return path;
}

static char *
write_brat (const char     *dir,
            const char     *article,
            const gunichar *text,
            const Span     *spans,
            guint           n)
{
  g_autoptr(GString) ann = g_string_sized_new (n * 140);
  g_autofree char *txt = g_build_filename (dir, "labels.txt", NULL);
  char *path = g_build_filename (dir, "labels.ann", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *piece = g_ucs4_to_utf8 (text + spans[i].start, spans[i].end - spans[i].start,
                                               NULL, NULL, NULL);

      g_string_append_printf (ann, "T%u\tKaynak_%u %u %u\t%s\n", i + 1, spans[i].label,
                              spans[i].start, spans[i].end, piece);
    }
  if (!g_file_set_contents (txt, article, -1, &error) ||
      !g_file_set_contents (path, ann->str, ann->len, &error))
    g_error ("%s", error->message);
  return path;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static guint64
peak_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "VmHWM:")) != NULL)
    return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
  return 0;
}

static GPtrArray *
import (const char *format,
        const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *documents = kaynak_importer_import (kaynak_importer_lookup (format), file, NULL,
                                                 NULL, &error);

  if (documents == NULL)
    g_error ("%s: %s", path, error->message);
  return documents;
}

static KaynakDocument *
load (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_file_load_bytes (bytes, NULL, &error);

  if (document == NULL)
    g_error ("%s", error->message);
  return document;
}

/* `--only FORMAT FILE` in a fresh process: its peak, in KiB, on stdout */
static guint64
fresh_peak (const char *self,
            const char *format,
            const char *path)
{
  const char *argv[] = { self, "--only", format, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);
  return g_ascii_strtoull (out, NULL, 10);
}

static int
run_only (const char *format,
          const char *path)
{
  if (g_str_equal (format, "kaynak"))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);

      if (document == NULL)
        g_error ("%s", error->message);
    }
  else
    g_ptr_array_unref (import (format, path));
  printf ("%" G_GUINT64_FORMAT "\n", peak_kib ());
  return 0;
}

static guint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (guint64) st.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *labels_option = NULL;
  gint64 size = 5 * 1000 * 1000;
  int runs = 3;
  gboolean ok = TRUE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *article = NULL;
  g_autofree gunichar *text = NULL;
  g_auto(GStrv) counts = NULL;
  glong n_chars;
  GOptionEntry entries[] = {
    { "labels", 0, 0, G_OPTION_ARG_STRING, &labels_option, "Label counts, comma separated", "N,N,…" },
    { "size", 0, 0, G_OPTION_ARG_INT64, &size, "Article size in bytes (5000000)", "BYTES" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each step; the best counts (3)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "--only"))
    return run_only (argv[2], argv[3]);

  context = g_option_context_new ("- imports of many labels against the native load");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  counts = g_strsplit (labels_option ? labels_option : "100000,200000,400000,1000000", ",", -1);

  dir = g_dir_make_tmp ("kaynak-import-bench-XXXXXX", &error);
  g_assert_no_error (error);
  text = make_article ((gsize) size, &article, &n_chars);
  printf ("Article: %ld characters, %zu bytes; best of %d runs; CPU time of the process "
          "(wall in brackets); %u cores, build %s\n\n",
          n_chars, strlen (article), runs, g_get_num_processors (),
#ifdef __OPTIMIZE__
          "optimised"
#else
          "NOT optimised"
#endif
          );
  printf ("| labels | format | input | import | native load | ratio | peak (import) | peak / input | peak (native load) |\n");
  printf ("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");

  for (guint c = 0; counts[c] != NULL; c++)
    {
      guint n = (guint) g_ascii_strtoull (counts[c], NULL, 10);
      g_autofree Span *spans = make_spans (n, n_chars);
      static const char * const formats[] = { "doccano", "brat" };
      gboolean last = counts[c + 1] == NULL;

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *path = g_str_equal (formats[f], "doccano")
                                  ? write_doccano (dir, article, spans, n)
                                  : write_brat (dir, article, text, spans, n);
          g_autofree char *native = g_build_filename (dir, "labels.kaynak.json", NULL);
          g_autofree char *txt = g_build_filename (dir, "labels.txt", NULL);
          guint64 input = file_size (path) + (g_str_equal (formats[f], "brat") ? file_size (txt) : 0);
          double best_import = G_MAXDOUBLE, best_import_wall = G_MAXDOUBLE;
          double best_load = G_MAXDOUBLE, best_load_wall = G_MAXDOUBLE;
          g_autoptr(GBytes) bytes = NULL;
          guint64 peak, native_peak;
          double ratio, peak_ratio;

          for (int r = 0; r < runs; r++)
            {
              double cpu = cpu_seconds ();
              gint64 wall = g_get_monotonic_time ();
              g_autoptr(GPtrArray) documents = import (formats[f], path);

              best_import = MIN (best_import, cpu_seconds () - cpu);
              best_import_wall = MIN (best_import_wall, (g_get_monotonic_time () - wall) / 1e6);
              if (bytes == NULL)
                bytes = kaynak_file_serialize (g_ptr_array_index (documents, 0));
            }
          if (!g_file_set_contents (native, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
            g_error ("%s", error->message);
          for (int r = 0; r < runs; r++)
            {
              double cpu = cpu_seconds ();
              gint64 wall = g_get_monotonic_time ();
              g_autoptr(KaynakDocument) document = load (bytes);

              best_load = MIN (best_load, cpu_seconds () - cpu);
              best_load_wall = MIN (best_load_wall, (g_get_monotonic_time () - wall) / 1e6);
            }
          peak = fresh_peak (argv[0], formats[f], path);
          native_peak = fresh_peak (argv[0], "kaynak", native);
          ratio = best_import / best_load;
          peak_ratio = peak * 1024.0 / input;
          printf ("| %u | %s | %.1f MB | %.2f s (%.2f s) | %.2f s (%.2f s) | %.2f× | %.0f MB | %.1f× | %.0f MB |\n",
                  n, formats[f], input / 1e6, best_import, best_import_wall, best_load, best_load_wall,
                  ratio, peak * 1024.0 / 1e6, peak_ratio, native_peak * 1024.0 / 1e6);
          fflush (stdout);
          if (last && (ratio > TARGET_TIME_RATIO || peak_ratio > TARGET_PEAK_RATIO))
            ok = FALSE;
          g_remove (path);
          g_remove (native);
          g_remove (txt);
        }
    }

  printf ("\nTargets at %s labels: import ≤ %.0f× the native load, peak ≤ %.0f× the input: %s\n",
          counts[g_strv_length (counts) - 1], TARGET_TIME_RATIO, TARGET_PEAK_RATIO,
          ok ? "met" : "MISSED");
  g_rmdir (dir);
  return ok ? 0 : 1;
}
