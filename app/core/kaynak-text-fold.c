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

gboolean
kaynak_text_fold_language_is_turkic (const char *language)
{
  static const char * const turkic[] = { "tr", "az", "tur", "aze" };
  gsize primary;

  if (language == NULL)
    return FALSE;

  /* The primary subtag decides: "tr-TR" and "az-Latn" are Turkic */
  primary = strcspn (language, "-_");
  for (guint i = 0; i < G_N_ELEMENTS (turkic); i++)
    if (strlen (turkic[i]) == primary &&
        g_ascii_strncasecmp (language, turkic[i], primary) == 0)
      return TRUE;
  return FALSE;
}

#define CAPITAL_I_WITH_DOT 0x0130

guint
kaynak_text_fold_char (gunichar        c,
                       KaynakFoldFlags flags,
                       gunichar       *out)
{
  gboolean ignore_accents = (flags & KAYNAK_FOLD_IGNORE_ACCENTS) != 0;
  char utf8[8];
  g_autofree char *folded = NULL;
  int len;
  guint n = 0;

  if ((flags & KAYNAK_FOLD_TURKIC) != 0 && (c == 'I' || c == CAPITAL_I_WITH_DOT))
    {
      out[0] = (c == CAPITAL_I_WITH_DOT || ignore_accents) ? 'i' : DOTLESS_I;
      return 1;
    }

  len = g_unichar_to_utf8 (c, utf8);
  folded = g_utf8_casefold (utf8, len);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n_decomposed = g_unichar_fully_decompose (g_utf8_get_char (p), FALSE,
                                                      decomposed,
                                                      G_N_ELEMENTS (decomposed));

      for (gsize i = 0; i < n_decomposed && n < KAYNAK_FOLD_MAX_CHARS; i++)
        {
          gunichar d = decomposed[i];

          if (ignore_accents && g_unichar_ismark (d))
            continue;
          if (ignore_accents && d == DOTLESS_I)
            d = 'i';
          out[n++] = d;
        }
    }

  return n;
}
