/* kaynak-file.h: the native *.kaynak.json file: load with full validation
 * and re-anchoring.  The format is specified in docs/FORMAT.md.
 *
 * Its other parts have headers of their own, included here so that a
 * caller of the native file includes one (as json-glib.h does):
 * kaynak-reanchor.h (the load report), kaynak-file-serialize.h (the
 * bytes of a document, and saving them) and kaynak-atomic-file.h
 * (writing a file whole or not at all).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-atomic-file.h"
#include "kaynak-document.h"
#include "kaynak-file-serialize.h"
#include "kaynak-reanchor.h"

G_BEGIN_DECLS

#define KAYNAK_FILE_FORMAT_NAME    "kaynak"
/* The newest version this Kaynak reads; it writes version 1 unless the
 * document needs 2 (kaynak_document_get_format_version()) */
#define KAYNAK_FILE_FORMAT_VERSION 2
#define KAYNAK_FILE_SUFFIX         ".kaynak.json"
/* Files larger than this are refused before parsing */
#define KAYNAK_FILE_MAX_SIZE       (512u * 1024u * 1024u)
/* JSON nesting deeper than this is refused before parsing: json-glib 1.6
 * recurses without a limit and overflows the stack on hostile input. */
#define KAYNAK_FILE_MAX_DEPTH      64

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

/* A scheme file (docs/SCHEME.md): {"format": "kaynak-scheme", "version": 1,
 * "sources": [...]}, the source objects of a document.  The user's source
 * library is kept in one too. */
#define KAYNAK_SCHEME_FORMAT_NAME    "kaynak-scheme"
#define KAYNAK_SCHEME_FORMAT_VERSION 1
#define KAYNAK_SCHEME_SUFFIX         ".kaynak-scheme.json"

/* Loads a source scheme: a scheme file, a JSON file {"sources": [...]}
 * without a "format" (as schemes were written before they had one), or a
 * whole .kaynak.json, whose sources are taken.  Through the same guard,
 * budgets and checks as a document's sources; a scheme from a newer
 * Kaynak is refused with KAYNAK_ERROR_NEWER_VERSION.  Returns (transfer
 * full) a GPtrArray of KaynakSource. */
GPtrArray      *kaynak_file_load_scheme (GFile            *file,
                                         GError          **error);

G_END_DECLS
