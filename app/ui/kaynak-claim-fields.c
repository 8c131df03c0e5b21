/* kaynak-claim-fields.c: the codebook's fields of a claim or a source.
 *
 * Each row keeps its field's id ("field-id") and its control ("editor");
 * the model is the only state: every control is written from the value
 * the document holds, under "updating" so that writing it is not taken
 * for the user's edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-claim-fields.h"

struct _KaynakClaimFields
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkLabel          *error_label;
  GtkListBox        *list_box;

  KaynakFieldTarget  target;
  KaynakDocument    *document;
  char              *object_id;
  /* the definitions the rows were built from: rebuilt when it differs */
  char              *signature;
  /* field id → the row's control */
  GHashTable        *editors;
  gboolean           updating;
  /* TRUE while a user's edit goes to the document: the update it sets
   * off waits for an idle moment, as it may replace the control whose
   * signal is being handled */
  gboolean           applying;
  guint              idle_id;
};

G_DEFINE_FINAL_TYPE (KaynakClaimFields, kaynak_claim_fields, GTK_TYPE_WIDGET)

/* --- The model ------------------------------------------------------------- */

static JsonNode *
get_value (KaynakClaimFields *self,
           const char        *field_id)
{
  if (self->document == NULL || self->object_id == NULL)
    return NULL;
  if (self->target == KAYNAK_FIELD_ON_CLAIM)
    {
      KaynakClaim *claim = kaynak_document_lookup_claim (self->document, self->object_id);

      return claim != NULL ? kaynak_claim_get_field (claim, field_id) : NULL;
    }
  else
    {
      KaynakSource *source = kaynak_document_lookup_source (self->document, self->object_id);

      return source != NULL ? kaynak_source_get_field (source, field_id) : NULL;
    }
}

static void
show_error (KaynakClaimFields *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* One undo step; a value the field refuses (a date that is not one, a
 * number out of range) is said under the fields and the control is
 * written back from the model.  Takes @value (NULL: unset). */
static gboolean
set_value (KaynakClaimFields *self,
           const char        *field_id,
           JsonNode          *value)
{
  g_autoptr(JsonNode) owned = value;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->updating || self->document == NULL || self->object_id == NULL)
    return FALSE;

  self->applying = TRUE;
  if (self->target == KAYNAK_FIELD_ON_CLAIM)
    ok = kaynak_document_set_claim_field (self->document, self->object_id, field_id, owned, &error);
  else
    ok = kaynak_document_set_source_field (self->document, self->object_id, field_id, owned, &error);
  self->applying = FALSE;
  show_error (self, ok ? NULL : error->message);
  if (!ok)
    gtk_widget_error_bell (GTK_WIDGET (self));
  return ok;
}

static const KaynakCodebookField *
editor_field (KaynakClaimFields *self,
              GtkWidget         *editor)
{
  const char *id = g_object_get_data (G_OBJECT (editor), "field-id");

  return self->document != NULL && id != NULL ? kaynak_document_find_field (self->document, id) : NULL;
}

/* --- Edits ------------------------------------------------------------------ */

static void
on_choice_selected (AdwComboRow       *row,
                    GParamSpec        *pspec,
                    KaynakClaimFields *self)
{
  const KaynakCodebookField *field = editor_field (self, GTK_WIDGET (row));
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint position = adw_combo_row_get_selected (row);
  const char *id;
  JsonNode *value = NULL;

  if (self->updating || field == NULL || ids == NULL || position >= ids->len)
    return;
  id = g_ptr_array_index (ids, position);
  if (id != NULL)
    {
      value = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (value, id);
    }
  set_value (self, field->id, value);
}

static void
on_choices_toggled (GtkCheckButton    *check,
                    KaynakClaimFields *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (check), "expander");
  GPtrArray *checks = g_object_get_data (G_OBJECT (expander), "checks");
  const char *field_id = g_object_get_data (G_OBJECT (expander), "field-id");
  g_autoptr(JsonArray) array = json_array_new ();
  JsonNode *value = NULL;

  if (self->updating)
    return;
  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      json_array_add_string_element (array, g_object_get_data (g_ptr_array_index (checks, i), "choice-id"));
  /* None ticked is no value: a field without a value is left out */
  if (json_array_get_length (array) > 0)
    {
      value = json_node_new (JSON_NODE_ARRAY);
      json_node_set_array (value, array);
    }
  set_value (self, field_id, value);
}

static void
on_number_changed (GtkSpinButton     *spin,
                   KaynakClaimFields *self)
{
  JsonNode *value;

  if (self->updating)
    return;
  value = json_node_new (JSON_NODE_VALUE);
  json_node_set_double (value, gtk_spin_button_get_value (spin));
  set_value (self, g_object_get_data (G_OBJECT (spin), "field-id"), value);
}

/* A number not set has no spin button to show (a spin button always
 * shows a number, which would read as the value): "Set" gives it the
 * number nearest 0 within its bounds, one step of Undo, and puts the
 * focus in the spin button to type the real one */
static void
on_set_number_clicked (GtkButton         *button,
                       KaynakClaimFields *self)
{
  GtkWidget *spin = g_object_get_data (G_OBJECT (button), "spin");
  const KaynakCodebookField *field = editor_field (self, spin);
  double start = 0;
  JsonNode *value;

  if (field == NULL)
    return;
  if (field->has_min && start < field->min)
    start = field->min;
  if (field->has_max && start > field->max)
    start = field->max;
  value = json_node_new (JSON_NODE_VALUE);
  json_node_set_double (value, start);
  if (set_value (self, field->id, value))
    {
      gtk_widget_set_visible (spin, TRUE);
      gtk_widget_grab_focus (spin);
    }
}

static void
on_switch_active (GtkSwitch         *sw,
                  GParamSpec        *pspec,
                  KaynakClaimFields *self)
{
  JsonNode *value;

  if (self->updating)
    return;
  value = json_node_new (JSON_NODE_VALUE);
  json_node_set_boolean (value, gtk_switch_get_active (sw));
  set_value (self, g_object_get_data (G_OBJECT (sw), "field-id"), value);
}

static void
on_entry_applied (AdwEntryRow       *entry,
                  KaynakClaimFields *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  JsonNode *value = NULL;

  if (text[0] != '\0')
    {
      value = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (value, text);
    }
  if (!set_value (self, g_object_get_data (G_OBJECT (entry), "field-id"), value))
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

static void
on_clear_clicked (GtkButton         *button,
                  KaynakClaimFields *self)
{
  GtkWidget *next = g_object_get_data (G_OBJECT (button), "focus-after-clear");

  /* the button hides itself with the value: a number's focus goes to its
   * "Set", so the keyboard is not left nowhere */
  if (set_value (self, g_object_get_data (G_OBJECT (button), "field-id"), NULL) && next != NULL)
    {
      gtk_widget_set_visible (next, TRUE);
      gtk_widget_grab_focus (next);
    }
}

/* --- Rows --------------------------------------------------------------------- */

static void
name_control (GtkWidget                 *control,
              const KaynakCodebookField *field)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (control),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, field->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, field->description,
                                  -1);
}

static void
set_help (GtkWidget                 *row,
          const KaynakCodebookField *field)
{
  if (field->description[0] == '\0')
    return;
  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), field->description);
  else if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), field->description);
  else
    gtk_widget_set_tooltip_text (row, field->description);
}

static GtkWidget *
clear_button_new (const KaynakCodebookField *field)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  /* Translators: the button that unsets a field: "Clear “Amount”" */
  g_autofree char *name = g_strdup_printf (_("Clear “%s”"), field->label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "field-id", g_strdup (field->id), g_free);
  return button;
}

static GtkWidget *
make_row (KaynakClaimFields         *self,
          const KaynakCodebookField *field,
          GtkWidget                **editor)
{
  GtkWidget *row = NULL;

  switch (field->type)
    {
    case KAYNAK_FIELD_CHOICE:
      row = adw_combo_row_new ();
      kaynak_accessible_name_combo_items (ADW_COMBO_ROW (row));
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_selected), self);
      *editor = row;
      break;

    case KAYNAK_FIELD_CHOICES:
      row = adw_expander_row_new ();
      g_object_set_data_full (G_OBJECT (row), "checks",
                              g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
      *editor = row;
      break;

    case KAYNAK_FIELD_NUMBER:
      {
        GtkWidget *spin;
        GtkWidget *set;
        g_autofree char *set_name = NULL;
        GtkWidget *clear = clear_button_new (field);
        double lower = field->has_min ? field->min : -1e12;
        double upper = field->has_max ? field->max : 1e12;

        row = adw_action_row_new ();
        spin = gtk_spin_button_new_with_range (lower, upper, 1);
        gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
        gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
        gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
        g_object_set_data_full (G_OBJECT (spin), "field-id", g_strdup (field->id), g_free);
        g_signal_connect (spin, "value-changed", G_CALLBACK (on_number_changed), self);
        g_signal_connect (clear, "clicked", G_CALLBACK (on_clear_clicked), self);
        /* Translators: the button that gives a number field not set a
         * value: "Set “Amount”" (it reads "Set") */
        set_name = g_strdup_printf (_("Set “%s”"), field->label);
        set = gtk_button_new_with_label (C_("number field", "Set"));
        gtk_widget_set_valign (set, GTK_ALIGN_CENTER);
        gtk_widget_set_tooltip_text (set, set_name);
        gtk_accessible_update_property (GTK_ACCESSIBLE (set),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, set_name,
                                        -1);
        g_object_set_data (G_OBJECT (set), "spin", spin);
        g_signal_connect (set, "clicked", G_CALLBACK (on_set_number_clicked), self);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), set);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);
        g_object_set_data (G_OBJECT (spin), "clear", clear);
        g_object_set_data (G_OBJECT (spin), "set", set);
        g_object_set_data (G_OBJECT (clear), "focus-after-clear", set);
        name_control (spin, field);
        *editor = spin;
      }
      break;

    case KAYNAK_FIELD_YES_NO:
      {
        GtkWidget *sw = gtk_switch_new ();
        GtkWidget *clear = clear_button_new (field);

        row = adw_action_row_new ();
        gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
        g_object_set_data_full (G_OBJECT (sw), "field-id", g_strdup (field->id), g_free);
        g_signal_connect (sw, "notify::active", G_CALLBACK (on_switch_active), self);
        g_signal_connect (clear, "clicked", G_CALLBACK (on_clear_clicked), self);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);
        g_object_set_data (G_OBJECT (sw), "clear", clear);
        name_control (sw, field);
        *editor = sw;
      }
      break;

    case KAYNAK_FIELD_DATE:
    case KAYNAK_FIELD_TEXT:
    case KAYNAK_FIELD_LINK:
    default:
      row = adw_entry_row_new ();
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_signal_connect (row, "apply", G_CALLBACK (on_entry_applied), self);
      *editor = row;
      break;
    }

  if (field->type == KAYNAK_FIELD_DATE)
    {
      /* Translators: the title of a date field's entry: its label and the
       * form a date is typed in */
      g_autofree char *title = g_strdup_printf (_("%s (YYYY-MM-DD)"), field->label);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field->label);
  set_help (row, field);
  /* The row is named by its title; the description is its help (a
   * label of its own as well would be read twice) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, field->description,
                                  -1);
  /* libadwaita 1.2 leaves an expander row's list item unnamed */
  if (ADW_IS_EXPANDER_ROW (row))
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, field->label,
                                    -1);
  g_object_set_data_full (G_OBJECT (row), "field-id", g_strdup (field->id), g_free);
  return row;
}

/* --- Showing the values ------------------------------------------------------- */

static gboolean
choice_exists (const KaynakCodebookField *field,
               const char                *id)
{
  for (guint i = 0; i < field->choices->len; i++)
    if (g_strcmp0 (((KaynakCodebookValue *) g_ptr_array_index (field->choices, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

static char *
stale_label (const char *id)
{
  /* Translators: a value a document keeps that its codebook no longer
   * has; it is shown and kept, never dropped */
  return g_strdup_printf (_("%s (no longer in the codebook)"), id);
}

static gboolean
same_items (GPtrArray *a,
            GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static void
update_choice (AdwComboRow               *row,
               const KaynakCodebookField *field,
               JsonNode                  *value)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  const char *current = value != NULL && JSON_NODE_HOLDS_VALUE (value) ? json_node_get_string (value) : NULL;
  guint selected = 0;

  gtk_string_list_append (labels, _("Not set"));
  g_ptr_array_add (ids, NULL);
  for (guint i = 0; i < field->choices->len; i++)
    {
      KaynakCodebookValue *choice = g_ptr_array_index (field->choices, i);

      if (g_strcmp0 (choice->id, current) == 0)
        selected = ids->len;
      gtk_string_list_append (labels, choice->label);
      g_ptr_array_add (ids, g_strdup (choice->id));
    }
  if (current != NULL && !choice_exists (field, current))
    {
      g_autofree char *label = stale_label (current);

      selected = ids->len;
      gtk_string_list_append (labels, label);
      g_ptr_array_add (ids, g_strdup (current));
    }
  /* The model is replaced only when its items change: this runs inside
   * the row's own "notify::selected" when the user chose, and the
   * selection must not be taken away from under it */
  if (!same_items (g_object_get_data (G_OBJECT (row), "ids"), ids))
    {
      g_object_set_data_full (G_OBJECT (row), "ids", ids, (GDestroyNotify) g_ptr_array_unref);
      adw_combo_row_set_model (row, G_LIST_MODEL (labels));
    }
  else
    g_ptr_array_unref (ids);
  if (adw_combo_row_get_selected (row) != selected)
    adw_combo_row_set_selected (row, selected);
}

static gboolean
array_has (JsonNode   *value,
           const char *id)
{
  JsonArray *array;

  if (value == NULL || !JSON_NODE_HOLDS_ARRAY (value))
    return FALSE;
  array = json_node_get_array (value);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), id) == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
add_check (KaynakClaimFields *self,
           GtkWidget         *expander,
           const char        *id,
           const char        *label,
           const char        *description)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (expander), "checks");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (description != NULL && description[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  /* named by the row's title, which activates it */
  g_object_set_data_full (G_OBJECT (check), "choice-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (check), "expander", expander);
  g_signal_connect (check, "toggled", G_CALLBACK (on_choices_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_ptr_array_add (checks, check);
  return check;
}

static void
update_choices (KaynakClaimFields         *self,
                GtkWidget                 *expander,
                const KaynakCodebookField *field,
                JsonNode                  *value)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (expander), "checks");
  g_autoptr(GString) stale = g_string_new (NULL);
  const char *shown = g_object_get_data (G_OBJECT (expander), "stale");
  g_autoptr(GString) summary = g_string_new (NULL);

  /* Values the choices no longer hold are ticked rows of their own, so
   * that they are seen and kept until the user unticks them */
  if (value != NULL && JSON_NODE_HOLDS_ARRAY (value))
    {
      JsonArray *array = json_node_get_array (value);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *id = json_array_get_string_element (array, i);

          if (id != NULL && !choice_exists (field, id))
            g_string_append_printf (stale, "%s\n", id);
        }
    }

  if (checks->len == 0 || g_strcmp0 (shown != NULL ? shown : "", stale->str) != 0)
    {
      for (guint i = 0; i < checks->len; i++)
        {
          GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (checks, i), ADW_TYPE_ACTION_ROW);

          adw_expander_row_remove (ADW_EXPANDER_ROW (expander), row);
        }
      g_ptr_array_set_size (checks, 0);
      for (guint i = 0; i < field->choices->len; i++)
        {
          KaynakCodebookValue *choice = g_ptr_array_index (field->choices, i);

          add_check (self, expander, choice->id, choice->label, choice->description);
        }
      if (stale->len > 0)
        {
          g_auto(GStrv) ids = g_strsplit (stale->str, "\n", -1);

          for (guint i = 0; ids[i] != NULL && ids[i][0] != '\0'; i++)
            {
              g_autofree char *label = stale_label (ids[i]);

              add_check (self, expander, ids[i], label, NULL);
            }
        }
      g_object_set_data_full (G_OBJECT (expander), "stale", g_strdup (stale->str), g_free);
    }

  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);
      gboolean active = array_has (value, g_object_get_data (G_OBJECT (check), "choice-id"));

      if (gtk_check_button_get_active (check) != active)
        gtk_check_button_set_active (check, active);
      if (active)
        {
          GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);

          if (summary->len > 0)
            g_string_append (summary, "; ");
          g_string_append (summary, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
        }
    }
  /* What is ticked, seen without opening the row; else the help */
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 summary->len > 0 ? summary->str : field->description);
}

static void
set_not_set_subtitle (GtkWidget                 *row,
                      const KaynakCodebookField *field,
                      gboolean                   set)
{
  g_autofree char *subtitle = NULL;

  if (row == NULL)
    return;
  if (!set)
    subtitle = field->description[0] != '\0'
               /* Translators: a field without a value, then its description */
               ? g_strdup_printf (_("Not set. %s"), field->description)
               : g_strdup (_("Not set"));
  else
    subtitle = g_strdup (field->description);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static void
update_editor (KaynakClaimFields         *self,
               GtkWidget                 *editor,
               const KaynakCodebookField *field)
{
  JsonNode *value = get_value (self, field->id);

  switch (field->type)
    {
    case KAYNAK_FIELD_CHOICE:
      update_choice (ADW_COMBO_ROW (editor), field, value);
      break;

    case KAYNAK_FIELD_CHOICES:
      update_choices (self, editor, field, value);
      break;

    case KAYNAK_FIELD_NUMBER:
      {
        GtkSpinButton *spin = GTK_SPIN_BUTTON (editor);
        gboolean set = value != NULL && JSON_NODE_HOLDS_VALUE (value);
        double number = set ? json_node_get_double (value) : 0;

        /* A fraction is shown as one; whole numbers without ".00" */
        gtk_spin_button_set_digits (spin, set && number != (double) (gint64) number ? 2 : 0);
        if (set && gtk_spin_button_get_value (spin) != number)
          gtk_spin_button_set_value (spin, number);
        /* a spin button always shows a number: not set, it is hidden
         * and "Set" is offered instead */
        gtk_widget_set_visible (GTK_WIDGET (spin), set);
        gtk_widget_set_visible (g_object_get_data (G_OBJECT (spin), "set"), !set);
        gtk_widget_set_visible (g_object_get_data (G_OBJECT (spin), "clear"), set);
        set_not_set_subtitle (gtk_widget_get_ancestor (editor, ADW_TYPE_ACTION_ROW), field, set);
      }
      break;

    case KAYNAK_FIELD_YES_NO:
      {
        gboolean set = value != NULL && JSON_NODE_HOLDS_VALUE (value);
        gboolean active = set && json_node_get_boolean (value);
        GtkWidget *row = gtk_widget_get_ancestor (editor, ADW_TYPE_ACTION_ROW);

        if (gtk_switch_get_active (GTK_SWITCH (editor)) != active)
          gtk_switch_set_active (GTK_SWITCH (editor), active);
        gtk_widget_set_visible (g_object_get_data (G_OBJECT (editor), "clear"), set);
        /* "Not set" is not "no": say which it is */
        set_not_set_subtitle (row, field, set);
      }
      break;

    default:
      {
        const char *text = value != NULL && JSON_NODE_HOLDS_VALUE (value) &&
                           json_node_get_value_type (value) == G_TYPE_STRING
                           ? json_node_get_string (value) : "";

        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editor)), text) != 0)
          gtk_editable_set_text (GTK_EDITABLE (editor), text);
        gtk_widget_remove_css_class (editor, "error");
      }
      break;
    }
}

static char *
dup_signature (KaynakClaimFields *self)
{
  GPtrArray *fields = self->document != NULL ? kaynak_document_get_fields (self->document) : NULL;
  GString *signature = g_string_new (NULL);

  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      KaynakCodebookField *field = g_ptr_array_index (fields, i);

      if (field->target != self->target)
        continue;
      g_string_append_printf (signature, "%s\x1f%d\x1f%s\x1f%s\x1f%d%g\x1f%d%g", field->id, field->type,
                              field->label, field->description,
                              field->has_min, field->min, field->has_max, field->max);
      for (guint j = 0; j < field->choices->len; j++)
        {
          KaynakCodebookValue *choice = g_ptr_array_index (field->choices, j);

          g_string_append_printf (signature, "\x1f%s\x1e%s\x1e%s", choice->id, choice->label,
                                  choice->description);
        }
      g_string_append_c (signature, '\n');
    }
  return g_string_free (signature, FALSE);
}

static void
rebuild (KaynakClaimFields *self)
{
  GPtrArray *fields = kaynak_document_get_fields (self->document);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list_box, 0)) != NULL)
    gtk_list_box_remove (self->list_box, GTK_WIDGET (row));
  g_hash_table_remove_all (self->editors);

  for (guint i = 0; i < fields->len; i++)
    {
      KaynakCodebookField *field = g_ptr_array_index (fields, i);
      GtkWidget *editor = NULL;

      if (field->target != self->target)
        continue;
      gtk_list_box_append (self->list_box, make_row (self, field, &editor));
      g_hash_table_insert (self->editors, g_strdup (field->id), editor);
    }
}

static void update (KaynakClaimFields *self);

static gboolean
update_idle (gpointer data)
{
  KaynakClaimFields *self = data;

  self->idle_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
update (KaynakClaimFields *self)
{
  g_autofree char *signature = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (self->applying)
    {
      if (self->idle_id == 0)
        self->idle_id = g_idle_add (update_idle, self);
      return;
    }

  if (self->document == NULL || self->object_id == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  self->updating = TRUE;
  signature = dup_signature (self);
  if (g_strcmp0 (signature, self->signature) != 0)
    {
      rebuild (self);
      g_free (self->signature);
      self->signature = g_steal_pointer (&signature);
    }
  g_hash_table_iter_init (&iter, self->editors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const KaynakCodebookField *field = kaynak_document_find_field (self->document, key);

      if (field != NULL)
        update_editor (self, value, field);
    }
  self->updating = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self), g_hash_table_size (self->editors) > 0);
}

/* --- Public ------------------------------------------------------------------- */

void
kaynak_claim_fields_set_object (KaynakClaimFields *self,
                                KaynakDocument    *document,
                                const char        *object_id)
{
  g_return_if_fail (KAYNAK_IS_CLAIM_FIELDS (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  if (self->document != document)
    {
      if (self->document != NULL)
        g_signal_handlers_disconnect_by_data (self->document, self);
      g_set_object (&self->document, document);
      g_clear_pointer (&self->signature, g_free);
      if (document != NULL)
        g_signal_connect_object (document, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      if (document != NULL)
        g_signal_connect_object (document, "codebook-changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
      /* a source's values may change without a claim changing */
      if (document != NULL && self->target == KAYNAK_FIELD_ON_SOURCE)
        g_signal_connect_object (document, "source-changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
    }
  if (g_strcmp0 (self->object_id, object_id) != 0)
    {
      g_free (self->object_id);
      self->object_id = g_strdup (object_id);
      show_error (self, NULL);
    }
  update (self);
}

GtkWidget *
kaynak_claim_fields_get_editor (KaynakClaimFields *self,
                                const char        *field_id)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_FIELDS (self), NULL);

  return g_hash_table_lookup (self->editors, field_id);
}

const char *
kaynak_claim_fields_get_error (KaynakClaimFields *self)
{
  g_return_val_if_fail (KAYNAK_IS_CLAIM_FIELDS (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

static void
kaynak_claim_fields_dispose (GObject *object)
{
  KaynakClaimFields *self = KAYNAK_CLAIM_FIELDS (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_CLAIM_FIELDS);

  G_OBJECT_CLASS (kaynak_claim_fields_parent_class)->dispose (object);
}

static void
kaynak_claim_fields_finalize (GObject *object)
{
  KaynakClaimFields *self = KAYNAK_CLAIM_FIELDS (object);

  g_free (self->object_id);
  g_free (self->signature);
  g_hash_table_unref (self->editors);

  G_OBJECT_CLASS (kaynak_claim_fields_parent_class)->finalize (object);
}

static void
kaynak_claim_fields_class_init (KaynakClaimFieldsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_claim_fields_dispose;
  object_class->finalize = kaynak_claim_fields_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-claim-fields.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimFields, box);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimFields, error_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakClaimFields, list_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kaynak_claim_fields_init (KaynakClaimFields *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->target = KAYNAK_FIELD_ON_CLAIM;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Codebook fields"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
kaynak_claim_fields_new (KaynakFieldTarget target)
{
  KaynakClaimFields *self = g_object_new (KAYNAK_TYPE_CLAIM_FIELDS, NULL);

  self->target = target;
  return GTK_WIDGET (self);
}
