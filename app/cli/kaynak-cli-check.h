/* kaynak-cli-check.h: `kaynak --check` and `kaynak --stats`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* kaynak --check FILE… [--verbose]
 * Loads each of @files (at least one) and prints one "FILE: message" line
 * per problem, and "FILE: ok" for a good file with @verbose.  Returns a
 * KAYNAK_CLI_EXIT_* status: non-zero if any file has a problem. */
int kaynak_cli_check (char     **files,
                      gboolean   verbose);

/* kaynak --stats FILE… [--json]
 * Counts claims per source and per status in each of @files (at least
 * one) and, for several, in all of them; as one JSON object with
 * @as_json.  A file that cannot be read is reported and the others go
 * on.  Returns a KAYNAK_CLI_EXIT_* status: non-zero if any failed. */
int kaynak_cli_stats (char     **files,
                      gboolean   as_json);

G_END_DECLS
