/* kaynak-pdf-text.c: a PDF's text and details through poppler-glib.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "kaynak-error.h"
#include "kaynak-pdf-text.h"

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Every word of @text, folded to lower case, once */
static GHashTable *
words_of (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text;

  while (*p)
    {
      const char *start;

      while (*p && !is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_hash_table_add (words, g_utf8_strdown (start, p - start));
    }
  return words;
}

/* The start of the word that ends at @end (exclusive) */
static const char *
word_start (const char *text,
            const char *end)
{
  const char *p = end;

  while (p > text)
    {
      const char *prev = g_utf8_prev_char (p);

      if (!is_word_char (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  return p;
}

static const char *
word_end (const char *p)
{
  while (*p && is_word_char (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

char *
kaynak_pdf_text_dehyphenate (const char *text)
{
  g_autoptr(GHashTable) words = NULL;
  GString *out;
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  if (strstr (text, "-\n") == NULL)
    return g_strdup (text);

  words = words_of (text);
  out = g_string_sized_new (strlen (text));
  while (*p)
    {
      const char *hyphen = strstr (p, "-\n");
      const char *before, *after, *after_end;

      if (hyphen == NULL)
        {
          g_string_append (out, p);
          break;
        }
      before = word_start (p, hyphen);
      after = hyphen + 2;
      after_end = word_end (after);
      if (before < hyphen && after_end > after)
        {
          g_autofree char *head = g_strndup (before, hyphen - before);
          g_autofree char *tail = g_strndup (after, after_end - after);
          g_autofree char *joined = g_strconcat (head, tail, NULL);
          g_autofree char *whole = g_utf8_strdown (joined, -1);
          if (g_hash_table_contains (words, whole))
            {
              /* "demok-\nrasi, bugün" → "demokrasi,\nbugün": the word
               * whole with what sticks to it, the line break after them */
              const char *rest = after_end;

              while (*rest != '\0' && *rest != ' ' && *rest != '\n')
                rest++;
              g_string_append_len (out, p, hyphen - p);
              g_string_append_len (out, after, rest - after);
              p = rest;
              if (*p == ' ')
                {
                  g_string_append_c (out, '\n');
                  p++;
                }
              continue;
            }
        }
      g_string_append_len (out, p, after - p);
      p = after;
    }
  return g_string_free (out, FALSE);
}

static void
set_if (KaynakArticleDetails *details,
        void                (*set) (KaynakArticleDetails *, const char *),
        char                 *value)
{
  if (value != NULL)
    {
      g_strstrip (value);
      if (*value != '\0' && g_utf8_validate (value, -1, NULL))
        set (details, value);
    }
  g_free (value);
}

char *
kaynak_pdf_text_extract (GBytes               *data,
                         KaynakArticleDetails *details,
                         GError              **error)
{
  /* No g_autoptr: poppler declares none before 23.x, and declaring our
   * own would clash with a newer one (the Flatpak's) */
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *joined = NULL;
  int n_pages;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS (details), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (data) > KAYNAK_PDF_MAX_SIZE)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("The PDF is larger than %u MB"), KAYNAK_PDF_MAX_SIZE / (1024u * 1024u));
      return NULL;
    }

  document = poppler_document_new_from_bytes (data, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                     _("The PDF is protected by a password; open it in a PDF "
                       "reader and save a copy without one"));
      else
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                     _("It is not a PDF Kaynak can read"));
      return NULL;
    }

  text = g_string_new (NULL);
  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = page != NULL ? poppler_page_get_text (page) : NULL;
      gsize length;

      g_clear_object (&page);
      if (page_text == NULL)
        continue;
      g_strchomp (page_text);
      length = strlen (page_text);
      if (length == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_len (text, page_text, length);
    }

  if (!g_utf8_validate_len (text->str, text->len, NULL) ||
      g_strstrip (text->str)[0] == '\0')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The PDF has no text, only pictures of pages (a scan?). "
                     "Run it through text recognition (OCR) first"));
      g_object_unref (document);
      return NULL;
    }

  joined = kaynak_pdf_text_dehyphenate (text->str);
  set_if (details, kaynak_article_details_set_title, poppler_document_get_title (document));
  set_if (details, kaynak_article_details_set_author, poppler_document_get_author (document));
  g_object_unref (document);
  return g_steal_pointer (&joined);
}
