/* kaynak-application.h: the application: one window per document, the
 * application-wide actions and their accelerators.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_APPLICATION (kaynak_application_get_type ())

G_DECLARE_FINAL_TYPE (KaynakApplication, kaynak_application, KAYNAK, APPLICATION, AdwApplication)

KaynakApplication *kaynak_application_new          (void);

/* Opens @file the way GNOME apps do: presents the window that already has
 * it, reuses a window whose document is empty or unmodified, and otherwise
 * opens a new window.  Errors are shown in a dialog. */
void               kaynak_application_open_file    (KaynakApplication *self,
                                                    GFile             *file);
/* Opens the bundled sample article in the same way */
void               kaynak_application_open_sample  (KaynakApplication *self);

/* The settings of the window, or NULL when the schema is not installed
 * (running from a build tree without the compiled schema): the window then
 * simply does not remember its size. */
GSettings         *kaynak_application_get_settings (KaynakApplication *self);

G_END_DECLS
