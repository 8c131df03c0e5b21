/* kaynak-pdf-text.h: a PDF's text as an article, through poppler.
 *
 * The pages' text is joined in order, one line break between pages.  A
 * word broken at a line's end ("demok-\nrasi") is joined again when the
 * whole word ("demokrasi") is found elsewhere in the text, so compound
 * words with a real hyphen ("Suudi-Arabistan") stay as printed.  The
 * document's own title and author go to the details.  A PDF with no text
 * (a scan of paper) is refused with a message that says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-article-details.h"

G_BEGIN_DECLS

/* Largest PDF read, in bytes */
#define KAYNAK_PDF_MAX_SIZE (256u * 1024u * 1024u)

char *kaynak_pdf_text_extract (GBytes               *data,
                               KaynakArticleDetails *details,
                               GError              **error);

/* The line-end hyphenation rule above, on any text: for its unit test */
char *kaynak_pdf_text_dehyphenate (const char *text);

G_END_DECLS
