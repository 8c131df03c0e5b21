/* kaynak-cli-compare-fields.h: the codebook's part of `kaynak --compare`:
 * agreement on the verdict and each field (app/core/kaynak-agreement-fields.h)
 * as a report section, a JSON member and CSV rows.  Each writes nothing
 * when no compared document has a codebook, so that those outputs stay as
 * they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kaynak-agreement-fields.h"

G_BEGIN_DECLS

/* "\nPer field:\n  Verdict (nominal): values: 8, units: 4; Cohen's kappa …" */
void kaynak_cli_compare_fields_text (GString              *out,
                                     KaynakAgreementFiles *files,
                                     GPtrArray            *fields);
/* "fields": [{"id","label","type","target","method","units","values",
 * "kappa","kappa_kind","alpha"[,"differences"]}…] */
void kaynak_cli_compare_fields_json (JsonBuilder          *builder,
                                     KaynakAgreementFiles *files,
                                     GPtrArray            *fields);
/* rows "field,<label>,annotators,values,units,,,kappa,kappa_kind,alpha"
 * of the report's columns (text and link fields have none) */
void kaynak_cli_compare_fields_csv  (GString              *out,
                                     KaynakAgreementFiles *files,
                                     GPtrArray            *fields);

G_END_DECLS
