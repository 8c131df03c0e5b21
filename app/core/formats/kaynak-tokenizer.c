/* kaynak-tokenizer.c: the CoNLL tokeniser (the rules are in the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kaynak-tokenizer.h"

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

/* Invisible characters that hold their neighbours together (or, for the
 * soft hyphen, mark where a word may break at a line end): between two
 * word characters they are part of the word, anywhere else they are
 * nothing, never a token of their own. */
static gboolean
is_invisible_joiner (gunichar c)
{
  return c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

/* U+200B says "a word may break here": it separates like a space */
static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200B;
}

/* What an emoji sequence is made of after its first symbol: variation
 * selectors and skin-tone modifiers */
static gboolean
is_emoji_part (gunichar c)
{
  return c == 0xFE0E || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF);
}

/* The index after a run of invisible joiners starting at @j, if a word
 * character follows it; @j itself otherwise */
static guint
skip_joiners_into_word (const gunichar *text,
                        guint           j,
                        guint           end)
{
  guint k = j;

  while (k < end && is_invisible_joiner (text[k]))
    k++;
  return k > j && k < end && is_word_char (text[k]) ? k : j;
}

static gboolean
is_number_joiner (gunichar c)
{
  return c == '.' || c == ',' || c == ':' || c == '/' || c == 0x2013;
}

GArray *
kaynak_tokenize (const gunichar *text,
                 guint           start,
                 guint           end)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (KaynakSpan));
  guint i = start;

  while (i < end)
    {
      KaynakSpan token = { i, i + 1 };
      gunichar c = text[i];

      if (is_separator (c) || is_invisible_joiner (c))
        {
          i++;
          continue;
        }

      if (is_word_char (c))
        {
          guint j = i + 1;

          for (;;)
            {
              while (j < end && is_word_char (text[j]))
                j++;
              if (skip_joiners_into_word (text, j, end) > j)
                j = skip_joiners_into_word (text, j, end) + 1;
              else if (j + 1 < end && is_apostrophe (text[j]) && g_unichar_isalpha (text[j + 1]))
                j += 2;
              else if (j + 1 < end && is_hyphen (text[j]) && is_word_char (text[j + 1]))
                j += 2;
              else if (j + 1 < end && is_number_joiner (text[j]) &&
                       g_unichar_isdigit (text[j - 1]) && g_unichar_isdigit (text[j + 1]))
                j += 2;
              else
                break;
            }
          token.end = j;
        }
      else if (c == '.')
        {
          guint j = i + 1;

          while (j < end && text[j] == '.')
            j++;
          token.end = j;
        }
      else if (g_unichar_type (c) == G_UNICODE_OTHER_SYMBOL)
        {
          /* an emoji joined by U+200D ("👩‍💻") is one picture, one token */
          guint j = i + 1;

          for (;;)
            {
              while (j < end && is_emoji_part (text[j]))
                j++;
              if (j + 1 < end && text[j] == 0x200D &&
                  g_unichar_type (text[j + 1]) == G_UNICODE_OTHER_SYMBOL)
                j += 2;
              else
                break;
            }
          token.end = j;
        }

      g_array_append_val (tokens, token);
      i = token.end;
    }
  return tokens;
}
