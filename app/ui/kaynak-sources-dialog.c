/* kaynak-sources-dialog.c: editing the document's sources.
 *
 * One expander row per source.  The rows are rebuilt when a source is
 * added or removed, and updated in place when one changes, so that an
 * entry being typed in keeps its focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-claim-row.h"
#include "kaynak-library-ui.h"
#include "kaynak-sources-dialog.h"
#include "kaynak-accessible.h"

struct _KaynakSourcesDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkListBox      *list_box;

  KaynakDocument  *document;
  /* source id → AdwExpanderRow */
  GHashTable      *rows;
  /* TRUE while widgets are set from the model, so they are not written
   * back as user edits */
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (KaynakSourcesDialog, kaynak_sources_dialog, ADW_TYPE_WINDOW)

static void kaynak_sources_dialog_rebuild (KaynakSourcesDialog *self);

static void
show_error (KaynakSourcesDialog *self,
            const GError        *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* Applies @edit to a copy of the source and hands the copy to the
 * document, which validates and records it. */
static void
change_source (KaynakSourcesDialog *self,
               const char          *id,
               void               (*edit) (KaynakSource *, gconstpointer),
               gconstpointer        value)
{
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(KaynakSource) before = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSource *source;

  if (self->updating)
    return;

  source = kaynak_document_lookup_source (self->document, id);
  if (source == NULL)
    return;

  before = kaynak_source_copy (source);
  changes = kaynak_source_copy (source);
  edit (changes, value);
  if (!kaynak_document_update_source (self->document, id, changes, &error))
    {
      show_error (self, error);
      /* put the widgets back to what the document holds */
      kaynak_sources_dialog_rebuild (self);
      return;
    }
  /* The user's library follows the user's edits (not a key: keys are
   * the document's) */
  kaynak_library_learn_edit (GTK_WIDGET (self), before, changes);
}

static void
edit_label (KaynakSource  *source,
            gconstpointer  value)
{
  kaynak_source_set_label (source, value);
}

static void
edit_color (KaynakSource  *source,
            gconstpointer  value)
{
  kaynak_source_set_color (source, value);
}

static void
edit_shortcut (KaynakSource  *source,
               gconstpointer  value)
{
  kaynak_source_set_shortcut (source, GPOINTER_TO_UINT (value));
}

static const char *
row_source_id (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "source-id");
}

static void
on_label_applied (AdwEntryRow         *entry,
                  KaynakSourcesDialog *self)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (label[0] == '\0')
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("A source needs a name")));
      return;
    }

  change_source (self, row_source_id (GTK_WIDGET (entry)), edit_label, label);
}

static void
on_color_set (GtkColorButton      *button,
              KaynakSourcesDialog *self)
{
  GdkRGBA rgba;
  g_autofree char *color = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (guint) (CLAMP (rgba.red, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.green, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.blue, 0., 1.) * 255 + .5));
  change_source (self, row_source_id (GTK_WIDGET (button)), edit_color, color);
}

static void
on_shortcut_selected (AdwComboRow         *combo,
                      GParamSpec          *pspec,
                      KaynakSourcesDialog *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  /* Position 0 is "None", 1–9 are the shortcuts themselves */
  change_source (self, row_source_id (GTK_WIDGET (combo)), edit_shortcut,
                 GUINT_TO_POINTER (selected));
}

static void
on_remove_clicked (GtkButton           *button,
                   KaynakSourcesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (row_source_id (GTK_WIDGET (button)));
  KaynakSource *source = kaynak_document_lookup_source (self->document, id);
  g_autofree char *text = NULL;

  if (source == NULL)
    return;

  text = g_strdup_printf (_("“%s” removed"), kaynak_source_get_label (source));
  if (!kaynak_document_remove_source (self->document, id, &error))
    {
      show_error (self, error);
      return;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static char *
dup_subtitle (KaynakSourcesDialog *self,
              KaynakSource        *source)
{
  guint shortcut = kaynak_source_get_shortcut (source);
  guint n = kaynak_document_count_claims_for_source (self->document,
                                                     kaynak_source_get_id (source));
  g_autofree char *claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n), n);

  if (shortcut == 0)
    return g_steal_pointer (&claims);

  /* Translators: "Key 3 · 4 claims" */
  return g_strdup_printf (_("Key %u · %s"), shortcut, claims);
}

static void
update_row (KaynakSourcesDialog *self,
            GtkWidget           *row,
            KaynakSource        *source)
{
  g_autofree char *title = g_markup_escape_text (kaynak_source_get_label (source), -1);
  g_autofree char *subtitle = dup_subtitle (self, source);
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), "entry");
  GtkWidget *color = g_object_get_data (G_OBJECT (row), "color");
  GtkWidget *combo = g_object_get_data (G_OBJECT (row), "combo");
  GtkWidget *dot = g_object_get_data (G_OBJECT (row), "dot");
  GdkRGBA rgba;

  self->updating = TRUE;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  /* The row is a list item: name it after its source, with what its
   * subtitle says (key and claims) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kaynak_source_get_label (source),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  kaynak_color_dot_set_color (dot, kaynak_source_get_color (source));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), kaynak_source_get_label (source)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), kaynak_source_get_label (source));
  if (gdk_rgba_parse (&rgba, kaynak_source_get_color (source)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &rgba);
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)) != kaynak_source_get_shortcut (source))
    adw_combo_row_set_selected (ADW_COMBO_ROW (combo), kaynak_source_get_shortcut (source));

  self->updating = FALSE;
}

static GtkWidget *
make_row (KaynakSourcesDialog *self,
          KaynakSource        *source)
{
  const char *id = kaynak_source_get_id (source);
  g_autoptr(GtkStringList) shortcuts = gtk_string_list_new (NULL);
  GtkWidget *row, *dot, *entry, *color_row, *color, *combo, *remove_row, *remove;

  row = adw_expander_row_new ();
  g_object_set_data_full (G_OBJECT (row), "source-id", g_strdup (id), g_free);

  dot = kaynak_color_dot_new (kaynak_source_get_color (source));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), dot);

  entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  g_object_set_data_full (G_OBJECT (entry), "source-id", g_strdup (id), g_free);
  g_signal_connect (entry, "apply", G_CALLBACK (on_label_applied), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);

  color_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (color_row), _("Colour"));
  color = gtk_color_button_new ();
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (color, _("Choose the Highlight Colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (color),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Highlight colour"),
                                  -1);
  /* GtkColorButton is a wrapper: the button a screen reader reaches is
   * its child, which GTK 4.8 leaves named "GtkButton" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (color)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Highlight colour"),
                                  -1);
  g_object_set_data_full (G_OBJECT (color), "source-id", g_strdup (id), g_free);
  g_signal_connect (color, "color-set", G_CALLBACK (on_color_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (color_row), color);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (color_row), color);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), color_row);

  gtk_string_list_append (shortcuts, _("None"));
  for (guint i = 1; i <= 9; i++)
    {
      char digit[2] = { (char) ('0' + i), 0 };
      gtk_string_list_append (shortcuts, digit);
    }
  combo = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Shortcut Key"));
  kaynak_accessible_name_combo_items (ADW_COMBO_ROW (combo));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (shortcuts));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), kaynak_source_get_shortcut (source));
  g_object_set_data_full (G_OBJECT (combo), "source-id", g_strdup (id), g_free);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (on_shortcut_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), combo);

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row),
                                 _("Its claims stay, without a source"));
  remove = gtk_button_new_with_mnemonic (_("_Remove Source"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data_full (G_OBJECT (remove), "source-id", g_strdup (id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

  g_object_set_data (G_OBJECT (row), "entry", entry);
  g_object_set_data (G_OBJECT (row), "color", color);
  g_object_set_data (G_OBJECT (row), "combo", combo);
  g_object_set_data (G_OBJECT (row), "dot", dot);

  update_row (self, row, source);

  return row;
}

static void
kaynak_sources_dialog_rebuild (KaynakSourcesDialog *self)
{
  GtkWidget *child;
  GListModel *sources = kaynak_document_get_sources (self->document);
  guint n = g_list_model_get_n_items (sources);

  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      GtkWidget *row = make_row (self, source);

      g_hash_table_insert (self->rows, g_strdup (kaynak_source_get_id (source)), row);
      gtk_list_box_append (self->list_box, row);
    }
}

static void
on_source_changed (KaynakSourcesDialog *self,
                   KaynakSource        *source)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, kaynak_source_get_id (source));

  if (row != NULL)
    update_row (self, row, source);
}

static void
on_document_changed (KaynakSourcesDialog *self)
{
  GHashTableIter iter;
  gpointer id, row;

  /* claim counts in the subtitles */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    {
      KaynakSource *source = kaynak_document_lookup_source (self->document, id);

      if (source != NULL)
        {
          g_autofree char *subtitle = dup_subtitle (self, source);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
        }
    }
}

static guint
next_free_shortcut (KaynakDocument *document)
{
  for (guint i = 1; i <= 9; i++)
    if (kaynak_document_lookup_shortcut (document, i) == NULL)
      return i;
  return 0;
}

static void
on_add_clicked (KaynakSourcesDialog *self)
{
  g_autoptr(KaynakSource) source = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sources = kaynak_document_get_sources (self->document);
  guint n = g_list_model_get_n_items (sources);
  g_autofree char *label = g_strdup_printf (_("Source %u"), n + 1);
  GtkWidget *row;

  source = kaynak_source_new (NULL, label, kaynak_source_palette_color (n),
                              next_free_shortcut (self->document),
                              KAYNAK_SOURCE_KIND_NAMED);
  if (!kaynak_document_add_source (self->document, source, &error))
    {
      show_error (self, error);
      return;
    }

  /* Open the new source with its name ready to be typed over */
  row = g_hash_table_lookup (self->rows, kaynak_source_get_id (source));
  if (row != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "entry"));
    }
}

static void
kaynak_sources_dialog_dispose (GObject *object)
{
  KaynakSourcesDialog *self = KAYNAK_SOURCES_DIALOG (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_SOURCES_DIALOG);

  G_OBJECT_CLASS (kaynak_sources_dialog_parent_class)->dispose (object);
}

static void
kaynak_sources_dialog_class_init (KaynakSourcesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_sources_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-sources-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakSourcesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaynakSourcesDialog, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_sources_dialog_init (KaynakSourcesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
kaynak_sources_dialog_new (GtkWindow      *parent,
                           KaynakDocument *document)
{
  KaynakSourcesDialog *self;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  self = g_object_new (KAYNAK_TYPE_SOURCES_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->document = g_object_ref (document);

  g_signal_connect_object (document, "source-added",
                           G_CALLBACK (kaynak_sources_dialog_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "source-removed",
                           G_CALLBACK (kaynak_sources_dialog_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "source-changed",
                           G_CALLBACK (on_source_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed",
                           G_CALLBACK (on_document_changed), self, G_CONNECT_SWAPPED);

  kaynak_sources_dialog_rebuild (self);

  return GTK_WIDGET (self);
}
