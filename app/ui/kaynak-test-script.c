/* kaynak-test-script.c: the KAYNAK_TEST_SCRIPT commands run on the window (tests only).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kaynak-drafts.h"
#include "kaynak-recovery-dialog.h"
#include "kaynak-test-script.h"
#include "kaynak-window.h"

typedef struct
{
  GtkApplication  *app;
  char           **commands;
  guint            next;
} Script;

static void
script_free (Script *script)
{
  g_object_unref (script->app);
  g_strfreev (script->commands);
  g_free (script);
}

/* The recovery dialog offered at start-up, or NULL */
static KaynakRecoveryDialog *
find_recovery_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (KAYNAK_IS_RECOVERY_DIALOG (item))
        return KAYNAK_RECOVERY_DIALOG (item);
    }

  return NULL;
}

static void
run_command (GtkApplication *app,
             char           *command)
{
  g_auto(GStrv) argv = g_strsplit_set (g_strstrip (command), " \t", -1);
  KaynakWindow *window = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (argv[0] == NULL || argv[0][0] == '\0')
    return;

  /* The most recently active document window (a dialog may be active) */
  for (GList *l = gtk_application_get_windows (app); window == NULL && l; l = l->next)
    if (KAYNAK_IS_WINDOW (l->data))
      window = l->data;

  if (g_str_equal (argv[0], "tag") && g_strv_length (argv) == 4 && window != NULL &&
      kaynak_window_get_document (window) != NULL)
    {
      KaynakSource *source =
        kaynak_document_lookup_shortcut (kaynak_window_get_document (window),
                                         (guint) g_ascii_strtoull (argv[3], NULL, 10));

      ok = source != NULL &&
           kaynak_article_view_tag_range (kaynak_window_get_article_view (window),
                                          (guint) g_ascii_strtoull (argv[1], NULL, 10),
                                          (guint) g_ascii_strtoull (argv[2], NULL, 10),
                                          kaynak_source_get_id (source), &error) != NULL;
    }
  else if (g_str_equal (argv[0], "recover"))
    {
      KaynakRecoveryDialog *dialog = find_recovery_dialog ();

      ok = dialog != NULL;
      if (ok)
        {
          g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new ();
          g_autoptr(GPtrArray) infos = kaynak_drafts_list (drafts);

          for (guint i = 0; i < infos->len; i++)
            kaynak_recovery_dialog_respond (dialog, ((KaynakDraftInfo *) g_ptr_array_index (infos, i))->id,
                                            TRUE);
        }
    }
  else if (g_str_equal (argv[0], "save") && g_strv_length (argv) == 2 && window != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

      ok = kaynak_window_save_to_file (window, file, &error);
    }
  else if (g_str_equal (argv[0], "action") && g_strv_length (argv) == 2 && window != NULL)
    {
      ok = g_action_group_has_action (G_ACTION_GROUP (window), argv[1]);
      if (ok)
        g_action_group_activate_action (G_ACTION_GROUP (window), argv[1], NULL);
    }
  else if (g_str_equal (argv[0], "quit"))
    g_application_quit (G_APPLICATION (app));
  else
    ok = FALSE;

  if (!ok)
    {
      g_printerr ("KAYNAK_TEST_SCRIPT: “%s” failed: %s\n", command,
                  error != NULL ? error->message : "cannot do that here");
      exit (3);
    }
}

/* Runs commands up to the end or to the next "after", which schedules the
 * rest */
static gboolean
run_script (gpointer data)
{
  Script *script = data;

  while (script->commands[script->next] != NULL)
    {
      char *command = g_strstrip (script->commands[script->next++]);
      guint64 delay;

      if (g_str_has_prefix (command, "after ") &&
          g_ascii_string_to_unsigned (command + strlen ("after "), 10, 0, 600000, &delay, NULL))
        {
          g_timeout_add_full (G_PRIORITY_LOW, (guint) delay, run_script, script, NULL);
          return G_SOURCE_REMOVE;
        }

      run_command (script->app, command);
    }

  script_free (script);
  return G_SOURCE_REMOVE;
}

void
kaynak_test_script_start (GtkApplication *app)
{
  static gboolean started;
  const char *text = g_getenv ("KAYNAK_TEST_SCRIPT");
  Script *script;

  g_return_if_fail (GTK_IS_APPLICATION (app));

  if (started || text == NULL)
    return;
  started = TRUE;

  script = g_new0 (Script, 1);
  script->app = g_object_ref (app);
  script->commands = g_strsplit (text, ";", -1);
  g_idle_add_full (G_PRIORITY_LOW, run_script, script, NULL);
}
