/* kaynak-export.c: the registry of formats, the export writer that drives
 * them, and collecting the files of a folder for export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "formats/kaynak-format-private.h"
#include "kaynak-article-import.h"
#include "kaynak-article-summary.h"
#include "kaynak-atomic-file.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file-names.h"
#include "kaynak-file.h"
#include "kaynak-read.h"
#include "kaynak-temp-file.h"
#include "kaynak-text-import.h"

static const KaynakExporter * const exporters[] = {
  &kaynak_format_jsonl,
  &kaynak_format_doccano,
  &kaynak_format_csv,
  &kaynak_format_conll,
  &kaynak_format_w3c,
  &kaynak_format_brat,
  &kaynak_format_claimreview,
  &kaynak_format_html,
  NULL,
};

const KaynakExporter * const *
kaynak_exporters (void)
{
  return exporters;
}

const KaynakExporter *
kaynak_exporter_lookup (const char *name)
{
  for (guint i = 0; name != NULL && exporters[i] != NULL; i++)
    if (g_str_equal (exporters[i]->name, name))
      return exporters[i];
  return NULL;
}

char *
kaynak_exporter_list_names (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; exporters[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "", exporters[i]->name);
  return g_string_free (out, FALSE);
}

static KaynakExportWriter *
writer_new (const KaynakExporter       *exporter,
            const KaynakExportOptions *options)
{
  KaynakExportWriter *writer = g_new0 (KaynakExportWriter, 1);

  writer->exporter = exporter;
  if (options != NULL)
    {
      writer->options = *options;
      writer->fact_checker_name = g_strdup (options->fact_checker_name);
      writer->fact_checker_url = g_strdup (options->fact_checker_url);
      if (options->relative_to != NULL)
        writer->options.relative_to = g_object_ref (options->relative_to);
    }
  writer->options.fact_checker_name = writer->fact_checker_name;
  writer->options.fact_checker_url = writer->fact_checker_url;
  writer->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  writer->buffer = g_string_sized_new (64 * 1024);
  return writer;
}

static KaynakExportWriter *
writer_begin (KaynakExportWriter *writer,
              GError            **error)
{
  if (writer->exporter->begin != NULL && !writer->exporter->begin (writer, error))
    {
      kaynak_export_writer_free (writer);
      return NULL;
    }
  return writer;
}

KaynakExportWriter *
kaynak_export_writer_new_stream (const KaynakExporter       *exporter,
                                 const KaynakExportOptions *options,
                                 GOutputStream             *stream,
                                 GError                   **error)
{
  KaynakExportWriter *writer;

  g_return_val_if_fail (exporter != NULL, NULL);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  if (exporter->kind != KAYNAK_EXPORT_DATASET)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("The %s export writes files into a folder, not one file."),
                   exporter->name);
      return NULL;
    }
  writer = writer_new (exporter, options);
  writer->stream = g_object_ref (stream);
  return writer_begin (writer, error);
}

KaynakExportWriter *
kaynak_export_writer_new_folder (const KaynakExporter       *exporter,
                                 const KaynakExportOptions *options,
                                 GFile                     *folder,
                                 GError                   **error)
{
  KaynakExportWriter *writer;
  g_autoptr(KaynakOutputFolder) output_folder = NULL;

  g_return_val_if_fail (exporter != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  if (exporter->kind != KAYNAK_EXPORT_PER_DOCUMENT)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("The %s export writes one file, not a folder."),
                   exporter->name);
      return NULL;
    }
  /* made if missing, swept of what killed exports left */
  if ((output_folder = kaynak_output_folder_open (folder, error)) == NULL)
    return NULL;

  writer = writer_new (exporter, options);
  writer->folder = g_object_ref (folder);
  writer->output_folder = g_steal_pointer (&output_folder);
  return writer_begin (writer, error);
}

gboolean
kaynak_export_writer_add (KaynakExportWriter *writer,
                          KaynakDocument     *document,
                          GError            **error)
{
  guint n_files;

  g_return_val_if_fail (writer != NULL, FALSE);
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);

  n_files = writer->n_files;
  if (!writer->exporter->add (writer, document, error))
    return FALSE;
  /* A per-document exporter may have had nothing to write (ClaimReview
   * without a verdict): that document is not exported */
  if (writer->folder == NULL || writer->n_files > n_files)
    writer->n_documents++;
  return TRUE;
}

gboolean
kaynak_export_writer_finish (KaynakExportWriter *writer,
                             GError            **error)
{
  g_return_val_if_fail (writer != NULL, FALSE);

  if (writer->exporter->finish != NULL && !writer->exporter->finish (writer, error))
    return FALSE;
  if (writer->stream != NULL)
    return g_output_stream_flush (writer->stream, NULL, error);
  return TRUE;
}

void
kaynak_export_writer_free (KaynakExportWriter *writer)
{
  if (writer == NULL)
    return;
  if (writer->data_free != NULL)
    writer->data_free (writer->data);
  g_clear_object (&writer->stream);
  g_clear_object (&writer->folder);
  g_clear_pointer (&writer->output_folder, kaynak_output_folder_free);
  g_clear_object (&writer->options.relative_to);
  g_free (writer->fact_checker_name);
  g_free (writer->fact_checker_url);
  g_hash_table_unref (writer->stems);
  g_string_free (writer->buffer, TRUE);
  g_free (writer);
}

guint
kaynak_export_writer_get_n_documents (KaynakExportWriter *writer)
{
  return writer->n_documents;
}

guint
kaynak_export_writer_get_n_claims (KaynakExportWriter *writer)
{
  return writer->n_claims;
}

guint
kaynak_export_writer_get_n_skipped (KaynakExportWriter *writer)
{
  return writer->n_skipped;
}

guint
kaynak_export_writer_get_n_widened (KaynakExportWriter *writer)
{
  return writer->n_widened;
}

guint
kaynak_export_writer_get_n_files (KaynakExportWriter *writer)
{
  return writer->n_files;
}

GBytes *
kaynak_export_document_to_bytes_widened (const KaynakExporter       *exporter,
                                         const KaynakExportOptions *options,
                                         KaynakDocument            *document,
                                         guint                     *n_widened,
                                         GError                   **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(KaynakExportWriter) writer = NULL;

  *n_widened = 0;
  writer = kaynak_export_writer_new_stream (exporter, options, stream, error);
  if (writer == NULL ||
      !kaynak_export_writer_add (writer, document, error) ||
      !kaynak_export_writer_finish (writer, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;
  *n_widened = kaynak_export_writer_get_n_widened (writer);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

GBytes *
kaynak_export_document_to_bytes (const KaynakExporter       *exporter,
                                 const KaynakExportOptions *options,
                                 KaynakDocument            *document,
                                 GError                   **error)
{
  guint n_widened;

  return kaynak_export_document_to_bytes_widened (exporter, options, document, &n_widened,
                                                  error);
}

/* --- Where a dataset goes ------------------------------------------------ */

/* A GOutputStream over a file descriptor.  (GIO's own, GUnixOutputStream,
 * lives in gio-unix, which core does not use.) */
#define KAYNAK_TYPE_FD_STREAM (kaynak_fd_stream_get_type ())
G_DECLARE_FINAL_TYPE (KaynakFdStream, kaynak_fd_stream, KAYNAK, FD_STREAM, GOutputStream)

struct _KaynakFdStream
{
  GOutputStream  parent_instance;
  int            fd;
};

G_DEFINE_FINAL_TYPE (KaynakFdStream, kaynak_fd_stream, G_TYPE_OUTPUT_STREAM)

static gboolean
set_write_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write the export: %s"), g_strerror (saved_errno));
  return FALSE;
}

static gssize
kaynak_fd_stream_write (GOutputStream  *stream,
                        const void     *buffer,
                        gsize           count,
                        GCancellable   *cancellable,
                        GError        **error)
{
  KaynakFdStream *self = KAYNAK_FD_STREAM (stream);
  gssize n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  do
    n = write (self->fd, buffer, MIN (count, (gsize) G_MAXSSIZE));
  while (n < 0 && errno == EINTR);
  if (n < 0)
    {
      set_write_error (error, errno);
      return -1;
    }
  return n;
}

static void
kaynak_fd_stream_class_init (KaynakFdStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = kaynak_fd_stream_write;
}

static void
kaynak_fd_stream_init (KaynakFdStream *self)
{
}

struct _KaynakExportOutput
{
  GOutputStream    *stream;
  int               fd;       /* the stream's; -1 for a non-local file (GIO's stream) */
  gboolean          own_fd;   /* a FIFO or device opened here: close it when done */
  /* a file: written to a temporary file beside it (atomic.fd is fd), or
   * nothing when writing directly */
  KaynakAtomicFile  atomic;
  char             *display_name;
  gboolean          committed;
};

static KaynakExportOutput *
output_new_for_fd (int         fd,
                   gboolean    own_fd,
                   const char *display_name)
{
  KaynakExportOutput *output = g_new0 (KaynakExportOutput, 1);
  KaynakFdStream *stream = g_object_new (KAYNAK_TYPE_FD_STREAM, NULL);

  stream->fd = fd;
  output->stream = G_OUTPUT_STREAM (stream);
  output->fd = fd;
  output->own_fd = own_fd;
  output->atomic = (KaynakAtomicFile) KAYNAK_ATOMIC_FILE_INIT;
  output->display_name = g_strdup (display_name);
  return output;
}

KaynakExportOutput *
kaynak_export_output_new_for_fd (int fd)
{
  g_return_val_if_fail (fd >= 0, NULL);

  return output_new_for_fd (fd, FALSE, NULL);
}

/* @path with the symbolic links of its last component followed, even to
 * a name that does not exist yet (realpath() fails there), where the file
 * is then created.  Newly allocated. */
static char *
follow_links (const char *path)
{
  char *current = g_strdup (path);

  /* 40 is Linux's own limit (MAXSYMLINKS); a loop fails later at open */
  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *link = g_file_read_link (current, NULL);
      g_autofree char *folder = NULL;

      if (link == NULL)
        break;
      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (link) ? g_steal_pointer (&link)
                                          : g_build_filename (folder, link, NULL);
    }
  return current;
}

static KaynakExportOutput *
output_new_local (const char  *path,
                  const char  *display_name,
                  GError     **error)
{
  g_auto(KaynakAtomicFile) atomic = KAYNAK_ATOMIC_FILE_INIT;
  g_autofree char *target = NULL;
  KaynakExportOutput *output;
  struct stat st;
  gboolean existed = FALSE;
  int saved_errno;
  int fd;

  /* stat() the name given: the kernel follows every kind of link, the
   * /proc/self/fd/1 that stands for a pipe too */
  if (stat (path, &st) == 0)
    {
      existed = TRUE;
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                       _("“%s” is a folder; this format writes one file"), display_name);
          return NULL;
        }
      /* A FIFO or a device cannot be replaced, only written to */
      if (!S_ISREG (st.st_mode))
        {
          do
            fd = open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
          while (fd < 0 && errno == EINTR);
          if (fd < 0)
            {
              saved_errno = errno;
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                           _("Could not write “%s”: %s"), display_name, g_strerror (saved_errno));
              return NULL;
            }
          return output_new_for_fd (fd, TRUE, display_name);
        }
      /* replaced in its own folder: a link to it stays a link */
      target = realpath (path, NULL);
    }
  /* a new file, or one a link points to that is not there yet */
  if (target == NULL)
    target = follow_links (path);

  /* the umask decides a new file's permissions, as for any file */
  if (!_kaynak_atomic_file_open (&atomic, target, existed ? (int) (st.st_mode & 07777) : -1,
                                 &saved_errno))
    {
      g_autofree char *folder = g_path_get_dirname (target);
      g_autofree char *folder_name = g_filename_display_name (folder);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("Could not write in “%s”: %s"), folder_name, g_strerror (saved_errno));
      return NULL;
    }

  output = output_new_for_fd (atomic.fd, FALSE, display_name);
  output->atomic = atomic;
  atomic = (KaynakAtomicFile) KAYNAK_ATOMIC_FILE_INIT;
  return output;
}

KaynakExportOutput *
kaynak_export_output_new (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  KaynakExportOutput *output;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path != NULL)
    return output_new_local (path, display_name, error);

  /* Not a local file (a remote GVfs location): GIO's replace writes
   * beside it and renames where the backend can. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return NULL;
  output = g_new0 (KaynakExportOutput, 1);
  output->stream = G_OUTPUT_STREAM (g_steal_pointer (&stream));
  output->fd = -1;
  output->display_name = g_steal_pointer (&display_name);
  return output;
}

GOutputStream *
kaynak_export_output_get_stream (KaynakExportOutput *output)
{
  g_return_val_if_fail (output != NULL, NULL);

  return output->stream;
}

const char *
kaynak_export_output_get_temp_path (KaynakExportOutput *output)
{
  g_return_val_if_fail (output != NULL, NULL);

  return output->atomic.temp_path;
}

gboolean
kaynak_export_output_commit (KaynakExportOutput  *output,
                             GCancellable        *cancellable,
                             GError             **error)
{
  int saved_errno;
  int fd;

  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (!output->committed, FALSE);

  if (output->fd < 0)
    {
      /* GIO's replace puts the file in place on close */
      if (!g_output_stream_close (output->stream, cancellable, error))
        return FALSE;
      output->committed = TRUE;
      return TRUE;
    }
  if (output->atomic.temp_path == NULL)
    {
      /* stdout stays open; a pipe or a device cannot be synced */
      if (output->own_fd)
        {
          fd = output->fd;
          output->fd = -1;
          output->own_fd = FALSE;
          /* close() reports delayed write errors on some file systems */
          if (close (fd) != 0)
            return set_write_error (error, errno);
        }
      output->committed = TRUE;
      return TRUE;
    }

  output->fd = -1;
  if (!_kaynak_atomic_file_close (&output->atomic, &saved_errno))
    return set_write_error (error, saved_errno);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!_kaynak_atomic_file_replace (&output->atomic, &saved_errno))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("Could not write “%s”: %s"), output->display_name, g_strerror (saved_errno));
      return FALSE;
    }
  output->committed = TRUE;
  return TRUE;
}

void
kaynak_export_output_free (KaynakExportOutput *output)
{
  if (output == NULL)
    return;
  if (output->fd < 0 && !output->committed && output->stream != NULL &&
      !g_output_stream_is_closed (output->stream))
    {
      /* Closing GIO's replace stream cancelled leaves the old file */
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      g_cancellable_cancel (cancelled);
      g_output_stream_close (output->stream, cancelled, NULL);
    }
  g_clear_object (&output->stream);
  if (output->own_fd)
    close (output->fd);
  /* an uncommitted temporary file goes */
  _kaynak_atomic_file_clear (&output->atomic);
  g_free (output->display_name);
  g_free (output);
}

/* --- Exporting files in one call ------------------------------------------ */

const char *
kaynak_exporter_nothing_to_write (const KaynakExporter *exporter)
{
  g_return_val_if_fail (exporter != NULL, NULL);

  if (exporter->nothing_to_write != NULL)
    return _(exporter->nothing_to_write);
  return _("no claim this format can export");
}

gboolean
kaynak_export_files (const KaynakExporter       *exporter,
                     const KaynakExportOptions *options,
                     GPtrArray                 *files,
                     KaynakExportOutput        *dataset,
                     GFile                     *folder,
                     KaynakExportFileFunc       func,
                     gpointer                   user_data,
                     KaynakExportCounts        *counts,
                     GCancellable              *cancellable,
                     GError                   **error)
{
  g_autoptr(KaynakExportWriter) writer = NULL;
  KaynakExportCounts local_counts = { 0 };

  g_return_val_if_fail (exporter != NULL, FALSE);
  g_return_val_if_fail (files != NULL, FALSE);
  g_return_val_if_fail (exporter->kind == KAYNAK_EXPORT_DATASET ? dataset != NULL
                                                                 : G_IS_FILE (folder), FALSE);

  if (counts == NULL)
    counts = &local_counts;
  *counts = (KaynakExportCounts) { 0 };

  if (exporter->kind == KAYNAK_EXPORT_DATASET)
    writer = kaynak_export_writer_new_stream (exporter, options,
                                              kaynak_export_output_get_stream (dataset), error);
  else
    writer = kaynak_export_writer_new_folder (exporter, options, folder, error);
  if (writer == NULL)
    return FALSE;

  for (guint i = 0; i < files->len; i++)
    {
      KaynakExportFileEvent event = { i + 1, files->len, g_ptr_array_index (files, i) };
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(KaynakLoadReport) report = NULL;
      g_autoptr(GError) local_error = NULL;
      guint before = kaynak_export_writer_get_n_documents (writer);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      document = kaynak_file_load (event.file, cancellable, &report, &local_error);
      if (document != NULL && !kaynak_export_writer_add (writer, document, &local_error) &&
          dataset != NULL)
        {
          /* a dataset only fails when its output does: stop there, and the
           * uncommitted output leaves no half file */
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (local_error != NULL)
        {
          event.result = KAYNAK_EXPORT_FILE_FAILED;
          event.error = local_error;
          counts->n_failed++;
        }
      else if (kaynak_export_writer_get_n_documents (writer) == before)
        {
          event.result = KAYNAK_EXPORT_FILE_NOTHING_TO_WRITE;
          counts->n_nothing_to_write++;
        }
      else
        {
          event.result = KAYNAK_EXPORT_FILE_EXPORTED;
          counts->n_exported++;
        }
      event.n_orphaned = report != NULL ? report->n_orphaned : 0;
      if (func != NULL)
        func (&event, user_data);
    }

  if (counts->n_exported == 0)
    {
      /* nothing could be read, or nothing had anything to write: an
       * existing output stays as it was */
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT, _("Nothing was exported."));
      return FALSE;
    }
  if (!kaynak_export_writer_finish (writer, error))
    return FALSE;
  if (dataset != NULL && !kaynak_export_output_commit (dataset, cancellable, error))
    return FALSE;

  counts->n_claims = kaynak_export_writer_get_n_claims (writer);
  counts->n_claims_left_out = kaynak_export_writer_get_n_skipped (writer);
  counts->n_claims_widened = kaynak_export_writer_get_n_widened (writer);
  return TRUE;
}

/* --- Imports ------------------------------------------------------------- */

static GPtrArray *
import_text (GFile        *file,
             GCancellable *cancellable,
             GError      **error)
{
  KaynakDocument *document = kaynak_article_import_file (file, NULL, cancellable, error);
  GPtrArray *documents;

  if (document == NULL)
    return NULL;
  documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (documents, document);
  return documents;
}

static const KaynakImporter importer_doccano = { "doccano", N_("doccano JSONL"), kaynak_import_doccano, NULL };
static const KaynakImporter importer_brat = { "brat", N_("brat standoff"), kaynak_import_brat, NULL };
static const KaynakImporter importer_w3c = {
  "w3c", N_("W3C Web Annotation"), kaynak_import_w3c, kaynak_import_w3c_with_report,
};
static const KaynakImporter importer_text = { "text", N_("Plain text"), import_text, NULL };

static const KaynakImporter * const importers[] = {
  &importer_doccano,
  &importer_brat,
  &importer_w3c,
  &importer_text,
  NULL,
};

const KaynakImporter * const *
kaynak_importers (void)
{
  return importers;
}

const KaynakImporter *
kaynak_importer_lookup (const char *name)
{
  for (guint i = 0; name != NULL && importers[i] != NULL; i++)
    if (g_str_equal (importers[i]->name, name))
      return importers[i];
  return NULL;
}

char *
kaynak_importer_list_names (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; importers[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "", importers[i]->name);
  return g_string_free (out, FALSE);
}

GPtrArray *
kaynak_importer_import (const KaynakImporter *importer,
                        GFile                *file,
                        KaynakLoadReport    **report,
                        GCancellable         *cancellable,
                        GError              **error)
{
  GPtrArray *documents;

  g_return_val_if_fail (importer != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || *report == NULL, NULL);

  if (report != NULL && importer->import_with_report != NULL)
    documents = importer->import_with_report (file, report, cancellable, error);
  else
    documents = importer->import (file, cancellable, error);
  if (documents == NULL)
    return NULL;
  if (documents->len == 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_ptr_array_unref (documents);
      if (report != NULL)
        g_clear_pointer (report, kaynak_load_report_free);
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("“%s” holds no article to import."), name);
      return NULL;
    }
  /* A fresh import is not "modified" and has nothing to undo */
  for (guint i = 0; i < documents->len; i++)
    kaynak_document_mark_saved (g_ptr_array_index (documents, i));
  return documents;
}

/* --- Collecting files ---------------------------------------------------- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* What each folder and file is, whatever path reaches it: its device and
 * inode (symbolic links followed), or its URI where there are none. */
#define IDENTITY_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_UNIX_DEVICE "," G_FILE_ATTRIBUTE_UNIX_INODE

static char *
identity (GFile     *file,
          GFileInfo *info)
{
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_INODE))
    return g_strdup_printf ("%u:%" G_GUINT64_FORMAT,
                            g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_DEVICE),
                            g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE));
  return g_file_get_uri (file);
}

/* Adds @key to @seen; FALSE if it was there already */
static gboolean
first_visit (GHashTable *seen,
             char       *key)
{
  return g_hash_table_add (seen, key);
}

typedef struct
{
  GPtrArray    *files;
  GPtrArray    *problems;
  GCancellable *cancellable;
  /* Folders walked and files taken so far: symbolic links may lead back
   * up (a loop) or reach one folder or file by two paths, and each is
   * exported once. */
  GHashTable   *seen_folders;
  GHashTable   *seen_files;
} Collect;

static void
walk_folder (Collect *collect,
             GFile   *folder)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) is_dir = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN ","
                                          IDENTITY_ATTRIBUTES,
                                          G_FILE_QUERY_INFO_NONE, collect->cancellable, &error);
  if (enumerator == NULL)
    {
      if (collect->problems != NULL)
        {
          g_autofree char *name = g_file_get_parse_name (folder);

          g_ptr_array_add (collect->problems,
                           g_strdup_printf (_("Could not read the folder “%s”: %s"),
                                            name, error->message));
        }
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, collect->cancellable, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      GFileType type = g_file_info_get_file_type (info);

      g_autoptr(GFile) child = g_file_get_child (folder, name);

      /* Kaynak files by the one rule (a renamed .json one too) */
      if (!g_file_info_get_is_hidden (info) &&
          (type == G_FILE_TYPE_DIRECTORY ||
           (type == G_FILE_TYPE_REGULAR && kaynak_file_is_kaynak (child))))
        {
          char *copy = g_strdup (name);

          g_ptr_array_add (names, copy);
          g_hash_table_insert (keys, copy, identity (child, info));
          if (type == G_FILE_TYPE_DIRECTORY)
            g_hash_table_add (is_dir, copy);
        }
      g_object_unref (info);
    }

  /* Byte order, so the same tree gives the same dataset everywhere */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      char *key = g_strdup (g_hash_table_lookup (keys, name));
      g_autoptr(GFile) child = g_file_get_child (folder, name);

      if (g_hash_table_contains (is_dir, name))
        {
          if (first_visit (collect->seen_folders, key))
            walk_folder (collect, child);
        }
      else if (first_visit (collect->seen_files, key))
        g_ptr_array_add (collect->files, g_steal_pointer (&child));
    }
}

GPtrArray *
kaynak_export_collect_files (const char * const *paths,
                             GCancellable       *cancellable,
                             GPtrArray          *problems)
{
  g_autoptr(GHashTable) seen_folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Collect collect = {
    g_ptr_array_new_with_free_func (g_object_unref), problems, cancellable,
    seen_folders, seen_files,
  };

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GFileInfo) info = g_file_query_info (file, IDENTITY_ATTRIBUTES,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);
      GFileType type = info ? g_file_info_get_file_type (info) : G_FILE_TYPE_UNKNOWN;

      if (type == G_FILE_TYPE_UNKNOWN)
        {
          if (problems != NULL)
            g_ptr_array_add (problems, g_strdup_printf (_("“%s” does not exist."), paths[i]));
        }
      else if (type == G_FILE_TYPE_DIRECTORY)
        {
          if (first_visit (seen_folders, identity (file, info)))
            walk_folder (&collect, file);
        }
      else if (first_visit (seen_files, identity (file, info)))
        g_ptr_array_add (collect.files, g_steal_pointer (&file));
    }
  return collect.files;
}


/* --- The state filter ------------------------------------------------------ */

guint
kaynak_export_keep_states (GPtrArray    *files,
                           guint         states,
                           GCancellable *cancellable)
{
  guint kept = 0, n = files->len;

  for (guint i = 0; i < n; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autofree guint8 *data = NULL;
      gsize length = 0;
      KaynakArticleSummary summary = { 0 };
      gboolean keep = TRUE;

      data = kaynak_read_file (file, KAYNAK_FILE_MAX_SIZE, &length, NULL, cancellable, NULL);
      if (data != NULL &&
          kaynak_article_summary_read ((const char *) data, length, &summary, NULL))
        {
          keep = (states & KAYNAK_ARTICLE_STATE_BIT (summary.state)) != 0;
          kaynak_article_summary_clear (&summary);
        }
      if (keep)
        {
          /* the kept ones to the front, in their order; the others behind */
          files->pdata[i] = files->pdata[kept];
          files->pdata[kept++] = file;
        }
    }
  g_ptr_array_remove_range (files, kept, n - kept);
  return n - kept;
}
