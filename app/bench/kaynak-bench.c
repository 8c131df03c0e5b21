/* kaynak-bench.c: speed and memory of the native file and the claims
 * query, against the targets of the foundation issue.
 *
 * Generates a deterministic article (Turkish-looking text, multi-byte
 * letters, sentences and paragraphs) with claims over several sources,
 * overlapping and nested, saves it to a temporary file, and measures the
 * best of a few runs of:
 *   - json-glib alone parsing the file (the yardstick),
 *   - kaynak_file_load_bytes() (parse, validation, model),
 *   - kaynak_file_save() (serialise, atomic and durable write),
 *   - kaynak_document_claims_at() at random offsets,
 *   - peak memory of loading the file in a fresh process (this program
 *     re-executed with --load-only), so generating does not count;
 *   - `kaynak --check FILE` against kaynak-parse-bench FILE (read the
 *     file, json_parser_load_from_data(), exit) as whole processes: the
 *     CPU time (user + system) of each child from wait4(), in interleaved
 *     pairs (which one goes first alternates), the ratio being the median
 *     of the per-pair ratios.  On the generated file and on a second one
 *     with another member layout (members in reverse order, empty and
 *     default members left out, tab-indented), since a load can be tuned
 *     to the layout its own serialiser writes.
 *
 * A benchmark, not a test: it prints a table and exits 1 if a target is
 * missed, but nothing in `meson test` depends on its timings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-source.h"
#include "kaynak-test-hooks.h"

#ifndef KAYNAK_BENCH_BUILDTYPE
# define KAYNAK_BENCH_BUILDTYPE "unknown"
#endif
#ifndef KAYNAK_BENCH_OPTIMIZATION
# define KAYNAK_BENCH_OPTIMIZATION "?"
#endif
#ifndef KAYNAK_BENCH_KAYNAK
# define KAYNAK_BENCH_KAYNAK "kaynak"
#endif
#ifndef KAYNAK_BENCH_PARSE
# define KAYNAK_BENCH_PARSE "kaynak-parse-bench"
#endif

#define TARGET_CHECK_RATIO  1.3   /* kaynak --check ≤ 1.3 × bare parse, processes */
#define TARGET_QUERY_US     10.0  /* claims_at ≤ 10 µs */
#define TARGET_MEMORY_RATIO 8.0   /* peak ≤ 8 × file size */

typedef struct
{
  gsize article_size;   /* bytes of article text to generate */
  guint n_claims;
  guint n_sources;
  guint n_runs;
  guint n_queries;
  guint n_pairs;        /* interleaved process pairs per file */
  const char *kaynak;   /* the kaynak executable */
  const char *parse;    /* kaynak-parse-bench */
  const char *keep;     /* also write the generated file here, or NULL */
} BenchConfig;

/* --- A deterministic generator ------------------------------------------ */

/* xorshift64*: the same numbers on every machine and every GLib, unlike
 * GRand whose algorithm is not part of its API. */
typedef struct { guint64 state; } BenchRng;

static guint64
rng_next (BenchRng *rng)
{
  guint64 x = rng->state;

  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  rng->state = x;

  return x * G_GUINT64_CONSTANT (0x2545F4914F6CDD1D);
}

/* uniform in [0, n) (n > 0; the modulo bias is irrelevant here) */
static guint
rng_below (BenchRng *rng,
           guint     n)
{
  return (guint) ((rng_next (rng) >> 16) % n);
}

static const char * const words[] = {
  "açıklama", "ağır", "anlaşma", "arasında", "asker", "askerleri", "ayrıca",
  "bakanlığı", "barış", "başkanı", "belirtildi", "bildirildi", "binden",
  "birliği", "bölgelerine", "büyük", "çalışan", "çeşitli", "değil", "devlet",
  "dışişleri", "doğru", "dünya", "düzey", "endişe", "fazla", "gelecek",
  "genel", "görüşme", "göre", "gücü", "güvenlik", "haziranda", "hızlı",
  "ilgili", "ilk", "işbirliği", "iki", "için", "kaynaklar", "karşı", "kore",
  "konuşlandırılması", "küresel", "kuzey", "mutabık", "müdahale", "nedeniyle",
  "olarak", "önemli", "ortaklık", "öyle", "özellikle", "rusya", "savaş",
  "sekreteri", "sözcüsü", "şöyle", "stratejik", "süren", "tehdit", "toplantı",
  "tırmanma", "üç", "ukrayna", "üst", "uzmanlar", "ve", "veya", "yakın",
  "yapılacak", "yetkilileri", "yeni", "yönetimi", "ziyaret", "27-28", "2024",
  "Kore’ye", "Rusya’nın", "Ukrayna’dan", "NATO-AB", "Ekim’de",
};

/* Turkish capitalisation of the first letter: i → İ, ı → I. */
static void
append_capitalised (GString    *out,
                    const char *word)
{
  static const struct { const char *lower, *upper; } map[] = {
    { "i", "İ" }, { "ı", "I" }, { "ç", "Ç" }, { "ş", "Ş" }, { "ö", "Ö" },
    { "ü", "Ü" }, { "ğ", "Ğ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_has_prefix (word, map[i].lower))
      {
        g_string_append (out, map[i].upper);
        g_string_append (out, word + strlen (map[i].lower));
        return;
      }

  g_string_append_c (out, g_ascii_toupper (word[0]));
  g_string_append (out, word + 1);
}

/* About @size bytes of sentences and paragraphs (not cut mid-word). */
static char *
generate_article (BenchRng *rng,
                  gsize     size)
{
  GString *out = g_string_sized_new (size + 256);
  guint sentence_in_paragraph = 0;

  while (out->len < size)
    {
      guint n_words = 6 + rng_below (rng, 14);
      gboolean quoted = rng_below (rng, 8) == 0;

      if (quoted)
        g_string_append (out, "“");

      for (guint w = 0; w < n_words; w++)
        {
          const char *word = words[rng_below (rng, G_N_ELEMENTS (words))];

          if (w == 0)
            append_capitalised (out, word);
          else
            {
              g_string_append_c (out, ' ');
              g_string_append (out, word);
            }

          if (w + 1 < n_words && rng_below (rng, 10) == 0)
            g_string_append_c (out, ',');
        }

      g_string_append (out, rng_below (rng, 12) == 0 ? "?" : ".");
      if (quoted)
        g_string_append (out, "”");

      if (++sentence_in_paragraph >= 3 + rng_below (rng, 5))
        {
          g_string_append_c (out, '\n');
          sentence_in_paragraph = 0;
        }
      else
        g_string_append_c (out, ' ');
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  guint start;
  guint end;
} Range;

static int
range_compare (gconstpointer a,
               gconstpointer b)
{
  const Range *x = a;
  const Range *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;   /* longer first, as the document */
  return 0;
}

/* @n_claims ranges over @length code points: mostly independent (so they
 * overlap their neighbours), a quarter nested inside the one before. */
static GArray *
generate_ranges (BenchRng *rng,
                 guint     length,
                 guint     n_claims)
{
  GArray *ranges = g_array_sized_new (FALSE, FALSE, sizeof (Range), n_claims);

  while (ranges->len < n_claims)
    {
      Range r;

      if (ranges->len > 0 && rng_below (rng, 4) == 0)
        {
          const Range *outer = &g_array_index (ranges, Range, ranges->len - 1);
          guint span = outer->end - outer->start;

          if (span < 4)
            continue;
          r.start = outer->start + 1 + rng_below (rng, span / 2);
          r.end = r.start + 1 + rng_below (rng, outer->end - r.start - 1);
        }
      else
        {
          guint len = 10 + rng_below (rng, 190);

          if (length <= len + 1)
            len = MAX (1, length / 2);
          r.start = rng_below (rng, length - len);
          r.end = r.start + len;
        }

      g_array_append_val (ranges, r);
    }

  g_array_sort (ranges, range_compare);

  return ranges;
}

static KaynakDocument *
generate_document (const BenchConfig *config)
{
  BenchRng rng = { G_GUINT64_CONSTANT (0x6b61796e616b2121) };
  g_autofree char *text = generate_article (&rng, config->article_size);
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(GPtrArray) source_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) claim_ids = g_ptr_array_new_with_free_func (g_free);
  KaynakDocument *document = kaynak_document_new (text, -1);
  guint length = kaynak_document_get_length (document);
  guint n_failed = 0;

  kaynak_document_set_title (document, "Kaynak bench");
  kaynak_document_set_language (document, "tr");

  for (guint i = 0; i < config->n_sources; i++)
    {
      g_autofree char *id = g_strdup_printf ("kaynak-%02u", i + 1);
      g_autofree char *label = g_strdup_printf ("Kaynak %u (Bakanlık sözcüsü)", i + 1);
      g_autoptr(KaynakSource) source = kaynak_source_new (id, label,
                                                          kaynak_source_palette_color (i),
                                                          i < 9 ? i + 1 : 0,
                                                          (KaynakSourceKind) (i % KAYNAK_N_SOURCE_KINDS));
      g_autoptr(GError) error = NULL;

      if (!kaynak_document_add_source (document, source, &error))
        g_error ("Could not add a source: %s", error->message);
      g_ptr_array_add (source_ids, g_steal_pointer (&id));
    }

  ranges = generate_ranges (&rng, length, config->n_claims);

  for (guint i = 0; i < ranges->len; i++)
    {
      const Range *r = &g_array_index (ranges, Range, i);
      const char *source_id = NULL;
      g_autoptr(GError) error = NULL;
      KaynakClaim *claim;
      guint pick = rng_below (&rng, 100);

      /* a few claims have no source yet */
      if (pick >= 5)
        source_id = g_ptr_array_index (source_ids, pick % config->n_sources);

      claim = kaynak_document_create_claim (document, r->start, r->end, source_id, &error);
      if (claim == NULL)
        {
          n_failed++;
          continue;
        }
      g_ptr_array_add (claim_ids, g_strdup (kaynak_claim_get_id (claim)));

      if (pick % 3 == 0)
        kaynak_document_set_claim_status (document, kaynak_claim_get_id (claim),
                                          (KaynakClaimStatus) (1 + pick % (KAYNAK_N_CLAIM_STATUSES - 1)),
                                          NULL);
      if (pick % 10 == 1)
        kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim),
                                        "Kaynağı doğrulanmadı; başka haberlerle karşılaştırılmalı.",
                                        NULL);
    }

  if (n_failed > 0)
    g_printerr ("kaynak-bench: %u generated claims were refused by the document\n", n_failed);

  /* one link per hundred claims */
  for (guint i = 0; claim_ids->len > 1 && i < claim_ids->len / 100; i++)
    {
      guint a = rng_below (&rng, claim_ids->len);
      guint b = rng_below (&rng, claim_ids->len);

      if (a != b)
        kaynak_document_add_link (document, (KaynakLinkType) (i % KAYNAK_N_LINK_TYPES),
                                  g_ptr_array_index (claim_ids, a),
                                  g_ptr_array_index (claim_ids, b), NULL);
    }

  return document;
}

/* --- Measuring ------------------------------------------------------------ */

/* Peak resident memory of this process in KiB. */
static guint64
peak_memory_kib (void)
{
  g_autofree char *status = NULL;
  struct rusage usage;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    {
      const char *line = strstr (status, "VmHWM:");

      if (line != NULL)
        return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
    }

  if (getrusage (RUSAGE_SELF, &usage) == 0)
    return (guint64) usage.ru_maxrss;   /* KiB on Linux */

  return 0;
}

/* The child: load @path once and print "PEAK_KIB BASELINE_KIB". */
static int
load_only (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint64 baseline = peak_memory_kib ();

  document = kaynak_file_load (file, NULL, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("kaynak-bench: %s\n", error->message);
      return 1;
    }

  g_print ("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT "\n", peak_memory_kib (), baseline);

  return 0;
}

/* Wall-clock and CPU time: the machine may be shared, and CPU time
 * (user and system, page faults included) does not count the time other
 * processes held the processor. */
typedef struct
{
  gint64 wall;   /* µs */
  double cpu;    /* s */
} Stamp;

typedef struct
{
  double wall;   /* s, best of the runs */
  double cpu;
} Timing;

static double
cpu_seconds (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
    return 0;

  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
stamp_now (Stamp *stamp)
{
  stamp->wall = g_get_monotonic_time ();
  stamp->cpu = cpu_seconds ();
}

static void
timing_init (Timing *timing)
{
  timing->wall = G_MAXDOUBLE;
  timing->cpu = G_MAXDOUBLE;
}

static void
timing_take (Timing      *timing,
             const Stamp *since)
{
  Stamp now;

  stamp_now (&now);
  timing->wall = MIN (timing->wall, (now.wall - since->wall) / (double) G_USEC_PER_SEC);
  timing->cpu = MIN (timing->cpu, now.cpu - since->cpu);
}

/* printf pads by bytes; "≤", "×" and "µ" take several.  Pad by
 * characters so the Markdown table lines up. */
static void
append_padded (GString    *row,
               const char *cell,
               int         width,
               gboolean    right)
{
  int pad = MAX (0, width - (int) g_utf8_strlen (cell, -1));

  g_string_append (row, "| ");
  if (right)
    g_string_append_printf (row, "%*s%s ", pad, "", cell);
  else
    g_string_append_printf (row, "%s%*s ", cell, pad, "");
}

static void
print_row (const char *step,
           const char *wall,
           const char *cpu,
           const char *target,
           const char *result)
{
  g_autoptr(GString) row = g_string_new (NULL);

  append_padded (row, step, 44, FALSE);
  append_padded (row, wall, 16, TRUE);
  append_padded (row, cpu, 10, TRUE);
  append_padded (row, target, 16, FALSE);
  append_padded (row, result, 12, FALSE);
  g_string_append (row, "|\n");
  fputs (row->str, stdout);
}

static void
print_timing_row (const char   *step,
                  const Timing *timing,
                  double        scale,
                  const char   *unit,
                  const char   *target,
                  const char   *result)
{
  g_autofree char *wall = g_strdup_printf ("%.*f %s", scale > 1e3 ? 2 : 1,
                                           timing->wall * scale, unit);
  g_autofree char *cpu = g_strdup_printf ("%.*f %s", scale > 1e3 ? 2 : 1,
                                          timing->cpu * scale, unit);

  print_row (step, wall, cpu, target, result);
}

static char *
cpu_model (void)
{
  g_autofree char *info = NULL;
  const char *line;

  if (g_file_get_contents ("/proc/cpuinfo", &info, NULL, NULL) &&
      (line = strstr (info, "model name")) != NULL)
    {
      const char *colon = strchr (line, ':');
      const char *end = strchr (line, '\n');

      if (colon != NULL && end != NULL && colon < end)
        return g_strstrip (g_strndup (colon + 1, end - colon - 1));
    }

  return g_strdup ("unknown CPU");
}

/* The 1-minute load average: timings on a busy machine are not worth
 * much, so the table says how busy it was. */
static double
load_average (void)
{
  g_autofree char *text = NULL;

  if (g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_ascii_strtod (text, NULL);

  return -1;
}

/* --- Whole processes: kaynak --check against the bare parse -------------- */

/* CPU time (user + system) of a child running @argv, from wait4(): what
 * the process cost, start-up and exit included, whatever else the machine
 * did meanwhile.  Aborts if the child fails: a ratio of a failure means
 * nothing. */
static double
child_cpu_seconds (const char * const *argv,
                   double             *wall)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  GPid pid;
  int status;

  if (!g_spawn_async (NULL, (char **) argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      g_error ("wait4: %s", g_strerror (errno));

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s %s failed (wait status %d)", argv[0], argv[1], status);
  *wall = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static int
double_compare (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), double_compare);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

typedef struct
{
  double ratio;       /* median of the per-pair ratios */
  double ratio_min;
  double ratio_max;
  double check;       /* median CPU seconds of kaynak --check */
  double parse;       /* median CPU seconds of the bare parse */
  double check_wall;  /* median wall-clock seconds of each */
  double parse_wall;
} PairTiming;

/* @n_pairs pairs A B, B A, A B…: a drift of the machine's speed over the
 * run touches both sides of a pair alike. */
static void
measure_pairs (const BenchConfig *config,
               const char        *path,
               PairTiming        *result)
{
  const char *check_argv[] = { config->kaynak, "--check", path, NULL };
  const char *parse_argv[] = { config->parse, path, NULL };
  g_autofree double *ratios = g_new (double, config->n_pairs);
  g_autofree double *checks = g_new (double, config->n_pairs);
  g_autofree double *parses = g_new (double, config->n_pairs);
  g_autofree double *check_walls = g_new (double, config->n_pairs);
  g_autofree double *parse_walls = g_new (double, config->n_pairs);

  for (guint i = 0; i < config->n_pairs; i++)
    {
      if (i % 2 == 0)
        {
          checks[i] = child_cpu_seconds (check_argv, &check_walls[i]);
          parses[i] = child_cpu_seconds (parse_argv, &parse_walls[i]);
        }
      else
        {
          parses[i] = child_cpu_seconds (parse_argv, &parse_walls[i]);
          checks[i] = child_cpu_seconds (check_argv, &check_walls[i]);
        }
      ratios[i] = checks[i] / MAX (parses[i], 1e-6);
    }

  result->ratio = median (ratios, config->n_pairs);
  result->ratio_min = ratios[0];
  result->ratio_max = ratios[config->n_pairs - 1];
  result->check = median (checks, config->n_pairs);
  result->parse = median (parses, config->n_pairs);
  result->check_wall = median (check_walls, config->n_pairs);
  result->parse_wall = median (parse_walls, config->n_pairs);
}

/* The second layout: the same document as another writer could put it.
 * Every object's members in reverse order, members that only say the
 * default (empty strings, empty lists, null) left out, and tabs and
 * newlines where the serialiser writes none. */
static JsonNode *
relayout_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObject *copy = json_object_new ();
      GList *members = json_object_get_members (object);
      JsonNode *result;

      for (GList *l = g_list_last (members); l != NULL; l = l->prev)
        {
          JsonNode *member = json_object_get_member (object, l->data);

          if (JSON_NODE_HOLDS_NULL (member) ||
              (JSON_NODE_HOLDS_ARRAY (member) &&
               json_array_get_length (json_node_get_array (member)) == 0 &&
               g_strcmp0 (l->data, "claims") != 0 && g_strcmp0 (l->data, "sources") != 0) ||
              (JSON_NODE_HOLDS_VALUE (member) &&
               json_node_get_value_type (member) == G_TYPE_STRING &&
               json_node_get_string (member)[0] == '\0'))
            continue;
          json_object_set_member (copy, l->data, relayout_node (member));
        }
      g_list_free (members);

      result = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (result, copy);
      return result;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      JsonArray *copy = json_array_sized_new (json_array_get_length (array));
      JsonNode *result;

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, relayout_node (json_array_get_element (array, i)));

      result = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (result, copy);
      return result;
    }

  return json_node_copy (node);
}

static char *
relayout (const char *data,
          gsize       size,
          gsize      *out_size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, data, size, &error))
    g_error ("json-glib could not parse the generated file: %s", error->message);
  root = relayout_node (json_parser_get_root (parser));

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  json_generator_set_indent_char (generator, '\t');

  return json_generator_to_data (generator, out_size);
}

static int
run_bench (const BenchConfig *config,
           const char        *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) generated = NULL;
  g_autoptr(KaynakDocument) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) saved_file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *saved_path = NULL;
  g_autofree char *other_path = NULL;
  g_autofree char *other_data = NULL;
  g_autofree char *cpu = cpu_model ();
  g_autofree char *child_out = NULL;
  g_autofree char *child_err = NULL;
  const char *data;
  gsize size;
  Timing parse, parse_free, load, serialize, save, query;
  Timing serialize_json_glib, save_json_glib;
  PairTiming own_pairs, other_pairs;
  gsize other_size = 0;
  Stamp stamp;
  double generation;
  guint64 n_hits = 0;
  guint64 peak_kib = 0, baseline_kib = 0;
  int child_status = -1;
  gboolean all_pass = TRUE;
  guint length;

  timing_init (&parse);
  timing_init (&parse_free);
  timing_init (&load);
  timing_init (&serialize);
  timing_init (&save);
  timing_init (&query);
  timing_init (&serialize_json_glib);
  timing_init (&save_json_glib);

  g_print ("kaynak-bench: generating %" G_GSIZE_FORMAT " bytes of article, "
           "%u claims over %u sources…\n",
           config->article_size, config->n_claims, config->n_sources);

  stamp_now (&stamp);
  generated = generate_document (config);
  bytes = kaynak_file_serialize (generated);
  generation = (g_get_monotonic_time () - stamp.wall) / (double) G_USEC_PER_SEC;
  length = kaynak_document_get_length (generated);

  dir = g_dir_make_tmp ("kaynak-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "bench" KAYNAK_FILE_SUFFIX, NULL);
  saved_path = g_build_filename (dir, "saved" KAYNAK_FILE_SUFFIX, NULL);
  saved_file = g_file_new_for_path (saved_path);

  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents (path, data, size, &error))
    g_error ("%s", error->message);

  if (config->keep != NULL && !g_file_set_contents (config->keep, data, size, &error))
    g_error ("%s", error->message);

  other_path = g_build_filename (dir, "other" KAYNAK_FILE_SUFFIX, NULL);
  other_data = relayout (data, size, &other_size);
  if (!g_file_set_contents (other_path, other_data, other_size, &error))
    g_error ("%s", error->message);
  if (config->keep != NULL)
    {
      g_autofree char *keep_other = g_strconcat (config->keep, ".other-layout.json", NULL);

      if (!g_file_set_contents (keep_other, other_data, other_size, &error))
        g_error ("%s", error->message);
    }
  g_clear_pointer (&other_data, g_free);

  g_print ("kaynak-bench: generated in %.1f s: article %" G_GSIZE_FORMAT " bytes "
           "(%u code points), %u claims, file %" G_GSIZE_FORMAT " bytes\n",
           generation, kaynak_document_get_text_bytes (generated), length,
           kaynak_document_get_n_claims (generated), size);
  g_clear_object (&generated);

  /* json-glib alone: the yardstick.  Freeing the tree is timed apart: a
   * load pays for it too, so it is shown beside the target. */
  for (guint run = 0; run < config->n_runs; run++)
    {
      JsonParser *parser = json_parser_new ();

      stamp_now (&stamp);
      if (!json_parser_load_from_data (parser, data, size, &error))
        g_error ("json-glib could not parse the generated file: %s", error->message);
      timing_take (&parse, &stamp);
      g_object_unref (parser);
      timing_take (&parse_free, &stamp);
    }

  /* load with validation */
  for (guint run = 0; run < config->n_runs; run++)
    {
      g_clear_object (&loaded);

      stamp_now (&stamp);
      loaded = kaynak_file_load_bytes (bytes, NULL, &error);
      timing_take (&load, &stamp);

      if (loaded == NULL)
        g_error ("Could not load the generated file: %s", error->message);
    }

  /* serialise alone, then the real save (atomic, fsync); each also with
   * the claims generated by json-glib, as before the claims writer
   * (kaynak-claims-writer.h), interleaved, which goes first alternating */
  for (guint run = 0; run < 2 * config->n_runs; run++)
    {
      gboolean writer = (run % 2 == 0) == (run / 2 % 2 == 0);
      g_autoptr(GBytes) out = NULL;

      _kaynak_file_set_claims_writer (writer);
      stamp_now (&stamp);
      out = kaynak_file_serialize (loaded);
      timing_take (writer ? &serialize : &serialize_json_glib, &stamp);
      _kaynak_file_set_claims_writer (TRUE);

      if (!g_bytes_equal (out, bytes))
        g_printerr ("kaynak-bench: warning: a load/save round trip changed the bytes%s\n",
                    writer ? "" : " (claims through json-glib)");
    }

  for (guint run = 0; run < 2 * config->n_runs; run++)
    {
      gboolean writer = (run % 2 == 0) == (run / 2 % 2 == 0);

      _kaynak_file_set_claims_writer (writer);
      stamp_now (&stamp);
      if (!kaynak_file_save (loaded, saved_file, NULL, &error))
        g_error ("Could not save: %s", error->message);
      timing_take (writer ? &save : &save_json_glib, &stamp);
      _kaynak_file_set_claims_writer (TRUE);
    }

  /* claims at random offsets */
  {
    BenchRng rng = { G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) };
    g_autofree guint *offsets = g_new (guint, config->n_queries);

    for (guint i = 0; i < config->n_queries; i++)
      offsets[i] = rng_below (&rng, length);

    stamp_now (&stamp);
    for (guint i = 0; i < config->n_queries; i++)
      {
        GPtrArray *hits = kaynak_document_claims_at (loaded, offsets[i]);

        n_hits += hits->len;
        g_ptr_array_unref (hits);
      }
    timing_take (&query, &stamp);
    query.wall /= MAX (1, config->n_queries);
    query.cpu /= MAX (1, config->n_queries);
  }

  g_clear_object (&loaded);

  /* peak memory of a load in a fresh process */
  {
    const char *argv[] = { self, "--load-only", path, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                       &child_out, &child_err, &child_status, &error))
      g_error ("Could not run the memory probe: %s", error->message);

    if (g_spawn_check_wait_status (child_status, NULL) && child_out != NULL)
      sscanf (child_out, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &peak_kib, &baseline_kib);
    else
      g_printerr ("kaynak-bench: the memory probe failed: %s\n",
                  child_err != NULL ? child_err : "");
  }

  /* the command line against the bare parse, whole processes */
  g_print ("kaynak-bench: %u interleaved pairs of processes on each file…\n", config->n_pairs);
  measure_pairs (config, path, &own_pairs);
  measure_pairs (config, other_path, &other_pairs);

  g_unlink (path);
  g_unlink (other_path);
  g_unlink (saved_path);
  g_rmdir (dir);

  /* The table (Markdown, so it can be pasted into the README) */
  fflush (stdout);
  g_print ("\nMachine: %s, %u CPUs, load average %.2f; %s build (-O%s); in-process steps best of\n"
           "%u runs, processes median of %u pairs; file %.1f MB (%u claims, article %.1f MB),\n"
           "the other layout %.1f MB\n\n",
           cpu, g_get_num_processors (), load_average (),
           KAYNAK_BENCH_BUILDTYPE, KAYNAK_BENCH_OPTIMIZATION, config->n_runs, config->n_pairs,
           size / 1e6, config->n_claims, config->article_size / 1e6, other_size / 1e6);
  print_row ("Step", "Wall", "CPU", "Target", "Result");
  g_print ("|%s|%s|%s|%s|%s|\n", "----------------------------------------------",
           "------------------", "------------", "------------------", "--------------");

  {
    /* Ratios of CPU time: the machine may be shared, and CPU time does not
     * count the time other processes held the processor.  The save is
     * judged on wall time too, since it also waits for the disk. */
    double load_ratio = load.cpu / parse.cpu;
    gboolean own_ok = own_pairs.ratio <= TARGET_CHECK_RATIO;
    gboolean other_ok = other_pairs.ratio <= TARGET_CHECK_RATIO;
    gboolean save_ok = save.cpu <= load.cpu && save.wall <= load.wall;
    gboolean query_ok = query.cpu * 1e6 <= TARGET_QUERY_US;
    double memory_ratio = peak_kib * 1024.0 / size;
    gboolean memory_ok = peak_kib > 0 && memory_ratio <= TARGET_MEMORY_RATIO;
    g_autofree char *ratio = g_strdup_printf ("%.2f×", load_ratio);
    g_autofree char *own_ratio = g_strdup_printf ("%.2f× %s", own_pairs.ratio, own_ok ? "PASS" : "FAIL");
    g_autofree char *other_ratio = g_strdup_printf ("%.2f× %s", other_pairs.ratio, other_ok ? "PASS" : "FAIL");
    g_autofree char *own_range = g_strdup_printf ("%.2f–%.2f×", own_pairs.ratio_min, own_pairs.ratio_max);
    g_autofree char *other_range = g_strdup_printf ("%.2f–%.2f×", other_pairs.ratio_min, other_pairs.ratio_max);
    g_autofree char *own_check = g_strdup_printf ("%.1f ms", own_pairs.check * 1e3);
    g_autofree char *own_parse = g_strdup_printf ("%.1f ms", own_pairs.parse * 1e3);
    g_autofree char *other_check = g_strdup_printf ("%.1f ms", other_pairs.check * 1e3);
    g_autofree char *other_parse = g_strdup_printf ("%.1f ms", other_pairs.parse * 1e3);
    g_autofree char *own_check_wall = g_strdup_printf ("%.1f ms", own_pairs.check_wall * 1e3);
    g_autofree char *own_parse_wall = g_strdup_printf ("%.1f ms", own_pairs.parse_wall * 1e3);
    g_autofree char *other_check_wall = g_strdup_printf ("%.1f ms", other_pairs.check_wall * 1e3);
    g_autofree char *other_parse_wall = g_strdup_printf ("%.1f ms", other_pairs.parse_wall * 1e3);
    g_autofree char *save_result = g_strdup_printf ("%.2f× CPU, %.2f× wall %s",
                                                    save.cpu / load.cpu, save.wall / load.wall,
                                                    save_ok ? "PASS" : "FAIL");
    g_autofree char *save_json_glib_ratio = g_strdup_printf ("%.2f× CPU", save_json_glib.cpu / load.cpu);
    g_autofree char *hits = g_strdup_printf ("%.1f", n_hits / (double) MAX (1, config->n_queries));
    g_autofree char *peak = g_strdup_printf ("%.1f MB", peak_kib * 1024.0 / 1e6);
    g_autofree char *memory_result = peak_kib > 0
      ? g_strdup_printf ("%.2f× %s", memory_ratio, memory_ok ? "PASS" : "FAIL")
      : g_strdup ("FAIL (no data)");
    g_autofree char *baseline = g_strdup_printf ("%.1f MB", baseline_kib * 1024.0 / 1e6);

    print_timing_row ("json-glib parse alone", &parse, 1e3, "ms", "", "");
    print_timing_row ("  json-glib parse and free the tree", &parse_free, 1e3, "ms", "", "");
    print_timing_row ("load (kaynak_file_load_bytes, validated)", &load, 1e3, "ms",
                      "(in-process)", ratio);
    print_timing_row ("save (serialise + atomic durable write)", &save, 1e3, "ms",
                      "≤ load", save_result);
    print_timing_row ("  of which serialise", &serialize, 1e3, "ms", "", "");
    print_timing_row ("  save, claims through json-glib (before)", &save_json_glib, 1e3, "ms",
                      "", save_json_glib_ratio);
    print_timing_row ("    of which serialise", &serialize_json_glib, 1e3, "ms", "", "");
    print_timing_row ("claims_at, mean of random offsets", &query, 1e6, "µs",
                      "≤ 10 µs", query_ok ? "PASS" : "FAIL");
    print_row ("  (claims found per query)", hits, "", "", "");
    print_row ("peak memory loading (fresh process)", peak, "", "≤ 8× file size", memory_result);
    print_row ("  (of which process before loading)", baseline, "", "", "");

    print_row ("processes, generated file: bare parse", own_parse_wall, own_parse, "", "");
    print_row ("  kaynak --check, per-pair ratio median", own_check_wall, own_check, "≤ 1.3× parse", own_ratio);
    print_row ("  (per-pair ratios, lowest–highest)", "", "", "", own_range);
    print_row ("processes, other layout: bare parse", other_parse_wall, other_parse, "", "");
    print_row ("  kaynak --check, per-pair ratio median", other_check_wall, other_check, "≤ 1.3× parse", other_ratio);
    print_row ("  (per-pair ratios, lowest–highest)", "", "", "", other_range);

    all_pass = own_ok && other_ok && save_ok && query_ok && memory_ok;
  }

  g_print ("\nRatios compare CPU time; the save must also be faster than the load in wall time.\n"
           "Process rows: wall-clock and CPU time (user + system, wait4) of whole processes,\n"
           "medians of the pairs; the ratio is the median of each pair's CPU ratio, not a\n"
           "ratio of the medians.\n");
  g_print ("\n%s\n", all_pass ? "All targets met." : "Some targets were missed.");

  if (g_strcmp0 (KAYNAK_BENCH_OPTIMIZATION, "0") == 0 ||
      g_strcmp0 (KAYNAK_BENCH_OPTIMIZATION, "g") == 0)
    g_print ("Note: this build is not optimised while json-glib is; use "
             "`meson setup --buildtype=release` for numbers that mean something.\n");
  if (load_average () > g_get_num_processors () / 2.0)
    g_print ("Note: the machine was busy; timings are noisy.\n");

  return all_pass ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *load_path = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *self = NULL;
  gint64 size = 5 * 1000 * 1000;
  int n_claims = 100000;
  int n_sources = 20;
  int n_runs = 3;
  int n_queries = 100000;
  int n_pairs = 11;
  g_autofree char *kaynak = NULL;
  g_autofree char *parse = NULL;
  BenchConfig config;
  const GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_INT64, &size,
      "Bytes of article text to generate (default 5000000)", "BYTES" },
    { "claims", 0, 0, G_OPTION_ARG_INT, &n_claims,
      "Number of claims (default 100000)", "N" },
    { "sources", 0, 0, G_OPTION_ARG_INT, &n_sources,
      "Number of sources (default 20)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs,
      "Runs of each step; the best counts (default 3)", "N" },
    { "queries", 0, 0, G_OPTION_ARG_INT, &n_queries,
      "claims_at queries at random offsets (default 100000)", "N" },
    { "pairs", 0, 0, G_OPTION_ARG_INT, &n_pairs,
      "Interleaved pairs of processes (kaynak --check, bare parse) per file (default 11)", "N" },
    { "kaynak", 0, 0, G_OPTION_ARG_FILENAME, &kaynak,
      "The kaynak executable (default: the one of this build)", "PATH" },
    { "parse-bench", 0, 0, G_OPTION_ARG_FILENAME, &parse,
      "The bare-parse program (default: kaynak-parse-bench of this build)", "PATH" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep,
      "Also write the generated file to FILE, and the other layout to FILE.other-layout.json "
      "(for profiling with --load-only)", "FILE" },
    { "load-only", 0, 0, G_OPTION_ARG_FILENAME, &load_path,
      "Only load FILE and print the peak memory in KiB (used for the memory probe)", "FILE" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
    "Measures loading, saving, the claims-at-offset query and peak memory\n"
    "on a generated article, against the targets in the README.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("kaynak-bench: %s\n", error->message);
      return 2;
    }

  if (load_path != NULL)
    return load_only (load_path);

  if (size < 1000 || size > (gint64) KAYNAK_FILE_MAX_SIZE / 4 ||
      n_claims < 1 || n_sources < 1 || n_sources > 1000 ||
      n_runs < 1 || n_queries < 1 || n_pairs < 1)
    {
      g_printerr ("kaynak-bench: a value is out of range (see --help)\n");
      return 2;
    }

  config.article_size = (gsize) size;
  config.n_claims = (guint) n_claims;
  config.n_sources = (guint) n_sources;
  config.n_runs = (guint) n_runs;
  config.n_queries = (guint) n_queries;
  config.n_pairs = (guint) n_pairs;
  config.kaynak = kaynak != NULL ? kaynak : KAYNAK_BENCH_KAYNAK;
  config.parse = parse != NULL ? parse : KAYNAK_BENCH_PARSE;
  config.keep = keep;

  /* re-executed for the memory probe; /proc/self/exe survives a relative
   * argv[0] and a changed working directory */
  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);

  return run_bench (&config, self);
}
