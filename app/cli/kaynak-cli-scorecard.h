/* kaynak-cli-scorecard.h: the IMVAIN scorecard (kaynak-scorecard.h) in
 * `kaynak --stats`, after each file's counts, as text or as JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

/* Prints @document's scorecard under its counts, nothing when it does not
 * apply */
void kaynak_cli_scorecard_print      (KaynakDocument *document);
/* Adds the member "scorecard" to the object @builder is in, nothing when
 * it does not apply */
void kaynak_cli_scorecard_build_json (JsonBuilder    *builder,
                                      KaynakDocument *document);

G_END_DECLS
