/* kaynak-verdict-chooser.h: what the claim details' status row offers
 * (issue 19): the document's verdict scale when it has one (each verdict
 * with its colour, and its description under its label), else Kaynak's
 * five statuses.  A verdict the scale no longer holds is shown as itself
 * and kept until the user chooses another.
 *
 * The chooser owns the row's model and factories; the row's owner calls
 * kaynak_verdict_chooser_show() to write the claim into the row and
 * kaynak_verdict_chooser_apply() when the user selected an item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document-codebook.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_VERDICT_CHOOSER (kaynak_verdict_chooser_get_type ())

G_DECLARE_FINAL_TYPE (KaynakVerdictChooser, kaynak_verdict_chooser, KAYNAK, VERDICT_CHOOSER, GObject)

KaynakVerdictChooser *kaynak_verdict_chooser_new   (AdwComboRow          *row);
/* Writes @claim's verdict (or status) into the row */
void                  kaynak_verdict_chooser_show  (KaynakVerdictChooser *self,
                                                    KaynakDocument       *document,
                                                    KaynakClaim          *claim);
/* The row's selection made the claim's: one undo step when it changes */
gboolean              kaynak_verdict_chooser_apply (KaynakVerdictChooser *self,
                                                    GError              **error);
/* The position of the verdict @id (NULL: "No Verdict") or, without a
 * scale, of the status named by @id (kaynak_claim_status_to_string());
 * G_MAXUINT when the row does not offer it */
guint                 kaynak_verdict_chooser_find  (KaynakVerdictChooser *self,
                                                    const char           *id);

G_END_DECLS
