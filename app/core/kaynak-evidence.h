/* kaynak-evidence.h: what a fact-checker found for a claim: a list of
 * pieces of evidence, each an address, an optional archived copy, a date
 * and a note (docs/FORMAT.md "evidence").
 *
 * A list is a value: made once, never changed, counted, so a claim, its
 * undo copies and a background save's snapshot share it from any thread.
 * A change makes a new list (kaynak_evidence_list_insert() and kin).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most pieces of evidence a claim holds: a fact-check cites a few
 * sources, and a file from anywhere must not make a claim hold millions */
#define KAYNAK_EVIDENCE_MAX_ITEMS 200
/* The longest address, date or note, in bytes (a note is a few lines) */
#define KAYNAK_EVIDENCE_MAX_URL   4096
#define KAYNAK_EVIDENCE_MAX_NOTE  20000

/* One piece of evidence; NULL fields are "" */
typedef struct
{
  const char *url;       /* http or https; required */
  const char *archived;  /* http or https, or "" */
  const char *date;      /* ISO 8601: 2024-11-05 or 2024-11-05T10:00:00Z, or "" */
  const char *note;
} KaynakEvidence;

typedef struct _KaynakEvidenceList KaynakEvidenceList;

/* A list of @n items (copied); NULL when @n is 0, which is "none".  The
 * items are not checked: check them first with kaynak_evidence_check(). */
KaynakEvidenceList *kaynak_evidence_list_new    (const KaynakEvidence     *items,
                                                 guint                     n);
/* Any thread; NULL is fine */
KaynakEvidenceList *kaynak_evidence_list_ref    (KaynakEvidenceList       *list);
void                kaynak_evidence_list_unref  (KaynakEvidenceList       *list);
/* 0 for NULL */
guint               kaynak_evidence_list_get_n  (const KaynakEvidenceList *list);
/* Item @i; its strings live as long as the list */
const KaynakEvidence *kaynak_evidence_list_get  (const KaynakEvidenceList *list,
                                                 guint                     i);
/* NULL-aware, deep */
gboolean            kaynak_evidence_list_equal  (const KaynakEvidenceList *a,
                                                 const KaynakEvidenceList *b);

/* New lists from @list (NULL: empty): with @item inserted at @position
 * (clamped to the end), with item @i replaced, moved to @to, or removed
 * (NULL when nothing is left).  @i and @to must be in the list. */
KaynakEvidenceList *kaynak_evidence_list_insert  (const KaynakEvidenceList *list,
                                                  guint                     position,
                                                  const KaynakEvidence     *item);
KaynakEvidenceList *kaynak_evidence_list_replace (const KaynakEvidenceList *list,
                                                  guint                     i,
                                                  const KaynakEvidence     *item);
KaynakEvidenceList *kaynak_evidence_list_move    (const KaynakEvidenceList *list,
                                                  guint                     i,
                                                  guint                     to);
KaynakEvidenceList *kaynak_evidence_list_remove  (const KaynakEvidenceList *list,
                                                  guint                     i);

/* The one home of the rules, for the window, the file and the imports:
 * an http or https address with a host; a date as ISO 8601 says (a day,
 * or a day and time); lengths within the limits above.  FALSE with a
 * KAYNAK_ERROR_INVALID message that says what is wrong. */
gboolean kaynak_evidence_check_url  (const char *url,
                                     GError    **error);
gboolean kaynak_evidence_check_date (const char *date,
                                     GError    **error);
gboolean kaynak_evidence_check      (const KaynakEvidence *item,
                                     GError              **error);


G_END_DECLS
