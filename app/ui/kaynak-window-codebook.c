/* kaynak-window-codebook.c: a team's codebook in the window (issue 19).
 *
 *  - win.use-codebook (Use Codebook…): a codebook file the user picks
 *    becomes the document's (kaynak_document_use_codebook(), one undo
 *    step);
 *  - win.save-as-codebook (Save as Codebook…): the document's sources,
 *    verdict scale and fields written as a codebook for a team to share;
 *  - _kaynak_window_codebook_on_document(): the one place where the
 *    codebook of a document just opened or made is decided — a folder's
 *    kaynak-codebook.json wins (docs/CODEBOOK.md's precedence), and what
 *    changed since the document was made with it is said, with the values
 *    the document keeps that the codebook no longer holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-atomic-file.h"
#include "kaynak-document-codebook.h"
#include "kaynak-error-dialog.h"
#include "kaynak-folder-panel.h"
#include "kaynak-personal-codebook.h"
#include "kaynak-window-private.h"

#define CODEBOOK_DIALOG_KEY "kaynak-codebook-dialog"

/* --- Saying what changed ------------------------------------------------------ */

/* The changes (KaynakCodebookChange) and the values kept that the
 * codebook no longer holds, one per line, in a dialog that stays until it
 * is read: a verdict that is gone must not pass unnoticed */
static void
show_changes (KaynakWindow *self,
              const char   *heading,
              GPtrArray    *changes)
{
  g_autoptr(GPtrArray) stale = kaynak_document_list_stale_values (self->document);
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      KaynakCodebookChange *change = g_ptr_array_index (changes, i);

      g_string_append_printf (body, "• %s\n", change->message);
    }
  if (stale != NULL && stale->len > 0)
    {
      if (body->len > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, _("Kept, though the codebook no longer has them:"));
      g_string_append_c (body, '\n');
      for (guint i = 0; i < stale->len; i++)
        g_string_append_printf (body, "• %s\n", (const char *) g_ptr_array_index (stale, i));
    }
  if (body->len == 0)
    return;
  if (body->str[body->len - 1] == '\n')
    g_string_truncate (body, body->len - 1);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  /* The last one said, for tests that read what the window told */
  g_object_set_data_full (G_OBJECT (self), CODEBOOK_DIALOG_KEY, g_object_ref (dialog), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Makes @codebook the document's; says what changed when the document
 * carried another version of it.  FALSE with @error set when the document
 * refuses it. */
static gboolean
apply_codebook (KaynakWindow   *self,
                KaynakCodebook *codebook,
                GError        **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before_id = g_strdup (kaynak_document_get_codebook_id (self->document));
  g_autofree char *before_hash = g_strdup (kaynak_document_get_codebook_hash (self->document));
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) stale = NULL;

  if (!kaynak_document_use_codebook (self->document, codebook, &changes, error))
    return FALSE;

  stale = kaynak_document_list_stale_values (self->document);
  if (before_hash != NULL && g_strcmp0 (before_hash, kaynak_codebook_get_hash (codebook)) != 0 &&
      ((changes != NULL && changes->len > 0) || (stale != NULL && stale->len > 0)))
    {
      g_autofree char *heading = NULL;

      if (g_strcmp0 (before_id, kaynak_codebook_get_id (codebook)) == 0)
        /* Translators: the heading over what changed in a codebook since
         * the document was made with it */
        heading = g_strdup_printf (_("The Codebook “%s” Changed"), kaynak_codebook_get_name (codebook));
      else
        heading = g_strdup_printf (_("Now Using the Codebook “%s”"), kaynak_codebook_get_name (codebook));
      show_changes (self, heading, changes);
    }
  else
    {
      text = g_strdup_printf (_("Using the codebook “%s”"), kaynak_codebook_get_name (codebook));
      _kaynak_window_add_toast (self, adw_toast_new (text));
    }
  return TRUE;
}

/* --- When a document is shown ------------------------------------------------- */

/* The file the document stands for: its Kaynak file, or the article it
 * was made from */
static GFile *
document_place (KaynakDocument *document)
{
  GFile *file = kaynak_document_get_file (document);

  return file != NULL ? file : kaynak_document_get_article_file (document);
}

/* 3. The personal codebook (Preferences, issue 19, owner: PREFS): a new
 * annotation (no Kaynak file yet, no claims, no codebook) that neither a
 * folder's codebook nor Use Codebook… gave one starts with the user's
 * scale and fields.  Not an undo step, and never over a document saved
 * without a codebook: opening a file must not change it. */
static void
use_personal_codebook (KaynakWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (kaynak_document_get_file (self->document) != NULL)
    return;
  if (kaynak_personal_codebook_adopt_for_new (self->document, &error))
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("Using your codebook from Preferences")));
      return;
    }
  if (error != NULL)
    kaynak_show_error (GTK_WINDOW (self), _("Could Not Use Your Codebook"), error);
}

void
_kaynak_window_codebook_on_document (KaynakWindow *self)
{
  g_autoptr(GFile) found = NULL;
  g_autoptr(KaynakCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;
  GFile *place;
  GFile *top;
  gboolean pristine;

  if (self->document == NULL)
    return;
  place = document_place (self->document);
  /* Text just pasted has no place, so no folder's codebook */
  if (place == NULL)
    {
      use_personal_codebook (self);
      return;
    }

  /* 1. A folder's kaynak-codebook.json, up to the folder the user opened */
  top = self->folder_panel != NULL ? kaynak_folder_panel_get_folder (self->folder_panel) : NULL;
  found = kaynak_codebook_find_for_file (place, top);

  /* 2. Otherwise the codebook the document was made with stays (it
   * carries its definitions); a new article without one takes the
   * personal codebook of Preferences. */
  if (found == NULL)
    {
      use_personal_codebook (self);
      return;
    }

  codebook = kaynak_codebook_new_from_file (found, NULL, &error);
  if (codebook == NULL)
    {
      g_autofree char *name = _kaynak_window_dup_display_name (found);
      g_autofree char *heading = g_strdup_printf (_("Could Not Use the Codebook “%s”"), name);

      kaynak_show_error (GTK_WINDOW (self), heading, error);
      return;
    }
  /* Made with this very codebook: nothing to do, nothing to say */
  if (g_strcmp0 (kaynak_document_get_codebook_hash (self->document),
                 kaynak_codebook_get_hash (codebook)) == 0)
    return;

  /* A new article that nobody touched yet stays untouched: the folder's
   * codebook is where it starts from, not an edit to save or lose */
  pristine = kaynak_document_get_file (self->document) == NULL &&
             !kaynak_document_get_modified (self->document) &&
             kaynak_document_get_codebook_id (self->document) == NULL;
  if (apply_codebook (self, codebook, &error))
    {
      if (pristine)
        kaynak_document_mark_saved (self->document);
    }
  else
    {
      g_autofree char *name = _kaynak_window_dup_display_name (found);
      g_autofree char *heading = g_strdup_printf (_("Could Not Use the Codebook “%s”"), name);

      kaynak_show_error (GTK_WINDOW (self), heading, error);
    }
}

GtkWindow *
_kaynak_window_get_codebook_dialog (KaynakWindow *self)
{
  return g_object_get_data (G_OBJECT (self), CODEBOOK_DIALOG_KEY);
}

/* --- Use Codebook… ------------------------------------------------------------- */

gboolean
_kaynak_window_use_codebook_file (KaynakWindow *self,
                                  GFile        *file,
                                  GError      **error)
{
  g_autoptr(KaynakCodebook) codebook = NULL;

  g_return_val_if_fail (self->document != NULL, FALSE);

  /* Every problem of the file names its JSON path (kaynak-codebook.h) */
  codebook = kaynak_codebook_new_from_file (file, NULL, error);
  if (codebook == NULL)
    return FALSE;
  return apply_codebook (self, codebook, error);
}

static void
on_use_codebook_response (GtkNativeDialog *native,
                          int              response,
                          KaynakWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !_kaynak_window_use_codebook_file (self, file, &error))
        {
          g_autofree char *name = _kaynak_window_dup_display_name (file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Use the Codebook “%s”"), name);

          kaynak_show_error (GTK_WINDOW (self), heading, error);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
use_codebook_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;
  static const char * const codebooks[] = { "*.json", NULL };
  static const char * const all[] = { "*", NULL };

  if (self->document == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Use Codebook"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Use"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  _kaynak_window_add_file_filter (native, _("Codebooks"), codebooks);
  _kaynak_window_add_file_filter (native, _("All Files"), all);
  g_signal_connect (native, "response", G_CALLBACK (on_use_codebook_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* --- Save as Codebook… --------------------------------------------------------- */

gboolean
_kaynak_window_save_codebook_file (KaynakWindow *self,
                                   GFile        *file,
                                   GError      **error)
{
  g_autoptr(KaynakCodebook) codebook = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *id = NULL;
  const char *name;
  gsize size;
  const void *data;

  g_return_val_if_fail (self->document != NULL, FALSE);

  /* The codebook the document was made with keeps its id, so that the
   * documents made with either version are known as made with the same
   * codebook; a new one gets an id of its own */
  id = g_strdup (kaynak_document_get_codebook_id (self->document));
  if (id == NULL)
    id = g_uuid_string_random ();
  name = kaynak_document_get_codebook_name (self->document);
  if (name == NULL || name[0] == '\0')
    name = kaynak_document_get_title (self->document);
  if (name == NULL || name[0] == '\0')
    name = _("Codebook");

  codebook = kaynak_document_make_codebook (self->document, id, name, error);
  if (codebook == NULL)
    return FALSE;
  bytes = kaynak_codebook_to_bytes (codebook);
  data = g_bytes_get_data (bytes, &size);
  return kaynak_file_write_atomic (file, data, size, NULL, error);
}

static void
on_save_codebook_response (GtkNativeDialog *native,
                           int              response,
                           KaynakWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;
      g_autofree char *name = file != NULL ? _kaynak_window_dup_display_name (file) : NULL;

      if (file != NULL && _kaynak_window_save_codebook_file (self, file, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Saved the codebook as “%s”"), name);

          _kaynak_window_add_toast (self, adw_toast_new (text));
        }
      else if (file != NULL)
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Save the Codebook “%s”"), name);

          kaynak_show_error (GTK_WINDOW (self), heading, error);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
save_as_codebook_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;
  GFile *place;
  static const char * const codebooks[] = { "*.json", NULL };

  if (self->document == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Save as Codebook"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  _kaynak_window_add_file_filter (native, _("Codebooks"), codebooks);
  /* Beside the article, under the name that makes it its folder's */
  place = document_place (self->document);
  if (place != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (place);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), KAYNAK_CODEBOOK_FOLDER_NAME);
  g_signal_connect (native, "response", G_CALLBACK (on_save_codebook_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* --- Actions ------------------------------------------------------------------- */

void
_kaynak_window_update_codebook_actions (KaynakWindow *self)
{
  gboolean has_document = self->document != NULL;
  const char *names[] = { "use-codebook", "save-as-codebook" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_document);
    }
}

void
_kaynak_window_install_codebook_actions (KaynakWindow *self)
{
  static const GActionEntry entries[] = {
    { "use-codebook", use_codebook_action },
    { "save-as-codebook", save_as_codebook_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  _kaynak_window_update_codebook_actions (self);
}
