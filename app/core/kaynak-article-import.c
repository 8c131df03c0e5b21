/* kaynak-article-import.c: every kind of article file as a new document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kaynak-article-import.h"
#include "kaynak-error.h"
#include "kaynak-html-article.h"
#include "kaynak-mhtml.h"
#include "kaynak-pdf-text.h"

KaynakArticleKind
kaynak_article_kind_for_name (const char *name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, KAYNAK_ARTICLE_KIND_TEXT);

  lower = g_utf8_strdown (name, -1);
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ||
      g_str_has_suffix (lower, ".xhtml"))
    return KAYNAK_ARTICLE_KIND_HTML;
  if (g_str_has_suffix (lower, ".mhtml") || g_str_has_suffix (lower, ".mht"))
    return KAYNAK_ARTICLE_KIND_MHTML;
  if (g_str_has_suffix (lower, ".pdf"))
    return KAYNAK_ARTICLE_KIND_PDF;
  return KAYNAK_ARTICLE_KIND_TEXT;
}

const char *
kaynak_article_mime_type_for_name (const char *name)
{
  switch (kaynak_article_kind_for_name (name))
    {
    case KAYNAK_ARTICLE_KIND_HTML:
      return "text/html";
    case KAYNAK_ARTICLE_KIND_MHTML:
      return "multipart/related";
    case KAYNAK_ARTICLE_KIND_PDF:
      return "application/pdf";
    case KAYNAK_ARTICLE_KIND_TEXT:
    default:
      return "text/plain";
    }
}

char *
kaynak_article_retrieved_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The text and details of a web page or a PDF read into @contents */
static char *
extract (KaynakArticleKind     kind,
         char                 *contents,
         gsize                 length,
         KaynakArticleDetails *details,
         GError              **error)
{
  switch (kind)
    {
    case KAYNAK_ARTICLE_KIND_HTML:
      return kaynak_html_article_extract (contents, length, NULL, NULL, details, error);

    case KAYNAK_ARTICLE_KIND_MHTML:
      {
        g_autoptr(GBytes) page = NULL;
        g_autofree char *charset = NULL;
        g_autofree char *location = NULL;
        gsize page_length = 0;
        const char *page_data;

        page = kaynak_mhtml_page (contents, length, &charset, &location, error);
        if (page == NULL)
          return NULL;
        page_data = g_bytes_get_data (page, &page_length);
        return kaynak_html_article_extract (page_data ? page_data : "", page_length, charset,
                                            location, details, error);
      }

    case KAYNAK_ARTICLE_KIND_PDF:
      {
        g_autoptr(GBytes) bytes = g_bytes_new_static (contents, length);

        return kaynak_pdf_text_extract (bytes, details, error);
      }

    case KAYNAK_ARTICLE_KIND_TEXT:
    default:
      g_assert_not_reached ();
    }
}

static KaynakDocument *
import_page (GFile              *file,
             KaynakArticleKind   kind,
             GCancellable       *cancellable,
             GError            **error)
{
  g_autoptr(KaynakArticleDetails) details = kaynak_article_details_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  KaynakDocument *document;
  gsize length = 0;

  contents = kaynak_text_import_read (file,
                                      kind == KAYNAK_ARTICLE_KIND_PDF ? KAYNAK_PDF_MAX_SIZE
                                                                      : KAYNAK_HTML_MAX_SIZE,
                                      &name, &length, cancellable, error);
  if (contents == NULL)
    return NULL;

  text = extract (kind, contents, length, details, &local_error);
  if (text == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Cannot import “%s”. "), name);
      return NULL;
    }
  g_clear_pointer (&contents, g_free);

  document = kaynak_document_new (text, -1);
  kaynak_document_set_article_file (document, file);
  if (*kaynak_article_details_get_title (details) == '\0')
    {
      g_autofree char *title = kaynak_text_import_title_from_name (name);

      kaynak_article_details_set_title (details, title);
    }
  kaynak_document_set_title (document, kaynak_article_details_get_title (details));
  kaynak_document_set_url (document, kaynak_article_details_get_url (details));
  kaynak_document_set_outlet (document, kaynak_article_details_get_outlet (details));
  kaynak_document_set_article_author (document, kaynak_article_details_get_author (details));
  kaynak_document_set_published (document, kaynak_article_details_get_published (details));
  kaynak_document_set_language (document, kaynak_article_details_get_language (details));
  return document;
}

KaynakDocument *
kaynak_article_import_file (GFile               *file,
                            KaynakTextEncoding  *encoding,
                            GCancellable        *cancellable,
                            GError             **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *today = NULL;
  KaynakArticleKind kind;
  KaynakDocument *document;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (encoding != NULL)
    *encoding = KAYNAK_TEXT_ENCODING_UTF8;
  basename = g_file_get_basename (file);
  kind = kaynak_article_kind_for_name (basename != NULL ? basename : "");

  if (kind == KAYNAK_ARTICLE_KIND_TEXT)
    document = kaynak_text_import_file (file, encoding, cancellable, error);
  else
    document = import_page (file, kind, cancellable, error);
  if (document == NULL)
    return NULL;

  today = kaynak_article_retrieved_today ();
  kaynak_document_set_retrieved (document, today);
  return document;
}
