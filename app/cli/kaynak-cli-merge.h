/* kaynak-cli-merge.h: `kaynak --merge BASE OURS THEIRS`, the git merge
 * driver (app/core/kaynak-merge.h does the merge).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What git reads from a merge driver: 0 merged cleanly, 1 merged with
 * conflicts recorded in OURS; KAYNAK_CLI_MERGE_EXIT_INPUT when an input
 * cannot be read or merged (OURS is then left as it was) */
#define KAYNAK_CLI_MERGE_EXIT_INPUT 2

/* @paths: exactly BASE, OURS and THEIRS (checked by the caller).  Writes
 * the result over OURS atomically; conflicts are listed on stderr. */
int kaynak_cli_merge (char **paths);

G_END_DECLS
