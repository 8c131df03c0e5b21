/* kaynak-text-fold.c: one key for names that differ only in case,
 * Turkish dotted and dotless i included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-text-fold.h"

#define COMBINING_DOT_ABOVE 0x0307
#define DOTLESS_I           0x0131

char *
kaynak_text_fold (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  /* NFKC first, so that a decomposed "İ" (I + U+0307) and compatibility
   * forms fold like their composed ones */
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (normal == NULL)            /* not UTF-8: compare the bytes as they are */
    return g_strdup (text);
  folded = g_utf8_casefold (normal, -1);

  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      /* casefold turned "İ" into "i" + U+0307: the dot is the letter's own */
      if (c == COMBINING_DOT_ABOVE && out->len > 0 && out->str[out->len - 1] == 'i')
        continue;
      if (space)
        {
          g_string_append_c (out, ' ');
          space = FALSE;
        }
      if (c == DOTLESS_I)
        c = 'i';
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
kaynak_text_fold_equal (const char *a,
                        const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return a == b;

  fa = kaynak_text_fold (a);
  fb = kaynak_text_fold (b);
  return g_str_equal (fa, fb);
}

gboolean
kaynak_text_fold_contains (const char *text,
                           const char *folded_needle)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (folded_needle != NULL, FALSE);

  if (folded_needle[0] == '\0')
    return TRUE;
  if (text == NULL)
    return FALSE;

  folded = kaynak_text_fold (text);
  return strstr (folded, folded_needle) != NULL;
}
