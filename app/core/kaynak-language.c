/* kaynak-language.c: Turkish or English from the text, by counting words.
 *
 * Deliberately simple (see kaynak-language.h): Kaynak only needs to tell
 * its two main languages apart to pick the right case rules and to label
 * exports, and a wrong guess is one click to correct in Article Details.
 * One pass over at most KAYNAK_LANGUAGE_SAMPLE characters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-language.h"

/* Longest stop word kept, in bytes; longer words are not looked up */
#define MAX_WORD_BYTES 32

static const char * const turkish_words[] = {
  "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "olan", "çok",
  "daha", "gibi", "ama", "ancak", "en", "ne", "mi", "şu", "her", "sonra",
  "kadar", "göre", "değil", "diye", "ise", "veya", "hem", "ki", "olduğu",
  "dedi", "üzere", "ya", "ayrıca", "yani", "şey", "var", "yok",
};

static const char * const english_words[] = {
  "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was",
  "on", "as", "are", "by", "this", "be", "at", "from", "has", "have",
  "said", "not", "but", "or", "an", "were", "which", "their", "they", "he",
  "she", "his", "her", "a", "will", "would", "been", "had", "who",
};

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Letters of the Turkish alphabet that English does not have */
static gboolean
is_turkish_letter (gunichar c)
{
  switch (c)
    {
    case 0x00E7: case 0x00C7: /* ç Ç */
    case 0x011F: case 0x011E: /* ğ Ğ */
    case 0x0131: case 0x0130: /* ı İ */
    case 0x00F6: case 0x00D6: /* ö Ö */
    case 0x015F: case 0x015E: /* ş Ş */
    case 0x00FC: case 0x00DC: /* ü Ü */
      return TRUE;
    default:
      return FALSE;
    }
}

typedef struct
{
  guint words;
  guint turkish;
  guint english;
} Counts;

/* One finished word: @word is its lower-case UTF-8 (NUL-terminated, or
 * too long to be a stop word when @too_long) */
static void
count_word (Counts     *counts,
            const char *word,
            gboolean    too_long,
            gboolean    has_turkish_letter)
{
  counts->words++;
  if (has_turkish_letter ||
      (!too_long && in_list (word, turkish_words, G_N_ELEMENTS (turkish_words))))
    counts->turkish++;
  else if (!too_long && in_list (word, english_words, G_N_ELEMENTS (english_words)))
    counts->english++;
}

static gboolean
wins (guint ours,
      guint theirs,
      guint words)
{
  return ours >= 3 && ours * 10 >= words && ours >= 2 * theirs;
}

const char *
kaynak_language_detect (const char *text,
                        gssize      length)
{
  const char *p, *end;
  Counts counts = { 0 };
  char word[MAX_WORD_BYTES + 8];
  gsize word_len = 0;
  gboolean in_word = FALSE, too_long = FALSE, turkish_letter = FALSE;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (text);
  end = text + length;

  for (p = text; p < end && n < KAYNAK_LANGUAGE_SAMPLE; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      /* An apostrophe stays inside a word: Rusya'ya, don't */
      if (g_unichar_isalpha (c) || (in_word && (c == '\'' || c == 0x2019)))
        {
          /* Lower case by hand for the two letters where the default
           * mapping is wrong for Turkish (I → i is right for English,
           * and no stop word of either list has a capital İ or I) */
          gunichar lower = c == 0x0130 ? 'i' : g_unichar_tolower (c);

          in_word = TRUE;
          turkish_letter = turkish_letter || is_turkish_letter (c);
          if (!too_long)
            {
              char buf[6];
              int len = g_unichar_to_utf8 (lower, buf);

              if (word_len + (gsize) len > MAX_WORD_BYTES)
                too_long = TRUE;
              else
                {
                  memcpy (word + word_len, buf, (gsize) len);
                  word_len += (gsize) len;
                }
            }
          continue;
        }

      if (in_word)
        {
          word[word_len] = '\0';
          count_word (&counts, word, too_long, turkish_letter);
        }
      in_word = too_long = turkish_letter = FALSE;
      word_len = 0;
    }
  if (in_word)
    {
      word[word_len] = '\0';
      count_word (&counts, word, too_long, turkish_letter);
    }

  if (wins (counts.turkish, counts.english, counts.words))
    return "tr";
  if (wins (counts.english, counts.turkish, counts.words))
    return "en";
  return NULL;
}

gboolean
kaynak_language_tag_check (const char  *tag,
                           GError     **error)
{
  const char *p = tag;
  guint run = 0, subtag = 0;

  g_return_val_if_fail (tag != NULL, FALSE);

  if (*tag == '\0')
    return TRUE;

  for (;; p++)
    {
      if (*p == '-' || *p == '\0')
        {
          /* the language: 2–3 letters; the others 1–8 letters or digits */
          if ((subtag == 0 && (run < 2 || run > 3)) || run < 1 || run > 8)
            break;
          if (*p == '\0')
            return TRUE;
          subtag++;
          run = 0;
        }
      else if (g_ascii_isalpha (*p) || (subtag > 0 && g_ascii_isdigit (*p)))
        run++;
      else
        break;
    }

  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
               _("“%s” is not a language code. Write a BCP 47 code "
                 "such as “tr”, “en-GB” or “az-Latn”"),
               tag);
  return FALSE;
}
