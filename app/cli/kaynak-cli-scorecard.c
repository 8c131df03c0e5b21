/* kaynak-cli-scorecard.c: the IMVAIN scorecard in `kaynak --stats` (see
 * kaynak-cli-scorecard.h).  The rows and their words are
 * kaynak-scorecard.c's, as the statistics view and the HTML report show
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-cli-scorecard.h"
#include "kaynak-scorecard.h"

void
kaynak_cli_scorecard_print (KaynakDocument *document)
{
  g_autoptr(KaynakScorecard) card = kaynak_scorecard_new (document);
  g_autoptr(GPtrArray) rows = NULL;

  if (card == NULL)
    return;
  rows = kaynak_scorecard_dup_rows (card);
  /* e.g. "    Claims resting on a single source: 4 of 5 · 80.0 %" */
  g_print ("  %s\n", _("Source evaluation (IMVAIN)"));
  for (guint i = 0; i < rows->len; i++)
    {
      KaynakScorecardRow *row = g_ptr_array_index (rows, i);

      g_print ("    %s: %s", row->label, row->value);
      if (*row->left != '\0')
        g_print (" (%s)", row->left);
      g_print ("\n");
    }
}

void
kaynak_cli_scorecard_build_json (JsonBuilder    *builder,
                                 KaynakDocument *document)
{
  g_autoptr(KaynakScorecard) card = kaynak_scorecard_new (document);
  g_autoptr(GPtrArray) rows = NULL;

  if (card == NULL)
    return;
  rows = kaynak_scorecard_dup_rows (card);
  /* keyed by the rows' stable ids: `jq '.files[0].scorecard.asserts.count'` */
  json_builder_set_member_name (builder, "scorecard");
  json_builder_begin_object (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      KaynakScorecardRow *row = g_ptr_array_index (rows, i);

      json_builder_set_member_name (builder, row->id);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, row->count);
      json_builder_set_member_name (builder, "of");
      json_builder_add_int_value (builder, row->of);
      json_builder_set_member_name (builder, "share_percent");
      if (row->of > 0)
        json_builder_add_double_value (builder, kaynak_scorecard_share (row->count, row->of));
      else
        json_builder_add_null_value (builder);
      if (row->rated)
        {
          json_builder_set_member_name (builder, "not_rated");
          json_builder_add_int_value (builder, row->unrated);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}
