/* kaynak-headless.c: a `kaynak` without the window, for the command-line
 * tests.  It links only core and the headless commands, so the tests prove
 * those never need GTK or a display.  Not installed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kaynak-cli.h"

int
main (int   argc,
      char *argv[])
{
  gboolean handled = FALSE;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("kaynak");

  status = kaynak_cli_run (argc, argv, &handled);
  if (handled)
    return status;

  g_printerr ("kaynak: %s\n",
              _("This build has no window; use --new, --check, --stats, --export or --import"));
  return KAYNAK_CLI_EXIT_USAGE;
}
