/* kaynak-scheme.c: sources from a scheme file or the user's library taken
 * into a document, never twice under one name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-scheme.h"
#include "kaynak-text-fold.h"

KaynakSource *
kaynak_document_find_source_like (KaynakDocument *document,
                                  KaynakSource   *source)
{
  GListModel *sources;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (source), NULL);

  sources = kaynak_document_get_sources (document);
  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) candidate = g_list_model_get_item (sources, i);

      if (kaynak_source_shares_name (source, candidate))
        return candidate;  /* the document keeps its reference */
    }
  return NULL;
}

static gboolean
color_is_used (KaynakDocument *document,
               const char     *color)
{
  GListModel *sources = kaynak_document_get_sources (document);
  guint n = g_list_model_get_n_items (sources);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

      if (g_ascii_strcasecmp (kaynak_source_get_color (source), color) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
check_label (KaynakSource  *source,
             GError       **error)
{
  g_autofree char *label = g_strstrip (g_strdup (kaynak_source_get_label (source)));

  if (label[0] != '\0')
    return TRUE;
  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("A source needs a name."));
  return FALSE;
}

/* Adds the copy; the caller has checked the label */
static KaynakSource *
add_copy (KaynakDocument  *document,
          KaynakSource    *source,
          GError         **error)
{
  const char *id = kaynak_source_get_id (source);
  const char *color = kaynak_source_get_color (source);
  guint key = kaynak_source_get_shortcut (source);
  g_autoptr(KaynakSource) copy = NULL;
  g_autoptr(KaynakSource) fresh = NULL;

  /* What the document would give a new source of this name (a slug id,
   * the palette colour most unlike those in use, the first free key) is
   * the fallback for what the scheme's own source cannot keep.  A
   * scheme's ids are kept so that datasets made with it line up. */
  fresh = kaynak_document_make_source (document, kaynak_source_get_label (source),
                                       kaynak_source_get_kind (source));
  if (id == NULL || kaynak_document_lookup_source (document, id) != NULL)
    id = kaynak_source_get_id (fresh);
  if (!kaynak_color_is_valid (color) || color_is_used (document, color))
    color = kaynak_source_get_color (fresh);
  if (key < 1 || key > 9 || kaynak_document_lookup_shortcut (document, key) != NULL)
    key = kaynak_source_get_shortcut (fresh);
  copy = kaynak_source_new (id, kaynak_source_get_label (source), color, key,
                            kaynak_source_get_kind (source));
  kaynak_source_set_aliases (copy, kaynak_source_get_aliases (source));
  kaynak_source_set_description (copy, kaynak_source_get_description (source));
  kaynak_source_set_source_type (copy, kaynak_source_get_source_type (source));

  if (!kaynak_document_add_source (document, copy, error))
    return NULL;
  return kaynak_document_lookup_source (document, kaynak_source_get_id (copy));
}

KaynakSource *
kaynak_document_take_source (KaynakDocument  *document,
                             KaynakSource    *source,
                             GError         **error)
{
  KaynakSource *existing;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (source), NULL);

  existing = kaynak_document_find_source_like (document, source);
  if (existing != NULL)
    return existing;
  if (!check_label (source, error))
    return NULL;
  return add_copy (document, source, error);
}

gboolean
kaynak_document_load_scheme (KaynakDocument  *document,
                             GPtrArray       *sources,
                             guint           *n_added,
                             GError         **error)
{
  guint added = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (sources != NULL, FALSE);

  for (guint i = 0; i < sources->len; i++)
    if (!check_label (g_ptr_array_index (sources, i), error))
      return FALSE;

  kaynak_document_begin_group (document);
  for (guint i = 0; ok && i < sources->len; i++)
    {
      KaynakSource *source = g_ptr_array_index (sources, i);

      /* also skips a scheme's second source of one name */
      if (kaynak_document_find_source_like (document, source) != NULL)
        continue;
      ok = add_copy (document, source, error) != NULL;
      if (ok)
        added++;
    }
  kaynak_document_end_group (document);

  /* Not expected (the sources were checked, ids made free), but a scheme
   * is loaded whole or not at all */
  if (!ok && added > 0)
    kaynak_document_undo (document);

  if (n_added != NULL)
    *n_added = ok ? added : 0;
  return ok;
}
