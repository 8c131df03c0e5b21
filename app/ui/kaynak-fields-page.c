/* kaynak-fields-page.c: the fields of the personal codebook in Preferences.
 *
 * One row per field (its name, what it describes and its type), rebuilt
 * when the codebook changes; activating a row opens it in the field
 * dialog.  Every edit is one step of the codebook's undo history, said in
 * a toast with Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-codebook-prefs.h"
#include "kaynak-field-dialog.h"
#include "kaynak-fields-page.h"
#include "kaynak-personal-codebook.h"

struct _KaynakFieldsPage
{
  AdwPreferencesPage      parent_instance;

  AdwPreferencesGroup    *fields_group;
  AdwPreferencesGroup    *add_group;
  GtkListBox             *list_box;

  KaynakPersonalCodebook *codebook;
  char                   *focus_id;
  guint                   rebuild_idle;
};

G_DEFINE_FINAL_TYPE (KaynakFieldsPage, kaynak_fields_page, ADW_TYPE_PREFERENCES_PAGE)

#define ID_KEY "kaynak-field-id"

static void on_codebook_changed (KaynakFieldsPage *self);

static const char *
row_id (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), ID_KEY);
}

static void
set_id (gpointer    widget,
        const char *id)
{
  g_object_set_data_full (G_OBJECT (widget), ID_KEY, g_strdup (id), g_free);
}

static void
edited (KaynakFieldsPage *self,
        gboolean          done,
        const GError     *error)
{
  kaynak_codebook_prefs_edited (GTK_WIDGET (self), done, error);
  if (!done)
    on_codebook_changed (self);
}

static void
open_dialog (KaynakFieldsPage *self,
             const char       *id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  KaynakFieldDialog *dialog = kaynak_field_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       GTK_WIDGET (self), id);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_activated (KaynakFieldsPage *self)
{
  open_dialog (self, NULL);
}

static void
on_row_activated (AdwActionRow     *row,
                  KaynakFieldsPage *self)
{
  open_dialog (self, row_id (row));
}

static void
on_edit_clicked (GtkButton        *button,
                 KaynakFieldsPage *self)
{
  open_dialog (self, row_id (button));
}

static int
position_of (KaynakFieldsPage *self,
             const char       *id)
{
  GPtrArray *fields = kaynak_personal_codebook_get_fields (self->codebook);

  for (guint i = 0; i < fields->len; i++)
    if (g_strcmp0 (((KaynakCodebookField *) g_ptr_array_index (fields, i))->id, id) == 0)
      return (int) i;
  return -1;
}

static void
move_by (KaynakFieldsPage *self,
         const char       *id,
         int               delta)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_strdup (id);
  int position = position_of (self, copy);
  int n = (int) kaynak_personal_codebook_get_fields (self->codebook)->len;
  gboolean done;

  if (position < 0 || position + delta < 0 || position + delta >= n)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  g_free (self->focus_id);
  self->focus_id = g_strdup (copy);
  done = kaynak_personal_codebook_move_field (self->codebook, copy, (guint) (position + delta),
                                              &error);
  edited (self, done, error);
}

static void
on_up_clicked (GtkButton        *button,
               KaynakFieldsPage *self)
{
  move_by (self, row_id (button), -1);
}

static void
on_down_clicked (GtkButton        *button,
                 KaynakFieldsPage *self)
{
  move_by (self, row_id (button), +1);
}

static gboolean
on_move_shortcut (GtkWidget *row,
                  GVariant  *args,
                  gpointer   user_data)
{
  KaynakFieldsPage *self = KAYNAK_FIELDS_PAGE (gtk_widget_get_ancestor (row, KAYNAK_TYPE_FIELDS_PAGE));

  if (self != NULL)
    move_by (self, row_id (row), GPOINTER_TO_INT (user_data));
  return TRUE;
}

static void
on_remove_clicked (GtkButton        *button,
                   KaynakFieldsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (row_id (button));
  gboolean done = kaynak_personal_codebook_remove_field (self->codebook, id, &error);

  edited (self, done, error);
}

/* --- Rows ------------------------------------------------------------------- */

static const char *
type_label (KaynakFieldType type)
{
  switch (type)
    {
    case KAYNAK_FIELD_CHOICE:  return _("One choice");
    case KAYNAK_FIELD_CHOICES: return _("Several choices");
    case KAYNAK_FIELD_NUMBER:  return _("Number");
    case KAYNAK_FIELD_DATE:    return _("Date");
    case KAYNAK_FIELD_TEXT:    return _("Text");
    case KAYNAK_FIELD_LINK:    return _("Web address");
    case KAYNAK_FIELD_YES_NO:  return _("Yes or no");
    default:                   return "";
    }
}

static char *
dup_subtitle (const KaynakCodebookField *field)
{
  const char *target = field->target == KAYNAK_FIELD_ON_SOURCE ? _("on each source")
                                                                : _("on each claim");

  if (field->choices->len > 0)
    {
      g_autoptr(GString) choices = g_string_new (NULL);

      for (guint i = 0; i < field->choices->len; i++)
        {
          if (i > 0)
            g_string_append (choices, _(", "));
          g_string_append (choices, ((KaynakCodebookValue *) g_ptr_array_index (field->choices, i))->label);
        }
      /* Translators: "One choice on each claim: War, Economy" */
      return g_strdup_printf (_("%s %s: %s"), type_label (field->type), target, choices->str);
    }
  /* Translators: "Yes or no on each claim" */
  return g_strdup_printf (_("%s %s"), type_label (field->type), target);
}

static GtkWidget *
make_row (KaynakFieldsPage          *self,
          const KaynakCodebookField *field,
          guint                      position,
          guint                      n)
{
  g_autofree char *title = g_markup_escape_text (field->label, -1);
  g_autofree char *subtitle = dup_subtitle (field);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
  g_autofree char *edit_name = g_strdup_printf (_("Edit “%s”"), field->label);
  g_autofree char *remove_name = g_strdup_printf (_("Remove “%s”"), field->label);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *up, *down, *edit, *remove;
  GtkEventController *controller = gtk_shortcut_controller_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  set_id (row, field->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, field->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);

  up = kaynak_codebook_prefs_icon_button ("go-up-symbolic", _("Move Up"), _("Move Up (Alt+↑)"));
  down = kaynak_codebook_prefs_icon_button ("go-down-symbolic", _("Move Down"),
                                            _("Move Down (Alt+↓)"));
  edit = kaynak_codebook_prefs_icon_button ("document-edit-symbolic", edit_name, _("Edit Field"));
  remove = kaynak_codebook_prefs_icon_button ("user-trash-symbolic", remove_name,
                                              _("Remove Field (articles that use it keep it)"));
  gtk_widget_set_sensitive (up, position > 0);
  gtk_widget_set_sensitive (down, position + 1 < n);
  set_id (up, field->id);
  set_id (down, field->id);
  set_id (edit, field->id);
  set_id (remove, field->id);
  g_signal_connect (up, "clicked", G_CALLBACK (on_up_clicked), self);
  g_signal_connect (down, "clicked", G_CALLBACK (on_down_clicked), self);
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                                          gtk_callback_action_new (on_move_shortcut,
                                                                                   GINT_TO_POINTER (-1), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                                          gtk_callback_action_new (on_move_shortcut,
                                                                                   GINT_TO_POINTER (+1), NULL)));
  gtk_widget_add_controller (row, controller);
  return row;
}

static GtkWidget *
make_empty_row (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No fields yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("New articles record a source and a verdict for each claim."));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
rebuild (KaynakFieldsPage *self)
{
  GPtrArray *fields = kaynak_personal_codebook_get_fields (self->codebook);
  const GError *load_error = kaynak_personal_codebook_get_load_error (self->codebook);
  GtkWidget *focus = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < fields->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (fields, i);
      GtkWidget *row = make_row (self, field, i, fields->len);

      gtk_list_box_append (self->list_box, row);
      if (g_strcmp0 (self->focus_id, field->id) == 0)
        focus = row;
    }
  if (fields->len == 0 && load_error == NULL)
    gtk_list_box_append (self->list_box, make_empty_row ());

  if (load_error != NULL)
    {
      adw_preferences_group_set_description (self->fields_group, load_error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->list_box), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_group), FALSE);
    }
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
  g_clear_pointer (&self->focus_id, g_free);
}

static gboolean
rebuild_idle (gpointer data)
{
  KaynakFieldsPage *self = data;

  self->rebuild_idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_codebook_changed (KaynakFieldsPage *self)
{
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add (rebuild_idle, self);
}

/* --- The page ------------------------------------------------------------------- */

static void
kaynak_fields_page_dispose (GObject *object)
{
  KaynakFieldsPage *self = KAYNAK_FIELDS_PAGE (object);

  g_clear_object (&self->codebook);
  g_clear_pointer (&self->focus_id, g_free);
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);

  G_OBJECT_CLASS (kaynak_fields_page_parent_class)->dispose (object);
}

static void
kaynak_fields_page_class_init (KaynakFieldsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_fields_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-fields-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldsPage, fields_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldsPage, add_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldsPage, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_add_activated);
}

static void
kaynak_fields_page_init (KaynakFieldsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->codebook = g_object_ref (kaynak_personal_codebook_get_default ());
  g_signal_connect_object (self->codebook, "changed",
                           G_CALLBACK (on_codebook_changed), self, G_CONNECT_SWAPPED);
  kaynak_codebook_prefs_add_undo_shortcut (GTK_WIDGET (self));
  rebuild (self);
}
