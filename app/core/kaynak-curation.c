/* kaynak-curation.c: Keep Mine, Take Theirs, Keep Both (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-agreement-files.h"
#include "kaynak-curation.h"
#include "kaynak-document-attribution.h"
#include "kaynak-error.h"

struct _KaynakCuration
{
  GPtrArray            *documents;   /* KaynakDocument, mine first */
  GPtrArray            *names;       /* char * */
  KaynakAgreementFiles *files;       /* the agreement of now */
  GPtrArray            *units;       /* of files->agreement, every unit */
  GPtrArray            *differences; /* KaynakDisagreement of units, not owned */
};

static KaynakClaim *
claim_at (KaynakCuration *self,
          guint           annotator,
          guint           position)
{
  KaynakDocument *document = g_ptr_array_index (self->documents, annotator);

  return g_list_model_get_item (kaynak_document_get_claims (document), position);
}

static void
clear_lists (KaynakCuration *self)
{
  g_clear_pointer (&self->differences, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->files, kaynak_agreement_files_free);
}

/* A difference only others marked, every range of which mine rejected
 * (Keep Mine: leave it out) */
static gboolean
left_out (KaynakCuration           *self,
          const KaynakDisagreement *d)
{
  KaynakDocument *mine = g_ptr_array_index (self->documents, 0);
  gboolean any = FALSE;

  if (d->spans[0] != NULL)
    return FALSE;
  for (guint a = 1; a < self->documents->len; a++)
    if (d->spans[a] != NULL)
      {
        if (!kaynak_document_is_rejected (mine, d->spans[a]->start, d->spans[a]->end))
          return FALSE;
        any = TRUE;
      }
  return any;
}

/* Builds the agreement of the documents as they are now */
static gboolean
compute (KaynakCuration  *self,
         GError         **error)
{
  KaynakAgreementFiles *files;

  files = kaynak_agreement_files_new_for_documents ((KaynakDocument * const *) self->documents->pdata,
                                                    (const char * const *) self->names->pdata,
                                                    self->documents->len, error);
  if (files == NULL)
    return FALSE;
  clear_lists (self);
  self->files = files;
  self->units = kaynak_agreement_list_units (files->agreement);
  self->differences = g_ptr_array_new ();
  for (guint u = 0; u < self->units->len; u++)
    {
      const KaynakDisagreement *d = g_ptr_array_index (self->units, u);

      if (d->kinds == 0)
        continue;
      /* a claim of mine already curated is settled, whatever differs */
      if (d->spans[0] != NULL)
        {
          g_autoptr(KaynakClaim) claim = claim_at (self, 0, d->spans[0]->claim);

          if (kaynak_claim_get_agreed_by (claim)[0] != NULL)
            continue;
        }
      else if (left_out (self, d))
        continue;
      g_ptr_array_add (self->differences, (gpointer) d);
    }
  return TRUE;
}

KaynakCuration *
kaynak_curation_new (KaynakDocument         *mine,
                     const char             *my_name,
                     KaynakDocument * const *theirs,
                     const char * const     *their_names,
                     guint                   n_theirs,
                     GError                **error)
{
  g_autoptr(KaynakCuration) self = g_new0 (KaynakCuration, 1);

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (mine), NULL);
  g_return_val_if_fail (n_theirs >= 1, NULL);

  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->documents, g_object_ref (mine));
  g_ptr_array_add (self->names, g_strdup (my_name));
  for (guint a = 0; a < n_theirs; a++)
    {
      g_ptr_array_add (self->documents, g_object_ref (theirs[a]));
      g_ptr_array_add (self->names, g_strdup (their_names[a]));
    }
  if (!compute (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
kaynak_curation_free (KaynakCuration *self)
{
  if (self == NULL)
    return;
  clear_lists (self);
  g_ptr_array_unref (self->documents);
  g_ptr_array_unref (self->names);
  g_free (self);
}

guint
kaynak_curation_get_n_annotators (KaynakCuration *self)
{
  return self->documents->len;
}

const char *
kaynak_curation_get_annotator_name (KaynakCuration *self,
                                    guint           annotator)
{
  g_return_val_if_fail (annotator < self->names->len, NULL);
  return g_ptr_array_index (self->names, annotator);
}

void
kaynak_curation_refresh (KaynakCuration *self)
{
  /* mine keeps its article (the text cannot be edited), so this cannot be
   * refused; were it, the old list would stay */
  compute (self, NULL);
}

guint
kaynak_curation_get_n_differences (KaynakCuration *self)
{
  return self->differences->len;
}

const KaynakDisagreement *
kaynak_curation_get_difference (KaynakCuration *self,
                                guint           i)
{
  g_return_val_if_fail (i < self->differences->len, NULL);
  return g_ptr_array_index (self->differences, i);
}

KaynakClaim *
kaynak_curation_dup_claim (KaynakCuration *self,
                           guint           i,
                           guint           annotator)
{
  const KaynakDisagreement *d = kaynak_curation_get_difference (self, i);

  g_return_val_if_fail (annotator < self->documents->len, NULL);
  if (d == NULL || d->spans[annotator] == NULL)
    return NULL;
  return claim_at (self, annotator, d->spans[annotator]->claim);
}

KaynakDocument *
kaynak_curation_get_document (KaynakCuration *self,
                              guint           annotator)
{
  g_return_val_if_fail (annotator < self->documents->len, NULL);
  return g_ptr_array_index (self->documents, annotator);
}

KaynakCurationKind
kaynak_curation_get_kind (KaynakCuration *self,
                          guint           i)
{
  const KaynakDisagreement *d = kaynak_curation_get_difference (self, i);
  gboolean theirs = FALSE;

  g_return_val_if_fail (d != NULL, KAYNAK_CURATION_DIFFER);
  for (guint a = 1; a < self->documents->len && !theirs; a++)
    theirs = d->spans[a] != NULL;
  if (d->spans[0] == NULL)
    return KAYNAK_CURATION_ONLY_THEIRS;
  return theirs ? KAYNAK_CURATION_DIFFER : KAYNAK_CURATION_ONLY_MINE;
}

void
kaynak_curation_get_range (KaynakCuration *self,
                           guint           i,
                           guint          *start,
                           guint          *end)
{
  const KaynakDisagreement *d = kaynak_curation_get_difference (self, i);

  *start = *end = 0;
  g_return_if_fail (d != NULL);
  for (guint a = 0; a < self->documents->len; a++)
    if (d->spans[a] != NULL)
      {
        *start = d->spans[a]->start;
        *end = d->spans[a]->end;
        return;
      }
}

static gboolean
alike (const KaynakAgreementSpan *a,
       const KaynakAgreementSpan *b)
{
  return a->start == b->start && a->end == b->end &&
         a->source == b->source && a->status == b->status &&
         a->attribution == b->attribution && a->source_type == b->source_type;
}

GArray *
kaynak_curation_list_versions (KaynakCuration *self,
                               guint           i)
{
  const KaynakDisagreement *d = kaynak_curation_get_difference (self, i);
  GArray *versions = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (d != NULL, versions);
  for (guint a = 1; a < self->documents->len; a++)
    {
      gboolean seen = FALSE;

      if (d->spans[a] == NULL)
        continue;
      for (guint v = 0; v < versions->len && !seen; v++)
        seen = alike (d->spans[g_array_index (versions, guint, v)], d->spans[a]);
      if (!seen)
        g_array_append_val (versions, a);
    }
  return versions;
}

/* Keep Mine where mine marked nothing: each of their ranges rejected in
 * mine (see the header) */
static gboolean
leave_out (KaynakCuration           *self,
           const KaynakDisagreement *d,
           GError                  **error)
{
  KaynakDocument *mine = g_ptr_array_index (self->documents, 0);

  for (guint a = 1; a < self->documents->len; a++)
    if (d->spans[a] != NULL &&
        !kaynak_document_reject_range (mine, d->spans[a]->start, d->spans[a]->end, error))
      return FALSE;
  return TRUE;
}

/* The names of the annotators of @d whose span is @span's: same range,
 * source and status (NULL-terminated, the strings not owned) */
static const char **
agreeing (KaynakCuration            *self,
          const KaynakDisagreement  *d,
          const KaynakAgreementSpan *span)
{
  const char **names = g_new0 (const char *, self->documents->len + 1);
  guint n = 0;

  for (guint a = 0; a < self->documents->len; a++)
    {
      const KaynakAgreementSpan *s = d->spans[a];

      if (s != NULL && alike (s, span))
        names[n++] = g_ptr_array_index (self->names, a);
    }
  return names;
}

/* Mine's source for their claim's: the one with its id, else the one with
 * its name (the agreement's rule: a source is the same by id or name),
 * else a copy of it added to mine.  NULL: no source. */
static const char *
source_in_mine (KaynakCuration  *self,
                KaynakClaim     *their_claim,
                guint            annotator,
                GError         **error)
{
  KaynakDocument *mine = g_ptr_array_index (self->documents, 0);
  KaynakDocument *theirs = g_ptr_array_index (self->documents, annotator);
  const char *id = kaynak_claim_get_source_id (their_claim);
  KaynakSource *their_source, *found;
  g_autoptr(KaynakSource) made = NULL;

  if (id == NULL || (their_source = kaynak_document_lookup_source (theirs, id)) == NULL)
    return NULL;
  found = kaynak_document_lookup_source (mine, id);
  if (found != NULL)
    return kaynak_source_get_id (found);
  found = kaynak_document_find_source_by_name (mine, kaynak_source_get_label (their_source), NULL);
  if (found != NULL)
    return kaynak_source_get_id (found);

  made = kaynak_document_make_source (mine, kaynak_source_get_label (their_source),
                                      kaynak_source_get_kind (their_source));
  if (!kaynak_document_add_source (mine, made, error))
    return NULL;
  return kaynak_source_get_id (made);
}

/* Mine's claim @id attributed as their claim is (its own attribution,
 * else its source's kind): nothing when it already is; else their
 * attribution becomes mine's own (or mine's own goes, when theirs has
 * none) */
static gboolean
take_attribution (KaynakCuration  *self,
                  guint            annotator,
                  KaynakClaim     *their_claim,
                  const char      *id,
                  GError         **error)
{
  KaynakDocument *mine = g_ptr_array_index (self->documents, 0);
  KaynakDocument *theirs = g_ptr_array_index (self->documents, annotator);
  KaynakClaim *my_claim = kaynak_document_lookup_claim (mine, id);
  gboolean they_say = kaynak_document_claim_attribution_id (theirs, their_claim) != NULL;
  KaynakSourceKind kind = kaynak_document_claim_attribution (theirs, their_claim);

  if (my_claim == NULL)
    return TRUE;
  if (they_say == (kaynak_document_claim_attribution_id (mine, my_claim) != NULL) &&
      (!they_say || kind == kaynak_document_claim_attribution (mine, my_claim)))
    return TRUE;
  return kaynak_document_set_claim_attribution (mine, id, they_say, kind, error);
}

/* The source of mine's claim @id said to be of the type their claim's
 * source is (UNSET too): nothing when it already is, or when either claim
 * has no source */
static gboolean
take_source_type (KaynakCuration  *self,
                  guint            annotator,
                  KaynakClaim     *their_claim,
                  const char      *id,
                  GError         **error)
{
  KaynakDocument *mine = g_ptr_array_index (self->documents, 0);
  KaynakDocument *theirs = g_ptr_array_index (self->documents, annotator);
  KaynakClaim *my_claim = kaynak_document_lookup_claim (mine, id);
  const char *my_source_id = my_claim != NULL ? kaynak_claim_get_source_id (my_claim) : NULL;
  const char *their_source_id = kaynak_claim_get_source_id (their_claim);
  KaynakSource *my_source = my_source_id != NULL ? kaynak_document_lookup_source (mine, my_source_id) : NULL;
  KaynakSource *their_source = their_source_id != NULL ? kaynak_document_lookup_source (theirs, their_source_id)
                                                       : NULL;

  if (my_source == NULL || their_source == NULL ||
      kaynak_source_get_source_type (my_source) == kaynak_source_get_source_type (their_source))
    return TRUE;
  return kaynak_document_set_source_type (mine, my_source_id, kaynak_source_get_source_type (their_source),
                                          error);
}

/* Their claim added to mine, or mine made like it */
static gboolean
take (KaynakCuration            *self,
      const KaynakDisagreement  *d,
      guint                      annotator,
      KaynakClaim               *into,
      GError                   **error)
{
  KaynakDocument *mine = g_ptr_array_index (self->documents, 0);
  const KaynakAgreementSpan *span = d->spans[annotator];
  g_autoptr(KaynakClaim) theirs = claim_at (self, annotator, span->claim);
  g_autofree const char **agreed = agreeing (self, d, span);
  g_autofree char *id = NULL;
  GError *local = NULL;
  const char *source_id = source_in_mine (self, theirs, annotator, &local);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (into != NULL)
    {
      id = g_strdup (kaynak_claim_get_id (into));
      if (!kaynak_document_set_claim_range (mine, id, span->start, span->end, error) ||
          !kaynak_document_set_claim_source (mine, id, source_id, error))
        return FALSE;
    }
  else
    {
      KaynakClaim *made = kaynak_document_create_claim (mine, span->start, span->end,
                                                        source_id, error);
      if (made == NULL)
        return FALSE;
      id = g_strdup (kaynak_claim_get_id (made));
    }
  return kaynak_document_set_claim_status (mine, id, kaynak_claim_get_status (theirs), error) &&
         take_attribution (self, annotator, theirs, id, error) &&
         take_source_type (self, annotator, theirs, id, error) &&
         kaynak_document_set_claim_agreed_by (mine, id, agreed, error);
}

gboolean
kaynak_curation_resolve (KaynakCuration        *self,
                         guint                  i,
                         KaynakCurationChoice   choice,
                         guint                  annotator,
                         GError               **error)
{
  KaynakDocument *mine;
  const KaynakDisagreement *d;
  g_autoptr(KaynakClaim) my_claim = NULL;
  gboolean ok;

  g_return_val_if_fail (i < self->differences->len, FALSE);
  mine = g_ptr_array_index (self->documents, 0);
  d = g_ptr_array_index (self->differences, i);

  if (choice != KAYNAK_CURATION_KEEP_MINE &&
      (annotator == 0 || annotator >= self->documents->len || d->spans[annotator] == NULL))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s did not mark this claim: there is nothing of theirs to take"),
                   annotator > 0 && annotator < self->names->len
                   ? (const char *) g_ptr_array_index (self->names, annotator) : "?");
      return FALSE;
    }
  if (choice == KAYNAK_CURATION_KEEP_BOTH && d->spans[0] == NULL)
    choice = KAYNAK_CURATION_TAKE_THEIRS;  /* nothing of mine to keep beside it */

  if (d->spans[0] != NULL)
    my_claim = claim_at (self, 0, d->spans[0]->claim);

  kaynak_document_begin_group (mine);
  switch (choice)
    {
    case KAYNAK_CURATION_KEEP_MINE:
      if (my_claim == NULL)
        {
          ok = leave_out (self, d, error);
          break;
        }
      {
        g_autofree const char **agreed = agreeing (self, d, d->spans[0]);
        ok = kaynak_document_set_claim_agreed_by (mine, kaynak_claim_get_id (my_claim),
                                                  agreed, error);
      }
      break;
    case KAYNAK_CURATION_TAKE_THEIRS:
      ok = take (self, d, annotator, my_claim, error);
      break;
    case KAYNAK_CURATION_KEEP_BOTH:
    default:
      {
        g_autofree const char **agreed = agreeing (self, d, d->spans[0]);
        ok = kaynak_document_set_claim_agreed_by (mine, kaynak_claim_get_id (my_claim),
                                                  agreed, error) &&
             take (self, d, annotator, NULL, error);
      }
      break;
    }
  /* a half-made step is not left behind (and an earlier one is not undone
   * when this one recorded nothing) */
  if (kaynak_document_end_group (mine) && !ok)
    kaynak_document_undo (mine);

  kaynak_curation_refresh (self);
  return ok;
}

gboolean
kaynak_curation_record_agreements (KaynakCuration *self)
{
  KaynakDocument *mine = g_ptr_array_index (self->documents, 0);
  gboolean any = FALSE;

  kaynak_document_begin_group (mine);
  for (guint u = 0; u < self->units->len; u++)
    {
      const KaynakDisagreement *d = g_ptr_array_index (self->units, u);
      g_autoptr(KaynakClaim) claim = NULL;
      g_autofree const char **agreed = NULL;

      if (d->kinds != 0 || d->spans[0] == NULL)
        continue;
      claim = claim_at (self, 0, d->spans[0]->claim);
      /* a claim already curated keeps its record: one taken from theirs
       * agrees with theirs now, but only they marked it so */
      if (kaynak_claim_get_agreed_by (claim)[0] != NULL)
        continue;
      agreed = agreeing (self, d, d->spans[0]);
      any |= kaynak_document_set_claim_agreed_by (mine, kaynak_claim_get_id (claim), agreed, NULL);
    }
  kaynak_document_end_group (mine);
  kaynak_curation_refresh (self);
  return any;
}
