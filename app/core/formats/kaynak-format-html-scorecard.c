/* kaynak-format-html-scorecard.c: the IMVAIN scorecard in the HTML report
 * (see kaynak-format-html-scorecard.h).  The rows and their words are
 * kaynak-scorecard.c's, as the statistics view and `kaynak --stats` show
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-format-html-scorecard.h"
#include "kaynak-format-private.h"
#include "kaynak-scorecard.h"

void
kaynak_format_html_append_scorecard (GString        *out,
                                     KaynakDocument *document)
{
  g_autoptr(KaynakScorecard) card = kaynak_scorecard_new (document);
  g_autoptr(GPtrArray) rows = NULL;

  if (card == NULL)
    return;
  rows = kaynak_scorecard_dup_rows (card);
  g_string_append (out, "<h2>");
  kaynak_html_append_escaped (out, _("Source evaluation (IMVAIN)"), -1);
  g_string_append (out, "</h2>\n<table class=\"scorecard\">\n<thead><tr><th scope=\"col\">");
  kaynak_html_append_escaped (out, _("Measure"), -1);
  g_string_append (out, "</th><th scope=\"col\">");
  kaynak_html_append_escaped (out, _("Count"), -1);
  g_string_append (out, "</th><th scope=\"col\">");
  kaynak_html_append_escaped (out, _("Not rated yet"), -1);
  g_string_append (out, "</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < rows->len; i++)
    {
      KaynakScorecardRow *row = g_ptr_array_index (rows, i);

      g_string_append_printf (out, "<tr id=\"scorecard-%s\"><th scope=\"row\">", row->id);
      kaynak_html_append_escaped (out, row->label, -1);
      g_string_append (out, "</th><td>");
      kaynak_html_append_escaped (out, row->value, -1);
      g_string_append (out, "</td><td>");
      if (row->rated)
        g_string_append_printf (out, "%u", row->unrated);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}
