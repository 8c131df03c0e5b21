/* kaynak-sentence.c: sentence boundaries (the rule is in the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kaynak-sentence.h"

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

static gboolean
is_terminal (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D ||
         c == 0x2019 || c == 0x00BB || c == 0x203A;
}

static gboolean
is_abbreviation (const gunichar *text,
                 guint           word_start,
                 guint           word_end)
{
  static const char * const abbreviations[] = {
    "Dr", "Prof", "Doç", "Av", "Yrd", "Sn", "St", "vb", "vs", "No", "Mr", "Mrs", "Ms",
  };
  g_autofree char *word = NULL;

  if (word_end - word_start == 1 && g_unichar_isupper (text[word_start]))
    return TRUE;  /* an initial */
  if (word_end - word_start > 4)
    return FALSE;
  word = g_ucs4_to_utf8 (text + word_start, word_end - word_start, NULL, NULL, NULL);
  for (guint i = 0; word != NULL && i < G_N_ELEMENTS (abbreviations); i++)
    if (g_str_equal (word, abbreviations[i]))
      return TRUE;
  return FALSE;
}

static void
push (GArray         *sentences,
      const gunichar *text,
      guint           start,
      guint           end)
{
  KaynakSpan span;

  while (end > start && g_unichar_isspace (text[end - 1]))
    end--;
  if (end <= start)
    return;
  span.start = start;
  span.end = end;
  g_array_append_val (sentences, span);
}

GArray *
kaynak_sentences_split (const gunichar *text,
                        guint           length)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (KaynakSpan));
  guint start = 0;
  guint i = 0;

  while (start < length && g_unichar_isspace (text[start]))
    start++;
  i = start;

  while (i < length)
    {
      gunichar c = text[i];
      guint j;

      if (is_line_break (c))
        {
          push (sentences, text, start, i);
          for (start = i + 1; start < length && g_unichar_isspace (text[start]); start++)
            ;
          i = start;
          continue;
        }
      if (!is_terminal (c))
        {
          i++;
          continue;
        }

      for (j = i + 1; j < length && is_terminal (text[j]); j++)
        ;
      for (; j < length && is_closing (text[j]); j++)
        ;
      if (j < length && !g_unichar_isspace (text[j]))
        {
          i = j;
          continue;
        }

      /* A boundary candidate at j: look at the next word and the word
       * before the period. */
      {
        guint next = j;
        guint word_start = i;
        gboolean boundary = TRUE;

        while (next < length && g_unichar_isspace (text[next]) && !is_line_break (text[next]))
          next++;
        if (next < length && (g_unichar_islower (text[next]) || g_unichar_isdigit (text[next])))
          boundary = FALSE;
        if (c == '.' && j == i + 1)
          {
            while (word_start > start && g_unichar_isalpha (text[word_start - 1]))
              word_start--;
            if (word_start < i && is_abbreviation (text, word_start, i))
              boundary = FALSE;
          }
        if (boundary)
          {
            push (sentences, text, start, j);
            for (start = j; start < length && g_unichar_isspace (text[start]) &&
                 !is_line_break (text[start]); start++)
              ;
            i = start;
          }
        else
          i = j;
      }
    }
  push (sentences, text, start, length);
  return sentences;
}

/* Index of the last sentence starting at or before @offset, or 0 */
static guint
find (GArray *sentences,
      guint   offset)
{
  guint lo = 0, hi = sentences->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (sentences, KaynakSpan, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? lo - 1 : 0;
}

void
kaynak_sentences_cover (GArray *sentences,
                        guint   start,
                        guint   end,
                        guint  *out_start,
                        guint  *out_end)
{
  *out_start = start;
  *out_end = end;
  if (sentences->len == 0 || end <= start)
    return;
  *out_start = MIN (start, g_array_index (sentences, KaynakSpan, find (sentences, start)).start);
  *out_end = MAX (end, g_array_index (sentences, KaynakSpan, find (sentences, end - 1)).end);
}
