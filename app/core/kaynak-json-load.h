/* kaynak-json-load.h: json-glib's parse, its failures placed by
 * json-glib's own API rather than read out of its message.
 *
 * Every reader of JSON in Kaynak runs the strict guard
 * (kaynak-json-guard.h) first, so json-glib is only given valid JSON and
 * should never fail; if it does all the same, the message must not be
 * json-glib's: that one is translated ("<data>:4:32: Ayrıştırma
 * hatası…" under a Turkish locale), and reading the position back out
 * of it with sscanf() failed there.  The position is taken while
 * json-glib reports the error (JsonParser::error, where
 * json_parser_get_current_line() and _pos() are defined).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* json_parser_load_from_data(); on failure FALSE with KAYNAK_ERROR_SYNTAX
 * "The file is not valid JSON: line L, column C", L counted from
 * @first_line (the line of the file on which @data starts, 1 for a whole
 * file) and C from @first_column when json-glib fails on @data's first
 * line (1 for a whole file or a part that starts a line). */
gboolean kaynak_json_load (JsonParser  *parser,
                           const char  *data,
                           gsize        length,
                           guint        first_line,
                           guint        first_column,
                           GError     **error);

G_END_DECLS
