/* kaynak-application.c: the application object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-application.h"
#include "kaynak-accessible.h"
#include "kaynak-background-write.h"
#include "kaynak-drafts.h"
#include "kaynak-error-dialog.h"
#include "kaynak-library-ui.h"
#include "kaynak-preferences-window.h"
#include "kaynak-recovery-dialog.h"
#include "kaynak-test-script.h"
#include "kaynak-window.h"

struct _KaynakApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  /* drafts are offered once per run, at the first window */
  gboolean        recovery_offered;
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
  /* Paste as a new article: Shift+Ctrl+V is "paste as new" in GNOME's
   * image editors; plain Ctrl+V does it too while the window is empty */
  { "win.new-from-clipboard", { "<Control><Shift>v", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.toggle-claim-list", { "F9", NULL } },
  { "win.next-claim", { "<Alt>Down", NULL } },
  { "win.previous-claim", { "<Alt>Up", NULL } },
  { "win.sources", { "<Control><Shift>o", NULL } },
  { "win.statistics", { "<Control><Shift>t", NULL } },
  /* Alt+Return: "Properties" in GNOME's apps (Files, Document Viewer) */
  { "win.article-details", { "<Alt>Return", "<Alt>KP_Enter", NULL } },
  { "win.load-scheme", { "<Control><Shift>l", NULL } },
  /* Compare With… (curation): D for differences */
  { "win.compare-with", { "<Control><Shift>d", NULL } },
  { "win.next-difference", { "F8", NULL } },
  { "win.previous-difference", { "<Shift>F8", NULL } },
  { "curate.keep-mine", { "<Alt>m", NULL } },
  { "curate.take-theirs", { "<Alt>t", NULL } },
  { "curate.keep-both", { "<Alt>b", NULL } },
  { "curate.save-as", { "<Control><Shift>s", NULL } },
  /* The disagreements a merge left (issue 15, Teams on git): M for merge;
   * Keep Mine and Take Theirs as in Compare With… */
  { "win.review-disagreements", { "<Control><Shift>m", NULL } },
  { "review.keep-mine", { "<Alt>m", NULL } },
  { "review.take-theirs", { "<Alt>t", NULL } },
  { "win.reattach-claim('')", { "<Control>r", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.add-cue", { "<Control>k", NULL } },
  { "win.link-claim", { "<Control>l", NULL } },
  /* Add Evidence to the claim shown (kaynak-claim-check.h): E for evidence */
  { "win.add-evidence", { "<Control><Alt>e", NULL } },
  { "win.add-to-claim", { "<Control>j", NULL } },
  { "win.mark-source-words", { "<Control>u", NULL } },
  { "win.mark-cue-words", { "<Control><Shift>k", NULL } },
  { "win.import", { "<Control>i", NULL } },
  { "win.import-folder", { "<Control><Shift>i", NULL } },
  { "win.export-folder", { "<Control><Shift>e", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.help", { "F1", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.suggest-claims", { "<Control><Shift>p", NULL } },
  { "win.find-next", { "<Control>g", NULL } },
  { "win.find-previous", { "<Control><Shift>g", NULL } },
  /* A folder's progress (issue 18) */
  { "win.open-folder", { "<Control><Alt>o", NULL } },
  { "win.next-unfinished", { "<Control><Alt>n", NULL } },
  { "win.refresh-folder", { "F5", NULL } },
  { "win.toggle-folder-list", { "<Shift>F9", NULL } },
  { "win.article-state('new')", { "<Control><Alt>1", NULL } },
  { "win.article-state('in-progress')", { "<Control><Alt>2", NULL } },
  { "win.article-state('done')", { "<Control><Alt>3", NULL } },
  { "win.article-state('reviewed')", { "<Control><Alt>4", NULL } },
  /* A team's codebook (issue 19): B for codeBook */
  { "win.use-codebook", { "<Control><Alt>b", NULL } },
  { "win.save-as-codebook", { "<Control><Alt><Shift>b", NULL } },
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

/* A window with no document, else a new one */
static KaynakWindow *
find_empty_window (KaynakApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KAYNAK_IS_WINDOW (l->data) &&
        kaynak_window_get_document (l->data) == NULL)
      return l->data;

  return new_window (self);
}

/* The window a file or the sample goes to: the preferred one (the window
 * the user asked from, else the active one) if it holds nothing to lose,
 * else any empty one, else a new one. */
static KaynakWindow *
find_target_window (KaynakApplication *self,
                    KaynakWindow      *preferred)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (preferred == NULL && KAYNAK_IS_WINDOW (active))
    preferred = KAYNAK_WINDOW (active);
  if (preferred != NULL && kaynak_window_is_replaceable (preferred))
    return preferred;

  return find_empty_window (self);
}

static KaynakWindow *
window_with_file (KaynakApplication *self,
                  GFile             *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KAYNAK_IS_WINDOW (l->data) && window_has_file (l->data, file))
      return l->data;
  return NULL;
}

void
kaynak_application_open_files (KaynakApplication  *self,
                               GFile             **files,
                               guint               n_files,
                               KaynakWindow       *preferred)
{
  gboolean first = TRUE;

  g_return_if_fail (KAYNAK_IS_APPLICATION (self));
  g_return_if_fail (preferred == NULL || KAYNAK_IS_WINDOW (preferred));

  for (guint i = 0; i < n_files; i++)
    {
      KaynakWindow *window;

      /* A file already open is shown, never opened twice (two windows, two
       * drafts, and the second save overwriting the first) */
      window = window_with_file (self, files[i]);
      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }

      /* A folder (`kaynak FOLDER`) shows its articles' list in the
       * window that would take a file, which it leaves as it is (issue 18) */
      if (g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        {
          window = find_target_window (self, preferred);
          gtk_window_present (GTK_WINDOW (window));
          kaynak_window_open_folder (window, files[i]);
          continue;
        }

      /* Only the first may replace what a window shows: the others must
       * not replace it in turn */
      window = first ? find_target_window (self, preferred) : find_empty_window (self);
      first = FALSE;
      gtk_window_present (GTK_WINDOW (window));
      kaynak_window_open_file (window, files[i]);
    }
}

void
kaynak_application_open_file (KaynakApplication *self,
                              GFile             *file,
                              KaynakWindow      *preferred)
{
  g_return_if_fail (G_IS_FILE (file));

  kaynak_application_open_files (self, &file, 1, preferred);
}

void
kaynak_application_open_sample (KaynakApplication *self)
{
  g_autoptr(GError) error = NULL;
  KaynakWindow *window;

  g_return_if_fail (KAYNAK_IS_APPLICATION (self));

  window = find_target_window (self, NULL);
  gtk_window_present (GTK_WINDOW (window));

  if (!kaynak_window_load_sample (window, &error))
    g_critical ("The bundled sample article is missing: %s", error->message);
}

/* --- Drafts left by a crash ---------------------------------------------- */

static void
on_restore_draft (KaynakRecoveryDialog *dialog,
                  const char           *id,
                  KaynakApplication    *self)
{
  g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new ();
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = find_target_window (self, NULL);

  gtk_window_present (GTK_WINDOW (window));
  if (!kaynak_window_restore_draft (window, drafts, id, &error))
    kaynak_show_error (GTK_WINDOW (window), _("Could Not Restore the Draft"), error);
}

/* At the first window of a run: what a crash or a kill left behind */
static void
offer_recovery (KaynakApplication *self,
                GtkWindow         *parent)
{
  g_autoptr(KaynakDrafts) drafts = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  GtkWidget *dialog;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  drafts = kaynak_drafts_new ();
  infos = kaynak_drafts_list (drafts);
  if (infos->len == 0)
    return;

  dialog = kaynak_recovery_dialog_new (parent, drafts, infos);
  g_signal_connect_object (dialog, "restore", G_CALLBACK (on_restore_draft), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- Actions ------------------------------------------------------------- */

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KaynakApplication *self = user_data;
  GList *windows;

  /* Each window asks about its own unsaved changes; the application ends
   * when the last one has closed.  Closing a window destroys the windows
   * that go with it (Review, Compare With…, Statistics), which may come
   * later in the list: each is held while the list is walked, and closed
   * only if it is still the application's. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              (GCopyFunc) g_object_ref, NULL);
  for (GList *l = windows; l; l = l->next)
    if (g_list_find (gtk_application_get_windows (GTK_APPLICATION (self)), l->data) != NULL)
      gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
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

/* app.open-files ("(asu)": the files' URIs and the id of the window
 * asking, 0 for none): how windows hand files over (Open, a drop), so that
 * which window shows each is decided here only */
static void
open_files_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  KaynakApplication *self = user_data;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GVariantIter) uris = NULL;
  const char *uri;
  guint32 window_id;
  GtkWindow *preferred;

  g_variant_get (param, "(asu)", &uris, &window_id);
  while (g_variant_iter_next (uris, "&s", &uri))
    g_ptr_array_add (files, g_file_new_for_uri (uri));
  preferred = window_id != 0 ? gtk_application_get_window_by_id (GTK_APPLICATION (self), window_id) : NULL;
  kaynak_application_open_files (self, (GFile **) files->pdata, files->len,
                                 KAYNAK_IS_WINDOW (preferred) ? KAYNAK_WINDOW (preferred) : NULL);
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
  { "open-files", open_files_action, "(asu)" },
};

/* --- GApplication -------------------------------------------------------- */

static void
kaynak_application_startup (GApplication *application)
{
  KaynakApplication *self = KAYNAK_APPLICATION (application);
  const char *scheme;

  G_APPLICATION_CLASS (kaynak_application_parent_class)->startup (application);

  kaynak_accessible_install_fixes ();

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
  offer_recovery (KAYNAK_APPLICATION (application), window);
  kaynak_library_report_load_error (window);
  kaynak_test_script_start (GTK_APPLICATION (application));
}

static void
kaynak_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  kaynak_application_open_files (KAYNAK_APPLICATION (application), files, (guint) n_files, NULL);

  offer_recovery (KAYNAK_APPLICATION (application),
                  gtk_application_get_active_window (GTK_APPLICATION (application)));
  kaynak_library_report_load_error (gtk_application_get_active_window (GTK_APPLICATION (application)));
  kaynak_test_script_start (GTK_APPLICATION (application));
}

static void
kaynak_application_dispose (GObject *object)
{
  KaynakApplication *self = KAYNAK_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kaynak_application_parent_class)->dispose (object);
}

/* Whatever is still being written (a window closed by the session, a
 * quit from a script) is finished before the process ends: no half file,
 * no temporary file left (kaynak-background-write.h) */
static void
kaynak_application_shutdown (GApplication *application)
{
  kaynak_background_write_wait_all ();

  G_APPLICATION_CLASS (kaynak_application_parent_class)->shutdown (application);
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
  app_class->shutdown = kaynak_application_shutdown;
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
