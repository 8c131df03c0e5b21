/* kaynak-agreement.c: agreement between annotators (see the header for
 * the rules).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-agreement.h"
#include "kaynak-reliability.h"
#include "kaynak-span-match.h"

typedef struct
{
  KaynakAgreementSpan span;
  guint               annotator;
} Item;

typedef struct
{
  char    *name;
  guint64  present;      /* annotators with a file for it */
  Item    *items;        /* sorted by start, end, annotator */
  guint    n_items;
  guint   *members;      /* item indices, unit after unit */
  guint   *unit_offset;  /* n_units + 1 offsets into members */
  guint    n_units;
} Document;

struct _KaynakAgreement
{
  guint      n_annotators;
  GPtrArray *sources;    /* char * labels */
  GArray    *documents;  /* Document */
};

KaynakAgreement *
kaynak_agreement_new (guint n_annotators)
{
  KaynakAgreement *self;

  g_return_val_if_fail (n_annotators >= 1 && n_annotators <= KAYNAK_AGREEMENT_MAX_ANNOTATORS, NULL);

  self = g_new0 (KaynakAgreement, 1);
  self->n_annotators = n_annotators;
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->documents = g_array_new (FALSE, TRUE, sizeof (Document));
  return self;
}

void
kaynak_agreement_free (KaynakAgreement *self)
{
  if (self == NULL)
    return;
  for (guint d = 0; d < self->documents->len; d++)
    {
      Document *doc = &g_array_index (self->documents, Document, d);
      g_free (doc->name);
      g_free (doc->items);
      g_free (doc->members);
      g_free (doc->unit_offset);
    }
  g_array_unref (self->documents);
  g_ptr_array_unref (self->sources);
  g_free (self);
}

guint
kaynak_agreement_get_n_annotators (KaynakAgreement *self)
{
  return self->n_annotators;
}

guint
kaynak_agreement_add_source (KaynakAgreement *self,
                             const char      *label)
{
  g_ptr_array_add (self->sources, g_strdup (label != NULL ? label : ""));
  return self->sources->len - 1;
}

guint
kaynak_agreement_get_n_sources (KaynakAgreement *self)
{
  return self->sources->len;
}

const char *
kaynak_agreement_get_source_label (KaynakAgreement *self,
                                   guint            source)
{
  g_return_val_if_fail (source < self->sources->len, NULL);
  return g_ptr_array_index (self->sources, source);
}

guint
kaynak_agreement_get_n_documents (KaynakAgreement *self)
{
  return self->documents->len;
}

const char *
kaynak_agreement_get_document_name (KaynakAgreement *self,
                                    guint            document)
{
  g_return_val_if_fail (document < self->documents->len, NULL);
  return g_array_index (self->documents, Document, document).name;
}

guint
kaynak_agreement_get_document_n_annotators (KaynakAgreement *self,
                                            guint            document)
{
  g_return_val_if_fail (document < self->documents->len, 0);
  return (guint) __builtin_popcountll (g_array_index (self->documents, Document, document).present);
}

gboolean
kaynak_agreement_get_document_has_annotator (KaynakAgreement *self,
                                             guint            document,
                                             guint            annotator)
{
  g_return_val_if_fail (document < self->documents->len, FALSE);
  return annotator < self->n_annotators &&
         (g_array_index (self->documents, Document, document).present >> annotator & 1) != 0;
}

/* --- Units ------------------------------------------------------------------ */

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;

  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  if (x->span.end != y->span.end)
    return x->span.end < y->span.end ? -1 : 1;
  if (x->annotator != y->annotator)
    return x->annotator < y->annotator ? -1 : 1;
  return 0;
}

/* A pair of overlapping spans of different annotators, i < j; its
 * overlap is inter / uni (exact fractions: no floating-point ties) */
typedef struct
{
  guint i, j;
  guint inter, uni;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;
  guint64 lx = (guint64) x->inter * y->uni, ly = (guint64) y->inter * x->uni;

  if (lx != ly)
    return lx > ly ? -1 : 1;   /* higher overlap first */
  if (x->i != y->i)
    return x->i < y->i ? -1 : 1;
  if (x->j != y->j)
    return x->j < y->j ? -1 : 1;
  return 0;
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

/* The overlap rule, the suggestion benchmark's (kaynak-span-match.h):
 * the Jaccard ratio of the two spans at least one half */
#define OVERLAP_THRESHOLD 0.5

static inline gboolean
overlap_matches (const KaynakAgreementSpan *a,
                 const KaynakAgreementSpan *b)
{
  KaynakSpan x = { a->start, a->end }, y = { b->start, b->end };

  return kaynak_span_overlap (x, y) >= OVERLAP_THRESHOLD;
}

static void
document_build_units (Document *doc)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree guint *parent = g_new (guint, doc->n_items + 1);
  g_autofree guint64 *mask = g_new (guint64, doc->n_items + 1);
  g_autofree guint *unit_of_root = g_new (guint, doc->n_items + 1);
  g_autofree guint *fill = NULL;

  for (guint i = 0; i < doc->n_items; i++)
    {
      const Item *a = &doc->items[i];

      parent[i] = i;
      mask[i] = G_GUINT64_CONSTANT (1) << a->annotator;
      /* sorted by start: every later span that starts before a ends
       * overlaps it, so this visits the overlapping pairs only */
      for (guint j = i + 1; j < doc->n_items && doc->items[j].span.start < a->span.end; j++)
        {
          const Item *b = &doc->items[j];
          guint inter, uni;

          if (b->annotator == a->annotator)
            continue;
          if (overlap_matches (&a->span, &b->span))
            {
              /* the same ratio as exact integers, to order the pairs
               * without floating-point ties */
              inter = MIN (a->span.end, b->span.end) - b->span.start;
              uni = MAX (a->span.end, b->span.end) - a->span.start;
              Candidate c = { i, j, inter, uni };
              g_array_append_val (candidates, c);
            }
        }
    }

  g_array_sort (candidates, compare_candidates);
  for (guint k = 0; k < candidates->len; k++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, k);
      guint ri = find_root (parent, c->i), rj = find_root (parent, c->j);

      if (ri == rj || (mask[ri] & mask[rj]) != 0)
        continue;
      /* the earlier span stays the root: units come in order of their
       * first span */
      if (rj < ri)
        {
          guint t = ri;
          ri = rj;
          rj = t;
        }
      parent[rj] = ri;
      mask[ri] |= mask[rj];
    }

  /* number the units by their first span, then list their members */
  doc->n_units = 0;
  for (guint i = 0; i < doc->n_items; i++)
    if (find_root (parent, i) == i)
      unit_of_root[i] = doc->n_units++;
  doc->unit_offset = g_new0 (guint, doc->n_units + 1);
  for (guint i = 0; i < doc->n_items; i++)
    doc->unit_offset[unit_of_root[find_root (parent, i)] + 1]++;
  for (guint u = 0; u < doc->n_units; u++)
    doc->unit_offset[u + 1] += doc->unit_offset[u];
  doc->members = g_new (guint, doc->n_items + 1);
  fill = g_memdup2 (doc->unit_offset, sizeof (guint) * (doc->n_units + 1));
  for (guint i = 0; i < doc->n_items; i++)
    doc->members[fill[unit_of_root[find_root (parent, i)]]++] = i;
}

guint
kaynak_agreement_add_document (KaynakAgreement                    *self,
                               const char                         *name,
                               const KaynakAgreementSpan * const *spans,
                               const guint                        *n_spans)
{
  Document doc = { 0 };
  guint n = 0;

  doc.name = g_strdup (name != NULL ? name : "");
  for (guint a = 0; a < self->n_annotators; a++)
    if (spans[a] != NULL || n_spans[a] > 0)
      {
        doc.present |= G_GUINT64_CONSTANT (1) << a;
        n += n_spans[a];
      }
  doc.items = g_new (Item, n + 1);
  for (guint a = 0; a < self->n_annotators; a++)
    for (guint k = 0; spans[a] != NULL && k < n_spans[a]; k++)
      {
        g_return_val_if_fail (spans[a][k].start < spans[a][k].end, 0);
        doc.items[doc.n_items].span = spans[a][k];
        doc.items[doc.n_items].annotator = a;
        doc.n_items++;
      }
  qsort (doc.items, doc.n_items, sizeof (Item), compare_items);
  document_build_units (&doc);
  g_array_append_val (self->documents, doc);
  return self->documents->len - 1;
}

/* --- Figures ---------------------------------------------------------------- */

/* Which spans a figure looks at: all, or one source against the rest */
#define ALL_SOURCES (G_MAXUINT - 1)

/* A span's category: its source class (no source: the last one), or for
 * one source against the rest 1 (that source) or 0 */
static inline guint
category (KaynakAgreement *self,
          const Item      *item,
          guint            source)
{
  if (source != ALL_SOURCES)
    return item->span.source == source ? 1 : 0;
  return item->span.source == KAYNAK_AGREEMENT_NO_SOURCE ? self->sources->len : item->span.source;
}

static inline guint
pair_index (guint n,
            guint a,
            guint b)
{
  return a * n + b;
}

typedef struct
{
  guint64 n_a, n_b, exact, overlap;
} PairCounts;

static KaynakAgreementValue
defined_value (double value)
{
  KaynakAgreementValue v = { TRUE, value };
  return v;
}

static void
compute (KaynakAgreement        *self,
         guint                   only_document,  /* G_MAXUINT: all */
         guint                   source,         /* ALL_SOURCES or one */
         KaynakAgreementFigures *figures)
{
  guint na = self->n_annotators;
  g_autofree PairCounts *pairs = g_new0 (PairCounts, na * na);
  /* kappa and alpha on the sources: the one home of those figures,
   * which the fields of a codebook use too (kaynak-reliability.h); with
   * one annotator there is nothing to compare */
  g_autoptr(KaynakReliability) reliability =
    na >= 2 ? kaynak_reliability_new (KAYNAK_RELIABILITY_NOMINAL, na) : NULL;
  guint first = only_document != G_MAXUINT ? only_document : 0;
  guint last = only_document != G_MAXUINT ? only_document + 1 : self->documents->len;

  memset (figures, 0, sizeof *figures);

  for (guint d = first; d < last; d++)
    {
      const Document *doc = &g_array_index (self->documents, Document, d);
      guint64 per_annotator[KAYNAK_AGREEMENT_MAX_ANNOTATORS] = { 0 };
      guint n_present = (guint) __builtin_popcountll (doc->present);

      for (guint i = 0; i < doc->n_items; i++)
        if (source == ALL_SOURCES || doc->items[i].span.source == source)
          {
            per_annotator[doc->items[i].annotator]++;
            figures->n_spans++;
          }
      for (guint a = 0; a < na; a++)
        for (guint b = a + 1; b < na; b++)
          if ((doc->present >> a & 1) && (doc->present >> b & 1))
            {
              pairs[pair_index (na, a, b)].n_a += per_annotator[a];
              pairs[pair_index (na, a, b)].n_b += per_annotator[b];
            }

      for (guint u = 0; u < doc->n_units; u++)
        {
          const guint *m = doc->members + doc->unit_offset[u];
          guint size = doc->unit_offset[u + 1] - doc->unit_offset[u];
          gboolean counted = source == ALL_SOURCES;

          /* F1: pairs of members (per source: both gave it) */
          for (guint x = 0; x < size; x++)
            {
              const Item *ix = &doc->items[m[x]];

              if (source != ALL_SOURCES && ix->span.source == source)
                counted = TRUE;
              for (guint y = x + 1; y < size; y++)
                {
                  const Item *iy = &doc->items[m[y]];
                  guint a = MIN (ix->annotator, iy->annotator), b = MAX (ix->annotator, iy->annotator);

                  if (source != ALL_SOURCES && (ix->span.source != source || iy->span.source != source))
                    continue;
                  pairs[pair_index (na, a, b)].overlap++;
                  if (ix->span.start == iy->span.start && ix->span.end == iy->span.end)
                    pairs[pair_index (na, a, b)].exact++;
                }
            }
          if (counted)
            figures->n_units++;

          /* each annotator's source class for the unit, a missing value
           * for those who did not mark it; Fleiss counts the unit when
           * every annotator of the document marked it */
          if (reliability != NULL)
            {
              KaynakReliabilityValue values[KAYNAK_AGREEMENT_MAX_ANNOTATORS] = { { 0 } };

              for (guint x = 0; x < size; x++)
                {
                  KaynakReliabilityValue *value = &values[doc->items[m[x]].annotator];

                  value->present = TRUE;
                  value->category = category (self, &doc->items[m[x]], source);
                }
              kaynak_reliability_add_unit (reliability, values, n_present);
            }
        }
    }

  /* F1: the mean over the pairs where it is defined */
  {
    double exact_sum = 0, overlap_sum = 0;
    guint n_defined = 0;

    for (guint a = 0; a < na; a++)
      for (guint b = a + 1; b < na; b++)
        {
          const PairCounts *p = &pairs[pair_index (na, a, b)];

          if (p->n_a + p->n_b == 0)
            continue;
          exact_sum += 2.0 * p->exact / (double) (p->n_a + p->n_b);
          overlap_sum += 2.0 * p->overlap / (double) (p->n_a + p->n_b);
          n_defined++;
        }
    if (n_defined > 0)
      {
        figures->exact_f1 = defined_value (exact_sum / n_defined);
        figures->overlap_f1 = defined_value (overlap_sum / n_defined);
      }
  }

  if (reliability != NULL)
    {
      figures->kappa = kaynak_reliability_get_kappa (reliability);
      figures->alpha = kaynak_reliability_get_alpha (reliability);
    }
}

void
kaynak_agreement_get_overall (KaynakAgreement        *self,
                              KaynakAgreementFigures *figures)
{
  compute (self, G_MAXUINT, ALL_SOURCES, figures);
}

void
kaynak_agreement_get_document (KaynakAgreement        *self,
                               guint                   document,
                               KaynakAgreementFigures *figures)
{
  g_return_if_fail (document < self->documents->len);
  compute (self, document, ALL_SOURCES, figures);
}

void
kaynak_agreement_get_source (KaynakAgreement        *self,
                             guint                   source,
                             KaynakAgreementFigures *figures)
{
  g_return_if_fail (source < self->sources->len);
  compute (self, G_MAXUINT, source, figures);
}

/* --- Disagreements ---------------------------------------------------------- */

typedef struct
{
  KaynakDisagreement          public;
  const KaynakAgreementSpan  *spans[];
} Disagreement;

/* The units, all of them or only those where something differs */
static GPtrArray *
list_units (KaynakAgreement *self,
            gboolean         all)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < self->documents->len; d++)
    {
      const Document *doc = &g_array_index (self->documents, Document, d);
      guint n_present = (guint) __builtin_popcountll (doc->present);

      for (guint u = 0; u < doc->n_units; u++)
        {
          const guint *m = doc->members + doc->unit_offset[u];
          guint size = doc->unit_offset[u + 1] - doc->unit_offset[u];
          const KaynakAgreementSpan *s0 = &doc->items[m[0]].span;
          KaynakDisagreementKind kinds = 0;
          Disagreement *item;

          if (size < n_present)
            kinds |= KAYNAK_DISAGREEMENT_MISSING_SPAN;
          for (guint x = 1; x < size; x++)
            {
              const KaynakAgreementSpan *s = &doc->items[m[x]].span;

              if (s->start != s0->start || s->end != s0->end)
                kinds |= KAYNAK_DISAGREEMENT_DIFFERENT_SPAN;
              if (s->source != s0->source)
                kinds |= KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE;
              if (s->status != s0->status)
                kinds |= KAYNAK_DISAGREEMENT_DIFFERENT_STATUS;
              /* another source most often means another attribution (its
               * kind): said once, as another source */
              if (s->attribution != s0->attribution && s->source == s0->source)
                kinds |= KAYNAK_DISAGREEMENT_DIFFERENT_ATTRIBUTION;
              if (s->source_type != s0->source_type && s->source == s0->source)
                kinds |= KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE_TYPE;
            }
          if (kinds == 0 && !all)
            continue;

          item = g_malloc0 (sizeof (Disagreement) + sizeof (gpointer) * self->n_annotators);
          item->public.document = d;
          item->public.kinds = kinds;
          item->public.spans = item->spans;
          for (guint x = 0; x < size; x++)
            item->spans[doc->items[m[x]].annotator] = &doc->items[m[x]].span;
          g_ptr_array_add (list, item);
        }
    }
  return list;
}

GPtrArray *
kaynak_agreement_list_disagreements (KaynakAgreement *self)
{
  return list_units (self, FALSE);
}

GPtrArray *
kaynak_agreement_list_units (KaynakAgreement *self)
{
  return list_units (self, TRUE);
}
