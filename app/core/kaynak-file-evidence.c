/* kaynak-file-evidence.c: a claim's "checkable" and "evidence" in a Kaynak
 * file (docs/FORMAT.md), read and checked, and written.
 *
 * A file may come from anywhere: every piece of evidence is checked with
 * the rules the window uses (kaynak_evidence_check()), and a list longer
 * than KAYNAK_EVIDENCE_MAX_ITEMS is refused, with the member's path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-document-evidence.h"
#include "kaynak-error.h"
#include "kaynak-file-private.h"

gboolean
_kaynak_file_read_claim_checked (const KaynakJsonReader *reader,
                                 JsonObject             *object,
                                 const KaynakJsonPath   *where,
                                 KaynakClaim            *claim,
                                 GError                **error)
{
  KaynakJsonReader inner = *reader;
  const KaynakJsonPath list_path = KAYNAK_JSON_MEMBER (where, "evidence");
  g_autofree KaynakEvidence *items = NULL;
  const char *checkable;
  JsonArray *array;
  guint n;

  /* What is inside the list is read without counting: the count is of
   * the claim's own members */
  inner.found = NULL;
  if (!kaynak_json_reader_get_string (reader, object, where, "checkable", "", &checkable, error) ||
      !kaynak_json_reader_get_array (reader, object, where, "evidence", &array, error))
    return FALSE;

  if (strlen (checkable) > KAYNAK_CHECKABLE_MAX_LENGTH)
    {
      g_autofree char *path = kaynak_json_path_to_string (where, "checkable");

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s is longer than %u characters"), path, KAYNAK_CHECKABLE_MAX_LENGTH);
      return FALSE;
    }
  if (checkable[0] != '\0')
    kaynak_claim_set_checkable (claim, checkable);

  n = array != NULL ? json_array_get_length (array) : 0;
  if (n > KAYNAK_EVIDENCE_MAX_ITEMS)
    {
      g_autofree char *path = kaynak_json_path_to_string (where, "evidence");

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s has %u pieces of evidence; a claim holds at most %u"),
                   path, n, KAYNAK_EVIDENCE_MAX_ITEMS);
      return FALSE;
    }
  if (n == 0)
    return TRUE;

  items = g_new0 (KaynakEvidence, n);
  for (guint k = 0; k < n; k++)
    {
      const KaynakJsonPath item_path = KAYNAK_JSON_ELEMENT (&list_path, k);
      g_autoptr(GError) local = NULL;
      JsonObject *item;

      if (!kaynak_json_reader_as_object (&inner, json_array_get_element (array, k), &item_path,
                                         &item, error) ||
          !kaynak_json_reader_require_string (&inner, item, &item_path, "url", &items[k].url,
                                              error) ||
          !kaynak_json_reader_get_string (&inner, item, &item_path, "archived", "",
                                          &items[k].archived, error) ||
          !kaynak_json_reader_get_string (&inner, item, &item_path, "date", "", &items[k].date,
                                          error) ||
          !kaynak_json_reader_get_string (&inner, item, &item_path, "note", "", &items[k].note,
                                          error))
        return FALSE;
      if (!kaynak_evidence_check (&items[k], &local))
        {
          g_autofree char *path = kaynak_json_path_to_string (&item_path, NULL);

          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "%s: %s", path, local->message);
          return FALSE;
        }
    }

  {
    KaynakEvidenceList *list = kaynak_evidence_list_new (items, n);

    kaynak_claim_set_evidence (claim, list);
    kaynak_evidence_list_unref (list);
  }
  return TRUE;
}

void
_kaynak_file_write_claim_checked (JsonObject               *object,
                                  const char               *checkable,
                                  const KaynakEvidenceList *evidence)
{
  guint n = kaynak_evidence_list_get_n (evidence);
  JsonArray *array;

  if (checkable != NULL && checkable[0] != '\0')
    json_object_set_string_member (object, "checkable", checkable);
  if (n == 0)
    return;

  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (evidence, i);
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "url", item->url);
      /* The optional ones only when there is one, so the list stays short */
      if (item->archived[0] != '\0')
        json_object_set_string_member (o, "archived", item->archived);
      if (item->date[0] != '\0')
        json_object_set_string_member (o, "date", item->date);
      if (item->note[0] != '\0')
        json_object_set_string_member (o, "note", item->note);
      json_array_add_object_element (array, o);
    }
  json_object_set_array_member (object, "evidence", array);
}
