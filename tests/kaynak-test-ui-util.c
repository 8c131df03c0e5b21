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
 * which happens on a loaded machine (in CI, for a scroll bar of a window
 * just shown, and for test-ui-guard's first window).  It is GTK's own and
 * harmless to what is tested; every other warning stays fatal.
 *
 * GTK logs through the structured API, where g_test_log_set_fatal_handler()
 * is never asked, so warnings are made fatal here, in the log writer,
 * instead of by g_test_init()'s "always fatal" */
static gboolean
is_gtk_snapshot_race (const GLogField *fields,
                      gsize            n_fields)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0)
      domain = fields[i].value;
    else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
      message = fields[i].value;
  return g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
         strstr (message, "without a current allocation") != NULL;
}

static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (level, fields, n_fields, user_data);

  if ((level & G_LOG_LEVEL_WARNING) != 0 && !is_gtk_snapshot_race (fields, n_fields))
    {
      /* as g_test_init() would have: the test stops at the warning */
      G_BREAKPOINT ();
    }
  return output;
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
  /* warnings fatal in write_log(), criticals still by GLib */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_log_set_writer_func (write_log, NULL, NULL);

  if (gtk_init_check ())
    {
      /* An AdwApplication starts libadwaita itself when it registers;
       * this is for the tests that build widgets without one */
      adw_init ();
      /* No animations: libadwaita 1.2's AdwFlap, revealing the claim list
       * while the window is resized on a loaded machine, allocated its
       * content INT_MIN wide (a NaN progress made int) and GTK warned
       * (test-ui-window's /kaynak/window/settings, 3 runs in 20 under
       * load).  No UI test is about a transition; each waits for the
       * state at its end, which now comes at once */
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
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
