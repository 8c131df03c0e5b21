/* kaynak-parse-bench.c: the yardstick of `kaynak --check`, as a whole
 * process: read FILE, hand its bytes to json_parser_load_from_data() and
 * exit, without freeing the tree (the process ends; that is what the
 * bare parse costs).  kaynak-bench runs it beside `kaynak --check FILE`
 * and compares the CPU time of the two processes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <stdio.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  JsonParser *parser;
  char *data = NULL;
  gsize length = 0;

  if (argc != 2)
    {
      fprintf (stderr, "usage: kaynak-parse-bench FILE\n");
      return 2;
    }

  if (!g_file_get_contents (argv[1], &data, &length, &error))
    {
      fprintf (stderr, "kaynak-parse-bench: %s\n", error->message);
      return 1;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &error))
    {
      fprintf (stderr, "kaynak-parse-bench: %s\n", error->message);
      return 1;
    }

  /* Not freed on purpose: the process exits, as the yardstick of a
   * command that exits. */
  return 0;
}
