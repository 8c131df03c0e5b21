/* kaynak-format-html-scorecard.h: the HTML report's IMVAIN scorecard
 * (kaynak-scorecard.h), a table after the legend of the sources.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document.h"

G_BEGIN_DECLS

/* Appends a heading and a table of @document's scorecard to @out (HTML,
 * everything escaped, headers with their scope); nothing when it does not
 * apply */
void kaynak_format_html_append_scorecard (GString        *out,
                                          KaynakDocument *document);

G_END_DECLS
