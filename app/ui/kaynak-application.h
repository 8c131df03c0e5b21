/* kaynak-application.h: the application: one window per document, the
 * application-wide actions and their accelerators.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-window.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_APPLICATION (kaynak_application_get_type ())

G_DECLARE_FINAL_TYPE (KaynakApplication, kaynak_application, KAYNAK, APPLICATION, AdwApplication)

KaynakApplication *kaynak_application_new          (void);

/* The one way a file is opened, the way GNOME apps do: presents the window
 * that already has it; else opens it in @preferred (the window the user
 * asked from; NULL for the active one) if that holds nothing to lose, else
 * in a window with no document, else in a new window.  Errors are shown in
 * a dialog. */
void               kaynak_application_open_file    (KaynakApplication *self,
                                                    GFile             *file,
                                                    KaynakWindow      *preferred);
/* The same for several files: only the first may go to @preferred (or the
 * active window), the others to windows of their own.  Windows reach it
 * through the action app.open-files ("(asu)": the files' URIs and the
 * window's id). */
void               kaynak_application_open_files   (KaynakApplication  *self,
                                                    GFile             **files,
                                                    guint               n_files,
                                                    KaynakWindow       *preferred);
/* Opens the bundled sample article in the same way */
void               kaynak_application_open_sample  (KaynakApplication *self);

/* The settings of the window, or NULL when the schema is not installed
 * (running from a build tree without the compiled schema): the window then
 * simply does not remember its size. */
GSettings         *kaynak_application_get_settings (KaynakApplication *self);

G_END_DECLS
