/* kaynak-cli-merge.c: `kaynak --merge BASE OURS THEIRS` (see the header).
 *
 * git runs it as `kaynak --merge %O %A %B` with three temporary files and
 * takes what it leaves in %A; an exit status other than 0 leaves the path
 * conflicted for the user to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-atomic-file.h"
#include "kaynak-cli.h"
#include "kaynak-cli-merge.h"
#include "kaynak-merge.h"

static GBytes *
read_input (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) local = NULL;
  char *contents;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local))
    {
      g_set_error (error, local->domain, local->code, _("Could not read %s: %s"), path, local->message);
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

int
kaynak_cli_merge (char **paths)
{
  g_autoptr(GBytes) base = NULL, ours = NULL, theirs = NULL, merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) target = NULL;

  if ((base = read_input (paths[0], &error)) == NULL ||
      (ours = read_input (paths[1], &error)) == NULL ||
      (theirs = read_input (paths[2], &error)) == NULL)
    {
      g_printerr ("kaynak --merge: %s\n", error->message);
      return KAYNAK_CLI_MERGE_EXIT_INPUT;
    }

  merged = kaynak_merge_files (base, ours, theirs, &conflicts, &error);
  if (merged == NULL)
    {
      g_printerr ("kaynak --merge: %s\n", error->message);
      return KAYNAK_CLI_MERGE_EXIT_INPUT;
    }

  target = g_file_new_for_commandline_arg (paths[1]);
  if (!kaynak_file_write_atomic (target, g_bytes_get_data (merged, NULL), g_bytes_get_size (merged),
                                 NULL, &error))
    {
      g_printerr ("kaynak --merge: %s\n", error->message);
      return KAYNAK_CLI_MERGE_EXIT_INPUT;
    }

  for (guint i = 0; i < conflicts->len; i++)
    g_printerr ("kaynak --merge: %s\n", (const char *) g_ptr_array_index (conflicts, i));
  return conflicts->len > 0 ? 1 : KAYNAK_CLI_EXIT_OK;
}
