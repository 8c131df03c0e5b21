/* kaynak-help.h: opening the user guide (data/help/, Mallard pages that
 * GNOME's Help app, yelp, shows) from F1 and the main menu.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The guide's address: "help:" and the id it is installed under
 * (gnome.yelp() in data/help/meson.build), which is the app id. */
#define KAYNAK_HELP_URI "help:" APP_ID

/* Asks the desktop to show the guide; if nothing can (no Help app is
 * installed), says so in a dialog over @parent instead of doing nothing. */
void kaynak_help_show (GtkWindow *parent);

G_END_DECLS
