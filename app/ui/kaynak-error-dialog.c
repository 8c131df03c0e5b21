/* kaynak-error-dialog.c: kaynak_show_error(), the dialog that says what failed and why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kaynak-error-dialog.h"

GtkWindow *
kaynak_show_error (GtkWindow    *parent,
                   const char   *heading,
                   const GError *error)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                       error != NULL ? error->message : NULL));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}
