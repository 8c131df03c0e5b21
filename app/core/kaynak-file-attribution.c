/* kaynak-file-attribution.c: a claim's "attribution" and a source's "type"
 * in a Kaynak file (docs/FORMAT.md, issue 19), read and checked, and
 * written.  Both are optional members of version 1: a file without them
 * reads as before, and they are written only when set, so a file that
 * does not use them is byte for byte what it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-file-private.h"

gboolean
_kaynak_file_read_claim_attribution (const KaynakJsonReader *reader,
                                     JsonObject             *object,
                                     const KaynakJsonPath   *where,
                                     KaynakClaim            *claim,
                                     GError                **error)
{
  const char *id;
  KaynakSourceKind kind;

  if (!kaynak_json_reader_get_string (reader, object, where, "attribution", NULL, &id, error))
    return FALSE;
  if (id == NULL)
    return TRUE;
  if (!kaynak_source_kind_from_id (id, &kind))
    {
      g_autofree char *path = kaynak_json_path_to_string (where, "attribution");

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s “%s” is not a known way of attribution (named, anonymous, official-statement, no-comment, unattributed)"),
                   path, id);
      return FALSE;
    }
  kaynak_claim_set_attribution (claim, TRUE, kind);
  return TRUE;
}

gboolean
_kaynak_file_claim_attribution_from_text (const char  *id,
                                          KaynakClaim *claim)
{
  KaynakSourceKind kind;

  if (id == NULL)
    return TRUE;
  if (!kaynak_source_kind_from_id (id, &kind))
    return FALSE;
  kaynak_claim_set_attribution (claim, TRUE, kind);
  return TRUE;
}

void
_kaynak_file_write_claim_attribution (JsonObject *object,
                                      gboolean    set,
                                      guint       kind)
{
  if (set)
    json_object_set_string_member (object, "attribution",
                                   kaynak_source_kind_to_id ((KaynakSourceKind) kind));
}

gboolean
_kaynak_file_read_source_type (const KaynakJsonReader *reader,
                               JsonObject             *object,
                               const KaynakJsonPath   *where,
                               KaynakSourceType       *type,
                               GError                **error)
{
  const char *id;

  *type = KAYNAK_SOURCE_TYPE_UNSET;
  if (!kaynak_json_reader_get_string (reader, object, where, "type", NULL, &id, error))
    return FALSE;
  if (id != NULL && !kaynak_source_type_from_id (id, type))
    {
      g_autofree char *path = kaynak_json_path_to_string (where, "type");

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s “%s” is not a known type of source (person, organization, government, group, document)"),
                   path, id);
      return FALSE;
    }
  return TRUE;
}

void
_kaynak_file_write_source_type (JsonObject   *object,
                                KaynakSource *source)
{
  KaynakSourceType type = kaynak_source_get_source_type (source);

  if (type != KAYNAK_SOURCE_TYPE_UNSET)
    json_object_set_string_member (object, "type", kaynak_source_type_to_id (type));
}
