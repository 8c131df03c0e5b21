/* main.c: one binary, `kaynak`.  Command-line options that work without a
 * display (--new, --check, --stats, --export, --import, --help, --version)
 * are handled before GTK is touched; anything else starts the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kaynak-cli.h"
#include "kaynak-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KaynakApplication) app = NULL;
  gboolean handled = FALSE;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = kaynak_cli_run (argc, argv, &handled);
  if (handled)
    return status;

  app = kaynak_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
