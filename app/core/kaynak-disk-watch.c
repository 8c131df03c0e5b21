/* kaynak-disk-watch.c: changes to the document's file made by others (see
 * kaynak-disk-watch.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-disk-watch.h"
#include "kaynak-error.h"
#include "kaynak-test-hooks.h"

#define DEFAULT_SETTLE_MS 150
#define STATE_ATTRIBUTES \
  G_FILE_ATTRIBUTE_ETAG_VALUE "," \
  G_FILE_ATTRIBUTE_TIME_MODIFIED "," \
  G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC "," \
  G_FILE_ATTRIBUTE_UNIX_INODE "," \
  G_FILE_ATTRIBUTE_STANDARD_SIZE

/* What identifies one version of a file without reading it */
typedef struct
{
  gboolean  known;   /* FALSE: never looked, or looking failed */
  gboolean  exists;
  char     *etag;
  guint64   mtime_us;
  goffset   size;
  /* a replacement (another program's atomic save) is a new file even
   * when the clock did not tick between the two writes */
  guint64   inode;
} FileState;

struct _KaynakDiskWatch
{
  GObject         parent_instance;

  KaynakDocument *document;
  GFile          *file;
  GFileMonitor   *monitor;

  /* the file as loaded or last saved by us */
  FileState       remembered;
  /* the last state reported with a signal, so each is said once */
  FileState       reported;

  guint           settle_ms;
  guint           settle_id;

  /* our own save is being written (on a worker): the file is neither
   * as remembered nor someone else's until it is in place */
  gboolean        writing;
};

static gboolean monitor_disabled;

void
_kaynak_disk_watch_set_monitor_disabled (gboolean disabled)
{
  monitor_disabled = disabled;
}

G_DEFINE_FINAL_TYPE (KaynakDiskWatch, kaynak_disk_watch, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED_ON_DISK,
  SIGNAL_DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
file_state_clear (FileState *state)
{
  g_clear_pointer (&state->etag, g_free);
  state->known = FALSE;
  state->exists = FALSE;
  state->mtime_us = 0;
  state->size = 0;
  state->inode = 0;
}

static void
file_state_copy (FileState       *dest,
                 const FileState *src)
{
  file_state_clear (dest);
  *dest = *src;
  dest->etag = g_strdup (src->etag);
}

static gboolean
file_state_equal (const FileState *a,
                  const FileState *b)
{
  if (a->known != b->known || a->exists != b->exists)
    return FALSE;
  if (!a->exists)
    return TRUE;

  /* The etag alone would do for local files, but a backend may have none;
   * time and size together catch what it would. */
  if (a->etag != NULL && b->etag != NULL && g_strcmp0 (a->etag, b->etag) != 0)
    return FALSE;

  return a->mtime_us == b->mtime_us && a->size == b->size && a->inode == b->inode;
}

/* Fills @state; returns FALSE (state unknown) only when the file could not
 * be looked at for another reason than not being there. */
static gboolean
file_state_query (FileState  *state,
                  GFile      *file,
                  GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  file_state_clear (state);

  info = g_file_query_info (file, STATE_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          state->known = TRUE;
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  state->known = TRUE;
  state->exists = TRUE;
  state->etag = g_strdup (g_file_info_get_etag (info));
  state->mtime_us = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
                    g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  state->size = g_file_info_get_size (info);
  state->inode = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE);

  return TRUE;
}

gboolean
kaynak_disk_watch_check (KaynakDiskWatch *self)
{
  FileState now = { 0, };

  g_return_val_if_fail (KAYNAK_IS_DISK_WATCH (self), TRUE);

  g_clear_handle_id (&self->settle_id, g_source_remove);

  if (self->file == NULL || self->writing)
    return TRUE;

  /* A file we cannot look at (a network share gone away) is not a change
   * we can tell the user anything useful about; saving will say why. */
  if (!file_state_query (&now, self->file, NULL))
    return TRUE;

  if (file_state_equal (&now, &self->remembered))
    {
      /* back as it was (or our own save): a later change is news again */
      file_state_clear (&self->reported);
      file_state_clear (&now);
      return TRUE;
    }

  if (!file_state_equal (&now, &self->reported))
    {
      file_state_copy (&self->reported, &now);
      g_signal_emit (self, signals[now.exists ? SIGNAL_CHANGED_ON_DISK : SIGNAL_DELETED], 0);
    }

  file_state_clear (&now);
  return FALSE;
}

static gboolean
on_settled (gpointer data)
{
  KaynakDiskWatch *self = data;

  self->settle_id = 0;
  kaynak_disk_watch_check (self);

  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed (KaynakDiskWatch   *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  /* Whatever the event, the answer is in the file itself: compare it once
   * the burst of events a write makes is over. */
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (self->settle_ms, on_settled, self);
  g_source_set_name_by_id (self->settle_id, "[kaynak] disk watch settle");
}

/* A FileState as one line of text, for the document to carry into its
 * drafts: "1 MTIME_US SIZE INODE ETAG", the etag URI-escaped ("-" for
 * none).  NULL for a file that is not there or was not looked at. */
static char *
file_state_to_stamp (const FileState *state)
{
  g_autofree char *etag = NULL;

  if (!state->known || !state->exists)
    return NULL;

  etag = state->etag ? g_uri_escape_string (state->etag, NULL, FALSE) : g_strdup ("-");
  return g_strdup_printf ("1 %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GUINT64_FORMAT " %s",
                          state->mtime_us, (gint64) state->size, state->inode, etag);
}

/* The other way; FALSE (and @state cleared) for anything else, such as a
 * stamp from a newer Kaynak or a hand-edited draft. */
static gboolean
file_state_from_stamp (FileState  *state,
                       const char *stamp)
{
  g_auto(GStrv) parts = NULL;
  guint64 mtime_us, size, inode;

  file_state_clear (state);

  if (stamp == NULL)
    return FALSE;

  parts = g_strsplit (stamp, " ", -1);
  if (g_strv_length (parts) != 5 || g_strcmp0 (parts[0], "1") != 0 ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT64, &mtime_us, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 0, G_MAXINT64, &size, NULL) ||
      !g_ascii_string_to_unsigned (parts[3], 10, 0, G_MAXUINT64, &inode, NULL))
    return FALSE;

  if (g_strcmp0 (parts[4], "-") != 0)
    {
      state->etag = g_uri_unescape_string (parts[4], NULL);
      if (state->etag == NULL)
        return FALSE;
    }

  state->known = TRUE;
  state->exists = TRUE;
  state->mtime_us = mtime_us;
  state->size = (goffset) size;
  state->inode = inode;
  return TRUE;
}

char *
kaynak_disk_watch_stamp_file (GFile *file)
{
  FileState state = { 0, };
  char *stamp;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!file_state_query (&state, file, NULL))
    return NULL;
  stamp = file_state_to_stamp (&state);
  file_state_clear (&state);

  return stamp;
}

static void
remember_now (KaynakDiskWatch *self)
{
  g_autofree char *stamp = NULL;

  file_state_clear (&self->reported);
  if (self->file != NULL)
    file_state_query (&self->remembered, self->file, NULL);
  else
    file_state_clear (&self->remembered);

  /* The document carries it into its drafts */
  stamp = file_state_to_stamp (&self->remembered);
  kaynak_document_set_file_stamp (self->document, stamp);
}

/* Watches the document's "file".  With @stamp (what the file looked like
 * when the document was read from it), compares the file with that rather
 * than taking it as it is now, and looks at once: a change made while the
 * document was loading, or while a draft of it waited for a restart, is
 * then reported and never saved over silently. */
static void
watch_file (KaynakDiskWatch *self,
            const char      *stamp)
{
  GFile *file = kaynak_document_get_file (self->document);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_set_object (&self->file, file);

  if (file != NULL && file_state_from_stamp (&self->remembered, stamp))
    {
      file_state_clear (&self->reported);
      self->settle_id = g_timeout_add (0, on_settled, self);
      g_source_set_name_by_id (self->settle_id, "[kaynak] disk watch first look");
    }
  else
    remember_now (self);

  if (file == NULL)
    return;

  if (monitor_disabled)
    return;

  /* Moves matter: an atomic save by another program renames a temporary
   * file over ours. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      /* Still checked before each save; only the warning is lost */
      g_debug ("Cannot watch the file for changes: %s", error->message);
      return;
    }

  g_signal_connect_object (self->monitor, "changed",
                           G_CALLBACK (on_monitor_changed), self, G_CONNECT_SWAPPED);
}

void
kaynak_disk_watch_note_saved (KaynakDiskWatch *self)
{
  g_return_if_fail (KAYNAK_IS_DISK_WATCH (self));

  /* The document may have been saved under a new name */
  if (self->file == NULL ||
      kaynak_document_get_file (self->document) == NULL ||
      !g_file_equal (self->file, kaynak_document_get_file (self->document)))
    watch_file (self, NULL);
  else
    remember_now (self);
}

gboolean
kaynak_disk_watch_check_before_save (KaynakDiskWatch  *self,
                                     GError          **error)
{
  FileState now = { 0, };
  gboolean same;

  g_return_val_if_fail (KAYNAK_IS_DISK_WATCH (self), FALSE);

  if (self->file == NULL)
    return TRUE;

  if (!file_state_query (&now, self->file, error))
    return FALSE;

  /* Gone: writing it again loses nobody's work */
  if (!now.exists)
    return TRUE;

  same = file_state_equal (&now, &self->remembered);
  file_state_clear (&now);

  if (!same)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program or window since it was opened. "
                     "Saving would replace those changes."),
                   name);
      return FALSE;
    }

  return TRUE;
}

void
kaynak_disk_watch_set_writing (KaynakDiskWatch *self,
                               gboolean         writing)
{
  g_return_if_fail (KAYNAK_IS_DISK_WATCH (self));

  self->writing = writing;
  /* What happened to the file while it was written is looked at now */
  if (!writing && self->settle_id != 0)
    {
      g_clear_handle_id (&self->settle_id, g_source_remove);
      kaynak_disk_watch_check (self);
    }
}

void
kaynak_disk_watch_set_settle_delay (KaynakDiskWatch *self,
                                    guint            delay_ms)
{
  g_return_if_fail (KAYNAK_IS_DISK_WATCH (self));

  self->settle_ms = delay_ms;
}

KaynakDocument *
kaynak_disk_watch_get_document (KaynakDiskWatch *self)
{
  g_return_val_if_fail (KAYNAK_IS_DISK_WATCH (self), NULL);

  return self->document;
}

/* --- GObject ------------------------------------------------------------- */

static void
on_document_notify_file (KaynakDiskWatch *self)
{
  GFile *file = kaynak_document_get_file (self->document);

  if (file == self->file || (file != NULL && self->file != NULL && g_file_equal (file, self->file)))
    return;

  watch_file (self, NULL);
}

static void
kaynak_disk_watch_dispose (GObject *object)
{
  KaynakDiskWatch *self = KAYNAK_DISK_WATCH (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (kaynak_disk_watch_parent_class)->dispose (object);
}

static void
kaynak_disk_watch_finalize (GObject *object)
{
  KaynakDiskWatch *self = KAYNAK_DISK_WATCH (object);

  file_state_clear (&self->remembered);
  file_state_clear (&self->reported);

  G_OBJECT_CLASS (kaynak_disk_watch_parent_class)->finalize (object);
}

static void
kaynak_disk_watch_class_init (KaynakDiskWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kaynak_disk_watch_dispose;
  object_class->finalize = kaynak_disk_watch_finalize;

  signals[SIGNAL_CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kaynak_disk_watch_init (KaynakDiskWatch *self)
{
  self->settle_ms = DEFAULT_SETTLE_MS;
}

KaynakDiskWatch *
kaynak_disk_watch_new (KaynakDocument *document)
{
  KaynakDiskWatch *self;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  self = g_object_new (KAYNAK_TYPE_DISK_WATCH, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "notify::file",
                           G_CALLBACK (on_document_notify_file), self, G_CONNECT_SWAPPED);
  watch_file (self, kaynak_document_get_file_stamp (document));

  return self;
}
