/* kaynak-disk-bar.h: the bar at the top of the window content that says
 * the open file was changed or removed by someone else, with what the user
 * can do about it.
 *
 * libadwaita 1.2 has no AdwBanner; this is styled as GTK's info bar
 * (css name "infobar", class "warning": infobar > revealer > box), so it
 * looks like the bar GNOME users know from Text Editor.  Its buttons are
 * actionable: win.reload-from-disk and win.keep-mine for a changed file,
 * win.save-again for a removed one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_DISK_BAR_HIDDEN,
  KAYNAK_DISK_BAR_CHANGED,
  KAYNAK_DISK_BAR_DELETED,
} KaynakDiskBarState;

#define KAYNAK_TYPE_DISK_BAR (kaynak_disk_bar_get_type ())

G_DECLARE_FINAL_TYPE (KaynakDiskBar, kaynak_disk_bar, KAYNAK, DISK_BAR, GtkWidget)

GtkWidget          *kaynak_disk_bar_new       (void);
KaynakDiskBarState  kaynak_disk_bar_get_state (KaynakDiskBar      *self);
/* Shows the bar for @state (slides in), or hides it */
void                kaynak_disk_bar_set_state (KaynakDiskBar      *self,
                                               KaynakDiskBarState  state);

G_END_DECLS
