/* kaynak-preferences-window.c: the Preferences window.
 *
 * Every row is bound to its GSettings key, so a change is stored as it is
 * typed and there is nothing to apply or cancel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-preferences-window.h"
#include "kaynak-accessible.h"
#include "kaynak-library-page.h"
#include "kaynak-codebook-prefs.h"
#include "kaynak-fields-page.h"
#include "kaynak-personal-codebook.h"
#include "kaynak-verdicts-page.h"

struct _KaynakPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *fact_checker_group;
  AdwPreferencesGroup  *autosave_group;
  AdwEntryRow          *name_row;
  AdwEntryRow          *url_row;
  AdwComboRow          *kind_row;
  GtkSpinButton        *draft_delay_spin;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (KaynakPreferencesWindow, kaynak_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

GSettings *
kaynak_preferences_get_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static char *
nonempty_setting (GSettings  *settings,
                  const char *key)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_strstrip (value);
  if (value[0] == '\0')
    return NULL;

  return g_steal_pointer (&value);
}

void
kaynak_preferences_get_fact_checker (char **name,
                                     char **url)
{
  g_autoptr(GSettings) settings = kaynak_preferences_get_settings ();

  g_return_if_fail (name != NULL && url != NULL);

  *name = settings != NULL ? nonempty_setting (settings, "fact-checker-name") : NULL;
  *url = settings != NULL ? nonempty_setting (settings, "fact-checker-url") : NULL;
}

gboolean
kaynak_preferences_get_fact_checker_person (void)
{
  g_autoptr(GSettings) settings = kaynak_preferences_get_settings ();
  g_autofree char *kind = settings != NULL ? g_settings_get_string (settings, "fact-checker-kind") : NULL;

  return g_strcmp0 (kind, "person") == 0;
}

/* The kind is stored by name ("organization", "person"), which the
 * command line and a person reading dconf understand; the combo row has
 * the position in its list, in the same order. */
static const char *const fact_checker_kinds[] = { "organization", "person" };

static gboolean
kind_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *kind = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fact_checker_kinds); i++)
    if (g_str_equal (kind, fact_checker_kinds[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_kind (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (fact_checker_kinds))
    return NULL;
  return g_variant_new_string (fact_checker_kinds[position]);
}

/* The key is in milliseconds (what the draft timer wants), the spin button
 * in seconds (what a person thinks in). */
static gboolean
ms_to_seconds (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant) / 1000.0);
  return TRUE;
}

static GVariant *
seconds_to_ms (const GValue       *value,
               const GVariantType *expected_type,
               gpointer            user_data)
{
  double seconds = g_value_get_double (value);

  return g_variant_new_uint32 ((guint32) CLAMP (seconds * 1000.0 + 0.5, 250.0, 600000.0));
}

/* --- Undo of the personal codebook (Verdicts and Fields pages) --------------- */

static void
undo_codebook (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KaynakPersonalCodebook *codebook = kaynak_personal_codebook_get_default ();
  g_autofree char *label = g_strdup (kaynak_personal_codebook_get_undo_label (codebook));
  g_autoptr(GError) error = NULL;

  if (label == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (kaynak_personal_codebook_undo (codebook, &error))
    {
      /* Translators: a toast after Ctrl+Z in Preferences: "Undone: Add verdict “Doğru”" */
      g_autofree char *text = g_strdup_printf (_("Undone: %s"), label);

      /* replaces the toast whose Undo this was */
      kaynak_codebook_prefs_toast (widget, text);
    }
  else
    kaynak_codebook_prefs_toast (widget, error->message);
}

static void
update_undo (KaynakPreferencesWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), KAYNAK_CODEBOOK_UNDO_ACTION,
                                 kaynak_personal_codebook_can_undo (kaynak_personal_codebook_get_default ()));
}

static void
kaynak_preferences_window_dispose (GObject *object)
{
  KaynakPreferencesWindow *self = KAYNAK_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kaynak_preferences_window_parent_class)->dispose (object);
}

static void
kaynak_preferences_window_class_init (KaynakPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_preferences_window_dispose;

  g_type_ensure (KAYNAK_TYPE_LIBRARY_PAGE);
  g_type_ensure (KAYNAK_TYPE_VERDICTS_PAGE);
  g_type_ensure (KAYNAK_TYPE_FIELDS_PAGE);

  /* Ctrl+Z takes back the last edit of the verdicts or fields; in a text
   * entry the entry's own undo comes first */
  gtk_widget_class_install_action (widget_class, KAYNAK_CODEBOOK_UNDO_ACTION, NULL, undo_codebook);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       KAYNAK_CODEBOOK_UNDO_ACTION, NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakPreferencesWindow, fact_checker_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakPreferencesWindow, autosave_group);
  gtk_widget_class_bind_template_child (widget_class, KaynakPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakPreferencesWindow, url_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakPreferencesWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakPreferencesWindow, draft_delay_spin);
}

static void
kaynak_preferences_window_init (KaynakPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kaynak_accessible_name_combo_items (self->kind_row);
  g_signal_connect_object (kaynak_personal_codebook_get_default (), "changed",
                           G_CALLBACK (update_undo), self, G_CONNECT_SWAPPED);
  update_undo (self);

  self->settings = kaynak_preferences_get_settings ();
  if (self->settings == NULL)
    {
      /* Nothing could be stored: say so rather than forget silently */
      gtk_widget_set_sensitive (GTK_WIDGET (self->fact_checker_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->autosave_group), FALSE);
      adw_preferences_group_set_description (self->fact_checker_group,
                                             _("Preferences cannot be stored: Kaynak’s settings schema is not installed."));
      return;
    }

  g_settings_bind (self->settings, "fact-checker-name", self->name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "fact-checker-url", self->url_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "fact-checker-kind", self->kind_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                kind_to_position, position_to_kind, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "draft-delay-ms",
                                gtk_spin_button_get_adjustment (self->draft_delay_spin), "value",
                                G_SETTINGS_BIND_DEFAULT,
                                ms_to_seconds, seconds_to_ms, NULL, NULL);
}

GtkWidget *
kaynak_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (KAYNAK_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}

void
kaynak_preferences_window_present (GtkWindow *parent)
{
  gtk_window_present (GTK_WINDOW (kaynak_preferences_window_new (parent)));
}
