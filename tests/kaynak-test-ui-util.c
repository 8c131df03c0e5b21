/* kaynak-test-ui-util.c: set-up and event helpers for the UI tests; see
 * kaynak-test-ui-util.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "kaynak-test-ui-util.h"

static char *test_folder;
static KaynakApplication *test_application;

static void
skip_without_display (void)
{
  g_test_skip ("no display: run under xvfb-run");
}

/* GTK 4.8 warns "Trying to snapshot GtkGizmo … without a current
 * allocation" when a frame comes before a new widget's first allocation,
 * which happens on a loaded machine (once in CI, under the sanitizers, for
 * a scroll bar of a window just shown).  It is GTK's own, harmless to what
 * is tested, and g_test_init() makes every warning fatal: let this one
 * through, and only this one. */
static gboolean
not_gtk_snapshot_race (const char     *domain,
                       GLogLevelFlags  level,
                       const char     *message,
                       gpointer        user_data)
{
  return !(g_strcmp0 (domain, "Gtk") == 0 && (level & G_LOG_LEVEL_WARNING) != 0 &&
           strstr (message, "without a current allocation") != NULL);
}

int
kaynak_test_ui_main (int                argc,
                     char             **argv,
                     const char        *unit,
                     KaynakTestAddFunc  add_tests)
{
  g_autofree char *folder_template = g_strdup_printf ("kaynak-test-%s-XXXXXX", unit);
  g_autofree char *data_home = NULL;
  g_autofree char *state_home = NULL;
  int status;

  /* Set before GLib reads them, once for all.  Not
   * G_TEST_OPTION_ISOLATE_DIRS: it hides the SVG icon loader's cache. */
  test_folder = kaynak_test_make_temp_dir (folder_template);
  data_home = g_build_filename (test_folder, "data", NULL);
  state_home = g_build_filename (test_folder, "state", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_STATE_HOME", state_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_log_set_fatal_handler (not_gtk_snapshot_race, NULL);

  if (gtk_init_check ())
    {
      /* An AdwApplication starts libadwaita itself when it registers;
       * this is for the tests that build widgets without one */
      adw_init ();
      add_tests ();
    }
  else
    {
      g_autofree char *skip_path = g_strdup_printf ("/kaynak/%s/skipped", unit);

      g_test_add_func (skip_path, skip_without_display);
    }

  status = g_test_run ();

  g_clear_object (&test_application);
  kaynak_test_remove_tree (test_folder);
  g_clear_pointer (&test_folder, g_free);
  return status;
}

const char *
kaynak_test_ui_folder (void)
{
  return test_folder;
}

KaynakApplication *
kaynak_test_ui_application (void)
{
  g_autoptr(GError) error = NULL;

  if (test_application != NULL)
    return test_application;

  test_application = kaynak_application_new ();
  g_application_set_flags (G_APPLICATION (test_application),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  if (!g_application_register (G_APPLICATION (test_application), NULL, &error))
    g_error ("Cannot register the application: %s", error->message);
  return test_application;
}

KaynakWindow *
kaynak_test_ui_new_window (KaynakApplication *app)
{
  KaynakWindow *window = kaynak_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  kaynak_test_flush_events ();
  return window;
}

GtkWidget *
kaynak_test_find_descendant (GtkWidget *widget,
                             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kaynak_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
kaynak_test_flush_events (void)
{
  /* One round can end while the display server is still answering what
   * it set off (a map, a resize), so a few rounds */
  for (int i = 0; i < 10; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

void
kaynak_test_wait_until (KaynakTestCondition done,
                        gpointer            data)
{
  kaynak_test_run_until (done, data, 10 * 1000);
  kaynak_test_flush_events ();
}

AdwMessageDialog *
kaynak_test_find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item)) &&
          gtk_window_get_transient_for (GTK_WINDOW (item)) == parent)
        return ADW_MESSAGE_DIALOG (item);
    }
  return NULL;
}
