/* kaynak-field-dialog.c: a field of the personal codebook added or edited.
 *
 * The dialog fills in a copy of the field as the user types; after every
 * change it asks the codebook whether it would take it
 * (kaynak_personal_codebook_check_field()), so that Save is offered only
 * then and the reason is said otherwise.  Save is one step of the
 * codebook's undo history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-codebook-prefs.h"
#include "kaynak-field-dialog.h"
#include "kaynak-personal-codebook.h"

struct _KaynakFieldDialog
{
  AdwWindow            parent_instance;

  GtkButton           *save_button;
  AdwEntryRow         *label_row;
  AdwEntryRow         *description_row;
  AdwComboRow         *target_row;
  AdwComboRow         *type_row;
  AdwPreferencesGroup *range_group;
  AdwEntryRow         *min_row;
  AdwEntryRow         *max_row;
  AdwPreferencesGroup *choices_group;
  AdwPreferencesGroup *new_choice_group;
  GtkListBox          *choices_box;
  AdwEntryRow         *new_choice_row;
  GtkLabel            *problem_label;

  GtkWidget           *page;     /* weak */
  char                *id;       /* NULL: a new field */
  KaynakCodebookField *field;    /* what Save stores */
  gboolean             filling;
  gboolean             ok;       /* the codebook would take it */
};

G_DEFINE_FINAL_TYPE (KaynakFieldDialog, kaynak_field_dialog, ADW_TYPE_WINDOW)

#define INDEX_KEY "kaynak-choice-index"

static void rebuild_choices (KaynakFieldDialog *self, int focus);

static gboolean
is_choice_type (KaynakFieldType type)
{
  return type == KAYNAK_FIELD_CHOICE || type == KAYNAK_FIELD_CHOICES;
}

static gboolean
has_text (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return stripped[0] != '\0';
}

/* A bound typed in @row: empty is none; FALSE for what is not a number */
static gboolean
read_bound (AdwEntryRow *row,
            gboolean    *has,
            double      *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  *has = text[0] != '\0';
  return !*has || kaynak_codebook_prefs_parse_number (text, value);
}

/* The rows read into the field; Save offered when the codebook would take it */
static void
update (KaynakFieldDialog *self)
{
  KaynakCodebookField *field = self->field;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->filling)
    return;

  g_free (field->label);
  field->label = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->label_row)));
  g_free (field->description);
  field->description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  field->target = adw_combo_row_get_selected (self->target_row) == 1 ? KAYNAK_FIELD_ON_SOURCE
                                                                      : KAYNAK_FIELD_ON_CLAIM;
  field->type = MIN (adw_combo_row_get_selected (self->type_row), KAYNAK_FIELD_YES_NO);

  gtk_widget_set_visible (GTK_WIDGET (self->range_group), field->type == KAYNAK_FIELD_NUMBER);
  gtk_widget_set_visible (GTK_WIDGET (self->choices_group), is_choice_type (field->type));
  gtk_widget_set_visible (GTK_WIDGET (self->new_choice_group), is_choice_type (field->type));

  ok = read_bound (self->min_row, &field->has_min, &field->min) &&
       read_bound (self->max_row, &field->has_max, &field->max);
  if (!ok)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("The bounds must be numbers, or empty."));
  else if (!has_text (field->label))
    {
      ok = FALSE;
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Give the field a name."));
    }
  else
    ok = kaynak_personal_codebook_check_field (kaynak_personal_codebook_get_default (),
                                               self->id, field, &error);

  self->ok = ok;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "field.save", ok);
  gtk_label_set_text (self->problem_label, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), !ok);
}

/* --- Choices ------------------------------------------------------------------ */

static guint
choice_index (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), INDEX_KEY));
}

static KaynakCodebookValue *
nth_choice (KaynakFieldDialog *self,
            guint              i)
{
  return g_ptr_array_index (self->field->choices, i);
}

static void
on_choice_changed (AdwEntryRow       *row,
                   KaynakFieldDialog *self)
{
  KaynakCodebookValue *choice = nth_choice (self, choice_index (row));

  /* renamed: its id stays */
  g_free (choice->label);
  choice->label = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  update (self);
}

static void
move_choice (KaynakFieldDialog *self,
             guint              i,
             int                delta)
{
  GPtrArray *choices = self->field->choices;
  gpointer choice;

  if ((int) i + delta < 0 || i + delta >= choices->len)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  choice = g_ptr_array_steal_index (choices, i);
  g_ptr_array_insert (choices, (int) i + delta, choice);
  rebuild_choices (self, (int) i + delta);
}

static void
on_choice_up (GtkButton         *button,
              KaynakFieldDialog *self)
{
  move_choice (self, choice_index (button), -1);
}

static void
on_choice_down (GtkButton         *button,
                KaynakFieldDialog *self)
{
  move_choice (self, choice_index (button), +1);
}

static gboolean
on_choice_shortcut (GtkWidget *row,
                    GVariant  *args,
                    gpointer   user_data)
{
  KaynakFieldDialog *self = KAYNAK_FIELD_DIALOG (gtk_widget_get_root (row));

  move_choice (self, choice_index (row), GPOINTER_TO_INT (user_data));
  return TRUE;
}

static void
on_choice_remove (GtkButton         *button,
                  KaynakFieldDialog *self)
{
  guint i = choice_index (button);

  g_ptr_array_remove_index (self->field->choices, i);
  rebuild_choices (self, -1);
}

static void
on_new_choice_applied (KaynakFieldDialog *self)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_choice_row))));

  if (label[0] == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  kaynak_codebook_field_add_choice (self->field, label);
  gtk_editable_set_text (GTK_EDITABLE (self->new_choice_row), "");
  rebuild_choices (self, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->new_choice_row));
}

static void
set_index (gpointer widget,
           guint    i)
{
  g_object_set_data (G_OBJECT (widget), INDEX_KEY, GUINT_TO_POINTER (i));
}

static GtkWidget *
make_choice_row (KaynakFieldDialog *self,
                 guint              i)
{
  KaynakCodebookValue *choice = nth_choice (self, i);
  g_autofree char *title = g_strdup_printf (_("Choice %u"), i + 1);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *up, *down, *remove;
  GtkEventController *controller = gtk_shortcut_controller_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), choice->label);
  set_index (row, i);
  g_signal_connect (row, "changed", G_CALLBACK (on_choice_changed), self);

  up = kaynak_codebook_prefs_icon_button ("go-up-symbolic", _("Move Choice Up"),
                                          _("Move Up (Alt+↑)"));
  down = kaynak_codebook_prefs_icon_button ("go-down-symbolic", _("Move Choice Down"),
                                            _("Move Down (Alt+↓)"));
  remove = kaynak_codebook_prefs_icon_button ("user-trash-symbolic", _("Remove Choice"),
                                              _("Remove Choice"));
  gtk_widget_set_sensitive (up, i > 0);
  gtk_widget_set_sensitive (down, i + 1 < self->field->choices->len);
  set_index (up, i);
  set_index (down, i);
  set_index (remove, i);
  g_signal_connect (up, "clicked", G_CALLBACK (on_choice_up), self);
  g_signal_connect (down, "clicked", G_CALLBACK (on_choice_down), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_choice_remove), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                                          gtk_callback_action_new (on_choice_shortcut,
                                                                                   GINT_TO_POINTER (-1), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                                          gtk_callback_action_new (on_choice_shortcut,
                                                                                   GINT_TO_POINTER (+1), NULL)));
  gtk_widget_add_controller (row, controller);
  return row;
}

/* The choice rows made again; @focus: the row to give the focus, or -1 */
static void
rebuild_choices (KaynakFieldDialog *self,
                 int                focus)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box))) != NULL)
    gtk_list_box_remove (self->choices_box, child);
  for (guint i = 0; i < self->field->choices->len; i++)
    {
      GtkWidget *row = make_choice_row (self, i);

      gtk_list_box_append (self->choices_box, row);
      if ((int) i == focus)
        gtk_widget_grab_focus (row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->choices_box), self->field->choices->len > 0);
  update (self);
}

/* --- Saving ----------------------------------------------------------------------- */

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  KaynakFieldDialog *self = KAYNAK_FIELD_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean done;

  update (self);
  if (!self->ok)
    return;
  done = kaynak_personal_codebook_set_field (kaynak_personal_codebook_get_default (),
                                             self->id, self->field, NULL, &error);
  if (!done)
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  if (self->page != NULL)
    kaynak_codebook_prefs_edited (self->page, TRUE, NULL);
  gtk_window_close (GTK_WINDOW (self));
}

/* --- The dialog ---------------------------------------------------------------------- */

static void
kaynak_field_dialog_dispose (GObject *object)
{
  KaynakFieldDialog *self = KAYNAK_FIELD_DIALOG (object);

  g_clear_weak_pointer (&self->page);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->field, kaynak_codebook_field_free);

  G_OBJECT_CLASS (kaynak_field_dialog_parent_class)->dispose (object);
}

static void
kaynak_field_dialog_class_init (KaynakFieldDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_field_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-field-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, label_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, range_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, min_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, max_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, choices_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, new_choice_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, choices_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, new_choice_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFieldDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_new_choice_applied);

  gtk_widget_class_install_action (widget_class, "field.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "field.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "field.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_field_dialog_init (KaynakFieldDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kaynak_accessible_name_combo_items (self->target_row);
  kaynak_accessible_name_combo_items (self->type_row);

  g_signal_connect_swapped (self->label_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->description_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->min_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->max_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->target_row, "notify::selected", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->type_row, "notify::selected", G_CALLBACK (update), self);
}

static void
set_bound (AdwEntryRow *row,
           gboolean     has,
           double       value)
{
  g_autofree char *text = has ? kaynak_codebook_prefs_format_number (value) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

KaynakFieldDialog *
kaynak_field_dialog_new (GtkWindow  *parent,
                         GtkWidget  *page,
                         const char *id)
{
  KaynakFieldDialog *self = g_object_new (KAYNAK_TYPE_FIELD_DIALOG,
                                          "transient-for", parent,
                                          NULL);
  const KaynakCodebookField *field = id != NULL
    ? kaynak_personal_codebook_find_field (kaynak_personal_codebook_get_default (), id) : NULL;

  g_set_weak_pointer (&self->page, page);
  self->id = field != NULL ? g_strdup (id) : NULL;
  self->field = kaynak_codebook_field_copy (field);

  self->filling = TRUE;
  if (field != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Field"));
      gtk_editable_set_text (GTK_EDITABLE (self->label_row), field->label);
      gtk_editable_set_text (GTK_EDITABLE (self->description_row), field->description);
      set_bound (self->min_row, field->has_min, field->min);
      set_bound (self->max_row, field->has_max, field->max);
    }
  adw_combo_row_set_selected (self->target_row, self->field->target == KAYNAK_FIELD_ON_SOURCE);
  adw_combo_row_set_selected (self->type_row, self->field->type);
  self->filling = FALSE;

  rebuild_choices (self, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->label_row));
  return self;
}
