/* kaynak-csv.h: one CSV cell, the one way Kaynak writes them (the CSV
 * export and the statistics' "Copy as CSV" alike).
 *
 * RFC 4180: comma separated, CRLF line ends, a field with a comma, a
 * quote or a line break in double quotes with its quotes doubled; also a
 * field that starts or ends with a space, which some spreadsheet programs
 * would otherwise trim.  For spreadsheet programs (@spreadsheet) a single
 * quote goes before a cell that starts with =, +, -, @, a tab or a
 * carriage return, so that it shows as text instead of running as a
 * formula (as OWASP advises).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @value (@length bytes, or -1 for NUL-terminated; NULL is an
 * empty cell) to @out, then "," or, when @last, "\r\n". */
void kaynak_csv_append_field (GString    *out,
                              const char *value,
                              gssize      length,
                              gboolean    spreadsheet,
                              gboolean    last);

G_END_DECLS
