/* kaynak-claim-dialog.c: status and note of one claim.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-claim-dialog.h"
#include "kaynak-accessible.h"
#include "kaynak-error-dialog.h"

struct _KaynakClaimDialog
{
  AdwWindow       parent_instance;

  GtkLabel       *quote_label;
  AdwComboRow    *source_row;
  AdwComboRow    *status_row;
  GtkTextView    *note_view;

  KaynakDocument *document;
  KaynakClaim    *claim;
  /* source ids in the order of source_row's items; NULL for "No source" */
  GPtrArray      *source_ids;
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

void
kaynak_claim_dialog_set_source (KaynakClaimDialog *self,
                                const char        *source_id)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_DIALOG (self));

  for (guint i = 0; i < self->source_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->source_ids, i), source_id) == 0)
      {
        adw_combo_row_set_selected (self->source_row, i);
        return;
      }
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
  const char *source_id = NULL;
  guint source_position;
  gboolean ok = TRUE;

  g_return_val_if_fail (KAYNAK_IS_CLAIM_DIALOG (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  status = adw_combo_row_get_selected (self->status_row);
  id = kaynak_claim_get_id (self->claim);
  source_position = adw_combo_row_get_selected (self->source_row);
  if (source_position < self->source_ids->len)
    source_id = g_ptr_array_index (self->source_ids, source_position);
  else
    source_id = kaynak_claim_get_source_id (self->claim);

  /* Only what changed is recorded, as one undo step */
  kaynak_document_begin_group (self->document);
  if (g_strcmp0 (source_id, kaynak_claim_get_source_id (self->claim)) != 0)
    ok = kaynak_document_set_claim_source (self->document, id, source_id, &error);
  if (ok && status != kaynak_claim_get_status (self->claim))
    ok = kaynak_document_set_claim_status (self->document, id, status, &error);
  if (ok && g_strcmp0 (note, kaynak_claim_get_note (self->claim)) != 0)
    ok = kaynak_document_set_claim_note (self->document, id, note, &error);
  kaynak_document_end_group (self->document);

  if (!ok)
    {
      /* The claim may have been deleted meanwhile (undo in the window) */
      kaynak_show_error (GTK_WINDOW (self), _("Could Not Change the Claim"), error);
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  kaynak_claim_dialog_apply (KAYNAK_CLAIM_DIALOG (widget));
}

static void
kaynak_claim_dialog_dispose (GObject *object)
{
  KaynakClaimDialog *self = KAYNAK_CLAIM_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->claim);
  g_clear_pointer (&self->source_ids, g_ptr_array_unref);
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

  gtk_widget_class_install_action (widget_class, "claim.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_claim_dialog_init (KaynakClaimDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  kaynak_accessible_name_combo_items (self->source_row);

  /* The enum's order is the list's order */
  for (guint i = 0; i < KAYNAK_N_CLAIM_STATUSES; i++)
    gtk_string_list_append (statuses, kaynak_claim_status_to_label (i));
  kaynak_accessible_name_combo_items (self->status_row);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  self->source_ids = g_ptr_array_new_with_free_func (g_free);
}

GtkWidget *
kaynak_claim_dialog_new (GtkWindow      *parent,
                         KaynakDocument *document,
                         KaynakClaim    *claim)
{
  KaynakClaimDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *sources;
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

  /* The document's sources in their order, then "No source" */
  sources = kaynak_document_get_sources (document);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

      gtk_string_list_append (labels, kaynak_source_get_label (source));
      g_ptr_array_add (self->source_ids, g_strdup (kaynak_source_get_id (source)));
    }
  gtk_string_list_append (labels, _("No source"));
  g_ptr_array_add (self->source_ids, NULL);
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (labels));
  kaynak_claim_dialog_set_source (self, kaynak_claim_get_source_id (claim));

  adw_combo_row_set_selected (self->status_row, kaynak_claim_get_status (claim));
  kaynak_claim_dialog_set_note (self, kaynak_claim_get_note (claim));

  /* The status is what is most often changed here: start there, not on
   * Cancel */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->status_row));

  return GTK_WIDGET (self);
}
