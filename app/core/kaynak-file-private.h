/* kaynak-file-private.h: what the loader shares with the drafts and the
 * W3C import.  The tests' switches are in kaynak-test-hooks.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kaynak-document.h"
#include "kaynak-file.h"

G_BEGIN_DECLS

/* The JSON tree of a Kaynak file as the loader parses it, behind the same
 * guard and budget, with its "claims" emptied when they could be cut out
 * (a draft's header is read this way: never all the claims at once). */
JsonNode *_kaynak_file_parse_without_claims (GBytes  *bytes,
                                             GError **error);

/* Frees @data with @destroy, on a worker thread when the JSON it came
 * from (or became) is @size bytes or more: json-glib's tree of a large
 * file takes about half as long to free as to build, and nothing waits
 * for it.  The loader's parsers and the serialiser's reference tree. */
void    _kaynak_json_release (gpointer       data,
                              GDestroyNotify destroy,
                              gsize          size);

/* What re-anchoring did to the claim at @path ("claims[3]" in a Kaynak
 * file, a JSON path in a W3C collection), told in @report (nothing when
 * NULL) in the same words and counted: an orphan in n_orphaned, the
 * others in n_reanchored.  Quotes are shortened for the message. */
void    _kaynak_load_report_orphan      (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote);
void    _kaynak_load_report_found_again (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote,
                                         guint             start,
                                         guint             end);
void    _kaynak_load_report_moved       (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote,
                                         guint             old_start,
                                         guint             old_end,
                                         guint             start,
                                         guint             end);
void    _kaynak_load_report_edited      (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote,
                                         const char       *new_quote,
                                         guint             start,
                                         guint             end);

G_END_DECLS
