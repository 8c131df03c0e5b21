/* kaynak-suggest.h: rule-based, offline suggestions of claims and their
 * sources, for Turkish and English news (issue 15).
 *
 * The rules are data, not code: data/suggest/<language>.rules
 * (kaynak-suggest-rules.h, docs/SUGGEST.md).  The engine reads the article
 * sentence by sentence (kaynak-sentence.h) and token by token
 * (kaynak-tokenizer.h) and proposes, for each reporting cue it finds, the
 * words the cue governs (the clause, not the sentence), the cue itself and
 * who is named as saying it (kaynak-suggest-names.c).  Time and memory are
 * linear in the article: every scan from a cue is bounded.
 *
 * No GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kaynak-document.h"
#include "kaynak-source-library.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SUGGESTER (kaynak_suggester_get_type ())
G_DECLARE_FINAL_TYPE (KaynakSuggester, kaynak_suggester, KAYNAK, SUGGESTER, GObject)

/* Rules for @language ("tr" or "en"), read from data/suggest/<language>.rules
 * (installed under $datadir/kaynak/suggest, or the folder in
 * $KAYNAK_SUGGEST_DIR, which tests and benchmarks set).  KAYNAK_ERROR_*
 * with a line number when a rules file is malformed. */
KaynakSuggester *kaynak_suggester_new (const char  *language,
                                       GError     **error);

/* The language of the rules, "tr" or "en" */
const char      *kaynak_suggester_get_language (KaynakSuggester *self);

typedef struct {
  guint  start, end;            /* the attributed content (the clause the cue governs), code points */
  guint  cue_start, cue_end;    /* the reporting words ("açıklanmıştı", "said"); equal when none */
  guint  source_start, source_end; /* where the source is named in the text; equal when not found */
  char  *source_label;          /* suggested source as a label ("Beyaz Saray", "Kremlin"), NULL: none */
  char  *source_id;             /* an existing source of the document or library it matched, or NULL */
  int    source_kind;           /* a KaynakSourceKind (silence cue → the silence / no-comment kind) */
  char  *rule;                  /* which rule fired (for debugging and the benchmark's breakdown) */
} KaynakSuggestion;
void kaynak_suggestion_free (KaynakSuggestion *s);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakSuggestion, kaynak_suggestion_free)

/* Suggestions over the article of @document, in document order, never
 * overlapping each other nor an existing claim of the document, and never
 * a range the document remembers as rejected
 * (kaynak_document_is_rejected()); @library may be NULL.  (transfer full) of KaynakSuggestion. */
GPtrArray *kaynak_suggester_suggest (KaynakSuggester     *self,
                                     KaynakDocument      *document,
                                     KaynakSourceLibrary *library);

/* The rules' language for @document: its own language if it is Turkish or
 * English ("tr", "en-GB"…), else the one kaynak_language_detect() finds in
 * its text, else NULL. */
const char *kaynak_suggest_language_for (KaynakDocument *document);

/* Accepts one suggestion (what Enter and 1–9 do in the window): it
 * becomes an ordinary claim with its cue, as one undo step.  Its source is
 * @source_id when given (a source of @document: the user retagged it),
 * else the one kaynak_suggestions_apply() would give it: the document's
 * source it matched, else the source of @library (may be NULL) it matched,
 * copied into the document with its kind and aliases, else one made with
 * its label and added if the document lacks it, else none.  The new claim
 * (transfer none), or NULL with @error when the document refused it (then
 * nothing of it is kept but what the step recorded before the refusal). */
KaynakClaim *kaynak_suggestion_accept (KaynakDocument          *document,
                                       const KaynakSuggestion  *suggestion,
                                       const char              *source_id,
                                       KaynakSourceLibrary     *library,
                                       GError                 **error);

/* What --output does with suggestions: each becomes an ordinary claim of
 * @document, with its source (the existing one it matched, the one of
 * @library it matched, copied in, a source of the document with that
 * name, or a new source made with
 * kaynak_document_make_source() and added) and its cue, all as one undo
 * step; @n_added (may be NULL) says how many claims were added.  FALSE
 * with @error if the document refused one (those before it stay). */
gboolean   kaynak_suggestions_apply (KaynakDocument      *document,
                                     GPtrArray           *suggestions,
                                     KaynakSourceLibrary *library,
                                     guint               *n_added,
                                     GError             **error);

G_END_DECLS
