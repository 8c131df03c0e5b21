/* kaynak-agreement-fields.h: how far annotators agree on what a codebook
 * adds to their claims and sources: the verdict and each field, compared
 * by the field's type.  `kaynak --compare` prints these beside the span
 * and source figures of kaynak-agreement.h.
 *
 * The rules (one home for them, in the README's "Comparing annotators"):
 *
 *  - Claim fields and the verdict are compared over matched claims: the
 *    units of kaynak_agreement_list_units(), each annotator's value that
 *    of its claim in the unit (an annotator without a claim there, or
 *    whose claim has no value, is a missing value).  Source fields are
 *    compared over the sources of each article, matched by id (the
 *    codebook's ids: kaynak-agreement-files.h).
 *  - By type (kaynak-reliability.h computes the figures):
 *      verdict, yes/no, one choice: Cohen's kappa (two annotators) or
 *        Fleiss' kappa (three or more) and nominal Krippendorff's alpha;
 *      number, date (as its day number): interval alpha;
 *      several choices: MASI-weighted alpha;
 *      text, link: not scored; the units where the values differ are
 *        listed instead.
 *  - Beside the codebook, a claim's attribution (its own, else its
 *    source's kind: kaynak_document_claim_attribution_id(); none when it
 *    has neither) and a source's type (none when not said) are compared
 *    as nominal values, over the same units and the same sources by id.
 *    Each is reported only when some document says it: a claim with its
 *    own attribution, a source with a type; so a comparison of documents
 *    that never say them reads as before.
 *  - The definitions are those of the first document that has the field
 *    (the verdict: any document with a scale); a document whose field of
 *    the same id has another type or target does not count for it.
 *    Values are compared by their ids, never their labels.
 *
 * Linear in the units, claims and sources.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-agreement-files.h"
#include "kaynak-codebook.h"

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_FIELD_AGREEMENT_NOMINAL,   /* kappa and nominal alpha */
  KAYNAK_FIELD_AGREEMENT_INTERVAL,  /* interval alpha */
  KAYNAK_FIELD_AGREEMENT_MASI,      /* MASI-weighted alpha */
  KAYNAK_FIELD_AGREEMENT_LISTED,    /* not scored */
} KaynakFieldAgreementMethod;

/* One unit where a text or link field differs: the article, the claim's
 * quote or the source's id, and each annotator's text (NULL: no value) */
typedef struct
{
  guint   document;
  char   *where;
  char  **values;    /* one per annotator */
} KaynakFieldDifference;

/* What is compared: a codebook's field, or one of Kaynak's own values */
typedef enum
{
  KAYNAK_FIELD_AGREEMENT_OF_FIELD,
  KAYNAK_FIELD_AGREEMENT_OF_VERDICT,
  KAYNAK_FIELD_AGREEMENT_OF_ATTRIBUTION,   /* a claim's attribution */
  KAYNAK_FIELD_AGREEMENT_OF_SOURCE_TYPE,   /* a source's type */
} KaynakFieldAgreementOf;

typedef struct
{
  KaynakFieldAgreementOf     of;
  char                      *id;         /* NULL unless a codebook's field */
  char                      *label;
  KaynakFieldTarget          target;
  KaynakFieldType            type;       /* the verdict: KAYNAK_FIELD_CHOICE */
  KaynakFieldAgreementMethod method;
  guint                      n_units;    /* units with two values or more */
  guint64                    n_values;   /* pairable values */
  KaynakAgreementValue       kappa;      /* nominal only */
  KaynakAgreementValue       alpha;
  GPtrArray                 *differences; /* KaynakFieldDifference, listed only */
} KaynakFieldAgreement;

/* Verdict first (when any document has a scale), then the fields in the
 * order first met, then the attribution and the source type when a
 * document says them; empty when none of these is there.
 * (transfer full) of KaynakFieldAgreement */
GPtrArray  *kaynak_agreement_fields_compute (KaynakAgreementFiles *files);

/* "verdict", "attribution", "source-type", else the field's type's id
 * (kaynak_field_type_to_string()): the "type" scripts read */
const char *kaynak_field_agreement_type_id (const KaynakFieldAgreement *field);

/* "nominal", "interval", "masi", "listed" */
const char *kaynak_field_agreement_method_to_string (KaynakFieldAgreementMethod method);

G_END_DECLS
