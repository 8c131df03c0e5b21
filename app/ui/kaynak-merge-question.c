/* kaynak-merge-question.c: which of the selected sources to keep.
 *
 * A message dialog, like the question before removing a used source: a
 * merge is undoable, but the user must see which name stays (it is the
 * one the exports carry).  The drop-down starts on the source with the
 * most claims, the likeliest to be the speaker's usual name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-merge-question.h"

GtkWidget *
kaynak_merge_question_new (GtkWindow          *parent,
                           KaynakDocument     *document,
                           const char * const *ids)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = kaynak_accessible_string_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = kaynak_accessible_string_factory_new ();
  g_autoptr(GHashTable) counts = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *keep, *box, *label;
  guint n = g_strv_length ((char **) ids), best = 0, best_count = 0;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (n >= 2, NULL);

  counts = kaynak_document_count_claims_by_source (document);
  for (guint i = 0; i < n; i++)
    {
      KaynakSource *source = kaynak_document_lookup_source (document, ids[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, ids[i]));

      gtk_string_list_append (labels, source != NULL ? kaynak_source_get_label (source) : ids[i]);
      /* the first of those with the most claims */
      if (count > best_count)
        {
          best = i;
          best_count = count;
        }
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merge %u Source?",
                                          "Merge %u Sources?", n), n);
  dialog = adw_message_dialog_new (parent, heading,
                                   _("Their claims move to the source you keep, and their names become its other names."));
  g_object_set_data_full (G_OBJECT (dialog), "ids",
                          g_strdupv ((char **) ids), (GDestroyNotify) g_strfreev);

  keep = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (keep), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (keep), list_factory);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (keep), best);
  gtk_widget_set_hexpand (keep, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (keep),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Source to keep"),
                                  -1);
  kaynak_accessible_name_drop_down_button (keep, _("Source to keep"));
  g_object_set_data (G_OBJECT (dialog), "keep", keep);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new_with_mnemonic (_("_Keep"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), keep);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), keep);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return dialog;
}

const char *
kaynak_merge_question_get_keep_id (GtkWidget *question)
{
  char **ids = g_object_get_data (G_OBJECT (question), "ids");
  GtkDropDown *keep = g_object_get_data (G_OBJECT (question), "keep");
  guint selected;

  g_return_val_if_fail (ids != NULL && keep != NULL, NULL);

  selected = gtk_drop_down_get_selected (keep);
  if (selected >= g_strv_length (ids))
    return NULL;
  return ids[selected];
}
