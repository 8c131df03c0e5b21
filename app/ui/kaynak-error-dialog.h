/* kaynak-error-dialog.h: the one way the window and its dialogs report an
 * error the user has to read: a message dialog whose heading says what
 * could not be done and to which file ("Could Not Save “haber.kaynak.json”"),
 * whose body is the error's message, and whose only answer is Close.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Presents the dialog, modal and transient for @parent, and returns it
 * (transfer none: it destroys itself when answered) for callers that keep
 * track of it.  @error may be NULL: then the heading says it all. */
GtkWindow *kaynak_show_error (GtkWindow    *parent,
                              const char   *heading,
                              const GError *error);

G_END_DECLS
