/* kaynak-export.h: dataset exports and imports behind one small interface.
 *
 * An exporter turns documents into a format.  "Dataset" exporters (jsonl,
 * doccano, csv, conll, w3c) write one stream for any number of documents;
 * "per-document" exporters (brat, html, claimreview) write a set of files
 * per document into a folder.  Both are driven the same way:
 *
 *   writer = kaynak_export_writer_new_stream (exporter, &options, stream, &error);
 *   for each document: kaynak_export_writer_add (writer, document, &error);
 *   kaynak_export_writer_finish (writer, &error);
 *
 * Orphaned claims (no valid range) are left out of every export and counted
 * in kaynak_export_writer_get_n_skipped().  Offsets are Unicode code points
 * unless the README (“Datasets”) says otherwise for a format.
 *
 * An importer reads a file and returns every document found in it, or an
 * error naming the line or JSON path: never some of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-article-state.h"
#include "kaynak-document.h"

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_EXPORT_DATASET,       /* one stream for many documents */
  KAYNAK_EXPORT_PER_DOCUMENT,  /* files per document into a folder */
} KaynakExportKind;

/* How the brat export writes a claim */
typedef enum
{
  /* one span per claim, typed by its source (Kaynak's own) */
  KAYNAK_BRAT_STYLE_SOURCES,
  /* as the attribution corpora (PolNeAR, PARC 3.0) are: Content, Source
   * and Cue spans tied by an Attribution event */
  KAYNAK_BRAT_STYLE_ATTRIBUTION,
} KaynakBratStyle;

/* "sources", "attribution": the names the command line and the Export
 * dialogs use.  FALSE when @name is neither. */
gboolean    kaynak_brat_style_from_name (const char      *name,
                                         KaynakBratStyle *style);
const char *kaynak_brat_style_to_name   (KaynakBratStyle  style);

typedef struct
{
  /* CSV for spreadsheet programs: a UTF-8 byte order mark, and every
   * cell that starts with =, +, -, @, a tab or a carriage return gets a
   * single quote before it, so that it is shown as text and never run
   * as a formula (OWASP's advice against CSV injection).  Off, the CSV
   * is exact for scripts: a quote cell is the article's text[start:end]. */
  gboolean    csv_spreadsheet;
  /* ClaimReview: the fact-checker (author of the reviews); both NULL or
   * "" to leave the author out */
  const char *fact_checker_name;
  const char *fact_checker_url;
  /* ClaimReview: the fact-checker is a person ("@type": "Person"), not an
   * organisation (the default) */
  gboolean    fact_checker_person;
  /* Document paths in datasets are written relative to this folder when
   * set (the command line passes the working directory), absolute
   * otherwise. */
  GFile      *relative_to;
  /* brat: how each claim is written (above) */
  KaynakBratStyle brat_style;
} KaynakExportOptions;

typedef struct _KaynakExportWriter KaynakExportWriter;

typedef struct
{
  const char       *name;       /* "jsonl", "csv", … (command-line name) */
  const char       *label;      /* N_() translatable, e.g. "JSON Lines" */
  const char       *extension;  /* of the dataset file or main file: ".jsonl" */
  const char       *mime_type;
  KaynakExportKind  kind;

  /* Implementation: begin may set writer data, add writes one document,
   * finish writes what remains.  Use the kaynak_export_writer_* functions
   * instead of calling these. */
  gboolean (*begin)  (KaynakExportWriter *writer, GError **error);
  gboolean (*add)    (KaynakExportWriter *writer, KaynakDocument *document,
                      GError **error);
  gboolean (*finish) (KaynakExportWriter *writer, GError **error);

  /* N_(): why it wrote nothing for an article it read, when it may (see
   * kaynak_exporter_nothing_to_write()); NULL for the default */
  const char *nothing_to_write;
} KaynakExporter;

/* Every exporter, in menu order; NULL-terminated. */
const KaynakExporter * const *kaynak_exporters          (void);
/* By command-line name; NULL if unknown. */
const KaynakExporter         *kaynak_exporter_lookup    (const char *name);
/* "jsonl, doccano, csv, …" for messages (newly allocated) */
char                         *kaynak_exporter_list_names (void);

/* For KAYNAK_EXPORT_DATASET exporters.  The stream is written to, never
 * closed. */
KaynakExportWriter *kaynak_export_writer_new_stream (const KaynakExporter       *exporter,
                                                     const KaynakExportOptions *options,
                                                     GOutputStream             *stream,
                                                     GError                   **error);
/* For KAYNAK_EXPORT_PER_DOCUMENT exporters.  @folder is created if it does
 * not exist.  Every file is written atomically; files of an earlier export
 * with the same names are replaced; brat refuses a folder whose
 * annotation.conf or visual.conf Kaynak did not write (KAYNAK_ERROR_EXISTS),
 * and merges its own earlier ones. */
KaynakExportWriter *kaynak_export_writer_new_folder (const KaynakExporter       *exporter,
                                                     const KaynakExportOptions *options,
                                                     GFile                     *folder,
                                                     GError                   **error);
/* Dataset exporters fail here only when writing to the stream fails (stop
 * then: the output is incomplete).  Per-document exporters fail for this
 * document only, and the writer stays usable; each of its files is written
 * whole or not at all. */
gboolean            kaynak_export_writer_add        (KaynakExportWriter        *writer,
                                                     KaynakDocument            *document,
                                                     GError                   **error);
gboolean            kaynak_export_writer_finish     (KaynakExportWriter        *writer,
                                                     GError                   **error);
void                kaynak_export_writer_free       (KaynakExportWriter        *writer);
/* Documents exported.  A per-document exporter may write no file for a
 * document (ClaimReview: no claim has a verdict); kaynak_export_writer_add()
 * succeeds then but does not count it here, so a caller that compares the
 * count before and after can say that nothing was written. */
guint               kaynak_export_writer_get_n_documents (KaynakExportWriter *writer);
guint               kaynak_export_writer_get_n_claims    (KaynakExportWriter *writer);
/* Claims left out: orphans, claims without a verdict (ClaimReview),
 * claims hidden by an overlapping one (CoNLL). */
guint               kaynak_export_writer_get_n_skipped   (KaynakExportWriter *writer);
/* Claims in pieces written as the one range that covers their pieces, by
 * a format that has no pieces (doccano), gaps included */
guint               kaynak_export_writer_get_n_widened   (KaynakExportWriter *writer);
/* Files written so far (per-document exporters) */
guint               kaynak_export_writer_get_n_files     (KaynakExportWriter *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakExportWriter, kaynak_export_writer_free)

/* One dataset exporter over one document, into memory (the window's Export
 * for the open document: then kaynak_file_write_atomic() the bytes). */
GBytes             *kaynak_export_document_to_bytes (const KaynakExporter       *exporter,
                                                     const KaynakExportOptions *options,
                                                     KaynakDocument            *document,
                                                     GError                   **error);
/* The same, and *@n_widened (not NULL) the claims in pieces the format
 * could only write as their covering range (doccano) */
GBytes             *kaynak_export_document_to_bytes_widened (const KaynakExporter       *exporter,
                                                             const KaynakExportOptions *options,
                                                             KaynakDocument            *document,
                                                             guint                     *n_widened,
                                                             GError                   **error);

/* --- Imports ------------------------------------------------------------- */

typedef struct
{
  const char *name;   /* "doccano", "brat", "w3c", "text" */
  const char *label;  /* N_() */
  /* Returns (transfer full) a GPtrArray of KaynakDocument, never empty, or
   * NULL with an error naming the line or JSON path. */
  GPtrArray *(*import) (GFile *file, GCancellable *cancellable, GError **error);
  /* The same, for importers that put claims back by their quote (W3C):
   * *@report receives what was moved, found edited or kept as an orphan.
   * NULL for the others. */
  GPtrArray *(*import_with_report) (GFile *file, KaynakLoadReport **report,
                                    GCancellable *cancellable, GError **error);
} KaynakImporter;

const KaynakImporter * const *kaynak_importers          (void);
const KaynakImporter         *kaynak_importer_lookup    (const char *name);
char                         *kaynak_importer_list_names (void);
/* @report (optional): what re-anchoring did, or NULL when the importer
 * had nothing to re-anchor (left NULL then). */
GPtrArray                    *kaynak_importer_import    (const KaynakImporter *importer,
                                                         GFile                *file,
                                                         KaynakLoadReport    **report,
                                                         GCancellable         *cancellable,
                                                         GError              **error);

/* --- Collecting files ---------------------------------------------------- */

/* Expands @paths (files and folders) into the list of files to export:
 * files are taken as they are, folders are walked recursively for
 * *.kaynak.json (hidden entries skipped), each folder's files sorted by
 * name.  Symbolic links are followed, but each folder and each file is
 * taken once (by device and inode), however many paths lead to it: a
 * link back up is no loop, two links to one folder give no repeats.
 * Paths that do not exist or folders that cannot be read are described
 * in @problems (plain sentences; may be NULL) and skipped.  Returns
 * (transfer full) a GPtrArray of GFile. */
GPtrArray          *kaynak_export_collect_files     (const char * const *paths,
                                                     GCancellable       *cancellable,
                                                     GPtrArray          *problems);

/* Keeps in @files (GFile) those whose article is in one of @states (a set
 * of KAYNAK_ARTICLE_STATE_BIT()s), in their order, by the light summary
 * (kaynak-article-summary.h).  A file that cannot be read is kept, so that
 * the export says what is wrong with it as it would unfiltered.  The one
 * state filter of `kaynak --export --state` and Export a Folder…; returns
 * how many files were left out. */
guint               kaynak_export_keep_states       (GPtrArray          *files,
                                                     guint               states,
                                                     GCancellable       *cancellable);

/* --- Where a dataset goes -------------------------------------------------- */

/* A dataset's output.  A regular file, new or existing, is written to a
 * hidden temporary file beside it and renamed into place by
 * kaynak_export_output_commit(), so it is never half written; a symbolic
 * link is followed (what it points to is replaced, the link stays); a new
 * file gets 0666 less the umask, an existing one keeps its permissions.
 * Anything else that exists and is not a folder (a FIFO, a character
 * device) is opened and written to directly: renaming a file over it would
 * put a plain file in its place.  A folder is refused. */
typedef struct _KaynakExportOutput KaynakExportOutput;

KaynakExportOutput *kaynak_export_output_new           (GFile              *file,
                                                        GCancellable       *cancellable,
                                                        GError            **error);
/* Writes to @fd directly (standard output); @fd is never closed. */
KaynakExportOutput *kaynak_export_output_new_for_fd    (int                 fd);
/* Write the dataset here (transfer none) */
GOutputStream      *kaynak_export_output_get_stream    (KaynakExportOutput *output);
/* The temporary file being written, NULL when writing directly: for a
 * signal handler that must remove it. */
const char         *kaynak_export_output_get_temp_path (KaynakExportOutput *output);
/* Puts the dataset in place: syncs and renames the temporary file, or
 * closes what was written to directly. */
gboolean            kaynak_export_output_commit        (KaynakExportOutput *output,
                                                        GCancellable       *cancellable,
                                                        GError            **error);
/* Removes the temporary file unless the output was committed. */
void                kaynak_export_output_free          (KaynakExportOutput *output);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakExportOutput, kaynak_export_output_free)

/* --- Exporting files in one call (the window's "Export a folder…") ------ */

/* What became of one file of kaynak_export_files() */
typedef enum {
  KAYNAK_EXPORT_FILE_EXPORTED,
  /* read, but the format has nothing to write for it (ClaimReview: no
   * claim has a verdict): neither exported nor failed */
  KAYNAK_EXPORT_FILE_NOTHING_TO_WRITE,
  KAYNAK_EXPORT_FILE_FAILED,
} KaynakExportFileResult;

typedef struct
{
  guint                   done;       /* files handled so far, this one included */
  guint                   total;
  GFile                  *file;
  KaynakExportFileResult  result;
  const GError           *error;      /* why, when FAILED */
  /* claims left out because their quote is no longer in the article
   * (orphans have no range to export) */
  guint                   n_orphaned;
} KaynakExportFileEvent;

/* Called after each file, from the thread that runs kaynak_export_files() */
typedef void (*KaynakExportFileFunc) (const KaynakExportFileEvent *event,
                                      gpointer                     user_data);

typedef struct
{
  guint n_exported;          /* articles */
  guint n_nothing_to_write;
  guint n_failed;
  guint n_claims;            /* claims written */
  guint n_claims_left_out;   /* that the format cannot hold (see its notes) */
  guint n_claims_widened;    /* in pieces, written as their covering range */
} KaynakExportCounts;

/* Why @exporter wrote nothing for an article it read: "no claim has a
 * verdict" (translated) for ClaimReview, "no claim this format can
 * export" for the others. */
const char         *kaynak_exporter_nothing_to_write (const KaynakExporter *exporter);

/* The one batch export, for the command line and Export a Folder: loads
 * each of @files (GFile, e.g. from kaynak_export_collect_files()) and
 * exports it with @exporter, a dataset exporter into @dataset (a file
 * through kaynak_export_output_new(), committed here on success, or a
 * stream), the others into @folder.  Each file is reported through @func
 * (optional) and counted in @counts (optional); files that cannot be read
 * are skipped.  Blocking, no main context used: run it in a GTask thread
 * in a window.  Returns FALSE when the output fails (a dataset then stops
 * at once and leaves no file), on cancellation (G_IO_ERROR_CANCELLED),
 * and when no article was exported (KAYNAK_ERROR_FORMAT, "Nothing was
 * exported."). */
gboolean            kaynak_export_files             (const KaynakExporter       *exporter,
                                                     const KaynakExportOptions *options,
                                                     GPtrArray                 *files,
                                                     KaynakExportOutput        *dataset,
                                                     GFile                     *folder,
                                                     KaynakExportFileFunc       func,
                                                     gpointer                   user_data,
                                                     KaynakExportCounts        *counts,
                                                     GCancellable              *cancellable,
                                                     GError                   **error);


G_END_DECLS
