/* kaynak-article-state.h: how far the work on an article has got (issue
 * 18, "A folder's progress"): new, in progress, done, reviewed.
 *
 * The one home of the vocabulary that the file ("state" at the top of a
 * .kaynak.json, docs/FORMAT.md), the window's header, the folder list and
 * the command line (--stats, --state) share.  "Done, no claims" is not a
 * state of its own: it is done with zero claims, and only its label says
 * so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_ARTICLE_STATE_NEW,
  KAYNAK_ARTICLE_STATE_IN_PROGRESS,
  KAYNAK_ARTICLE_STATE_DONE,
  KAYNAK_ARTICLE_STATE_REVIEWED,
} KaynakArticleState;
#define KAYNAK_N_ARTICLE_STATES 4

/* A set of states, one bit per state: what --state done,reviewed means */
#define KAYNAK_ARTICLE_STATE_BIT(state) (1u << (state))
#define KAYNAK_ARTICLE_STATES_ALL ((1u << KAYNAK_N_ARTICLE_STATES) - 1)

/* "new", "in-progress", "done", "reviewed": what files store and the
 * command line takes, never translated */
const char *kaynak_article_state_to_id    (KaynakArticleState  state);
/* FALSE for an unknown id, leaving @state alone */
gboolean    kaynak_article_state_from_id  (const char         *id,
                                           KaynakArticleState *state);
/* Translated: "New", "In Progress", "Done", "Reviewed" */
const char *kaynak_article_state_to_label (KaynakArticleState  state);
/* The label a person reads for an article in @state with @n_claims
 * claims: "Done, No Claims" for done with none, else the state's label */
const char *kaynak_article_state_describe (KaynakArticleState  state,
                                           guint               n_claims);
/* Done or reviewed: what "Next Unfinished" skips and "212 of 300 done"
 * counts */
gboolean    kaynak_article_state_is_finished (KaynakArticleState state);

/* The states of a comma-separated list of ids ("done,reviewed") as a set
 * of KAYNAK_ARTICLE_STATE_BIT()s; KAYNAK_ERROR_INVALID naming the word
 * and the states there are for an unknown id or an empty list. */
gboolean    kaynak_article_states_parse   (const char         *list,
                                           guint              *states,
                                           GError            **error);

G_END_DECLS
