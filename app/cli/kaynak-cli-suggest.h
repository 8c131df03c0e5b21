/* kaynak-cli-suggest.h: `kaynak --suggest`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* kaynak --suggest ARTICLE.txt|FILE.kaynak.json [--output FILE.kaynak.json]
 * [--force] [--json]
 * Without @output: the suggestions as a readable list on stdout, or as
 * JSON with @as_json.  With @output: a Kaynak file holding the article,
 * what @path had already, and each suggestion as an ordinary claim with
 * its source and cue (an existing @output only with @force).  Returns a
 * KAYNAK_CLI_EXIT_* status. */
int kaynak_cli_suggest (const char *path,
                        const char *output,
                        gboolean    force,
                        gboolean    as_json);

G_END_DECLS
