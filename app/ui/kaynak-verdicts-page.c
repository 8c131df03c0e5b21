/* kaynak-verdicts-page.c: the verdict scale of the personal codebook in
 * Preferences.
 *
 * One expander row per verdict, rebuilt when the codebook changes (a
 * scale has a handful of verdicts, and a change is one press of an apply
 * button, a move or a colour, never a keystroke).  Every edit goes to the
 * codebook, which checks it, saves it and keeps it as one undo step; the
 * toast says the step with Undo, or why it was refused, and the rows are
 * put back as the codebook holds them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-claim-row.h"
#include "kaynak-codebook-prefs.h"
#include "kaynak-enums.h"
#include "kaynak-personal-codebook.h"
#include "kaynak-source.h"
#include "kaynak-verdicts-page.h"

struct _KaynakVerdictsPage
{
  AdwPreferencesPage      parent_instance;

  AdwPreferencesGroup    *scale_group;
  AdwPreferencesGroup    *add_group;
  AdwPreferencesGroup    *rating_group;
  GtkListBox             *list_box;
  AdwEntryRow            *new_row;
  GtkSwitch              *rating_switch;
  AdwEntryRow            *best_row;
  AdwEntryRow            *worst_row;

  KaynakPersonalCodebook *codebook;
  /* the verdict to show open, and the one to give the focus, after a rebuild */
  char                   *expanded_id;
  char                   *focus_id;
  /* TRUE while the rows are built, so that setting them is no edit */
  gboolean                building;
  guint                   rebuild_idle;
};

G_DEFINE_FINAL_TYPE (KaynakVerdictsPage, kaynak_verdicts_page, ADW_TYPE_PREFERENCES_PAGE)

#define ID_KEY "kaynak-verdict-id"

static void on_codebook_changed (KaynakVerdictsPage *self);

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

/* After an edit of the verdict @id: the toast, and the rows as the
 * codebook holds them (also when it refused) */
static void
edited (KaynakVerdictsPage *self,
        const char         *id,
        gboolean            done,
        const GError       *error)
{
  if (id != NULL)
    {
      g_free (self->expanded_id);
      self->expanded_id = g_strdup (id);
    }
  kaynak_codebook_prefs_edited (GTK_WIDGET (self), done, error);
  if (!done)
    on_codebook_changed (self);
}

/* --- Edits ------------------------------------------------------------------ */

static void
on_label_applied (AdwEntryRow        *entry,
                  KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (row_id (entry));
  gboolean done = kaynak_personal_codebook_rename_verdict (self->codebook, id,
                                                           gtk_editable_get_text (GTK_EDITABLE (entry)),
                                                           &error);

  edited (self, id, done, error);
}

static void
on_description_applied (AdwEntryRow        *entry,
                        KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (row_id (entry));
  gboolean done = kaynak_personal_codebook_describe_verdict (self->codebook, id,
                                                             gtk_editable_get_text (GTK_EDITABLE (entry)),
                                                             &error);

  edited (self, id, done, error);
}

static void
on_rating_applied (AdwEntryRow        *entry,
                   KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (row_id (entry));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean has_rating = stripped[0] != '\0';
  double rating = 0;
  gboolean done;

  if (has_rating && !kaynak_codebook_prefs_parse_number (text, &rating))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a number."), text);

      kaynak_codebook_prefs_toast (GTK_WIDGET (self), message);
      on_codebook_changed (self);
      return;
    }
  done = kaynak_personal_codebook_set_verdict_rating (self->codebook, id, has_rating, rating,
                                                      &error);
  edited (self, id, done, error);
}

static void
on_color_set (GtkColorButton     *button,
              KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (row_id (button));
  g_autofree char *color = NULL;
  GdkRGBA rgba;
  gboolean done;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (guint) (CLAMP (rgba.red, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.green, 0., 1.) * 255 + .5),
                           (guint) (CLAMP (rgba.blue, 0., 1.) * 255 + .5));
  done = kaynak_personal_codebook_recolor_verdict (self->codebook, id, color, &error);
  edited (self, id, done, error);
}

static int
position_of (KaynakVerdictsPage *self,
             const char         *id)
{
  GPtrArray *verdicts = kaynak_personal_codebook_get_verdicts (self->codebook);

  for (guint i = 0; i < verdicts->len; i++)
    if (g_strcmp0 (((KaynakCodebookValue *) g_ptr_array_index (verdicts, i))->id, id) == 0)
      return (int) i;
  return -1;
}

/* The verdict @id one place up (@delta -1) or down (+1); the focus stays
 * on its row */
static void
move_by (KaynakVerdictsPage *self,
         const char         *id,
         int                 delta)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_strdup (id);
  int position = position_of (self, copy);
  int n = (int) kaynak_personal_codebook_get_verdicts (self->codebook)->len;
  gboolean done;

  if (position < 0 || position + delta < 0 || position + delta >= n)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  g_free (self->focus_id);
  self->focus_id = g_strdup (copy);
  done = kaynak_personal_codebook_move_verdict (self->codebook, copy, (guint) (position + delta),
                                                &error);
  edited (self, NULL, done, error);
}

static void
on_up_clicked (GtkButton          *button,
               KaynakVerdictsPage *self)
{
  move_by (self, row_id (button), -1);
}

static void
on_down_clicked (GtkButton          *button,
                 KaynakVerdictsPage *self)
{
  move_by (self, row_id (button), +1);
}

static gboolean
on_move_shortcut (GtkWidget *row,
                  GVariant  *args,
                  gpointer   user_data)
{
  KaynakVerdictsPage *self = KAYNAK_VERDICTS_PAGE (gtk_widget_get_ancestor (row, KAYNAK_TYPE_VERDICTS_PAGE));

  if (self != NULL)
    move_by (self, row_id (row), GPOINTER_TO_INT (user_data));
  return TRUE;
}

static void
on_remove_clicked (GtkButton          *button,
                   KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean done = kaynak_personal_codebook_remove_verdict (self->codebook, row_id (button),
                                                           &error);

  edited (self, NULL, done, error);
}

/* A new verdict's colour: the palette's, one after the other */
static void
on_new_applied (KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint n = kaynak_personal_codebook_get_verdicts (self->codebook)->len;
  g_autofree char *id = NULL;

  id = kaynak_personal_codebook_add_verdict (self->codebook,
                                             gtk_editable_get_text (GTK_EDITABLE (self->new_row)),
                                             kaynak_source_palette_color (n), &error);
  if (id != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  edited (self, NULL, id != NULL, error);
}

/* Both numbers are applied together: a range is never half set */
static void
on_range_applied (KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  double best, worst;
  gboolean done;

  if (!kaynak_codebook_prefs_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->best_row)), &best) ||
      !kaynak_codebook_prefs_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->worst_row)), &worst))
    {
      kaynak_codebook_prefs_toast (GTK_WIDGET (self),
                                   _("The best and the worst rating must be numbers."));
      on_codebook_changed (self);
      return;
    }
  done = kaynak_personal_codebook_set_rating_range (self->codebook, TRUE, best, worst, &error);
  edited (self, NULL, done, error);
}

/* Switched on, a scale from 1 to 5 to start from; switched off, the
 * ratings go */
static void
on_rating_enabled (KaynakVerdictsPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean on = gtk_switch_get_active (self->rating_switch);
  gboolean done;

  if (self->building ||
      on == kaynak_personal_codebook_get_rating_range (self->codebook, NULL, NULL))
    return;
  done = kaynak_personal_codebook_set_rating_range (self->codebook, on, 5, 1, &error);
  edited (self, NULL, done, error);
}

/* --- Rows ------------------------------------------------------------------- */

static char *
dup_subtitle (const KaynakCodebookValue *verdict)
{
  g_autofree char *rating = verdict->has_rating
    ? kaynak_codebook_prefs_format_number (verdict->rating) : NULL;

  if (rating != NULL && verdict->description[0] != '\0')
    /* Translators: a verdict's rating, then its description */
    return g_strdup_printf (_("Rating %s · %s"), rating, verdict->description);
  if (rating != NULL)
    return g_strdup_printf (_("Rating %s"), rating);
  return g_strdup (verdict->description);
}

static void
add_entry_row (GtkWidget          *expander,
               const char         *id,
               const char         *title,
               const char         *text,
               GCallback           applied,
               KaynakVerdictsPage *self)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  set_id (entry, id);
  g_signal_connect (entry, "apply", applied, self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
}

static void
add_move_shortcuts (GtkWidget *row)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                                          gtk_callback_action_new (on_move_shortcut,
                                                                                   GINT_TO_POINTER (-1), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                                          gtk_callback_action_new (on_move_shortcut,
                                                                                   GINT_TO_POINTER (+1), NULL)));
  gtk_widget_add_controller (row, controller);
}

static GtkWidget *
make_row (KaynakVerdictsPage        *self,
          const KaynakCodebookValue *verdict,
          guint                      position,
          guint                      n,
          gboolean                   rated)
{
  g_autofree char *title = g_markup_escape_text (verdict->label, -1);
  g_autofree char *subtitle = dup_subtitle (verdict);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
  g_autofree char *rating = verdict->has_rating ? kaynak_codebook_prefs_format_number (verdict->rating)
                                                : g_strdup ("");
  GtkWidget *row, *color_row, *color, *order_row, *up, *down, *remove_row, *remove;
  GdkRGBA rgba;

  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               kaynak_color_dot_new (verdict->color != NULL ? verdict->color
                                                                            : "#77767b"));
  set_id (row, verdict->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, verdict->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  add_move_shortcuts (row);

  add_entry_row (row, verdict->id, _("Name"), verdict->label, G_CALLBACK (on_label_applied), self);
  add_entry_row (row, verdict->id, _("Description"), verdict->description,
                 G_CALLBACK (on_description_applied), self);
  if (rated)
    add_entry_row (row, verdict->id, _("Rating"), rating, G_CALLBACK (on_rating_applied), self);

  color_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (color_row), _("Colour"));
  color = gtk_color_button_new ();
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  if (verdict->color != NULL && gdk_rgba_parse (&rgba, verdict->color))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &rgba);
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (color, _("Choose the Verdict’s Colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (color),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Verdict colour"), -1);
  /* GTK 4.8 names the inner button of a GtkColorButton "GtkButton" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (color)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Verdict colour"), -1);
  set_id (color, verdict->id);
  g_signal_connect (color, "color-set", G_CALLBACK (on_color_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (color_row), color);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (color_row), color);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), color_row);

  order_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (order_row), _("Place on the Scale"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (order_row), _("Alt+Up and Alt+Down move it too"));
  up = kaynak_codebook_prefs_icon_button ("go-up-symbolic", _("Move Up"), _("Move Up (Alt+↑)"));
  down = kaynak_codebook_prefs_icon_button ("go-down-symbolic", _("Move Down"),
                                            _("Move Down (Alt+↓)"));
  gtk_widget_set_sensitive (up, position > 0);
  gtk_widget_set_sensitive (down, position + 1 < n);
  set_id (up, verdict->id);
  set_id (down, verdict->id);
  g_signal_connect (up, "clicked", G_CALLBACK (on_up_clicked), self);
  g_signal_connect (down, "clicked", G_CALLBACK (on_down_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), down);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), order_row);

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row),
                                 _("Articles that use it keep it"));
  remove = gtk_button_new_with_mnemonic (_("_Remove Verdict"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  set_id (remove, verdict->id);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

  if (g_strcmp0 (self->expanded_id, verdict->id) == 0)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return row;
}

static GtkWidget *
make_empty_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) statuses = g_string_new (NULL);

  for (guint i = 0; i < KAYNAK_N_CLAIM_STATUSES; i++)
    {
      if (i > 0)
        /* Translators: between the statuses listed on an empty scale */
        g_string_append (statuses, _(", "));
      g_string_append (statuses, kaynak_claim_status_to_label (i));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 _("Kaynak’s five statuses are used"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), statuses->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
rebuild (KaynakVerdictsPage *self)
{
  GPtrArray *verdicts = kaynak_personal_codebook_get_verdicts (self->codebook);
  const GError *load_error = kaynak_personal_codebook_get_load_error (self->codebook);
  double best = 0, worst = 0;
  gboolean rated = kaynak_personal_codebook_get_rating_range (self->codebook, &best, &worst);
  GtkWidget *focus = NULL;
  GtkWidget *child;

  self->building = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < verdicts->len; i++)
    {
      const KaynakCodebookValue *verdict = g_ptr_array_index (verdicts, i);
      GtkWidget *row = make_row (self, verdict, i, verdicts->len, rated);

      gtk_list_box_append (self->list_box, row);
      if (g_strcmp0 (self->focus_id, verdict->id) == 0)
        focus = row;
    }
  if (verdicts->len == 0 && load_error == NULL)
    gtk_list_box_append (self->list_box, make_empty_row ());

  gtk_switch_set_active (self->rating_switch, rated);
  gtk_widget_set_visible (GTK_WIDGET (self->best_row), rated);
  gtk_widget_set_visible (GTK_WIDGET (self->worst_row), rated);
  if (rated)
    {
      g_autofree char *best_text = kaynak_codebook_prefs_format_number (best);
      g_autofree char *worst_text = kaynak_codebook_prefs_format_number (worst);

      gtk_editable_set_text (GTK_EDITABLE (self->best_row), best_text);
      gtk_editable_set_text (GTK_EDITABLE (self->worst_row), worst_text);
    }

  /* A codebook that could not be read is left alone: say why, and offer
   * nothing that would change it */
  if (load_error != NULL)
    {
      adw_preferences_group_set_description (self->scale_group, load_error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->list_box), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->rating_group), FALSE);
    }
  self->building = FALSE;

  if (focus != NULL)
    gtk_widget_grab_focus (focus);
  g_clear_pointer (&self->focus_id, g_free);
}

/* The codebook changes from inside a row's own signal (an apply, a
 * click): its rows are replaced once that signal is over */
static gboolean
rebuild_idle (gpointer data)
{
  KaynakVerdictsPage *self = data;

  self->rebuild_idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_codebook_changed (KaynakVerdictsPage *self)
{
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add (rebuild_idle, self);
}

/* --- The page ------------------------------------------------------------------- */

static void
kaynak_verdicts_page_dispose (GObject *object)
{
  KaynakVerdictsPage *self = KAYNAK_VERDICTS_PAGE (object);

  g_clear_object (&self->codebook);
  g_clear_pointer (&self->expanded_id, g_free);
  g_clear_pointer (&self->focus_id, g_free);
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);

  G_OBJECT_CLASS (kaynak_verdicts_page_parent_class)->dispose (object);
}

static void
kaynak_verdicts_page_class_init (KaynakVerdictsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_verdicts_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-verdicts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, scale_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, add_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, rating_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, new_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, rating_switch);
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, best_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakVerdictsPage, worst_row);
  gtk_widget_class_bind_template_callback (widget_class, on_new_applied);
  gtk_widget_class_bind_template_callback (widget_class, on_range_applied);
}

static void
kaynak_verdicts_page_init (KaynakVerdictsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->codebook = g_object_ref (kaynak_personal_codebook_get_default ());
  g_signal_connect_object (self->codebook, "changed",
                           G_CALLBACK (on_codebook_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rating_switch, "notify::active",
                           G_CALLBACK (on_rating_enabled), self, G_CONNECT_SWAPPED);
  kaynak_codebook_prefs_add_undo_shortcut (GTK_WIDGET (self));
  rebuild (self);
}
