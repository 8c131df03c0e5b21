/* test-pieces.c: claims in several pieces, and the ranges where a claim's
 * source is named and its cue stands (issue 17): the claim's values,
 * the document's undoable edits and their rules, the queries that see
 * pieces and not the gaps, and the file: round trip and hostile members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-sourcing-stats.h"

/* "Vergiler düşecek" is interrupted by "dedi Bakan": one claim, two pieces */
static const char article[] =
  "Washington Post backs Hillary. “Vergiler, dedi Bakan, düşecek” diye ekledi.";

static guint
offset_of (const char *needle)
{
  const char *p = strstr (article, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (article, p - article);
}

static KaynakRange
range_of (const char *needle)
{
  KaynakRange r;

  r.start = offset_of (needle);
  r.end = r.start + g_utf8_strlen (needle, -1);
  return r;
}

static KaynakDocument *
new_document (KaynakClaim **claim)
{
  KaynakDocument *doc = kaynak_document_new (article, -1);
  KaynakRange r = range_of ("Vergiler");

  *claim = kaynak_document_create_claim (doc, r.start, r.end, NULL, NULL);
  g_assert_nonnull (*claim);
  kaynak_document_clear_history (doc);
  kaynak_document_mark_saved (doc);
  return doc;
}

/* A claim made as always is one piece: its own range and words */
static void
test_one_piece (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  KaynakRange piece;
  guint n = 99;

  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  piece = kaynak_claim_get_piece (claim, 0);
  g_assert_cmpuint (piece.start, ==, kaynak_claim_get_start (claim));
  g_assert_cmpuint (piece.end, ==, kaynak_claim_get_end (claim));
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 0), ==, "Vergiler");
  g_assert_cmpstr (kaynak_claim_get_piece_prefix (claim, 0), ==, kaynak_claim_get_prefix (claim));
  g_assert_cmpstr (kaynak_claim_get_piece_suffix (claim, 0), ==, kaynak_claim_get_suffix (claim));
  g_assert_null (kaynak_claim_get_source_ranges (claim, &n));
  g_assert_cmpuint (n, ==, 0);
  n = 99;
  g_assert_null (kaynak_claim_get_cue_ranges (claim, &n));
  g_assert_cmpuint (n, ==, 0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GHashTable *counts = user_data;
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer) pspec->name, GUINT_TO_POINTER (n + 1));
}

static guint
count_of (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

/* Two pieces: each with its own words and context, the claim the cover;
 * one undo step; notify; undo and redo */
static void
test_set_pieces (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  /* out of order on purpose: the document sorts */
  KaynakRange pieces[2] = { range_of ("düşecek"), range_of ("Vergiler") };
  const char *id = kaynak_claim_get_id (claim);
  KaynakRange p;

  g_signal_connect (claim, "notify", G_CALLBACK (count_notify), counts);

  g_assert_true (kaynak_document_set_claim_pieces (doc, id, pieces, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  p = kaynak_claim_get_piece (claim, 0);
  g_assert_cmpuint (p.start, ==, offset_of ("Vergiler"));
  p = kaynak_claim_get_piece (claim, 1);
  g_assert_cmpuint (p.start, ==, offset_of ("düşecek"));
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 0), ==, "Vergiler");
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 1), ==, "düşecek");
  g_assert_cmpstr (kaynak_claim_get_piece_suffix (claim, 0), ==,
                   ", dedi Bakan, düşecek” diye ekle");
  g_assert_cmpstr (kaynak_claim_get_piece_prefix (claim, 1), ==,
                   "Hillary. “Vergiler, dedi Bakan, ");
  /* the claim is the covering range, so a reader that knows no pieces
   * sees one */
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, offset_of ("Vergiler"));
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, range_of ("düşecek").end);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Vergiler, dedi Bakan, düşecek");
  g_assert_cmpstr (kaynak_claim_get_suffix (claim), ==, kaynak_claim_get_piece_suffix (claim, 1));
  g_assert_cmpuint (count_of (counts, "pieces"), ==, 1);
  g_assert_cmpuint (count_of (counts, "end"), ==, 1);
  g_assert_true (kaynak_document_get_modified (doc));

  /* one step */
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Vergiler");
  g_assert_cmpuint (count_of (counts, "pieces"), ==, 2);
  g_assert_false (kaynak_document_get_modified (doc));
  g_assert_false (kaynak_document_undo (doc));
  g_assert_true (kaynak_document_redo (doc));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 1), ==, "düşecek");

  /* setting the same pieces again is no step */
  g_assert_true (kaynak_document_set_claim_pieces (doc, id, pieces, 2, NULL));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
}

static void
test_set_pieces_refused (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  const char *id = kaynak_claim_get_id (claim);
  guint length = kaynak_document_get_length (doc);
  KaynakRange overlapping[2] = { { 3, 10 }, { 9, 12 } };
  KaynakRange empty[2] = { { 3, 3 }, { 9, 12 } };
  KaynakRange past[2] = { { 3, 5 }, { length, length + 2 } };
  KaynakRange fine[1] = { { 3, 5 } };
  GError *error = NULL;

  g_assert_false (kaynak_document_set_claim_pieces (doc, id, overlapping, 2, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "overlap"));
  g_clear_error (&error);
  g_assert_false (kaynak_document_set_claim_pieces (doc, id, empty, 2, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_set_claim_pieces (doc, id, past, 2, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_set_claim_pieces (doc, id, fine, 0, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_set_claim_pieces (doc, "nobody", fine, 1, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* nothing changed */
  g_assert_false (kaynak_document_get_modified (doc));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Vergiler");
}

/* "Add to Claim": the selection trimmed, overlap refused; removing a piece,
 * never the last */
static void
test_add_remove_piece (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  const char *id = kaynak_claim_get_id (claim);
  KaynakRange later = range_of ("düşecek");
  KaynakRange p;
  GError *error = NULL;

  /* " düşecek” " with the spaces around: trimmed to the word and the mark */
  g_assert_true (kaynak_document_add_claim_piece (doc, id, later.start - 1, later.end + 2,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 1), ==, "düşecek”");

  /* overlapping a piece */
  g_assert_false (kaynak_document_add_claim_piece (doc, id, later.start + 2, later.end + 4,
                                                   &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  /* only spaces */
  g_assert_false (kaynak_document_add_claim_piece (doc, id, later.start - 1, later.start,
                                                   &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  /* a third piece in the gap, before the others */
  p = range_of ("Bakan");
  g_assert_true (kaynak_document_add_claim_piece (doc, id, p.start, p.end, NULL));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 3);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 1), ==, "Bakan");

  g_assert_true (kaynak_document_remove_claim_piece (doc, id, 0, NULL));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Bakan, düşecek”");
  g_assert_false (kaynak_document_remove_claim_piece (doc, id, 2, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (kaynak_document_remove_claim_piece (doc, id, 1, NULL));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Bakan");
  g_assert_false (kaynak_document_remove_claim_piece (doc, id, 0, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  /* each a step of its own */
  for (guint i = 0; i < 4; i++)
    g_assert_true (kaynak_document_undo (doc));
  g_assert_false (kaynak_document_undo (doc));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Vergiler");
}

/* Tagging the words a claim in pieces spans, gaps and all, makes another
 * claim: it has more words */
static void
test_tag_cover (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  KaynakRange later = range_of ("düşecek");
  KaynakClaim *tagged;

  g_assert_true (kaynak_document_add_claim_piece (doc, kaynak_claim_get_id (claim),
                                                  later.start, later.end, NULL));
  tagged = kaynak_document_tag_range (doc, kaynak_claim_get_start (claim),
                                      kaynak_claim_get_end (claim), NULL, NULL);
  g_assert_nonnull (tagged);
  g_assert_true (tagged != claim);
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 2);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
}

/* A new range makes the claim one piece again */
static void
test_set_range_one_piece (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  const char *id = kaynak_claim_get_id (claim);
  KaynakRange later = range_of ("düşecek");

  g_assert_true (kaynak_document_add_claim_piece (doc, id, later.start, later.end, NULL));
  g_assert_true (kaynak_document_set_claim_range (doc, id, kaynak_claim_get_start (claim),
                                                  kaynak_claim_get_end (claim), NULL));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Vergiler, dedi Bakan, düşecek");
}

static gboolean
has_claim (GPtrArray   *claims,
           KaynakClaim *claim)
{
  gboolean found = g_ptr_array_find (claims, claim, NULL);

  g_ptr_array_unref (claims);
  return found;
}

/* Offsets and ranges meet a claim in its pieces, not in the gaps */
static void
test_queries (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  KaynakRange later = range_of ("düşecek");
  KaynakRange gap = range_of ("dedi Bakan");

  g_assert_true (kaynak_document_add_claim_piece (doc, kaynak_claim_get_id (claim),
                                                  later.start, later.end, NULL));
  g_assert_true (has_claim (kaynak_document_claims_at (doc, offset_of ("Vergiler")), claim));
  g_assert_true (has_claim (kaynak_document_claims_at (doc, later.end - 1), claim));
  g_assert_false (has_claim (kaynak_document_claims_at (doc, gap.start), claim));
  g_assert_false (has_claim (kaynak_document_claims_at (doc, later.start - 1), claim));
  g_assert_false (has_claim (kaynak_document_claims_in_range (doc, gap.start, gap.end), claim));
  g_assert_true (has_claim (kaynak_document_claims_in_range (doc, gap.start, later.start + 1),
                            claim));
  g_assert_true (has_claim (kaynak_document_claims_in_range (doc, 0, gap.start), claim));
}

/* Where the source is named and where the cue stands: set, sorted, their
 * words kept, undone; a wrong range refused */
static void
test_source_cue_ranges (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *id = kaynak_claim_get_id (claim);
  KaynakRange sources[2] = { range_of ("Bakan"), range_of ("Washington Post") };
  KaynakRange cue = range_of ("dedi");
  KaynakRange bad[2] = { { 0, 5 }, { 4, 8 } };
  const KaynakRange *got;
  GError *error = NULL;
  guint n;

  g_signal_connect (claim, "notify", G_CALLBACK (count_notify), counts);
  g_assert_true (kaynak_document_set_claim_source_ranges (doc, id, sources, 2, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_set_claim_cue_ranges (doc, id, &cue, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (counts, "source-ranges"), ==, 1);
  g_assert_cmpuint (count_of (counts, "cue-ranges"), ==, 1);

  got = kaynak_claim_get_source_ranges (claim, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (got[0].start, ==, 0);
  g_assert_cmpuint (got[0].end, ==, 15);
  g_assert_cmpstr (kaynak_claim_get_source_range_quote (claim, 0), ==, "Washington Post");
  g_assert_cmpstr (kaynak_claim_get_source_range_quote (claim, 1), ==, "Bakan");
  got = kaynak_claim_get_cue_ranges (claim, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (got[0].start, ==, cue.start);
  g_assert_cmpstr (kaynak_claim_get_cue_range_quote (claim, 0), ==, "dedi");

  g_assert_false (kaynak_document_set_claim_cue_ranges (doc, id, bad, 2, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  /* none */
  g_assert_true (kaynak_document_set_claim_cue_ranges (doc, id, NULL, 0, NULL));
  g_assert_null (kaynak_claim_get_cue_ranges (claim, &n));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_nonnull (kaynak_claim_get_cue_ranges (claim, &n));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_null (kaynak_claim_get_cue_ranges (claim, &n));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_null (kaynak_claim_get_source_ranges (claim, &n));
  g_assert_false (kaynak_document_get_modified (doc));
}

/* Copies, equality and assignment carry all three */
static void
test_copy_equal (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  const char *id = kaynak_claim_get_id (claim);
  KaynakRange later = range_of ("düşecek");
  KaynakRange source = range_of ("Bakan");
  g_autoptr(KaynakClaim) copy = NULL;
  g_autoptr(KaynakClaim) other = kaynak_claim_new (id, 0, 1);

  g_assert_true (kaynak_document_add_claim_piece (doc, id, later.start, later.end, NULL));
  g_assert_true (kaynak_document_set_claim_source_ranges (doc, id, &source, 1, NULL));
  copy = kaynak_claim_copy (claim);
  g_assert_true (kaynak_claim_equal (copy, claim));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (copy), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (copy, 1), ==, "düşecek");

  g_assert_false (kaynak_claim_equal (other, claim));
  kaynak_claim_assign (other, claim);
  g_assert_true (kaynak_claim_equal (other, claim));

  /* a detached change of the pieces' words is a difference */
  kaynak_claim_set_pieces (copy, (KaynakRange[]) { { 0, 2 }, { 4, 6 } }, 2);
  g_assert_false (kaynak_claim_equal (copy, claim));
  g_assert_cmpstr (kaynak_claim_get_piece_quote (copy, 0), ==, "");
  g_assert_cmpuint (kaynak_claim_get_start (copy), ==, 0);
  g_assert_cmpuint (kaynak_claim_get_end (copy), ==, 6);
  /* the other claim kept its own */
  g_assert_cmpstr (kaynak_claim_get_piece_quote (other, 1), ==, "düşecek");
}

/* Who is quoted how much counts a claim's pieces, not the words between:
 * "Vergiler" (8) and "düşecek" (7) for Bakan, and "dedi Bakan" (10), in
 * the gap, for Bakan as well: 25, no overlap */
static void
test_sourcing_stats (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) doc = new_document (&claim);
  g_autoptr(KaynakSource) bakan = kaynak_source_new ("bakan", "Bakan", "#1c71d8", 1,
                                                     KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(KaynakSourcingStats) stats = NULL;
  KaynakRange later = range_of ("düşecek");
  KaynakRange gap = range_of ("dedi Bakan");
  KaynakClaim *in_gap;

  g_assert_true (kaynak_document_add_source (doc, bakan, NULL));
  g_assert_true (kaynak_document_add_claim_piece (doc, kaynak_claim_get_id (claim),
                                                  later.start, later.end, NULL));
  g_assert_true (kaynak_document_set_claim_source (doc, kaynak_claim_get_id (claim), "bakan",
                                                   NULL));
  stats = kaynak_sourcing_stats_new (doc);
  g_assert_cmpuint (g_array_index (stats->rows, KaynakSourcingRow, 0).characters, ==, 15);
  g_assert_cmpuint (stats->attributed_characters, ==, 15);
  g_clear_pointer (&stats, kaynak_sourcing_stats_free);

  in_gap = kaynak_document_create_claim (doc, gap.start, gap.end, "bakan", NULL);
  g_assert_nonnull (in_gap);
  stats = kaynak_sourcing_stats_new (doc);
  g_assert_cmpuint (g_array_index (stats->rows, KaynakSourcingRow, 0).characters, ==, 25);
  g_assert_cmpuint (stats->attributed_characters, ==, 25);
}

/* --- The file ----------------------------------------------------------- */

static KaynakDocument *
document_with_everything (void)
{
  KaynakClaim *claim;
  KaynakDocument *doc = new_document (&claim);
  const char *id = kaynak_claim_get_id (claim);
  KaynakRange later = range_of ("düşecek");
  KaynakRange source = range_of ("Bakan");
  KaynakRange cue = range_of ("dedi");
  KaynakRange other = range_of ("Washington Post");

  g_assert_true (kaynak_document_add_claim_piece (doc, id, later.start, later.end, NULL));
  g_assert_true (kaynak_document_set_claim_source_ranges (doc, id, &source, 1, NULL));
  g_assert_true (kaynak_document_set_claim_cue_ranges (doc, id, &cue, 1, NULL));
  /* a claim of one piece with a source range only */
  claim = kaynak_document_create_claim (doc, offset_of ("Hillary"), offset_of ("Hillary") + 7,
                                        NULL, NULL);
  g_assert_true (kaynak_document_set_claim_source_ranges (doc, kaynak_claim_get_id (claim),
                                                          &other, 1, NULL));
  return doc;
}

static void
test_file_round_trip (void)
{
  g_autoptr(KaynakDocument) doc = document_with_everything ();
  g_autoptr(GBytes) bytes = kaynak_file_serialize (doc);
  g_autoptr(GBytes) again_bytes = NULL;
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = g_bytes_get_data (bytes, NULL);
  KaynakClaim *a, *b;
  guint n;

  /* the members as docs/FORMAT.md shows them */
  g_assert_nonnull (strstr (text, "\"pieces\""));
  g_assert_nonnull (strstr (text, "\"source_ranges\""));
  g_assert_nonnull (strstr (text, "\"cue_ranges\""));
  /* the claim's own start/end/quote are the cover */
  g_assert_nonnull (strstr (text, "\"quote\" : \"Vergiler, dedi Bakan, düşecek\""));

  again = kaynak_file_load_bytes (bytes, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->messages->len, ==, 0);
  g_assert_cmpuint (kaynak_document_get_n_claims (again), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      a = g_list_model_get_item (kaynak_document_get_claims (doc), i);
      b = kaynak_document_lookup_claim (again, kaynak_claim_get_id (a));
      g_assert_nonnull (b);
      g_assert_true (kaynak_claim_equal (a, b));
      g_object_unref (a);
    }
  a = g_list_model_get_item (kaynak_document_get_claims (again), 1);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (a), ==, 2);
  g_assert_cmpuint (n = 0, ==, 0);
  g_assert_nonnull (kaynak_claim_get_cue_ranges (a, &n));
  g_assert_cmpuint (n, ==, 1);
  g_object_unref (a);

  /* and the same bytes again */
  again_bytes = kaynak_file_serialize (again);
  g_assert_true (g_bytes_equal (bytes, again_bytes));
}

/* The valid file with claims[@index]'s member @member replaced by @json
 * (NULL: removed), loaded */
static KaynakDocument *
load_edited (const char  *member,
             const char  *json,
             guint        index,
             GError     **error)
{
  g_autoptr(KaynakDocument) doc = document_with_everything ();
  g_autoptr(GBytes) bytes = kaynak_file_serialize (doc);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) edited = NULL;
  JsonObject *claim;
  char *text;
  gsize length;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), NULL));
  claim = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "claims"),
    index);
  if (json == NULL)
    json_object_remove_member (claim, member);
  else
    {
      g_autoptr(JsonParser) value = json_parser_new ();

      g_assert_true (json_parser_load_from_data (value, json, -1, NULL));
      json_object_set_member (claim, member, json_node_copy (json_parser_get_root (value)));
    }
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  edited = g_bytes_new_take (text, length);
  return kaynak_file_load_bytes (edited, NULL, error);
}

static void
assert_refused (const char *member,
                const char *json,
                GQuark      domain,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) doc = load_edited (member, json, 1, &error);

  g_test_message ("%s: %s → %s", member, json, error ? error->message : "loaded");
  g_assert_null (doc);
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_file_refused (void)
{
  /* claims[1] is the claim in pieces: 32–40 and 54–61 */
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) doc = NULL;

  g_assert_cmpuint (offset_of ("Vergiler"), ==, 32);
  g_assert_cmpuint (range_of ("düşecek").end, ==, 61);

  assert_refused ("pieces", "[]", KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "claims[1].pieces is empty");
  assert_refused ("pieces", "{}", KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "claims[1].pieces");
  assert_refused ("pieces", "[3]", KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "claims[1].pieces[0]");
  /* overlapping */
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":46,\"quote\":\"x\"},{\"start\":41,\"end\":61,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "claims[1].pieces[1] (41–61) overlaps");
  /* out of order */
  assert_refused ("pieces",
                  "[{\"start\":54,\"end\":61,\"quote\":\"x\"},{\"start\":32,\"end\":40,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "comes before");
  /* empty and backwards pieces */
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":32,\"quote\":\"x\"},{\"start\":54,\"end\":61,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "claims[1].pieces[0] is empty or backwards");
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":40,\"quote\":\"x\"},{\"start\":61,\"end\":54,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "backwards");
  /* not the claim's cover */
  assert_refused ("pieces",
                  "[{\"start\":33,\"end\":40,\"quote\":\"x\"},{\"start\":54,\"end\":61,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "must be those of its first and last piece");
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":40,\"quote\":\"x\"},{\"start\":54,\"end\":60,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "must be those of its first and last piece");
  /* far out of range, and past what a guint holds */
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":40,\"quote\":\"x\"},{\"start\":54,\"end\":4000000000,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "first and last piece");
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":40,\"quote\":\"x\"},{\"start\":54,\"end\":99999999999,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "claims[1].pieces[1].end");
  assert_refused ("pieces",
                  "[{\"start\":-1,\"end\":40,\"quote\":\"x\"},{\"start\":54,\"end\":61,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "claims[1].pieces[0].start");
  /* wrong types, missing quote */
  assert_refused ("pieces",
                  "[{\"start\":\"32\",\"end\":40,\"quote\":\"x\"},{\"start\":54,\"end\":61,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "claims[1].pieces[0].start");
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":40},{\"start\":54,\"end\":61,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "claims[1].pieces[0].quote");
  assert_refused ("pieces",
                  "[{\"start\":32,\"end\":40,\"quote\":\"x\",\"prefix\":3},{\"start\":54,\"end\":61,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "claims[1].pieces[0].prefix");

  /* source and cue ranges */
  assert_refused ("source_ranges", "[{\"start\":5,\"end\":2,\"quote\":\"x\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "claims[1].source_ranges[0] is empty or backwards");
  assert_refused ("cue_ranges",
                  "[{\"start\":5,\"end\":9,\"quote\":\"x\"},{\"start\":0,\"end\":3,\"quote\":\"y\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "claims[1].cue_ranges[1] (0–3) overlaps or comes before");
  assert_refused ("cue_ranges", "[{\"start\":5,\"end\":900,\"quote\":\"x\"}]",
                  KAYNAK_ERROR, KAYNAK_ERROR_RANGE, "claims[1].cue_ranges[0].end 900 is past the end");
  assert_refused ("source_ranges", "\"Bakan\"", KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                  "claims[1].source_ranges");
  assert_refused ("source_ranges", "[{\"start\":5,\"end\":9}]", KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                  "claims[1].source_ranges[0].quote");

  /* absent is one piece; an empty list of ranges is none */
  doc = load_edited ("pieces", NULL, 1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(KaynakClaim) second = g_list_model_get_item (kaynak_document_get_claims (doc), 1);

    g_assert_cmpuint (kaynak_claim_get_n_pieces (second), ==, 1);
  }
  g_clear_object (&doc);
  doc = load_edited ("cue_ranges", "[]", 1, &error);
  g_assert_no_error (error);
}


/* --- Re-anchoring -------------------------------------------------------- */

/* @doc saved, its article then changed to @text, loaded */
static KaynakDocument *
load_on_text (KaynakDocument     *doc,
              const char         *text,
              KaynakLoadReport  **report)
{
  g_autoptr(GBytes) bytes = kaynak_file_serialize (doc);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) edited = NULL;
  KaynakDocument *loaded;
  JsonObject *article_object;
  char *json;
  gsize length;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), NULL));
  article_object = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                  "article");
  json_object_set_string_member (article_object, "text", text);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json = json_generator_to_data (generator, &length);
  edited = g_bytes_new_take (json, length);
  loaded = kaynak_file_load_bytes (edited, report, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < (*report)->messages->len; i++)
    g_test_message ("report: %s", (char *) (*report)->messages->pdata[i]);
  return loaded;
}

/* The claim in pieces of document_with_everything(), in @doc */
static KaynakClaim *
claim_in_pieces (KaynakDocument *doc)
{
  g_autoptr(KaynakClaim) first = g_list_model_get_item (kaynak_document_get_claims (doc), 0);
  g_autoptr(KaynakClaim) second = g_list_model_get_item (kaynak_document_get_claims (doc), 1);

  return kaynak_claim_get_n_pieces (first) > 1 ? first : second;
}

static KaynakClaim *
claim_with_quote (KaynakDocument *doc,
                  const char     *quote)
{
  guint n = kaynak_document_get_n_claims (doc);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (kaynak_document_get_claims (doc), i);

      if (g_str_equal (kaynak_claim_get_quote (claim), quote))
        return claim;
    }
  return NULL;
}

static void
assert_piece (KaynakDocument *doc,
              KaynakClaim    *claim,
              guint           i,
              const char     *words)
{
  KaynakRange r = kaynak_claim_get_piece (claim, i);
  g_autofree char *text = kaynak_document_dup_slice (doc, r.start, r.end);

  g_assert_cmpstr (text, ==, words);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, i), ==, words);
}

static void
assert_range (KaynakDocument    *doc,
              const KaynakRange *r,
              const char        *words)
{
  g_autofree char *text = kaynak_document_dup_slice (doc, r->start, r->end);

  g_assert_cmpstr (text, ==, words);
}

/* Words put before everything: the pieces, the source and the cue all
 * move with the claim */
static void
test_reanchor_moved (void)
{
  g_autoptr(KaynakDocument) doc = document_with_everything ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autofree char *text = g_strconcat ("Dün akşam. ", article, NULL);
  g_autoptr(KaynakDocument) loaded = load_on_text (doc, text, &report);
  KaynakClaim *claim = claim_in_pieces (loaded);
  const KaynakRange *r;
  guint n;

  g_assert_true (report->text_changed);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_cmpuint (report->n_ranges_dropped, ==, 0);
  g_assert_false (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  assert_piece (loaded, claim, 0, "Vergiler");
  assert_piece (loaded, claim, 1, "düşecek");
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 32 + 11);
  g_assert_cmpstr (kaynak_claim_get_piece_prefix (claim, 0), ==, "Washington Post backs Hillary. “");
  r = kaynak_claim_get_source_ranges (claim, &n);
  g_assert_cmpuint (n, ==, 1);
  assert_range (loaded, r, "Bakan");
  r = kaynak_claim_get_cue_ranges (claim, &n);
  g_assert_cmpuint (n, ==, 1);
  assert_range (loaded, r, "dedi");
  /* the other claim's source range, far before it, moved too */
  r = kaynak_claim_get_source_ranges (claim_with_quote (loaded, "Hillary"), &n);
  assert_range (loaded, r, "Washington Post");
  /* both claims moved, and are told */
  g_assert_cmpuint (report->n_reanchored, ==, 2);
}

/* Words put between the pieces: the second piece moves, the first stays,
 * the cover grows; the cue between them moves */
static void
test_reanchor_gap (void)
{
  g_autoptr(KaynakDocument) doc = document_with_everything ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) loaded =
    load_on_text (doc, "Washington Post backs Hillary. “Vergiler, dün akşam dedi Bakan, düşecek” diye ekledi.",
                  &report);
  KaynakClaim *claim = claim_in_pieces (loaded);
  const KaynakRange *r;
  guint n;

  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  assert_piece (loaded, claim, 0, "Vergiler");
  assert_piece (loaded, claim, 1, "düşecek");
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Vergiler, dün akşam dedi Bakan, düşecek");
  r = kaynak_claim_get_cue_ranges (claim, &n);
  assert_range (loaded, r, "dedi");
  r = kaynak_claim_get_source_ranges (claim, &n);
  assert_range (loaded, r, "Bakan");
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "moved"));
}

/* A piece whose words are gone: the claim is an orphan, its pieces kept
 * for the file; the source words that are gone are dropped and told,
 * the claim stays */
static void
test_reanchor_lost (void)
{
  g_autoptr(KaynakDocument) doc = document_with_everything ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakLoadReport) report2 = NULL;
  g_autoptr(KaynakDocument) loaded =
    load_on_text (doc, "The Times backs Hillary. “Vergiler, dedi Bakan, artacak” diye ekledi.",
                  &report);
  KaynakClaim *claim = claim_in_pieces (loaded);
  KaynakClaim *hillary = claim_with_quote (loaded, "Hillary");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again_bytes = NULL;
  g_autoptr(KaynakDocument) again = NULL;
  gboolean told = FALSE;
  guint n = 9;

  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 1), ==, "düşecek");
  g_assert_cmpuint (report->n_orphaned, ==, 1);
  for (guint i = 0; i < report->messages->len; i++)
    if (strstr (report->messages->pdata[i], "its piece “düşecek” is not in the article"))
      told = TRUE;
  g_assert_true (told);

  /* "Washington Post" is gone, "Hillary" is not */
  g_assert_false (kaynak_claim_get_orphaned (hillary));
  g_assert_null (kaynak_claim_get_source_ranges (hillary, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (report->n_ranges_dropped, ==, 1);
  told = FALSE;
  for (guint i = 0; i < report->messages->len; i++)
    if (strstr (report->messages->pdata[i], "the source’s words “Washington Post” are not in the article"))
      told = TRUE;
  g_assert_true (told);
  /* the orphan's own source and cue words are still there */
  g_assert_nonnull (kaynak_claim_get_cue_ranges (claim, &n));

  /* save → load → save keeps the orphan and the file */
  bytes = kaynak_file_serialize (loaded);
  again = kaynak_file_load_bytes (bytes, &report2, NULL);
  g_assert_nonnull (again);
  g_assert_true (kaynak_claim_get_orphaned (claim_in_pieces (again)));
  again_bytes = kaynak_file_serialize (again);
  g_assert_true (g_bytes_equal (bytes, again_bytes));
}

/* A piece's words edited a little: found where they now stand, the claim
 * told as edited */
static void
test_reanchor_edited (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (
    "Bakanlık açıklamasında “vergilerin önümüzdeki yıl yüzde on düşeceği”, dedi Bakan, "
    "“ve kimsenin bundan zarar görmeyeceği” söylendi.", -1);
  KaynakClaim *claim;
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) loaded = NULL;
  KaynakRange pieces[2] = { { 24, 67 }, { 83, 119 } };

  claim = kaynak_document_create_claim (doc, 24, 67, NULL, NULL);
  g_assert_true (kaynak_document_set_claim_pieces (doc, kaynak_claim_get_id (claim), pieces, 2,
                                                   NULL));
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 0), ==,
                   "vergilerin önümüzdeki yıl yüzde on düşeceği");
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 1), ==,
                   "ve kimsenin bundan zarar görmeyeceği");
  loaded = load_on_text (doc,
                         "Bakanlık açıklamasında “vergilerin gelecek yıl yüzde on düşeceği”, dedi Bakan, "
                         "“ve kimsenin bundan zarar görmeyeceği” söylendi.", &report);
  claim = claim_in_pieces (loaded);
  g_assert_false (kaynak_claim_get_orphaned (claim));
  assert_piece (loaded, claim, 0, "vergilerin gelecek yıl yüzde on düşeceği");
  assert_piece (loaded, claim, 1, "ve kimsenin bundan zarar görmeyeceği");
  g_assert_cmpuint (report->n_reanchored, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "was edited"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/pieces/one-piece", test_one_piece);
  g_test_add_func ("/kaynak/pieces/set", test_set_pieces);
  g_test_add_func ("/kaynak/pieces/set-refused", test_set_pieces_refused);
  g_test_add_func ("/kaynak/pieces/add-remove", test_add_remove_piece);
  g_test_add_func ("/kaynak/pieces/set-range-one-piece", test_set_range_one_piece);
  g_test_add_func ("/kaynak/pieces/queries", test_queries);
  g_test_add_func ("/kaynak/pieces/tag-cover-is-another-claim", test_tag_cover);
  g_test_add_func ("/kaynak/pieces/source-cue-ranges", test_source_cue_ranges);
  g_test_add_func ("/kaynak/pieces/copy-equal", test_copy_equal);
  g_test_add_func ("/kaynak/pieces/sourcing-stats-count-pieces", test_sourcing_stats);
  g_test_add_func ("/kaynak/pieces/file-round-trip", test_file_round_trip);
  g_test_add_func ("/kaynak/pieces/file-refused", test_file_refused);
  g_test_add_func ("/kaynak/pieces/reanchor-moved", test_reanchor_moved);
  g_test_add_func ("/kaynak/pieces/reanchor-gap", test_reanchor_gap);
  g_test_add_func ("/kaynak/pieces/reanchor-lost", test_reanchor_lost);
  g_test_add_func ("/kaynak/pieces/reanchor-edited", test_reanchor_edited);

  return g_test_run ();
}
