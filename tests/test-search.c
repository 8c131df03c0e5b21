/* test-search.c: finding a word in the article as its reader would: the
 * Turkic i's, Unicode default case folding, accents, offsets in the
 * original text, and tagging every match in one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-search.h"
#include "kaynak-text-fold.h"

/* The matches as "start-end start-end …", or "" */
static char *
find (const char        *text,
      const char        *needle,
      const char        *language,
      KaynakSearchFlags  flags)
{
  g_autoptr(GArray) matches = kaynak_search_find_all (text, -1, needle, language, flags);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      KaynakSearchMatch *m = &g_array_index (matches, KaynakSearchMatch, i);

      g_string_append_printf (out, "%s%u-%u", i > 0 ? " " : "", m->start, m->end);
    }
  return g_string_free (out, FALSE);
}

#define assert_finds(text, needle, language, flags, expected) \
  G_STMT_START { \
    g_autofree char *_got = find ((text), (needle), (language), (flags)); \
    if (g_strcmp0 (_got, (expected)) != 0) \
      g_error ("“%s” in “%s” (%s): expected [%s], got [%s]", \
               (const char *) (needle), (const char *) (text), (language) ? (const char *) (language) : "no language", (const char *) (expected), _got); \
  } G_STMT_END

/* The substring of TEXT at code points [start, end) */
static char *
slice (const char *text,
       guint       start,
       guint       end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);

  return g_strndup (a, b - a);
}

static void
test_turkish_dotted_and_dotless_i (void)
{
  const char *text = "İstanbul'da hava ILIK, İKİ gün sonra ilik bir yağmur.";

  /* "istanbul" finds "İstanbul" */
  assert_finds (text, "istanbul", "tr", 0, "0-8");
  assert_finds (text, "İSTANBUL", "tr", 0, "0-8");
  /* "ılık" finds "ILIK" and not "ilik" */
  assert_finds (text, "ılık", "tr", 0, "17-21");
  /* "ilik" finds "ilik" and not "ILIK" */
  assert_finds (text, "ilik", "tr", 0, "37-41");
  /* "iki" finds "İKİ" */
  assert_finds (text, "iki", "tr", 0, "23-26");
  /* Azerbaijani has the same letters, and the region does not matter */
  assert_finds (text, "ılık", "az", 0, "17-21");
  assert_finds (text, "ılık", "tr-TR", 0, "17-21");
  assert_finds (text, "ılık", "AZ-Latn-AZ", 0, "17-21");
  /* Without accents, a Turkish reader's i and ı are one letter: "ilik"
   * then finds both, and "Istanbul" finds "İstanbul" */
  assert_finds (text, "ilik", "tr", KAYNAK_SEARCH_IGNORE_ACCENTS, "17-21 37-41");
  assert_finds (text, "Istanbul", "tr", 0, "");
  assert_finds (text, "Istanbul", "tr", KAYNAK_SEARCH_IGNORE_ACCENTS, "0-8");

  g_assert_true (kaynak_text_fold_language_is_turkic ("tr"));
  g_assert_true (kaynak_text_fold_language_is_turkic ("az-Cyrl"));
  g_assert_false (kaynak_text_fold_language_is_turkic ("en"));
  g_assert_false (kaynak_text_fold_language_is_turkic ("tru"));
  g_assert_false (kaynak_text_fold_language_is_turkic (""));
  g_assert_false (kaynak_text_fold_language_is_turkic (NULL));
}

static void
test_turkish_decomposed_capital_i (void)
{
  /* "İKİ" with each İ written as I + U+0307: still the letter i, and the
   * match covers both code points of each */
  const char *text = "bir I\xcc\x87KI\xcc\x87 \xc3\xbc\xc3\xa7";

  assert_finds (text, "iki", "tr", 0, "4-9");
  assert_finds (text, "ıkı", "tr", 0, "");
}

static void
test_default_folding_elsewhere (void)
{
  /* English (or no language): "I" is "i" */
  assert_finds ("ILIK and ilik", "ilik", "en", 0, "0-4 9-13");
  assert_finds ("ILIK and ilik", "ilik", NULL, 0, "0-4 9-13");
  /* The dotless ı is its own letter there too */
  assert_finds ("ILIK and ılık", "ılık", "en", 0, "9-13");
  /* "İ" folds to "i" + U+0307 (longer than the original): "İstanbul"
   * finds "İSTANBUL", and the match ends where the word ends */
  assert_finds ("in İSTANBUL today", "İstanbul", "en", 0, "3-11");
  /* a plain "i" is not the dotted capital unless accents are ignored */
  assert_finds ("in İSTANBUL today", "istanbul", "en", 0, "");
  assert_finds ("in İSTANBUL today", "istanbul", "en", KAYNAK_SEARCH_IGNORE_ACCENTS, "3-11");
}

static void
test_offsets_where_folding_changes_length (void)
{
  const char *text = "Die Straße, die STRASSE, ßs.";

  /* "ß" folds to "ss": found by either spelling, offsets in the original */
  assert_finds (text, "strasse", "de", 0, "4-10 16-23");
  assert_finds (text, "straße", "de", 0, "4-10 16-23");
  /* half of "ß" is not a match; "ss" is the whole "ß" */
  assert_finds ("ß", "s", "de", 0, "");
  assert_finds (text, "ss", "de", 0, "8-9 20-22 25-26");
  /* After "İ" (two code points folded, one original) the offsets stay
   * right */
  {
    const char *t = "İİ kremlin İ Kremlin";
    g_autoptr(GArray) m = kaynak_search_find_all (t, -1, "kremlin", "en", 0);
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;

    g_assert_cmpuint (m->len, ==, 2);
    a = slice (t, g_array_index (m, KaynakSearchMatch, 0).start, g_array_index (m, KaynakSearchMatch, 0).end);
    b = slice (t, g_array_index (m, KaynakSearchMatch, 1).start, g_array_index (m, KaynakSearchMatch, 1).end);
    g_assert_cmpstr (a, ==, "kremlin");
    g_assert_cmpstr (b, ==, "Kremlin");
  }
}

static void
test_accents_count_unless_ignored (void)
{
  const char *text = "soğuş ve sogus";

  assert_finds (text, "sogus", "tr", 0, "9-14");
  assert_finds (text, "soğuş", "tr", 0, "0-5");
  assert_finds (text, "sogus", "tr", KAYNAK_SEARCH_IGNORE_ACCENTS, "0-5 9-14");
  assert_finds (text, "SOĞUŞ", "tr", KAYNAK_SEARCH_IGNORE_ACCENTS, "0-5 9-14");
  assert_finds ("café cafe", "cafe", "fr", 0, "5-9");
  assert_finds ("café cafe", "cafe", "fr", KAYNAK_SEARCH_IGNORE_ACCENTS, "0-4 5-9");
  /* A decomposed "é" (e + U+0301) is the same letter as a composed one */
  assert_finds ("cafe\xcc\x81 cafe", "café", "fr", 0, "0-5");
  /* where accents count, "cafe" does not find the "cafe" of "cafe" + accent */
  assert_finds ("cafe\xcc\x81 cafe", "cafe", "fr", 0, "6-10");
  /* and with them ignored the match takes the accent with it */
  assert_finds ("cafe\xcc\x81 cafe", "cafe", "fr", KAYNAK_SEARCH_IGNORE_ACCENTS, "0-5 6-10");
  /* a needle of accents alone folds to nothing when they are ignored */
  assert_finds ("cafe\xcc\x81", "\xcc\x81", "fr", KAYNAK_SEARCH_IGNORE_ACCENTS, "");
}

static void
test_overlapping_and_adjacent_matches (void)
{
  /* left to right, never overlapping */
  assert_finds ("aaaaa", "aa", "en", 0, "0-2 2-4");
  assert_finds ("abab", "ab", "en", 0, "0-2 2-4");
  assert_finds ("ababa", "aba", "en", 0, "0-3");
  assert_finds ("KremlinKremlin kremlin", "kremlin", "tr", 0, "0-7 7-14 15-22");
  /* a candidate spoilt by the next character does not hide the one after */
  assert_finds ("ßss", "ss", "de", 0, "0-1 1-3");
}

static void
test_empty_and_bad_needles (void)
{
  assert_finds ("Kremlin", "", "tr", 0, "");
  assert_finds ("Kremlin", NULL, "tr", 0, "");
  assert_finds ("", "kremlin", "tr", 0, "");
  assert_finds ("Kremlin", "kremlinler", "tr", 0, "");
  assert_finds ("Kremlin", "\xff", "tr", 0, "");
  assert_finds ("a\xff Kremlin", "kremlin", "tr", 0, "");
}

/* One folded needle over many texts, as the claim list's filter uses it */
static void
test_searcher_over_many_texts (void)
{
  g_autoptr(KaynakSearcher) searcher = kaynak_searcher_new ("ılık", "tr", 0);
  g_autoptr(KaynakSearcher) empty = kaynak_searcher_new ("", "tr", 0);
  g_autoptr(KaynakSearcher) accents = kaynak_searcher_new ("\xcc\x81", "fr", KAYNAK_SEARCH_IGNORE_ACCENTS);

  g_assert_true (kaynak_searcher_contains (searcher, "hava ILIK"));
  g_assert_false (kaynak_searcher_contains (searcher, "hava ilik"));
  g_assert_true (kaynak_searcher_contains (searcher, "ılık ılık ılık"));
  g_assert_false (kaynak_searcher_contains (searcher, ""));
  g_assert_false (kaynak_searcher_is_empty (searcher));
  g_assert_true (kaynak_searcher_is_empty (empty));
  g_assert_false (kaynak_searcher_contains (empty, "anything"));
  g_assert_true (kaynak_searcher_is_empty (accents));
}

/* The 5 MB article: linear, and every match right */
static void
test_five_megabytes (void)
{
  static const char paragraph[] =
    "Kremlin’den açıklama gelmedi; İSTANBUL’daki yetkililer ILIK bir "
    "dille konuştu ve iki ülke arasındaki görüşmelerin süreceğini söyledi. ";
  GString *text = g_string_new (NULL);
  guint n_paragraphs = 0, paragraph_chars = g_utf8_strlen (paragraph, -1);
  g_autoptr(GArray) matches = NULL;
  gint64 started;
  double seconds;

  while (text->len < 5 * 1024 * 1024)
    {
      g_string_append (text, paragraph);
      n_paragraphs++;
    }

  started = g_get_monotonic_time ();
  matches = kaynak_search_find_all (text->str, text->len, "kremlin", "tr", 0);
  seconds = (g_get_monotonic_time () - started) / 1e6;
  g_test_message ("5 MB, %u matches in %.3f s", matches->len, seconds);

  g_assert_cmpuint (matches->len, ==, n_paragraphs);
  for (guint i = 0; i < matches->len; i++)
    {
      KaynakSearchMatch *m = &g_array_index (matches, KaynakSearchMatch, i);

      g_assert_cmpuint (m->start, ==, i * paragraph_chars);
      g_assert_cmpuint (m->end, ==, i * paragraph_chars + 7);
    }
  g_clear_pointer (&matches, g_array_unref);

  /* The Turkic rules hold all the way through */
  matches = kaynak_search_find_all (text->str, text->len, "iki", "tr", 0);
  g_assert_cmpuint (matches->len, ==, n_paragraphs);
  g_clear_pointer (&matches, g_array_unref);
  matches = kaynak_search_find_all (text->str, text->len, "istanbul", "tr", 0);
  g_assert_cmpuint (matches->len, ==, n_paragraphs);

  /* Generous for a debug build under valgrind on a busy machine: a
   * quadratic search would take minutes */
  g_assert_cmpfloat (seconds, <, 20.0);
  g_string_free (text, TRUE);
}

/* --- Tag All Matches as… ------------------------------------------------- */

static KaynakDocument *
new_document (const char *text)
{
  KaynakDocument *doc = kaynak_document_new (text, -1);
  g_autoptr(KaynakSource) source = kaynak_source_new ("kremlin", "Kremlin", "#c01c28", 1, KAYNAK_SOURCE_KIND_NAMED);

  kaynak_document_set_language (doc, "tr");
  g_assert_true (kaynak_document_add_source (doc, source, NULL));
  kaynak_document_clear_history (doc);
  return doc;
}

static void
test_tag_all_matches_in_one_step (void)
{
  g_autoptr(KaynakDocument) doc = new_document ("Kremlin sustu. KREMLİN yine sustu; kremlin ise…");
  g_autoptr(GArray) matches = kaynak_search_document (doc, "kremlin", 0);
  g_autoptr(GError) error = NULL;
  guint tagged = 99;

  g_assert_cmpuint (matches->len, ==, 3);
  /* the second is a claim already, exactly: left alone */
  g_assert_nonnull (kaynak_document_create_claim (doc, 15, 22, "kremlin", NULL));
  kaynak_document_clear_history (doc);

  g_assert_true (kaynak_document_tag_matches (doc, (KaynakSearchMatch *) matches->data,
                                              matches->len, "kremlin", &tagged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tagged, ==, 2);
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 3);
  g_assert_nonnull (kaynak_document_find_claim_with_range (doc, 0, 7));
  g_assert_nonnull (kaynak_document_find_claim_with_range (doc, 35, 42));

  /* one undo removes both, and only them */
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 1);
  g_assert_false (kaynak_document_get_can_undo (doc));
  g_assert_true (kaynak_document_redo (doc));
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 3);

  /* again: every match is a claim now, nothing to tag */
  g_assert_true (kaynak_document_tag_matches (doc, (KaynakSearchMatch *) matches->data,
                                              matches->len, "kremlin", &tagged, &error));
  g_assert_cmpuint (tagged, ==, 0);
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 3);
}

static void
test_tag_all_matches_refuses_bad_input (void)
{
  g_autoptr(KaynakDocument) doc = new_document ("Kremlin sustu.");
  KaynakSearchMatch bad[] = { { 0, 7 }, { 10, 99 } };
  g_autoptr(GError) error = NULL;
  guint tagged = 99;

  g_assert_false (kaynak_document_tag_matches (doc, bad, 1, "nobody", &tagged, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_assert_cmpuint (tagged, ==, 0);
  g_clear_error (&error);

  /* a match past the end changes nothing, not even the good one */
  g_assert_false (kaynak_document_tag_matches (doc, bad, 2, "kremlin", &tagged, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE);
  g_assert_cmpuint (kaynak_document_get_n_claims (doc), ==, 0);
  g_assert_false (kaynak_document_get_can_undo (doc));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/search/turkish-dotted-and-dotless-i", test_turkish_dotted_and_dotless_i);
  g_test_add_func ("/kaynak/search/turkish-decomposed-capital-i", test_turkish_decomposed_capital_i);
  g_test_add_func ("/kaynak/search/default-folding-elsewhere", test_default_folding_elsewhere);
  g_test_add_func ("/kaynak/search/offsets-where-folding-changes-length",
                   test_offsets_where_folding_changes_length);
  g_test_add_func ("/kaynak/search/accents-count-unless-ignored", test_accents_count_unless_ignored);
  g_test_add_func ("/kaynak/search/overlapping-and-adjacent-matches", test_overlapping_and_adjacent_matches);
  g_test_add_func ("/kaynak/search/empty-and-bad-needles", test_empty_and_bad_needles);
  g_test_add_func ("/kaynak/search/searcher-over-many-texts", test_searcher_over_many_texts);
  g_test_add_func ("/kaynak/search/five-megabytes-linear", test_five_megabytes);
  g_test_add_func ("/kaynak/search/tag-all-matches-in-one-step", test_tag_all_matches_in_one_step);
  g_test_add_func ("/kaynak/search/tag-all-matches-refuses-bad-input",
                   test_tag_all_matches_refuses_bad_input);

  return g_test_run ();
}
