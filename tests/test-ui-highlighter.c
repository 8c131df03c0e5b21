/* test-ui-highlighter.c: a long article's highlights painted in chunks
 * (kaynak-highlighter.h): once the idle chunks are done every character
 * has the tags the rule of the highlight gives it, as painting everything
 * at once did; edits made while chunks are pending are neither lost nor
 * painted over with something stale; and what the view asks for is
 * painted at once.
 *
 * The expected tags are computed here from the document alone, character
 * by character: the innermost (shortest; the later of two equal) claim's
 * source tag, "kaynak-no-source" for a claim without a known source, and
 * "kaynak-overlap" where two claims or more cover the character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document-private.h"
#include "kaynak-highlighter.h"
#include "kaynak-source.h"
#include "kaynak-test-ui-util.h"

#define N_SOURCES 5

typedef struct
{
  KaynakDocument    *document;
  GtkTextBuffer     *buffer;
  KaynakHighlighter *highlighter;
  guint32            rng;
} Fixture;

static guint
next_random (Fixture *fixture,
             guint    below)
{
  /* xorshift32: a fixed seed, the same document on every run */
  fixture->rng ^= fixture->rng << 13;
  fixture->rng ^= fixture->rng >> 17;
  fixture->rng ^= fixture->rng << 5;
  return fixture->rng % below;
}

/* About 200,000 code points (13 chunks) with 6,000 claims, a quarter
 * nested in the one before, as the window benchmark's document */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *words[] = { "açıklama", "Bakanlık", "sözcüsü", "göre", "asker", "iddia",
                                 "şimdilik", "güvenlik", "çözüm", "Kore", "ziyaret", "hafta" };
  g_autoptr(GString) text = g_string_new (NULL);
  GListModel *sources;
  guint length, prev_start = 0, prev_end = 0;

  fixture->rng = 0x6b61796e;
  for (glong n_chars = 0; n_chars < 200000;)
    {
      const char *word = words[next_random (fixture, G_N_ELEMENTS (words))];
      const char *gap = next_random (fixture, 12) == 0 ? ".\n\n" : " ";

      /* counted as it grows: g_utf8_strlen() of the whole would be quadratic */
      g_string_append (text, word);
      g_string_append (text, gap);
      n_chars += g_utf8_strlen (word, -1) + (glong) strlen (gap);
    }
  fixture->document = kaynak_document_new (text->str, (gssize) text->len);
  length = kaynak_document_get_length (fixture->document);

  for (guint i = 0; i < N_SOURCES; i++)
    {
      g_autofree char *label = g_strdup_printf ("Source %u", i + 1);
      g_autoptr(KaynakSource) source = kaynak_source_new (NULL, label,
                                                          kaynak_source_palette_color (i),
                                                          i + 1, KAYNAK_SOURCE_KIND_NAMED);

      g_assert_true (kaynak_document_add_source (fixture->document, source, NULL));
    }
  sources = kaynak_document_get_sources (fixture->document);

  for (guint i = 0; i < 6000; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, next_random (fixture, N_SOURCES));
      g_autoptr(KaynakClaim) claim = NULL;
      guint start, end;

      if (i > 0 && next_random (fixture, 4) == 0 && prev_end - prev_start > 4)
        {
          start = prev_start + 1 + next_random (fixture, (prev_end - prev_start) / 2);
          end = start + 1 + next_random (fixture, prev_end - start - 1);
        }
      else
        {
          start = next_random (fixture, length - 200);
          end = start + 10 + next_random (fixture, 190);
        }
      claim = kaynak_claim_new (NULL, start, end);
      /* every tenth without a source: the grey tag */
      if (i % 10 != 0)
        kaynak_claim_set_source_id (claim, kaynak_source_get_id (source));
      _kaynak_document_bulk_add_claim (fixture->document, claim);
      prev_start = start;
      prev_end = end;
    }
  _kaynak_document_finish_bulk (fixture->document);

  fixture->buffer = gtk_text_buffer_new (NULL);
  gtk_text_buffer_set_text (fixture->buffer, text->str, (int) text->len);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->highlighter);
  g_clear_object (&fixture->buffer);
  g_clear_object (&fixture->document);
}

static gboolean
is_inner (KaynakClaim *claim,
          KaynakClaim *than)
{
  guint length = kaynak_claim_get_end (claim) - kaynak_claim_get_start (claim);
  guint than_length;

  if (than == NULL)
    return TRUE;
  than_length = kaynak_claim_get_end (than) - kaynak_claim_get_start (than);
  return length < than_length ||
         (length == than_length && kaynak_claim_get_start (claim) > kaynak_claim_get_start (than));
}

static const char *
expected_tag (Fixture *fixture,
              guint    offset,
              gboolean *overlap,
              char    **owned)
{
  g_autoptr(GPtrArray) claims = kaynak_document_claims_at (fixture->document, offset);
  KaynakClaim *inner = NULL;
  const char *id;

  *overlap = claims->len >= 2;
  for (guint i = 0; i < claims->len; i++)
    if (is_inner (g_ptr_array_index (claims, i), inner))
      inner = g_ptr_array_index (claims, i);
  if (inner == NULL)
    return NULL;
  id = kaynak_claim_get_source_id (inner);
  if (id == NULL || kaynak_document_lookup_source (fixture->document, id) == NULL)
    return "kaynak-no-source";
  *owned = g_strconcat ("kaynak-source:", id, NULL);
  return *owned;
}

/* Every character of the buffer against the rule; fails at the first
 * that differs, naming it.  The buffer's tags are read once per stretch
 * between two toggles (they are the same all along it). */
static void
assert_every_highlight (Fixture *fixture)
{
  guint length = kaynak_document_get_length (fixture->document);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (fixture->buffer, &iter);
  while (!gtk_text_iter_is_end (&iter))
    {
      g_autoptr(GSList) tags = gtk_text_iter_get_tags (&iter);
      guint from = (guint) gtk_text_iter_get_offset (&iter);
      gboolean has_overlap = FALSE;
      const char *have = NULL;
      guint n_colour = 0, to;

      for (GSList *l = tags; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;

          g_object_get (l->data, "name", &name, NULL);
          if (g_strcmp0 (name, "kaynak-overlap") == 0)
            has_overlap = TRUE;
          else if (g_strcmp0 (name, "kaynak-selected") != 0)
            {
              n_colour++;
              have = g_intern_string (name);
            }
        }
      gtk_text_iter_forward_to_tag_toggle (&iter, NULL);
      to = MIN ((guint) gtk_text_iter_get_offset (&iter), length);

      for (guint offset = from; offset < to; offset++)
        {
          g_autofree char *owned = NULL;
          gboolean overlap;
          const char *want = expected_tag (fixture, offset, &overlap, &owned);

          if (n_colour > 1 || g_strcmp0 (have, want) != 0 || has_overlap != overlap)
            g_error ("offset %u: tag %s (%u colours), overlap %d; the claims give %s, overlap %d",
                     offset, have ? have : "none", n_colour, has_overlap, want ? want : "none",
                     overlap);
        }
    }
}

static void
wait_for_painting (Fixture *fixture)
{
  while (kaynak_highlighter_get_pending (fixture->highlighter))
    g_main_context_iteration (NULL, TRUE);
}

static void
on_pending (KaynakHighlighter *highlighter,
            GParamSpec        *pspec,
            gboolean          *notified)
{
  *notified = TRUE;
}

static void
test_chunks_equal_all_at_once (Fixture       *fixture,
                               gconstpointer  data)
{
  guint length = kaynak_document_get_length (fixture->document);
  gboolean notified = FALSE;

  fixture->highlighter = kaynak_highlighter_new (fixture->buffer, fixture->document, FALSE);
  g_signal_connect (fixture->highlighter, "notify::pending", G_CALLBACK (on_pending), &notified);

  /* the top at once, the rest later */
  g_assert_true (kaynak_highlighter_get_pending (fixture->highlighter));
  g_assert_true (kaynak_highlighter_is_painted (fixture->highlighter, 0, 1000));
  g_assert_false (kaynak_highlighter_is_painted (fixture->highlighter, 0, length));

  wait_for_painting (fixture);
  /* "pending" said when it was done */
  g_assert_true (notified);
  g_assert_true (kaynak_highlighter_is_painted (fixture->highlighter, 0, length));
  assert_every_highlight (fixture);
}

static void
test_paint_now (Fixture       *fixture,
                gconstpointer  data)
{
  guint length = kaynak_document_get_length (fixture->document);
  guint middle = length / 2;

  fixture->highlighter = kaynak_highlighter_new (fixture->buffer, fixture->document, FALSE);
  g_assert_false (kaynak_highlighter_is_painted (fixture->highlighter, middle, middle + 5000));
  kaynak_highlighter_paint_now (fixture->highlighter, middle, middle + 5000);
  g_assert_true (kaynak_highlighter_is_painted (fixture->highlighter, middle, middle + 5000));
  /* the end of the article, all of it at once: nothing is left */
  kaynak_highlighter_paint_now (fixture->highlighter, 0, length);
  g_assert_false (kaynak_highlighter_get_pending (fixture->highlighter));
  assert_every_highlight (fixture);
}

static gboolean
has_tag_at (Fixture    *fixture,
            guint       offset,
            const char *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (fixture->buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (fixture->buffer, &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* A range in the last chunk without any claim, to tag there */
static guint
free_place (Fixture *fixture,
            guint    from)
{
  guint length = kaynak_document_get_length (fixture->document);

  for (guint offset = from; offset + 40 < length; offset++)
    {
      g_autoptr(GPtrArray) claims = kaynak_document_claims_in_range (fixture->document, offset, offset + 40);

      if (claims->len == 0)
        return offset;
    }
  g_assert_not_reached ();
  return 0;
}

static void
test_edits_while_pending (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *claims = kaynak_document_get_claims (fixture->document);
  GListModel *sources = kaynak_document_get_sources (fixture->document);
  guint length = kaynak_document_get_length (fixture->document);
  g_autoptr(KaynakSource) first = g_list_model_get_item (sources, 0);
  g_autoptr(KaynakSource) second = g_list_model_get_item (sources, 1);
  g_autofree char *first_tag = g_strconcat ("kaynak-source:", kaynak_source_get_id (first), NULL);
  g_autofree char *second_tag = g_strconcat ("kaynak-source:", kaynak_source_get_id (second), NULL);
  g_autoptr(KaynakClaim) removed = NULL;
  g_autoptr(KaynakClaim) moved = NULL;
  g_autofree char *removed_id = NULL;
  KaynakClaim *added, *retagged;
  guint place;

  fixture->highlighter = kaynak_highlighter_new (fixture->buffer, fixture->document, FALSE);
  g_assert_true (kaynak_highlighter_get_pending (fixture->highlighter));

  /* A claim tagged in a chunk not painted yet shows at once… */
  place = free_place (fixture, length - 20000);
  g_assert_false (kaynak_highlighter_is_painted (fixture->highlighter, place, place + 30));
  added = kaynak_document_create_claim (fixture->document, place, place + 30,
                                        kaynak_source_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  g_assert_true (has_tag_at (fixture, place + 10, first_tag));

  /* …retagged, it changes colour (and the old one is not painted back
   * when its chunk's turn comes) */
  retagged = added;
  g_assert_true (kaynak_document_retag_claim (fixture->document, retagged,
                                              kaynak_source_get_id (second), &error));
  g_assert_no_error (error);
  g_assert_true (has_tag_at (fixture, place + 10, second_tag));
  g_assert_false (has_tag_at (fixture, place + 10, first_tag));

  /* a claim removed and one moved, in the middle, still pending */
  removed = g_list_model_get_item (claims, g_list_model_get_n_items (claims) / 2);
  removed_id = g_strdup (kaynak_claim_get_id (removed));
  g_assert_false (kaynak_highlighter_is_painted (fixture->highlighter,
                                                 kaynak_claim_get_start (removed),
                                                 kaynak_claim_get_end (removed)));
  g_assert_true (kaynak_document_remove_claim (fixture->document, removed_id, &error));
  g_assert_no_error (error);
  moved = g_list_model_get_item (claims, g_list_model_get_n_items (claims) / 3);
  g_assert_true (kaynak_document_set_claim_range (fixture->document, kaynak_claim_get_id (moved),
                                                  kaynak_claim_get_start (moved) + 1000,
                                                  kaynak_claim_get_end (moved) + 1000, &error));
  g_assert_no_error (error);

  /* undone and redone while still pending */
  g_assert_true (kaynak_document_undo (fixture->document));
  g_assert_true (kaynak_document_undo (fixture->document));
  g_assert_true (kaynak_document_redo (fixture->document));
  g_assert_true (kaynak_highlighter_get_pending (fixture->highlighter));

  wait_for_painting (fixture);
  assert_every_highlight (fixture);

  /* and after it: the edits work as before */
  g_assert_true (kaynak_document_undo (fixture->document));
  g_assert_true (kaynak_document_undo (fixture->document));
  g_assert_true (kaynak_document_undo (fixture->document));
  g_assert_false (has_tag_at (fixture, place + 10, second_tag));
  assert_every_highlight (fixture);
}

static void
add_tests (void)
{
#define ADD(name, func) \
  g_test_add ("/kaynak/highlighter/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("chunks-equal-all-at-once", test_chunks_equal_all_at_once);
  ADD ("paint-now", test_paint_now);
  ADD ("edits-while-pending", test_edits_while_pending);
#undef ADD
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "highlighter", add_tests);
}
