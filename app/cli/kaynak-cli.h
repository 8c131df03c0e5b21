/* kaynak-cli.h: the headless part of the `kaynak` command line.
 *
 * main() calls kaynak_cli_run() before anything touches GTK.  When the
 * arguments name one of the headless commands (--new, --check, --stats,
 * --export, --import, --help, --version) it runs it without a display and
 * returns the exit status; otherwise it sets *handled to FALSE and leaves
 * argv alone, so the window starts with the same arguments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the headless commands */
#define KAYNAK_CLI_EXIT_OK       0
/* a file has a problem, or a command failed */
#define KAYNAK_CLI_EXIT_FAILED   1
/* the command line itself is wrong */
#define KAYNAK_CLI_EXIT_USAGE    2

int kaynak_cli_run (int        argc,
                    char     **argv,
                    gboolean  *handled);

G_END_DECLS
