/* kaynak-link.h: a typed link between two claims ("confirms",
 * "contradicts", "repeats", "responds-to").  Read-only; a link is added and
 * removed whole through the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kaynak-enums.h"
#include "kaynak-types.h"
#include "kaynak-unknown.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_LINK (kaynak_link_get_type ())

G_DECLARE_FINAL_TYPE (KaynakLink, kaynak_link, KAYNAK, LINK, GObject)

/* @id NULL makes a random UUID */
KaynakLink     *kaynak_link_new           (const char     *id,
                                           KaynakLinkType  type,
                                           const char     *from_claim_id,
                                           const char     *to_claim_id);
KaynakLink     *kaynak_link_copy          (KaynakLink     *self);
const char     *kaynak_link_get_id        (KaynakLink     *self);
KaynakLinkType  kaynak_link_get_link_type (KaynakLink     *self);
const char     *kaynak_link_get_from      (KaynakLink     *self);
const char     *kaynak_link_get_to        (KaynakLink     *self);

/* The members of its file Kaynak does not know (kaynak-unknown.h), NULL
 * for none; kept through copies and edits, written back on save */
KaynakUnknown *kaynak_link_get_unknown (KaynakLink *self);
void           kaynak_link_set_unknown (KaynakLink *self,
                                        KaynakUnknown *unknown);

G_END_DECLS
