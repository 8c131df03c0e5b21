/* kaynak-csv.c: one CSV cell (see kaynak-csv.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-csv.h"

/* Whether a spreadsheet would read a cell starting with @c as a formula */
static gboolean
starts_formula (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void
kaynak_csv_append_field (GString    *out,
                         const char *value,
                         gssize      length,
                         gboolean    spreadsheet,
                         gboolean    last)
{
  gsize len;
  gboolean defuse, quote;

  if (value == NULL)
    value = "";
  len = length < 0 ? strlen (value) : (gsize) length;
  defuse = spreadsheet && len > 0 && starts_formula (value[0]);
  quote = len > 0 && (g_ascii_isspace (value[0]) || g_ascii_isspace (value[len - 1]));

  /* Quote what RFC 4180 requires, and leading or trailing spaces, which
   * some spreadsheet programs would otherwise trim. */
  for (gsize i = 0; !quote && i < len; i++)
    quote = value[i] == ',' || value[i] == '"' || value[i] == '\r' || value[i] == '\n';

  if (!quote)
    {
      if (defuse)
        g_string_append_c (out, '\'');
      g_string_append_len (out, value, len);
    }
  else
    {
      const char *run = value;
      const char *end = value + len;

      g_string_append_c (out, '"');
      if (defuse)
        g_string_append_c (out, '\'');
      for (const char *p = value; p < end; p++)
        if (*p == '"')
          {
            /* the quote itself, then once more */
            g_string_append_len (out, run, p - run + 1);
            run = p;
          }
      g_string_append_len (out, run, end - run);
      g_string_append_c (out, '"');
    }
  g_string_append (out, last ? "\r\n" : ",");
}
