/* kaynak-cli-export.h: `kaynak --export` and `kaynak --import`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* kaynak --export FORMAT [--output PATH] FILE_OR_FOLDER…
 * Folders are walked for *.kaynak.json.  Dataset formats write one file
 * (stdout without --output or with "-"); per-article formats write into
 * the --output folder.  A broken file is reported and the others go on.
 * Returns a KAYNAK_CLI_EXIT_* status: non-zero if anything failed. */
/* What --export takes besides the format and the files.  A NULL
 * fact-checker field falls back to the window's Preferences. */
typedef struct
{
  gboolean    csv_spreadsheet;
  const char *fact_checker_name;
  const char *fact_checker_url;
  /* "organization" or "person" (checked by the caller), or NULL */
  const char *fact_checker_kind;
  /* brat: "sources" or "attribution" (checked by the caller), or NULL */
  const char *brat_style;
  /* --state: the articles' states to export, as KAYNAK_ARTICLE_STATE_BIT()s
   * (kaynak-article-state.h); 0: every article */
  guint       states;
} KaynakCliExportOptions;

int kaynak_cli_export (const char                   *format,
                       const char                   *output,
                       const KaynakCliExportOptions *options,
                       char                        **paths);

/* kaynak --import FORMAT [--output FOLDER] FILE…
 * One .kaynak.json per article found, into FOLDER (default: beside the
 * input); an existing file is never replaced. */
int kaynak_cli_import (const char  *format,
                       const char  *output,
                       char       **paths);

G_END_DECLS
