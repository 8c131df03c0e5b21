/* kaynak-document-file.c: an open document and its place on disk: open,
 * drafts, the disk watch, save, reload, keep mine, restore a draft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-article-import.h"
#include "kaynak-autosave.h"
#include "kaynak-background-write.h"
#include "kaynak-disk-watch.h"
#include "kaynak-document-file.h"
#include "kaynak-error.h"
#include "kaynak-file-names.h"

struct _KaynakDocumentFile
{
  GObject          parent_instance;

  KaynakDrafts    *drafts;
  guint            draft_delay;
  GPtrArray       *new_sources;   /* NULL: the default scheme */
  char            *new_author;

  KaynakDocument  *document;
  KaynakAutosave  *autosave;
  KaynakDiskWatch *disk_watch;

  /* Saves written on a worker: the one writing, and those asked for
   * meanwhile (GTask), started in turn: each checks the file on disk
   * after the one before it is in place */
  GTask           *saving;
  GQueue           queued_saves;
  /* "changed" signals of the held document, so that a save knows
   * whether what it wrote is still what the window shows */
  guint64          n_changes;
};

G_DEFINE_FINAL_TYPE (KaynakDocumentFile, kaynak_document_file, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED_ON_DISK,
  DELETED_ON_DISK,
  DRAFT_ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_autosave_error (KaynakDocumentFile *self,
                   const GError       *error)
{
  g_signal_emit (self, signals[DRAFT_ERROR], 0, error);
}

static void
on_changed_on_disk (KaynakDocumentFile *self)
{
  g_signal_emit (self, signals[CHANGED_ON_DISK], 0);
}

static void
on_deleted_on_disk (KaynakDocumentFile *self)
{
  g_signal_emit (self, signals[DELETED_ON_DISK], 0);
}

static void
on_autosave_notify_writing (KaynakDocumentFile *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_document_changed (KaynakDocumentFile *self)
{
  self->n_changes++;
}

static void
stop_guarding (KaynakDocumentFile *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_document_changed, self);
  if (self->autosave != NULL)
    g_signal_handlers_disconnect_by_data (self->autosave, self);
  g_clear_object (&self->autosave);
  if (self->disk_watch != NULL)
    g_signal_handlers_disconnect_by_data (self->disk_watch, self);
  g_clear_object (&self->disk_watch);
}

/* Holds @document from now on, its drafts under @draft_id (NULL: a new
 * id), its file watched */
static void
hold (KaynakDocumentFile *self,
      KaynakDocument     *document,
      const char         *draft_id)
{
  stop_guarding (self);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      self->autosave = kaynak_autosave_new (document, self->drafts, draft_id);
      kaynak_autosave_set_delay (self->autosave, self->draft_delay);
      g_signal_connect_object (self->autosave, "error",
                               G_CALLBACK (on_autosave_error), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->autosave, "notify::writing",
                               G_CALLBACK (on_autosave_notify_writing), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed), self, G_CONNECT_SWAPPED);

      self->disk_watch = kaynak_disk_watch_new (document);
      g_signal_connect_object (self->disk_watch, "changed-on-disk",
                               G_CALLBACK (on_changed_on_disk), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->disk_watch, "deleted",
                               G_CALLBACK (on_deleted_on_disk), self, G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* --- Opening ------------------------------------------------------------- */

/* A JSON file that is not Kaynak's is no article either: the loader says
 * what it lacks, rather than showing JSON as an article's text */
static gboolean
looks_like_json (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_utf8_strdown (name, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".json");
}

static KaynakDocument *
read_document (KaynakDocumentFile  *self,
               GFile               *file,
               KaynakLoadReport   **report,
               KaynakTextEncoding  *encoding,
               GCancellable        *cancellable,
               GError             **error)
{
  g_autoptr(KaynakDocument) document = NULL;
  g_autofree char *stamp = NULL;

  /* Looked at before reading: a change made while the file is read then
   * still counts as someone else's (see kaynak-disk-watch.h) */
  stamp = kaynak_disk_watch_stamp_file (file);

  if (kaynak_file_is_kaynak (file) || looks_like_json (file))
    {
      document = kaynak_file_load (file, cancellable, report, error);
      if (document != NULL)
        kaynak_document_set_file_stamp (document, stamp);
      return g_steal_pointer (&document);
    }

  document = kaynak_article_import_file (file, encoding, cancellable, error);
  if (document == NULL ||
      !kaynak_document_start_annotation (document, self->new_sources, self->new_author, error))
    return NULL;
  return g_steal_pointer (&document);
}

gboolean
kaynak_document_file_open (KaynakDocumentFile  *self,
                           GFile               *file,
                           KaynakLoadReport   **report,
                           KaynakTextEncoding  *encoding,
                           GCancellable        *cancellable,
                           GError             **error)
{
  g_autoptr(KaynakDocument) document = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (encoding != NULL)
    *encoding = KAYNAK_TEXT_ENCODING_UTF8;

  document = read_document (self, file, report, encoding, cancellable, error);
  if (document == NULL)
    return FALSE;

  hold (self, document, NULL);
  return TRUE;
}

gboolean
kaynak_document_file_open_text (KaynakDocumentFile  *self,
                                const guint8        *data,
                                gsize                length,
                                KaynakTextEncoding  *encoding,
                                GError             **error)
{
  g_autoptr(KaynakDocument) document = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The same start as an opened .txt (read_document()), but nothing on
   * disk holds the text: unsaved, so closing asks */
  document = kaynak_text_import_data (data, length, encoding, error);
  if (document == NULL ||
      !kaynak_document_start_annotation (document, self->new_sources, self->new_author, error))
    return FALSE;
  kaynak_document_mark_unsaved (document);

  hold (self, document, NULL);
  return TRUE;
}

void
kaynak_document_file_set_document (KaynakDocumentFile *self,
                                   KaynakDocument     *document)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT_FILE (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  if (document != self->document)
    hold (self, document, NULL);
}

gboolean
kaynak_document_file_restore_draft (KaynakDocumentFile  *self,
                                    const char          *draft_id,
                                    GError             **error)
{
  g_autoptr(KaynakDocument) document = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (draft_id != NULL, FALSE);

  /* Marked unsaved, with its original file: the user saves it there */
  document = kaynak_drafts_restore (self->drafts, draft_id, error);
  if (document == NULL)
    return FALSE;

  /* The draft stays until the work is saved or discarded, under the same
   * id, so a second crash before that still finds it */
  hold (self, document, draft_id);
  return TRUE;
}

/* --- Saving and the file on disk -------------------------------------------- */

/* The file a save writes (@file, else the document's own), or NULL and
 * @error */
static GFile *
save_target (KaynakDocumentFile  *self,
             GFile               *file,
             GError             **error)
{
  if (self->document == NULL)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                           _("There is no document to save."));
      return NULL;
    }

  if (file == NULL)
    file = kaynak_document_get_file (self->document);
  if (file == NULL)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                           _("The document has no file yet: choose where to save it."));
      return NULL;
    }

  return file;
}

/* Someone else's changes to our file are never replaced unasked (another
 * file, chosen in Save As, was asked about by the file chooser).  The
 * file is looked at now, whether or not its monitor said anything: in
 * the Flatpak sandbox it never does. */
static gboolean
may_write (KaynakDocumentFile       *self,
           GFile                    *file,
           KaynakDocumentSaveFlags   flags,
           GError                  **error)
{
  GFile *current = kaynak_document_get_file (self->document);

  return (flags & KAYNAK_DOCUMENT_SAVE_OVERWRITE_CHANGES) != 0 ||
         self->disk_watch == NULL || current == NULL || !g_file_equal (current, file) ||
         kaynak_disk_watch_check_before_save (self->disk_watch, error);
}

gboolean
kaynak_document_file_save (KaynakDocumentFile       *self,
                           GFile                    *file,
                           KaynakDocumentSaveFlags   flags,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  /* After the saves already asked for, as they would be in turn */
  kaynak_document_file_wait (self);

  file = save_target (self, file, error);
  if (file == NULL || !may_write (self, file, flags, error))
    return FALSE;

  if (!kaynak_file_save (self->document, file, cancellable, error))
    return FALSE;

  /* Our own write is not someone else's change; the autosave drops the
   * draft as the document is now saved */
  if (self->disk_watch != NULL)
    kaynak_disk_watch_note_saved (self->disk_watch);
  return TRUE;
}

/* --- Saving on a worker ---------------------------------------------------- */

typedef struct
{
  GFile                   *file;
  KaynakDocumentSaveFlags  flags;
  /* what was written: the held document and how many changes it had */
  KaynakDocument          *document;
  guint64                  n_changes;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->document);
  g_free (data);
}

static GBytes *
snapshot_bytes (KaynakDocumentSnapshot  *snapshot,
                gpointer                 data,
                GError                 **error)
{
  return kaynak_file_serialize_snapshot (snapshot);
}

static void start_next_save (KaynakDocumentFile *self);

static void
finish_saving (KaynakDocumentFile *self)
{
  g_clear_object (&self->saving);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  start_next_save (self);
}

static void
on_save_written (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(KaynakDocumentFile) self = user_data;
  g_autoptr(GTask) task = g_object_ref (self->saving);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = kaynak_background_write_finish (result, &error);

  /* The document may have been replaced meanwhile (reloaded, another
   * opened): then the file holds work the window no longer shows, and
   * there is nothing to mark */
  if (ok && data->document == self->document)
    {
      kaynak_document_set_file (self->document, data->file);
      /* Changed while it was written: what is held is not what the file
       * holds, and stays unsaved (its draft too) */
      if (self->n_changes == data->n_changes)
        kaynak_document_mark_saved (self->document);
    }

  if (self->disk_watch != NULL)
    {
      if (ok && data->document == self->document)
        kaynak_disk_watch_note_saved (self->disk_watch);
      kaynak_disk_watch_set_writing (self->disk_watch, FALSE);
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));

  finish_saving (self);
}

static void
start_save (KaynakDocumentFile *self,
            GTask              *task)
{
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GFile *file;

  file = save_target (self, data->file, &error);
  if (file == NULL || !may_write (self, file, data->flags, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_set_object (&data->file, file);
  g_set_object (&data->document, self->document);
  data->n_changes = self->n_changes;

  self->saving = g_object_ref (task);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  /* The events our own write makes are not someone else's change */
  if (self->disk_watch != NULL)
    kaynak_disk_watch_set_writing (self->disk_watch, TRUE);

  kaynak_background_write (file, kaynak_document_snapshot_new (self->document),
                           snapshot_bytes, NULL, NULL, g_task_get_cancellable (task),
                           on_save_written, g_object_ref (self));
}

static void
start_next_save (KaynakDocumentFile *self)
{
  while (self->saving == NULL && !g_queue_is_empty (&self->queued_saves))
    {
      g_autoptr(GTask) task = g_queue_pop_head (&self->queued_saves);

      start_save (self, task);
    }
}

void
kaynak_document_file_save_async (KaynakDocumentFile      *self,
                                 GFile                   *file,
                                 KaynakDocumentSaveFlags  flags,
                                 GCancellable            *cancellable,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  GTask *task;
  SaveData *data;

  g_return_if_fail (KAYNAK_IS_DOCUMENT_FILE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kaynak_document_file_save_async);
  data = g_new0 (SaveData, 1);
  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->flags = flags;
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  /* Queued behind the save being written, never dropped */
  g_queue_push_tail (&self->queued_saves, task);
  start_next_save (self);
}

gboolean
kaynak_document_file_save_finish (KaynakDocumentFile  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
kaynak_document_file_get_busy (KaynakDocumentFile *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), FALSE);

  return self->saving != NULL || !g_queue_is_empty (&self->queued_saves) ||
         (self->autosave != NULL && kaynak_autosave_get_writing (self->autosave));
}

void
kaynak_document_file_wait (KaynakDocumentFile *self)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT_FILE (self));

  /* The callbacks run on this (the main) context, and mark the document
   * saved or not as they would have anyway */
  g_object_ref (self);
  while (kaynak_document_file_get_busy (self))
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (self);
}

gboolean
kaynak_document_file_check_disk (KaynakDocumentFile *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), TRUE);

  return self->disk_watch == NULL || kaynak_disk_watch_check (self->disk_watch);
}

gboolean
kaynak_document_file_reload (KaynakDocumentFile  *self,
                             KaynakLoadReport   **report,
                             GError             **error)
{
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakAutosave) previous = NULL;
  GFile *file;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), FALSE);

  file = self->document != NULL ? kaynak_document_get_file (self->document) : NULL;
  if (file == NULL)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                           _("The document has no file to read again."));
      return FALSE;
    }

  /* A version on disk that cannot be read replaces nothing, and the work
   * held keeps its draft */
  document = read_document (self, file, report, NULL, NULL, error);
  if (document == NULL)
    return FALSE;

  if (self->autosave != NULL)
    previous = g_object_ref (self->autosave);
  hold (self, document, NULL);

  /* The user chose the version on disk over the one held */
  if (previous != NULL)
    kaynak_autosave_discard (previous);
  return TRUE;
}

gboolean
kaynak_document_file_keep_mine (KaynakDocumentFile  *self,
                                GError             **error)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), FALSE);

  if (self->document == NULL)
    return TRUE;

  /* What is held is no longer what the file holds: closing asks, and
   * saving asks before replacing the other version... */
  kaynak_document_mark_unsaved (self->document);

  /* ...and it exists nowhere else: its draft is written at once */
  return self->autosave == NULL || kaynak_autosave_flush (self->autosave, error);
}

void
kaynak_document_file_discard_draft (KaynakDocumentFile *self)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT_FILE (self));

  if (self->autosave != NULL)
    kaynak_autosave_discard (self->autosave);
}

/* --- GObject ------------------------------------------------------------- */

KaynakDocument *
kaynak_document_file_get_document (KaynakDocumentFile *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), NULL);

  return self->document;
}

KaynakDrafts *
kaynak_document_file_get_drafts (KaynakDocumentFile *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT_FILE (self), NULL);

  return self->drafts;
}

void
kaynak_document_file_set_new_annotation (KaynakDocumentFile *self,
                                         GPtrArray          *sources,
                                         const char         *author)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT_FILE (self));

  if (sources != NULL)
    g_ptr_array_ref (sources);
  g_clear_pointer (&self->new_sources, g_ptr_array_unref);
  self->new_sources = sources;
  g_free (self->new_author);
  self->new_author = g_strdup (author);
}

void
kaynak_document_file_set_draft_delay (KaynakDocumentFile *self,
                                      guint               delay_ms)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT_FILE (self));

  self->draft_delay = delay_ms;
  if (self->autosave != NULL)
    kaynak_autosave_set_delay (self->autosave, delay_ms);
}

static void
kaynak_document_file_dispose (GObject *object)
{
  KaynakDocumentFile *self = KAYNAK_DOCUMENT_FILE (object);

  stop_guarding (self);
  /* Nothing can be queued here: each queued save holds a reference */
  g_clear_object (&self->document);
  g_clear_object (&self->drafts);
  g_clear_pointer (&self->new_sources, g_ptr_array_unref);
  g_clear_pointer (&self->new_author, g_free);

  G_OBJECT_CLASS (kaynak_document_file_parent_class)->dispose (object);
}

static void
kaynak_document_file_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KaynakDocumentFile *self = KAYNAK_DOCUMENT_FILE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, kaynak_document_file_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_document_file_class_init (KaynakDocumentFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kaynak_document_file_dispose;
  object_class->get_property = kaynak_document_file_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KAYNAK_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETED_ON_DISK] =
    g_signal_new ("deleted-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DRAFT_ERROR] =
    g_signal_new ("draft-error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
kaynak_document_file_init (KaynakDocumentFile *self)
{
  self->draft_delay = KAYNAK_AUTOSAVE_DEFAULT_DELAY_MS;
  g_queue_init (&self->queued_saves);
}

KaynakDocumentFile *
kaynak_document_file_new (KaynakDrafts *drafts)
{
  KaynakDocumentFile *self;

  g_return_val_if_fail (drafts == NULL || KAYNAK_IS_DRAFTS (drafts), NULL);

  self = g_object_new (KAYNAK_TYPE_DOCUMENT_FILE, NULL);
  self->drafts = drafts != NULL ? g_object_ref (drafts) : kaynak_drafts_new ();
  return self;
}
