/* kaynak-window-paste.c: New From Clipboard (win.new-from-clipboard,
 * Ctrl+Shift+V, and Ctrl+V while the window shows no article): a new,
 * unsaved article of the clipboard's text, read as an opened .txt file is
 * read (kaynak_document_file_open_text()).
 *
 * The clipboard is read as a stream, at most one byte past the size Kaynak
 * reads articles up to, so a huge clipboard is refused as a huge file is,
 * without holding all of it.  An empty clipboard or one without text is
 * said in a toast; text Kaynak cannot read (binary data, too large) in a
 * dialog, as for a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-error.h"
#include "kaynak-error-dialog.h"
#include "kaynak-read.h"
#include "kaynak-window-private.h"

#define CHUNK_SIZE (256 * 1024)

/* In the order asked for: UTF-8 where the other program offers it */
static const char * const text_types[] = {
  "text/plain;charset=utf-8", "text/plain", NULL
};

typedef struct
{
  KaynakWindow *window;
  GInputStream *stream;
  GByteArray   *data;
} PasteRead;

static void
paste_read_free (PasteRead *read)
{
  g_object_unref (read->window);
  g_clear_object (&read->stream);
  g_byte_array_unref (read->data);
  g_free (read);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasteRead, paste_read_free)

static void
say (KaynakWindow *self,
     const char   *text)
{
  _kaynak_window_add_toast (self, adw_toast_new (text));
}

gboolean
kaynak_window_load_text (KaynakWindow  *self,
                         const guint8  *data,
                         gsize          length,
                         GError       **error)
{
  g_autofree char *author = NULL;
  KaynakTextEncoding encoding = KAYNAK_TEXT_ENCODING_UTF8;

  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), FALSE);

  /* As an opened article: the default sources and Preferences' author */
  author = _kaynak_window_dup_author (self);
  kaynak_document_file_set_new_annotation (self->document_file, NULL, author);
  if (!kaynak_document_file_open_text (self->document_file, data, length, &encoding, error))
    return FALSE;

  if (kaynak_text_encoding_is_assumed (encoding))
    {
      g_autofree char *text = g_strdup_printf (_("Read as %s"),
                                               kaynak_text_encoding_to_label (encoding));
      say (self, text);
    }
  return TRUE;
}

/* The window the article goes to: this one when it holds nothing to
 * lose, as for Open, else a new one */
static KaynakWindow *
target_window (KaynakWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  KaynakWindow *window;

  if (kaynak_window_is_replaceable (self) || app == NULL)
    return self;
  window = kaynak_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
paste_read_done (PasteRead *read)
{
  KaynakWindow *self = read->window;
  g_autoptr(GError) error = NULL;
  KaynakWindow *target;

  if (read->data->len == 0)
    {
      say (self, _("The clipboard holds no text"));
      return;
    }

  if (read->data->len > KAYNAK_TEXT_MAX_SIZE)
    {
      g_autofree char *size = NULL;
      g_autofree char *limit = NULL;

      kaynak_format_size_and_limit (KAYNAK_TEXT_MAX_SIZE, KAYNAK_TEXT_MAX_SIZE, &size, &limit);
      g_set_error (&error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("The clipboard’s text is larger than %s; Kaynak reads "
                     "articles up to that size"),
                   limit);
      kaynak_show_error (GTK_WINDOW (self), _("Could Not Paste the Article"), error);
      return;
    }

  target = target_window (self);
  if (!kaynak_window_load_text (target, read->data->data, read->data->len, &error))
    {
      /* Only white space is as good as nothing */
      if (g_error_matches (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID))
        say (target, _("The clipboard holds no text"));
      else
        kaynak_show_error (GTK_WINDOW (target), _("Could Not Paste the Article"), error);
    }
}

static void
on_chunk_read (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PasteRead) read = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL)
    {
      kaynak_show_error (GTK_WINDOW (read->window), _("Could Not Paste the Article"), error);
      return;
    }

  if (g_bytes_get_size (bytes) > 0 && read->data->len <= KAYNAK_TEXT_MAX_SIZE)
    {
      gsize size = 0;
      const guint8 *chunk = g_bytes_get_data (bytes, &size);

      g_byte_array_append (read->data, chunk, (guint) size);
      /* One byte past the limit is enough to know it is too large */
      if (read->data->len <= KAYNAK_TEXT_MAX_SIZE)
        {
          GInputStream *stream = read->stream;

          g_input_stream_read_bytes_async (stream, CHUNK_SIZE, G_PRIORITY_DEFAULT, NULL,
                                           on_chunk_read, g_steal_pointer (&read));
          return;
        }
    }

  g_input_stream_close (read->stream, NULL, NULL);
  paste_read_done (read);
}

static void
on_clipboard_read (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(KaynakWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GInputStream *stream;
  PasteRead *read;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, NULL, &error);
  if (stream == NULL)
    {
      /* The owner went away, or offered text it then would not give */
      say (self, _("The clipboard holds no text"));
      return;
    }

  read = g_new0 (PasteRead, 1);
  read->window = g_object_ref (self);
  read->stream = stream;
  read->data = g_byte_array_new ();
  g_input_stream_read_bytes_async (stream, CHUNK_SIZE, G_PRIORITY_DEFAULT, NULL,
                                   on_chunk_read, read);
}

void
_kaynak_window_new_from_clipboard (KaynakWindow *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  g_autoptr(GdkContentFormats) formats = NULL;
  gboolean has_text = FALSE;

  /* Text set inside this process is offered as a GType: the mime types
   * it serialises to count too */
  formats = gdk_content_formats_union_serialize_mime_types (
              gdk_content_formats_ref (gdk_clipboard_get_formats (clipboard)));
  for (guint i = 0; text_types[i] != NULL; i++)
    has_text = has_text || gdk_content_formats_contain_mime_type (formats, text_types[i]);

  if (!has_text)
    {
      gsize n_types = 0, n_gtypes = 0;

      gdk_content_formats_get_mime_types (formats, &n_types);
      gdk_content_formats_get_gtypes (formats, &n_gtypes);
      say (self, n_types + n_gtypes == 0 ? _("The clipboard is empty")
                                         : _("The clipboard holds no text"));
      return;
    }

  gdk_clipboard_read_async (clipboard, (const char **) text_types, G_PRIORITY_DEFAULT, NULL,
                            on_clipboard_read, g_object_ref (self));
}

static void
new_from_clipboard_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  _kaynak_window_new_from_clipboard (user_data);
}

/* Ctrl+V pastes an article only where there is none: in an article, the
 * text view's own Ctrl+V goes first and the article stays as it is */
static gboolean
paste_on_empty_window (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  KaynakWindow *self = KAYNAK_WINDOW (widget);

  if (self->document != NULL)
    return FALSE;
  _kaynak_window_new_from_clipboard (self);
  return TRUE;
}

static const GActionEntry paste_entries[] = {
  { "new-from-clipboard", new_from_clipboard_action },
};

void
_kaynak_window_install_paste_actions (KaynakWindow *self)
{
  GtkEventController *controller;
  GtkShortcut *shortcut;

  g_action_map_add_action_entries (G_ACTION_MAP (self), paste_entries,
                                   G_N_ELEMENTS (paste_entries), self);

  controller = gtk_shortcut_controller_new ();
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                               gtk_callback_action_new (paste_on_empty_window, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
