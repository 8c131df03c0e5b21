/* kaynak-suggest-bench.c: how well do the claim and source suggestions
 * match what a careful annotator marked?  (issue 15)
 *
 * For each language (tr, en) and each part of the gold (tune, heldout;
 * tests/data/gold/README.md) separately, every gold document is stripped
 * of its claims and sources (a new document of the same article text and
 * language), kaynak_suggester_suggest() runs on it, and the suggestions
 * are compared with the gold claims:
 *
 *   - spans at overlap ≥ 0.5, overlap being |A ∩ B| / |A ∪ B| in code
 *     points, each suggestion paired with at most one gold claim and the
 *     other way round (kaynak_span_match(), app/core/kaynak-span-match.c):
 *     precision = pairs / suggestions, recall = pairs / gold claims, F1;
 *   - the same for exact spans (overlap 1.0);
 *   - sources over the pairs at overlap ≥ 0.5: a suggested source is right
 *     when its label, compared without case the Turkish way, is the gold
 *     source's label or one of its aliases (kaynak_span_source_names()),
 *     or, when the gold claim's source is of the unattributed kind, when
 *     the engine suggests no source.
 *
 * Counts are summed over the documents of a part before the figures are
 * made (micro-averaged), and printed beside them.  The held-back part's
 * figures are set beside the targets; per-rule counts and the
 * list of misses (--verbose) are printed for the tuning part only, so
 * that nothing about the held-back part's contents leaks into the rules.
 * The CPU time of the suggester (of this process, not wall-clock: the
 * machine is shared) is printed too.
 *
 * --misses lists each wrong source of the tuning part (the claim in its
 * context, the gold source with its aliases, the suggested one): what
 * the source rules are tuned from.
 *
 * Usage: kaynak-suggest-bench [--json] [--verbose] [--misses] [--gold DIR]
 *                             [--language tr|en] [--part tune|heldout]
 * The rules are read from $KAYNAK_SUGGEST_DIR, or the source tree's
 * data/suggest.  A benchmark, not a test: exit status 0 whatever the
 * figures, 1 when the gold or the rules cannot be read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kaynak-claim.h"
#include "kaynak-document.h"
#include "kaynak-enums.h"
#include "kaynak-file.h"
#include "kaynak-source.h"
#include "kaynak-span-match.h"
#include "kaynak-suggest.h"

#define OVERLAP_THRESHOLD 0.5

static const char * const languages[] = { "tr", "en" };
static const char * const parts[] = { "tune", "heldout" };

/* What one rule did, on the tuning part */
typedef struct {
  guint suggested;
  guint matched;
  guint source_right;
} RuleCounts;

typedef struct {
  const char      *language;
  const char      *part;
  guint            articles;
  KaynakSpanCounts overlap;
  KaynakSpanCounts exact;
  guint            source_right;
  double           cpu_seconds;
  GHashTable      *rules;        /* rule name → RuleCounts */
  GString         *misses;       /* --verbose, tune only */
  GString         *source_misses; /* --misses, tune only */
} Result;

static gboolean opt_json;
static gboolean opt_verbose;
static gboolean opt_misses;
static char    *opt_gold;
static char    *opt_language;
static char    *opt_part;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print JSON", NULL },
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &opt_verbose,
    "List the misses and false suggestions of the tuning part", NULL },
  { "misses", 0, 0, G_OPTION_ARG_NONE, &opt_misses,
    "List each wrong source of the tuning part: the claim in its context, the gold source and the suggested one", NULL },
  { "gold", 0, 0, G_OPTION_ARG_FILENAME, &opt_gold, "The gold folder (default: the source tree's)", "DIR" },
  { "language", 0, 0, G_OPTION_ARG_STRING, &opt_language, "Only this language (tr or en)", "LANG" },
  { "part", 0, 0, G_OPTION_ARG_STRING, &opt_part, "Only this part (tune or heldout)", "PART" },
  { NULL }
};

static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The *.kaynak.json files of @dir, sorted by name so the output is stable */
static GPtrArray *
list_gold (const char *dir,
           GError    **error)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".kaynak.json"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

/* Whether @s names the gold claim @gold's source (the rule above) */
static gboolean
source_is_right (KaynakDocument   *gold_doc,
                 KaynakClaim      *gold,
                 KaynakSuggestion *s)
{
  const char *id = kaynak_claim_get_source_id (gold);
  KaynakSource *source = id != NULL ? kaynak_document_lookup_source (gold_doc, id) : NULL;

  if (source == NULL)
    return s->source_label == NULL || *s->source_label == '\0';
  if (kaynak_source_get_kind (source) == KAYNAK_SOURCE_KIND_UNATTRIBUTED
      && (s->source_label == NULL || *s->source_label == '\0'))
    return TRUE;
  return kaynak_span_source_names (s->source_label,
                                   kaynak_source_get_label (source),
                                   kaynak_source_get_aliases (source));
}

static char *
slice (KaynakDocument *doc,
       guint           start,
       guint           end)
{
  return kaynak_document_dup_slice (doc, start, end);
}

/* One line of --misses: where the claim stands (the text before it, where
 * the source is usually named, and the claim between ⟦ ⟧), the gold
 * source with its aliases, and what the engine suggested */
static void
append_source_miss (GString          *out,
                    const char       *path,
                    KaynakDocument   *bare,
                    KaynakDocument   *gold_doc,
                    int               gold_index,
                    KaynakSuggestion *s)
{
  g_autoptr(KaynakClaim) c = g_list_model_get_item (kaynak_document_get_claims (gold_doc), gold_index);
  const char *id = kaynak_claim_get_source_id (c);
  KaynakSource *source = id != NULL ? kaynak_document_lookup_source (gold_doc, id) : NULL;
  guint length = kaynak_document_get_length (bare);
  guint start = kaynak_claim_get_start (c), end = kaynak_claim_get_end (c);
  guint from = start > 160 ? start - 160 : 0;
  guint to = MIN (end + 60, length);
  g_autofree char *before = slice (bare, from, start);
  g_autofree char *claim = slice (bare, start, end);
  g_autofree char *after = slice (bare, end, to);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *aliases = NULL;
  g_autoptr(GString) context = g_string_new (NULL);

  g_string_append_printf (context, "…%s⟦%s⟧%s…", before, claim, after);
  for (char *p = context->str; *p != '\0'; p++)
    if (*p == '\n')
      *p = ' ';
  if (source != NULL)
    aliases = g_strjoinv (" | ", (char **) kaynak_source_get_aliases (source));
  g_string_append_printf (out, "  %s %u–%u [%s]\n    gold:      %s (%s)%s%s\n    suggested: %s\n    %s\n",
                          base, start, end, s->rule != NULL ? s->rule : "?",
                          source != NULL ? kaynak_source_get_label (source) : "(none)",
                          source != NULL ? kaynak_source_kind_to_id (kaynak_source_get_kind (source)) : "-",
                          aliases != NULL && *aliases != '\0' ? "; aliases: " : "",
                          aliases != NULL ? aliases : "",
                          s->source_label != NULL ? s->source_label : "(none)",
                          context->str);
}

static gboolean
run_document (Result           *result,
              KaynakSuggester  *suggester,
              const char       *path,
              GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) gold_doc = kaynak_file_load (file, NULL, NULL, error);
  g_autoptr(KaynakDocument) bare = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autofree KaynakSpan *gold = NULL;
  g_autofree KaynakSpan *pred = NULL;
  g_autofree int *g2p = NULL;
  g_autofree int *p2g = NULL;
  GListModel *claims;
  guint n_gold, n_pred;
  double t0;

  if (gold_doc == NULL)
    return FALSE;

  /* The article alone: no claims, no sources, its language kept */
  bare = kaynak_document_new (kaynak_document_get_text (gold_doc), -1);
  kaynak_document_set_language (bare, kaynak_document_get_language (gold_doc));

  t0 = cpu_now ();
  suggestions = kaynak_suggester_suggest (suggester, bare, NULL);
  result->cpu_seconds += cpu_now () - t0;

  claims = kaynak_document_get_claims (gold_doc);
  n_gold = g_list_model_get_n_items (claims);
  n_pred = suggestions->len;
  gold = g_new (KaynakSpan, MAX (n_gold, 1));
  pred = g_new (KaynakSpan, MAX (n_pred, 1));
  g2p = g_new (int, MAX (n_gold, 1));
  p2g = g_new (int, MAX (n_pred, 1));
  for (guint i = 0; i < n_gold; i++)
    {
      g_autoptr(KaynakClaim) c = g_list_model_get_item (claims, i);
      gold[i] = (KaynakSpan) { kaynak_claim_get_start (c), kaynak_claim_get_end (c) };
    }
  for (guint j = 0; j < n_pred; j++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, j);
      pred[j] = (KaynakSpan) { s->start, s->end };
    }

  result->articles++;
  result->overlap.n_gold += n_gold;
  result->overlap.n_pred += n_pred;
  result->exact.n_gold += n_gold;
  result->exact.n_pred += n_pred;
  result->exact.n_matched += kaynak_span_match (gold, n_gold, pred, n_pred, 1.0, NULL, NULL);
  result->overlap.n_matched += kaynak_span_match (gold, n_gold, pred, n_pred,
                                                  OVERLAP_THRESHOLD, g2p, p2g);

  for (guint j = 0; j < n_pred; j++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, j);
      RuleCounts *rc = NULL;
      gboolean right = FALSE;

      if (p2g[j] >= 0)
        {
          g_autoptr(KaynakClaim) c = g_list_model_get_item (claims, p2g[j]);
          right = source_is_right (gold_doc, c, s);
          if (right)
            result->source_right++;
        }
      if (result->rules != NULL)
        {
          const char *rule = s->rule != NULL ? s->rule : "(none)";

          rc = g_hash_table_lookup (result->rules, rule);
          if (rc == NULL)
            {
              rc = g_new0 (RuleCounts, 1);
              g_hash_table_insert (result->rules, g_strdup (rule), rc);
            }
          rc->suggested++;
          if (p2g[j] >= 0)
            rc->matched++;
          if (right)
            rc->source_right++;
        }
      if (result->source_misses != NULL && p2g[j] >= 0 && !right)
        append_source_miss (result->source_misses, path, bare, gold_doc, p2g[j], s);
      if (result->misses != NULL && (p2g[j] < 0 || !right))
        {
          g_autofree char *quote = slice (bare, s->start, s->end);
          g_autofree char *base = g_path_get_basename (path);

          g_string_append_printf (result->misses, "  %s %u–%u %s [%s, source %s]: %s\n", base,
                                  s->start, s->end,
                                  p2g[j] < 0 ? "false suggestion" : "wrong source",
                                  s->rule != NULL ? s->rule : "?",
                                  s->source_label != NULL ? s->source_label : "none", quote);
        }
    }
  if (result->misses != NULL)
    for (guint i = 0; i < n_gold; i++)
      if (g2p[i] < 0)
        {
          g_autofree char *quote = slice (bare, gold[i].start, gold[i].end);
          g_autofree char *base = g_path_get_basename (path);

          g_string_append_printf (result->misses, "  %s %u–%u missed: %s\n", base,
                                  gold[i].start, gold[i].end, quote);
        }

  return TRUE;
}

static gboolean
run_part (Result     *result,
          const char *gold_dir,
          GError    **error)
{
  g_autofree char *dir = g_build_filename (gold_dir, result->language, result->part, NULL);
  g_autoptr(GPtrArray) files = list_gold (dir, error);
  g_autoptr(KaynakSuggester) suggester = NULL;

  if (files == NULL)
    return FALSE;
  suggester = kaynak_suggester_new (result->language, error);
  if (suggester == NULL)
    return FALSE;
  for (guint i = 0; i < files->len; i++)
    if (!run_document (result, suggester, g_ptr_array_index (files, i), error))
      {
        g_prefix_error (error, "%s: ", (const char *) g_ptr_array_index (files, i));
        return FALSE;
      }
  return TRUE;
}

static double
source_accuracy (const Result *r)
{
  return r->overlap.n_matched == 0 ? 0.0 : (double) r->source_right / r->overlap.n_matched;
}

/* The targets, which apply to the held-back part.  NULL for the
 * tuning part: a figure there is not measured against anything. */
static const char *
target_text (const Result *r)
{
  if (strcmp (r->part, "heldout") != 0)
    return NULL;
  return strcmp (r->language, "en") == 0
    ? "overlap F1 >= 0.85, source accuracy >= 0.87"
    : "overlap recall >= 0.80 at precision >= 0.70, source accuracy >= 0.80";
}

static gboolean
target_met (const Result *r)
{
  if (strcmp (r->language, "en") == 0)
    return kaynak_span_counts_f1 (&r->overlap) >= 0.85 && source_accuracy (r) >= 0.87;
  return kaynak_span_counts_recall (&r->overlap) >= 0.80
    && kaynak_span_counts_precision (&r->overlap) >= 0.70
    && source_accuracy (r) >= 0.80;
}

static void
add_figures (JsonBuilder            *b,
             const char             *name,
             const KaynakSpanCounts *c)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "matched");
  json_builder_add_int_value (b, c->n_matched);
  json_builder_set_member_name (b, "precision");
  json_builder_add_double_value (b, kaynak_span_counts_precision (c));
  json_builder_set_member_name (b, "recall");
  json_builder_add_double_value (b, kaynak_span_counts_recall (c));
  json_builder_set_member_name (b, "f1");
  json_builder_add_double_value (b, kaynak_span_counts_f1 (c));
  json_builder_end_object (b);
}

static void
print_json (Result *results,
            guint   n,
            double  load)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "overlap_threshold");
  json_builder_add_double_value (b, OVERLAP_THRESHOLD);
  json_builder_set_member_name (b, "overlap");
  json_builder_add_string_value (b, "intersection over union, in code points");
  json_builder_set_member_name (b, "load_average");
  json_builder_add_double_value (b, load);
  json_builder_set_member_name (b, "results");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      Result *r = &results[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "language");
      json_builder_add_string_value (b, r->language);
      json_builder_set_member_name (b, "part");
      json_builder_add_string_value (b, r->part);
      json_builder_set_member_name (b, "articles");
      json_builder_add_int_value (b, r->articles);
      json_builder_set_member_name (b, "gold_claims");
      json_builder_add_int_value (b, r->overlap.n_gold);
      json_builder_set_member_name (b, "suggestions");
      json_builder_add_int_value (b, r->overlap.n_pred);
      add_figures (b, "overlap", &r->overlap);
      add_figures (b, "exact", &r->exact);
      json_builder_set_member_name (b, "source");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "right");
      json_builder_add_int_value (b, r->source_right);
      json_builder_set_member_name (b, "of");
      json_builder_add_int_value (b, r->overlap.n_matched);
      json_builder_set_member_name (b, "accuracy");
      json_builder_add_double_value (b, source_accuracy (r));
      json_builder_end_object (b);
      json_builder_set_member_name (b, "cpu_seconds");
      json_builder_add_double_value (b, r->cpu_seconds);
      if (target_text (r) != NULL)
        {
          json_builder_set_member_name (b, "target");
          json_builder_add_string_value (b, target_text (r));
          json_builder_set_member_name (b, "target_met");
          json_builder_add_boolean_value (b, target_met (r));
        }
      if (r->rules != NULL)
        {
          GHashTableIter iter;
          gpointer key, value;

          json_builder_set_member_name (b, "rules");
          json_builder_begin_object (b);
          g_hash_table_iter_init (&iter, r->rules);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              RuleCounts *rc = value;

              json_builder_set_member_name (b, key);
              json_builder_begin_object (b);
              json_builder_set_member_name (b, "suggested");
              json_builder_add_int_value (b, rc->suggested);
              json_builder_set_member_name (b, "matched");
              json_builder_add_int_value (b, rc->matched);
              json_builder_set_member_name (b, "source_right");
              json_builder_add_int_value (b, rc->source_right);
              json_builder_end_object (b);
            }
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, NULL);
  printf ("%s\n", text);
}

static void
print_text (Result *results,
            guint   n,
            double  load)
{
  printf ("Suggestions against the gold (tests/data/gold), overlap = |A∩B|/|A∪B| in code points\n");
  printf ("load average %.2f; CPU time of this process\n\n", load);
  printf ("%-4s %-8s %8s %6s %6s | %-27s | %-27s | %-18s | %s\n",
          "lang", "part", "articles", "claims", "sugg.",
          "overlap>=0.5  P / R / F1", "exact  P / R / F1", "source accuracy", "CPU");
  for (guint i = 0; i < n; i++)
    {
      Result *r = &results[i];

      printf ("%-4s %-8s %8u %6u %6u | %3u  %.3f / %.3f / %.3f | %3u  %.3f / %.3f / %.3f | %3u/%-3u  %.3f | %.3f s\n",
              r->language, r->part, r->articles, r->overlap.n_gold, r->overlap.n_pred,
              r->overlap.n_matched, kaynak_span_counts_precision (&r->overlap),
              kaynak_span_counts_recall (&r->overlap), kaynak_span_counts_f1 (&r->overlap),
              r->exact.n_matched, kaynak_span_counts_precision (&r->exact),
              kaynak_span_counts_recall (&r->exact), kaynak_span_counts_f1 (&r->exact),
              r->source_right, r->overlap.n_matched, source_accuracy (r), r->cpu_seconds);
    }
  printf ("\n");
  for (guint i = 0; i < n; i++)
    if (target_text (&results[i]) != NULL)
      printf ("target %s %s (%s): %s\n", results[i].language, results[i].part,
              target_text (&results[i]), target_met (&results[i]) ? "met" : "NOT met");
  for (guint i = 0; i < n; i++)
    {
      Result *r = &results[i];
      const char **keys;
      guint n_keys;

      if (r->rules == NULL)
        continue;
      printf ("\nrules, %s %s (suggested, matched at overlap, source right):\n", r->language, r->part);
      keys = (const char **) g_hash_table_get_keys_as_array (r->rules, &n_keys);
      qsort (keys, n_keys, sizeof *keys, compare_names);
      for (guint k = 0; k < n_keys; k++)
        {
          RuleCounts *rc = g_hash_table_lookup (r->rules, keys[k]);

          printf ("  %-40s %4u %4u %4u\n", keys[k], rc->suggested, rc->matched,
                  rc->source_right);
        }
      g_free (keys);
      if (r->misses != NULL && r->misses->len > 0)
        printf ("misses, %s %s:\n%s", r->language, r->part, r->misses->str);
      if (r->source_misses != NULL && r->source_misses->len > 0)
        printf ("\nsource misses, %s %s (gold vs suggested):\n%s", r->language, r->part,
                r->source_misses->str);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— claim suggestions against the gold");
  g_autoptr(GError) error = NULL;
  Result results[G_N_ELEMENTS (languages) * G_N_ELEMENTS (parts)];
  const char *gold_dir;
  guint n = 0;
  double load = 0.0;
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("kaynak-suggest-bench: %s\n", error->message);
      return 2;
    }
  /* the held-back part's misses are never printed: reading them would
   * tune the rules on it (tests/data/gold/README.md) */
  if ((opt_misses || opt_verbose) && g_strcmp0 (opt_part, "heldout") == 0)
    {
      g_printerr ("kaynak-suggest-bench: --misses and --verbose list the tuning part only; "
                  "the held-back part's misses are never printed\n");
      return 2;
    }
  gold_dir = opt_gold != NULL ? opt_gold : KAYNAK_BENCH_GOLD;
  if (g_getenv ("KAYNAK_SUGGEST_DIR") == NULL)
    g_setenv ("KAYNAK_SUGGEST_DIR", KAYNAK_BENCH_RULES, TRUE);
  if (getloadavg (&load, 1) != 1)
    load = -1.0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
      {
        Result *r = &results[n];
        gboolean tune = strcmp (parts[p], "tune") == 0;

        if ((opt_language != NULL && strcmp (opt_language, languages[l]) != 0)
            || (opt_part != NULL && strcmp (opt_part, parts[p]) != 0))
          continue;
        *r = (Result) { .language = languages[l], .part = parts[p] };
        if (tune)
          r->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        if (tune && opt_verbose)
          r->misses = g_string_new (NULL);
        if (tune && opt_misses)
          r->source_misses = g_string_new (NULL);
        n++;
        if (!run_part (r, gold_dir, &error))
          {
            g_printerr ("kaynak-suggest-bench: %s\n", error->message);
            ok = FALSE;
            break;
          }
      }

  if (ok && n == 0)
    {
      g_printerr ("kaynak-suggest-bench: no such language or part (tr or en; tune or heldout)\n");
      ok = FALSE;
    }
  if (ok)
    {
      if (opt_json)
        print_json (results, n, load);
      else
        print_text (results, n, load);
    }
  for (guint i = 0; i < n; i++)
    {
      g_clear_pointer (&results[i].rules, g_hash_table_unref);
      if (results[i].misses != NULL)
        g_string_free (results[i].misses, TRUE);
      if (results[i].source_misses != NULL)
        g_string_free (results[i].source_misses, TRUE);
    }
  g_free (opt_gold);
  g_free (opt_language);
  g_free (opt_part);
  return ok ? 0 : 1;
}
