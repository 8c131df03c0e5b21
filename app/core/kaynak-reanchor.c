/* kaynak-reanchor.c: putting saved claims back on a changed article.
 *
 * The article may have changed since the claims were saved; the load
 * report tells what putting them back did.
 *
 * A claim whose quote still stands at its offsets stays; one that moved
 * is looked for (kaynak-anchor.h) first where the claims before it went,
 * then from its own old place; one that is not found is kept as an orphan.
 * Each move, edit and orphan is told in the report with the claim's JSON
 * path, in words the W3C import shares.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kaynak-anchor.h"
#include "kaynak-reanchor.h"

/* ------------------------------------------------------------------------
 * The load report
 * ------------------------------------------------------------------------ */

KaynakLoadReport *
kaynak_load_report_new (void)
{
  KaynakLoadReport *report = g_new0 (KaynakLoadReport, 1);

  report->messages = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
kaynak_load_report_free (KaynakLoadReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->messages, g_ptr_array_unref);
  g_free (report);
}

/* "“üç binden fazla asker”", shortened to fit in a message. */
static char *
quote_for_message (const char *quote)
{
  const guint max = 80;

  if (g_utf8_strlen (quote, -1) <= max)
    return g_strdup_printf ("“%s”", quote);
  else
    {
      const char *cut = g_utf8_offset_to_pointer (quote, max - 1);

      return g_strdup_printf ("“%.*s…”", (int) (cut - quote), quote);
    }
}

static void
report_add (KaynakLoadReport *report,
            char             *message)
{
  if (report != NULL)
    g_ptr_array_add (report->messages, message);
  else
    g_free (message);
}

void
_kaynak_load_report_orphan (KaynakLoadReport *report,
                            const char       *path,
                            const char       *quote)
{
  g_autofree char *shown = NULL;

  if (report == NULL)
    return;
  shown = quote_for_message (quote);
  report->n_orphaned++;
  report_add (report, g_strdup_printf (_("%s %s: the quote is not in the article; kept as an orphan"),
                                       path, shown));
}

void
_kaynak_load_report_found_again (KaynakLoadReport *report,
                                 const char       *path,
                                 const char       *quote,
                                 guint             start,
                                 guint             end)
{
  g_autofree char *shown = NULL;

  if (report == NULL)
    return;
  shown = quote_for_message (quote);
  report->n_reanchored++;
  report_add (report, g_strdup_printf (_("%s %s was found again at %u–%u"),
                                       path, shown, start, end));
}

void
_kaynak_load_report_moved (KaynakLoadReport *report,
                           const char       *path,
                           const char       *quote,
                           guint             old_start,
                           guint             old_end,
                           guint             start,
                           guint             end)
{
  g_autofree char *shown = NULL;

  if (report == NULL)
    return;
  shown = quote_for_message (quote);
  report->n_reanchored++;
  report_add (report, g_strdup_printf (_("%s %s moved from %u–%u to %u–%u"),
                                       path, shown, old_start, old_end, start, end));
}

void
_kaynak_load_report_edited (KaynakLoadReport *report,
                            const char       *path,
                            const char       *quote,
                            const char       *new_quote,
                            guint             start,
                            guint             end)
{
  g_autofree char *shown = NULL;
  g_autofree char *new_shown = NULL;

  if (report == NULL)
    return;
  shown = quote_for_message (quote);
  new_shown = quote_for_message (new_quote);
  report->n_reanchored++;
  report_add (report, g_strdup_printf (_("%s %s was edited; it now reads %s at %u–%u"),
                                       path, shown, new_shown, start, end));
}

void
_kaynak_load_report_piece_orphan (KaynakLoadReport *report,
                                  const char       *path,
                                  const char       *quote,
                                  const char       *piece_quote)
{
  g_autofree char *shown = NULL;
  g_autofree char *piece_shown = NULL;

  if (report == NULL)
    return;
  shown = quote_for_message (quote);
  piece_shown = quote_for_message (piece_quote);
  report->n_orphaned++;
  report_add (report, g_strdup_printf (_("%s %s: its piece %s is not in the article; kept as an orphan"),
                                       path, shown, piece_shown));
}

void
_kaynak_load_report_range_dropped (KaynakLoadReport *report,
                                   const char       *path,
                                   gboolean          cue,
                                   const char       *quote)
{
  g_autofree char *shown = NULL;

  if (report == NULL)
    return;
  shown = quote_for_message (quote);
  report->n_ranges_dropped++;
  if (cue)
    report_add (report, g_strdup_printf (_("%s: the cue words %s are not in the article any more; their place was dropped"),
                                         path, shown));
  else
    report_add (report, g_strdup_printf (_("%s: the source’s words %s are not in the article any more; their place was dropped"),
                                         path, shown));
}

/* ------------------------------------------------------------------------
 * Putting claims back on the article
 * ------------------------------------------------------------------------ */

void
_kaynak_saved_claim_clear (gpointer data)
{
  KaynakSavedClaim *entry = data;

  g_clear_object (&entry->claim);
}

static int
compare_entry_start (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const KaynakSavedClaim *entries = user_data;
  guint sa = entries[*(const guint *) a].start;
  guint sb = entries[*(const guint *) b].start;

  return sa < sb ? -1 : sa > sb;
}

/* A walk forward through the text, where the last claim was looked for:
 * claims are visited by increasing start, so the whole pass is linear in
 * the text plus the quotes. */
typedef struct
{
  const char *text;
  gsize       text_bytes;
  guint       offset;   /* code point… */
  gsize       byte;     /* …and its byte */
} TextWalk;

/* Code points in @length bytes of valid UTF-8: the bytes that do not
 * continue a character.  A loop the compiler vectorises. */
static guint
count_chars (const char *s,
             gsize       length)
{
  guint n = 0;

  for (gsize i = 0; i < length; i++)
    n += ((guchar) s[i] & 0xC0) != 0x80;

  return n;
}

static gboolean
quote_is_at (TextWalk         *walk,
             guint             text_length,
             const KaynakSavedClaim *entry)
{
  if (entry->end > text_length)
    return FALSE;

  while (walk->offset < entry->start)
    {
      walk->byte = g_utf8_next_char (walk->text + walk->byte) - walk->text;
      walk->offset++;
    }

  if (entry->quote_bytes > walk->text_bytes - walk->byte ||
      memcmp (walk->text + walk->byte, entry->quote, entry->quote_bytes) != 0)
    return FALSE;

  /* Same bytes; the quote must also end at "end", in code points. */
  return count_chars (entry->quote, entry->quote_bytes) == entry->end - entry->start;
}

/* Whether the text around [start, end) agrees with the claim's stored
 * context on at least one side (the code points nearest the quote; an
 * edit right next to the quote may spoil the other side). */
#define CONTEXT_CHECK_LENGTH 8

gboolean
_kaynak_reanchor_context_agrees (KaynakDocument *document,
                                 const char     *prefix,
                                 const char     *suffix,
                                 guint           start,
                                 guint           end)
{
  guint length = kaynak_document_get_length (document);

  if (prefix[0] == '\0' && suffix[0] == '\0')
    return TRUE;

  if (prefix[0] != '\0')
    {
      glong n = MIN (g_utf8_strlen (prefix, -1), CONTEXT_CHECK_LENGTH);
      const char *tail = g_utf8_offset_to_pointer (prefix, g_utf8_strlen (prefix, -1) - n);
      g_autofree char *before = NULL;

      if ((glong) start >= n)
        {
          before = kaynak_document_dup_slice (document, start - n, start);
          if (strcmp (before, tail) == 0)
            return TRUE;
        }
    }

  if (suffix[0] != '\0')
    {
      glong n = MIN (g_utf8_strlen (suffix, -1), CONTEXT_CHECK_LENGTH);
      const char *head_end = g_utf8_offset_to_pointer (suffix, n);
      g_autofree char *after = NULL;

      if ((guint64) end + n <= length)
        {
          after = kaynak_document_dup_slice (document, end, end + n);
          if (strlen (after) == (gsize) (head_end - suffix) &&
              memcmp (after, suffix, head_end - suffix) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* "claims[3]", for the report */
char *
_kaynak_reanchor_entry_path (const KaynakSavedClaim *entry)
{
  return g_strdup_printf ("claims[%u]", entry->index);
}

static void
keep_orphan (KaynakSavedClaim       *entry,
             KaynakLoadReport *report)
{
  g_autofree char *path = _kaynak_reanchor_entry_path (entry);

  kaynak_claim_set_orphaned (entry->claim, TRUE);
  _kaynak_load_report_orphan (report, path, entry->quote);
}

/* A claim in one piece, as it always was */
static void
reanchor_claim (KaynakDocument    *document,
                TextWalk          *walk,
                KaynakAnchorText **anchor_text,
                KaynakSavedClaim  *entry,
                gboolean           text_changed,
                gint64            *shift,
                KaynakLoadReport  *report)
{
  guint text_length = kaynak_document_get_length (document);
  KaynakAnchorResult result;
  guint new_start = 0, new_end = 0;
  g_autofree char *path = NULL;
  gint64 hint;

  if (!entry->orphaned && quote_is_at (walk, text_length, entry))
    {
      /* The quote is where it was.  Its context may not be. */
      if (text_changed)
        kaynak_document_anchor_context (document, entry->claim, entry->start, entry->end);
      return;
    }

  /* An orphan saved with this very text was looked for in it already.
   * Looking again could only differ by the hint (where the claims
   * before it went) and by what the searches before it cost, so an
   * orphan could come back on the second load but not the first, and
   * a save → load → save would change the file.  It comes back when
   * the article changes, when its quote stands exactly at its offsets
   * (a file edited by hand), or when the user re-attaches it. */
  if (entry->orphaned && !text_changed)
    {
      if (quote_is_at (walk, text_length, entry))
        {
          path = _kaynak_reanchor_entry_path (entry);
          _kaynak_load_report_found_again (report, path, entry->quote,
                                           entry->start, entry->end);
          kaynak_claim_set_orphaned (entry->claim, FALSE);
          kaynak_document_anchor_context (document, entry->claim, entry->start, entry->end);
        }
      else
        keep_orphan (entry, report);
      return;
    }

  /* Look first where the claims before it went: a word inserted early
   * in the article shifts every later claim by the same amount, and a
   * hit at the hint costs only a comparison.  The text is indexed once
   * for all the claims that need it. */
  if (*anchor_text == NULL)
    *anchor_text = kaynak_anchor_text_new (walk->text, walk->text_bytes);
  hint = CLAMP ((gint64) entry->start + *shift, 0, (gint64) text_length);
  result = kaynak_anchor_text_find (*anchor_text,
                                    entry->quote,
                                    kaynak_claim_get_prefix (entry->claim),
                                    kaynak_claim_get_suffix (entry->claim),
                                    (guint) hint, &new_start, &new_end);

  /* The hint is only a guess: a short quote found exactly there but
   * in other surroundings is another place with the same words.  Then
   * look again from the claim's own old place, by the usual rules. */
  if (hint != entry->start && result == KAYNAK_ANCHOR_EXACT &&
      !_kaynak_reanchor_context_agrees (document, kaynak_claim_get_prefix (entry->claim),
                                        kaynak_claim_get_suffix (entry->claim),
                                        new_start, new_end))
    result = kaynak_anchor_text_find (*anchor_text,
                                      entry->quote,
                                      kaynak_claim_get_prefix (entry->claim),
                                      kaynak_claim_get_suffix (entry->claim),
                                      MIN (entry->start, text_length),
                                      &new_start, &new_end);

  if (result == KAYNAK_ANCHOR_NOT_FOUND)
    {
      keep_orphan (entry, report);
      return;
    }

  path = _kaynak_reanchor_entry_path (entry);
  if (result == KAYNAK_ANCHOR_APPROXIMATE)
    {
      /* The quoted words were edited: the claim now holds the text
       * that stands in their place (told before set_quote() frees
       * the old quote) */
      g_autofree char *new_text = kaynak_document_dup_slice (document, new_start, new_end);

      _kaynak_load_report_edited (report, path, entry->quote, new_text, new_start, new_end);
      kaynak_claim_set_range (entry->claim, new_start, new_end);
      kaynak_claim_set_quote (entry->claim, new_text);
      entry->quote = NULL; /* freed by set_quote */
      *shift = (gint64) new_start - entry->start;
    }
  else if (new_start != entry->start || new_end != entry->end)
    {
      _kaynak_load_report_moved (report, path, entry->quote,
                                 entry->start, entry->end, new_start, new_end);
      kaynak_claim_set_range (entry->claim, new_start, new_end);
      *shift = (gint64) new_start - entry->start;
    }
  else
    _kaynak_load_report_found_again (report, path, entry->quote, new_start, new_end);

  kaynak_claim_set_orphaned (entry->claim, FALSE);
  kaynak_document_anchor_context (document, entry->claim, new_start, new_end);
}

void
_kaynak_reanchor_claims (KaynakDocument   *document,
                         GArray           *entries,
                         gboolean          text_changed,
                         KaynakLoadReport *report)
{
  KaynakSavedClaim *items = (KaynakSavedClaim *) (gpointer) entries->data;
  guint n = entries->len;
  guint text_length = kaynak_document_get_length (document);
  TextWalk walk = { kaynak_document_get_text (document),
                    kaynak_document_get_text_bytes (document), 0, 0 };
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autoptr(KaynakAnchorText) anchor_text = NULL;
  gboolean sorted = TRUE;
  gint64 shift = 0;

  for (guint i = 0; i < n; i++)
    {
      order[i] = i;
      if (i > 0 && items[i].start < items[i - 1].start)
        sorted = FALSE;
    }
  /* A saved file is in document order already; sort only hand-made ones. */
  if (!sorted)
    g_qsort_with_data (order, n, sizeof (guint), compare_entry_start, items);

  for (guint k = 0; k < n; k++)
    {
      KaynakSavedClaim *entry = &items[order[k]];

      if (kaynak_claim_get_n_pieces (entry->claim) > 1)
        {
          /* The cover at its offsets, checked on the walk; each piece's
           * words are then checked on their own (kaynak-reanchor-pieces.c) */
          gboolean cover_at = quote_is_at (&walk, text_length, entry);

          _kaynak_reanchor_pieces (document, &anchor_text, entry, cover_at, text_changed,
                                   &shift, report);
        }
      else
        reanchor_claim (document, &walk, &anchor_text, entry, text_changed, &shift, report);

      /* Where its source is named and its cue stands go with it */
      _kaynak_reanchor_ranges (document, entry, report);
    }
}
