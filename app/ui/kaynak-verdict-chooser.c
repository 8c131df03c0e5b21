/* kaynak-verdict-chooser.c: the claim's verdict from the document's
 * scale, or its status.
 *
 * The row's items are the entries below, in order: with a scale, its
 * verdicts, then the claim's verdict when the scale no longer holds it,
 * then "No Verdict"; without one, the five statuses in the enum's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-claim-row.h"
#include "kaynak-verdict-chooser.h"

typedef struct
{
  char *id;            /* verdict id, status id, or NULL for "No Verdict" */
  char *label;
  char *description;   /* may be NULL */
  char *color;         /* may be NULL */
} Entry;

struct _KaynakVerdictChooser
{
  GObject         parent_instance;

  AdwComboRow    *row;   /* unowned: the row owns nothing of us */
  KaynakDocument *document;
  KaynakClaim    *claim;
  gboolean        scale;
  GPtrArray      *entries;
  /* what the model was built from: rebuilt when it differs */
  char           *signature;
  /* TRUE while the row's choice goes to the document: showing what it
   * set off waits for an idle moment, as it may replace the model whose
   * selection is being handled */
  gboolean        applying;
  guint           idle_id;
};

G_DEFINE_FINAL_TYPE (KaynakVerdictChooser, kaynak_verdict_chooser, G_TYPE_OBJECT)

static void
entry_free (Entry *entry)
{
  g_free (entry->id);
  g_free (entry->label);
  g_free (entry->description);
  g_free (entry->color);
  g_free (entry);
}

static void
add_entry (KaynakVerdictChooser *self,
           GString              *signature,
           const char           *id,
           const char           *label,
           const char           *description,
           const char           *color)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->id = g_strdup (id);
  entry->label = g_strdup (label);
  entry->description = description != NULL && description[0] != '\0' ? g_strdup (description) : NULL;
  entry->color = g_strdup (color);
  g_ptr_array_add (self->entries, entry);
  g_string_append_printf (signature, "%s\x1f%s\x1f%s\x1f%s\n", id ? id : "", label,
                          description ? description : "", color ? color : "");
}

/* --- The list's items: a colour, the label and the description ------------- */

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            KaynakVerdictChooser     *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *dot = kaynak_color_dot_new (NULL);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *description = gtk_label_new (NULL);

  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");
  gtk_box_append (GTK_BOX (text), label);
  gtk_box_append (GTK_BOX (text), description);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), text);
  g_object_set_data (G_OBJECT (box), "dot", dot);
  g_object_set_data (G_OBJECT (box), "label", label);
  g_object_set_data (G_OBJECT (box), "description", description);
  gtk_list_item_set_child (item, box);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KaynakVerdictChooser     *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  guint position = gtk_list_item_get_position (item);
  GtkWidget *dot = g_object_get_data (G_OBJECT (box), "dot");
  GtkWidget *description = g_object_get_data (G_OBJECT (box), "description");
  Entry *entry;

  if (position >= self->entries->len)
    return;
  entry = g_ptr_array_index (self->entries, position);
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "label"), entry->label);
  gtk_label_set_text (GTK_LABEL (description), entry->description ? entry->description : "");
  gtk_widget_set_visible (description, entry->description != NULL);
  gtk_widget_set_tooltip_text (box, entry->description);
  gtk_widget_set_visible (dot, entry->color != NULL);
  if (entry->color != NULL)
    kaynak_color_dot_set_color (dot, entry->color);
  kaynak_accessible_name_list_item (box, entry->label);
}

/* --- Showing ---------------------------------------------------------------- */

static void
rebuild_entries (KaynakVerdictChooser *self,
                 GString              *signature)
{
  GPtrArray *verdicts = self->document != NULL ? kaynak_document_get_verdicts (self->document) : NULL;
  const char *verdict = self->claim != NULL ? kaynak_claim_get_verdict (self->claim) : NULL;

  g_ptr_array_set_size (self->entries, 0);
  self->scale = verdicts != NULL && verdicts->len > 0;
  if (!self->scale)
    {
      for (guint i = 0; i < KAYNAK_N_CLAIM_STATUSES; i++)
        add_entry (self, signature, kaynak_claim_status_to_id (i),
                   kaynak_claim_status_to_label (i), NULL, NULL);
      return;
    }
  for (guint i = 0; i < verdicts->len; i++)
    {
      KaynakCodebookValue *value = g_ptr_array_index (verdicts, i);

      add_entry (self, signature, value->id, value->label, value->description, value->color);
    }
  if (verdict != NULL && kaynak_document_find_verdict (self->document, verdict) == NULL)
    {
      /* Translators: a claim's verdict that its codebook's scale no
       * longer has: shown and kept until another is chosen */
      g_autofree char *label = g_strdup_printf (_("%s (no longer on the scale)"), verdict);

      add_entry (self, signature, verdict, label,
                 _("The codebook changed since this verdict was given"), NULL);
    }
  add_entry (self, signature, NULL, _("No Verdict"), NULL, NULL);
}

guint
kaynak_verdict_chooser_find (KaynakVerdictChooser *self,
                             const char           *id)
{
  g_return_val_if_fail (KAYNAK_IS_VERDICT_CHOOSER (self), G_MAXUINT);

  for (guint i = 0; i < self->entries->len; i++)
    if (g_strcmp0 (((Entry *) g_ptr_array_index (self->entries, i))->id, id) == 0)
      return i;
  return G_MAXUINT;
}

static gboolean
show_idle (gpointer data)
{
  KaynakVerdictChooser *self = data;
  g_autoptr(KaynakDocument) document = self->document ? g_object_ref (self->document) : NULL;
  g_autoptr(KaynakClaim) claim = self->claim ? g_object_ref (self->claim) : NULL;

  self->idle_id = 0;
  kaynak_verdict_chooser_show (self, document, claim);
  return G_SOURCE_REMOVE;
}

void
kaynak_verdict_chooser_show (KaynakVerdictChooser *self,
                             KaynakDocument       *document,
                             KaynakClaim          *claim)
{
  g_autoptr(GString) signature = g_string_new (NULL);
  guint position;
  Entry *entry;

  g_return_if_fail (KAYNAK_IS_VERDICT_CHOOSER (self));

  g_set_object (&self->document, document);
  g_set_object (&self->claim, claim);
  if (self->applying)
    {
      if (self->idle_id == 0)
        self->idle_id = g_idle_add (show_idle, self);
      return;
    }
  rebuild_entries (self, signature);

  if (g_strcmp0 (signature->str, self->signature) != 0)
    {
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

      for (guint i = 0; i < self->entries->len; i++)
        gtk_string_list_append (labels, ((Entry *) g_ptr_array_index (self->entries, i))->label);
      adw_combo_row_set_model (self->row, G_LIST_MODEL (labels));
      g_free (self->signature);
      self->signature = g_string_free (g_steal_pointer (&signature), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row),
                                     self->scale ? _("_Verdict") : _("_Status"));
    }

  if (claim == NULL)
    return;
  position = self->scale ? kaynak_verdict_chooser_find (self, kaynak_claim_get_verdict (claim))
                         : kaynak_claim_get_status (claim);
  if (position >= self->entries->len)
    position = self->entries->len - 1;
  if (adw_combo_row_get_selected (self->row) != position)
    adw_combo_row_set_selected (self->row, position);
  /* The chosen verdict's definition, as the desk's readers are told it */
  entry = g_ptr_array_index (self->entries, position);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row),
                               entry->description != NULL ? entry->description : "");
}

gboolean
kaynak_verdict_chooser_apply (KaynakVerdictChooser *self,
                              GError              **error)
{
  guint position;
  const char *claim_id;
  Entry *entry;
  gboolean ok;

  g_return_val_if_fail (KAYNAK_IS_VERDICT_CHOOSER (self), FALSE);

  position = adw_combo_row_get_selected (self->row);
  if (self->claim == NULL || self->document == NULL || position >= self->entries->len)
    return TRUE;
  entry = g_ptr_array_index (self->entries, position);
  claim_id = kaynak_claim_get_id (self->claim);
  if (!self->scale)
    {
      if ((guint) kaynak_claim_get_status (self->claim) == position)
        return TRUE;
      self->applying = TRUE;
      ok = kaynak_document_set_claim_status (self->document, claim_id, position, error);
    }
  else
    {
      if (g_strcmp0 (entry->id, kaynak_claim_get_verdict (self->claim)) == 0)
        return TRUE;
      self->applying = TRUE;
      ok = kaynak_document_set_claim_verdict (self->document, claim_id, entry->id, error);
    }
  self->applying = FALSE;
  return ok;
}

static void
kaynak_verdict_chooser_finalize (GObject *object)
{
  KaynakVerdictChooser *self = KAYNAK_VERDICT_CHOOSER (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->claim);
  g_ptr_array_unref (self->entries);
  g_free (self->signature);

  G_OBJECT_CLASS (kaynak_verdict_chooser_parent_class)->finalize (object);
}

static void
kaynak_verdict_chooser_class_init (KaynakVerdictChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_verdict_chooser_finalize;
}

static void
kaynak_verdict_chooser_init (KaynakVerdictChooser *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
}

KaynakVerdictChooser *
kaynak_verdict_chooser_new (AdwComboRow *row)
{
  KaynakVerdictChooser *self = g_object_new (KAYNAK_TYPE_VERDICT_CHOOSER, NULL);
  g_autoptr(GtkListItemFactory) factory = kaynak_accessible_string_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  self->row = row;
  g_signal_connect_object (list_factory, "setup", G_CALLBACK (setup_item), self, 0);
  g_signal_connect_object (list_factory, "bind", G_CALLBACK (bind_item), self, 0);
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_list_factory (row, list_factory);
  return self;
}
