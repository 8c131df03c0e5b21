/* kaynak-library-page.c: the user's source library in Preferences.
 *
 * One expander row per library source, rebuilt when the library changes
 * (sources are few, and a change is one press of an apply button or one
 * choice, never a keystroke).  Every edit goes to the library, which
 * checks it and saves at once; a refused edit is said in a toast and the
 * rows are put back as the library holds them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-claim-row.h"
#include "kaynak-error-dialog.h"
#include "kaynak-file.h"
#include "kaynak-library-page.h"
#include "kaynak-source-library.h"
#include "kaynak-toast-timeout.h"

struct _KaynakLibraryPage
{
  AdwPreferencesPage   parent_instance;

  AdwPreferencesGroup *sources_group;
  AdwPreferencesGroup *schemes_group;
  GtkListBox          *list_box;

  KaynakSourceLibrary *library;
  /* the id of the row to show open after a rebuild */
  char                *expanded_id;
  /* TRUE while the rows are built, so that setting them is no edit */
  gboolean             building;
  guint                rebuild_idle;
};

G_DEFINE_FINAL_TYPE (KaynakLibraryPage, kaynak_library_page, ADW_TYPE_PREFERENCES_PAGE)

#define ID_KEY "kaynak-source-id"

static void rebuild (KaynakLibraryPage *self);
static void on_library_changed (KaynakLibraryPage *self);

static void
toast (KaynakLibraryPage *self,
       const char        *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    {
      AdwToast *toast = adw_toast_new (text);

      kaynak_toast_apply_test_timeout (toast);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
    }
}

static const char *
row_id (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), ID_KEY);
}

/* --- Edits ------------------------------------------------------------------ */

typedef void (*EditFunc) (KaynakSource *source, gconstpointer value);

static void
edit (KaynakLibraryPage *self,
      const char        *id,
      EditFunc           func,
      gconstpointer      value)
{
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSource *source;

  if (self->building)
    return;
  source = kaynak_source_library_lookup (self->library, id);
  if (source == NULL)
    return;

  g_free (self->expanded_id);
  self->expanded_id = g_strdup (id);
  changes = kaynak_source_copy (source);
  func (changes, value);
  if (!kaynak_source_library_update (self->library, id, changes, &error))
    {
      toast (self, error->message);
      on_library_changed (self);
    }
}

static void
edit_label (KaynakSource  *source,
            gconstpointer  value)
{
  kaynak_source_set_label (source, value);
}

static void
edit_aliases (KaynakSource  *source,
              gconstpointer  value)
{
  kaynak_source_set_aliases (source, value);
}

static void
edit_kind (KaynakSource  *source,
           gconstpointer  value)
{
  kaynak_source_set_kind (source, GPOINTER_TO_UINT (value));
}

/* what the source is (issue 19): the enum's order is the list's */
static void
edit_source_type (KaynakSource  *source,
                  gconstpointer  value)
{
  kaynak_source_set_source_type (source, GPOINTER_TO_UINT (value));
}

static void
edit_color (KaynakSource  *source,
            gconstpointer  value)
{
  kaynak_source_set_color (source, value);
}

static void
on_label_applied (AdwEntryRow       *entry,
                  KaynakLibraryPage *self)
{
  edit (self, row_id (entry), edit_label, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* "ABD, Washington" → { "ABD", "Washington" }, read as the Sources dialog
 * reads it (kaynak_source_parse_aliases()) */
static void
on_aliases_applied (AdwEntryRow       *entry,
                    KaynakLibraryPage *self)
{
  KaynakSource *source = kaynak_source_library_lookup (self->library, row_id (entry));
  g_auto(GStrv) aliases = NULL;

  if (source == NULL)
    return;
  aliases = kaynak_source_parse_aliases (gtk_editable_get_text (GTK_EDITABLE (entry)),
                                         kaynak_source_get_label (source));
  edit (self, row_id (entry), edit_aliases, aliases);
}

static void
on_kind_selected (AdwComboRow       *combo,
                  GParamSpec        *pspec,
                  KaynakLibraryPage *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected < KAYNAK_N_SOURCE_KINDS)
    edit (self, row_id (combo), edit_kind, GUINT_TO_POINTER (selected));
}

static void
on_source_type_selected (AdwComboRow       *combo,
                         GParamSpec        *pspec,
                         KaynakLibraryPage *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected < KAYNAK_N_SOURCE_TYPES)
    edit (self, row_id (combo), edit_source_type, GUINT_TO_POINTER (selected));
}

static void
on_color_set (GtkColorButton    *button,
              KaynakLibraryPage *self)
{
  GdkRGBA rgba;
  g_autofree char *color = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (guint) (CLAMP (rgba.red, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.green, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.blue, 0., 1.) * 255 + .5));
  edit (self, row_id (button), edit_color, color);
}

static void
on_remove_clicked (GtkButton         *button,
                   KaynakLibraryPage *self)
{
  g_autofree char *id = g_strdup (row_id (button));
  KaynakSource *source = kaynak_source_library_lookup (self->library, id);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (source == NULL)
    return;
  /* Translators: a toast after a source was removed from the library */
  text = g_strdup_printf (_("“%s” removed from your library"), kaynak_source_get_label (source));
  if (!kaynak_source_library_remove (self->library, id, &error))
    toast (self, error->message);
  else
    toast (self, text);
}

/* --- Rows ------------------------------------------------------------------- */

static char *
dup_subtitle (KaynakSource *source)
{
  const char * const *aliases = kaynak_source_get_aliases (source);
  const char *kind = kaynak_source_kind_to_label (kaynak_source_get_kind (source));
  g_autofree char *joined = NULL;

  if (aliases[0] == NULL)
    return g_strdup (kind);
  joined = kaynak_source_dup_aliases_text (source);
  /* Translators: a library source's kind, then its aliases: "Official
   * statement · ABD, Washington" */
  return g_strdup_printf (_("%s · %s"), kind, joined);
}

static void
add_entry_row (GtkWidget         *expander,
               const char        *id,
               const char        *title,
               const char        *text,
               GCallback          applied,
               KaynakLibraryPage *self)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_object_set_data_full (G_OBJECT (entry), ID_KEY, g_strdup (id), g_free);
  g_signal_connect (entry, "apply", applied, self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
}

static GtkWidget *
make_row (KaynakLibraryPage *self,
          KaynakSource      *source)
{
  const char *id = kaynak_source_get_id (source);
  g_autofree char *title = g_markup_escape_text (kaynak_source_get_label (source), -1);
  g_autofree char *subtitle = dup_subtitle (source);
  g_autofree char *aliases = kaynak_source_dup_aliases_text (source);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  GtkWidget *type_combo;
  GtkWidget *row, *combo, *color_row, *color, *remove_row, *remove;
  GdkRGBA rgba;

  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               kaynak_color_dot_new (kaynak_source_get_color (source)));
  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_strdup (id), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kaynak_source_get_label (source),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);

  add_entry_row (row, id, _("Name"), kaynak_source_get_label (source),
                 G_CALLBACK (on_label_applied), self);

  for (guint kind = 0; kind < KAYNAK_N_SOURCE_KINDS; kind++)
    gtk_string_list_append (kinds, kaynak_source_kind_to_label (kind));
  combo = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Kind"));
  kaynak_accessible_name_combo_items (ADW_COMBO_ROW (combo));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), kaynak_source_get_kind (source));
  g_object_set_data_full (G_OBJECT (combo), ID_KEY, g_strdup (id), g_free);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (on_kind_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), combo);

  /* What the source is (issue 19): "Not set", then the types */
  for (guint type = 0; type < KAYNAK_N_SOURCE_TYPES; type++)
    gtk_string_list_append (types, kaynak_source_type_to_label (type));
  type_combo = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (type_combo), _("Type"));
  kaynak_accessible_name_combo_items (ADW_COMBO_ROW (type_combo));
  adw_combo_row_set_model (ADW_COMBO_ROW (type_combo), G_LIST_MODEL (types));
  adw_combo_row_set_selected (ADW_COMBO_ROW (type_combo), kaynak_source_get_source_type (source));
  g_object_set_data_full (G_OBJECT (type_combo), ID_KEY, g_strdup (id), g_free);
  g_signal_connect (type_combo, "notify::selected", G_CALLBACK (on_source_type_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), type_combo);

  add_entry_row (row, id, _("Aliases, separated by commas"), aliases,
                 G_CALLBACK (on_aliases_applied), self);

  color_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (color_row), _("Colour"));
  color = gtk_color_button_new ();
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  if (gdk_rgba_parse (&rgba, kaynak_source_get_color (source)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &rgba);
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (color, _("Choose the Highlight Colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (color),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Highlight colour"),
                                  -1);
  /* GTK 4.8 names the inner button of a GtkColorButton "GtkButton" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (color)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Highlight colour"),
                                  -1);
  g_object_set_data_full (G_OBJECT (color), ID_KEY, g_strdup (id), g_free);
  g_signal_connect (color, "color-set", G_CALLBACK (on_color_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (color_row), color);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (color_row), color);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), color_row);

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row),
                                 _("Articles that use it keep it"));
  remove = gtk_button_new_with_mnemonic (_("_Remove From Library"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data_full (G_OBJECT (remove), ID_KEY, g_strdup (id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

  if (g_strcmp0 (self->expanded_id, id) == 0)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  return row;
}

static GtkWidget *
make_empty_row (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No sources yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Name a new source in Tag as…, or import a scheme."));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
rebuild (KaynakLibraryPage *self)
{
  GListModel *sources = kaynak_source_library_get_sources (self->library);
  guint n = g_list_model_get_n_items (sources);
  const GError *load_error = kaynak_source_library_get_load_error (self->library);
  GtkWidget *child;

  self->building = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

      gtk_list_box_append (self->list_box, make_row (self, source));
    }
  if (n == 0 && load_error == NULL)
    gtk_list_box_append (self->list_box, make_empty_row ());

  /* A library that could not be read is left alone: say why, and offer
   * nothing that would change it */
  if (load_error != NULL)
    {
      adw_preferences_group_set_description (self->sources_group, load_error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->list_box), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->schemes_group), FALSE);
    }
  self->building = FALSE;
}

/* The library changes from inside a row's own signal (an apply, a
 * choice): its rows are replaced once that signal is over */
static gboolean
rebuild_idle (gpointer data)
{
  KaynakLibraryPage *self = data;

  self->rebuild_idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_library_changed (KaynakLibraryPage *self)
{
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add (rebuild_idle, self);
}

/* --- Export and import -------------------------------------------------------- */

static GtkWindow *
parent_window (KaynakLibraryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_export_response (GtkNativeDialog   *native,
                    int                response,
                    KaynakLibraryPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GError) error = NULL;

      if (kaynak_source_library_export (self->library, file, &error))
        {
          guint n = g_list_model_get_n_items (kaynak_source_library_get_sources (self->library));
          g_autofree char *text = g_strdup_printf (ngettext ("Exported %u source to “%s”",
                                                             "Exported %u sources to “%s”", n),
                                                   n, name);
          toast (self, text);
        }
      else
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), name);

          kaynak_show_error (parent_window (self), heading, error);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static void
add_filters (GtkFileChooserNative *native)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Schemes and Kaynak Files"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);
}

static void
on_export_activated (KaynakLibraryPage *self)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Scheme"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), "sources" KAYNAK_SCHEME_SUFFIX);
  add_filters (native);
  g_signal_connect (native, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_import_response (GtkNativeDialog   *native,
                    int                response,
                    KaynakLibraryPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GPtrArray) sources = NULL;
      g_autoptr(GError) error = NULL;
      guint added = 0, updated = 0;

      sources = kaynak_file_load_scheme (file, &error);
      if (sources != NULL &&
          kaynak_source_library_import (self->library, sources, &added, &updated, &error))
        {
          g_autofree char *text = NULL;

          if (added + updated == 0)
            text = g_strdup_printf (_("Your library has every source of “%s” already"), name);
          else
            /* Translators: "Imported “team.kaynak-scheme.json”: 3 new, 1 updated" */
            text = g_strdup_printf (_("Imported “%s”: %u new, %u updated"), name, added, updated);
          toast (self, text);
        }
      else
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

          kaynak_show_error (parent_window (self), heading, error);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static void
on_import_activated (KaynakLibraryPage *self)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Import Scheme"), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (native);
  g_signal_connect (native, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* --- The page ------------------------------------------------------------------- */

static void
kaynak_library_page_dispose (GObject *object)
{
  KaynakLibraryPage *self = KAYNAK_LIBRARY_PAGE (object);

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (kaynak_source_library_get_sources (self->library), self);
  g_clear_object (&self->library);
  g_clear_pointer (&self->expanded_id, g_free);
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);

  G_OBJECT_CLASS (kaynak_library_page_parent_class)->dispose (object);
}

static void
kaynak_library_page_class_init (KaynakLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_library_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakLibraryPage, sources_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakLibraryPage, schemes_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakLibraryPage, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_export_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_import_activated);
}

static void
kaynak_library_page_init (KaynakLibraryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->library = g_object_ref (kaynak_source_library_get_default ());
  g_signal_connect_object (kaynak_source_library_get_sources (self->library), "items-changed",
                           G_CALLBACK (on_library_changed), self, G_CONNECT_SWAPPED);
  rebuild (self);
}
