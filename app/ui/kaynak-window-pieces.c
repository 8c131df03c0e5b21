/* kaynak-window-pieces.c: the window's commands for a claim in several
 * pieces and for where its source and cue stand, acting on the claim the
 * details pane shows with the words selected in the article:
 *
 *   win.add-to-claim (Ctrl+J)       the selection becomes a piece of the
 *                                   claim (an interrupted quotation)
 *   win.mark-source-words (Ctrl+U)  the selection is where the claim's
 *                                   source is named
 *   win.mark-cue-words (Ctrl+Shift+K) the selection is where its cue stands
 *
 * Each is one undo step; what the document refuses (a piece overlapping
 * one the claim has) is said in a toast with the document's reason.  The
 * rules (trimming, overlaps) are the document's (kaynak-document.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-window-private.h"

/* The claim and the selection a command acts on; FALSE with a toast that
 * says what to do first when either is missing */
static gboolean
get_target (KaynakWindow  *self,
            const char    *no_selection,
            KaynakClaim  **claim,
            guint         *start,
            guint         *end)
{
  if (self->document == NULL)
    return FALSE;

  *claim = kaynak_claim_pane_get_claim (self->claim_pane);
  if (*claim == NULL)
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("Select a claim first, then the words in the article")));
      return FALSE;
    }
  if (kaynak_claim_get_orphaned (*claim))
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("The claim is not found in the article: attach it first (Ctrl+R)")));
      return FALSE;
    }
  if (!kaynak_article_view_get_selection_range (self->article_view, start, end))
    {
      _kaynak_window_add_toast (self, adw_toast_new (no_selection));
      return FALSE;
    }
  return TRUE;
}

/* The words went to the claim: Tag as… (open after a mouse selection)
 * has nothing left to do, and the selection is spent */
static void
done_with_selection (KaynakWindow *self)
{
  kaynak_article_view_hide_tag_popover (self->article_view);
  kaynak_article_view_clear_text_selection (self->article_view);
}

static void
add_to_claim_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  KaynakWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;
  guint start, end;

  if (!get_target (self, _("Select the words to add to the claim in the article first"),
                   &claim, &start, &end))
    return;

  if (!kaynak_document_add_claim_piece (self->document, kaynak_claim_get_id (claim),
                                        start, end, &error))
    {
      _kaynak_window_add_toast (self, adw_toast_new (error->message));
      return;
    }
  done_with_selection (self);
}

/* The document's setter of a claim's source ranges or cue ranges */
typedef gboolean (*SetClaimRanges) (KaynakDocument    *document,
                                    const char        *id,
                                    const KaynakRange *ranges,
                                    guint              n,
                                    GError           **error);

/* Marking again says where the words are now: the range is replaced */
static void
mark_words (KaynakWindow   *self,
            const char     *hint,
            SetClaimRanges  set_ranges)
{
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;
  KaynakRange range;

  if (!get_target (self, hint, &claim, &range.start, &range.end))
    return;

  if (!set_ranges (self->document, kaynak_claim_get_id (claim), &range, 1, &error))
    {
      _kaynak_window_add_toast (self, adw_toast_new (error->message));
      return;
    }
  done_with_selection (self);
}

static void
mark_source_words_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  mark_words (user_data, _("Select the words that name the claim’s source in the article first"),
              kaynak_document_set_claim_source_ranges);
}

static void
mark_cue_words_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  mark_words (user_data, _("Select the words that report the claim in the article first"),
              kaynak_document_set_claim_cue_ranges);
}

gboolean
_kaynak_window_add_cue_range (KaynakWindow  *self,
                              KaynakClaim   *claim,
                              guint          start,
                              guint          end,
                              GError       **error)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  KaynakRange range = { start, end };
  const KaynakRange *old;
  guint n;

  old = kaynak_claim_get_cue_ranges (claim, &n);
  for (guint i = 0; i < n; i++)
    {
      /* Words marked already (the same, or some of them) stay marked as
       * they are: cue ranges never overlap */
      if (old[i].start < end && start < old[i].end)
        return TRUE;
    }
  g_array_append_vals (ranges, old, n);
  g_array_append_val (ranges, range);
  return kaynak_document_set_claim_cue_ranges (self->document, kaynak_claim_get_id (claim),
                                               (const KaynakRange *) ranges->data, ranges->len,
                                               error);
}

static const GActionEntry pieces_entries[] = {
  { "add-to-claim", add_to_claim_action },
  { "mark-source-words", mark_source_words_action },
  { "mark-cue-words", mark_cue_words_action },
};

void
_kaynak_window_install_pieces_actions (KaynakWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), pieces_entries,
                                   G_N_ELEMENTS (pieces_entries), self);
}
