/* kaynak-cli-compare.h: `kaynak --compare`, annotators' agreement
 * (app/core/kaynak-agreement.h) printed as a report, JSON or CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_CLI_COMPARE_TEXT,
  KAYNAK_CLI_COMPARE_JSON,
  KAYNAK_CLI_COMPARE_CSV,
} KaynakCliCompareOutput;

/* @paths: two or more files of one article, or two or more folders.
 * Returns an exit status (kaynak-cli.h). */
int kaynak_cli_compare (char                  **paths,
                        KaynakCliCompareOutput  output);

G_END_DECLS
