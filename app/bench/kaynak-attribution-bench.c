/* kaynak-attribution-bench.c: importing an attribution corpus the size of
 * PolNeAR (issue 17's target: 1,000 articles with about 24,000 events in
 * at most 3 s).
 *
 * It generates a deterministic corpus laid out as PolNeAR is distributed,
 * text/NAME.txt and attributions/NAME_<annotator>.ann, into a temporary
 * folder (or --keep FOLDER): each article about 5,000 characters of
 * Turkish-looking sentences in paragraphs, and 24 attributions, each an
 * event tying a Source, a Cue and a Content span (some Content in two
 * fragments, some running over a paragraph's line break and written with
 * the line break in its text column, one in eight without a Source) and
 * its trigger span, plus a Discuss span now and then; sources repeat
 * across the article in other cases.  Then, best of a few runs, the CPU
 * time of this process for what `kaynak --import brat FOLDER` and the
 * window's Import a brat Folder… do before saving: kaynak_brat_pair_files()
 * over the folder and kaynak_brat_import_article_with_report() of every
 * article (wall time beside it; the machine may be shared).
 *
 * Usage: kaynak-attribution-bench [--articles N] [--events N] [--runs N]
 *                                 [--keep FOLDER]
 * A benchmark, not a test: it prints a Markdown table and exits 1 when
 * the target is missed.
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

#include "kaynak-brat-files.h"
#include "kaynak-document.h"

#include "kaynak-bench-random.h"

#define TARGET_SECONDS 3.0

static const char * const words[] = {
  "Rusya", "Ukrayna’nın", "açıklamada", "Kuzey", "Kore’ye", "asker", "bakanlık",
  "yetkilileri", "bölgesine", "yaklaşık", "binden", "fazla", "üç", "Ekim’de", "şimdilik",
  "sessiz", "kaldı", "ancak", "yapılan", "ve", "bir", "ile", "için", "olarak", "çok", "daha",
  "büyük", "savaş", "hükümet", "seçim", "ekonomi", "vergi", "bütçe", "meclis", "yasa",
};
static const char * const sources[] = {
  "Dışişleri Bakanlığı", "bakanlık sözcüsü", "Kremlin", "ABD’li yetkililer", "muhalefet lideri",
  "Reuters", "uzmanlar", "belediye başkanı", "the Washington Post", "hükümet kaynakları",
};
static const char * const cues[] = {
  "açıkladı", "iddia etti", "doğruladı", "söyledi", "belirtti", "yalanladı",
};

/* A UTF-8 article and its .ann, built together so the offsets hold */
typedef struct
{
  GString *text;
  GString *ann;
  guint    length;  /* code points of text */
  guint    t, e;
} Article;

static void
append_words (Article *a,
              guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      const char *w = words[kaynak_bench_random () % G_N_ELEMENTS (words)];

      if (i > 0)
        {
          g_string_append_c (a->text, ' ');
          a->length++;
        }
      g_string_append (a->text, w);
      a->length += g_utf8_strlen (w, -1);
    }
}

static void
append (Article    *a,
        const char *s)
{
  g_string_append (a->text, s);
  a->length += g_utf8_strlen (s, -1);
}

/* "T7<TAB>TYPE S E<TAB>text" over [start, end) of what is written so far */
static guint
span (Article    *a,
      const char *type,
      guint       start,
      guint       end,
      const char *start_byte,
      gsize       n_bytes)
{
  g_string_append_printf (a->ann, "T%u\t%s %u %u\t", ++a->t, type, start, end);
  g_string_append_len (a->ann, start_byte, n_bytes);
  g_string_append_c (a->ann, '\n');
  return a->t;
}

/* One attribution sentence: "SOURCE, CONTENT, diye CUE." */
static void
attribution (Article *a,
             guint    k)
{
  const char *source = sources[kaynak_bench_random () % G_N_ELEMENTS (sources)];
  const char *cue = cues[kaynak_bench_random () % G_N_ELEMENTS (cues)];
  gboolean has_source = k % 8 != 7;
  gboolean two_fragments = k % 5 == 2;
  gboolean line_break = k % 7 == 3;
  guint s_start = 0, s_end = 0, c_start, c_end, c2_start = 0, c2_end = 0, q_start, q_end;
  gsize s_byte = 0, s_bytes = 0, c_byte, c2_byte = 0, q_byte;
  guint source_t = 0, content_t, cue_t, trigger_t;

  if (has_source)
    {
      s_start = a->length;
      s_byte = a->text->len;
      /* the same source in another case now and then */
      if (k % 3 == 1)
        {
          g_autofree char *up = g_utf8_strup (source, -1);

          append (a, up);
        }
      else
        append (a, source);
      s_end = a->length;
      s_bytes = a->text->len - s_byte;
      append (a, ", ");
    }
  c_start = a->length;
  c_byte = a->text->len;
  append_words (a, 8 + kaynak_bench_random () % 10);
  if (line_break)
    {
      append (a, "\n");
      append_words (a, 4);
    }
  c_end = a->length;
  if (two_fragments)
    {
      append (a, ", dedi, ");
      c2_start = a->length;
      c2_byte = a->text->len;
      append_words (a, 6);
      c2_end = a->length;
    }
  append (a, ", diye ");
  q_start = a->length;
  q_byte = a->text->len;
  append (a, cue);
  q_end = a->length;
  append (a, ". ");

  if (has_source)
    source_t = span (a, "Source", s_start, s_end, a->text->str + s_byte, s_bytes);
  if (two_fragments)
    {
      /* "S E;S E" with the fragments' words joined by a space */
      g_string_append_printf (a->ann, "T%u\tContent %u %u;%u %u\t", ++a->t, c_start, c_end,
                              c2_start, c2_end);
      {
        gsize c_bytes = 0;
        const char *p = a->text->str + c_byte;

        for (guint i = c_start; i < c_end; i++)
          p = g_utf8_next_char (p);
        c_bytes = p - (a->text->str + c_byte);
        g_string_append_len (a->ann, a->text->str + c_byte, c_bytes);
        g_string_append_c (a->ann, ' ');
        p = a->text->str + c2_byte;
        for (guint i = c2_start; i < c2_end; i++)
          p = g_utf8_next_char (p);
        g_string_append_len (a->ann, a->text->str + c2_byte, p - (a->text->str + c2_byte));
        g_string_append_c (a->ann, '\n');
      }
      content_t = a->t;
    }
  else
    {
      const char *p = a->text->str + c_byte;

      for (guint i = c_start; i < c_end; i++)
        p = g_utf8_next_char (p);
      /* with its line break: the text runs on into the next line */
      content_t = span (a, "Content", c_start, c_end, a->text->str + c_byte,
                        p - (a->text->str + c_byte));
    }
  cue_t = span (a, "Cue", q_start, q_end, a->text->str + q_byte, strlen (cue));
  trigger_t = span (a, "Attribution", q_start, q_end, a->text->str + q_byte, strlen (cue));
  if (k % 4 == 0)
    span (a, "Discuss", q_start, q_end, a->text->str + q_byte, strlen (cue));
  g_string_append_printf (a->ann, "E%u\tAttribution:T%u Content:T%u Cue:T%u", ++a->e, trigger_t,
                          content_t, cue_t);
  if (has_source)
    g_string_append_printf (a->ann, " Source:T%u", source_t);
  g_string_append_c (a->ann, '\n');
}

static void
write_corpus (const char *root,
              guint       n_articles,
              guint       n_events)
{
  g_autofree char *text_dir = g_build_filename (root, "text", NULL);
  g_autofree char *ann_dir = g_build_filename (root, "attributions", NULL);

  g_mkdir_with_parents (text_dir, 0755);
  g_mkdir_with_parents (ann_dir, 0755);
  for (guint n = 0; n < n_articles; n++)
    {
      Article a = { g_string_new (NULL), g_string_new (NULL), 0, 0, 0 };
      /* the events spread over the articles, 24 each for 24,000 */
      guint events = n_events / n_articles + (n < n_events % n_articles);
      g_autofree char *name = g_strdup_printf ("article-%04u", n);
      g_autofree char *txt = g_strdup_printf ("%s/%s.txt", text_dir, name);
      g_autofree char *ann = g_strdup_printf ("%s/%s_ef2d.ann", ann_dir, name);

      for (guint k = 0; k < events; k++)
        {
          /* filler between attributions, paragraphs now and then */
          append_words (&a, 12 + kaynak_bench_random () % 20);
          append (&a, k % 4 == 3 ? ".\n\n" : ". ");
          attribution (&a, k);
        }
      append_words (&a, 20);
      append (&a, ".\n");
      if (!g_file_set_contents (txt, a.text->str, a.text->len, NULL) ||
          !g_file_set_contents (ann, a.ann->str, a.ann->len, NULL))
        {
          g_printerr ("cannot write the corpus into %s\n", root);
          exit (2);
        }
      g_string_free (a.text, TRUE);
      g_string_free (a.ann, TRUE);
    }
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int n_articles = 1000, n_events = 24000, runs = 3;
  g_autofree char *keep = NULL;
  GOptionEntry entries[] = {
    { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Articles in the corpus (1000)", "N" },
    { "events", 0, 0, G_OPTION_ARG_INT, &n_events, "Events in all (24000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Imports timed; the best counts (3)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Write the corpus here and keep it", "FOLDER" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  g_autoptr(GFile) folder = NULL;
  double best_cpu = G_MAXDOUBLE, best_wall = G_MAXDOUBLE;
  KaynakBratReport report = { 0 };
  double load[3] = { 0 };
  FILE *loadavg;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_articles < 1 || n_events < 0 ||
      runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "--articles and --runs are at least 1");
      return 2;
    }

  root = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("kaynak-attribution-bench-XXXXXX", NULL);
  write_corpus (root, n_articles, n_events);
  folder = g_file_new_for_path (root);

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      g_autoptr(GPtrArray) articles = NULL;
      gint64 wall = g_get_monotonic_time ();
      double cpu = cpu_seconds ();

      memset (&report, 0, sizeof report);
      articles = kaynak_brat_pair_files (&folder, 1, problems, NULL);
      if (problems->len > 0)
        {
          g_printerr ("%s\n", ((GError *) problems->pdata[0])->message);
          return 2;
        }
      for (guint i = 0; i < articles->len; i++)
        {
          g_autoptr(GPtrArray) documents =
            kaynak_brat_import_article_with_report (articles->pdata[i], &report, NULL, &error);

          if (documents == NULL)
            {
              g_printerr ("%s\n", error->message);
              return 2;
            }
        }
      best_cpu = MIN (best_cpu, cpu_seconds () - cpu);
      best_wall = MIN (best_wall, (g_get_monotonic_time () - wall) / 1e6);
    }

  if ((loadavg = fopen ("/proc/loadavg", "r")) != NULL)
    {
      if (fscanf (loadavg, "%lf %lf %lf", &load[0], &load[1], &load[2]) != 3)
        load[0] = load[1] = load[2] = 0;
      fclose (loadavg);
    }
  {
    g_autofree char *message = kaynak_brat_report_message (&report);

    printf ("Attribution corpus import (issue 17), best of %d; load average %.2f %.2f %.2f\n\n",
            runs, load[0], load[1], load[2]);
    printf ("%s\n\n", message != NULL ? message : "(no attribution corpus)");
    printf ("| articles | events | CPU s | wall s | target |\n|---:|---:|---:|---:|---|\n");
    printf ("| %d | %u | %.2f | %.2f | ≤ %.1f s %s |\n", n_articles, report.n_attributions,
            best_cpu, best_wall, TARGET_SECONDS, best_cpu <= TARGET_SECONDS ? "met" : "MISSED");
  }

  if (keep == NULL)
    remove_tree (root);
  return best_cpu <= TARGET_SECONDS ? 0 : 1;
}
