/* kaynak-link-popover.h: "Link to…" in the claim details pane: the type
 * of link (confirms, contradicts, repeats, responds to) and the claim it
 * goes to, picked in a searchable list of the document's claims (quote,
 * source, status) or in the article ("Pick in the Article").
 *
 * Signals:
 *  - "claim-chosen" (guint link type, KaynakClaim *claim): a claim of the
 *    list was activated.
 *  - "pick-requested" (guint link type): the user wants to click the claim
 *    in the article instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_LINK_POPOVER (kaynak_link_popover_get_type ())

G_DECLARE_FINAL_TYPE (KaynakLinkPopover, kaynak_link_popover, KAYNAK, LINK_POPOVER, GtkPopover)

/* The claims of @document, but @from (the claim the link starts at) */
void           kaynak_link_popover_set_claims    (KaynakLinkPopover *self,
                                                  KaynakDocument    *document,
                                                  KaynakClaim       *from);
KaynakLinkType kaynak_link_popover_get_link_type (KaynakLinkPopover *self);
/* The claims the list shows now (tests) */
GListModel    *kaynak_link_popover_get_model     (KaynakLinkPopover *self);
void           kaynak_link_popover_set_search    (KaynakLinkPopover *self,
                                                  const char        *text);

G_END_DECLS
