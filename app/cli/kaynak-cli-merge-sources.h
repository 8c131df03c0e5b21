/* kaynak-cli-merge-sources.h: `kaynak --merge-sources KEEP OTHER… FILE`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @args: KEEP, one or more OTHERs, and last the .kaynak.json FILE
 * (sources named by id or by a name, label or alias).  Returns the exit
 * status (kaynak-cli.h). */
int kaynak_cli_merge_sources (char **args);

G_END_DECLS
