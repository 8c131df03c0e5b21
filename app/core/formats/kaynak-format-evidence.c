/* kaynak-format-evidence.c: a claim's checkable sentence and evidence in
 * the dataset exports (JSON Lines, CSV), in one place so that both say
 * the same (kaynak-format-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-format-private.h"
#include "kaynak-json-reader.h"

static void
append_member (GString    *out,
               const char *key,
               const char *value)
{
  if (out->str[out->len - 1] != '{' && out->str[out->len - 1] != '[')
    g_string_append_c (out, ',');
  kaynak_json_append_string (out, key);
  g_string_append_c (out, ':');
  kaynak_json_append_string (out, value);
}

void
kaynak_format_append_checked (GString     *out,
                              KaynakClaim *claim)
{
  const KaynakEvidenceList *list = kaynak_claim_get_evidence (claim);
  guint n = kaynak_evidence_list_get_n (list);

  append_member (out, "checkable", kaynak_claim_get_checkable_or_quote (claim));
  g_string_append (out, ",\"evidence\":[");
  for (guint i = 0; i < n; i++)
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (list, i);

      g_string_append (out, i > 0 ? ",{" : "{");
      append_member (out, "url", item->url);
      append_member (out, "archived", item->archived);
      append_member (out, "date", item->date);
      append_member (out, "note", item->note);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

char *
kaynak_format_evidence_text (KaynakClaim *claim)
{
  const KaynakEvidenceList *list = kaynak_claim_get_evidence (claim);
  guint n = kaynak_evidence_list_get_n (list);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (list, i);

      if (i > 0)
        g_string_append_c (out, '\n');
      /* Not translated: a dataset's cells read the same in every language */
      g_string_append_printf (out, "%u. %s", i + 1, item->url);
      if (item->archived[0] != '\0')
        g_string_append_printf (out, " (archived: %s)", item->archived);
      if (item->date[0] != '\0')
        g_string_append_printf (out, " %s", item->date);
      if (item->note[0] != '\0')
        g_string_append_printf (out, ": %s", item->note);
    }
  return g_string_free (out, FALSE);
}

void
kaynak_format_w3c_read_evidence (JsonObject  *body,
                                 KaynakClaim *claim)
{
  const KaynakEvidenceList *list = kaynak_claim_get_evidence (claim);
  KaynakEvidenceList *longer;
  KaynakEvidence item = { 0, };

  item.url = kaynak_json_object_get_string (body, "source");
  if (!kaynak_evidence_check_url (item.url, NULL) ||
      kaynak_evidence_list_get_n (list) >= KAYNAK_EVIDENCE_MAX_ITEMS)
    return;
  item.archived = kaynak_json_object_get_string (body, "kaynak:archived");
  if (item.archived != NULL && !kaynak_evidence_check_url (item.archived, NULL))
    item.archived = NULL;
  item.date = kaynak_json_object_get_string (body, "kaynak:date");
  if (!kaynak_evidence_check_date (item.date, NULL))
    item.date = NULL;
  item.note = kaynak_json_object_get_string (body, "kaynak:note");
  if (!kaynak_evidence_check (&item, NULL))
    item.note = NULL;

  longer = kaynak_evidence_list_insert (list, G_MAXUINT, &item);
  kaynak_claim_set_evidence (claim, longer);
  kaynak_evidence_list_unref (longer);
}
