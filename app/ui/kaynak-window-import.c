/* kaynak-window-import.c: the window's Import Annotations… (several files
 * at once) and Import a brat Folder…
 *
 * In the Flatpak sandbox Kaynak can read only what the file chooser
 * grants, so a brat article's .ann and .txt (and its visual.conf) are
 * chosen together, or their folder is; which files make which article is
 * core's rule (kaynak-brat-files.h), shared with `kaynak --import brat`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-brat-files.h"
#include "kaynak-error.h"
#include "kaynak-error-dialog.h"
#include "kaynak-export.h"
#include "kaynak-window-private.h"

/* The importer a file's name stands for (brat's files are paired by
 * kaynak_brat_pair_files() instead) */
static const KaynakImporter *
importer_for (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (g_str_has_suffix (name, ".jsonl"))
    return kaynak_importer_lookup ("doccano");
  if (g_str_has_suffix (name, ".jsonld") || g_str_has_suffix (name, ".json"))
    return kaynak_importer_lookup ("w3c");
  return NULL;
}

static gboolean
is_brat (GFile *file)
{
  return kaynak_brat_is_brat_name (file) ||
         g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

/* Every article of @files read, or NULL with @error: nothing opens unless
 * all of them import */
static GPtrArray *
import_all (GFile * const     *files,
            guint              n_files,
            KaynakLoadReport **report,
            KaynakBratReport  *brat_report,
            GError           **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) brat = g_ptr_array_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = NULL;

  for (guint i = 0; i < n_files; i++)
    {
      const KaynakImporter *importer;
      g_autoptr(GPtrArray) some = NULL;
      g_autoptr(KaynakLoadReport) one_report = NULL;

      if (is_brat (files[i]))
        {
          g_ptr_array_add (brat, files[i]);
          continue;
        }
      importer = importer_for (files[i]);
      if (importer == NULL)
        {
          g_autofree char *name = g_file_get_basename (files[i]);

          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                       _("“%s” is not a file Kaynak can import: choose a doccano .jsonl, a brat .ann with its .txt or a W3C Web Annotation .jsonld file"),
                       name);
          return NULL;
        }
      /* The importer checks the whole file before it returns anything, so
       * a bad line never leaves half of the articles open. */
      some = kaynak_importer_import (importer, files[i], &one_report, NULL, error);
      if (some == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (documents, g_steal_pointer (&some));
      /* W3C annotations made on another copy: what moved, what is
       * orphaned (the first file's report, as one file had before) */
      if (*report == NULL)
        *report = g_steal_pointer (&one_report);
    }

  if (brat->len == 0)
    return g_steal_pointer (&documents);

  articles = kaynak_brat_pair_files ((GFile * const *) brat->pdata, brat->len, problems, NULL);
  if (problems->len > 0)
    {
      /* every file that lacks its other half, one line each */
      g_autoptr(GString) message = g_string_new (NULL);

      for (guint i = 0; i < problems->len; i++)
        {
          if (i > 0)
            g_string_append_c (message, '\n');
          g_string_append (message, ((GError *) g_ptr_array_index (problems, i))->message);
        }
      g_set_error_literal (error, KAYNAK_ERROR, ((GError *) g_ptr_array_index (problems, 0))->code,
                           message->str);
      return NULL;
    }
  if (articles->len == 0)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                           _("There is no brat article here: a brat article is a .ann file with the .txt of the same name."));
      return NULL;
    }
  for (guint i = 0; i < articles->len; i++)
    {
      g_autoptr(GPtrArray) one = kaynak_brat_import_article_with_report (g_ptr_array_index (articles, i),
                                                                         brat_report, NULL, error);

      if (one == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (documents, g_steal_pointer (&one));
    }
  return g_steal_pointer (&documents);
}

guint
kaynak_window_import_files (KaynakWindow  *self,
                            GFile * const *files,
                            guint          n_files,
                            GError       **error)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(KaynakLoadReport) report = NULL;
  KaynakBratReport brat_report = { 0 };
  g_autofree char *corpus = NULL;
  GtkApplication *app;

  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), 0);
  g_return_val_if_fail (files != NULL && n_files > 0, 0);

  documents = import_all (files, n_files, &report, &brat_report, error);
  if (documents == NULL)
    return 0;

  app = gtk_window_get_application (GTK_WINDOW (self));
  for (guint i = 0; i < documents->len; i++)
    {
      KaynakDocument *document = g_ptr_array_index (documents, i);
      KaynakWindow *target = self;

      /* Imported work is on disk nowhere yet: closing asks to save it */
      kaynak_document_mark_unsaved (document);
      if (i > 0 || !kaynak_window_is_replaceable (self))
        {
          target = kaynak_window_new (app);
          gtk_window_present (GTK_WINDOW (target));
        }
      kaynak_window_set_document (target, document);
    }
  _kaynak_window_announce_report (self, report);

  /* An attribution corpus: what its events became and what was left out,
   * in a dialog rather than a toast, as the researcher compares the
   * numbers with the corpus's own */
  if ((corpus = kaynak_brat_report_message (&brat_report)) != NULL)
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("Attribution Corpus Imported"),
                                                           corpus));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      adw_message_dialog_set_default_response (dialog, "close");
      adw_message_dialog_set_close_response (dialog, "close");
      gtk_window_present (GTK_WINDOW (dialog));
    }

  return documents->len;
}

guint
kaynak_window_import_file (KaynakWindow  *self,
                           GFile         *file,
                           GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), 0);

  return kaynak_window_import_files (self, &file, 1, error);
}

static void
on_import_response (GtkNativeDialog *native,
                    int              response,
                    KaynakWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;
      guint n;

      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        g_ptr_array_add (files, g_list_model_get_item (chosen, i));
      n = files->len > 0
        ? kaynak_window_import_files (self, (GFile * const *) files->pdata, files->len, &error)
        : 0;

      if (n == 0 && error != NULL)
        {
          g_autofree char *heading = NULL;

          if (files->len == 1)
            {
              g_autofree char *name = g_file_get_basename (g_ptr_array_index (files, 0));

              heading = g_strdup_printf (_("Could Not Import “%s”"), name);
            }
          else
            heading = g_strdup (_("Could Not Import the Annotations"));
          kaynak_show_error (GTK_WINDOW (self), heading, error);
        }
      else if (n > 1)
        {
          g_autofree char *title = g_strdup_printf (ngettext ("Imported %u article", "Imported %u articles", n), n);

          _kaynak_window_add_toast (self, adw_toast_new (title));
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
_kaynak_window_import_action (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;
  static const char * const all[] = {
    "*.jsonl", "*.ann", "*.txt", "visual.conf", "annotation.conf", "*.jsonld", "*.json", NULL
  };
  static const char * const doccano[] = { "*.jsonl", NULL };
  static const char * const brat[] = { "*.ann", "*.txt", "visual.conf", "annotation.conf", NULL };
  static const char * const w3c[] = { "*.jsonld", "*.json", NULL };

  native = gtk_file_chooser_native_new (_("Import Annotations"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  /* A brat article is two files (three with its colours): in the sandbox
   * only the chosen ones can be read */
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  _kaynak_window_add_file_filter (native, _("doccano, brat and W3C Web Annotation files"), all);
  _kaynak_window_add_file_filter (native, _("doccano JSONL"), doccano);
  _kaynak_window_add_file_filter (native, _("brat standoff (choose the .ann and the .txt)"), brat);
  _kaynak_window_add_file_filter (native, _("W3C Web Annotation"), w3c);

  g_signal_connect (native, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
_kaynak_window_import_folder_action (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Import a brat Folder"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
