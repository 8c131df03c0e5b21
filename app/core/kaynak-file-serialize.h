/* kaynak-file-serialize.h: a document to its *.kaynak.json bytes, saved.
 *
 * The format is docs/FORMAT.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"
#include "kaynak-document-snapshot.h"

G_BEGIN_DECLS

/* The exact bytes a save writes: fixed key order, claims in document order,
 * two-space indentation, trailing newline. */
GBytes         *kaynak_file_serialize  (KaynakDocument    *document);
/* The same bytes from a snapshot, on any thread (kaynak-document-snapshot.h) */
GBytes         *kaynak_file_serialize_snapshot (KaynakDocumentSnapshot *snapshot);

/* Writes the document atomically and durably (temporary file in the same
 * folder, fsync, rename): the old file is either intact or fully replaced.
 * On success sets the document's "file" and marks it saved. */
gboolean        kaynak_file_save       (KaynakDocument    *document,
                                        GFile             *file,
                                        GCancellable      *cancellable,
                                        GError           **error);

/* The bytes of a scheme file (docs/SCHEME.md) holding @sources (a
 * GListModel of KaynakSource), in their order, each source written as a
 * document writes it. */
GBytes         *kaynak_file_serialize_scheme (GListModel  *sources);

G_END_DECLS
