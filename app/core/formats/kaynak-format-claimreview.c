/* kaynak-format-claimreview.c: schema.org ClaimReview (JSON-LD) for
 * fact-checkers, one STEM.claimreview.jsonld per article: a JSON array of
 * ClaimReview objects, one per claim with a verdict (any status but
 * "unverified"; with a codebook's scale, a verdict of it).  An article without verdicts gets no file.
 *
 * Every review carries what Google requires and Fact Check Explorer reads
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 *  - url: the page where the fact-check is published, the article's
 *    fact-check address from Article Details.  An article with verdicts
 *    but without it, or without its own web address (the Claim's
 *    appearance), is refused with a message saying what to set, rather
 *    than exported with a required property missing;
 *  - claimReviewed: the checkable claim the user wrote, else the quote,
 *    white space collapsed, cut at a word
 *    boundary after at most 200 characters with "…";
 *  - itemReviewed: a Claim whose author is the source (Person for named
 *    and anonymous sources, Organization for official statements and
 *    no-comment; no author for unattributed claims or claims without a
 *    source), whose appearance is the article: a CreativeWork with its
 *    url, headline (the title), datePublished, inLanguage and publisher
 *    (an Organization named after the outlet), from Article Details;
 *    The Claim's datePublished is the article's publication date, when
 *    known;
 *  - datePublished: the date the claim was last changed (when the verdict
 *    was given);
 *  - reviewRating: a Rating whose alternateName is the verdict's label and,
 *    for the verdicts that lie on one scale (refuted 1, misleading 2,
 *    supported 3), ratingValue with bestRating 3 and worstRating 1;
 *    "unverifiable" is no point on it and has the name only.  A document
 *    with a codebook's verdict scale reviews the claims with a verdict of
 *    it instead: alternateName is the verdict's label and, when the
 *    verdict has a rating and the scale its best and worst, ratingValue,
 *    bestRating and worstRating are the codebook's numbers;
 *  - reviewBody: the note; author: the fact-checker from the options, an
 *    Organization or (fact_checker_person) a Person, with the name and
 *    the url given (either may be missing); with neither, the site that
 *    publishes the fact-check: an Organization whose url is the
 *    fact-check address's origin ("https://example.org"), so that every
 *    review has an author and nothing is made up;
 *  - citation: the claim's evidence, each a CreativeWork with its url,
 *    archivedAt, datePublished and description (the note).
 * No invented values: a field without data is left out.
 *
 * Every string is also safe inside an HTML <script> element: "<", ">",
 * "&", U+2028 and U+2029 are written as \u escapes, which JSON parsers
 * read back as the same characters.
 *
 * No offsets are written (ClaimReview has none).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-article-details.h"
#include "kaynak-document-codebook.h"
#include "kaynak-error.h"
#include "kaynak-document-attribution.h"
#include "kaynak-format-private.h"

#define MAX_REVIEWED 200

static char *
shorten (const char *quote)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  const char *cut;
  const char *last_space = NULL;

  /* collapse runs of white space (line breaks too) into one space */
  for (const char *p = quote; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  if (g_utf8_strlen (out->str, -1) <= MAX_REVIEWED)
    return g_string_free (out, FALSE);

  /* keep whole words: cut at the last space before the limit, unless that
   * would throw away more than half */
  cut = g_utf8_offset_to_pointer (out->str, MAX_REVIEWED - 1);
  for (const char *p = out->str; p < cut; p++)
    if (*p == ' ')
      last_space = p;
  if (last_space != NULL && g_utf8_pointer_to_offset (out->str, last_space) > MAX_REVIEWED / 2)
    cut = last_space;
  g_string_truncate (out, cut - out->str);
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

static const char *
author_type (KaynakSourceKind kind)
{
  switch (kind)
    {
    case KAYNAK_SOURCE_KIND_NAMED:
    case KAYNAK_SOURCE_KIND_ANONYMOUS:
      return "Person";
    case KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT:
    case KAYNAK_SOURCE_KIND_NO_COMMENT:
      return "Organization";
    case KAYNAK_SOURCE_KIND_UNATTRIBUTED:
    default:
      return NULL;
    }
}

/* The author's type (issue 19): what the source is, when it says it is
 * a person or a body; else, for a document or a source that does not
 * say, from the source's kind as before (author_type(): the author is the
 * source, and an official speaking anonymously for the White House does
 * not make the White House a person).  A claim attributed as
 * "unattributed" names nobody, whatever its source is. */
static const char *
claim_author_type (KaynakDocument *document,
                   KaynakClaim    *claim,
                   KaynakSource   *source)
{
  KaynakSourceKind kind = kaynak_document_claim_attribution (document, claim);

  if (source == NULL || kind == KAYNAK_SOURCE_KIND_UNATTRIBUTED)
    return NULL;
  switch (kaynak_source_get_source_type (source))
    {
    case KAYNAK_SOURCE_TYPE_PERSON:
      return "Person";
    case KAYNAK_SOURCE_TYPE_ORGANIZATION:
    case KAYNAK_SOURCE_TYPE_GOVERNMENT:
    case KAYNAK_SOURCE_TYPE_GROUP:
      return "Organization";
    case KAYNAK_SOURCE_TYPE_DOCUMENT:
    case KAYNAK_SOURCE_TYPE_UNSET:
    default:
      return author_type (kaynak_source_get_kind (source));
    }
}

/* The verdict's point on a scale from 1 (false) to 3 (true); 0 when it is
 * no point on it */
static guint
rating_value (KaynakClaimStatus status)
{
  switch (status)
    {
    case KAYNAK_CLAIM_STATUS_REFUTED:
      return 1;
    case KAYNAK_CLAIM_STATUS_MISLEADING:
      return 2;
    case KAYNAK_CLAIM_STATUS_SUPPORTED:
      return 3;
    case KAYNAK_CLAIM_STATUS_UNVERIFIED:
    case KAYNAK_CLAIM_STATUS_UNVERIFIABLE:
    default:
      return 0;
    }
}

/* Whether @claim gets a review: with a codebook's scale, when it has a
 * verdict of it; else when its status is a verdict */
static gboolean
is_reviewed (KaynakDocument *document,
             KaynakClaim    *claim)
{
  if (kaynak_document_get_verdicts (document)->len > 0)
    return kaynak_claim_get_verdict (claim) != NULL;
  return kaynak_claim_get_status (claim) != KAYNAK_CLAIM_STATUS_UNVERIFIED;
}

static void
json_number (KaynakJson *json,
             const char *key,
             double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  kaynak_json_raw (json, key, g_ascii_formatd (buf, sizeof buf, "%.15g", value));
}

/* The reviewRating from the codebook's scale: alternateName is the
 * verdict's label, and when the verdict has a rating and the scale its
 * best and worst, ratingValue, bestRating and worstRating (a verdict the
 * scale no longer holds has its id as the name and no rating) */
static void
append_scale_rating (KaynakJson     *json,
                     KaynakDocument *document,
                     KaynakClaim    *claim)
{
  const KaynakCodebookValue *verdict = kaynak_document_find_verdict (document,
                                                                     kaynak_claim_get_verdict (claim));
  double best, worst;

  kaynak_json_string (json, "alternateName", kaynak_document_claim_verdict_label (document, claim));
  if (verdict != NULL && verdict->has_rating &&
      kaynak_document_get_rating_range (document, &best, &worst))
    {
      json_number (json, "ratingValue", verdict->rating);
      json_number (json, "bestRating", best);
      json_number (json, "worstRating", worst);
    }
}

/* "https://example.org" from "https://example.org/dogrulama/haber" */
static char *
site_of (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL)
    return NULL;
  return g_uri_join (G_URI_FLAGS_NONE, g_uri_get_scheme (uri), NULL, g_uri_get_host (uri),
                     g_uri_get_port (uri), "", NULL, NULL);
}

/* What Google requires of every review and only the article can give */
/* The article's byline as the appearance's author, and the archived copy
 * as its archivedAt (schema.org: "a page … involved in archival of a
 * CreativeWork"), so a reader can still find the claim when the page goes */
static void
append_appearance_copy (KaynakJson     *json,
                        KaynakDocument *document)
{
  const char *author = kaynak_document_get_article_author (document);

  if (*author != '\0')
    {
      kaynak_json_begin_object (json, "author");
      kaynak_json_string (json, "@type", "Person");
      kaynak_json_string (json, "name", author);
      kaynak_json_end_object (json);
    }
  kaynak_json_nonempty (json, "archivedAt", kaynak_document_get_archived_url (document));
}

static gboolean
check_required (KaynakDocument  *document,
                GError         **error)
{
  const char *fact_check_url = kaynak_document_get_fact_check_url (document);
  g_autoptr(GError) local_error = NULL;

  if (*fact_check_url == '\0')
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("The article has no fact-check address. ClaimReview needs the page "
                             "where the fact-check is published: set it as “Fact-Check Address” "
                             "in Article Details (Alt+Return)."));
      return FALSE;
    }
  /* a file may hold anything there: Kaynak's own dialog checks it */
  if (!kaynak_fact_check_url_check (fact_check_url, &local_error))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The article’s fact-check address is not usable: %s"), local_error->message);
      return FALSE;
    }
  if (*kaynak_document_get_url (document) == '\0')
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("The article has no web address. ClaimReview names the page where "
                             "the claim appeared: set the article’s “Web Address” in Article "
                             "Details (Alt+Return)."));
      return FALSE;
    }
  return TRUE;
}

/* The evidence the fact-checker found, as the review's citations:
 * CreativeWorks with their url, archivedAt (the archived copy),
 * datePublished and description (the note) */
static void
add_citations (KaynakJson  *json,
               KaynakClaim *claim)
{
  const KaynakEvidenceList *list = kaynak_claim_get_evidence (claim);
  guint n = kaynak_evidence_list_get_n (list);

  if (n == 0)
    return;
  kaynak_json_begin_array (json, "citation");
  for (guint i = 0; i < n; i++)
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (list, i);

      kaynak_json_begin_object (json, NULL);
      kaynak_json_string (json, "@type", "CreativeWork");
      kaynak_json_string (json, "url", item->url);
      kaynak_json_nonempty (json, "archivedAt", item->archived);
      kaynak_json_nonempty (json, "datePublished", item->date);
      kaynak_json_nonempty (json, "description", item->note);
      kaynak_json_end_object (json);
    }
  kaynak_json_end_array (json);
}

static gboolean
claimreview_add (KaynakExportWriter *writer,
                 KaynakDocument     *document,
                 GError            **error)
{
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  GString *out = kaynak_format_reset_buffer (writer);
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  const char *url = kaynak_document_get_url (document);
  const char *title = kaynak_document_get_title (document);
  const char *published = kaynak_document_get_published (document);
  const char *outlet = kaynak_document_get_outlet (document);
  const char *language = kaynak_document_get_language (document);
  const char *checker_name = writer->options.fact_checker_name;
  const char *checker_url = writer->options.fact_checker_url;
  const char *fact_check_url = kaynak_document_get_fact_check_url (document);
  g_autofree char *site = NULL;
  guint n_reviews = 0;
  KaynakJson json;

  for (guint i = 0; i < claims->len; i++)
    if (is_reviewed (document, g_ptr_array_index (claims, i)))
      n_reviews++;
  /* nothing to publish is no error: the caller says "nothing written" */
  if (n_reviews == 0)
    {
      writer->n_skipped += claims->len;
      return TRUE;
    }
  if (!check_required (document, error))
    return FALSE;
  n_reviews = 0;
  site = site_of (fact_check_url);

  kaynak_json_init (&json, out);
  /* The file is made to be pasted into a page's
   * <script type="application/ld+json">: a quote holding "</script>" must
   * not end the element there. */
  kaynak_json_set_script_safe (&json, TRUE);
  kaynak_json_begin_array (&json, NULL);
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      KaynakClaimStatus status = kaynak_claim_get_status (claim);
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
      const char *type = claim_author_type (document, claim, source);
      g_autofree char *reviewed = NULL;
      g_autofree char *date = NULL;

      if (!is_reviewed (document, claim))
        {
          writer->n_skipped++;
          continue;
        }
      n_reviews++;
      /* the sentence the user wrote to check, else the highlighted words */
      reviewed = shorten (kaynak_claim_get_checkable_or_quote (claim));
      date = g_strndup (kaynak_claim_get_modified (claim), 10);

      kaynak_json_begin_object (&json, NULL);
      kaynak_json_string (&json, "@context", "https://schema.org");
      kaynak_json_string (&json, "@type", "ClaimReview");
      kaynak_json_string (&json, "url", fact_check_url);
      kaynak_json_nonempty (&json, "claimReviewed", reviewed);

      kaynak_json_begin_object (&json, "itemReviewed");
      kaynak_json_string (&json, "@type", "Claim");
      if (type != NULL)
        {
          kaynak_json_begin_object (&json, "author");
          kaynak_json_string (&json, "@type", type);
          kaynak_json_nonempty (&json, "name", kaynak_source_get_label (source));
          kaynak_json_end_object (&json);
        }
      /* the claim was made in the article, when it appeared */
      kaynak_json_nonempty (&json, "datePublished", published);
      /* check_required() saw to the url: the appearance is always there */
      kaynak_json_begin_object (&json, "appearance");
      kaynak_json_string (&json, "@type", "CreativeWork");
      kaynak_json_nonempty (&json, "url", url);
      kaynak_json_nonempty (&json, "headline", title);
      kaynak_json_nonempty (&json, "datePublished", published);
      kaynak_json_nonempty (&json, "inLanguage", language);
      append_appearance_copy (&json, document);
      if (*outlet != '\0')
        {
          kaynak_json_begin_object (&json, "publisher");
          kaynak_json_string (&json, "@type", "Organization");
          kaynak_json_string (&json, "name", outlet);
          kaynak_json_end_object (&json);
        }
      kaynak_json_end_object (&json);
      kaynak_json_end_object (&json);

      kaynak_json_nonempty (&json, "datePublished", date);
      kaynak_json_begin_object (&json, "reviewRating");
      kaynak_json_string (&json, "@type", "Rating");
      if (kaynak_document_get_verdicts (document)->len > 0)
        append_scale_rating (&json, document, claim);
      else
        kaynak_json_string (&json, "alternateName", kaynak_claim_status_to_label (status));
      if (kaynak_document_get_verdicts (document)->len == 0 && rating_value (status) > 0)
        {
          kaynak_json_uint (&json, "ratingValue", rating_value (status));
          kaynak_json_uint (&json, "bestRating", 3);
          kaynak_json_uint (&json, "worstRating", 1);
        }
      kaynak_json_end_object (&json);
      kaynak_json_nonempty (&json, "reviewBody", kaynak_claim_get_note (claim));
      add_citations (&json, claim);

      /* A web address alone still identifies the fact-checker: schema.org
       * requires no property, and a name made up from it would be an
       * invented value. */
      if ((checker_name != NULL && *checker_name != '\0') ||
          (checker_url != NULL && *checker_url != '\0'))
        {
          kaynak_json_begin_object (&json, "author");
          kaynak_json_string (&json, "@type",
                              writer->options.fact_checker_person ? "Person" : "Organization");
          kaynak_json_nonempty (&json, "name", checker_name);
          kaynak_json_nonempty (&json, "url", checker_url);
          kaynak_json_end_object (&json);
        }
      else
        {
          kaynak_json_begin_object (&json, "author");
          kaynak_json_string (&json, "@type", "Organization");
          kaynak_json_string (&json, "url", site);
          kaynak_json_end_object (&json);
        }
      kaynak_json_end_object (&json);
    }
  kaynak_json_end_array (&json);
  g_string_append_c (out, '\n');

  stem = kaynak_format_unique_stem (writer, document);
  name = g_strconcat (stem, ".claimreview.jsonld", NULL);
  if (!kaynak_format_write_file (writer, name, out->str, out->len, error))
    return FALSE;
  writer->n_claims += n_reviews;
  return TRUE;
}

const KaynakExporter kaynak_format_claimreview = {
  .name = "claimreview",
  .label = N_("ClaimReview (schema.org JSON-LD) per article"),
  .extension = ".claimreview.jsonld",
  .mime_type = "application/ld+json",
  .kind = KAYNAK_EXPORT_PER_DOCUMENT,
  .add = claimreview_add,
  .nothing_to_write = N_("no claim has a verdict"),
};
