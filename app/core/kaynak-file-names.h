/* kaynak-file-names.h: what Kaynak calls its files, and which files are
 * Kaynak's: one rule for the window, the command line and the exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

/* @file's name without its extension, ".kaynak.json" counting as one
 * ("haber.kaynak.json" and "haber.txt" → "haber").  Newly allocated. */
char     *kaynak_file_dup_stem          (GFile          *file);

/* The stem of every name made for @document (its save name, its export
 * files): its file's stem, else its article's, else its title made
 * file-safe (lower case, letters and digits joined by hyphens, Turkish
 * letters kept), else "article".  Newly allocated. */
char     *kaynak_document_dup_stem      (KaynakDocument *document);

/* The name Save proposes: the stem and ".kaynak.json" */
char     *kaynak_document_dup_file_name (KaynakDocument *document);

/* Whether @file is a Kaynak file, by the MIME type's own rules: a name
 * ending in ".kaynak.json" (any case), or a ".json" file whose first 64
 * bytes say "format": "kaynak" (a renamed one).  Only a regular file is
 * looked into, without blocking on a FIFO. */
gboolean  kaynak_file_is_kaynak         (GFile          *file);

G_END_DECLS
