/* kaynak-tag-popover.h: "Tag as…": the document's sources with their
 * colour and shortcut, and an entry to add a new one.
 *
 * The popover only chooses; the article view does the tagging.
 *
 * Signals:
 *  - "source-chosen" (KaynakSource *source): a row was activated.
 *  - "new-source" (const char *label): a label was typed into "New source…"
 *    and Enter pressed (already trimmed, never empty).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-source.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_TAG_POPOVER (kaynak_tag_popover_get_type ())

G_DECLARE_FINAL_TYPE (KaynakTagPopover, kaynak_tag_popover, KAYNAK, TAG_POPOVER, GtkPopover)

GtkWidget *kaynak_tag_popover_new         (void);
/* A GListModel of KaynakSource, or NULL */
void       kaynak_tag_popover_set_sources (KaynakTagPopover *self,
                                           GListModel       *sources);
/* Empties the "New source…" entry and clears its error state */
void       kaynak_tag_popover_reset       (KaynakTagPopover *self);
/* Marks the "New source…" entry as wrong (e.g. the source was refused) */
void       kaynak_tag_popover_show_error  (KaynakTagPopover *self,
                                           const char       *message);

G_END_DECLS
