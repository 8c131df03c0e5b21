/* test-word-snap.c: a mouse selection widened to whole words by the
 * CoNLL export's word rules (kaynak-word-snap.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>

#include "kaynak-word-snap.h"

/* Snaps the first occurrence of @selected in @text (both UTF-8) and
 * returns the text the snapped range covers */
static char *
snap (const char *text,
      const char *selected)
{
  const char *at = strstr (text, selected);
  g_autofree gunichar *chars = NULL;
  glong length = 0;
  guint start, end;
  const char *a, *b;

  g_assert_nonnull (at);
  chars = g_utf8_to_ucs4_fast (text, -1, &length);
  start = (guint) g_utf8_pointer_to_offset (text, at);
  end = start + (guint) g_utf8_strlen (selected, -1);

  kaynak_word_snap_range (chars, (guint) length, &start, &end);

  a = g_utf8_offset_to_pointer (text, start);
  b = g_utf8_offset_to_pointer (text, end);
  return g_strndup (a, b - a);
}

typedef struct
{
  const char *text;
  const char *selected;
  const char *expected;
} SnapCase;

static void
check_cases (const SnapCase *cases,
             gsize           n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *got = snap (cases[i].text, cases[i].selected);

      g_test_message ("“%s” in “%s”", cases[i].selected, cases[i].text);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* The issue's own example, and both edges on their own */
static void
test_turkish (void)
{
  static const SnapCase cases[] = {
    { "Kuzey Kore üç binden fazla asker gönderdi.", "ç binden fazla aske",
      "üç binden fazla asker" },
    { "Kuzey Kore üç binden fazla asker gönderdi.", "ç binden", "üç binden" },
    { "Kuzey Kore üç binden fazla asker gönderdi.", "binden fazla as", "binden fazla asker" },
    /* dotted and dotless i are letters like any other */
    { "İstanbul’da ılık bir gün", "stanbul’da ıl", "İstanbul’da ılık" },
    /* already whole: nothing moves */
    { "Kuzey Kore üç binden fazla asker gönderdi.", "fazla", "fazla" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A Turkish suffix after an apostrophe (straight, curly or modifier) is
 * part of its word */
static void
test_apostrophes (void)
{
  static const SnapCase cases[] = {
    { "Beyaz Saray’dan açıklama geldi", "az Saray", "Beyaz Saray’dan" },
    { "Beyaz Saray'dan açıklama geldi", "Saray'd", "Saray'dan" },
    { "ABDʼnin sözcüsü", "Dʼn", "ABDʼnin" },
    { "2017’de seçim yapıldı", "17", "2017’de" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Quotes and punctuation are words of their own: an edge beside them
 * stays, an edge inside the word they hold goes to the word's end, not
 * past the quote */
static void
test_quotes_and_punctuation (void)
{
  static const SnapCase cases[] = {
    { "Bakan “gerçek bir savaş” dedi.", "erçek bir sav", "gerçek bir savaş" },
    { "Bakan “gerçek bir savaş” dedi.", "“gerçek bir savaş”", "“gerçek bir savaş”" },
    { "Bakan \"gerçek\" dedi.", "erçe", "gerçek" },
    { "Rusya, Ukrayna ve Kore.", "sya, Ukr", "Rusya, Ukrayna" },
    { "Rusya, Ukrayna ve Kore.", "Kore.", "Kore." },
    { "Rusya, Ukrayna ve Kore.", "ore", "Kore" },
    /* an edge in white space stays */
    { "Rusya, Ukrayna ve Kore.", " Ukrayna ", " Ukrayna " },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Numbers hold their joiners between digits: "27-28", "3,000", "1.5" */
static void
test_numbers (void)
{
  static const SnapCase cases[] = {
    { "Saldırı 27-28 Ekim gecesi oldu", "7-28 Ek", "27-28 Ekim" },
    { "Saldırı 27-28 Ekim gecesi oldu", "28", "27-28" },
    { "more than 3,000 soldiers", "000 sol", "3,000 soldiers" },
    { "more than 3,000 soldiers", "3,0", "3,000" },
    { "saat 14:30’da", "4:3", "14:30’da" },
    { "Rusya-Ukrayna savaşı", "ya-Uk", "Rusya-Ukrayna" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The edges of the text, an empty range, and the reach */
static void
test_edges (void)
{
  static const gunichar abc[] = { 'a', 'b', 'c' };
  g_autofree gunichar *long_word = g_new (gunichar, 2 * KAYNAK_WORD_SNAP_REACH + 10);
  guint start = 1, end = 1;
  guint n = 2 * KAYNAK_WORD_SNAP_REACH + 10;

  /* a click is not a selection */
  kaynak_word_snap_range (abc, 3, &start, &end);
  g_assert_cmpuint (start, ==, 1);
  g_assert_cmpuint (end, ==, 1);

  start = 1, end = 2;
  kaynak_word_snap_range (abc, 3, &start, &end);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 3);

  g_assert_cmpuint (kaynak_word_snap_edge (abc, 3, 0, TRUE), ==, 0);
  g_assert_cmpuint (kaynak_word_snap_edge (abc, 3, 3, FALSE), ==, 3);
  g_assert_cmpuint (kaynak_word_snap_edge (NULL, 0, 0, FALSE), ==, 0);

  /* a run longer than the reach: the edge moves at most that far */
  for (guint i = 0; i < n; i++)
    long_word[i] = 'x';
  g_assert_cmpuint (kaynak_word_snap_edge (long_word, n, n / 2, TRUE), ==,
                    n / 2 - KAYNAK_WORD_SNAP_REACH);
  g_assert_cmpuint (kaynak_word_snap_edge (long_word, n, n / 2, FALSE), ==,
                    n / 2 + KAYNAK_WORD_SNAP_REACH);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/word-snap/turkish", test_turkish);
  g_test_add_func ("/kaynak/word-snap/apostrophes", test_apostrophes);
  g_test_add_func ("/kaynak/word-snap/quotes-and-punctuation", test_quotes_and_punctuation);
  g_test_add_func ("/kaynak/word-snap/numbers", test_numbers);
  g_test_add_func ("/kaynak/word-snap/edges", test_edges);

  return g_test_run ();
}
