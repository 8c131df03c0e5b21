/* kaynak-library-ui.c: the widgets' side of the user's source library.
 *
 * A library that cannot be written is worth one dialog per run, not one
 * per source made: the work in the document is not at risk, only what
 * the next article will be offered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-error-dialog.h"
#include "kaynak-library-ui.h"
#include "kaynak-source-library.h"

static gboolean reported;

static void
report (GtkWidget    *widget,
        const GError *error)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  g_warning ("%s", error->message);
  if (reported)
    return;
  reported = TRUE;
  kaynak_show_error (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                     _("Your Source Library Could Not Be Updated"), error);
}

void
kaynak_library_learn_source (GtkWidget    *widget,
                             KaynakSource *source)
{
  g_autoptr(GError) error = NULL;

  if (!kaynak_source_library_remember (kaynak_source_library_get_default (), source, &error))
    report (widget, error);
}

void
kaynak_library_learn_edit (GtkWidget    *widget,
                           KaynakSource *before,
                           KaynakSource *after)
{
  g_autoptr(GError) error = NULL;

  if (!kaynak_source_library_remember_edit (kaynak_source_library_get_default (),
                                            before, after, &error))
    report (widget, error);
}

void
kaynak_library_report_load_error (GtkWindow *parent)
{
  const GError *error = kaynak_source_library_get_load_error (kaynak_source_library_get_default ());
  g_autoptr(GError) told = NULL;

  if (error == NULL || reported)
    return;
  reported = TRUE;
  told = g_error_new (error->domain, error->code,
                      _("%s\n\nKaynak leaves the file as it is and will not offer or remember sources until it can be read. Mend it or move it away, then start Kaynak again."),
                      error->message);
  kaynak_show_error (parent, _("Your Source Library Could Not Be Read"), told);
}
