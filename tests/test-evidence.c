/* test-evidence.c: a claim as it is checked (issue 18): its checkable
 * sentence and its evidence list, their rules, undo, the file round trip
 * through a background save's snapshot, and hostile values in a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document-evidence.h"
#include "kaynak-document-snapshot.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file-serialize.h"
#include "kaynak-file.h"
#include "kaynak-merge.h"

static const char article[] =
  "Kuzey Kore’nin üç binden fazla asker gönderdiği iddia edilmişti.";

static KaynakDocument *
new_document (char **id)
{
  KaynakDocument *doc = kaynak_document_new (article, -1);
  KaynakClaim *claim = kaynak_document_create_claim (doc, 15, 36, NULL, NULL);

  g_assert_nonnull (claim);
  *id = g_strdup (kaynak_claim_get_id (claim));
  kaynak_document_clear_history (doc);
  kaynak_document_mark_saved (doc);
  return doc;
}

static const KaynakEvidence first = {
  "https://www.reuters.com/world/korea-troops", "https://web.archive.org/web/2024/x",
  "2024-11-05", "Reuters, citing Ukrainian intelligence"
};
static const KaynakEvidence second = { "http://example.org/pentagon", NULL, "2024-11-04T10:30:00Z", NULL };

static void
test_rules (void)
{
  const char *bad_urls[] = { "", "reuters.com", "ftp://x.org/a", "javascript:alert(1)",
                             "https://", "http://exa mple.org", "https:/x", "file:///etc/passwd" };
  const char *bad_dates[] = { "yesterday", "2024-13-01", "2024-02-30", "05.11.2024",
                              "2024-11-05T25:00:00Z", "2024-1-5", "0000-01-01" };
  g_autofree char *long_url = NULL;

  g_assert_true (kaynak_evidence_check_url ("https://example.org/a?b=c#d", NULL));
  g_assert_true (kaynak_evidence_check_url ("HTTP://EXAMPLE.ORG", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_urls); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (kaynak_evidence_check_url (bad_urls[i], &error));
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    }
  long_url = g_strnfill (KAYNAK_EVIDENCE_MAX_URL + 1, 'a');
  memcpy (long_url, "https://", 8);
  g_assert_false (kaynak_evidence_check_url (long_url, NULL));

  g_assert_true (kaynak_evidence_check_date ("", NULL));
  g_assert_true (kaynak_evidence_check_date ("2024-02-29", NULL));
  g_assert_true (kaynak_evidence_check_date ("2024-11-05T10:30:00+03:00", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (kaynak_evidence_check_date (bad_dates[i], &error));
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    }
  g_assert_false (kaynak_evidence_check (&(KaynakEvidence) { "https://a.org", "archive", NULL, NULL },
                                         NULL));
}

static void
test_list_values (void)
{
  KaynakEvidence items[] = { first, second };
  KaynakEvidenceList *list = kaynak_evidence_list_new (items, 2);
  KaynakEvidenceList *moved = kaynak_evidence_list_move (list, 0, 1);
  KaynakEvidenceList *back = kaynak_evidence_list_move (moved, 1, 0);
  KaynakEvidenceList *removed = kaynak_evidence_list_remove (list, 0);
  KaynakEvidenceList *empty = kaynak_evidence_list_remove (removed, 0);

  g_assert_null (kaynak_evidence_list_new (NULL, 0));
  g_assert_cmpuint (kaynak_evidence_list_get_n (list), ==, 2);
  g_assert_cmpstr (kaynak_evidence_list_get (moved, 0)->url, ==, second.url);
  /* NULL fields read back as "" */
  g_assert_cmpstr (kaynak_evidence_list_get (moved, 0)->archived, ==, "");
  g_assert_true (kaynak_evidence_list_equal (back, list));
  g_assert_false (kaynak_evidence_list_equal (moved, list));
  g_assert_cmpuint (kaynak_evidence_list_get_n (removed), ==, 1);
  g_assert_null (empty);
  kaynak_evidence_list_unref (list);
  kaynak_evidence_list_unref (moved);
  kaynak_evidence_list_unref (back);
  kaynak_evidence_list_unref (removed);
}

/* Typed letters are one step; the sentence is one line, trimmed */
static void
test_checkable_undo (void)
{
  g_autofree char *id = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&id);
  KaynakClaim *claim = kaynak_document_lookup_claim (doc, id);

  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "");
  g_assert_cmpstr (kaynak_claim_get_checkable_or_quote (claim), ==, "üç binden fazla asker");
  g_assert_true (kaynak_document_type_claim_checkable (doc, id, "North", 1, NULL));
  g_assert_true (kaynak_document_type_claim_checkable (doc, id, "North Korea sent\n3,000 ", 1, NULL));
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "North Korea sent 3,000");
  g_assert_cmpstr (kaynak_claim_get_checkable_or_quote (claim), ==, "North Korea sent 3,000");
  g_assert_true (kaynak_document_get_modified (doc));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "");
  g_assert_false (kaynak_document_get_can_undo (doc));
  g_assert_true (kaynak_document_redo (doc));
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "North Korea sent 3,000");
}

static void
test_evidence_undo (void)
{
  g_autofree char *id = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&id);
  KaynakClaim *claim = kaynak_document_lookup_claim (doc, id);
  g_autoptr(GError) error = NULL;
  KaynakEvidence edited = first;

  g_assert_true (kaynak_document_add_claim_evidence (doc, id, G_MAXUINT, &first, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_add_claim_evidence (doc, id, G_MAXUINT, &second, &error));
  g_assert_cmpuint (kaynak_evidence_list_get_n (kaynak_claim_get_evidence (claim)), ==, 2);

  g_assert_true (kaynak_document_move_claim_evidence (doc, id, 1, 0, &error));
  g_assert_cmpstr (kaynak_evidence_list_get (kaynak_claim_get_evidence (claim), 0)->url, ==, second.url);
  edited.note = "Reuters";
  g_assert_true (kaynak_document_replace_claim_evidence (doc, id, 1, &edited, &error));
  g_assert_cmpstr (kaynak_evidence_list_get (kaynak_claim_get_evidence (claim), 1)->note, ==, "Reuters");
  g_assert_true (kaynak_document_remove_claim_evidence (doc, id, 0, &error));
  g_assert_cmpuint (kaynak_evidence_list_get_n (kaynak_claim_get_evidence (claim)), ==, 1);

  /* each one step: remove, replace, move, add, add */
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpuint (kaynak_evidence_list_get_n (kaynak_claim_get_evidence (claim)), ==, 2);
  g_assert_cmpstr (kaynak_evidence_list_get (kaynak_claim_get_evidence (claim), 0)->url, ==, second.url);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_evidence_list_get (kaynak_claim_get_evidence (claim), 1)->note, ==, first.note);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_evidence_list_get (kaynak_claim_get_evidence (claim), 0)->url, ==, first.url);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_null (kaynak_claim_get_evidence (claim));
  g_assert_false (kaynak_document_get_can_undo (doc));

  /* the rules, and positions that are not there */
  g_assert_false (kaynak_document_add_claim_evidence (doc, id, 0,
                                                      &(KaynakEvidence) { "www.x.org", NULL, NULL, NULL },
                                                      &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_add_claim_evidence (doc, id, 0,
                                                      &(KaynakEvidence) { "https://x.org", NULL, "dün", NULL },
                                                      &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_remove_claim_evidence (doc, id, 0, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* A save from a snapshot writes what was there; loading reads it back */
static void
test_round_trip (void)
{
  g_autofree char *id = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&id);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(KaynakDocumentSnapshot) snapshot = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;
  const KaynakEvidenceList *list;
  const char *json;

  g_assert_true (kaynak_document_set_claim_checkable (doc, id, "North Korea has sent more than 3,000 soldiers to Russia.", NULL));
  g_assert_true (kaynak_document_add_claim_evidence (doc, id, G_MAXUINT, &first, NULL));
  g_assert_true (kaynak_document_add_claim_evidence (doc, id, G_MAXUINT, &second, NULL));
  snapshot = kaynak_document_snapshot_new (doc);
  /* changed after the snapshot: the save still writes what was there */
  g_assert_true (kaynak_document_remove_claim_evidence (doc, id, 0, NULL));
  g_assert_true (kaynak_document_set_claim_checkable (doc, id, "", NULL));
  bytes = kaynak_file_serialize_snapshot (snapshot);
  json = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (json, "\"checkable\""));
  g_assert_nonnull (strstr (json, "\"evidence\""));

  again = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  claim = kaynak_document_lookup_claim (again, id);
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==,
                   "North Korea has sent more than 3,000 soldiers to Russia.");
  list = kaynak_claim_get_evidence (claim);
  g_assert_cmpuint (kaynak_evidence_list_get_n (list), ==, 2);
  g_assert_cmpstr (kaynak_evidence_list_get (list, 0)->archived, ==, first.archived);
  g_assert_cmpstr (kaynak_evidence_list_get (list, 0)->date, ==, first.date);
  g_assert_cmpstr (kaynak_evidence_list_get (list, 0)->note, ==, first.note);
  g_assert_cmpstr (kaynak_evidence_list_get (list, 1)->url, ==, second.url);
  g_assert_cmpstr (kaynak_evidence_list_get (list, 1)->archived, ==, "");

  /* a claim without either writes neither member */
  {
    g_autoptr(GBytes) plain = NULL;
    g_autoptr(KaynakDocumentSnapshot) now = NULL;

    g_assert_true (kaynak_document_remove_claim_evidence (doc, id, 0, NULL));
    now = kaynak_document_snapshot_new (doc);
    plain = kaynak_file_serialize_snapshot (now);
    g_assert_null (strstr (g_bytes_get_data (plain, NULL), "\"checkable\""));
    g_assert_null (strstr (g_bytes_get_data (plain, NULL), "\"evidence\""));
  }
}

/* A saved file with @claim_members (JSON members) in its one claim */
static GBytes *
file_with (const char *claim_members)
{
  g_autofree char *id = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&id);
  g_autoptr(KaynakDocumentSnapshot) snapshot = kaynak_document_snapshot_new (doc);
  g_autoptr(GBytes) bytes = kaynak_file_serialize_snapshot (snapshot);
  g_autofree char *pattern = g_strdup_printf ("\"id\" : \"%s\"", id);
  g_autofree char *replacement = g_strdup_printf ("%s, %s", pattern, claim_members);
  const char *json = g_bytes_get_data (bytes, NULL);
  g_auto(GStrv) parts = g_strsplit (json, pattern, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_bytes_new_take (g_strconcat (parts[0], replacement, parts[1], NULL), strlen (json) + strlen (claim_members) + 2);
}

static void
test_hostile (void)
{
  const char *bad[] = {
    "\"evidence\": [{\"url\": \"javascript:alert(1)\"}]",
    "\"evidence\": [{\"url\": \"https://a.org\", \"date\": \"last week\"}]",
    "\"evidence\": [{\"url\": \"https://a.org\", \"archived\": \"not an address\"}]",
    "\"evidence\": [{\"note\": \"no address\"}]",
    "\"evidence\": [\"https://a.org\"]",
    "\"evidence\": {\"url\": \"https://a.org\"}",
    "\"evidence\": [{\"url\": 7}]",
    "\"checkable\": 12",
  };
  g_autoptr(GString) huge = g_string_new ("\"evidence\": [");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = file_with (bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakDocument) doc = kaynak_file_load_bytes (bytes, NULL, &error);

      g_assert_null (doc);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      /* the message says where */
      g_assert_nonnull (strstr (error->message, "claims[0]"));
    }

  /* a list longer than the guard is refused, not held */
  for (guint i = 0; i <= KAYNAK_EVIDENCE_MAX_ITEMS; i++)
    g_string_append_printf (huge, "%s{\"url\": \"https://a.org/%u\"}", i ? "," : "", i);
  g_string_append (huge, "]");
  {
    g_autoptr(GBytes) bytes = file_with (huge->str);
    g_autoptr(GError) error = NULL;
    g_autoptr(KaynakDocument) doc = kaynak_file_load_bytes (bytes, NULL, &error);

    g_assert_null (doc);
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "evidence"));
  }
  /* and the model refuses one more than the limit too */
  {
    g_autofree char *id = NULL;
    g_autoptr(KaynakDocument) doc = new_document (&id);
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < KAYNAK_EVIDENCE_MAX_ITEMS; i++)
      g_assert_true (kaynak_document_add_claim_evidence (doc, id, G_MAXUINT, &second, NULL));
    g_assert_false (kaynak_document_add_claim_evidence (doc, id, G_MAXUINT, &second, &error));
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  }
}

static GBytes *
serialize (KaynakDocument *doc)
{
  g_autoptr(KaynakDocumentSnapshot) snapshot = kaynak_document_snapshot_new (doc);

  return kaynak_file_serialize_snapshot (snapshot);
}

/* kaynak --merge (git's merge driver) takes them as it takes the note: a
 * change on one side is kept, the same member changed on both sides is
 * a disagreement */
static void
test_merge (void)
{
  g_autofree char *id = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&id);
  g_autoptr(GBytes) base = serialize (doc);
  g_autoptr(GBytes) ours = NULL, theirs = NULL, merged = NULL, clash = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(KaynakDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  g_assert_true (kaynak_document_set_claim_checkable (doc, id, "Ours.", NULL));
  ours = serialize (doc);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_true (kaynak_document_add_claim_evidence (doc, id, 0, &first, NULL));
  theirs = serialize (doc);

  merged = kaynak_merge_files (base, ours, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts != NULL ? conflicts->len : 0, ==, 0);
  back = kaynak_file_load_bytes (merged, NULL, &error);
  g_assert_no_error (error);
  claim = kaynak_document_lookup_claim (back, id);
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "Ours.");
  g_assert_cmpuint (kaynak_evidence_list_get_n (kaynak_claim_get_evidence (claim)), ==, 1);

  /* both sides wrote a sentence: said, not silently chosen */
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (kaynak_document_set_claim_checkable (doc, id, "Theirs.", NULL));
  g_clear_pointer (&theirs, g_bytes_unref);
  theirs = serialize (doc);
  clash = kaynak_merge_files (base, ours, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/evidence/rules", test_rules);
  g_test_add_func ("/kaynak/evidence/list-values", test_list_values);
  g_test_add_func ("/kaynak/evidence/checkable-typed-is-one-undo-step", test_checkable_undo);
  g_test_add_func ("/kaynak/evidence/each-edit-is-one-undo-step", test_evidence_undo);
  g_test_add_func ("/kaynak/evidence/saved-from-a-snapshot-and-read-back", test_round_trip);
  g_test_add_func ("/kaynak/evidence/hostile-values-refused", test_hostile);
  g_test_add_func ("/kaynak/evidence/merged-like-the-note", test_merge);

  return g_test_run ();
}
