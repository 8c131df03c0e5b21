/* kaynak-sourcing-stats.c: who is quoted how much (see
 * kaynak-sourcing-stats.h for the counting rules).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-csv.h"
#include "kaynak-sourcing-stats.h"

/* Where the covered stretch of one row (or of all attributed claims)
 * ends: claims come sorted by start, so a claim starting before it only
 * adds what it reaches past it. */
static guint
cover (guint *covered_end,
       guint  start,
       guint  end)
{
  guint added = 0;

  if (end <= *covered_end)
    return 0;
  added = end - MAX (start, *covered_end);
  *covered_end = end;
  return added;
}

/* A stretch of text a claim covers: a claim in one piece is one, a claim
 * in pieces one per piece (the words between are not its) */
typedef struct
{
  guint    start;
  guint    end;
  guint    at;          /* the row's index + 1, 0: no source */
  gboolean attributed;
} Stretch;

static int
compare_stretches (gconstpointer a,
                   gconstpointer b)
{
  const Stretch *sa = a, *sb = b;

  return sa->start < sb->start ? -1 : sa->start > sb->start;
}

static void
row_clear (gpointer data)
{
  KaynakSourcingRow *row = data;

  g_free (row->source_id);
  g_free (row->label);
  g_free (row->color);
}

KaynakSourcingStats *
kaynak_sourcing_stats_new (KaynakDocument *document)
{
  KaynakSourcingStats *stats = g_new0 (KaynakSourcingStats, 1);
  GListModel *sources = kaynak_document_get_sources (document);
  GListModel *claims = kaynak_document_get_claims (document);
  guint n_sources = g_list_model_get_n_items (sources);
  guint n_claims = g_list_model_get_n_items (claims);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *covered_end = g_new0 (guint, n_sources + 1);
  KaynakSourcingRow none = { 0 };
  guint attributed_end = 0;
  g_autoptr(GArray) stretches = g_array_sized_new (FALSE, FALSE, sizeof (Stretch), n_claims);
  gboolean in_pieces = FALSE;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), stats);

  stats->length = kaynak_document_get_length (document);
  stats->rows = g_array_sized_new (FALSE, TRUE, sizeof (KaynakSourcingRow), n_sources + 1);
  g_array_set_clear_func (stats->rows, row_clear);

  for (guint i = 0; i < n_sources; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      KaynakSourcingRow row = {
        .source_id = g_strdup (kaynak_source_get_id (source)),
        .label = g_strdup (kaynak_source_get_label (source)),
        .color = g_strdup (kaynak_source_get_color (source)),
        .kind = kaynak_source_get_kind (source),
      };

      g_array_append_val (stats->rows, row);
      /* the row's index + 1, so that 0 means "not a source" */
      g_hash_table_insert (index, (gpointer) kaynak_source_get_id (source), GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < n_claims; i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);
      guint at = source_id ? GPOINTER_TO_UINT (g_hash_table_lookup (index, source_id)) : 0;
      KaynakSourcingRow *row = at > 0 ? &g_array_index (stats->rows, KaynakSourcingRow, at - 1) : &none;
      KaynakClaimStatus status = kaynak_claim_get_status (claim);
      gboolean orphaned = kaynak_claim_get_orphaned (claim);
      KaynakSourceKind kind = row->kind;
      /* how this claim is attributed (issue 19): its own, else its
       * source's kind (kaynak_document_claim_attribution()'s rule, read
       * here from the row so a claim costs no second lookup) */
      gboolean has_kind = kaynak_claim_get_attribution (claim, &kind) || at > 0;

      stats->claims++;
      row->claims++;
      if ((guint) status < KAYNAK_N_CLAIM_STATUSES)
        stats->by_status[status]++;
      if (has_kind && (guint) kind < KAYNAK_N_SOURCE_KINDS)
        stats->by_kind[kind]++;
      else if (!has_kind)
        stats->no_kind++;

      if (orphaned)
        {
          stats->orphans++;
          row->orphans++;
          continue;
        }

      /* Each piece of the claim (orphans, which keep a stale range, were
       * left out above); a claim attributed as "unattributed" (its own or
       * its source's kind) says that nobody is named */
      for (guint p = 0; p < kaynak_claim_get_n_pieces (claim); p++)
        {
          KaynakRange piece = kaynak_claim_get_piece (claim, p);
          Stretch stretch = {
            piece.start, piece.end, at,
            at > 0 && kind != KAYNAK_SOURCE_KIND_UNATTRIBUTED,
          };

          g_array_append_val (stretches, stretch);
        }
      in_pieces = in_pieces || kaynak_claim_get_n_pieces (claim) > 1;
    }

  /* The placed claims are in document order, by start, and so are their
   * stretches, unless a claim in pieces has a later piece past the start
   * of the claims after it */
  if (in_pieces)
    g_array_sort (stretches, compare_stretches);
  for (guint i = 0; i < stretches->len; i++)
    {
      const Stretch *s = &g_array_index (stretches, Stretch, i);
      KaynakSourcingRow *row = s->at > 0 ? &g_array_index (stats->rows, KaynakSourcingRow, s->at - 1)
                                         : &none;

      row->characters += cover (&covered_end[s->at], s->start, s->end);
      if (s->attributed)
        stats->attributed_characters += cover (&attributed_end, s->start, s->end);
    }

  if (none.claims > 0)
    {
      none.label = g_strdup (_("No source"));
      g_array_append_val (stats->rows, none);
    }

  return stats;
}

void
kaynak_sourcing_stats_free (KaynakSourcingStats *stats)
{
  if (stats == NULL)
    return;
  g_clear_pointer (&stats->rows, g_array_unref);
  g_free (stats);
}

double
kaynak_sourcing_stats_share (KaynakSourcingStats *stats,
                             guint                characters)
{
  if (stats->length == 0)
    return 0.0;
  return 100.0 * characters / stats->length;
}

static void
append_uint (GString  *out,
             guint     n,
             gboolean  last)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", n);
  kaynak_csv_append_field (out, text, -1, FALSE, last);
}

static void
append_share (GString             *out,
              KaynakSourcingStats *stats,
              guint                characters)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  /* a point, never the locale's comma, which would split the cell */
  g_ascii_formatd (text, sizeof text, "%.1f", kaynak_sourcing_stats_share (stats, characters));
  kaynak_csv_append_field (out, text, -1, FALSE, TRUE);
}

/* section,id,label,kind,claims and then empty cells to the end */
static void
append_count_row (GString    *out,
                  const char *section,
                  const char *id,
                  const char *label,
                  guint       claims)
{
  kaynak_csv_append_field (out, section, -1, TRUE, FALSE);
  kaynak_csv_append_field (out, id, -1, TRUE, FALSE);
  kaynak_csv_append_field (out, label, -1, TRUE, FALSE);
  kaynak_csv_append_field (out, NULL, -1, TRUE, FALSE);
  append_uint (out, claims, FALSE);
  g_string_append (out, ",,\r\n");
}

char *
kaynak_sourcing_stats_to_csv (KaynakSourcingStats *stats,
                              KaynakCodebookStats *verdicts)
{
  guint n_verdicts = verdicts != NULL ? kaynak_codebook_stats_get_n_verdicts (verdicts) : 0;

  GString *out = g_string_new ("section,id,label,kind,claims,orphaned,characters,share_percent\r\n");

  for (guint i = 0; i < stats->rows->len; i++)
    {
      KaynakSourcingRow *row = &g_array_index (stats->rows, KaynakSourcingRow, i);

      kaynak_csv_append_field (out, "source", -1, TRUE, FALSE);
      kaynak_csv_append_field (out, row->source_id, -1, TRUE, FALSE);
      kaynak_csv_append_field (out, row->label, -1, TRUE, FALSE);
      kaynak_csv_append_field (out, row->source_id ? kaynak_source_kind_to_id (row->kind) : NULL,
                               -1, TRUE, FALSE);
      append_uint (out, row->claims, FALSE);
      append_uint (out, row->orphans, FALSE);
      append_uint (out, row->characters, FALSE);
      append_share (out, stats, row->characters);
    }

  for (guint k = 0; k < KAYNAK_N_SOURCE_KINDS; k++)
    append_count_row (out, "kind", kaynak_source_kind_to_id (k), kaynak_source_kind_to_label (k),
                      stats->by_kind[k]);
  if (stats->no_kind > 0)
    append_count_row (out, "kind", NULL, _("No source"), stats->no_kind);

  /* a document judged by a verdict scale: its verdicts as the window
   * shows them (the same count), instead of the five statuses */
  for (guint i = 0; i < n_verdicts; i++)
    {
      const char *id, *label;
      guint claims;

      kaynak_codebook_stats_get_verdict (verdicts, i, &id, &label, &claims);
      append_count_row (out, "verdict", id, label, claims);
    }
  if (n_verdicts > 0)
    append_count_row (out, "verdict", NULL, _("No verdict"),
                      kaynak_codebook_stats_get_no_verdict (verdicts));
  else
    for (guint s = 0; s < KAYNAK_N_CLAIM_STATUSES; s++)
      append_count_row (out, "status", kaynak_claim_status_to_id (s), kaynak_claim_status_to_label (s),
                        stats->by_status[s]);

  g_string_append (out, "total,article,");
  kaynak_csv_append_field (out, _("Article"), -1, TRUE, FALSE);
  g_string_append (out, ",");
  append_uint (out, stats->claims, FALSE);
  append_uint (out, stats->orphans, FALSE);
  append_uint (out, stats->length, FALSE);
  kaynak_csv_append_field (out, stats->length > 0 ? "100.0" : "0.0", -1, FALSE, TRUE);

  g_string_append (out, "total,attributed,");
  kaynak_csv_append_field (out, _("Attributed to a source"), -1, TRUE, FALSE);
  g_string_append (out, ",,,");
  append_uint (out, stats->attributed_characters, FALSE);
  append_share (out, stats, stats->attributed_characters);

  return g_string_free (out, FALSE);
}
