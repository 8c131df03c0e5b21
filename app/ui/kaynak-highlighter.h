/* kaynak-highlighter.h: the highlights of one document's claims in a
 * GtkTextBuffer, kept up to date as the document changes (as a
 * GtkSourceSearchContext keeps its matches highlighted in its buffer).
 *
 * The highlighter creates its tags in the buffer and owns them: one per
 * source, named "kaynak-source:<source id>", and three state tags,
 * "kaynak-no-source" (a claim without a source, grey), "kaynak-overlap"
 * (characters two claims or more cover, double underline) and
 * "kaynak-selected" (the selected claim, a deeper shade of its colour),
 * never one tag per claim: a buffer with 100,000 tags would make every
 * layout pass crawl.  Where claims overlap, the colour of the innermost
 * (shortest) claim shows.  Colours are translucent and tuned for the light
 * or the dark style ("dark").
 *
 * Which tag covers a character is a function of the claims covering it,
 * so each change of the document recomputes the coverage of just the range
 * it touched, merging runs so that each costs one tag application.
 *
 * A claim in several pieces (an interrupted quotation) is highlighted on
 * its pieces only, never on the words between them.
 *
 * The selected claim also gets a frame in its full colour around each of
 * its pieces, which the text view draws (kaynak-article-text.h), and the
 * words where its source is named and its cue stands are marked; the
 * highlighter says where and in which colour with "frame-changed",
 * kaynak_highlighter_get_frames() and the _marks() getters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_HIGHLIGHTER (kaynak_highlighter_get_type ())

G_DECLARE_FINAL_TYPE (KaynakHighlighter, kaynak_highlighter, KAYNAK, HIGHLIGHTER, GObject)

/* Creates the tags in @buffer, which holds @document's text (or nothing
 * when @document is NULL), and highlights the claims of the article's top
 * at once; the rest is painted in chunks from an idle source that runs
 * before GTK lays the text out ("pending" is TRUE until it is done), so a
 * long article shows without waiting for every highlight.  Best called
 * before a text view shows @buffer: painting then costs no layout. */
KaynakHighlighter *kaynak_highlighter_new               (GtkTextBuffer     *buffer,
                                                         KaynakDocument    *document,
                                                         gboolean           dark);
GtkTextBuffer     *kaynak_highlighter_get_buffer        (KaynakHighlighter *self);
KaynakDocument    *kaynak_highlighter_get_document      (KaynakHighlighter *self);

gboolean           kaynak_highlighter_get_dark          (KaynakHighlighter *self);
/* Recolours every highlight for the dark (or light) style */
void               kaynak_highlighter_set_dark          (KaynakHighlighter *self,
                                                         gboolean           dark);

/* Marks @claim (NULL: none) with the selected tag and the frame */
void               kaynak_highlighter_set_selected_claim (KaynakHighlighter *self,
                                                          KaynakClaim       *claim);
/* Where the frame goes (code points: the cover of the pieces) and its
 * colour; FALSE when there is none (no claim selected, or an orphan) */
gboolean           kaynak_highlighter_get_frame         (KaynakHighlighter *self,
                                                         guint             *start,
                                                         guint             *end,
                                                         GdkRGBA           *color);

/* The selected claim's pieces, clipped to the buffer (none when no claim
 * is selected or it is an orphan); valid until the next "frame-changed" */
const KaynakRange *kaynak_highlighter_get_frames       (KaynakHighlighter *self,
                                                         guint             *n);
/* Where the selected claim's source is named, and where its cue stands */
const KaynakRange *kaynak_highlighter_get_source_marks (KaynakHighlighter *self,
                                                         guint             *n);
const KaynakRange *kaynak_highlighter_get_cue_marks    (KaynakHighlighter *self,
                                                         guint             *n);

/* The claim whose colour shows at code point @offset: the innermost of
 * those covering it, or NULL (transfer none) */
KaynakClaim       *kaynak_highlighter_get_claim_at      (KaynakHighlighter *self,
                                                         guint              offset);

/* Whether chunks of the article still wait for their highlights (the
 * "pending" property, notified when the last is painted) */
gboolean           kaynak_highlighter_get_pending       (KaynakHighlighter *self);
/* Paints at once the chunks that [start, end) touches and are still
 * pending: what the view is about to show */
void               kaynak_highlighter_paint_now         (KaynakHighlighter *self,
                                                         guint              start,
                                                         guint              end);
/* Whether every chunk that [start, end) touches is painted */
gboolean           kaynak_highlighter_is_painted        (KaynakHighlighter *self,
                                                         guint              start,
                                                         guint              end);

G_END_DECLS
