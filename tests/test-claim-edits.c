/* test-claim-edits.c: what the claim details pane asks of the model: a
 * note typed as one undo step, cues added and removed, and links read from
 * both ends; who agreed on a curated claim kept through undo and a save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document-snapshot.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file-serialize.h"
#include "kaynak-file.h"

static const char article[] =
  "Ukrayna’dan gelen açıklamada askerlerin getirildiği iddia edilmişti. "
  "Bunu ABD de doğrulamıştı.";

static guint
offset_of (const char *needle)
{
  const char *p = strstr (article, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (article, p - article);
}

static KaynakDocument *
new_document (KaynakClaim **first,
              KaynakClaim **second)
{
  KaynakDocument *doc = kaynak_document_new (article, -1);
  guint start = offset_of ("askerlerin");
  guint end = offset_of (" iddia");

  *first = kaynak_document_create_claim (doc, start, end, NULL, NULL);
  start = offset_of ("Bunu");
  *second = kaynak_document_create_claim (doc, start, start + 4, NULL, NULL);
  g_assert_nonnull (*first);
  g_assert_nonnull (*second);
  kaynak_document_clear_history (doc);
  kaynak_document_mark_saved (doc);
  return doc;
}

/* Letters typed one by one are one step; a new spell of typing, or
 * saving, starts another */
static void
test_typed_note (void)
{
  KaynakClaim *claim, *other;
  g_autoptr(KaynakDocument) doc = new_document (&claim, &other);
  const char *id = kaynak_claim_get_id (claim);

  g_assert_true (kaynak_document_type_claim_note (doc, id, "A", 1, NULL));
  g_assert_true (kaynak_document_type_claim_note (doc, id, "AB", 1, NULL));
  g_assert_true (kaynak_document_type_claim_note (doc, id, "AB\nC", 1, NULL));
  g_assert_true (kaynak_document_get_modified (doc));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "AB\nC");

  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "");
  g_assert_false (kaynak_document_get_can_undo (doc));
  g_assert_false (kaynak_document_get_modified (doc));
  g_assert_true (kaynak_document_redo (doc));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "AB\nC");

  /* Another spell (the note left and came back) */
  g_assert_true (kaynak_document_type_claim_note (doc, id, "AB\nCD", 2, NULL));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "AB\nC");

  /* Another change between: the run is over */
  g_assert_true (kaynak_document_type_claim_note (doc, id, "X", 3, NULL));
  g_assert_true (kaynak_document_set_claim_status (doc, id, KAYNAK_CLAIM_STATUS_SUPPORTED, NULL));
  g_assert_true (kaynak_document_type_claim_note (doc, id, "XY", 3, NULL));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "X");
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_SUPPORTED);

  g_assert_false (kaynak_document_type_claim_note (doc, "nope", "X", 3, NULL));
}

static void
test_cues (void)
{
  KaynakClaim *claim, *other;
  g_autoptr(KaynakDocument) doc = new_document (&claim, &other);
  const char *id = kaynak_claim_get_id (claim);
  g_autoptr(GError) error = NULL;
  g_autofree char *long_cue = g_strnfill (KAYNAK_CUE_MAX_LENGTH + 1, 'a');

  /* A selection across a line break reads as words */
  g_assert_true (kaynak_document_add_claim_cue (doc, id, "  iddia\n edilmişti ", &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_add_claim_cue (doc, id, "açıklamada", &error));
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "iddia edilmişti");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[1], ==, "açıklamada");
  g_assert_null (kaynak_claim_get_cues (claim)[2]);

  g_assert_false (kaynak_document_add_claim_cue (doc, id, "iddia edilmişti", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already"));
  g_clear_error (&error);
  g_assert_false (kaynak_document_add_claim_cue (doc, id, " \n ", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_add_claim_cue (doc, id, long_cue, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (kaynak_document_remove_claim_cue (doc, id, "iddia edilmişti", &error));
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "açıklamada");
  g_assert_null (kaynak_claim_get_cues (claim)[1]);
  g_assert_false (kaynak_document_remove_claim_cue (doc, id, "iddia edilmişti", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Each was one step */
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "iddia edilmişti");
  g_assert_true (kaynak_document_undo (doc));
  g_assert_null (kaynak_claim_get_cues (claim)[1]);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_null (kaynak_claim_get_cues (claim)[0]);
  g_assert_false (kaynak_document_get_can_undo (doc));
}

/* "Bunu ABD de doğrulamıştı" confirms Ukraine's claim; deleting either
 * claim takes the link with it, and undo brings both back */
static void
test_links_go_with_claims (void)
{
  KaynakClaim *claim, *other;
  g_autoptr(KaynakDocument) doc = new_document (&claim, &other);
  KaynakLink *link;

  link = kaynak_document_add_link (doc, KAYNAK_LINK_TYPE_CONFIRMS,
                                   kaynak_claim_get_id (other), kaynak_claim_get_id (claim), NULL);
  g_assert_nonnull (link);
  g_assert_cmpstr (kaynak_link_type_to_label (KAYNAK_LINK_TYPE_CONFIRMS), ==, "Confirms");
  g_assert_cmpstr (kaynak_link_type_to_inverse_label (KAYNAK_LINK_TYPE_CONFIRMS), ==, "Confirmed by");
  g_assert_cmpstr (kaynak_link_type_to_inverse_label (KAYNAK_LINK_TYPE_RESPONDS_TO), ==, "Responded to by");

  g_assert_true (kaynak_document_remove_claim (doc, kaynak_claim_get_id (claim), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (doc)), ==, 0);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (doc)), ==, 1);
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 2);
}

/* Curation records who agreed on a claim ("agreed_by"): one undo step,
 * written by a save made from a snapshot (as the window saves) and read
 * back; a claim nobody curated has no such member at all */
static void
test_agreed_by (void)
{
  KaynakClaim *claim, *other;
  g_autoptr(KaynakDocument) doc = new_document (&claim, &other);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(KaynakDocumentSnapshot) snapshot = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char * const agreed[] = { "ayse.kaynak.json", "mehmet", NULL };
  const char * const *read;
  g_autofree char *id = g_strdup (kaynak_claim_get_id (claim));
  const char *json;

  g_assert_null (kaynak_claim_get_agreed_by (claim)[0]);
  g_assert_true (kaynak_document_set_claim_agreed_by (doc, id, agreed, &error));
  g_assert_no_error (error);
  g_assert_true (g_strv_equal (kaynak_claim_get_agreed_by (claim), agreed));
  g_assert_true (kaynak_document_get_modified (doc));

  g_assert_true (kaynak_document_undo (doc));
  g_assert_null (kaynak_claim_get_agreed_by (claim)[0]);
  g_assert_false (kaynak_document_get_can_undo (doc));
  g_assert_true (kaynak_document_redo (doc));
  g_assert_true (g_strv_equal (kaynak_claim_get_agreed_by (claim), agreed));

  snapshot = kaynak_document_snapshot_new (doc);
  /* changed after the snapshot: the save still writes what was there */
  g_assert_true (kaynak_document_set_claim_agreed_by (doc, id, NULL, &error));
  bytes = kaynak_file_serialize_snapshot (snapshot);
  json = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (json, "\"agreed_by\""));
  /* only the curated claim has it */
  g_assert_null (strstr (strstr (json, "\"agreed_by\"") + 1, "\"agreed_by\""));

  again = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  read = kaynak_claim_get_agreed_by (kaynak_document_lookup_claim (again, id));
  g_assert_true (g_strv_equal (read, agreed));
  g_assert_null (kaynak_claim_get_agreed_by (kaynak_document_lookup_claim (again, kaynak_claim_get_id (other)))[0]);

  g_assert_false (kaynak_document_set_claim_agreed_by (doc, "nope", agreed, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/document/typed-note-is-one-undo-step", test_typed_note);
  g_test_add_func ("/kaynak/document/cues-added-and-removed", test_cues);
  g_test_add_func ("/kaynak/document/deleting-a-claim-takes-its-links", test_links_go_with_claims);
  g_test_add_func ("/kaynak/document/agreed-by-is-undoable-and-saved", test_agreed_by);

  return g_test_run ();
}
