/* kaynak-scheme.h: sources from elsewhere (a scheme file, the user's
 * source library) taken into a document.
 *
 * One rule for both: a document never gets a second source of a name it
 * has (label or alias, folded as kaynak_text_fold() does), and a source
 * it takes keeps its label, kind, aliases and description, its id and its
 * colour where the document has no source with them, and its key where
 * that key is free (else the first free key, else none).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document.h"

G_BEGIN_DECLS

/* The document's source with a name (label or alias) in common with
 * @source, or NULL (transfer none) */
KaynakSource *kaynak_document_find_source_like   (KaynakDocument  *document,
                                                  KaynakSource    *source);

/* Adds a copy of @source (from a scheme or the library) to @document as
 * one undoable step, or returns the source the document has of that name.
 * Returns the document's source (transfer none), or NULL with @error. */
KaynakSource *kaynak_document_take_source        (KaynakDocument  *document,
                                                  KaynakSource    *source,
                                                  GError         **error);

/* Loads a scheme into @document: each of @sources (KaynakSource) that it
 * has no source of that name for is added, all in one undoable step.
 * *@n_added (may be NULL) says how many were.  On failure nothing is
 * added. */
gboolean      kaynak_document_load_scheme        (KaynakDocument  *document,
                                                  GPtrArray       *sources,
                                                  guint           *n_added,
                                                  GError         **error);

G_END_DECLS
