/* kaynak-format-html.c: a self-contained HTML report per article
 * (STEM.html): inline CSS, no scripts, nothing loaded from the network,
 * and a Content-Security-Policy that forbids scripts anyway.  The article
 * with every claim highlighted in its source's colour (the innermost claim
 * colours a nested passage, an outline shows the nesting), a numbered mark
 * after each claim, a legend of the sources, a table of the claims with
 * source, status, note and links, and a print style.
 *
 * Everything from the document is escaped (& < > " '), colours are used
 * only when they are "#rrggbb", and the article URL becomes a link only
 * when it is http(s): a "javascript:" URL stays text.
 *
 * Valid and accessible as html-validate judges it with its recommended and
 * WCAG rules (tests/html-validate.json): no inline style attributes (each
 * source's colours are a class in the <style>, .sN for a highlight, .wN for
 * a swatch), table headers with their scope, the page's language the
 * article's when it is a BCP 47 tag ("und" otherwise), a <title> of at most
 * 70 characters (the heading keeps the whole title).
 *
 * The article is laid out as the window lays it out: each line of the text
 * a paragraph, spaced as the text view spaces them (4 px above, 14 px
 * below, 8 px between wrapped lines), an empty line an empty paragraph of
 * one line's height.  A claim across a line break is highlighted on each
 * side of it.  A claim in pieces marks each piece and not the words
 * between them (kaynak_document_claims_in_range() sees only pieces); its
 * number follows its last piece, and the table shows its pieces' words
 * joined by " … ".
 *
 * Offsets are not shown; the claim table is in document order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kaynak-document-codebook.h"
#include "kaynak-format-html-scorecard.h"
#include "kaynak-format-private.h"
#include "kaynak-language.h"

/* html-validate's long-title rule, after what search results show */
#define MAX_TITLE 70

static const char style[] =
  "body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;"
  "color:#1e1e1e;background:#fff}"
  "h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.2em;margin-top:2em}"
  ".meta{color:#555;margin:0}"
  ".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}"
  ".swatch{display:inline-block;width:1em;height:1em;border-radius:3px;vertical-align:-.15em;"
  "margin-right:.3em;border:1px solid #0003}"
  /* kaynak-article-view.ui: pixels-above-lines 4, pixels-below-lines 14,
   * pixels-inside-wrap 8 */
  ".article{font-family:Georgia,serif;font-size:1.05em}"
  ".article p{white-space:pre-wrap;margin:4px 0 14px;line-height:calc(1.2em + 8px)}"
  "mark{color:inherit;border-radius:2px;padding:0 1px}"
  "mark.nested{outline:1px dashed #0008}"
  "sup.n a{font-size:.7em;color:#555;text-decoration:none;font-family:system-ui,sans-serif}"
  "table{border-collapse:collapse;width:100%;font-size:.9em}"
  "th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}"
  "th{background:#f3f3f3}tbody th{font-weight:normal}td.note{white-space:pre-wrap}"
  "footer{margin-top:3em;color:#777;font-size:.8em}"
  "@media print{body{margin:0;max-width:none;font-size:11pt}"
  "mark,.swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
  "a{color:inherit;text-decoration:none}header a[href]::after{content:\" (\" attr(href) \")\"}"
  "sup.n a{color:#333}thead{display:table-header-group}"
  "tr,.legend li{break-inside:avoid}h1,h2{break-after:avoid}.article p{orphans:3;widows:3}"
  "footer{display:none}}"
  /* the highlights' and swatches' colours, which printers drop */
  "mark,.swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}";

#define NO_SOURCE_COLOR "#9a9996"

static const char *
safe_color (KaynakSource *source)
{
  const char *color = source ? kaynak_source_get_color (source) : NULL;

  return kaynak_color_is_valid (color) ? color : NO_SOURCE_COLOR;
}

/* A source's class number: its place in the list, from 1; 0 for none */
static guint
source_class (KaynakDocument *document,
              KaynakSource   *source)
{
  GListModel *sources = kaynak_document_get_sources (document);
  guint position;

  if (source == NULL ||
      !g_list_store_find (G_LIST_STORE (sources), source, &position))
    return 0;
  return position + 1;
}

/* .sN (highlight) and .wN (swatch) for every source, and .s0/.w0 for the
 * claims without one: the colours are checked "#rrggbb" */
static void
append_source_classes (GString        *out,
                       KaynakDocument *document)
{
  GListModel *sources = kaynak_document_get_sources (document);

  g_string_append_printf (out, ".s0{background:%s55;border-bottom:2px solid %s}.w0{background:%s}",
                          NO_SOURCE_COLOR, NO_SOURCE_COLOR, NO_SOURCE_COLOR);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      const char *color = safe_color (source);

      g_string_append_printf (out, ".s%u{background:%s55;border-bottom:2px solid %s}.w%u{background:%s}",
                              i + 1, color, color, i + 1, color);
    }
}

/* .vN for each verdict of a codebook's scale (its colour, when it is a
 * "#rrggbb"), so the table shows the colour the window does */
static void
append_verdict_classes (GString        *out,
                        KaynakDocument *document)
{
  GPtrArray *verdicts = kaynak_document_get_verdicts (document);

  for (guint i = 0; i < verdicts->len; i++)
    {
      const KaynakCodebookValue *verdict = g_ptr_array_index (verdicts, i);
      const char *color = verdict->color;
      gboolean ok = color != NULL && strlen (color) == 7 && color[0] == '#';

      for (guint k = 1; ok && k < 7; k++)
        ok = g_ascii_isxdigit (color[k]);
      g_string_append_printf (out, ".v%u{background:%s}", i + 1, ok ? color : NO_SOURCE_COLOR);
    }
  if (kaynak_document_get_fields (document)->len > 0)
    g_string_append (out, ".fields{margin:.4em 0 0;font-size:.9em}.fields dt{font-weight:600}"
                          ".fields dd{margin:0 0 .2em 1em}");
}

/* The verdict's class number: its place on the scale, from 1; 0 for none
 * or one the scale no longer holds */
static guint
verdict_class (KaynakDocument *document,
               KaynakClaim    *claim)
{
  GPtrArray *verdicts = kaynak_document_get_verdicts (document);
  const char *id = kaynak_claim_get_verdict (claim);

  for (guint i = 0; id != NULL && i < verdicts->len; i++)
    if (g_strcmp0 (((const KaynakCodebookValue *) g_ptr_array_index (verdicts, i))->id, id) == 0)
      return i + 1;
  return 0;
}

static void
append_escaped_ucs4 (GString        *out,
                     const gunichar *text,
                     guint           start,
                     guint           end)
{
  g_autoptr(GString) piece = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    g_string_append_unichar (piece, text[i]);
  kaynak_html_append_escaped (out, piece->str, piece->len);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static void
append_article (GString         *out,
                KaynakFormatDoc *doc,
                GPtrArray       *claims,
                GHashTable      *numbers)
{
  KaynakDocument *document = doc->document;
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;
  gboolean line_empty;

  g_array_append_val (bounds, zero);
  g_array_append_val (bounds, doc->length);
  /* every line break is a segment of its own: it ends a paragraph, which
   * no <mark> may cross */
  for (guint i = 0; i < doc->length; i++)
    if (doc->text[i] == '\n')
      {
        guint after = i + 1;

        g_array_append_val (bounds, i);
        g_array_append_val (bounds, after);
      }
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);

      /* each piece's ends: one piece is the claim's own */
      for (guint p = 0; p < kaynak_claim_get_n_pieces (claim); p++)
        {
          KaynakRange piece = kaynak_claim_get_piece (claim, p);

          g_array_append_val (bounds, piece.start);
          g_array_append_val (bounds, piece.end);
        }
    }
  g_array_sort (bounds, compare_uint);

  g_string_append (out, "<div class=\"article\">\n<p>");
  line_empty = TRUE;
  for (guint i = 0; i + 1 < bounds->len; i++)
    {
      guint a = g_array_index (bounds, guint, i);
      guint b = g_array_index (bounds, guint, i + 1);
      g_autoptr(GPtrArray) covering = NULL;
      KaynakClaim *inner = NULL;

      if (a >= b)
        continue;
      if (doc->text[a] == '\n')
        {
          /* an empty line keeps one line's height, as in the window */
          g_string_append (out, line_empty ? "<br></p>\n<p>" : "</p>\n<p>");
          line_empty = TRUE;
          continue;
        }
      line_empty = FALSE;
      covering = kaynak_document_claims_in_range (document, a, b);
      for (guint k = 0; k < covering->len; k++)
        {
          KaynakClaim *c = g_ptr_array_index (covering, k);

          if (!g_hash_table_contains (numbers, kaynak_claim_get_id (c)))
            continue;
          if (inner == NULL ||
              kaynak_claim_get_end (c) - kaynak_claim_get_start (c) <=
              kaynak_claim_get_end (inner) - kaynak_claim_get_start (inner))
            inner = c;
        }

      if (inner != NULL)
        {
          const char *source_id = kaynak_claim_get_source_id (inner);
          KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;

          g_string_append_printf (out, "<mark class=\"s%u%s\" title=\"",
                                  source_class (document, source),
                                  covering->len > 1 ? " nested" : "");
          kaynak_html_append_escaped (out, source ? kaynak_source_get_label (source) : _("No source"), -1);
          g_string_append (out, "\">");
          append_escaped_ucs4 (out, doc->text, a, b);
          g_string_append (out, "</mark>");
        }
      else
        append_escaped_ucs4 (out, doc->text, a, b);

      /* the numbers of the claims that end here */
      for (guint k = 0; covering != NULL && k < covering->len; k++)
        {
          KaynakClaim *c = g_ptr_array_index (covering, k);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, kaynak_claim_get_id (c)));

          if (n != 0 && kaynak_claim_get_end (c) == b)
            g_string_append_printf (out, "<sup class=\"n\"><a href=\"#claim-%u\">%u</a></sup>", n, n);
        }
    }
  g_string_append (out, line_empty ? "<br></p>\n</div>\n" : "</p>\n</div>\n");
}

static void
append_legend (GString        *out,
               KaynakDocument *document)
{
  GListModel *sources = kaynak_document_get_sources (document);

  g_string_append_printf (out, "<h2>%s</h2>\n<ul class=\"legend\">\n", _("Sources"));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      guint n = kaynak_document_count_claims_for_source (document, kaynak_source_get_id (source));

      g_string_append_printf (out, "<li><span class=\"swatch w%u\"></span>", i + 1);
      kaynak_html_append_escaped (out, kaynak_source_get_label (source), -1);
      g_string_append (out, " <small>(");
      kaynak_html_append_escaped (out, kaynak_source_kind_to_label (kaynak_source_get_kind (source)), -1);
      g_string_append_printf (out, ", %u)</small></li>\n", n);
    }
  g_string_append (out, "</ul>\n");
}

/* After the claim's source: how this claim is attributed, when it says so
 * itself and that is not its source's kind (issue 19: "an official who
 * asked not to be named" of the White House) */
static void
append_own_attribution (GString      *out,
                        KaynakClaim  *claim,
                        KaynakSource *source)
{
  KaynakSourceKind kind;

  if (!kaynak_claim_get_attribution (claim, &kind) ||
      (source != NULL && kaynak_source_get_kind (source) == kind))
    return;
  g_string_append (out, source != NULL ? " <small>(" : "<small>(");
  kaynak_html_append_escaped (out, kaynak_source_kind_to_label (kind), -1);
  g_string_append (out, ")</small>");
}

/* Under the claim's words: the checkable claim the user wrote, and the
 * evidence as a numbered list of links (every address is http or https:
 * kaynak_evidence_check() saw to it on the way in) */
static void
append_checked (GString     *out,
                KaynakClaim *claim)
{
  const KaynakEvidenceList *list = kaynak_claim_get_evidence (claim);
  guint n = kaynak_evidence_list_get_n (list);
  const char *checkable = kaynak_claim_get_checkable (claim);

  if (*checkable != '\0')
    {
      g_string_append_printf (out, "<p class=\"checkable\"><strong>%s</strong> ", _("Checkable claim:"));
      kaynak_html_append_escaped (out, checkable, -1);
      g_string_append (out, "</p>");
    }
  if (n == 0)
    return;
  g_string_append_printf (out, "<p class=\"checkable\"><strong>%s</strong></p><ol class=\"evidence\">",
                          _("Evidence:"));
  for (guint i = 0; i < n; i++)
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (list, i);

      g_string_append (out, "<li><a href=\"");
      kaynak_html_append_escaped (out, item->url, -1);
      g_string_append (out, "\">");
      kaynak_html_append_escaped (out, item->url, -1);
      g_string_append (out, "</a>");
      if (*item->archived != '\0')
        {
          g_string_append (out, " (<a href=\"");
          kaynak_html_append_escaped (out, item->archived, -1);
          g_string_append (out, "\">");
          kaynak_html_append_escaped (out, _("archived copy"), -1);
          g_string_append (out, "</a>)");
        }
      if (*item->date != '\0')
        {
          g_string_append (out, " <time datetime=\"");
          kaynak_html_append_escaped (out, item->date, -1);
          g_string_append (out, "\">");
          kaynak_html_append_escaped (out, item->date, -1);
          g_string_append (out, "</time>");
        }
      if (*item->note != '\0')
        {
          g_string_append (out, ": ");
          kaynak_html_append_escaped (out, item->note, -1);
        }
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ol>");
}

static void
append_table (GString         *out,
              KaynakFormatDoc *doc,
              GPtrArray       *claims,
              GHashTable      *numbers)
{
  KaynakDocument *document = doc->document;

  g_string_append_printf (out, "<h2>%s</h2>\n<table>\n<thead><tr><th scope=\"col\">#</th>"
                          "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                          "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                          "</tr></thead>\n<tbody>\n",
                          _("Claims"), _("Quote"), _("Source"),
                          kaynak_document_get_verdicts (document)->len > 0 ? _("Verdict") : _("Status"),
                          _("Note"), _("Links"));
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
      GPtrArray *links = kaynak_format_doc_links (doc, claim);

      g_autofree char *quote = kaynak_format_pieces_quote (claim);

      g_string_append_printf (out, "<tr id=\"claim-%u\"><th scope=\"row\">%u</th><td>", i + 1, i + 1);
      kaynak_html_append_escaped (out, quote, -1);
      append_checked (out, claim);
      kaynak_format_append_codebook_html (out, document, claim, source);
      g_string_append (out, "</td><td>");
      if (source != NULL)
        {
          g_string_append_printf (out, "<span class=\"swatch w%u\"></span>",
                                  source_class (document, source));
          kaynak_html_append_escaped (out, kaynak_source_get_label (source), -1);
        }
      append_own_attribution (out, claim, source);
      g_string_append (out, "</td><td>");
      if (kaynak_document_get_verdicts (document)->len > 0)
        {
          guint verdict = verdict_class (document, claim);

          if (verdict > 0)
            g_string_append_printf (out, "<span class=\"swatch v%u\"></span>", verdict);
        }
      kaynak_html_append_escaped (out, kaynak_document_claim_verdict_label (document, claim), -1);
      g_string_append (out, "</td><td class=\"note\">");
      kaynak_html_append_escaped (out, kaynak_claim_get_note (claim), -1);
      g_string_append (out, "</td><td>");
      for (guint k = 0; links != NULL && k < links->len; k++)
        {
          KaynakLink *link = g_ptr_array_index (links, k);
          gboolean outgoing = g_strcmp0 (kaynak_link_get_from (link), kaynak_claim_get_id (claim)) == 0;
          const char *other = outgoing ? kaynak_link_get_to (link) : kaynak_link_get_from (link);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, other));

          if (k > 0)
            g_string_append (out, "<br>");
          if (!outgoing)
            g_string_append_printf (out, "<a href=\"#claim-%u\">%u</a> ", n, n);
          kaynak_html_append_escaped (out, kaynak_link_type_to_label (kaynak_link_get_link_type (link)), -1);
          if (outgoing)
            g_string_append_printf (out, " <a href=\"#claim-%u\">%u</a>", n, n);
        }
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

/* @title escaped for <title>, white space collapsed, and cut at a word
 * with "…" so that the escaped text is at most MAX_TITLE UTF-16 units:
 * html-validate's long-title counts the source as written, entities and
 * all, the way a browser's JavaScript counts a string */
static char *
escaped_short_title (const char *title)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) piece = g_string_new (NULL);
  gsize last_space = 0;
  guint units = 0, units_at_space = 0;
  gboolean cut = FALSE;

  for (const char *p = title; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint piece_units;

      if (g_unichar_isspace (c))
        {
          if (out->len == 0 || out->str[out->len - 1] == ' ')
            continue;
          c = ' ';
        }
      g_string_truncate (piece, 0);
      kaynak_html_append_escaped (piece, p, g_utf8_next_char (p) - p);
      if (c == ' ')
        g_string_assign (piece, " ");
      /* an escape is ASCII; a character outside the BMP is two units */
      piece_units = c > 0xFFFF ? 2 : c > 0x7F ? 1 : (guint) piece->len;
      /* room for "…" unless this is the whole title */
      if (units + piece_units > MAX_TITLE - 1)
        {
          cut = TRUE;
          break;
        }
      if (c == ' ')
        {
          last_space = out->len;
          units_at_space = units;
        }
      g_string_append_len (out, piece->str, piece->len);
      units += piece_units;
    }
  if (cut)
    {
      /* whole words, unless that throws away more than half */
      if (last_space > 0 && units_at_space > MAX_TITLE / 2)
        g_string_truncate (out, last_space);
      g_string_append (out, "…");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_address (GString    *out,
                const char *url)
{
  if (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"))
    {
      g_string_append (out, "<a href=\"");
      kaynak_html_append_escaped (out, url, -1);
      g_string_append (out, "\" rel=\"noreferrer\">");
      kaynak_html_append_escaped (out, url, -1);
      g_string_append (out, "</a>");
    }
  else
    kaynak_html_append_escaped (out, url, -1);
}

/* The byline, the day this copy was retrieved and its archived copy, each
 * on its own line of the header's details, when known */
static void
append_copy_details (GString        *out,
                     KaynakDocument *document)
{
  const char *author = kaynak_document_get_article_author (document);
  const char *retrieved = kaynak_document_get_retrieved (document);
  const char *archived = kaynak_document_get_archived_url (document);

  if (*author != '\0')
    {
      g_string_append (out, "<br>");
      /* Translators: %s is the article's author, e.g. "By Ayşe Yılmaz" */
      g_autofree char *by = g_strdup_printf (_("By %s"), author);
      kaynak_html_append_escaped (out, by, -1);
    }
  if (*retrieved != '\0')
    {
      g_autofree char *when = NULL;

      g_string_append (out, "<br>");
      /* Translators: %s is a date, e.g. "Retrieved 2024-10-31" */
      when = g_strdup_printf (_("Retrieved %s"), retrieved);
      kaynak_html_append_escaped (out, when, -1);
    }
  if (*archived != '\0')
    {
      g_string_append (out, "<br>");
      kaynak_html_append_escaped (out, _("Archived copy:"), -1);
      g_string_append_c (out, ' ');
      append_address (out, archived);
    }
}

static gboolean
html_add (KaynakExportWriter *writer,
          KaynakDocument     *document,
          GError            **error)
{
  g_autoptr(KaynakFormatDoc) doc = kaynak_format_doc_new (NULL, document);
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) out = g_string_sized_new (kaynak_document_get_text_bytes (document) * 2 + 8192);
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  const char *title = kaynak_document_get_title (document);
  const char *url = kaynak_document_get_url (document);
  const char *language = kaynak_document_get_language (document);
  const char *outlet = kaynak_document_get_outlet (document);
  const char *published = kaynak_document_get_published (document);
  g_autofree char *page_title = NULL;

  for (guint i = 0; i < claims->len; i++)
    g_hash_table_insert (numbers, (gpointer) kaynak_claim_get_id (g_ptr_array_index (claims, i)),
                         GUINT_TO_POINTER (i + 1));

  /* a language the file holds need not be a tag (FORMAT.md): then the
   * page says it is not known rather than something invalid */
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  kaynak_html_append_escaped (out,
                              *language && kaynak_language_tag_check (language, NULL) ? language : "und",
                              -1);
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Kaynak\">\n<title>");
  page_title = escaped_short_title (*title ? title : _("Untitled article"));
  g_string_append (out, page_title);
  g_string_append_printf (out, "</title>\n<style>%s", style);
  append_source_classes (out, document);
  append_verdict_classes (out, document);
  g_string_append (out, "</style>\n</head>\n<body>\n<header>\n<h1>");
  kaynak_html_append_escaped (out, *title ? title : _("Untitled article"), -1);
  g_string_append (out, "</h1>\n<p class=\"meta\">");
  kaynak_html_append_escaped (out, outlet, -1);
  if (*outlet && *published)
    g_string_append (out, " · ");
  kaynak_html_append_escaped (out, published, -1);
  if (*url)
    {
      g_string_append (out, (*outlet || *published) ? "<br>" : "");
      if (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"))
        {
          g_string_append (out, "<a href=\"");
          kaynak_html_append_escaped (out, url, -1);
          g_string_append (out, "\" rel=\"noreferrer\">");
          kaynak_html_append_escaped (out, url, -1);
          g_string_append (out, "</a>");
        }
      else
        kaynak_html_append_escaped (out, url, -1);
    }
  append_copy_details (out, document);
  g_string_append (out, "</p>\n</header>\n");

  append_legend (out, document);
  kaynak_format_html_append_scorecard (out, document);
  g_string_append_printf (out, "<h2>%s</h2>\n", _("Article"));
  append_article (out, doc, claims, numbers);
  append_table (out, doc, claims, numbers);
  g_string_append_printf (out, "<footer>%s</footer>\n</body>\n</html>\n",
                          _("Made with Kaynak."));

  stem = kaynak_format_unique_stem (writer, document);
  name = g_strconcat (stem, ".html", NULL);
  if (!kaynak_format_write_file (writer, name, out->str, out->len, error))
    return FALSE;
  writer->n_claims += claims->len;
  return TRUE;
}

const KaynakExporter kaynak_format_html = {
  .name = "html",
  .label = N_("HTML report per article"),
  .extension = ".html",
  .mime_type = "text/html",
  .kind = KAYNAK_EXPORT_PER_DOCUMENT,
  .add = html_add,
};
