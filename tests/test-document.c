/* test-document.c: the model: claims in order, offset queries, sources,
 * links, undo and redo, the unsaved flag.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document.h"
#include "kaynak-document-private.h"
#include "kaynak-error.h"
#include "kaynak-text-fold.h"
#include "kaynak-test-scheme.h"

/* Multi-byte on purpose: offsets are code points, not bytes. */
static const char article[] =
  "Beyaz Saray’dan yapılan açıklamada Rusya’ya üç binden fazla asker "
  "getirildiği açıklandı. Kremlin ise yorum yapmadı.";

typedef struct
{
  KaynakDocument *doc;
  guint           n_added;
  guint           n_removed;
  guint           n_changed;
  guint           last_old_start;
  guint           last_old_end;
} Fixture;

static void
on_added (KaynakDocument *doc, KaynakClaim *claim, Fixture *f)
{
  f->n_added++;
}

static void
on_removed (KaynakDocument *doc, KaynakClaim *claim, Fixture *f)
{
  f->n_removed++;
}

static void
on_changed (KaynakDocument *doc, KaynakClaim *claim, guint old_start, guint old_end, Fixture *f)
{
  f->n_changed++;
  f->last_old_start = old_start;
  f->last_old_end = old_end;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) scheme = kaynak_test_six_sources ();

  f->doc = kaynak_document_new (article, -1);
  for (guint i = 0; i < scheme->len; i++)
    g_assert_true (kaynak_document_add_source (f->doc, g_ptr_array_index (scheme, i), NULL));
  kaynak_document_clear_history (f->doc);
  g_assert_false (kaynak_document_get_can_undo (f->doc));
  kaynak_document_mark_saved (f->doc);

  g_signal_connect (f->doc, "claim-added", G_CALLBACK (on_added), f);
  g_signal_connect (f->doc, "claim-removed", G_CALLBACK (on_removed), f);
  g_signal_connect (f->doc, "claim-changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->doc);
}

/* Code point offset of @needle in the article */
static guint
offset_of (const char *needle)
{
  const char *p = strstr (article, needle);

  g_assert_nonnull (p);
  return g_utf8_pointer_to_offset (article, p);
}

static void
test_text (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
  g_autofree char *slice = NULL;
  guint start = offset_of ("üç binden");

  g_assert_cmpuint (kaynak_document_get_length (doc), ==, g_utf8_strlen (article, -1));
  g_assert_cmpuint (kaynak_document_get_text_bytes (doc), ==, strlen (article));
  g_assert_cmpstr (kaynak_document_get_text (doc), ==, article);
  g_assert_cmpuint (kaynak_document_offset_to_byte (doc, start), ==,
                    strstr (article, "üç binden") - article);
  slice = kaynak_document_dup_slice (doc, start, start + 9);
  g_assert_cmpstr (slice, ==, "üç binden");
  /* sha256 of the UTF-8 bytes */
  {
    g_autofree char *expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, article, -1);
    g_assert_cmpstr (kaynak_document_get_sha256 (doc), ==, expected);
    g_assert_true (_kaynak_document_text_matches_hash (doc, expected));
    g_assert_false (_kaynak_document_text_matches_hash (doc, "00"));
  }
}

static void
test_offset_to_byte_long (void)
{
  /* Past several checkpoints, with 2- and 3-byte characters */
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(KaynakDocument) doc = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append (s, i % 3 == 0 ? "ş" : i % 3 == 1 ? "’" : "a");
  doc = kaynak_document_new (s->str, s->len);
  g_assert_cmpuint (kaynak_document_get_length (doc), ==, 1000);
  for (guint i = 0; i <= 1000; i += 7)
    g_assert_cmpuint (kaynak_document_offset_to_byte (doc, i), ==,
                      g_utf8_offset_to_pointer (s->str, i) - s->str);
  g_assert_cmpuint (kaynak_document_offset_to_byte (doc, 5000), ==, s->len);
}

static void
test_trim (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new ("  \u00a0ab c\n ", -1);
  guint start = 0, end = 9;

  g_assert_true (kaynak_document_trim_range (doc, &start, &end));
  g_assert_cmpuint (start, ==, 3);
  g_assert_cmpuint (end, ==, 7);

  start = 0;
  end = 3;
  g_assert_false (kaynak_document_trim_range (doc, &start, &end));
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 3);
}

static void
test_create_claim (Fixture       *f,
                   gconstpointer  data)
{
  guint start = offset_of ("üç binden fazla asker");
  guint end = start + g_utf8_strlen ("üç binden fazla asker", -1);
  KaynakClaim *claim;
  g_autoptr(GError) error = NULL;

  g_assert_false (kaynak_document_get_modified (f->doc));
  claim = kaynak_document_create_claim (f->doc, start, end, "official", &error);
  g_assert_no_error (error);
  g_assert_nonnull (claim);
  g_assert_cmpuint (f->n_added, ==, 1);
  g_assert_true (kaynak_document_get_modified (f->doc));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "üç binden fazla asker");
  g_assert_cmpstr (kaynak_claim_get_prefix (claim), ==, "dan yapılan açıklamada Rusya’ya ");
  g_assert_cmpuint (g_utf8_strlen (kaynak_claim_get_prefix (claim), -1), <=, KAYNAK_CLAIM_CONTEXT_LENGTH);
  g_assert_true (g_str_has_prefix (kaynak_claim_get_suffix (claim), " getirildiği"));
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "official");
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_UNVERIFIED);
  g_assert_true (g_str_has_suffix (kaynak_claim_get_created (claim), "Z"));
  g_assert_true (kaynak_document_lookup_claim (f->doc, kaynak_claim_get_id (claim)) == claim);
  g_assert_true (kaynak_document_find_claim_with_range (f->doc, start, end) == claim);
  g_assert_null (kaynak_document_find_claim_with_range (f->doc, start, end - 1));
  g_assert_cmpuint (kaynak_document_count_claims_for_source (f->doc, "official"), ==, 1);
}

static void
test_create_claim_errors (Fixture       *f,
                          gconstpointer  data)
{
  static const struct {
    guint start, end;
    const char *source;
    int code;
  } cases[] = {
    { 5, 5, NULL, KAYNAK_ERROR_RANGE },
    { 6, 5, NULL, KAYNAK_ERROR_RANGE },
    { 0, 100000, NULL, KAYNAK_ERROR_RANGE },
    { 0, 5, "nobody", KAYNAK_ERROR_NOT_FOUND },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (kaynak_document_create_claim (f->doc, cases[i].start, cases[i].end,
                                                   cases[i].source, &error));
      g_assert_error (error, KAYNAK_ERROR, cases[i].code);
    }
  g_assert_cmpuint (kaynak_document_get_n_claims (f->doc), ==, 0);
  g_assert_cmpuint (f->n_added, ==, 0);
  g_assert_false (kaynak_document_get_modified (f->doc));
}

static void
test_order_and_queries (Fixture       *f,
                        gconstpointer  data)
{
  /* Overlapping and nested: [10,30) [0,50) [20,25) [40,60) */
  static const guint ranges[][2] = { { 10, 30 }, { 0, 50 }, { 20, 25 }, { 40, 60 } };
  GListModel *claims = kaynak_document_get_claims (f->doc);
  KaynakClaim *made[4];

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    made[i] = kaynak_document_create_claim (f->doc, ranges[i][0], ranges[i][1], NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 4);
  {
    /* document order: by start, longer first */
    static const guint expected[] = { 1, 0, 2, 3 };
    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(KaynakClaim) c = g_list_model_get_item (claims, i);
        g_assert_true (c == made[expected[i]]);
        g_assert_cmpuint (kaynak_document_get_claim_position (f->doc, c), ==, i);
      }
  }

  /* table: offset → claims covering it, in document order */
  {
    static const struct { guint offset; int claims[4]; } at[] = {
      {  0, { 1, -1 } },
      {  9, { 1, -1 } },
      { 10, { 1, 0, -1 } },
      { 22, { 1, 0, 2, -1 } },
      { 25, { 1, 0, -1 } },
      { 45, { 1, 3, -1 } },
      { 50, { 3, -1 } },
      { 59, { 3, -1 } },
      { 60, { -1 } },
      { 100000, { -1 } },
    };

    for (guint i = 0; i < G_N_ELEMENTS (at); i++)
      {
        g_autoptr(GPtrArray) found = kaynak_document_claims_at (f->doc, at[i].offset);
        guint n = 0;

        while (at[i].claims[n] >= 0)
          {
            g_assert_cmpuint (n, <, found->len);
            g_assert_true (g_ptr_array_index (found, n) == made[at[i].claims[n]]);
            n++;
          }
        g_assert_cmpuint (found->len, ==, n);
      }
  }

  {
    g_autoptr(GPtrArray) found = kaynak_document_claims_in_range (f->doc, 26, 41);
    g_assert_cmpuint (found->len, ==, 3); /* [0,50) [10,30) [40,60) */
    g_autoptr(GPtrArray) none = kaynak_document_claims_in_range (f->doc, 60, 70);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* Brute force against the index on many random claims */
static void
test_queries_random (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(KaynakDocument) doc = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GListModel *claims;

  for (guint i = 0; i < 2000; i++)
    g_string_append (s, "ğ");
  doc = kaynak_document_new (s->str, s->len);
  for (guint i = 0; i < 500; i++)
    {
      guint start = g_rand_int_range (rand, 0, 1990);
      guint len = g_rand_int_range (rand, 1, i % 50 == 0 ? 400 : 20);
      g_assert_nonnull (kaynak_document_create_claim (doc, start, MIN (start + len, 2000), NULL, NULL));
    }
  claims = kaynak_document_get_claims (doc);
  /* Removals (the long claims among them) must repair the index too */
  for (guint i = 0; i < 100; i++)
    {
      guint n = g_list_model_get_n_items (claims);
      g_autoptr(KaynakClaim) victim = g_list_model_get_item (claims, g_rand_int_range (rand, 0, n));

      g_assert_true (kaynak_document_remove_claim (doc, kaynak_claim_get_id (victim), NULL));
    }
  for (guint offset = 0; offset < 2000; offset += 3)
    {
      g_autoptr(GPtrArray) found = kaynak_document_claims_at (doc, offset);
      guint expected = 0;

      for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
        {
          g_autoptr(KaynakClaim) c = g_list_model_get_item (claims, i);
          if (kaynak_claim_get_start (c) <= offset && offset < kaynak_claim_get_end (c))
            {
              g_assert_cmpuint (expected, <, found->len);
              g_assert_true (g_ptr_array_index (found, expected) == c);
              expected++;
            }
        }
      g_assert_cmpuint (found->len, ==, expected);
    }
}

static void
test_change_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  KaynakClaim *claim = kaynak_document_create_claim (f->doc, 10, 20, "official", NULL);
  g_autofree char *id = g_strdup (kaynak_claim_get_id (claim));
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_set_claim_source (f->doc, id, "anonymous", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "anonymous");
  g_assert_true (kaynak_document_set_claim_status (f->doc, id, KAYNAK_CLAIM_STATUS_REFUTED, NULL));
  g_assert_true (kaynak_document_set_claim_note (f->doc, id, "Not so.", NULL));
  g_assert_true (kaynak_document_set_claim_range (f->doc, id, 30, 40, NULL));
  g_assert_cmpuint (f->last_old_start, ==, 10);
  g_assert_cmpuint (f->last_old_end, ==, 20);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 30);
  g_assert_cmpuint (f->n_changed, ==, 4);

  /* Undo walks back one step at a time, to the same object */
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 10);
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "");
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_UNVERIFIED);
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "official");
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpuint (kaynak_document_get_n_claims (f->doc), ==, 0);
  g_assert_false (kaynak_document_undo (f->doc));
  g_assert_false (kaynak_document_get_modified (f->doc));

  /* Redo brings it all back, the same object again */
  while (kaynak_document_redo (f->doc))
    ;
  g_assert_true (kaynak_document_lookup_claim (f->doc, id) == claim);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 30);
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "Not so.");
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "anonymous");
  g_assert_true (kaynak_document_get_modified (f->doc));
}

static void
test_modified_flag (Fixture       *f,
                    gconstpointer  data)
{
  kaynak_document_create_claim (f->doc, 1, 5, NULL, NULL);
  kaynak_document_mark_saved (f->doc);
  g_assert_false (kaynak_document_get_modified (f->doc));

  kaynak_document_create_claim (f->doc, 6, 9, NULL, NULL);
  g_assert_true (kaynak_document_get_modified (f->doc));
  kaynak_document_undo (f->doc);
  g_assert_false (kaynak_document_get_modified (f->doc));

  /* Undo past the save point, then a new change: the saved state is gone */
  kaynak_document_undo (f->doc);
  g_assert_true (kaynak_document_get_modified (f->doc));
  kaynak_document_create_claim (f->doc, 10, 12, NULL, NULL);
  kaynak_document_undo (f->doc);
  g_assert_true (kaynak_document_get_modified (f->doc));

  /* A restored draft is unsaved, and undo does not make it saved */
  kaynak_document_mark_saved (f->doc);
  kaynak_document_create_claim (f->doc, 20, 22, NULL, NULL);
  kaynak_document_mark_unsaved (f->doc);
  g_assert_true (kaynak_document_get_modified (f->doc));
  kaynak_document_undo (f->doc);
  g_assert_true (kaynak_document_get_modified (f->doc));

  /* Metadata counts too */
  kaynak_document_mark_saved (f->doc);
  kaynak_document_set_title (f->doc, "Başlık");
  g_assert_true (kaynak_document_get_modified (f->doc));
}

static void
test_remove_claim_and_links (Fixture       *f,
                             gconstpointer  data)
{
  KaynakClaim *a = kaynak_document_create_claim (f->doc, 0, 5, NULL, NULL);
  KaynakClaim *b = kaynak_document_create_claim (f->doc, 10, 15, NULL, NULL);
  g_autofree char *a_id = g_strdup (kaynak_claim_get_id (a));
  g_autoptr(GError) error = NULL;
  KaynakLink *link;

  link = kaynak_document_add_link (f->doc, KAYNAK_LINK_TYPE_CONTRADICTS, a_id,
                                   kaynak_claim_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_nonnull (link);
  g_assert_null (kaynak_document_add_link (f->doc, KAYNAK_LINK_TYPE_CONTRADICTS, a_id,
                                           kaynak_claim_get_id (b), &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kaynak_document_add_link (f->doc, KAYNAK_LINK_TYPE_REPEATS, a_id, a_id, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (kaynak_document_remove_claim (f->doc, a_id, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (f->doc)), ==, 0);
  g_assert_cmpuint (f->n_removed, ==, 1);

  /* One undo brings back both the claim and its link */
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_true (kaynak_document_lookup_claim (f->doc, a_id) == a);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (f->doc)), ==, 1);

  g_assert_false (kaynak_document_remove_claim (f->doc, "nope", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
}

static void
test_sources (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KaynakSource) ukraine = kaynak_source_new ("ukraine", "Ukrayna", "#0057b7", 1,
                                                       KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(KaynakSource) bad = kaynak_source_new (NULL, "  ", "#000000", 0, 0);
  g_autoptr(KaynakSource) bad_color = kaynak_source_new (NULL, "X", "blue", 0, 0);
  g_autoptr(KaynakSource) edit = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;
  guint n_sources = g_list_model_get_n_items (kaynak_document_get_sources (f->doc));

  /* The default scheme has shortcuts 1–6 */
  g_assert_cmpstr (kaynak_source_get_id (kaynak_document_lookup_shortcut (f->doc, 1)), ==, "named-person");

  g_assert_false (kaynak_document_add_source (f->doc, bad, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_document_add_source (f->doc, bad_color, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  /* Taking shortcut 1 takes it from its old owner, in the same undo step */
  g_assert_true (kaynak_document_add_source (f->doc, ukraine, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_lookup_shortcut (f->doc, 1) == ukraine);
  g_assert_cmpuint (kaynak_source_get_shortcut (kaynak_document_lookup_source (f->doc, "named-person")), ==, 0);
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_null (kaynak_document_lookup_source (f->doc, "ukraine"));
  g_assert_cmpuint (kaynak_source_get_shortcut (kaynak_document_lookup_source (f->doc, "named-person")), ==, 1);
  g_assert_true (kaynak_document_redo (f->doc));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (f->doc)), ==, n_sources + 1);

  /* Update */
  edit = kaynak_source_copy (ukraine);
  kaynak_source_set_label (edit, "Ukrayna hükümeti");
  g_assert_true (kaynak_document_update_source (f->doc, "ukraine", edit, NULL));
  g_assert_cmpstr (kaynak_source_get_label (ukraine), ==, "Ukrayna hükümeti");

  /* Removing a source unsets it on its claims; one undo restores both */
  claim = kaynak_document_create_claim (f->doc, 3, 8, "ukraine", NULL);
  g_assert_true (kaynak_document_remove_source (f->doc, "ukraine", NULL));
  g_assert_null (kaynak_claim_get_source_id (claim));
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "ukraine");
  g_assert_true (kaynak_document_lookup_source (f->doc, "ukraine") == ukraine);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (f->doc)), ==, n_sources + 1);
}

static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  kaynak_document_begin_group (f->doc);
  kaynak_document_create_claim (f->doc, 0, 3, NULL, NULL);
  kaynak_document_create_claim (f->doc, 4, 7, NULL, NULL);
  kaynak_document_end_group (f->doc);
  g_assert_cmpuint (kaynak_document_get_n_claims (f->doc), ==, 2);
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpuint (kaynak_document_get_n_claims (f->doc), ==, 0);
  g_assert_false (kaynak_document_get_can_undo (f->doc));
  g_assert_true (kaynak_document_get_can_redo (f->doc));
}

static void
test_add_claim_checks_quote (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(KaynakClaim) wrong = kaynak_claim_new (NULL, 0, 5);
  g_autoptr(KaynakClaim) right = kaynak_claim_new (NULL, 0, 5);
  g_autoptr(KaynakClaim) orphan = kaynak_claim_new (NULL, 0, 5);
  g_autoptr(GError) error = NULL;

  kaynak_claim_set_quote (wrong, "Xeyaz");
  g_assert_false (kaynak_document_add_claim (f->doc, wrong, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);

  kaynak_claim_set_quote (right, "Beyaz");
  g_assert_true (kaynak_document_add_claim (f->doc, right, NULL));

  /* An orphan keeps its quote, is listed, but covers nothing */
  kaynak_claim_set_quote (orphan, "kayıp alıntı");
  kaynak_claim_set_orphaned (orphan, TRUE);
  g_assert_true (kaynak_document_add_claim (f->doc, orphan, NULL));
  g_assert_cmpuint (kaynak_document_get_n_orphans (f->doc), ==, 1);
  {
    g_autoptr(GPtrArray) found = kaynak_document_claims_at (f->doc, 2);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_true (g_ptr_array_index (found, 0) == right);
  }
  /* Re-attaching the orphan by giving it a range */
  g_assert_true (kaynak_document_set_claim_range (f->doc, kaynak_claim_get_id (orphan), 6, 11, NULL));
  g_assert_false (kaynak_claim_get_orphaned (orphan));
  g_assert_cmpuint (kaynak_document_get_n_orphans (f->doc), ==, 0);
  g_assert_cmpstr (kaynak_claim_get_quote (orphan), ==, "Saray");
}

static void
test_bulk (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
  static const guint starts[] = { 30, 2, 15, 2 };

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autoptr(KaynakClaim) c = kaynak_claim_new (NULL, starts[i], starts[i] + 4 + i);
      _kaynak_document_bulk_add_claim (doc, c);
    }
  _kaynak_document_finish_bulk (doc);
  kaynak_document_mark_saved (doc);

  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 4);
  for (guint i = 1; i < 4; i++)
    {
      g_autoptr(KaynakClaim) a = g_list_model_get_item (kaynak_document_get_claims (doc), i - 1);
      g_autoptr(KaynakClaim) b = g_list_model_get_item (kaynak_document_get_claims (doc), i);
      g_assert_cmpint (kaynak_claim_compare (a, b), <, 0);
    }
  g_assert_false (kaynak_document_get_can_undo (doc));
  g_assert_false (kaynak_document_get_modified (doc));
}

static void
test_vocabularies (void)
{
  KaynakClaimStatus status;
  KaynakSourceKind kind;
  KaynakLinkType type;

  g_assert_true (kaynak_claim_status_from_id ("misleading", &status));
  g_assert_cmpint (status, ==, KAYNAK_CLAIM_STATUS_MISLEADING);
  g_assert_false (kaynak_claim_status_from_id ("Misleading", &status));
  g_assert_false (kaynak_claim_status_from_id (NULL, &status));
  g_assert_cmpstr (kaynak_claim_status_to_id (KAYNAK_CLAIM_STATUS_UNVERIFIABLE), ==, "unverifiable");
  g_assert_true (kaynak_source_kind_from_id ("no-comment", &kind));
  g_assert_cmpint (kind, ==, KAYNAK_SOURCE_KIND_NO_COMMENT);
  g_assert_true (kaynak_link_type_from_id ("responds-to", &type));
  g_assert_cmpint (type, ==, KAYNAK_LINK_TYPE_RESPONDS_TO);
  g_assert_cmpstr (kaynak_link_type_to_label (KAYNAK_LINK_TYPE_CONFIRMS), ==, "Confirms");
  g_assert_true (kaynak_color_is_valid ("#A0b1C2"));
  g_assert_false (kaynak_color_is_valid ("#A0b1C"));
  g_assert_false (kaynak_color_is_valid ("#A0b1CG"));
}

/* The one anchor builder: quote and up to 32 code points of context on
 * each side, cut short at the ends of the text, in code points. */
static void
test_anchor_claim (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KaynakClaim) claim = kaynak_claim_new (NULL, 0, 1);
  guint length = kaynak_document_get_length (f->doc);
  g_autofree char *tail = NULL;

  kaynak_document_anchor_claim (f->doc, claim, 0, 5);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Beyaz");
  g_assert_cmpstr (kaynak_claim_get_prefix (claim), ==, "");
  g_assert_cmpuint (g_utf8_strlen (kaynak_claim_get_suffix (claim), -1), ==, KAYNAK_CLAIM_CONTEXT_LENGTH);
  g_assert_true (g_str_has_prefix (kaynak_claim_get_suffix (claim), " Saray’dan"));

  kaynak_document_anchor_claim (f->doc, claim, length - 8, length - 1);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, length - 8);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "yapmadı");
  g_assert_cmpstr (kaynak_claim_get_suffix (claim), ==, ".");
  tail = kaynak_document_dup_slice (f->doc, length - 8 - KAYNAK_CLAIM_CONTEXT_LENGTH, length - 8);
  g_assert_cmpstr (kaynak_claim_get_prefix (claim), ==, tail);
}

/* Every new annotation starts the same: the default scheme (or the given
 * sources), the author, nothing to undo, nothing unsaved. */
static void
test_start_annotation (void)
{
  g_autoptr(KaynakDocument) doc = NULL;
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) defaults = kaynak_source_default_scheme ();
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  doc = kaynak_document_new_for_article (article, -1, NULL, "Deniz", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (doc)), ==, defaults->len);
  g_assert_false (kaynak_document_get_can_undo (doc));
  g_assert_false (kaynak_document_get_modified (doc));
  claim = kaynak_document_create_claim (doc, 0, 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_claim_get_author (claim), ==, "Deniz");

  /* a source the document would refuse from a user is refused here too */
  g_ptr_array_add (bad, kaynak_source_new ("x", "X", "not a colour", 1, KAYNAK_SOURCE_KIND_NAMED));
  g_clear_object (&doc);
  doc = kaynak_document_new_for_article (article, -1, bad, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
}

/* Tagging as a person means it: spaces around the words do not count, the
 * same words tagged again change the claim's source instead of making a
 * second claim, and spaces alone are refused. */
static void
test_tag_range (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *words = "üç binden fazla asker";
  const char *at = strstr (article, words);
  guint start = (guint) g_utf8_pointer_to_offset (article, at);
  guint end = start + (guint) g_utf8_strlen (words, -1);
  KaynakClaim *claim, *again;

  /* one space on each side: trimmed */
  claim = kaynak_document_tag_range (f->doc, start - 1, end + 1, "named-person", &error);
  g_assert_no_error (error);
  g_assert_nonnull (claim);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, start);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, end);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, words);
  g_assert_cmpuint (kaynak_document_get_n_claims (f->doc), ==, 1);

  /* the same words again: the same claim, retagged in one undo step */
  again = kaynak_document_tag_range (f->doc, start, end, "official", &error);
  g_assert_no_error (error);
  g_assert_true (again == claim);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "official");
  g_assert_cmpuint (kaynak_document_get_n_claims (f->doc), ==, 1);
  g_assert_true (kaynak_document_undo (f->doc));
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "named-person");

  /* retagging with the source it has changes nothing, not even the history */
  g_assert_true (kaynak_document_retag_claim (f->doc, claim, "named-person", &error));
  g_assert_true (kaynak_document_get_can_redo (f->doc));

  /* spaces alone, or nothing */
  g_assert_null (kaynak_document_tag_range (f->doc, end, end + 1, "named-person", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_null (kaynak_document_tag_range (f->doc, start, start, "named-person", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE);
  g_clear_error (&error);

  /* an unknown source is refused */
  g_assert_null (kaynak_document_tag_range (f->doc, 0, 5, "nobody", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
}

/* Names typed in either language find the same source: case, the four
 * Turkish i's and spacing do not matter; other letters still do. */
static void
test_fold_names (void)
{
  g_autofree char *folded = kaynak_text_fold ("  Beyaz   SARAY ");

  g_assert_cmpstr (folded, ==, "beyaz saray");
  g_assert_true (kaynak_text_fold_equal ("İSTANBUL", "istanbul"));
  g_assert_true (kaynak_text_fold_equal ("ISTANBUL", "İstanbul"));
  g_assert_true (kaynak_text_fold_equal ("IŞIK", "ışık"));
  g_assert_true (kaynak_text_fold_equal ("Işık", "ışık"));
  /* decomposed İ (I + combining dot) is the same letter */
  g_assert_true (kaynak_text_fold_equal ("I\xcc\x87stanbul", "istanbul"));
  g_assert_true (kaynak_text_fold_equal ("White House", "WHITE HOUSE"));
  g_assert_false (kaynak_text_fold_equal ("Saray", "Saray’"));
  g_assert_false (kaynak_text_fold_equal ("şık", "sık"));
  g_assert_false (kaynak_text_fold_equal ("Kremlin", "Kremlin sessizliği"));
  g_assert_true (kaynak_text_fold_contains ("Kremlin Sessizliği", "sessiz"));
  g_assert_true (kaynak_text_fold_contains ("BEYAZ SARAY", "ray"));
  g_assert_true (kaynak_text_fold_contains ("anything", ""));
  g_assert_false (kaynak_text_fold_contains ("Beyaz Saray", "kremlin"));
}

static void
test_find_source_by_label (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(KaynakSource) saray = kaynak_source_new (NULL, "Beyaz Saray", "#3584e4", 0,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  KaynakSource *first;

  g_assert_true (kaynak_document_add_source (f->doc, saray, NULL));
  g_assert_true (kaynak_document_find_source_by_label (f->doc, "beyaz saray") == saray);
  g_assert_true (kaynak_document_find_source_by_label (f->doc, " BEYAZ  SARAY") == saray);
  g_assert_null (kaynak_document_find_source_by_label (f->doc, "Beyaz"));
  g_assert_null (kaynak_document_find_source_by_label (f->doc, "   "));

  first = g_list_model_get_item (kaynak_document_get_sources (f->doc), 0);
  g_assert_true (kaynak_document_find_source_by_label (f->doc,
                   kaynak_source_get_label (first)) == first);
  g_object_unref (first);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/kaynak/document/article-text-slices-and-hash", test_text);
  g_test_add_func ("/kaynak/document/offsets-are-code-points", test_offset_to_byte_long);
  g_test_add_func ("/kaynak/document/selections-trimmed-of-spaces", test_trim);
  g_test_add_func ("/kaynak/document/queries-agree-with-a-scan", test_queries_random);
  g_test_add_func ("/kaynak/document/bulk-building", test_bulk);
  g_test_add_func ("/kaynak/document/vocabulary-ids-exact", test_vocabularies);
  ADD ("/kaynak/document/claims-made-from-a-range", test_create_claim);
  ADD ("/kaynak/document/bad-ranges-refused", test_create_claim_errors);
  ADD ("/kaynak/document/order-and-queries", test_order_and_queries);
  ADD ("/kaynak/document/change-and-undo", test_change_and_undo);
  ADD ("/kaynak/document/modified-until-saved", test_modified_flag);
  ADD ("/kaynak/document/remove-claim-and-links", test_remove_claim_and_links);
  ADD ("/kaynak/document/sources-added-and-removed", test_sources);
  ADD ("/kaynak/document/grouped-changes-undo-once", test_group);
  ADD ("/kaynak/document/claim-quote-must-match", test_add_claim_checks_quote);
  g_test_add_func ("/kaynak/document/names-fold-turkish-i", test_fold_names);
  ADD ("/kaynak/document/tagging-a-range-tags-or-retags", test_tag_range);
  ADD ("/kaynak/document/quote-and-context-of-a-claim", test_anchor_claim);
  g_test_add_func ("/kaynak/document/new-annotation-has-starting-sources", test_start_annotation);
  ADD ("/kaynak/document/source-found-by-label", test_find_source_by_label);

  return g_test_run ();
}
