/* kaynak-preferences-window.h: the application's preferences: who the
 * fact-checker is (written as the author of ClaimReview exports, an
 * organisation or a person) and how
 * soon unsaved work is written to a draft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-export.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_PREFERENCES_WINDOW (kaynak_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KaynakPreferencesWindow, kaynak_preferences_window, KAYNAK, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *kaynak_preferences_window_new     (GtkWindow *parent);
void       kaynak_preferences_window_present (GtkWindow *parent);

/* The application's settings, or NULL when the schema is not installed
 * (an uninstalled build run without GSETTINGS_SCHEMA_DIR).  Transfer full. */
GSettings *kaynak_preferences_get_settings   (void);

/* The export options the Preferences decide: the fact-checker's name and
 * web address (newly allocated, NULL when unset or without settings).  The
 * export dialogs point @options at them. */
void       kaynak_preferences_get_fact_checker (char **name,
                                                char **url);
/* TRUE when the fact-checker is a person, FALSE for an organisation (the
 * default, and without settings) */
gboolean   kaynak_preferences_get_fact_checker_person (void);

G_END_DECLS
