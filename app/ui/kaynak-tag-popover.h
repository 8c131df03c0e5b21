/* kaynak-tag-popover.h: "Tag as…": the document's sources with their
 * colour and shortcut, and an entry to add a new one.
 *
 * The popover only chooses; the article view does the tagging.
 *
 * Rows are in the order of their keys (1–9), then the sources without a
 * key; typing into "New source…" filters them.  With a row focused, a
 * digit picks the source of that key and a letter starts a new name.
 *
 * Signals:
 *  - "source-chosen" (KaynakSource *source): a row was activated, or its
 *    digit pressed.
 *  - "new-source" (const char *label): a label was typed into "New source…"
 *    and Enter pressed (already trimmed, never empty).  It may be the name
 *    of an existing source in another case, or of a library source: the
 *    receiver decides.
 *  - "library-source-chosen" (KaynakSource *source): a source of the
 *    user's library was picked from the suggestions shown below the
 *    document's sources as a name is typed (those whose label or an alias
 *    matches, Turkish-case-insensitively, and that the document does not
 *    have).  It is the library's own source: the receiver adds a copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-source.h"
#include "kaynak-source-library.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_TAG_POPOVER (kaynak_tag_popover_get_type ())

G_DECLARE_FINAL_TYPE (KaynakTagPopover, kaynak_tag_popover, KAYNAK, TAG_POPOVER, GtkPopover)

GtkWidget *kaynak_tag_popover_new         (void);
/* A GListModel of KaynakSource, or NULL */
void       kaynak_tag_popover_set_sources (KaynakTagPopover *self,
                                           GListModel       *sources);
/* How many claims each source has (source id → GUINT_TO_POINTER count,
 * kaynak_document_count_claims_by_source()), for the order of the list:
 * by key, then by use.  The popover takes a reference; NULL for none. */
void       kaynak_tag_popover_set_uses    (KaynakTagPopover *self,
                                           GHashTable       *uses);
/* The library whose sources are suggested (NULL: none) */
void       kaynak_tag_popover_set_library (KaynakTagPopover    *self,
                                           KaynakSourceLibrary *library);
/* Empties the "New source…" entry and clears its error state */
void       kaynak_tag_popover_reset       (KaynakTagPopover *self);
/* Marks the "New source…" entry as wrong (e.g. the source was refused) */
void       kaynak_tag_popover_show_error  (KaynakTagPopover *self,
                                           const char       *message);

G_END_DECLS
