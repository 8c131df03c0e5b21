/* kaynak-application.c: the application object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-application.h"
#include "kaynak-preferences-window.h"
#include "kaynak-window.h"

struct _KaynakApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (KaynakApplication, kaynak_application, ADW_TYPE_APPLICATION)

/* Every accelerator in one place; the shortcuts window
 * (gtk/help-overlay.ui) lists the same ones. */
static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.toggle-claim-list", { "F9", NULL } },
  { "win.next-claim", { "<Alt>Down", NULL } },
  { "win.previous-claim", { "<Alt>Up", NULL } },
  { "win.sources", { "<Control><Shift>o", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.export-folder", { "<Control><Shift>e", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

GSettings *
kaynak_application_get_settings (KaynakApplication *self)
{
  g_return_val_if_fail (KAYNAK_IS_APPLICATION (self), NULL);

  return self->settings;
}

static KaynakWindow *
new_window (KaynakApplication *self)
{
  return kaynak_window_new (GTK_APPLICATION (self));
}

static gboolean
window_has_file (KaynakWindow *window,
                 GFile        *file)
{
  KaynakDocument *document = kaynak_window_get_document (window);
  GFile *saved, *article;

  if (document == NULL)
    return FALSE;

  saved = kaynak_document_get_file (document);
  article = kaynak_document_get_article_file (document);

  /* An article already being annotated is shown, not imported twice */
  return (saved != NULL && g_file_equal (saved, file)) ||
         (saved == NULL && article != NULL && g_file_equal (article, file));
}

/* The window a file or the sample goes to: the active one if it holds
 * nothing to lose, else any empty one, else a new one. */
static KaynakWindow *
find_target_window (KaynakApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (KAYNAK_IS_WINDOW (active) &&
      kaynak_window_is_replaceable (KAYNAK_WINDOW (active)))
    return KAYNAK_WINDOW (active);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KAYNAK_IS_WINDOW (l->data) &&
        kaynak_window_get_document (l->data) == NULL)
      return l->data;

  return new_window (self);
}

void
kaynak_application_open_file (KaynakApplication *self,
                              GFile             *file)
{
  KaynakWindow *window;

  g_return_if_fail (KAYNAK_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KAYNAK_IS_WINDOW (l->data) && window_has_file (l->data, file))
      {
        gtk_window_present (l->data);
        return;
      }

  window = find_target_window (self);
  gtk_window_present (GTK_WINDOW (window));
  kaynak_window_open_file (window, file);
}

void
kaynak_application_open_sample (KaynakApplication *self)
{
  g_autoptr(GError) error = NULL;
  KaynakWindow *window;

  g_return_if_fail (KAYNAK_IS_APPLICATION (self));

  window = find_target_window (self);
  gtk_window_present (GTK_WINDOW (window));

  if (!kaynak_window_load_sample (window, &error))
    g_critical ("The bundled sample article is missing: %s", error->message);
}

/* --- Actions ------------------------------------------------------------- */

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KaynakApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Each window asks about its own unsaved changes; the application ends
   * when the last one has closed. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  KaynakApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("The Kaynak contributors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Kaynak"),
                        "developer-name", _("The Kaynak contributors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Mark the claims in a news article and who they come from, "
                                      "and save them as data for fact-checking."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  KaynakApplication *self = user_data;

  kaynak_preferences_window_present (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  kaynak_application_open_sample (user_data);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "open-sample", open_sample_action },
};

/* --- GApplication -------------------------------------------------------- */

static void
kaynak_application_startup (GApplication *application)
{
  KaynakApplication *self = KAYNAK_APPLICATION (application);
  const char *scheme;

  G_APPLICATION_CLASS (kaynak_application_parent_class)->startup (application);

  /* Recent files are recorded under this name */
  g_set_application_name (_("Kaynak"));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  /* For screenshots and tests of both styles without a desktop */
  scheme = g_getenv ("KAYNAK_COLOR_SCHEME");
  if (g_strcmp0 (scheme, "dark") == 0)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  else if (g_strcmp0 (scheme, "light") == 0)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
kaynak_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (new_window (KAYNAK_APPLICATION (application)));

  gtk_window_present (window);
}

static void
kaynak_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    kaynak_application_open_file (KAYNAK_APPLICATION (application), files[i]);
}

static void
kaynak_application_dispose (GObject *object)
{
  KaynakApplication *self = KAYNAK_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kaynak_application_parent_class)->dispose (object);
}

static void
kaynak_application_class_init (KaynakApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kaynak_application_dispose;
  app_class->startup = kaynak_application_startup;
  app_class->activate = kaynak_application_activate;
  app_class->open = kaynak_application_open;
}

static void
kaynak_application_init (KaynakApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new_full (schema, NULL, NULL);
}

KaynakApplication *
kaynak_application_new (void)
{
  return g_object_new (KAYNAK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/kaynak/Kaynak",
                       NULL);
}
