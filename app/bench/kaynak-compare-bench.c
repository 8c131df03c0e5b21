/* kaynak-compare-bench.c: `kaynak --compare` over 30 annotators' folders
 * of 100 articles each (issue 15's target: at most 5 s).
 *
 * Generates the folders (deterministic articles of about 4,000
 * characters, 8 sources, 30 claims per article; each annotator marks
 * each claim with probability 0.9, moves its ends by a few characters
 * one time in four, and gives another source one time in eight) into a
 * temporary folder, then measures the CPU time (user + system, of this
 * process: the machine is shared, so wall-clock time says little) of
 * what `kaynak --compare FOLDER…` does: read and validate the 3,000
 * files, match them by article, and compute the overall, per-article and
 * per-source figures and the disagreements.  The load average is printed
 * beside it.
 *
 * Usage: kaynak-compare-bench [--annotators N] [--articles N] [--claims N] [--keep]
 * A benchmark, not a test: it prints the figures and exits 1 when the
 * target is missed.  Run it in an optimised build:
 * `ninja -C _build-release compare-bench`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "kaynak-agreement-files.h"
#include "kaynak-document.h"
#include "kaynak-file.h"

#include "kaynak-bench-random.h"

#define TARGET_SECONDS 5.0
#define N_SOURCES 8

static const char * const words[] = {
  "Rusya", "Ukrayna’nın", "açıklamada", "Kuzey", "Kore’ye", "asker", "göre", "bakanlık",
  "sözcüsü", "iddia", "edilmişti", "doğrulamıştı", "yetkilileri", "bölgesine", "yaklaşık",
  "binden", "fazla", "üç", "27-28", "Ekim’de", "şimdilik", "sessiz", "kaldı", "ancak",
  "yapılan", "ve", "bir", "ile", "için", "olarak", "çok", "daha", "büyük", "savaş", "hükümet",
};

static char *
make_article (guint number,
              guint n_chars)
{
  GString *text = g_string_new (NULL);
  guint length;

  /* each article different, so each has its own hash */
  g_string_append_printf (text, "Haber %u. ", number);
  length = text->len;
  while (length < n_chars)
    {
      const char *word = words[kaynak_bench_random () % G_N_ELEMENTS (words)];

      g_string_append (text, word);
      g_string_append_c (text, kaynak_bench_random () % 12 == 0 ? '.' : ' ');
      if (text->str[text->len - 1] == '.')
        g_string_append_c (text, ' ');
      length += g_utf8_strlen (word, -1) + 1;
    }
  return g_string_free (text, FALSE);
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static double
monotonic_seconds (void)
{
  return g_get_monotonic_time () / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  int n_annotators = 30, n_articles = 100, n_claims = 30;
  gboolean keep = FALSE;
  GOptionEntry entries[] = {
    { "annotators", 0, 0, G_OPTION_ARG_INT, &n_annotators, "Annotators (folders)", "N" },
    { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Articles per annotator", "N" },
    { "claims", 0, 0, G_OPTION_ARG_INT, &n_claims, "Claims per article", "N" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the folders (to time `kaynak --compare` on them)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakAgreementFiles) files = NULL;
  g_autoptr(GPtrArray) disagreements = NULL;
  g_autofree char *root = NULL;
  g_autofree char *load = NULL;
  g_auto(GStrv) folders = NULL;
  KaynakAgreementFigures figures;
  double cpu, wall, cpu_load;
  guint n_spans = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      n_annotators < 2 || n_annotators > KAYNAK_AGREEMENT_MAX_ANNOTATORS || n_articles < 1 || n_claims < 1)
    {
      g_printerr ("kaynak-compare-bench: %s\n", error != NULL ? error->message : "bad numbers");
      return 2;
    }

  root = g_dir_make_tmp ("kaynak-compare-bench-XXXXXX", &error);
  g_assert_no_error (error);
  folders = g_new0 (char *, n_annotators + 1);
  for (int a = 0; a < n_annotators; a++)
    {
      folders[a] = g_strdup_printf ("%s/annotator-%02d", root, a);
      g_mkdir (folders[a], 0700);
    }

  g_print ("Generating %d annotators × %d articles × about %d claims in %s…\n",
           n_annotators, n_articles, n_claims, root);
  for (int d = 0; d < n_articles; d++)
    {
      g_autofree char *text = make_article (d, 4000);
      guint length = g_utf8_strlen (text, -1);
      guint starts[256], ends[256], sources[256];
      guint n = MIN ((guint) n_claims, G_N_ELEMENTS (starts));
      guint slot = length / n;

      /* the "true" claims: one per slot of the article */
      for (guint c = 0; c < n; c++)
        {
          starts[c] = c * slot + 5 + kaynak_bench_random () % (slot / 4);
          ends[c] = starts[c] + slot / 3 + kaynak_bench_random () % (slot / 4);
          sources[c] = kaynak_bench_random () % N_SOURCES;
        }
      for (int a = 0; a < n_annotators; a++)
        {
          g_autoptr(GPtrArray) scheme = g_ptr_array_new_with_free_func (g_object_unref);
          g_autoptr(KaynakDocument) document = NULL;
          g_autoptr(GBytes) bytes = NULL;
          g_autofree char *path = g_strdup_printf ("%s/article-%03d.kaynak.json", folders[a], d);

          for (guint s = 0; s < N_SOURCES; s++)
            {
              g_autofree char *id = g_strdup_printf ("source-%u", s);
              g_autofree char *label = g_strdup_printf ("Kaynak %u", s);
              g_ptr_array_add (scheme, kaynak_source_new (id, label, "#336699", 0, KAYNAK_SOURCE_KIND_NAMED));
            }
          document = kaynak_document_new_for_article (text, -1, scheme, "bench", &error);
          g_assert_no_error (error);
          for (guint c = 0; c < n; c++)
            {
              guint start = starts[c], end = ends[c], source = sources[c];
              g_autofree char *id = NULL;

              if (kaynak_bench_random () % 10 == 0)
                continue;
              if (kaynak_bench_random () % 4 == 0)
                {
                  start += kaynak_bench_random () % 6;
                  end -= kaynak_bench_random () % 6;
                }
              if (kaynak_bench_random () % 8 == 0)
                source = (source + 1) % N_SOURCES;
              id = g_strdup_printf ("source-%u", source);
              if (kaynak_document_create_claim (document, start, end, id, &error) == NULL)
                g_clear_error (&error);
              else
                n_spans++;
            }
          bytes = kaynak_file_serialize (document);
          g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                              &error));
        }
    }

  g_file_get_contents ("/proc/loadavg", &load, NULL, NULL);
  cpu_load = cpu_seconds ();
  wall = monotonic_seconds ();

  files = kaynak_agreement_files_load ((const char * const *) folders, &error);
  g_assert_no_error (error);
  kaynak_agreement_get_overall (files->agreement, &figures);
  for (guint d = 0; d < kaynak_agreement_get_n_documents (files->agreement); d++)
    {
      KaynakAgreementFigures f;
      kaynak_agreement_get_document (files->agreement, d, &f);
    }
  for (guint s = 0; s < kaynak_agreement_get_n_sources (files->agreement); s++)
    {
      KaynakAgreementFigures f;
      kaynak_agreement_get_source (files->agreement, s, &f);
    }
  disagreements = kaynak_agreement_list_disagreements (files->agreement);

  cpu = cpu_seconds () - cpu_load;
  wall = monotonic_seconds () - wall;

  g_print ("Build: %s\n", KAYNAK_BENCH_BUILDTYPE);
  g_print ("Load average before: %s", load != NULL ? load : "unknown\n");
  g_print ("%u articles compared, %u claims, %u units, %u disagreements\n",
           kaynak_agreement_get_n_documents (files->agreement), n_spans, figures.n_units, disagreements->len);
  g_print ("Overall: exact F1 %.3f, overlap F1 %.3f, Fleiss' kappa %.3f, alpha %.3f\n",
           figures.exact_f1.value, figures.overlap_f1.value, figures.kappa.value, figures.alpha.value);
  g_print ("CPU time (user + system) %.2f s, wall %.2f s; target ≤ %.1f s CPU: %s\n",
           cpu, wall, TARGET_SECONDS, cpu <= TARGET_SECONDS ? "met" : "MISSED");

  for (int a = 0; a < n_annotators && !keep; a++)
    {
      for (int d = 0; d < n_articles; d++)
        {
          g_autofree char *path = g_strdup_printf ("%s/article-%03d.kaynak.json", folders[a], d);
          g_unlink (path);
        }
      g_rmdir (folders[a]);
    }
  if (keep)
    g_print ("Kept in %s\n", root);
  else
    g_rmdir (root);

  return cpu <= TARGET_SECONDS ? 0 : 1;
}
