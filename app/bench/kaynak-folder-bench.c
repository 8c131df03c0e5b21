/* kaynak-folder-bench.c: listing a folder of annotated articles, against
 * the target of issue 18: 1,000 articles of 5–20 KB of text and 20–200
 * claims each listed (title, state, claims, sources used) in ≤ 1 s.
 *
 * Generates the folder once (in a temporary folder, removed after; the
 * data from a fixed seed, so every machine makes the same files), then
 * times kaynak_folder_list() as the window's folder list calls it:
 *
 *   cold  a new cache: every .kaynak.json is read and summarised (the
 *         files are in the kernel's page cache, having just been written:
 *         a first listing after a reboot also waits for the disk);
 *   warm  the same cache again: only the files' stamps are read;
 *   load  for comparison, each file loaded whole (kaynak_file_load()), as
 *         a list that did not summarise would have to.
 *
 * Reports the CPU time of this process (user + system) and the wall time,
 * with the load average: the machine is shared, so CPU time is the
 * figure to compare.  A benchmark, not a test: exits 1 when the cold
 * listing misses the target.
 *
 *   ninja -C _build-release folder-bench
 *   _build-release/app/bench/kaynak-folder-bench [--articles N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "kaynak-bench-random.h"
#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-file-serialize.h"
#include "kaynak-folder.h"

#define TARGET_MS 1000.0

static const char * const words[] = {
  "Ukrayna", "Rusya", "Kuzey", "Kore", "asker", "açıkladı", "göre", "Bakan", "dedi",
  "ekonomi", "büyüyor", "iddia", "edilmişti", "şimdilik", "sessiz", "Beyaz", "Saray",
  "doğruladı", "ortak", "strateji", "geliştirebilir", "üç", "binden", "fazla", "getirildi",
  "yetkililer", "açıklamada", "bulundu", "İstanbul", "Ankara", "haber", "kaynak",
};

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
wall_ms (void)
{
  return g_get_monotonic_time () / 1e3;
}

static guint
between (guint lo,
         guint hi)
{
  return lo + kaynak_bench_random () % (hi - lo + 1);
}

static char *
make_text (gsize bytes)
{
  GString *text = g_string_sized_new (bytes + 64);

  while (text->len < bytes)
    {
      g_string_append (text, words[kaynak_bench_random () % G_N_ELEMENTS (words)]);
      g_string_append_c (text, kaynak_bench_random () % 12 == 0 ? '.' : ' ');
      if (kaynak_bench_random () % 60 == 0)
        g_string_append (text, "\n\n");
    }
  return g_string_free (text, FALSE);
}

static void
write_article (const char *folder,
               guint       index)
{
  g_autofree char *text = make_text (between (5000, 20000));
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = kaynak_document_new_for_article (text, -1, NULL, NULL, &error);
  g_autofree char *name = g_strdup_printf ("%s/article-%04u.kaynak.json", folder, index);
  g_autofree char *title = g_strdup_printf ("Haber %u: %s %s", index,
                                            words[index % G_N_ELEMENTS (words)],
                                            words[(index * 7) % G_N_ELEMENTS (words)]);
  g_autoptr(GBytes) bytes = NULL;
  guint length, n_claims = between (20, 200);
  const char *ids[8];

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *label = g_strdup_printf ("Kaynak %u", i);
      g_autoptr(KaynakSource) source = kaynak_document_make_source (document, label,
                                                                    KAYNAK_SOURCE_KIND_NAMED);

      ids[i] = kaynak_source_get_id (source);
      kaynak_document_add_source (document, source, &error);
      g_assert_no_error (error);
    }
  length = kaynak_document_get_length (document);
  for (guint i = 0; i < n_claims; i++)
    {
      guint start = kaynak_bench_random () % (length - 60);

      kaynak_document_tag_range (document, start, start + between (10, 50),
                                 ids[kaynak_bench_random () % G_N_ELEMENTS (ids)], NULL);
    }
  kaynak_document_set_title (document, title);
  kaynak_document_set_state (document, kaynak_bench_random () % KAYNAK_N_ARTICLE_STATES);
  bytes = kaynak_file_serialize (document);
  g_file_set_contents (name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static void
load_average (char *buffer,
              gsize size)
{
  g_autofree char *contents = NULL;

  if (g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    {
      char **parts = g_strsplit (contents, " ", 4);

      g_snprintf (buffer, size, "%s %s %s", parts[0], parts[1], parts[2]);
      g_strfreev (parts);
    }
  else
    g_snprintf (buffer, size, "unknown");
}

static void
measure (const char        *what,
         GFile             *folder,
         KaynakFolderCache *cache,
         guint              expected,
         double            *cpu_out)
{
  double cpu = cpu_ms (), wall = wall_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = kaynak_folder_list (folder, TRUE, cache, NULL, &error);
  char load[64];

  cpu = cpu_ms () - cpu;
  wall = wall_ms () - wall;
  g_assert_no_error (error);
  if (articles->len != expected || kaynak_folder_article_get_error (articles->pdata[0]) != NULL)
    g_error ("listed %u articles, expected %u", articles->len, expected);
  load_average (load, sizeof load);
  g_print ("%-5s %5u articles: %8.1f ms CPU, %8.1f ms wall (%u of %u done; load average %s)\n",
           what, articles->len, cpu, wall, kaynak_folder_count_finished (articles), articles->len, load);
  *cpu_out = cpu;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 1000;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(KaynakFolderCache) cache = kaynak_folder_cache_new ();
  g_autoptr(GError) error = NULL;
  double cold, warm, load_cpu, wall;
  guint64 total_bytes = 0;

  setlocale (LC_ALL, "");
  for (int i = 1; i + 1 < argc; i++)
    if (strcmp (argv[i], "--articles") == 0)
      n = (guint) g_ascii_strtoull (argv[i + 1], NULL, 10);

  dir = g_dir_make_tmp ("kaynak-folder-bench-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);
  g_print ("kaynak-folder-bench (%s build): generating %u articles in %s…\n",
           KAYNAK_BENCH_BUILDTYPE, n, dir);
  for (guint i = 0; i < n; i++)
    write_article (dir, i);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        GStatBuf st;

        if (g_stat (path, &st) == 0)
          total_bytes += st.st_size;
      }
  }
  g_print ("%u files, %.1f MB in all\n", n, total_bytes / 1e6);

  measure ("cold", folder, cache, n, &cold);
  measure ("warm", folder, cache, n, &warm);

  /* What a list that loaded each file would cost */
  load_cpu = cpu_ms ();
  wall = wall_ms ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/article-%04u.kaynak.json", dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (name);
      g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);

      g_assert_no_error (error);
    }
  load_cpu = cpu_ms () - load_cpu;
  g_print ("load  %5u articles: %8.1f ms CPU, %8.1f ms wall (each file loaded whole, for comparison)\n",
           n, load_cpu, wall_ms () - wall);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/article-%04u.kaynak.json", dir, i);

      g_remove (name);
    }
  g_rmdir (dir);

  g_print ("target: cold listing ≤ %.0f ms: %s\n", TARGET_MS, cold <= TARGET_MS ? "met" : "MISSED");
  return cold <= TARGET_MS ? 0 : 1;
}
