/* kaynak-merge-bar.h: the bar at the top of the window content that says
 * the open file holds disagreements a merge left ("3 disagreements from a
 * merge"), with Review (win.review-disagreements) to go through them.
 *
 * Styled as GTK's info bar (css name "infobar"), as kaynak-disk-bar.h is:
 * libadwaita 1.2 has no AdwBanner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_MERGE_BAR (kaynak_merge_bar_get_type ())

G_DECLARE_FINAL_TYPE (KaynakMergeBar, kaynak_merge_bar, KAYNAK, MERGE_BAR, GtkWidget)

/* Shows the bar for @n disagreements (slides in), or hides it for 0 */
void kaynak_merge_bar_set_count (KaynakMergeBar *self,
                                 guint           n);
guint kaynak_merge_bar_get_count (KaynakMergeBar *self);

G_END_DECLS
