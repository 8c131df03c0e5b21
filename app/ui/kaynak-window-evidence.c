/* kaynak-window-evidence.c: the window's Add Evidence command (Ctrl+Alt+E)
 * for the claim shown in the details pane (kaynak-claim-check.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-window-private.h"

static void
add_evidence_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KaynakWindow *self = user_data;

  if (self->document == NULL || kaynak_claim_pane_get_claim (self->claim_pane) == NULL)
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("Select a claim first, then add the evidence you found for it")));
      return;
    }
  /* The pane shows the list the dialog adds to */
  _kaynak_window_focus_claim_pane (self);
  kaynak_claim_check_edit_evidence (kaynak_claim_pane_get_check (self->claim_pane), G_MAXUINT);
}

static const GActionEntry evidence_entries[] = {
  { "add-evidence", add_evidence_action },
};

void
_kaynak_window_install_evidence_actions (KaynakWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), evidence_entries,
                                   G_N_ELEMENTS (evidence_entries), self);
}
