/* kaynak-window-curate.c: the window's Compare With… (issue 15,
 * Curation): win.compare-with asks for other annotators' files of the
 * article, and win.next-difference / win.previous-difference step
 * through the differences from the article while the curation window
 * (kaynak-curate-window.h) is open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-curate-window.h"
#include "kaynak-error-dialog.h"
#include "kaynak-file.h"
#include "kaynak-window-private.h"

#define CURATE_KEY "kaynak-curate-window"

static void
update_enabled (KaynakWindow *self)
{
  gboolean open = g_object_get_data (G_OBJECT (self), CURATE_KEY) != NULL;
  const char * const names[] = { "next-difference", "previous-difference" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), open);
    }
}

static void
on_curate_destroyed (KaynakWindow *self)
{
  g_object_set_data (G_OBJECT (self), CURATE_KEY, NULL);
  update_enabled (self);
}

/* The name that stands for a file in agreed_by: its name without the
 * folder (the folders of two annotators differ, their names tell them
 * apart).  A document never saved is "unsaved", untranslated: agreed_by is
 * data that tools read, and must not depend on the annotator's language */
static char *
name_of (KaynakDocument *document)
{
  GFile *file = kaynak_document_get_file (document);

  return file != NULL ? g_file_get_basename (file) : g_strdup ("unsaved");
}

static void
on_compare_response (GtkNativeDialog *native,
                     int              response,
                     KaynakWindow    *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) theirs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *my_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *joined = NULL;
  KaynakCuration *curation;
  GtkWidget *window;

  if (response != GTK_RESPONSE_ACCEPT || self->document == NULL)
    goto out;

  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autoptr(GError) local = NULL;
      KaynakDocument *document = kaynak_file_load (file, NULL, NULL, &local);

      if (document == NULL)
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Compare With “%s”"), name);

          kaynak_show_error (GTK_WINDOW (self), heading, local);
          goto out;
        }
      g_ptr_array_add (theirs, document);
      g_ptr_array_add (names, name_of (document));
    }
  if (theirs->len == 0)
    goto out;

  my_name = name_of (self->document);
  curation = kaynak_curation_new (self->document, my_name,
                                  (KaynakDocument * const *) theirs->pdata,
                                  (const char * const *) names->pdata, theirs->len, &error);
  if (curation == NULL)
    {
      kaynak_show_error (GTK_WINDOW (self), _("Could Not Compare"), error);
      goto out;
    }

  /* one curation at a time: a new one replaces the last */
  window = g_object_get_data (G_OBJECT (self), CURATE_KEY);
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));

  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: %s is the other annotators' files */
  title = g_strdup_printf (_("Compare With %s"), joined);
  window = kaynak_curate_window_new (GTK_WINDOW (self), self->article_view, curation, title);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  g_object_set_data (G_OBJECT (self), CURATE_KEY, window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_curate_destroyed), self,
                           G_CONNECT_SWAPPED);
  update_enabled (self);
  gtk_window_present (GTK_WINDOW (window));

out:
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
compare_with_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;
  static const char * const kaynak_files[] = { "*" KAYNAK_FILE_SUFFIX, NULL };
  static const char * const all[] = { "*", NULL };

  if (self->document == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Compare With"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Compare"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  _kaynak_window_add_file_filter (native, _("Kaynak Files"), kaynak_files);
  _kaynak_window_add_file_filter (native, _("All Files"), all);
  g_signal_connect (native, "response", G_CALLBACK (on_compare_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
step (KaynakWindow *self,
      int           delta)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (self), CURATE_KEY);

  if (window != NULL)
    kaynak_curate_window_step (KAYNAK_CURATE_WINDOW (window), delta);
}

static void
next_difference_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  step (user_data, 1);
}

static void
previous_difference_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  step (user_data, -1);
}

static const GActionEntry entries[] = {
  { "compare-with", compare_with_action },
  { "next-difference", next_difference_action },
  { "previous-difference", previous_difference_action },
};

void
_kaynak_window_install_curate_actions (KaynakWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  update_enabled (self);
}

gboolean
_kaynak_window_is_curating (KaynakWindow *self)
{
  return g_object_get_data (G_OBJECT (self), CURATE_KEY) != NULL;
}
