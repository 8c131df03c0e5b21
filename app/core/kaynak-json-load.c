/* kaynak-json-load.c: json-glib's parse with the position of a failure
 * taken from its API (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-json-load.h"

typedef struct
{
  guint line;
  guint column;
} Position;

static void
on_error (JsonParser   *parser,
          const GError *error,
          gpointer      user_data)
{
  Position *position = user_data;

  /* defined only now, while json-glib parses */
  position->line = json_parser_get_current_line (parser);
  position->column = json_parser_get_current_pos (parser);
}

gboolean
kaynak_json_load (JsonParser  *parser,
                  const char  *data,
                  gsize        length,
                  guint        first_line,
                  guint        first_column,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  Position position = { 0, 0 };
  gulong handler;
  gboolean ok;

  handler = g_signal_connect (parser, "error", G_CALLBACK (on_error), &position);
  ok = json_parser_load_from_data (parser, data, length, &local_error);
  g_signal_handler_disconnect (parser, handler);
  if (ok)
    return TRUE;

  if (position.line == 0)
    g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX,
                         _("The file is not valid JSON"));
  else
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX,
                 _("The file is not valid JSON: line %u, column %u"),
                 first_line - 1 + position.line,
                 position.line == 1 ? first_column - 1 + MAX (position.column, 1)
                                    : MAX (position.column, 1));
  return FALSE;
}
