/* kaynak-window-suggest.c: win.suggest-claims (Ctrl+Shift+P), which starts
 * reviewing the suggested claims of the article in the suggestions bar
 * (kaynak-suggestions-bar.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-error-dialog.h"
#include "kaynak-window-private.h"

void
_kaynak_window_suggest_claims_action (GSimpleAction *action,
                                      GVariant      *param,
                                      gpointer       user_data)
{
  KaynakWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;
  /* the find bar and the suggestions bar would both want Escape */
  gtk_widget_activate_action (GTK_WIDGET (self->find_bar), "find.close", NULL);
  if (!kaynak_suggestions_bar_start (self->suggestions_bar, &error))
    kaynak_show_error (GTK_WINDOW (self), _("No Claims Can Be Suggested"), error);
}
