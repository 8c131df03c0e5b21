/* kaynak-evidence-dialog.c: the fields of one piece of evidence (see
 * kaynak-evidence-dialog.h).  The rules are the document's; the dialog
 * only says what it was told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-document-evidence.h"
#include "kaynak-evidence-dialog.h"

struct _KaynakEvidenceDialog
{
  AdwWindow       parent_instance;

  GtkLabel       *error_label;
  GtkWidget      *save_button;
  AdwEntryRow    *url_row;
  AdwEntryRow    *archived_row;
  AdwEntryRow    *date_row;
  AdwEntryRow    *note_row;

  KaynakDocument *document;
  char           *claim_id;
  guint           index;   /* G_MAXUINT: a new piece */
};

G_DEFINE_FINAL_TYPE (KaynakEvidenceDialog, kaynak_evidence_dialog, ADW_TYPE_WINDOW)

static char *
field (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

gboolean
kaynak_evidence_dialog_save (KaynakEvidenceDialog *self)
{
  g_autofree char *url = NULL, *archived = NULL, *date = NULL, *note = NULL;
  g_autoptr(GError) error = NULL;
  KaynakEvidence item;
  gboolean ok;

  g_return_val_if_fail (KAYNAK_IS_EVIDENCE_DIALOG (self), FALSE);

  url = field (self->url_row);
  archived = field (self->archived_row);
  date = field (self->date_row);
  note = field (self->note_row);
  item = (KaynakEvidence) { url, archived, date, note };
  if (self->index == G_MAXUINT)
    ok = kaynak_document_add_claim_evidence (self->document, self->claim_id, G_MAXUINT, &item,
                                             &error);
  else
    ok = kaynak_document_replace_claim_evidence (self->document, self->claim_id, self->index,
                                                 &item, &error);
  if (!ok)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      /* said to a screen reader too, where the mistake is */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->url_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *param)
{
  kaynak_evidence_dialog_save (KAYNAK_EVIDENCE_DIALOG (widget));
}

static void
on_entry_activated (KaynakEvidenceDialog *self)
{
  kaynak_evidence_dialog_save (self);
}

static void
kaynak_evidence_dialog_dispose (GObject *object)
{
  KaynakEvidenceDialog *self = KAYNAK_EVIDENCE_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->claim_id, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_EVIDENCE_DIALOG);

  G_OBJECT_CLASS (kaynak_evidence_dialog_parent_class)->dispose (object);
}

static void
kaynak_evidence_dialog_class_init (KaynakEvidenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_evidence_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-evidence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakEvidenceDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakEvidenceDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakEvidenceDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakEvidenceDialog, archived_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakEvidenceDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakEvidenceDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "evidence.save", NULL, save_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_evidence_dialog_init (KaynakEvidenceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kaynak_evidence_dialog_new (GtkWindow      *parent,
                            KaynakDocument *document,
                            const char     *claim_id,
                            guint           index)
{
  KaynakEvidenceDialog *self;
  KaynakClaim *claim;
  const KaynakEvidenceList *list;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (claim_id != NULL, NULL);

  claim = kaynak_document_lookup_claim (document, claim_id);
  g_return_val_if_fail (claim != NULL, NULL);

  self = g_object_new (KAYNAK_TYPE_EVIDENCE_DIALOG,
                       "transient-for", parent,
                       "title", index == G_MAXUINT ? _("Add Evidence") : _("Edit Evidence"),
                       NULL);
  self->document = g_object_ref (document);
  self->claim_id = g_strdup (claim_id);
  self->index = index;

  list = kaynak_claim_get_evidence (claim);
  if (index != G_MAXUINT && index < kaynak_evidence_list_get_n (list))
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (list, index);

      gtk_editable_set_text (GTK_EDITABLE (self->url_row), item->url);
      gtk_editable_set_text (GTK_EDITABLE (self->archived_row), item->archived);
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), item->date);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), item->note);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
  return GTK_WIDGET (self);
}
