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

      if (g_unichar_isspace (c))
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
              if (j + 1 < end && is_apostrophe (text[j]) && g_unichar_isalpha (text[j + 1]))
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

      g_array_append_val (tokens, token);
      i = token.end;
    }
  return tokens;
}
