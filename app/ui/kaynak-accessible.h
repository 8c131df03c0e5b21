/* kaynak-accessible.h: accessible names that GTK 4.8 and libadwaita 1.2
 * leave empty or wrong, set in one place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Once, at start-up: every button with a mnemonic label ("_Open") is named
 * by its label's text ("Open") rather than "_Open Open". */
void                kaynak_accessible_install_fixes  (void);

/* Names the list item that shows @child (a row of a GtkListView or of a
 * drop-down's list): GTK 4.8 gives list items no name of their own. */
void                kaynak_accessible_name_list_item (GtkWidget  *child,
                                                      const char *name);

/* Names the button inside @drop_down, the one a screen reader lands on:
 * GTK 4.8 names the drop-down and leaves its button "GtkToggleButton". */
void                kaynak_accessible_name_drop_down_button (GtkWidget  *drop_down,
                                                             const char *name);

/* A factory for lists of GtkStringObject (drop-downs, combo rows): a label
 * per item, and each list item named by its string. */
GtkListItemFactory *kaynak_accessible_string_factory_new (void);

/* Gives @row (a combo row over a GtkStringList) items named by their
 * strings, in its list and in the row itself */
void                kaynak_accessible_name_combo_items (AdwComboRow *row);
/* A list row showing @text wrapped, named by it for screen readers (the
 * rows of Compare With… and of a merge's review) */
GtkWidget          *kaynak_accessible_text_row_new (const char *text);

G_END_DECLS
