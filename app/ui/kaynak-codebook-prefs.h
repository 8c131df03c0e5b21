/* kaynak-codebook-prefs.h: what the Verdicts and Fields pages of
 * Preferences share: the toast after an edit of the personal codebook
 * (the step's name and Undo, or why it was refused) and their small
 * buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The action that takes back the last edit of the personal codebook,
 * installed on the Preferences window with Ctrl+Z */
#define KAYNAK_CODEBOOK_UNDO_ACTION "preferences.undo-codebook"

/* After an edit: @error said in a toast when it was refused (@done FALSE),
 * else the step's name with an Undo button */
void       kaynak_codebook_prefs_edited      (GtkWidget    *page,
                                              gboolean      done,
                                              const GError *error);
/* A toast with @text and nothing to undo */
void       kaynak_codebook_prefs_toast       (GtkWidget    *page,
                                              const char   *text);
/* A flat icon button named @name for assistive technologies, with @tooltip */
GtkWidget *kaynak_codebook_prefs_icon_button (const char   *icon_name,
                                              const char   *name,
                                              const char   *tooltip);
/* Ctrl+Z anywhere in @page, also in its entries (whose typing is only
 * kept once applied), takes back the last edit of the codebook */
void       kaynak_codebook_prefs_add_undo_shortcut (GtkWidget *page);
/* A number typed by a person ("4,5" or "4.5"); FALSE for anything else */
gboolean   kaynak_codebook_prefs_parse_number (const char  *text,
                                               double      *number);
/* A number as a person reads it ("4.5", "5") */
char      *kaynak_codebook_prefs_format_number (double      number);

G_END_DECLS
