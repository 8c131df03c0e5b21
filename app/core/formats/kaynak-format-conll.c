/* kaynak-format-conll.c: CoNLL with IOB2 tags, for sequence labelling.
 *
 * One token per line, "TOKEN<TAB>TAG"; a blank line after each sentence;
 * "-DOCSTART-<TAB>O" and a blank line before each document.  Tokens come
 * from kaynak-tokenizer.c (Turkish-aware), sentences from
 * kaynak-sentence.c.  Tags are B-TYPE / I-TYPE / O where TYPE is the
 * source's label made safe (as in brat: "Dışişleri Bakanlığı" →
 * "Disisleri_Bakanligi"), "Claim" for a claim without a source.  Names
 * are given once per dataset (KaynakTypeNames): within one dataset a tag
 * always means the same source label, whichever article it is in.
 *
 * Zero-width characters are never tokens (see kaynak-tokenizer.h); a soft
 * hyphen, word joiner or U+FEFF inside a word is left out of the token
 * written.
 *
 * Offsets are not written; a token belongs to a claim when any of its code
 * points lies inside one of the claim's pieces.  A claim in pieces (a
 * quotation interrupted by "he said") tags only its pieces' words: the
 * words between them are O, and each piece starts with B- (IOB2 cannot
 * tie two chunks into one claim).
 *
 * Overlapping claims: IOB2 has one tag per token, so the outermost claim
 * wins.  Claims are taken in document order (earlier start first, the
 * longer one first when two start together); a claim that shares a token
 * with one already tagged is left out (counted as skipped).  A claim that
 * runs over a sentence break starts again with B- in the next sentence, so
 * every sentence is valid IOB2 on its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-format-private.h"
#include "kaynak-tokenizer.h"

typedef struct
{
  KaynakSpan  span;
  guint       sentence;
  const char *type;   /* NULL: outside every claim */
  gboolean    begin;
} Token;

/* First token whose end is past @offset */
static guint
first_token_after (GArray *tokens,
                   guint   offset)
{
  guint lo = 0, hi = tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (tokens, Token, mid).span.end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
conll_begin (KaynakExportWriter *writer,
             GError            **error)
{
  /* one name per source label for the whole dataset */
  writer->data = kaynak_type_names_new ();
  writer->data_free = (GDestroyNotify) kaynak_type_names_free;
  return TRUE;
}

static gboolean
conll_add (KaynakExportWriter *writer,
           KaynakDocument     *document,
           GError            **error)
{
  g_autoptr(KaynakFormatDoc) doc = kaynak_format_doc_new (NULL, document);
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  KaynakTypeNames *names = writer->data;
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  /* the writer's buffer, reused from document to document */
  GString *out = kaynak_format_reset_buffer (writer);
  guint n_tagged = 0;

  for (guint s = 0; s < doc->sentences->len; s++)
    {
      KaynakSpan *sentence = &g_array_index (doc->sentences, KaynakSpan, s);
      g_autoptr(GArray) spans = kaynak_tokenize (doc->text, sentence->start, sentence->end);

      for (guint t = 0; t < spans->len; t++)
        {
          Token token = { g_array_index (spans, KaynakSpan, t), s, NULL, FALSE };

          g_array_append_val (tokens, token);
        }
    }

  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      guint n_pieces = kaynak_claim_get_n_pieces (claim);
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
      const char *type = "Claim";
      g_autofree guint *firsts = g_new (guint, n_pieces);
      g_autofree guint *lasts = g_new (guint, n_pieces);
      gboolean available = TRUE, any = FALSE;

      /* the tokens of each piece: all free, or the claim is left out */
      for (guint p = 0; p < n_pieces; p++)
        {
          KaynakRange piece = kaynak_claim_get_piece (claim, p);
          guint last = first_token_after (tokens, piece.start);

          /* a token the piece before ended in is that piece's already */
          if (p > 0 && last < lasts[p - 1])
            last = lasts[p - 1];
          firsts[p] = last;
          for (; last < tokens->len && g_array_index (tokens, Token, last).span.start < piece.end;
               last++)
            if (g_array_index (tokens, Token, last).type != NULL)
              available = FALSE;
          lasts[p] = last;
          any = any || last > firsts[p];
        }
      if (!available || !any)
        {
          writer->n_skipped++;
          continue;
        }
      /* named only once tagged: a claim left out takes no name */
      if (source != NULL)
        type = kaynak_type_names_get (names, kaynak_source_get_label (source));
      for (guint p = 0; p < n_pieces; p++)
        for (guint t = firsts[p]; t < lasts[p]; t++)
          {
            Token *token = &g_array_index (tokens, Token, t);

            token->type = type;
            /* B- where a piece starts, unless it goes on in the same
             * token run as the piece before (pieces that touch) */
            token->begin = (t == firsts[p] && (p == 0 || firsts[p] != lasts[p - 1])) ||
                           t == firsts[0] ||
                           g_array_index (tokens, Token, t - 1).sentence != token->sentence;
          }
      n_tagged++;
    }

  g_string_append (out, "-DOCSTART-\tO\n\n");
  for (guint t = 0; t < tokens->len; t++)
    {
      Token *token = &g_array_index (tokens, Token, t);

      for (guint k = token->span.start; k < token->span.end; k++)
        {
          gunichar c = doc->text[k];

          /* A soft hyphen, word joiner or stray byte order mark inside a
           * word changes nothing a reader sees; a tagger's vocabulary
           * should see "Ankara", not a second spelling of it.  U+200C and
           * U+200D stay: they change how the word is written. */
          if (c == 0x00AD || c == 0x2060 || c == 0xFEFF)
            continue;
          g_string_append_unichar (out, c);
        }
      g_string_append_c (out, '\t');
      if (token->type == NULL)
        g_string_append_c (out, 'O');
      else
        g_string_append_printf (out, "%s-%s", token->begin ? "B" : "I", token->type);
      g_string_append_c (out, '\n');
      if (t + 1 == tokens->len || g_array_index (tokens, Token, t + 1).sentence != token->sentence)
        g_string_append_c (out, '\n');
    }

  if (!kaynak_format_write (writer, out->str, out->len, error))
    return FALSE;
  writer->n_claims += n_tagged;
  return TRUE;
}

const KaynakExporter kaynak_format_conll = {
  .name = "conll",
  .label = N_("CoNLL (IOB2), one token per line"),
  .extension = ".conll",
  .mime_type = "text/plain",
  .kind = KAYNAK_EXPORT_DATASET,
  .begin = conll_begin,
  .add = conll_add,
};
