/* kaynak-document-merge.c: merging sources that name one speaker.
 *
 * An imported corpus names one speaker many ways ("The Washington Post",
 * "the newspaper", "the influential US daily"): the user keeps one of
 * them, and the others' claims and names go to it.  The one rule the
 * Sources dialog and `kaynak --merge-sources` share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-document-impl.h"
#include "kaynak-error.h"
#include "kaynak-text-fold.h"

/* Adds @name to @aliases unless @state already answers to it, compared
 * as every name of a source is (kaynak_text_fold(): case, Turkish i's
 * and spacing set aside), so "the newspaper" and "The Newspaper" stay one */
static void
add_name (KaynakSource *state,
          GPtrArray    *aliases,
          const char   *name)
{
  g_autofree char *folded = kaynak_text_fold (name);

  if (folded[0] == '\0' || kaynak_source_has_folded_name (state, folded))
    return;
  g_ptr_array_insert (aliases, (gint) aliases->len - 1, g_strdup (name));
  kaynak_source_set_aliases (state, (const char * const *) aliases->pdata);
}

gboolean
kaynak_document_merge_sources (KaynakDocument      *self,
                               const char          *keep_id,
                               const char * const  *other_ids,
                               GError             **error)
{
  g_autoptr(GHashTable) merged = NULL;
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GPtrArray) aliases = NULL;
  g_autoptr(KaynakSource) state = NULL;
  const char * const *keep_aliases;
  KaynakSource *keep;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  keep = kaynak_document_lookup_source (self, keep_id);
  if (keep == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), keep_id ? keep_id : "");
      return FALSE;
    }
  if (other_ids == NULL || other_ids[0] == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Choose at least one other source to merge into “%s”."),
                   kaynak_source_get_label (keep));
      return FALSE;
    }

  /* Everything is checked before anything changes: a merge is whole or
   * not at all */
  merged = g_hash_table_new (g_str_hash, g_str_equal);
  others = g_ptr_array_new ();
  for (guint i = 0; other_ids[i] != NULL; i++)
    {
      KaynakSource *other = kaynak_document_lookup_source (self, other_ids[i]);

      if (other == NULL)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                       _("There is no source with the id “%s”."), other_ids[i]);
          return FALSE;
        }
      if (other == keep)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("“%s” is the source kept; it cannot also be merged into itself."),
                       kaynak_source_get_label (keep));
          return FALSE;
        }
      /* a source named twice is merged once */
      if (g_hash_table_add (merged, (gpointer) kaynak_source_get_id (other)))
        g_ptr_array_add (others, other);
    }

  /* The kept source's new names: its own, then each other's label and
   * aliases, in the order given, each once */
  state = kaynak_source_copy (keep);
  keep_aliases = kaynak_source_get_aliases (keep);
  aliases = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; keep_aliases[i] != NULL; i++)
    g_ptr_array_add (aliases, g_strdup (keep_aliases[i]));
  g_ptr_array_add (aliases, NULL);
  for (guint i = 0; i < others->len; i++)
    {
      KaynakSource *other = g_ptr_array_index (others, i);
      const char * const *other_aliases = kaynak_source_get_aliases (other);

      add_name (state, aliases, kaynak_source_get_label (other));
      for (guint j = 0; other_aliases[j] != NULL; j++)
        add_name (state, aliases, other_aliases[j]);
    }

  kaynak_document_begin_group (self);

  /* One pass over the claims whatever the number of sources merged; only
   * the source changes, so cues, notes, links and the claims' places stay */
  n = kaynak_claim_index_get_n_claims (self->claims);
  for (guint i = 0; i < n; i++)
    {
      KaynakClaim *claim = kaynak_claim_index_get (self->claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);

      if (source_id != NULL && g_hash_table_contains (merged, source_id))
        {
          g_autoptr(KaynakClaim) after = kaynak_claim_copy (claim);

          kaynak_claim_set_source_id (after, keep_id);
          /* does not move the claim, so position i stays valid */
          _kaynak_document_do_change_claim (self, claim, after);
        }
    }

  /* Each removal records where the source stood, so undo (in reverse
   * order) puts every one back in its place in the list */
  for (guint i = 0; i < others->len; i++)
    {
      KaynakSource *other = g_ptr_array_index (others, i);

      _kaynak_document_record (self, EDIT_SOURCE, kaynak_source_get_id (other),
                               G_OBJECT (other), NULL,
                               _kaynak_document_source_position (self, other));
      _kaynak_document_raw_remove_source (self, other);
    }

  /* The names last: they were the others' until now, and are the kept
   * source's alone once the others are gone */
  _kaynak_document_do_change_source (self, keep, state);

  kaynak_document_end_group (self);

  return TRUE;
}
