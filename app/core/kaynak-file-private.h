/* kaynak-file-private.h: what the loader shares with the drafts and the
 * serialiser.  The tests' switches are in kaynak-test-hooks.h.
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

G_END_DECLS
