/* kaynak-claim-dialog.c: status and note of one claim.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-claim-dialog.h"
#include "kaynak-claim-row.h"

struct _KaynakClaimDialog
{
  AdwWindow       parent_instance;

  GtkLabel       *quote_label;
  AdwActionRow   *source_row;
  AdwComboRow    *status_row;
  GtkTextView    *note_view;
  GtkButton      *apply_button;

  KaynakDocument *document;
  KaynakClaim    *claim;
};

G_DEFINE_FINAL_TYPE (KaynakClaimDialog, kaynak_claim_dialog, ADW_TYPE_WINDOW)

void
kaynak_claim_dialog_set_status (KaynakClaimDialog *self,
                                KaynakClaimStatus  status)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_DIALOG (self));
  g_return_if_fail (status < KAYNAK_N_CLAIM_STATUSES);

  adw_combo_row_set_selected (self->status_row, status);
}

void
kaynak_claim_dialog_set_note (KaynakClaimDialog *self,
                              const char        *note)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            note != NULL ? note : "", -1);
}

gboolean
kaynak_claim_dialog_apply (KaynakClaimDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  KaynakClaimStatus status;
  const char *id;
  gboolean ok = TRUE;

  g_return_val_if_fail (KAYNAK_IS_CLAIM_DIALOG (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  status = adw_combo_row_get_selected (self->status_row);
  id = kaynak_claim_get_id (self->claim);

  /* Only what changed is recorded, as one undo step */
  kaynak_document_begin_group (self->document);
  if (status != kaynak_claim_get_status (self->claim))
    ok = kaynak_document_set_claim_status (self->document, id, status, &error);
  if (ok && g_strcmp0 (note, kaynak_claim_get_note (self->claim)) != 0)
    ok = kaynak_document_set_claim_note (self->document, id, note, &error);
  kaynak_document_end_group (self->document);

  if (!ok)
    {
      GtkWidget *message;

      /* The claim may have been deleted meanwhile (undo in the window) */
      message = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Change the Claim"),
                                        error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_apply_clicked (KaynakClaimDialog *self)
{
  kaynak_claim_dialog_apply (self);
}

static gboolean
on_apply_shortcut (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  kaynak_claim_dialog_apply (KAYNAK_CLAIM_DIALOG (widget));
  return TRUE;
}

static void
kaynak_claim_dialog_dispose (GObject *object)
{
  KaynakClaimDialog *self = KAYNAK_CLAIM_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->claim);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_CLAIM_DIALOG);

  G_OBJECT_CLASS (kaynak_claim_dialog_parent_class)->dispose (object);
}

static void
kaynak_claim_dialog_class_init (KaynakClaimDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_claim_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-claim-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimDialog, quote_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimDialog, apply_button);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                on_apply_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                on_apply_shortcut, NULL);
}

static void
kaynak_claim_dialog_init (KaynakClaimDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The enum's order is the list's order */
  for (guint i = 0; i < KAYNAK_N_CLAIM_STATUSES; i++)
    gtk_string_list_append (statuses, kaynak_claim_status_to_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (on_apply_clicked), self);
}

GtkWidget *
kaynak_claim_dialog_new (GtkWindow      *parent,
                         KaynakDocument *document,
                         KaynakClaim    *claim)
{
  KaynakClaimDialog *self;
  KaynakSource *source = NULL;
  const char *source_id;
  g_autofree char *quote = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), NULL);

  self = g_object_new (KAYNAK_TYPE_CLAIM_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->document = g_object_ref (document);
  self->claim = g_object_ref (claim);

  /* Translators: a quotation shown in the claim dialog */
  quote = g_strdup_printf (_("“%s”"), kaynak_claim_get_quote (claim));
  gtk_label_set_text (self->quote_label, quote);

  source_id = kaynak_claim_get_source_id (claim);
  if (source_id != NULL)
    source = kaynak_document_lookup_source (document, source_id);
  if (source != NULL)
    {
      g_autofree char *label = g_markup_escape_text (kaynak_source_get_label (source), -1);

      adw_action_row_set_subtitle (self->source_row, label);
      adw_action_row_add_prefix (self->source_row,
                                 kaynak_color_dot_new (kaynak_source_get_color (source)));
    }
  else
    adw_action_row_set_subtitle (self->source_row, _("No source"));

  adw_combo_row_set_selected (self->status_row, kaynak_claim_get_status (claim));
  kaynak_claim_dialog_set_note (self, kaynak_claim_get_note (claim));

  return GTK_WIDGET (self);
}
