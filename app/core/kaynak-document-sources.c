/* kaynak-document-sources.c: the sources, and how an annotation starts.
 *
 * Adding, editing and removing sources as undoable steps, the rule that a
 * shortcut key belongs to one source, kaynak_document_start_annotation()
 * (the sources every new annotation starts with), and looking a source up
 * by id, shortcut or label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-document-impl.h"
#include "kaynak-language.h"
#include "kaynak-error.h"
#include "kaynak-text-fold.h"

/* A shortcut belongs to one source: whoever else had it loses it. */
static void
take_shortcut (KaynakDocument *self,
               guint           shortcut,
               const char     *for_id)
{
  KaynakSource *other;

  if (shortcut == 0)
    return;

  other = kaynak_document_lookup_shortcut (self, shortcut);
  if (other != NULL && !g_str_equal (kaynak_source_get_id (other), for_id))
    {
      g_autoptr(KaynakSource) state = kaynak_source_copy (other);

      kaynak_source_set_shortcut (state, 0);
      _kaynak_document_do_change_source (self, other, state);
    }
}

gboolean
_kaynak_document_validate_source (KaynakSource  *source,
                                  GError       **error)
{
  g_autofree char *label = g_strstrip (g_strdup (kaynak_source_get_label (source)));

  if (label[0] == '\0')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("A source needs a name."));
      return FALSE;
    }
  if (!kaynak_color_is_valid (kaynak_source_get_color (source)))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("“%s” is not a colour of the form #rrggbb."),
                   kaynak_source_get_color (source));
      return FALSE;
    }
  return TRUE;
}

/* Whether @name is already one of @live's names, by the one rule of
 * what a source answers to (kaynak_source_has_folded_name()) */
static gboolean
had_name (KaynakSource *live,
          const char   *name)
{
  g_autofree char *folded = kaynak_text_fold (name);

  return kaynak_source_has_folded_name (live, folded);
}

/* A source's label and aliases are names a person types to find it, so
 * a new name may not point at a second source: "Beyaz Saray" as an alias
 * of one and the label of another would make Tag as… guess.  Only names
 * the edit adds are checked, so a file that came with a clash can still
 * have its colours and keys changed. */
static gboolean
check_names_free (KaynakDocument  *self,
                  KaynakSource    *live,
                  KaynakSource    *changes,
                  GError         **error)
{
  const char * const *aliases = kaynak_source_get_aliases (changes);
  const char *id = kaynak_source_get_id (live);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_ptr_array_add (names, (gpointer) kaynak_source_get_label (changes));
  for (guint i = 0; aliases[i] != NULL; i++)
    g_ptr_array_add (names, (gpointer) aliases[i]);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      KaynakSource *other;

      if (had_name (live, name))
        continue;
      other = kaynak_document_find_source_by_name (self, name, id);
      if (other != NULL)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("“%s” already names the source “%s”."),
                       name, kaynak_source_get_label (other));
          return FALSE;
        }
    }
  return TRUE;
}

/* --- Sources -------------------------------------------------------------- */

GListModel *
kaynak_document_get_sources (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->sources);
}

KaynakSource *
kaynak_document_lookup_source (KaynakDocument *self,
                               const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->sources_by_id, id) : NULL;
}

KaynakSource *
kaynak_document_lookup_shortcut (KaynakDocument *self,
                                 guint           shortcut)
{
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (shortcut == 0)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (kaynak_source_get_shortcut (source) == shortcut)
        return source;
    }

  return NULL;
}

gboolean
kaynak_document_start_annotation (KaynakDocument  *self,
                                  GPtrArray       *sources,
                                  const char      *author,
                                  GError         **error)
{
  g_autoptr(GPtrArray) defaults = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (sources == NULL)
    sources = defaults = kaynak_source_default_scheme ();

  /* Added as a user would add them, so they are checked the same way (and
   * a key taken twice goes to the later source); the history is then
   * cleared: the starting point is not a change to undo */
  for (guint i = 0; i < sources->len; i++)
    if (!kaynak_document_add_source (self, g_ptr_array_index (sources, i), error))
      return FALSE;

  if (author != NULL && author[0] != '\0')
    kaynak_document_set_default_author (self, author);

  /* The language is guessed here, the one place every new annotation of
   * an article passes (the window, the sample, kaynak --new); a language
   * the article came with is kept. */
  if (kaynak_document_get_language (self)[0] == '\0')
    {
      const char *language = kaynak_language_detect (kaynak_document_get_text (self),
                                                     (gssize) kaynak_document_get_text_bytes (self));

      if (language != NULL)
        kaynak_document_set_language (self, language);
    }

  kaynak_document_clear_history (self);
  kaynak_document_mark_saved (self);
  return TRUE;
}

KaynakDocument *
kaynak_document_new_for_article (const char  *text,
                                 gssize       length,
                                 GPtrArray   *sources,
                                 const char  *author,
                                 GError     **error)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new (text, length);

  if (document == NULL ||
      !kaynak_document_start_annotation (document, sources, author, error))
    return NULL;

  return g_steal_pointer (&document);
}

KaynakSource *
kaynak_document_find_source_by_label (KaynakDocument *self,
                                      const char     *label)
{
  g_autofree char *wanted = NULL;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  wanted = kaynak_text_fold (label);
  if (wanted[0] == '\0')
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);
      g_autofree char *folded = kaynak_text_fold (kaynak_source_get_label (source));

      if (g_str_equal (folded, wanted))
        return source;
    }

  return NULL;
}

KaynakSource *
kaynak_document_find_source_by_name (KaynakDocument *self,
                                     const char     *name,
                                     const char     *except_id)
{
  g_autofree char *wanted = NULL;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  wanted = kaynak_text_fold (name);
  if (wanted[0] == '\0')
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (g_strcmp0 (kaynak_source_get_id (source), except_id) == 0)
        continue;
      if (kaynak_source_has_folded_name (source, wanted))
        return source;
    }

  return NULL;
}

char *
kaynak_document_dup_new_source_id (KaynakDocument *self,
                                   const char     *label)
{
  g_autofree char *base = NULL;
  char *id;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  base = kaynak_source_slug_for_label (label);
  id = g_strdup (base);
  for (guint k = 2; g_hash_table_contains (self->sources_by_id, id); k++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, k);
    }
  return id;
}

KaynakSource *
kaynak_document_make_source (KaynakDocument   *self,
                             const char       *label,
                             KaynakSourceKind  kind)
{
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  g_autofree char *id = NULL;
  guint n, shortcut = 0;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  for (guint i = 0; i < n; i++)
    {
      KaynakSource *source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      g_ptr_array_add (used, (gpointer) kaynak_source_get_color (source));
      /* the document holds the source, so its colour outlives this ref */
      g_object_unref (source);
    }
  g_ptr_array_add (used, NULL);

  for (guint key = 1; key <= 9 && shortcut == 0; key++)
    if (kaynak_document_lookup_shortcut (self, key) == NULL)
      shortcut = key;

  id = kaynak_document_dup_new_source_id (self, label);
  return kaynak_source_new (id, label,
                            kaynak_source_palette_pick ((const char * const *) used->pdata),
                            shortcut, kind);
}

GHashTable *
kaynak_document_count_claims_by_source (KaynakDocument *self)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), counts);

  /* One pass over the claims, not one per source */
  n = kaynak_claim_index_get_n_claims (self->claims);
  for (guint i = 0; i < n; i++)
    {
      const char *id = kaynak_claim_get_source_id (kaynak_claim_index_get (self->claims, i));
      gpointer count;

      if (id == NULL)
        continue;
      count = g_hash_table_lookup (counts, id);
      if (count == NULL)
        g_hash_table_insert (counts, g_strdup (id), GUINT_TO_POINTER (1));
      else
        g_hash_table_replace (counts, g_strdup (id), GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }
  return counts;
}

gboolean
_kaynak_document_check_new_source (KaynakDocument  *self,
                                   KaynakSource    *source,
                                   GError         **error)
{
  if (g_hash_table_contains (self->sources_by_id, kaynak_source_get_id (source)))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("There is already a source with the id “%s”."),
                   kaynak_source_get_id (source));
      return FALSE;
    }
  return _kaynak_document_validate_source (source, error);
}

gboolean
kaynak_document_add_source (KaynakDocument  *self,
                            KaynakSource    *source,
                            GError         **error)
{
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (source), FALSE);

  if (!_kaynak_document_check_new_source (self, source, error))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  kaynak_document_begin_group (self);
  take_shortcut (self, kaynak_source_get_shortcut (source), kaynak_source_get_id (source));
  _kaynak_document_record (self, EDIT_SOURCE, kaynak_source_get_id (source),
                           NULL, G_OBJECT (source), n);
  _kaynak_document_raw_insert_source (self, source, n);
  kaynak_document_end_group (self);

  return TRUE;
}

gboolean
kaynak_document_update_source (KaynakDocument  *self,
                               const char      *id,
                               KaynakSource    *changes,
                               GError         **error)
{
  KaynakSource *live;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (changes), FALSE);

  live = kaynak_document_lookup_source (self, id);
  if (live == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), id);
      return FALSE;
    }
  if (!_kaynak_document_validate_source (changes, error) ||
      !check_names_free (self, live, changes, error))
    return FALSE;

  kaynak_document_begin_group (self);
  take_shortcut (self, kaynak_source_get_shortcut (changes), id);
  _kaynak_document_do_change_source (self, live, changes);
  kaynak_document_end_group (self);

  return TRUE;
}

gboolean
kaynak_document_remove_source (KaynakDocument  *self,
                               const char      *id,
                               GError         **error)
{
  return kaynak_document_remove_source_moving_claims (self, id, NULL, error);
}

gboolean
kaynak_document_remove_source_moving_claims (KaynakDocument  *self,
                                             const char      *id,
                                             const char      *to_id,
                                             GError         **error)
{
  KaynakSource *live;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  live = kaynak_document_lookup_source (self, id);
  if (live == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), id);
      return FALSE;
    }
  if (to_id != NULL && kaynak_document_lookup_source (self, to_id) == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), to_id);
      return FALSE;
    }
  if (g_strcmp0 (id, to_id) == 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The claims of a source being removed cannot move to that same source."));
      return FALSE;
    }

  kaynak_document_begin_group (self);

  n = kaynak_claim_index_get_n_claims (self->claims);
  for (guint i = 0; i < n; i++)
    {
      KaynakClaim *claim = kaynak_claim_index_get (self->claims, i);

      if (g_strcmp0 (kaynak_claim_get_source_id (claim), id) == 0)
        {
          g_autoptr(KaynakClaim) state = kaynak_claim_copy (claim);

          kaynak_claim_set_source_id (state, to_id);
          /* Does not move the claim, so position i stays valid */
          _kaynak_document_do_change_claim (self, claim, state);
        }
    }

  _kaynak_document_record (self, EDIT_SOURCE, id, G_OBJECT (live), NULL,
                           _kaynak_document_source_position (self, live));
  _kaynak_document_raw_remove_source (self, live);

  kaynak_document_end_group (self);

  return TRUE;
}

guint
kaynak_document_count_claims_for_source (KaynakDocument *self,
                                         const char     *source_id)
{
  guint n, count = 0;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);

  n = kaynak_claim_index_get_n_claims (self->claims);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (kaynak_claim_get_source_id (kaynak_claim_index_get (self->claims, i)),
                   source_id) == 0)
      count++;

  return count;
}
