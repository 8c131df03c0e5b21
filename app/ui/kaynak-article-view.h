/* kaynak-article-view.h: the article, readable and selectable, with every
 * claim highlighted in its source's colour; where claims are made and
 * retagged with the mouse or the keyboard.
 *
 * The view owns no document state: it shows a KaynakDocument and follows its
 * signals.  The selected claim is view state.
 *
 * Signals:
 *  - "claim-selected" (KaynakClaim *claim or NULL): the selected claim
 *    changed (by a click in a highlight, by keyboard navigation, or by
 *    kaynak_article_view_select_claim()).
 *  - "claim-activated" (KaynakClaim *claim): Enter on a selected claim
 *    (the window opens its details).
 *  - "claim-picked" (KaynakClaim *claim or NULL): while picking
 *    (kaynak_article_view_set_picking()), the claim whose highlight was
 *    clicked, or NULL when Escape cancelled; picking has ended.
 *  - "claim-deleted" (KaynakClaim *claim): the user deleted the selected
 *    claim with Delete; the view already removed it from the document (the
 *    window shows an "Undo" toast).
 *
 * Keys handled while the view has focus: 1–9 tag the selection (or retag
 * the selected claim) with the source of that shortcut; Delete removes the
 * selected claim; Enter activates it; Escape clears selection; Alt+Down /
 * Alt+Up select the next / previous claim.  The "Tag as…" popover
 * appears at a mouse selection and on Menu / Shift+F10: it lists the
 * sources (colour, label, shortcut) and has a "New source…" entry that
 * creates a source (the palette colour most unlike those in use, the first
 * free shortcut) and tags the
 * selection with it in one undo step.  In the popover the number keys still
 * tag, and typing a letter starts a new source.
 *
 * Each key names one of the view's actions, in the "article" group (so
 * menus, the shortcuts window and tests can use them too):
 *   article.tag-shortcut (u)   1–9: tag / retag with the source of
 *                              shortcut u
 *   article.tag-source (s)     tag / retag with the source whose id is s
 *   article.delete-claim       Delete: remove the selected claim
 *   article.activate-claim     Enter: emit "claim-activated"
 *   article.clear-selection    Escape: clear the claim and text selection
 *   article.next-claim         Alt+Down
 *   article.previous-claim     Alt+Up
 *   article.show-tag-popover   Menu, Shift+F10
 * delete-claim, activate-claim, clear-selection and show-tag-popover are
 * disabled while there is nothing for them to act on (no selected claim,
 * and for the last two no text selected either); their keys then do what
 * they do in any text view (Menu opens its context menu).
 *
 * Properties: "document" (KaynakDocument, read-write), "selected-claim"
 * (KaynakClaim, read-only; notified with "claim-selected").
 *
 * The text buffer's tags are named, so that tests and other views can find
 * them: "kaynak-source:<source id>" (one per source), "kaynak-no-source",
 * "kaynak-overlap" (characters covered by two claims or more, double
 * underline) and "kaynak-selected" (the selected claim, a deeper shade; the
 * text view also draws a frame around it).  Where claims overlap, the
 * shortest claim's source colour shows.  A claim in several pieces is
 * highlighted, marked and framed on its pieces only, and a click between
 * them is not in it; the selected claim's source and cue words get a solid
 * and a dotted line (kaynak-article-text.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_ARTICLE_VIEW (kaynak_article_view_get_type ())

G_DECLARE_FINAL_TYPE (KaynakArticleView, kaynak_article_view, KAYNAK, ARTICLE_VIEW, GtkWidget)

GtkWidget      *kaynak_article_view_new                 (void);
KaynakDocument *kaynak_article_view_get_document        (KaynakArticleView *self);
void            kaynak_article_view_set_document        (KaynakArticleView *self,
                                                         KaynakDocument    *document);
/* Whether what the view shows has its highlights (the rest of a long
 * article may still be waiting for them: kaynak-highlighter.h) */
gboolean        kaynak_article_view_get_shown_highlighted (KaynakArticleView *self);
/* The GtkTextView inside (tests and accessibility) */
GtkTextView    *kaynak_article_view_get_text_view       (KaynakArticleView *self);

KaynakClaim    *kaynak_article_view_get_selected_claim  (KaynakArticleView *self);
/* Selects @claim (NULL clears), marks it and scrolls it into view */
void            kaynak_article_view_select_claim        (KaynakArticleView *self,
                                                         KaynakClaim       *claim);
/* Selects the next / previous claim in document order from the selected
 * claim or the cursor.  Returns FALSE at the end. */
gboolean        kaynak_article_view_select_next_claim   (KaynakArticleView *self);
gboolean        kaynak_article_view_select_previous_claim (KaynakArticleView *self);

/* The current text selection in code points, trimmed of surrounding white
 * space.  FALSE when nothing (but white space) is selected. */
gboolean        kaynak_article_view_get_selection_range (KaynakArticleView *self,
                                                         guint             *start,
                                                         guint             *end);
/* Selects [start, end) in the text (code points) and scrolls to it */
void            kaynak_article_view_set_selection_range (KaynakArticleView *self,
                                                         guint              start,
                                                         guint              end);

/* Leaves the caret where it is and selects no text (the selected words
 * went to a claim) */
void            kaynak_article_view_clear_text_selection (KaynakArticleView *self);

/* Tags the current selection with @source_id: creates a claim, or retags
 * the claim with exactly that range; with no selection, retags the selected
 * claim.  Returns the claim (transfer none) or NULL with @error set. */
KaynakClaim    *kaynak_article_view_tag_selection       (KaynakArticleView *self,
                                                         const char        *source_id,
                                                         GError           **error);
/* The same for an explicit range */
KaynakClaim    *kaynak_article_view_tag_range           (KaynakArticleView *self,
                                                         guint              start,
                                                         guint              end,
                                                         const char        *source_id,
                                                         GError           **error);
/* Pops up "Tag as…" at the selection (keyboard: Menu, Shift+F10) */
void            kaynak_article_view_show_tag_popover    (KaynakArticleView *self);
/* Closes "Tag as…" if it is open (the selection went to another use,
 * e.g. a cue) */
void            kaynak_article_view_hide_tag_popover    (KaynakArticleView *self);

/* What a click at code point @offset does: selects the innermost
 * (shortest) claim covering it, or clears the selected claim.  Returns the
 * claim now selected (transfer none) or NULL. */
KaynakClaim    *kaynak_article_view_select_claim_at_offset (KaynakArticleView *self,
                                                            guint              offset);

/* While picking, the next click on a highlight picks its claim (the
 * innermost one) instead of selecting it, and Escape cancels; either ends
 * picking with "claim-picked".  The pointer is a crosshair meanwhile. */
void            kaynak_article_view_set_picking         (KaynakArticleView *self,
                                                         gboolean           picking);
gboolean        kaynak_article_view_get_picking         (KaynakArticleView *self);

G_END_DECLS
