/* kaynak-window-save.c: the window's Save and Save As, the question before
 * overwriting someone else's change, and the question about unsaved work
 * when the window closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "kaynak-error.h"
#include "kaynak-error-dialog.h"
#include "kaynak-file.h"
#include "kaynak-file-names.h"
#include "kaynak-window-private.h"

/* --- Saving --------------------------------------------------------------- */

static gboolean
save_to_file_full (KaynakWindow  *self,
                   GFile         *file,
                   gboolean       overwrite,
                   GError       **error)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The saver refuses to replace someone else's change to our file unless
   * the user said to (KAYNAK_ERROR_CHANGED_ON_DISK then asks) */
  if (!kaynak_document_file_save (self->document_file, file,
                                  overwrite ? KAYNAK_DOCUMENT_SAVE_OVERWRITE_CHANGES
                                            : KAYNAK_DOCUMENT_SAVE_NONE,
                                  NULL, error))
    return FALSE;

  kaynak_disk_bar_set_state (self->disk_bar, KAYNAK_DISK_BAR_HIDDEN);

  _kaynak_window_add_recent (file);
  _kaynak_window_update_title (self);

  return TRUE;
}

gboolean
kaynak_window_save_to_file (KaynakWindow  *self,
                            GFile         *file,
                            GError       **error)
{
  return save_to_file_full (self, file, FALSE, error);
}

/* The same, written on a worker thread (kaynak_document_file_save_async()):
 * the window goes on while a large document is written.  @task is
 * returned TRUE, or with the saver's error for the caller to report. */
static void
on_saved_in_background (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  KaynakWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!kaynak_document_file_save_finish (KAYNAK_DOCUMENT_FILE (object), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  kaynak_disk_bar_set_state (self->disk_bar, KAYNAK_DISK_BAR_HIDDEN);
  _kaynak_window_add_recent (file);
  _kaynak_window_update_title (self);
  g_task_return_boolean (task, TRUE);
}

static void
save_in_background (KaynakWindow        *self,
                    GFile               *file,
                    gboolean             overwrite,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  kaynak_document_file_save_async (self->document_file, file,
                                   overwrite ? KAYNAK_DOCUMENT_SAVE_OVERWRITE_CHANGES
                                             : KAYNAK_DOCUMENT_SAVE_NONE,
                                   NULL, on_saved_in_background, task);
}

static void
report_save_error (KaynakWindow *self,
                   GFile        *file,
                   const GError *error)
{
  g_autofree char *name = _kaynak_window_dup_display_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

  kaynak_show_error (GTK_WINDOW (self), heading, error);
}

static void
on_overwritten (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  KaynakWindow *self = KAYNAK_WINDOW (object);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    {
      report_save_error (self, file, error);
      g_task_return_error (task, g_steal_pointer (&error));
    }
}

static void
on_overwrite_response (AdwMessageDialog *dialog,
                       const char       *response,
                       GTask            *task)
{
  KaynakWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);

  /* answered once: the task is returned below */
  g_signal_handlers_disconnect_by_func (dialog, on_overwrite_response, task);

  if (g_strcmp0 (response, "overwrite") != 0)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("Saving was cancelled."));
  else
    save_in_background (self, file, TRUE, on_overwritten, g_object_ref (task));

  g_object_unref (task);
}

/* Two windows or two annotators never overwrite each other silently */
static void
ask_overwrite (GTask *task,
               GFile *file)
{
  KaynakWindow *self = g_task_get_source_object (task);
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog;

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” was changed by another program or window since you opened it. "
                                    "Saving replaces those changes with the version in this window."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_overwrite_response), g_object_ref (task));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_finish_saved (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  KaynakWindow *self = KAYNAK_WINDOW (object);
  g_autoptr(GFile) file = g_object_ref (g_task_get_task_data (G_TASK (result)));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (g_error_matches (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK))
    {
      ask_overwrite (task, file);
      return;
    }

  /* Said as a save that fails always was; the document stays modified */
  report_save_error (self, file, error);
  g_task_return_error (task, g_steal_pointer (&error));
}

static void
finish_save (GTask  *task,
             GFile  *file)
{
  KaynakWindow *self = g_task_get_source_object (task);

  save_in_background (self, file, FALSE, on_finish_saved, g_object_ref (task));
}

static GFile *
dup_suggested_folder (KaynakDocument *document)
{
  GFile *file = kaynak_document_get_file (document);
  GFile *article = kaynak_document_get_article_file (document);
  const char *documents;

  if (file != NULL)
    return g_file_get_parent (file);

  /* Beside the article, unless it is somewhere only readable (a sample
   * in a system folder) */
  if (article != NULL && g_file_is_native (article))
    {
      g_autoptr(GFile) parent = g_file_get_parent (article);
      g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;

      if (path != NULL && access (path, W_OK) == 0)
        return g_steal_pointer (&parent);
    }

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);

  return g_file_new_for_path (g_get_home_dir ());
}

/* A name typed without the suffix gets it, so the file is recognised when
 * opened again; the chooser already asked about overwriting the name as
 * typed, so an existing file with the longer name is not overwritten. */
static GFile *
ensure_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) with_suffix = NULL;
  g_autofree char *name = NULL;

  if (basename == NULL || g_str_has_suffix (basename, ".json"))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  if (parent == NULL)
    return g_object_ref (file);

  name = g_strconcat (basename, KAYNAK_FILE_SUFFIX, NULL);
  with_suffix = g_file_get_child (parent, name);
  if (g_file_query_exists (with_suffix, NULL))
    return g_object_ref (file);

  return g_steal_pointer (&with_suffix);
}

static void
on_save_as_response (GtkNativeDialog *native,
                     int              response,
                     GTask           *task)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GFile) file = ensure_suffix (chosen);

      finish_save (task, file);
    }
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("Saving was cancelled."));

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (task);
}

void
kaynak_window_save_async (KaynakWindow        *self,
                          gboolean             ask,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;
  GtkFileFilter *filter;
  GFile *file;

  g_return_if_fail (KAYNAK_IS_WINDOW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kaynak_window_save_async);

  if (self->document == NULL)
    {
      g_task_return_new_error (task, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                               _("There is no document to save."));
      return;
    }

  file = kaynak_document_get_file (self->document);
  if (file != NULL && !ask)
    {
      finish_save (task, file);
      return;
    }

  native = gtk_file_chooser_native_new (_("Save As"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Kaynak Files"));
  gtk_file_filter_add_pattern (filter, "*" KAYNAK_FILE_SUFFIX);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  folder = dup_suggested_folder (self->document);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  if (file != NULL && _kaynak_window_is_curating (self))
    {
      /* curated claims are a new file beside the annotator's own */
      g_autofree char *stem = kaynak_file_dup_stem (file);
      name = g_strconcat (stem, "-curated" KAYNAK_FILE_SUFFIX, NULL);
    }
  else if (file != NULL)
    name = g_file_get_basename (file);
  else
    name = kaynak_document_dup_file_name (self->document);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_signal_connect (native, "response", G_CALLBACK (on_save_as_response),
                    g_steal_pointer (&task));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

gboolean
kaynak_window_save_finish (KaynakWindow  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- Closing -------------------------------------------------------------- */

static gboolean
close_idle (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The window closes once the dialog that asked is gone: closing it from
 * within the dialog's response would destroy the dialog's parent under
 * it. */
static void
close_confirmed (KaynakWindow *self)
{
  self->close_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle, g_object_ref (self), g_object_unref);
}

static void
on_close_saved (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KaynakWindow *self = KAYNAK_WINDOW (object);

  /* A failed or cancelled save keeps the window and its work */
  if (kaynak_window_save_finish (self, result, NULL))
    close_confirmed (self);
}

static void
on_unsaved_response (AdwMessageDialog *dialog,
                     const char       *response,
                     KaynakWindow     *self)
{
  /* the dialog closes itself after answering */
  g_clear_weak_pointer (&self->unsaved_dialog);

  if (g_strcmp0 (response, "save") == 0)
    kaynak_window_save_async (self, FALSE, NULL, on_close_saved, NULL);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      /* Thrown away on purpose: no draft to offer at the next start */
      kaynak_document_file_discard_draft (self->document_file);
      close_confirmed (self);
    }
}

void
_kaynak_window_show_unsaved_dialog (KaynakWindow *self)
{
  GtkWidget *dialog;
  const char *name;

  if (self->unsaved_dialog != NULL)
    {
      gtk_window_present (self->unsaved_dialog);
      return;
    }

  name = kaynak_document_get_title (self->document);
  if (name == NULL || name[0] == '\0')
    name = _("Untitled Article");

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response), self, 0);

  g_set_weak_pointer (&self->unsaved_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}
