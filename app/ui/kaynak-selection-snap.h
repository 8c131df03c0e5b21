/* kaynak-selection-snap.h: a mouse selection in a text view that snaps
 * to whole words as the user drags (kaynak-word-snap.h, the CoNLL
 * export's words), so they see what they will tag.
 *
 *  - Only a drag of the first button that began with a single click: a
 *    double click's word selection and a triple click's line stay GTK's.
 *  - Holding Alt while dragging keeps the exact characters ("Beyaz Saray"
 *    out of "Beyaz Saray’dan"); pressing or letting go of Alt mid-drag
 *    switches at the next motion.
 *  - Keyboard selections are left as the user makes them: only marks
 *    moved while the button is down are snapped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_SELECTION_SNAP (kaynak_selection_snap_get_type ())

G_DECLARE_FINAL_TYPE (KaynakSelectionSnap, kaynak_selection_snap, KAYNAK, SELECTION_SNAP, GObject)

/* Snaps @view's mouse selections for as long as @view lives (whatever
 * buffer it is given) */
void kaynak_selection_snap_attach (GtkTextView *view);

G_END_DECLS
