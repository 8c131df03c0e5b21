/* kaynak-enums.h: the fixed vocabularies of the model.  Each value has a
 * stable id (what the file stores, never translated) and a translatable
 * label (what the user sees).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_CLAIM_STATUS_UNVERIFIED,
  KAYNAK_CLAIM_STATUS_SUPPORTED,
  KAYNAK_CLAIM_STATUS_REFUTED,
  KAYNAK_CLAIM_STATUS_MISLEADING,
  KAYNAK_CLAIM_STATUS_UNVERIFIABLE,
} KaynakClaimStatus;
#define KAYNAK_N_CLAIM_STATUSES 5

typedef enum
{
  KAYNAK_SOURCE_KIND_NAMED,
  KAYNAK_SOURCE_KIND_ANONYMOUS,
  KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT,
  KAYNAK_SOURCE_KIND_NO_COMMENT,
  KAYNAK_SOURCE_KIND_UNATTRIBUTED,
} KaynakSourceKind;
#define KAYNAK_N_SOURCE_KINDS 5

typedef enum
{
  KAYNAK_LINK_TYPE_CONFIRMS,
  KAYNAK_LINK_TYPE_CONTRADICTS,
  KAYNAK_LINK_TYPE_REPEATS,
  KAYNAK_LINK_TYPE_RESPONDS_TO,
} KaynakLinkType;
#define KAYNAK_N_LINK_TYPES 4

/* What a source is (issue 19), optional: UNSET when the file does not say.
 * ClaimReview types its author from it (kaynak-json-ld.c). */
typedef enum
{
  KAYNAK_SOURCE_TYPE_UNSET,
  KAYNAK_SOURCE_TYPE_PERSON,
  KAYNAK_SOURCE_TYPE_ORGANIZATION,
  KAYNAK_SOURCE_TYPE_GOVERNMENT,
  KAYNAK_SOURCE_TYPE_GROUP,
  KAYNAK_SOURCE_TYPE_DOCUMENT,
} KaynakSourceType;
#define KAYNAK_N_SOURCE_TYPES 6

#define KAYNAK_TYPE_CLAIM_STATUS (kaynak_claim_status_get_type ())
#define KAYNAK_TYPE_SOURCE_KIND  (kaynak_source_kind_get_type ())
#define KAYNAK_TYPE_LINK_TYPE    (kaynak_link_type_get_type ())
#define KAYNAK_TYPE_SOURCE_TYPE  (kaynak_source_type_get_type ())

GType        kaynak_claim_status_get_type  (void) G_GNUC_CONST;
GType        kaynak_source_kind_get_type   (void) G_GNUC_CONST;
GType        kaynak_link_type_get_type     (void) G_GNUC_CONST;
GType        kaynak_source_type_get_type   (void) G_GNUC_CONST;

/* "unverified", "supported", ... ; never NULL for a valid value */
const char  *kaynak_claim_status_to_id     (KaynakClaimStatus  status);
/* Returns FALSE for an unknown id and leaves @status alone. */
gboolean     kaynak_claim_status_from_id   (const char        *id,
                                            KaynakClaimStatus *status);
/* Translated label, e.g. "Supported" / "Doğrulandı" */
const char  *kaynak_claim_status_to_label  (KaynakClaimStatus  status);

/* "named", "anonymous", "official-statement", "no-comment", "unattributed" */
const char  *kaynak_source_kind_to_id      (KaynakSourceKind   kind);
gboolean     kaynak_source_kind_from_id    (const char        *id,
                                            KaynakSourceKind  *kind);
const char  *kaynak_source_kind_to_label   (KaynakSourceKind   kind);

/* "confirms", "contradicts", "repeats", "responds-to" */
const char  *kaynak_link_type_to_id        (KaynakLinkType     type);
gboolean     kaynak_link_type_from_id      (const char        *id,
                                            KaynakLinkType    *type);
const char  *kaynak_link_type_to_label     (KaynakLinkType     type);
/* The same link read from the claim it points to: "Confirmed by" */
const char  *kaynak_link_type_to_inverse_label (KaynakLinkType  type);

/* "", "person", "organization", "government", "group", "document": UNSET's
 * id is "" (never written; from_id() refuses it, so a file cannot say it) */
const char  *kaynak_source_type_to_id      (KaynakSourceType   type);
gboolean     kaynak_source_type_from_id    (const char        *id,
                                            KaynakSourceType  *type);
/* "Not set", "Person", … */
const char  *kaynak_source_type_to_label   (KaynakSourceType   type);

G_END_DECLS
