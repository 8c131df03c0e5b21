/* kaynak-scorecard.c: an article's IMVAIN scorecard (see kaynak-scorecard.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-document-attribution.h"
#include "kaynak-document-codebook.h"
#include "kaynak-scorecard.h"

/* Whether the document defines @field_id on @target as one choice with the
 * choice @choice_id */
static gboolean
has_choice_field (KaynakDocument    *document,
                  const char        *field_id,
                  KaynakFieldTarget  target,
                  const char        *choice_id)
{
  const KaynakCodebookField *field = kaynak_document_find_field (document, field_id);

  if (field == NULL || field->target != target || field->type != KAYNAK_FIELD_CHOICE)
    return FALSE;
  for (guint i = 0; field->choices != NULL && i < field->choices->len; i++)
    {
      const KaynakCodebookValue *choice = g_ptr_array_index (field->choices, i);

      if (g_strcmp0 (choice->id, choice_id) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
kaynak_scorecard_applies (KaynakDocument *document)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);

  return has_choice_field (document, KAYNAK_SCORECARD_FIELD_INDEPENDENCE,
                           KAYNAK_FIELD_ON_SOURCE, KAYNAK_SCORECARD_SELF_INTERESTED) &&
         has_choice_field (document, KAYNAK_SCORECARD_FIELD_VERIFICATION,
                           KAYNAK_FIELD_ON_CLAIM, KAYNAK_SCORECARD_ASSERTS);
}

/* The choice id a field holds, NULL when unset or not a string (a value
 * the definitions no longer hold is still counted by what it says) */
static const char *
choice_of (JsonNode *value)
{
  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) ||
      json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (value);
}

/* The claim's source id when the document has that source, else NULL */
static const char *
known_source_id (KaynakDocument *document,
                 KaynakClaim    *claim)
{
  const char *id = kaynak_claim_get_source_id (claim);

  if (id == NULL || kaynak_document_lookup_source (document, id) == NULL)
    return NULL;
  return id;
}

KaynakScorecard *
kaynak_scorecard_new (KaynakDocument *document)
{
  g_autoptr(GHashTable) confirmed = NULL;
  g_autoptr(GHashTable) by_source = NULL;
  KaynakScorecard *card;
  GListModel *claims;
  GListModel *links;
  GListModel *sources;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  if (!kaynak_scorecard_applies (document))
    return NULL;

  card = g_new0 (KaynakScorecard, 1);
  card->has_authority = has_choice_field (document, KAYNAK_SCORECARD_FIELD_AUTHORITY,
                                          KAYNAK_FIELD_ON_SOURCE,
                                          KAYNAK_SCORECARD_NOT_AUTHORITATIVE);

  /* Multiple or single: the claims a claim of another source confirms.
   * One pass over the links, each a hash lookup of its two claims. */
  confirmed = g_hash_table_new (g_str_hash, g_str_equal);
  links = kaynak_document_get_links (document);
  n = g_list_model_get_n_items (links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);
      KaynakClaim *from, *to;
      const char *from_source, *to_source;

      if (kaynak_link_get_link_type (link) != KAYNAK_LINK_TYPE_CONFIRMS)
        continue;
      from = kaynak_document_lookup_claim (document, kaynak_link_get_from (link));
      to = kaynak_document_lookup_claim (document, kaynak_link_get_to (link));
      if (from == NULL || to == NULL)
        continue;
      from_source = known_source_id (document, from);
      to_source = known_source_id (document, to);
      if (from_source != NULL && g_strcmp0 (from_source, to_source) != 0)
        g_hash_table_add (confirmed, (gpointer) kaynak_claim_get_id (to));
    }

  claims = kaynak_document_get_claims (document);
  n = g_list_model_get_n_items (claims);
  by_source = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);
      KaynakSourceKind attribution = kaynak_document_claim_attribution (document, claim);
      const char *verification =
        choice_of (kaynak_claim_get_field (claim, KAYNAK_SCORECARD_FIELD_VERIFICATION));
      const char *source_id = known_source_id (document, claim);

      card->claims++;
      if (!g_hash_table_contains (confirmed, kaynak_claim_get_id (claim)))
        card->single_source_claims++;
      if (attribution != KAYNAK_SOURCE_KIND_UNATTRIBUTED)
        card->attributed_claims++;
      if (attribution == KAYNAK_SOURCE_KIND_ANONYMOUS)
        card->anonymous_claims++;
      if (verification == NULL)
        card->unrated_verification++;
      else if (strcmp (verification, KAYNAK_SCORECARD_ASSERTS) == 0)
        card->asserting_claims++;
      if (source_id != NULL)
        g_hash_table_add (by_source, (gpointer) source_id);
    }

  /* The sources with claims, in one pass over the sources */
  sources = kaynak_document_get_sources (document);
  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      const char *independence, *authority;

      if (!g_hash_table_contains (by_source, kaynak_source_get_id (source)))
        continue;
      card->sources++;
      independence = choice_of (kaynak_source_get_field (source, KAYNAK_SCORECARD_FIELD_INDEPENDENCE));
      if (independence == NULL)
        card->unrated_independence++;
      else if (strcmp (independence, KAYNAK_SCORECARD_SELF_INTERESTED) == 0)
        card->self_interested_sources++;
      if (!card->has_authority)
        continue;
      authority = choice_of (kaynak_source_get_field (source, KAYNAK_SCORECARD_FIELD_AUTHORITY));
      if (authority == NULL)
        card->unrated_authority++;
      else if (strcmp (authority, KAYNAK_SCORECARD_NOT_AUTHORITATIVE) == 0)
        card->not_authoritative_sources++;
    }

  return card;
}

void
kaynak_scorecard_free (KaynakScorecard *scorecard)
{
  g_free (scorecard);
}

double
kaynak_scorecard_share (guint count,
                        guint of)
{
  return of == 0 ? 0.0 : 100.0 * count / of;
}

static void
row_free (gpointer data)
{
  KaynakScorecardRow *row = data;

  g_free (row->label);
  g_free (row->value);
  g_free (row->left);
  g_free (row);
}

static void
add_row (GPtrArray  *rows,
         const char *id,
         const char *label,
         guint       count,
         guint       of,
         gboolean    rated,
         guint       unrated)
{
  KaynakScorecardRow *row = g_new0 (KaynakScorecardRow, 1);

  row->id = id;
  row->label = g_strdup (label);
  row->count = count;
  row->of = of;
  row->rated = rated;
  row->unrated = unrated;
  row->value = of == 0
    /* TRANSLATORS: a count of the scorecard when there is nothing to
     * count among, e.g. "0 of 0" */
    ? g_strdup_printf (_("%u of %u"), count, of)
    /* TRANSLATORS: a count of the scorecard and its share, e.g.
     * "3 of 7 · 42.9 %" */
    : g_strdup_printf (_("%u of %u · %.1f %%"), count, of, kaynak_scorecard_share (count, of));
  row->left = rated && unrated > 0
    /* TRANSLATORS: what a student has still to rate, e.g. "2 not rated yet" */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not rated yet", "%u not rated yet", unrated),
                       unrated)
    : g_strdup ("");
  g_ptr_array_add (rows, row);
}

GPtrArray *
kaynak_scorecard_dup_rows (KaynakScorecard *card)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);

  g_return_val_if_fail (card != NULL, rows);

  add_row (rows, "single-source", _("Claims resting on a single source"),
           card->single_source_claims, card->claims, FALSE, 0);
  add_row (rows, "anonymous", _("Anonymous attributions"),
           card->anonymous_claims, card->attributed_claims, FALSE, 0);
  add_row (rows, "self-interested", _("Self-interested sources"),
           card->self_interested_sources, card->sources, TRUE, card->unrated_independence);
  add_row (rows, "asserts", _("Claims that assert without verifying"),
           card->asserting_claims, card->claims, TRUE, card->unrated_verification);
  if (card->has_authority)
    add_row (rows, "not-authoritative", _("Sources neither authoritative nor informed"),
             card->not_authoritative_sources, card->sources, TRUE, card->unrated_authority);
  return rows;
}
