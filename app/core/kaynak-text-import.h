/* kaynak-text-import.h: turning a plain-text article file into the exact
 * string the document keeps.
 *
 * UTF-8 with or without BOM (the BOM is not part of the article).  Bytes
 * that are not valid UTF-8 are read as Windows-1254 (Turkish) and the caller
 * is told so.  Binary data (NUL bytes, mostly control characters) is
 * refused.  Line endings are kept as they are: offsets count CR too.
 * UTF-16 is recognised by its byte order mark and decoded; a byte order
 * mark is never part of the article.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_TEXT_ENCODING_UTF8,
  KAYNAK_TEXT_ENCODING_UTF8_BOM,
  KAYNAK_TEXT_ENCODING_WINDOWS_1254,
  KAYNAK_TEXT_ENCODING_UTF16_LE,  /* with its byte order mark FF FE */
  KAYNAK_TEXT_ENCODING_UTF16_BE,  /* with its byte order mark FE FF */
} KaynakTextEncoding;

/* Largest article accepted, in bytes */
#define KAYNAK_TEXT_MAX_SIZE (256u * 1024u * 1024u)

/* Human name, e.g. "UTF-8", "Windows-1254 (Turkish)" */
const char     *kaynak_text_encoding_to_label (KaynakTextEncoding encoding);
/* TRUE when the encoding was a guess, not read from the file (only
 * Windows-1254): the user must be told, e.g.
 * "haber.txt is not UTF-8; read as Windows-1254 (Turkish)". */
gboolean        kaynak_text_encoding_is_assumed (KaynakTextEncoding encoding);

/* Decodes @data into UTF-8 (newly allocated, NUL-terminated).  @encoding
 * (optional) receives the encoding found or assumed.  Errors:
 * KAYNAK_ERROR_INVALID (empty), KAYNAK_ERROR_BINARY, KAYNAK_ERROR_TOO_LARGE,
 * KAYNAK_ERROR_ENCODING (bytes that are text in none of the encodings). */
char           *kaynak_text_decode            (const guint8       *data,
                                               gsize               length,
                                               KaynakTextEncoding *encoding,
                                               GError            **error);

/* Reads @file (refusing it over KAYNAK_TEXT_MAX_SIZE before reading it),
 * decodes it and makes a new document with no sources, its "article-file"
 * set and its title taken from the file name without its extension.  Error
 * messages name the file. */
KaynakDocument *kaynak_text_import_file       (GFile              *file,
                                               KaynakTextEncoding *encoding,
                                               GCancellable       *cancellable,
                                               GError            **error);

/* Longest title kaynak_text_dup_first_line() makes, in characters */
#define KAYNAK_TEXT_TITLE_MAX 80

/* The title of an article that came with no file name to take one from
 * (a pasted one): its first line that is not blank, with the white space
 * at its ends dropped and each run inside made one space, cut after the
 * last whole word that fits KAYNAK_TEXT_TITLE_MAX characters (with "…";
 * a single longer word is cut where it reaches the limit).  NULL when
 * the text is blank.  Reads no further than that line.  The name Save
 * proposes is then made from the title by kaynak_document_dup_stem(). */
char           *kaynak_text_dup_first_line    (const char         *text,
                                               gssize              length);

/* Makes a new document of @data, decoded by the same rules as a file
 * (kaynak_text_decode(): the same size limit, the same byte order marks,
 * the same refusal of binary data), with no sources, no file of its own
 * nor of its article, its title from kaynak_text_dup_first_line() and
 * its "retrieved" date today (kaynak_article_retrieved_today()).
 * Text that is only white space is KAYNAK_ERROR_INVALID, as empty text
 * is.  For text that never was a file: the clipboard. */
KaynakDocument *kaynak_text_import_data       (const guint8       *data,
                                               gsize               length,
                                               KaynakTextEncoding *encoding,
                                               GError            **error);

/* Reads @file for an import, refusing folders, devices and files over
 * @limit bytes with messages that name it ("Cannot import “x”. …");
 * *@name receives its display name.  For the importers of other kinds of
 * article (kaynak-article-import.h), so every kind says the same. */
char           *kaynak_text_import_read       (GFile              *file,
                                               gsize               limit,
                                               char              **name,
                                               gsize              *length,
                                               GCancellable       *cancellable,
                                               GError            **error);
/* "haber.txt" → "haber": the title of an article without one */
char           *kaynak_text_import_title_from_name (const char    *name);

G_END_DECLS
