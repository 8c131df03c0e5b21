/* kaynak-file.h: the native *.kaynak.json file: load with full validation
 * and re-anchoring.  The format is specified in docs/FORMAT.md.
 *
 * Its other parts have headers of their own, included here so that a
 * caller of the native file includes one (as json-glib.h does):
 * kaynak-file-serialize.h (the bytes of a document, and saving them) and
 * kaynak-atomic-file.h (writing a file whole or not at all).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-atomic-file.h"
#include "kaynak-document.h"
#include "kaynak-file-serialize.h"

G_BEGIN_DECLS

#define KAYNAK_FILE_FORMAT_NAME    "kaynak"
#define KAYNAK_FILE_FORMAT_VERSION 1
#define KAYNAK_FILE_SUFFIX         ".kaynak.json"
/* Files larger than this are refused before parsing */
#define KAYNAK_FILE_MAX_SIZE       (512u * 1024u * 1024u)
/* JSON nesting deeper than this is refused before parsing: json-glib 1.6
 * recurses without a limit and overflows the stack on hostile input. */
#define KAYNAK_FILE_MAX_DEPTH      64

/* What loading had to do besides reading: re-anchored or orphaned claims. */
struct _KaynakLoadReport
{
  /* TRUE if the article no longer matches the stored sha256 */
  gboolean   text_changed;
  guint      n_reanchored;
  guint      n_orphaned;
  /* One plain sentence per claim that was moved or orphaned, with its JSON
   * path, e.g. "claims[3]: quote not found; kept as an orphan" */
  GPtrArray *messages;
};

KaynakLoadReport *kaynak_load_report_new  (void);
void              kaynak_load_report_free (KaynakLoadReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakLoadReport, kaynak_load_report_free)

/* Parses and validates @bytes.  On failure returns NULL and sets @error
 * (KAYNAK_ERROR) to the first problem, with its JSON path and a plain
 * sentence.  @report (optional) receives what was re-anchored.
 *
 * Codes: SYNTAX (not JSON, or empty), NOT_KAYNAK, NEWER_VERSION, INVALID
 * (missing member, wrong type or value, duplicate id), RANGE (offsets),
 * NOT_FOUND (a claim's source or a link's claim names nothing), ENCODING,
 * TOO_DEEP, TOO_LARGE.  kaynak_file_load() also passes on G_IO_ERROR for
 * a file that cannot be read.  The document is marked saved. */
KaynakDocument *kaynak_file_load_bytes (GBytes            *bytes,
                                        KaynakLoadReport **report,
                                        GError           **error);
/* Reads @file (refusing it over KAYNAK_FILE_MAX_SIZE without reading it
 * all) and loads it; sets the document's "file" and marks it saved. */
KaynakDocument *kaynak_file_load       (GFile             *file,
                                        GCancellable      *cancellable,
                                        KaynakLoadReport **report,
                                        GError           **error);

/* Loads a source scheme: a JSON file {"sources": [...]} with the same
 * source objects as a document (or a whole .kaynak.json, whose sources are
 * taken).  Returns (transfer full) a GPtrArray of KaynakSource. */
GPtrArray      *kaynak_file_load_scheme (GFile            *file,
                                         GError          **error);

G_END_DECLS
