/* kaynak-document-evidence.c: undoable edits of a claim's checkable
 * sentence and evidence (kaynak-document-evidence.h).  Each edits a copy
 * of the claim and hands it to _kaynak_document_do_change_claim(), which
 * records the step, as the note's edits do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-document-evidence.h"
#include "kaynak-document-impl.h"
#include "kaynak-error.h"
#include "kaynak-history.h"

static void
apply (KaynakDocument *self,
       KaynakClaim    *claim,
       KaynakClaim    *state,
       const char     *merge_key)
{
  kaynak_document_begin_group (self);
  if (merge_key != NULL)
    kaynak_history_set_merge_key (self->history, merge_key);
  _kaynak_document_do_change_claim (self, claim, state);
  kaynak_document_end_group (self);
}

char *
kaynak_checkable_normalize (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  for (char *c = copy; *c != '\0'; c++)
    if (*c == '\n' || *c == '\r' || *c == '\t')
      *c = ' ';
  return g_strstrip (copy);
}

static gboolean
change_checkable (KaynakDocument  *self,
                  const char      *id,
                  const char      *checkable,
                  const char      *merge_key,
                  GError         **error)
{
  g_autofree char *text = NULL;
  g_autoptr(KaynakClaim) state = NULL;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;
  text = kaynak_checkable_normalize (checkable);
  if (strlen (text) > KAYNAK_CHECKABLE_MAX_LENGTH)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The checkable claim is longer than %u characters: it is meant to be one sentence."),
                   KAYNAK_CHECKABLE_MAX_LENGTH);
      return FALSE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The checkable claim is not valid UTF-8."));
      return FALSE;
    }
  state = kaynak_claim_copy (claim);
  kaynak_claim_set_checkable (state, text);
  apply (self, claim, state, merge_key);
  return TRUE;
}

gboolean
kaynak_document_set_claim_checkable (KaynakDocument  *self,
                                     const char      *id,
                                     const char      *checkable,
                                     GError         **error)
{
  return change_checkable (self, id, checkable, NULL, error);
}

gboolean
kaynak_document_type_claim_checkable (KaynakDocument  *self,
                                      const char      *id,
                                      const char      *checkable,
                                      guint            spell,
                                      GError         **error)
{
  /* The history merges steps of one key that follow each other */
  g_autofree char *key = g_strdup_printf ("checkable %u %s", spell, id ? id : "");

  return change_checkable (self, id, checkable, key, error);
}

/* The claim @id, and its evidence list, when @i (unless G_MAXUINT) is in it */
static KaynakClaim *
find_evidence (KaynakDocument  *self,
               const char      *id,
               guint            i,
               GError         **error)
{
  KaynakClaim *claim;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return NULL;
  n = kaynak_evidence_list_get_n (kaynak_claim_get_evidence (claim));
  if (i != G_MAXUINT && i >= n)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("The claim has no evidence number %u."), i + 1);
      return NULL;
    }
  return claim;
}

static void
apply_list (KaynakDocument     *self,
            KaynakClaim        *claim,
            KaynakEvidenceList *list)
{
  g_autoptr(KaynakClaim) state = kaynak_claim_copy (claim);

  kaynak_claim_set_evidence (state, list);
  kaynak_evidence_list_unref (list);
  apply (self, claim, state, NULL);
}

gboolean
kaynak_document_add_claim_evidence (KaynakDocument        *self,
                                    const char            *id,
                                    guint                  position,
                                    const KaynakEvidence  *item,
                                    GError               **error)
{
  KaynakClaim *claim;
  const KaynakEvidenceList *list;

  if (!(claim = find_evidence (self, id, G_MAXUINT, error)) ||
      !kaynak_evidence_check (item, error))
    return FALSE;
  list = kaynak_claim_get_evidence (claim);
  if (kaynak_evidence_list_get_n (list) >= KAYNAK_EVIDENCE_MAX_ITEMS)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("A claim holds at most %u pieces of evidence."), KAYNAK_EVIDENCE_MAX_ITEMS);
      return FALSE;
    }
  apply_list (self, claim, kaynak_evidence_list_insert (list, position, item));
  return TRUE;
}

gboolean
kaynak_document_replace_claim_evidence (KaynakDocument        *self,
                                        const char            *id,
                                        guint                  i,
                                        const KaynakEvidence  *item,
                                        GError               **error)
{
  KaynakClaim *claim;

  if (!(claim = find_evidence (self, id, i, error)) ||
      !kaynak_evidence_check (item, error))
    return FALSE;
  apply_list (self, claim, kaynak_evidence_list_replace (kaynak_claim_get_evidence (claim), i, item));
  return TRUE;
}

gboolean
kaynak_document_move_claim_evidence (KaynakDocument  *self,
                                     const char      *id,
                                     guint            i,
                                     guint            to,
                                     GError         **error)
{
  KaynakClaim *claim;

  if (!(claim = find_evidence (self, id, i, error)) ||
      !find_evidence (self, id, to, error))
    return FALSE;
  if (i == to)
    return TRUE;
  apply_list (self, claim, kaynak_evidence_list_move (kaynak_claim_get_evidence (claim), i, to));
  return TRUE;
}

gboolean
kaynak_document_remove_claim_evidence (KaynakDocument  *self,
                                       const char      *id,
                                       guint            i,
                                       GError         **error)
{
  KaynakClaim *claim;

  if (!(claim = find_evidence (self, id, i, error)))
    return FALSE;
  apply_list (self, claim, kaynak_evidence_list_remove (kaynak_claim_get_evidence (claim), i));
  return TRUE;
}
