/* kaynak-highlighter.c: the claims' tags, colours and painted runs in a buffer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-color.h"
#include "kaynak-highlighter.h"

/* Translucent enough that the text stays crisp, opaque enough to tell the
 * colours apart; a dark background needs more colour to show it.  The
 * values live in core (kaynak-color.h), where the palette is measured
 * painted as this draws it. */
#define SOURCE_ALPHA_LIGHT   KAYNAK_HIGHLIGHT_ALPHA_LIGHT
#define SOURCE_ALPHA_DARK    KAYNAK_HIGHLIGHT_ALPHA_DARK
#define SELECTED_ALPHA_LIGHT KAYNAK_SELECTED_ALPHA_LIGHT
#define SELECTED_ALPHA_DARK  KAYNAK_SELECTED_ALPHA_DARK
#define NO_SOURCE_COLOR      KAYNAK_NO_SOURCE_COLOR

#define TAG_SOURCE_PREFIX "kaynak-source:"
#define TAG_NO_SOURCE     "kaynak-no-source"
#define TAG_OVERLAP       "kaynak-overlap"
#define TAG_SELECTED      "kaynak-selected"

struct _KaynakHighlighter
{
  GObject         parent_instance;

  GtkTextBuffer  *buffer;
  KaynakDocument *document;
  gboolean        dark;

  /* source id (owned) → GtkTextTag (owned by the buffer's tag table) */
  GHashTable     *source_tags;
  GtkTextTag     *no_source_tag;
  GtkTextTag     *overlap_tag;
  GtkTextTag     *selected_tag;

  KaynakClaim    *selected_claim;
  /* Where selected_tag is applied now (empty when nowhere), so moving it
   * changes two small ranges instead of the whole buffer. */
  guint           marked_start;
  guint           marked_end;
  char           *selected_color;  /* "colour/dark" the tag has now */

  guint           frame_start;
  guint           frame_end;
  GdkRGBA         frame_color;

  /* The selected claim's pieces (framed and marked), and where its
   * source is named and its cue stands, as the text view draws them now */
  GArray         *frames;        /* of KaynakRange */
  GArray         *source_marks;  /* of KaynakRange */
  GArray         *cue_marks;     /* of KaynakRange */

  /* Scratch for the coverage sweep, reused to avoid allocations: the
   * pieces that touch the range painted, and those covering the point the
   * sweep is at */
  GArray         *pieces;        /* of Piece */
  GArray         *active;        /* of Piece */

  /* Opening paints the article in chunks of CHUNK_CHARS code points: the
   * top at once (what the view shows first), the rest from an idle source
   * or when the view shows it (kaynak_highlighter_paint_now()).
   * chunk_painted[i] says whether chunk i had its claims painted. */
  guint8         *chunk_painted;
  guint           n_chunks;
  guint           n_pending;
  guint           next_chunk;     /* where the idle source looks first */
  guint           paint_idle;
};

/* About 400 claims of the 100,000-claim benchmark, a millisecond or two:
 * small enough that a frame or a key never waits long for a chunk. */
#define CHUNK_CHARS 16384
/* How long one run of the idle source paints before it lets the main
 * loop draw a frame or handle a key */
#define IDLE_BUDGET_US 8000
/* Above GTK's text layout (GDK_PRIORITY_REDRAW + 5), below drawing
 * (GDK_PRIORITY_REDRAW): the text view then lays out each line once, with
 * its highlights, instead of once without and again with them. */
#define PAINT_PRIORITY (G_PRIORITY_HIGH_IDLE + 23)

G_DEFINE_FINAL_TYPE (KaynakHighlighter, kaynak_highlighter, G_TYPE_OBJECT)

/* One piece of a claim: only the pieces are highlighted, never the words
 * between them (the "he said" inside an interrupted quotation) */
typedef struct {
  guint        start;
  guint        end;
  KaynakClaim *claim;
} Piece;

enum {
  PROP_0,
  PROP_BUFFER,
  PROP_DOCUMENT,
  PROP_DARK,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FRAME_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_selected_marker (KaynakHighlighter *self);
static void paint_range            (KaynakHighlighter *self,
                                    guint              start,
                                    guint              end,
                                    gboolean           clear);

/* --- Colours ------------------------------------------------------------- */

static void
parse_color (const char *spec,
             double      alpha,
             GdkRGBA    *rgba)
{
  if (spec == NULL || !gdk_rgba_parse (rgba, spec))
    gdk_rgba_parse (rgba, NO_SOURCE_COLOR);
  rgba->alpha = alpha;
}

static void
set_tag_background (KaynakHighlighter *self,
                    GtkTextTag        *tag,
                    const char        *color)
{
  GdkRGBA rgba;

  parse_color (color, self->dark ? SOURCE_ALPHA_DARK : SOURCE_ALPHA_LIGHT, &rgba);
  g_object_set (tag, "background-rgba", &rgba, NULL);
}

static const char *
claim_color (KaynakHighlighter *self,
             KaynakClaim       *claim)
{
  const char *id = kaynak_claim_get_source_id (claim);
  KaynakSource *source;

  if (id == NULL || self->document == NULL)
    return NO_SOURCE_COLOR;
  source = kaynak_document_lookup_source (self->document, id);
  return source != NULL ? kaynak_source_get_color (source) : NO_SOURCE_COLOR;
}

/* The no-source and overlap tags depend only on the style; they cover
 * much of a busy article, so they are only touched when the style changes. */
static void
update_state_tag_colors (KaynakHighlighter *self)
{
  GdkRGBA rgba;

  set_tag_background (self, self->no_source_tag, NO_SOURCE_COLOR);

  if (self->dark)
    rgba = (GdkRGBA) { 1, 1, 1, 0.75 };
  else
    rgba = (GdkRGBA) { 0, 0, 0, 0.65 };
  g_object_set (self->overlap_tag, "underline-rgba", &rgba, NULL);
}

/* The selected marker takes the selected claim's source colour, stronger
 * than the plain highlight. */
static void
update_selected_color (KaynakHighlighter *self)
{
  g_autofree char *key = NULL;
  const char *color;
  GdkRGBA rgba;

  if (self->selected_claim == NULL)
    return;

  color = claim_color (self, self->selected_claim);
  key = g_strdup_printf ("%s/%d", color, self->dark);
  /* Changing a tag makes the text view re-lay out what it covers; skip it
   * when nothing changed. */
  if (g_strcmp0 (key, self->selected_color) == 0)
    return;
  g_free (self->selected_color);
  self->selected_color = g_steal_pointer (&key);

  parse_color (color, self->dark ? SELECTED_ALPHA_DARK : SELECTED_ALPHA_LIGHT, &rgba);
  g_object_set (self->selected_tag, "background-rgba", &rgba, NULL);
}

/* Replaces @array's ranges with @ranges clipped to the buffer's @length,
 * leaving out empty ones; FALSE when nothing changed */
static gboolean
set_ranges (GArray            *array,
            const KaynakRange *ranges,
            guint              n,
            guint              length)
{
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  gboolean same;

  for (guint i = 0; i < n; i++)
    {
      KaynakRange range = { MIN (ranges[i].start, length), MIN (ranges[i].end, length) };

      if (range.start < range.end)
        g_array_append_val (next, range);
    }
  same = next->len == array->len &&
         (next->len == 0 || memcmp (next->data, array->data, next->len * sizeof (KaynakRange)) == 0);
  if (same)
    return FALSE;
  g_array_set_size (array, 0);
  g_array_append_vals (array, next->data, next->len);
  return TRUE;
}

/* The frame is the full colour, a little darker on white and a little
 * lighter on black, so that it stands out from the fill.  Each piece of
 * the selected claim has its own; the words where its source is named and
 * its cue stands are marked with them. */
static void
update_frame (KaynakHighlighter *self,
              const KaynakRange *pieces,
              guint              n_pieces)
{
  guint length = (guint) gtk_text_buffer_get_char_count (self->buffer);
  const KaynakRange *source = NULL, *cue = NULL;
  guint n_source = 0, n_cue = 0;
  gboolean changed;
  GdkRGBA rgba;

  if (self->selected_claim != NULL)
    {
      parse_color (claim_color (self, self->selected_claim), 1.0, &rgba);
      if (self->dark)
        {
          rgba.red = rgba.red + (1 - rgba.red) * 0.25;
          rgba.green = rgba.green + (1 - rgba.green) * 0.25;
          rgba.blue = rgba.blue + (1 - rgba.blue) * 0.25;
        }
      else
        {
          rgba.red *= 0.75;
          rgba.green *= 0.75;
          rgba.blue *= 0.75;
        }
      /* An orphan has no place in the text, nor its source's words */
      if (!kaynak_claim_get_orphaned (self->selected_claim))
        {
          source = kaynak_claim_get_source_ranges (self->selected_claim, &n_source);
          cue = kaynak_claim_get_cue_ranges (self->selected_claim, &n_cue);
        }
    }
  else
    rgba = (GdkRGBA) { 0, 0, 0, 0 };

  changed = set_ranges (self->frames, pieces, n_pieces, length);
  changed = set_ranges (self->source_marks, source, n_source, length) || changed;
  changed = set_ranges (self->cue_marks, cue, n_cue, length) || changed;
  if (!gdk_rgba_equal (&rgba, &self->frame_color))
    {
      self->frame_color = rgba;
      changed = TRUE;
    }

  if (self->frames->len > 0)
    {
      self->frame_start = g_array_index (self->frames, KaynakRange, 0).start;
      self->frame_end = g_array_index (self->frames, KaynakRange, self->frames->len - 1).end;
    }
  else
    self->frame_start = self->frame_end = 0;

  if (changed)
    g_signal_emit (self, signals[FRAME_CHANGED], 0);
}

/* --- Tags ---------------------------------------------------------------- */

/* Later tags win; the state tags must stay above every source tag. */
static void
raise_state_tags (KaynakHighlighter *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  int size = gtk_text_tag_table_get_size (table);

  gtk_text_tag_set_priority (self->overlap_tag, size - 1);
  gtk_text_tag_set_priority (self->selected_tag, size - 1);
}

static GtkTextTag *
add_source_tag (KaynakHighlighter *self,
                KaynakSource      *source)
{
  g_autofree char *name = g_strconcat (TAG_SOURCE_PREFIX, kaynak_source_get_id (source), NULL);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  GtkTextTag *tag;

  tag = gtk_text_tag_table_lookup (table, name);
  if (tag == NULL)
    {
      tag = gtk_text_buffer_create_tag (self->buffer, name, NULL);
      raise_state_tags (self);
    }
  set_tag_background (self, tag, kaynak_source_get_color (source));
  g_hash_table_replace (self->source_tags,
                        g_strdup (kaynak_source_get_id (source)), tag);
  return tag;
}

static GtkTextTag *
tag_for_claim (KaynakHighlighter *self,
               KaynakClaim       *claim)
{
  const char *id = kaynak_claim_get_source_id (claim);
  GtkTextTag *tag = NULL;

  if (id != NULL)
    tag = g_hash_table_lookup (self->source_tags, id);
  return tag != NULL ? tag : self->no_source_tag;
}

static void
apply_run (GtkTextBuffer *buffer,
           GtkTextTag    *tag,
           guint          start,
           guint          end)
{
  GtkTextIter a, b;

  if (tag == NULL || start >= end)
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  gtk_text_buffer_apply_tag (buffer, tag, &a, &b);
}

static inline guint
claim_length (KaynakClaim *claim)
{
  return kaynak_claim_get_end (claim) - kaynak_claim_get_start (claim);
}

/* Whether @claim lies inside @than, or is the later of two of the same
 * length: whose colour shows where both cover the text */
static gboolean
is_inner (KaynakClaim *claim,
          KaynakClaim *than)
{
  return than == NULL ||
         claim_length (claim) < claim_length (than) ||
         (claim_length (claim) == claim_length (than) &&
          kaynak_claim_get_start (claim) > kaynak_claim_get_start (than));
}

/* Recomputes the highlight of [start, end): sweeps over the claims that
 * touch it, splitting it where a claim starts or ends, and gives each
 * stretch the tag of its innermost (shortest) claim, plus the overlap tag
 * where two or more claims cover it.  Runs are merged as far as they can
 * be (the overlap tag independently of the colour), since every
 * apply_tag() costs a B-tree update. */
static int
compare_pieces (gconstpointer a,
                gconstpointer b)
{
  const Piece *pa = a, *pb = b;

  return pa->start < pb->start ? -1 : pa->start > pb->start;
}

/* The pieces of @claims that touch [start, end), by their start: a claim
 * in one piece is its own range, and the claims come by their start, so
 * they need sorting only when a claim has several pieces. */
static void
collect_pieces (KaynakHighlighter *self,
                GPtrArray         *claims,
                guint              start,
                guint              end)
{
  gboolean sort = FALSE;

  g_array_set_size (self->pieces, 0);
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      guint n = kaynak_claim_get_n_pieces (claim);

      for (guint k = 0; k < n; k++)
        {
          KaynakRange range = kaynak_claim_get_piece (claim, k);
          Piece piece = { range.start, range.end, claim };

          if (range.end <= start || range.start >= end || range.start >= range.end)
            continue;
          g_array_append_val (self->pieces, piece);
        }
      sort = sort || n > 1;
    }
  if (sort)
    g_array_sort (self->pieces, compare_pieces);
}

/* Recomputes the highlight of [start, end): sweeps over the pieces of
 * the claims that touch it, splitting it where a piece starts or ends, and
 * gives each stretch the tag of its innermost (shortest) claim, plus the
 * overlap tag where two or more pieces cover it.  Runs are merged as far
 * as they can be (the overlap tag independently of the colour), since
 * every apply_tag() costs a B-tree update. */
static void
paint_range (KaynakHighlighter *self,
             guint              start,
             guint              end,
             gboolean           clear)
{
  g_autoptr(GPtrArray) claims = NULL;
  GArray *active = self->active;
  GArray *pieces = self->pieces;
  GtkTextTag *run_tag = NULL;
  guint run_start = start;
  gboolean in_overlap = FALSE;
  guint overlap_start = start;
  guint length;
  guint pos = start;
  guint i = 0;

  if (self->document == NULL)
    return;

  length = (guint) gtk_text_buffer_get_char_count (self->buffer);
  end = MIN (end, length);
  if (start >= end)
    return;

  if (clear)
    {
      GtkTextIter a, b;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, end);
      gtk_text_buffer_remove_all_tags (self->buffer, &a, &b);
      /* remove_all_tags() took the selected marker off this range too */
      if (self->marked_start < end && start < self->marked_end)
        self->marked_start = self->marked_end = 0;
    }

  claims = kaynak_document_claims_in_range (self->document, start, end);
  collect_pieces (self, claims, start, end);
  g_array_set_size (active, 0);

  while (pos < end)
    {
      KaynakClaim *inner = NULL;
      GtkTextTag *tag;
      gboolean overlap;
      guint next = end;

      while (i < pieces->len &&
             MAX (g_array_index (pieces, Piece, i).start, start) <= pos)
        g_array_append_val (active, g_array_index (pieces, Piece, i++));

      for (guint j = 0; j < active->len;)
        {
          if (g_array_index (active, Piece, j).end <= pos)
            g_array_remove_index_fast (active, j);
          else
            j++;
        }

      if (i < pieces->len)
        next = MIN (next, g_array_index (pieces, Piece, i).start);

      for (guint j = 0; j < active->len; j++)
        {
          const Piece *piece = &g_array_index (active, Piece, j);

          next = MIN (next, piece->end);
          if (is_inner (piece->claim, inner))
            inner = piece->claim;
        }

      tag = inner != NULL ? tag_for_claim (self, inner) : NULL;
      overlap = active->len >= 2;
      if (tag != run_tag)
        {
          apply_run (self->buffer, run_tag, run_start, pos);
          run_start = pos;
          run_tag = tag;
        }
      if (overlap != in_overlap)
        {
          if (in_overlap)
            apply_run (self->buffer, self->overlap_tag, overlap_start, pos);
          overlap_start = pos;
          in_overlap = overlap;
        }

      /* Never loop on a malformed claim */
      pos = MAX (next, pos + 1);
    }

  apply_run (self->buffer, run_tag, run_start, end);
  if (in_overlap)
    apply_run (self->buffer, self->overlap_tag, overlap_start, end);
  g_array_set_size (active, 0);
  g_array_set_size (pieces, 0);
}

static void
repaint (KaynakHighlighter *self,
         guint              start,
         guint              end)
{
  paint_range (self, start, end, TRUE);
  update_selected_marker (self);
}

static void
update_selected_marker (KaynakHighlighter *self)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  GtkTextIter a, b;
  guint start = 0, end = 0;
  gboolean same;

  if (self->selected_claim != NULL && !kaynak_claim_get_orphaned (self->selected_claim))
    {
      guint length = (guint) gtk_text_buffer_get_char_count (self->buffer);
      guint n = kaynak_claim_get_n_pieces (self->selected_claim);

      for (guint i = 0; i < n; i++)
        {
          KaynakRange piece = kaynak_claim_get_piece (self->selected_claim, i);

          piece.start = MIN (piece.start, length);
          piece.end = MIN (piece.end, length);
          if (piece.start < piece.end)
            g_array_append_val (pieces, piece);
        }
      if (pieces->len > 0)
        {
          start = g_array_index (pieces, KaynakRange, 0).start;
          end = g_array_index (pieces, KaynakRange, pieces->len - 1).end;
        }
    }

  /* Compared before update_frame() takes the new pieces */
  same = start == self->marked_start && end == self->marked_end &&
         pieces->len == self->frames->len &&
         (pieces->len == 0 ||
          memcmp (pieces->data, self->frames->data, pieces->len * sizeof (KaynakRange)) == 0);

  update_selected_color (self);
  update_frame (self, (const KaynakRange *) pieces->data, pieces->len);

  /* A repaint over the marker forgets it (marked_* reset), so equal means
   * the tag is still there in full, on the same pieces */
  if (same)
    return;

  if (self->marked_start < self->marked_end)
    {
      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, self->marked_start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, self->marked_end);
      gtk_text_buffer_remove_tag (self->buffer, self->selected_tag, &a, &b);
    }

  /* The pieces only: the words between them are not the claim's */
  for (guint i = 0; i < pieces->len; i++)
    {
      const KaynakRange *piece = &g_array_index (pieces, KaynakRange, i);

      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, piece->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, piece->end);
      gtk_text_buffer_apply_tag (self->buffer, self->selected_tag, &a, &b);
    }

  self->marked_start = start;
  self->marked_end = end;
}

/* --- Painting in chunks ------------------------------------------------ */

/* A change to the claims repaints its own range at once (clearing it
 * first), whether or not its chunk is painted yet: every tag in the buffer
 * is therefore the one the claims give it now, and a chunk painted later
 * (without clearing, from the claims as they are then) only adds what is
 * missing.  So an edit made while chunks are pending is neither lost nor
 * painted twice over something stale. */
static void
paint_chunk (KaynakHighlighter *self,
             guint              chunk)
{
  guint start, end;

  if (chunk >= self->n_chunks || self->chunk_painted[chunk])
    return;

  start = chunk * CHUNK_CHARS;
  end = MIN ((guint64) start + CHUNK_CHARS, (guint64) kaynak_document_get_length (self->document));
  paint_range (self, start, end, FALSE);
  self->chunk_painted[chunk] = TRUE;
  self->n_pending--;
}

static void
finish_painting (KaynakHighlighter *self)
{
  g_clear_handle_id (&self->paint_idle, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static gboolean
paint_idle_cb (gpointer data)
{
  KaynakHighlighter *self = data;
  gint64 deadline = g_get_monotonic_time () + IDLE_BUDGET_US;

  while (self->n_pending > 0)
    {
      while (self->next_chunk < self->n_chunks && self->chunk_painted[self->next_chunk])
        self->next_chunk++;
      if (self->next_chunk >= self->n_chunks)
        break;
      paint_chunk (self, self->next_chunk);
      /* out of time with chunks left: the rest on the next turn.  The last
       * chunk painted ends the painting here, so "pending" is never FALSE
       * before it is notified (a slow machine overran the budget on it) */
      if (self->n_pending > 0 && g_get_monotonic_time () >= deadline)
        return G_SOURCE_CONTINUE;
    }

  self->paint_idle = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
  return G_SOURCE_REMOVE;
}

static void
start_painting (KaynakHighlighter *self)
{
  guint length = kaynak_document_get_length (self->document);

  self->n_chunks = (length + CHUNK_CHARS - 1) / CHUNK_CHARS;
  self->chunk_painted = g_new0 (guint8, MAX (self->n_chunks, 1));
  self->n_pending = self->n_chunks;
  self->next_chunk = 0;

  /* The top of the article, which the view shows first */
  paint_chunk (self, 0);

  if (self->n_pending > 0)
    {
      self->paint_idle = g_idle_add_full (PAINT_PRIORITY, paint_idle_cb, self, NULL);
      g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->paint_idle),
                                "[kaynak] highlights");
    }
}

/* --- Document signals ---------------------------------------------------- */

static void
on_claim_added (KaynakHighlighter *self,
                KaynakClaim       *claim)
{
  if (!kaynak_claim_get_orphaned (claim))
    repaint (self, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
}

static void
on_claim_removed (KaynakHighlighter *self,
                  KaynakClaim       *claim)
{
  /* A claim that is gone cannot stay marked */
  if (claim == self->selected_claim)
    g_clear_object (&self->selected_claim);
  if (!kaynak_claim_get_orphaned (claim))
    repaint (self, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
  else
    update_selected_marker (self);
}

static void
on_claim_changed (KaynakHighlighter *self,
                  KaynakClaim       *claim,
                  guint              old_start,
                  guint              old_end)
{
  guint start = kaynak_claim_get_start (claim);
  guint end = kaynak_claim_get_end (claim);

  /* Repaint what was highlighted before and what is now; one range when
   * they touch, two when the claim jumped. */
  if (old_start <= end && start <= old_end)
    repaint (self, MIN (old_start, start), MAX (old_end, end));
  else
    {
      repaint (self, old_start, old_end);
      repaint (self, start, end);
    }
}

static void
on_source_added (KaynakHighlighter *self,
                 KaynakSource      *source)
{
  add_source_tag (self, source);
}

static void
on_source_removed (KaynakHighlighter *self,
                   KaynakSource      *source)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkTextTag *tag;
  GtkTextIter iter;

  tag = g_hash_table_lookup (self->source_tags, kaynak_source_get_id (source));
  if (tag == NULL)
    return;

  /* Claims that still name it (if any) fall back to "no source" */
  g_hash_table_remove (self->source_tags, kaynak_source_get_id (source));

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  if (gtk_text_iter_starts_tag (&iter, tag))
    {
      guint zero = 0;

      g_array_append_val (ranges, zero);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      guint offset = (guint) gtk_text_iter_get_offset (&iter);

      g_array_append_val (ranges, offset);
    }
  if (ranges->len % 2 == 1)
    {
      guint length = (guint) gtk_text_buffer_get_char_count (self->buffer);

      g_array_append_val (ranges, length);
    }

  for (guint i = 0; i + 1 < ranges->len; i += 2)
    repaint (self, g_array_index (ranges, guint, i), g_array_index (ranges, guint, i + 1));

  gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), tag);
}

static void
on_source_changed (KaynakHighlighter *self,
                   KaynakSource      *source)
{
  GtkTextTag *tag = g_hash_table_lookup (self->source_tags, kaynak_source_get_id (source));

  if (tag != NULL)
    set_tag_background (self, tag, kaynak_source_get_color (source));
  update_selected_marker (self);
}

/* --- GObject ------------------------------------------------------------- */

static void
kaynak_highlighter_constructed (GObject *object)
{
  KaynakHighlighter *self = KAYNAK_HIGHLIGHTER (object);

  G_OBJECT_CLASS (kaynak_highlighter_parent_class)->constructed (object);

  g_return_if_fail (GTK_IS_TEXT_BUFFER (self->buffer));

  self->no_source_tag = gtk_text_buffer_create_tag (self->buffer, TAG_NO_SOURCE, NULL);
  self->overlap_tag = gtk_text_buffer_create_tag (self->buffer, TAG_OVERLAP,
                                                  "underline", PANGO_UNDERLINE_DOUBLE,
                                                  NULL);
  /* The frame is drawn by the text view; the tag only deepens the colour */
  self->selected_tag = gtk_text_buffer_create_tag (self->buffer, TAG_SELECTED, NULL);

  if (self->document != NULL)
    {
      GListModel *sources = kaynak_document_get_sources (self->document);
      guint n = g_list_model_get_n_items (sources);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

          add_source_tag (self, source);
        }
    }

  update_state_tag_colors (self);

  if (self->document == NULL)
    return;

  start_painting (self);

  g_signal_connect_object (self->document, "claim-added",
                           G_CALLBACK (on_claim_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "claim-removed",
                           G_CALLBACK (on_claim_removed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "claim-changed",
                           G_CALLBACK (on_claim_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "source-added",
                           G_CALLBACK (on_source_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "source-removed",
                           G_CALLBACK (on_source_removed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "source-changed",
                           G_CALLBACK (on_source_changed), self, G_CONNECT_SWAPPED);
}

static void
kaynak_highlighter_dispose (GObject *object)
{
  KaynakHighlighter *self = KAYNAK_HIGHLIGHTER (object);

  g_clear_handle_id (&self->paint_idle, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->selected_claim);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (kaynak_highlighter_parent_class)->dispose (object);
}

static void
kaynak_highlighter_finalize (GObject *object)
{
  KaynakHighlighter *self = KAYNAK_HIGHLIGHTER (object);

  g_clear_pointer (&self->source_tags, g_hash_table_unref);
  g_clear_pointer (&self->active, g_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);
  g_clear_pointer (&self->frames, g_array_unref);
  g_clear_pointer (&self->source_marks, g_array_unref);
  g_clear_pointer (&self->cue_marks, g_array_unref);
  g_clear_pointer (&self->selected_color, g_free);
  g_clear_pointer (&self->chunk_painted, g_free);

  G_OBJECT_CLASS (kaynak_highlighter_parent_class)->finalize (object);
}

static void
kaynak_highlighter_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KaynakHighlighter *self = KAYNAK_HIGHLIGHTER (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      g_value_set_object (value, self->buffer);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_PENDING:
      g_value_set_boolean (value, self->n_pending > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_highlighter_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KaynakHighlighter *self = KAYNAK_HIGHLIGHTER (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      self->buffer = g_value_dup_object (value);
      break;
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_DARK:
      /* Before constructed() there are no tags to recolour yet */
      if (self->no_source_tag == NULL)
        self->dark = g_value_get_boolean (value);
      else
        kaynak_highlighter_set_dark (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_highlighter_class_init (KaynakHighlighterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kaynak_highlighter_constructed;
  object_class->dispose = kaynak_highlighter_dispose;
  object_class->finalize = kaynak_highlighter_finalize;
  object_class->get_property = kaynak_highlighter_get_property;
  object_class->set_property = kaynak_highlighter_set_property;

  properties[PROP_BUFFER] =
    g_param_spec_object ("buffer", NULL, NULL, GTK_TYPE_TEXT_BUFFER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KAYNAK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);
  /* Whether chunks of the article still wait to be painted */
  properties[PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The frame's place or colour changed: see kaynak_highlighter_get_frame() */
  signals[FRAME_CHANGED] =
    g_signal_new ("frame-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kaynak_highlighter_init (KaynakHighlighter *self)
{
  self->source_tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->active = g_array_new (FALSE, FALSE, sizeof (Piece));
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  self->frames = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  self->source_marks = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  self->cue_marks = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
}

/* --- Public API ---------------------------------------------------------- */

KaynakHighlighter *
kaynak_highlighter_new (GtkTextBuffer  *buffer,
                        KaynakDocument *document,
                        gboolean        dark)
{
  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);
  g_return_val_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document), NULL);

  return g_object_new (KAYNAK_TYPE_HIGHLIGHTER,
                       "buffer", buffer,
                       "document", document,
                       "dark", dark,
                       NULL);
}

GtkTextBuffer *
kaynak_highlighter_get_buffer (KaynakHighlighter *self)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), NULL);

  return self->buffer;
}

KaynakDocument *
kaynak_highlighter_get_document (KaynakHighlighter *self)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), NULL);

  return self->document;
}

gboolean
kaynak_highlighter_get_dark (KaynakHighlighter *self)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), FALSE);

  return self->dark;
}

void
kaynak_highlighter_set_dark (KaynakHighlighter *self,
                             gboolean           dark)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (KAYNAK_IS_HIGHLIGHTER (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;

  if (self->document != NULL)
    {
      g_hash_table_iter_init (&iter, self->source_tags);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          KaynakSource *source = kaynak_document_lookup_source (self->document, key);

          if (source != NULL)
            set_tag_background (self, value, kaynak_source_get_color (source));
        }
    }
  update_state_tag_colors (self);
  update_selected_marker (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

void
kaynak_highlighter_set_selected_claim (KaynakHighlighter *self,
                                       KaynakClaim       *claim)
{
  g_return_if_fail (KAYNAK_IS_HIGHLIGHTER (self));
  g_return_if_fail (claim == NULL || KAYNAK_IS_CLAIM (claim));

  g_set_object (&self->selected_claim, claim);
  update_selected_marker (self);
}

gboolean
kaynak_highlighter_get_frame (KaynakHighlighter *self,
                              guint             *start,
                              guint             *end,
                              GdkRGBA           *color)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), FALSE);

  if (start != NULL)
    *start = self->frame_start;
  if (end != NULL)
    *end = self->frame_end;
  if (color != NULL)
    *color = self->frame_color;
  return self->frame_start < self->frame_end;
}

const KaynakRange *
kaynak_highlighter_get_frames (KaynakHighlighter *self,
                               guint             *n)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), NULL);
  g_return_val_if_fail (n != NULL, NULL);

  *n = self->frames->len;
  return (const KaynakRange *) self->frames->data;
}

const KaynakRange *
kaynak_highlighter_get_source_marks (KaynakHighlighter *self,
                                     guint             *n)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), NULL);
  g_return_val_if_fail (n != NULL, NULL);

  *n = self->source_marks->len;
  return (const KaynakRange *) self->source_marks->data;
}

const KaynakRange *
kaynak_highlighter_get_cue_marks (KaynakHighlighter *self,
                                  guint             *n)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), NULL);
  g_return_val_if_fail (n != NULL, NULL);

  *n = self->cue_marks->len;
  return (const KaynakRange *) self->cue_marks->data;
}

KaynakClaim *
kaynak_highlighter_get_claim_at (KaynakHighlighter *self,
                                 guint              offset)
{
  g_autoptr(GPtrArray) claims = NULL;
  KaynakClaim *inner = NULL;

  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), NULL);

  if (self->document == NULL)
    return NULL;

  /* Only where a piece is: a click between the pieces of a claim is
   * not in it (the document's rule) */
  claims = kaynak_document_claims_at (self->document, offset);
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);

      /* The rule of the highlight, so a click picks the colour it hit */
      if (is_inner (claim, inner))
        inner = claim;
    }

  return inner;
}

gboolean
kaynak_highlighter_get_pending (KaynakHighlighter *self)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), FALSE);

  return self->n_pending > 0;
}

void
kaynak_highlighter_paint_now (KaynakHighlighter *self,
                              guint              start,
                              guint              end)
{
  g_return_if_fail (KAYNAK_IS_HIGHLIGHTER (self));

  if (self->n_pending == 0 || start >= end)
    return;

  for (guint chunk = start / CHUNK_CHARS; chunk <= (end - 1) / CHUNK_CHARS && chunk < self->n_chunks; chunk++)
    paint_chunk (self, chunk);
  if (self->n_pending == 0)
    finish_painting (self);
}

gboolean
kaynak_highlighter_is_painted (KaynakHighlighter *self,
                               guint              start,
                               guint              end)
{
  g_return_val_if_fail (KAYNAK_IS_HIGHLIGHTER (self), FALSE);

  if (self->n_pending == 0 || start >= end)
    return TRUE;

  for (guint chunk = start / CHUNK_CHARS; chunk <= (end - 1) / CHUNK_CHARS && chunk < self->n_chunks; chunk++)
    if (!self->chunk_painted[chunk])
      return FALSE;
  return TRUE;
}
