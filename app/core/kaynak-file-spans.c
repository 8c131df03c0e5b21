/* kaynak-file-spans.c: a claim's "pieces", "source_ranges" and
 * "cue_ranges" in a Kaynak file (docs/FORMAT.md), read and checked.
 *
 * A file may come from anywhere, so every rule of the model is checked
 * here with the member's path in the message, before the claim exists:
 * pieces non-empty, in order, not overlapping, and covering exactly the
 * claim's start and end (which a reader that does not know pieces takes
 * for the claim); ranges non-empty, in order, not overlapping, and in the
 * article when it is the text they were made on.  Whether each piece's
 * words still stand at its offsets is re-anchoring's question
 * (kaynak-reanchor.c), as for the claim's own quote.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-file-private.h"

/* The ranges of a list: start, end and quote of each */
typedef struct
{
  GArray    *ranges;  /* KaynakRange */
  GPtrArray *quotes;  /* borrowed from the tree */
  GPtrArray *prefixes;
  GPtrArray *suffixes;
} Spans;

static void
spans_clear (Spans *spans)
{
  g_clear_pointer (&spans->ranges, g_array_unref);
  g_clear_pointer (&spans->quotes, g_ptr_array_unref);
  g_clear_pointer (&spans->prefixes, g_ptr_array_unref);
  g_clear_pointer (&spans->suffixes, g_ptr_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Spans, spans_clear)

/* The rules of element @k of @member, which follows those of @spans */
static gboolean
check_range (guint              index,
             const char        *member,
             guint              k,
             const Spans       *spans,
             const KaynakRange *range,
             gboolean           check_text,
             guint              text_length,
             GError           **error)
{
  KaynakRange r = *range;

  if (r.start >= r.end)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("claims[%u].%s[%u] is empty or backwards: it runs from %u to %u"),
                   index, member, k, r.start, r.end);
      return FALSE;
    }
  if (k > 0 && r.start < g_array_index (spans->ranges, KaynakRange, k - 1).end)
    {
      const KaynakRange *before = &g_array_index (spans->ranges, KaynakRange, k - 1);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("claims[%u].%s[%u] (%u–%u) overlaps or comes before %s[%u] (%u–%u): they must be in the order of the text and must not overlap"),
                   index, member, k, r.start, r.end, member, k - 1,
                   before->start, before->end);
      return FALSE;
    }
  if (check_text && r.end > text_length)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "claims[%u].%s[%u].end %u is past the end of the article (%u character)",
                                "claims[%u].%s[%u].end %u is past the end of the article (%u characters)",
                                text_length),
                   index, member, k, r.end, text_length);
      return FALSE;
    }

  return TRUE;
}

/* Reads @member of the claim @object (claims[@index]) into @spans: FALSE
 * with @error on a wrong list; TRUE and @spans->ranges NULL when absent.
 * @reader counts the member itself; what is inside is read without
 * counting (the count is of the claim's own members). */
static gboolean
read_list (const KaynakJsonReader *reader,
           JsonObject             *object,
           const KaynakJsonPath   *where,
           guint                   index,
           const char             *member,
           gboolean                pieces,
           guint                   text_length,
           gboolean                check_text,
           Spans                  *spans,
           GError                **error)
{
  KaynakJsonReader inner = *reader;
  const KaynakJsonPath list_path = KAYNAK_JSON_MEMBER (where, member);
  JsonArray *array;
  guint n;

  inner.found = NULL;
  if (!kaynak_json_reader_get_array (reader, object, where, member, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  spans->ranges = g_array_sized_new (FALSE, FALSE, sizeof (KaynakRange), n);
  spans->quotes = g_ptr_array_sized_new (n);
  if (pieces)
    {
      spans->prefixes = g_ptr_array_sized_new (n);
      spans->suffixes = g_ptr_array_sized_new (n);
    }

  for (guint k = 0; k < n; k++)
    {
      const KaynakJsonPath item = KAYNAK_JSON_ELEMENT (&list_path, k);
      const char *quote, *prefix = "", *suffix = "";
      JsonObject *range;
      KaynakRange r;

      if (!kaynak_json_reader_as_object (&inner, json_array_get_element (array, k), &item,
                                         &range, error) ||
          !kaynak_json_reader_require_uint (&inner, range, &item, "start", &r.start, error) ||
          !kaynak_json_reader_require_uint (&inner, range, &item, "end", &r.end, error) ||
          !kaynak_json_reader_require_nonempty_string (&inner, range, &item, "quote", &quote,
                                                       error))
        return FALSE;
      if (pieces &&
          (!kaynak_json_reader_get_string (&inner, range, &item, "prefix", "", &prefix, error) ||
           !kaynak_json_reader_get_string (&inner, range, &item, "suffix", "", &suffix, error)))
        return FALSE;

      if (!check_range (index, member, k, spans, &r, check_text, text_length, error))
        return FALSE;

      g_array_append_val (spans->ranges, r);
      g_ptr_array_add (spans->quotes, (gpointer) quote);
      if (pieces)
        {
          g_ptr_array_add (spans->prefixes, (gpointer) prefix);
          g_ptr_array_add (spans->suffixes, (gpointer) suffix);
        }
    }
  return TRUE;
}

/* Checks the pieces as a whole (the rules of each range are checked as it
 * is read) and sets the three lists on @claim */
static gboolean
apply_spans (KaynakClaim  *claim,
             guint         index,
             Spans        *pieces_spans,
             Spans        *sources_spans,
             Spans        *cues_spans,
             GError      **error)
{
  Spans pieces = *pieces_spans, sources = *sources_spans, cues = *cues_spans;
  guint start = kaynak_claim_get_start (claim);
  guint end = kaynak_claim_get_end (claim);
  guint n;

  if (pieces.ranges != NULL)
    {
      const KaynakRange *first, *last;

      n = pieces.ranges->len;
      if (n == 0)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("claims[%u].pieces is empty: a claim has at least one piece (leave “pieces” out for a claim in one piece)"),
                       index);
          return FALSE;
        }
      first = &g_array_index (pieces.ranges, KaynakRange, 0);
      last = &g_array_index (pieces.ranges, KaynakRange, n - 1);
      if (first->start != start || last->end != end)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                       _("claims[%u].pieces run from %u to %u, but the claim from %u to %u: a claim’s start and end must be those of its first and last piece"),
                       index, first->start, last->end, start, end);
          return FALSE;
        }
      /* A file that gives the context of the claim but not of its ends'
       * pieces means the same context */
      if (((const char *) pieces.prefixes->pdata[0])[0] == '\0')
        pieces.prefixes->pdata[0] = (gpointer) kaynak_claim_get_prefix (claim);
      if (((const char *) pieces.suffixes->pdata[n - 1])[0] == '\0')
        pieces.suffixes->pdata[n - 1] = (gpointer) kaynak_claim_get_suffix (claim);
      /* One piece is the claim itself: nothing more to keep */
      if (n >= 2)
        kaynak_claim_set_pieces_full (claim, (const KaynakRange *) (gpointer) pieces.ranges->data,
                                      (const char * const *) pieces.quotes->pdata,
                                      (const char * const *) pieces.prefixes->pdata,
                                      (const char * const *) pieces.suffixes->pdata, n);
    }

  if (sources.ranges != NULL && sources.ranges->len > 0)
    kaynak_claim_set_source_ranges_full (claim,
                                         (const KaynakRange *) (gpointer) sources.ranges->data,
                                         (const char * const *) sources.quotes->pdata,
                                         sources.ranges->len);
  if (cues.ranges != NULL && cues.ranges->len > 0)
    kaynak_claim_set_cue_ranges_full (claim,
                                      (const KaynakRange *) (gpointer) cues.ranges->data,
                                      (const char * const *) cues.quotes->pdata,
                                      cues.ranges->len);
  return TRUE;
}

gboolean
_kaynak_file_read_claim_spans (const KaynakJsonReader *reader,
                               JsonObject             *object,
                               const KaynakJsonPath   *where,
                               guint                   index,
                               KaynakClaim            *claim,
                               guint                   text_length,
                               gboolean                text_changed,
                               GError                **error)
{
  g_auto(Spans) pieces = { 0, };
  g_auto(Spans) sources = { 0, };
  g_auto(Spans) cues = { 0, };

  /* The claim's own range is checked against the text already (or is to
   * be re-anchored); pieces inside it need no check of their own */
  return read_list (reader, object, where, index, "pieces", TRUE, text_length, FALSE,
                    &pieces, error) &&
         read_list (reader, object, where, index, "source_ranges", FALSE, text_length,
                    !text_changed, &sources, error) &&
         read_list (reader, object, where, index, "cue_ranges", FALSE, text_length,
                    !text_changed, &cues, error) &&
         apply_spans (claim, index, &pieces, &sources, &cues, error);
}

/* @ranges (KaynakClaimTextRange, NULL: absent) into @spans, each checked
 * by the rules read_list() checks; FALSE when one is broken, without an
 * error (the caller reads the claim again through read_list(), which
 * words it) */
static gboolean
spans_from_text (GArray      *ranges,
                 guint        index,
                 const char  *member,
                 gboolean     pieces,
                 guint        text_length,
                 gboolean     check_text,
                 Spans       *spans)
{
  guint n;

  if (ranges == NULL)
    return TRUE;

  n = ranges->len;
  spans->ranges = g_array_sized_new (FALSE, FALSE, sizeof (KaynakRange), n);
  spans->quotes = g_ptr_array_sized_new (n);
  if (pieces)
    {
      spans->prefixes = g_ptr_array_sized_new (n);
      spans->suffixes = g_ptr_array_sized_new (n);
    }

  for (guint k = 0; k < n; k++)
    {
      const KaynakClaimTextRange *text = &g_array_index (ranges, KaynakClaimTextRange, k);
      KaynakRange r = { text->start, text->end };

      /* an empty quote is an error read_list() words */
      if (text->quote == NULL || text->quote[0] == '\0')
        return FALSE;
      if (!check_range (index, member, k, spans, &r, check_text, text_length, NULL))
        return FALSE;

      g_array_append_val (spans->ranges, r);
      g_ptr_array_add (spans->quotes, (gpointer) text->quote);
      if (pieces)
        {
          g_ptr_array_add (spans->prefixes, (gpointer) (text->prefix ? text->prefix : ""));
          g_ptr_array_add (spans->suffixes, (gpointer) (text->suffix ? text->suffix : ""));
        }
    }
  return TRUE;
}

gboolean
_kaynak_file_set_claim_spans (const KaynakClaimFields *fields,
                              guint                    index,
                              KaynakClaim             *claim,
                              guint                    text_length,
                              gboolean                 text_changed)
{
  g_auto(Spans) pieces = { 0, };
  g_auto(Spans) sources = { 0, };
  g_auto(Spans) cues = { 0, };

  return spans_from_text (fields->pieces, index, "pieces", TRUE, text_length, FALSE,
                          &pieces) &&
         spans_from_text (fields->source_ranges, index, "source_ranges", FALSE, text_length,
                          !text_changed, &sources) &&
         spans_from_text (fields->cue_ranges, index, "cue_ranges", FALSE, text_length,
                          !text_changed, &cues) &&
         apply_spans (claim, index, &pieces, &sources, &cues, NULL);
}
