/* kaynak-article-state.c: the states of an article's work (see
 * kaynak-article-state.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kaynak-article-state.h"
#include "kaynak-error.h"

static const struct {
  const char *id;
  const char *label;
} states[KAYNAK_N_ARTICLE_STATES] = {
  { "new",         N_("New") },
  { "in-progress", N_("In Progress") },
  { "done",        N_("Done") },
  { "reviewed",    N_("Reviewed") },
};

const char *
kaynak_article_state_to_id (KaynakArticleState state)
{
  g_return_val_if_fail ((guint) state < KAYNAK_N_ARTICLE_STATES, NULL);
  return states[state].id;
}

gboolean
kaynak_article_state_from_id (const char         *id,
                              KaynakArticleState *state)
{
  if (id == NULL)
    return FALSE;
  for (guint i = 0; i < KAYNAK_N_ARTICLE_STATES; i++)
    if (strcmp (states[i].id, id) == 0)
      {
        *state = (KaynakArticleState) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kaynak_article_state_to_label (KaynakArticleState state)
{
  g_return_val_if_fail ((guint) state < KAYNAK_N_ARTICLE_STATES, NULL);
  return g_dgettext (GETTEXT_PACKAGE, states[state].label);
}

const char *
kaynak_article_state_describe (KaynakArticleState state,
                               guint              n_claims)
{
  /* A dataset needs to tell an article read and found without claims
   * from one never opened (doccano's issues #402, #630) */
  if (state == KAYNAK_ARTICLE_STATE_DONE && n_claims == 0)
    return _("Done, No Claims");
  return kaynak_article_state_to_label (state);
}

gboolean
kaynak_article_state_is_finished (KaynakArticleState state)
{
  return state == KAYNAK_ARTICLE_STATE_DONE || state == KAYNAK_ARTICLE_STATE_REVIEWED;
}

gboolean
kaynak_article_states_parse (const char  *list,
                             guint       *result,
                             GError     **error)
{
  g_auto(GStrv) words = NULL;
  guint set = 0;

  g_return_val_if_fail (list != NULL, FALSE);

  words = g_strsplit (list, ",", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      KaynakArticleState state;
      char *word = g_strstrip (words[i]);

      if (*word == '\0')
        continue;
      if (!kaynak_article_state_from_id (word, &state))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("“%s” is not an article state (they are new, in-progress, done and reviewed)"),
                       word);
          return FALSE;
        }
      set |= KAYNAK_ARTICLE_STATE_BIT (state);
    }
  if (set == 0)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("No article state given (they are new, in-progress, done and reviewed)"));
      return FALSE;
    }
  *result = set;
  return TRUE;
}
