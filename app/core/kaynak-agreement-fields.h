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

typedef struct
{
  char                      *id;         /* NULL for the verdict */
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
 * order first met; empty when no document has a codebook.
 * (transfer full) of KaynakFieldAgreement */
GPtrArray  *kaynak_agreement_fields_compute (KaynakAgreementFiles *files);

/* "nominal", "interval", "masi", "listed" */
const char *kaynak_field_agreement_method_to_string (KaynakFieldAgreementMethod method);

G_END_DECLS
