/* kaynak-help.c: opening the user guide.
 *
 * GTK 4.8 has no GtkUriLauncher, and gtk_show_uri() reports nothing when
 * it fails, so a missing Help app would make F1 do nothing at all.  GIO's
 * g_app_info_launch_default_for_uri_async() does what gtk_show_uri() does
 * without a portal (the scheme's default handler, with the display's
 * launch context for startup notification) and, inside a sandbox, goes
 * through the OpenURI portal itself; unlike gtk_show_uri() it tells us
 * when there is no handler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-error-dialog.h"
#include "kaynak-help.h"

static void
launched (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) explained = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  /* With no handler of help: URIs at all, GIO says only "Operation not
   * supported": say what is missing instead.  Any other failure (the
   * handler could not be started) is GIO's to describe. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    explained = g_error_new_literal (error->domain, error->code,
                                     _("No app that shows help is installed. Install Help (yelp), "
                                       "GNOME’s help viewer, to read Kaynak’s user guide."));
  else
    explained = g_error_copy (error);
  kaynak_show_error (gtk_widget_get_visible (GTK_WIDGET (parent)) ? parent : NULL,
                     _("Could Not Open the User Guide"), explained);
}

void
kaynak_help_show (GtkWindow *parent)
{
  g_autoptr(GdkAppLaunchContext) context = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (parent)));
  /* the window is kept until the answer, which may come after it closed */
  g_app_info_launch_default_for_uri_async (KAYNAK_HELP_URI, G_APP_LAUNCH_CONTEXT (context),
                                           NULL, launched, g_object_ref (parent));
}
