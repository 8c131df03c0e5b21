/* kaynak-document-attribution.c: a claim's attribution and a source's
 * type, changed through the document (kaynak-document-attribution.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-document-attribution.h"
#include "kaynak-document-impl.h"
#include "kaynak-error.h"

KaynakSourceKind
kaynak_document_claim_attribution (KaynakDocument *self,
                                   KaynakClaim    *claim)
{
  KaynakSourceKind kind;
  const char *source_id;
  KaynakSource *source;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), KAYNAK_SOURCE_KIND_UNATTRIBUTED);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), KAYNAK_SOURCE_KIND_UNATTRIBUTED);

  if (kaynak_claim_get_attribution (claim, &kind))
    return kind;
  source_id = kaynak_claim_get_source_id (claim);
  source = source_id != NULL ? kaynak_document_lookup_source (self, source_id) : NULL;
  return source != NULL ? kaynak_source_get_kind (source) : KAYNAK_SOURCE_KIND_UNATTRIBUTED;
}

const char *
kaynak_document_claim_attribution_id (KaynakDocument *self,
                                      KaynakClaim    *claim)
{
  const char *source_id;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), NULL);

  source_id = kaynak_claim_get_source_id (claim);
  if (!kaynak_claim_get_attribution (claim, NULL) &&
      (source_id == NULL || kaynak_document_lookup_source (self, source_id) == NULL))
    return NULL;
  return kaynak_source_kind_to_id (kaynak_document_claim_attribution (self, claim));
}

gboolean
kaynak_document_set_claim_attribution (KaynakDocument    *self,
                                       const char        *claim_id,
                                       gboolean           set,
                                       KaynakSourceKind   kind,
                                       GError           **error)
{
  g_autoptr(KaynakClaim) state = NULL;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, claim_id, error)))
    return FALSE;
  if (set && (guint) kind >= KAYNAK_N_SOURCE_KINDS)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Unknown way of attribution."));
      return FALSE;
    }
  state = kaynak_claim_copy (claim);
  kaynak_claim_set_attribution (state, set, kind);

  kaynak_document_begin_group (self);
  _kaynak_document_do_change_claim (self, claim, state);
  kaynak_document_end_group (self);
  return TRUE;
}

gboolean
kaynak_document_set_source_type (KaynakDocument    *self,
                                 const char        *source_id,
                                 KaynakSourceType   type,
                                 GError           **error)
{
  g_autoptr(KaynakSource) changes = NULL;
  KaynakSource *source;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if ((guint) type >= KAYNAK_N_SOURCE_TYPES)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Unknown type of source."));
      return FALSE;
    }
  source = kaynak_document_lookup_source (self, source_id);
  if (source == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), source_id);
      return FALSE;
    }
  changes = kaynak_source_copy (source);
  kaynak_source_set_source_type (changes, type);
  return kaynak_document_update_source (self, source_id, changes, error);
}
