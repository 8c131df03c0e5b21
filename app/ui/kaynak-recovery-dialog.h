/* kaynak-recovery-dialog.h: offered at start-up when drafts were left
 * behind by a crash or a kill: one row per draft (its file's name or the
 * article's title, when it was written, how many claims) with Restore and
 * Discard; "Later" keeps them for the next start.
 *
 * Discard deletes the draft here.  Restore is the application's to do (it
 * opens a window): the dialog emits "restore" (const char *id) and drops
 * the row.  The dialog closes itself when no row is left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-drafts.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_RECOVERY_DIALOG (kaynak_recovery_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakRecoveryDialog, kaynak_recovery_dialog, KAYNAK, RECOVERY_DIALOG, AdwWindow)

/* @drafts: where the drafts are; @infos: what kaynak_drafts_list() found
 * (a GPtrArray of KaynakDraftInfo; the dialog takes a reference). */
GtkWidget *kaynak_recovery_dialog_new          (GtkWindow            *parent,
                                                KaynakDrafts         *drafts,
                                                GPtrArray            *infos);
/* Rows still offered (tests) */
guint      kaynak_recovery_dialog_get_n_drafts (KaynakRecoveryDialog *self);
/* What the Restore and Discard buttons of the row for @id do (tests) */
void       kaynak_recovery_dialog_respond      (KaynakRecoveryDialog *self,
                                                const char           *id,
                                                gboolean              restore);

G_END_DECLS
