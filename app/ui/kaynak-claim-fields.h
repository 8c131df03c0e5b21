/* kaynak-claim-fields.h: the codebook's fields of one claim or one source,
 * each edited with the widget its type calls for (issue 19): one choice
 * from a drop-down, several choices as check buttons, a number in a spin
 * button held within the field's minimum and maximum, a date, a text or a
 * link in an entry, yes or no with a switch.  Each field's description is
 * its help (the row's subtitle or tooltip), each control is named after the
 * field for screen readers, and every change is one step of the document's
 * undo history (kaynak_document_set_claim_field() and
 * kaynak_document_set_source_field() check the value; a refused one is
 * said under the fields).
 *
 * The rows are rebuilt only when the document's definitions change, and
 * updated in place when a value changes, so that a control being used
 * keeps its focus.  The widget hides itself when the document has no
 * fields for its target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document-codebook.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM_FIELDS (kaynak_claim_fields_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimFields, kaynak_claim_fields, KAYNAK, CLAIM_FIELDS, GtkWidget)

GtkWidget *kaynak_claim_fields_new          (KaynakFieldTarget  target);
/* The document whose fields are shown, and the claim or source (by id;
 * NULL: none) whose values are edited */
void       kaynak_claim_fields_set_object   (KaynakClaimFields *self,
                                             KaynakDocument    *document,
                                             const char        *object_id);
/* The control that edits @field_id (tests): an AdwComboRow, an
 * AdwExpanderRow of check buttons, a GtkSpinButton, an AdwEntryRow or a
 * GtkSwitch; NULL when the field is not shown */
GtkWidget *kaynak_claim_fields_get_editor   (KaynakClaimFields *self,
                                             const char        *field_id);
/* The message under the fields after a refused value, or NULL */
const char *kaynak_claim_fields_get_error   (KaynakClaimFields *self);

G_END_DECLS
