/* kaynak-format-w3c-import.c: W3C Web Annotation (JSON-LD) import.
 *
 * The articles of a collection exported by Kaynak (kaynak-format-w3c.c
 * writes it), with their claims put back where their quotes stand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-anchor.h"
#include "kaynak-document-builder.h"
#include "kaynak-document-evidence.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-format-private.h"
#include "kaynak-json-reader.h"
#include "kaynak-reanchor.h"

#define MAX_SIZE (512u * 1024u * 1024u)

/* The importer reads what the export writes, with the latitude the Web
 * Annotation model gives around it: "type" and "purpose" may be one string
 * or a list, a body or a selector one object or a list, JSON-LD's null is
 * no value.  What is valid W3C but carries nothing Kaynak understands is
 * skipped: a body that is an IRI (a web resource) or has a purpose of its
 * own, a selector of another kind beside one Kaynak reads.  Anything it
 * reads that has the wrong type is an error naming its JSON path, since
 * skipping it would lose a claim's source, status or date without a word.
 * The members are read through kaynak-json-reader.h, in its import
 * dialect (null is no value; "first.items[0]: “id” must be a string").
 *
 * Annotations made on another copy of an article are put back in place as
 * when a Kaynak file is opened (see kaynak-anchor.h): a quote that is not
 * at its offsets is looked for, and one that is not found at all is kept
 * as an orphan.  Only offsets without a quote must fit the article. */

static const KaynakJsonReader reader = { .dialect = KAYNAK_JSON_DIALECT_IMPORT };

/* "PATH: message", and the import stops */
#define FAIL(path, ...) \
  G_STMT_START { \
    return kaynak_json_reader_fail (&reader, (path), error, __VA_ARGS__); \
  } G_STMT_END

typedef struct
{
  GHashTable       *by_iri;   /* article IRI → KaynakDocument */
  GHashTable       *anchors;  /* KaynakDocument → KaynakAnchorText */
  KaynakLoadReport *report;
  /* KaynakDocument → the KaynakDocumentBuilder filling it in bulk */
  GHashTable       *builders;
} ImportContext;

static KaynakDocumentBuilder *
builder_of (ImportContext  *context,
            KaynakDocument *document)
{
  return g_hash_table_lookup (context->builders, document);
}

/* Sets *@value to the string @key of @object, NULL when absent */
static gboolean
read_string (JsonObject            *object,
             const KaynakJsonPath  *path,
             const char            *key,
             const char           **value,
             GError               **error)
{
  return kaynak_json_reader_get_string (&reader, object, path, key, NULL, value, error);
}

static gboolean
terms_include (JsonNode   *terms,
               const char *name)
{
  for (guint i = 0; i < kaynak_json_node_n_values (terms); i++)
    if (g_str_equal (json_node_get_string (kaynak_json_node_nth_value (terms, i)), name))
      return TRUE;
  return FALSE;
}

/* @object must be a @type.  Without a "type" it is taken for one only
 * when @implied (an embedded page can only be a page). */
static gboolean
check_type (JsonObject            *object,
            const KaynakJsonPath  *path,
            const char            *type,
            gboolean               implied,
            GError               **error)
{
  JsonNode *types;

  if (!kaynak_json_reader_get_string_or_list (&reader, object, path, "type", &types, error))
    return FALSE;
  if (types == NULL && implied)
    return TRUE;
  if (types == NULL)
    FAIL (path, _("“type” is missing; expected “%s”"), type);
  if (terms_include (types, type))
    return TRUE;
  if (kaynak_json_node_is_string (types))
    FAIL (path, _("the type is “%s”; expected “%s”"), json_node_get_string (types), type);
  FAIL (path, _("“%s” is not among the types"), type);
}

/* The times a Kaynak file keeps: ISO 8601 in UTC ("…Z").  W3C allows any
 * xsd:dateTime, so a time in another zone is converted (one without a
 * zone is taken as UTC); one already in that form is kept as written,
 * fractions of a second too, so that our own export comes back the same. */
static gboolean
read_time (JsonObject            *object,
           const KaynakJsonPath  *path,
           const char            *key,
           char                 **value,
           GError               **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *seconds = NULL;
  const char *s, *rest;
  int year, month, day;

  *value = NULL;
  if (!read_string (object, path, key, &s, error))
    return FALSE;
  if (s == NULL)
    return TRUE;
  if ((parsed = g_date_time_new_from_iso8601 (s, utc)) == NULL)
    FAIL (path, _("“%s” “%s” is not a date and time like 2026-11-29T14:22:10Z"), key, s);

  time = g_date_time_to_utc (parsed);
  g_date_time_get_ymd (time, &year, &month, &day);
  seconds = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d", year, month, day,
                             g_date_time_get_hour (time), g_date_time_get_minute (time),
                             g_date_time_get_second (time));
  rest = g_str_has_prefix (s, seconds) ? s + strlen (seconds) : "";
  if (rest[0] == '.' && g_ascii_isdigit (rest[1]))
    for (rest++; g_ascii_isdigit (*rest); rest++)
      ;
  *value = g_str_equal (rest, "Z") ? g_strdup (s) : g_strconcat (seconds, "Z", NULL);
  return TRUE;
}

static gboolean
import_source (JsonObject             *s,
               const KaynakJsonPath   *spath,
               guint                   index,
               KaynakDocumentBuilder  *builder,
               GError                **error)
{
  const char *id, *label, *color, *kind_id, *description, *type_id;
  KaynakSourceKind kind = KAYNAK_SOURCE_KIND_NAMED;
  KaynakSourceType type = KAYNAK_SOURCE_TYPE_UNSET;
  guint shortcut = 0;
  g_autofree const char **aliases = NULL;
  g_autoptr(KaynakSource) source = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!read_string (s, spath, "id", &id, error) ||
      !read_string (s, spath, "label", &label, error) ||
      !read_string (s, spath, "color", &color, error) ||
      !read_string (s, spath, "kind", &kind_id, error) ||
      !read_string (s, spath, "description", &description, error) ||
      !read_string (s, spath, "kaynak:sourceType", &type_id, error) ||
      !kaynak_json_reader_get_string_list (&reader, s, spath, "aliases", &aliases, error))
    return FALSE;
  if (id == NULL || label == NULL)
    FAIL (spath, _("a source needs a string “id” and “label”"));
  if (kind_id != NULL && !kaynak_source_kind_from_id (kind_id, &kind))
    FAIL (spath, _("unknown source kind “%s”"), kind_id);
  if (type_id != NULL && !kaynak_source_type_from_id (type_id, &type))
    FAIL (spath, _("unknown source type “%s”"), type_id);
  if (kaynak_json_object_get_value (s, "shortcut") != NULL &&
      (!kaynak_json_node_get_uint (json_object_get_member (s, "shortcut"), &shortcut) ||
       shortcut > 9))
    FAIL (spath, _("“shortcut” must be an integer from 0 to 9"));

  source = kaynak_source_new (id, label,
                              kaynak_color_is_valid (color) ? color : kaynak_source_palette_color (index),
                              shortcut, kind);
  if (description != NULL)
    kaynak_source_set_description (source, description);
  kaynak_source_set_source_type (source, type);
  if (aliases != NULL)
    kaynak_source_set_aliases (source, aliases);
  if (!kaynak_document_builder_add_source (builder, source, &local_error))
    FAIL (spath, "%s", local_error->message);
  return TRUE;
}

static gboolean
import_document (JsonObject            *object,
                 const KaynakJsonPath  *path,
                 ImportContext         *context,
                 GPtrArray             *documents,
                 GError               **error)
{
  static const char * const metadata[] = { "title", "url", "outlet", "published", "notes" };
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (path, "kaynak:sources");
  const char *iri, *text, *language;
  JsonArray *sources;
  KaynakDocumentBuilder *builder;
  KaynakDocument *document;

  if (!read_string (object, path, "id", &iri, error) ||
      !read_string (object, path, "kaynak:text", &text, error) ||
      !read_string (object, path, "language", &language, error) ||
      !kaynak_json_reader_get_array (&reader, object, path, "kaynak:sources", &sources, error))
    return FALSE;
  if (iri == NULL || *iri == '\0')
    FAIL (path, _("the article has no “id”"));
  /* as the other importers: an article without text has nothing to annotate */
  if (text == NULL || *text == '\0')
    FAIL (path, _("the article has no text (“kaynak:text”)"));
  if (g_hash_table_contains (context->by_iri, iri))
    FAIL (path, _("the article id “%s” is used twice"), iri);

  /* filled in bulk (kaynak-document-builder.h); the context owns it */
  builder = kaynak_document_builder_new (text, -1);
  document = kaynak_document_builder_get_document (builder);
  g_hash_table_insert (context->builders, document, builder);
  g_ptr_array_add (documents, g_object_ref (document));
  for (guint i = 0; i < G_N_ELEMENTS (metadata); i++)
    {
      g_autofree char *key = g_strconcat ("kaynak:", metadata[i], NULL);
      const char *value;

      if (!read_string (object, path, key, &value, error))
        return FALSE;
      if (value != NULL)
        g_object_set (document, metadata[i], value, NULL);
    }
  if (language != NULL)
    kaynak_document_set_language (document, language);
  {
    const char *fact_check_url;

    if (!read_string (object, path, "kaynak:factCheckUrl", &fact_check_url, error))
      return FALSE;
    if (fact_check_url != NULL)
      kaynak_document_set_fact_check_url (document, fact_check_url);
  }
  {
    static const struct {
      const char *key;
      void      (*set) (KaynakDocument *, const char *);
    } copy[] = {
      { "kaynak:author", kaynak_document_set_article_author },
      { "kaynak:retrieved", kaynak_document_set_retrieved },
      { "kaynak:archivedUrl", kaynak_document_set_archived_url },
    };

    for (gsize i = 0; i < G_N_ELEMENTS (copy); i++)
      {
        const char *value;

        if (!read_string (object, path, copy[i].key, &value, error))
          return FALSE;
        if (value != NULL)
          copy[i].set (document, value);
      }
  }

  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      const KaynakJsonPath spath = KAYNAK_JSON_ELEMENT (&list, i);
      JsonNode *node = json_array_get_element (sources, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        FAIL (&spath, _("expected an object"));
      if (!import_source (json_node_get_object (node), &spath, i, builder, error))
        return FALSE;
    }

  g_hash_table_insert (context->by_iri, g_strdup (iri), document);
  return TRUE;
}

/* Where a target points: a TextQuoteSelector, a TextPositionSelector or
 * both (the first of each kind) */
typedef struct
{
  const char *exact;   /* NULL without a TextQuoteSelector */
  const char *prefix;
  const char *suffix;
  gboolean    have_position;
  guint       start;
  guint       end;
} Selection;

static gboolean
read_selectors (JsonObject            *target,
                const KaynakJsonPath  *tpath,
                Selection             *selection,
                GError               **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (tpath, "selector");
  JsonNode *node = kaynak_json_object_get_value (target, "selector");

  for (guint i = 0; i < kaynak_json_node_n_values (node); i++)
    {
      const KaynakJsonPath spath = KAYNAK_JSON_ELEMENT (&list, i);
      JsonNode *element = kaynak_json_node_nth_value (node, i);
      JsonObject *selector;
      JsonNode *types;

      /* an IRI: a selector described elsewhere, which Kaynak cannot read */
      if (kaynak_json_node_is_string (element))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        FAIL (&spath, _("a selector must be an object"));
      selector = json_node_get_object (element);
      if (!kaynak_json_reader_get_string_or_list (&reader, selector, &spath, "type", &types, error))
        return FALSE;

      if (terms_include (types, "TextPositionSelector") && !selection->have_position)
        {
          if (!kaynak_json_node_get_uint (json_object_get_member (selector, "start"),
                                          &selection->start) ||
              !kaynak_json_node_get_uint (json_object_get_member (selector, "end"),
                                          &selection->end))
            FAIL (&spath, _("start and end must be non-negative integers"));
          selection->have_position = TRUE;
        }
      else if (terms_include (types, "TextQuoteSelector") && selection->exact == NULL)
        {
          if (!read_string (selector, &spath, "exact", &selection->exact, error) ||
              !read_string (selector, &spath, "prefix", &selection->prefix, error) ||
              !read_string (selector, &spath, "suffix", &selection->suffix, error))
            return FALSE;
          if (selection->exact == NULL || *selection->exact == '\0')
            FAIL (&spath, _("a TextQuoteSelector needs a non-empty “exact”"));
        }
    }

  if (!selection->have_position && selection->exact == NULL)
    FAIL (tpath, _("needs a TextPositionSelector or a TextQuoteSelector"));
  return TRUE;
}

/* A claim whose quote is not in the article: kept, not highlighted, with
 * what it said, as a Kaynak file keeps one (see kaynak-reanchor.c), so the
 * user can attach it again.  Its offsets are the annotation's when it has
 * any, or else any non-empty range, which a saved orphan needs. */
static KaynakClaim *
new_orphan (const char      *id,
            const Selection *selection)
{
  gboolean offsets = selection->have_position && selection->start < selection->end;
  KaynakClaim *claim = kaynak_claim_new (id, offsets ? selection->start : 0,
                                         offsets ? selection->end
                                                 : (guint) g_utf8_strlen (selection->exact, -1));
  g_autofree char *now = kaynak_timestamp_now ();

  kaynak_claim_set_quote (claim, selection->exact);
  if (selection->prefix != NULL && *selection->prefix != '\0')
    kaynak_claim_set_prefix (claim, selection->prefix);
  if (selection->suffix != NULL && *selection->suffix != '\0')
    kaynak_claim_set_suffix (claim, selection->suffix);
  kaynak_claim_set_created (claim, now);
  kaynak_claim_set_modified (claim, now);
  kaynak_claim_set_orphaned (claim, TRUE);
  return claim;
}

/* Makes the claim @selection stands for in @document, re-anchored */
static gboolean
place_claim (ImportContext         *context,
             KaynakDocument        *document,
             const KaynakJsonPath  *path,
             const KaynakJsonPath  *tpath,
             const char            *id,
             const Selection       *selection,
             KaynakClaim          **claim,
             GError               **error)
{
  guint length = kaynak_document_get_length (document);
  g_autofree char *where = NULL;
  KaynakAnchorText *anchor_text;
  KaynakAnchorResult result;
  guint start = 0, end = 0;

  if (selection->exact == NULL)
    {
      /* Offsets alone: nothing to look for, so they must fit */
      if (selection->start >= selection->end || selection->end > length)
        FAIL (tpath, _("the range %u–%u is empty or past the end of the article (%u characters)"),
              selection->start, selection->end, length);
      *claim = kaynak_format_new_claim (document, id, selection->start, selection->end);
      return TRUE;
    }

  /* The text is indexed once for all the claims on it */
  anchor_text = g_hash_table_lookup (context->anchors, document);
  if (anchor_text == NULL)
    {
      anchor_text = kaynak_anchor_text_new (kaynak_document_get_text (document),
                                            kaynak_document_get_text_bytes (document));
      g_hash_table_insert (context->anchors, document, anchor_text);
    }
  result = kaynak_anchor_text_find (anchor_text, selection->exact,
                                    selection->prefix, selection->suffix,
                                    selection->have_position ? MIN (selection->start, length)
                                                            : KAYNAK_ANCHOR_NO_POSITION,
                                    &start, &end);
  /* the report names the annotation by its path */
  if (context->report != NULL)
    where = kaynak_json_path_to_string (path, NULL);

  if (result == KAYNAK_ANCHOR_NOT_FOUND)
    {
      *claim = new_orphan (id, selection);
      _kaynak_load_report_orphan (context->report, where, selection->exact);
      return TRUE;
    }

  /* For an edited quote, the claim takes the text that now stands there */
  *claim = kaynak_format_new_claim (document, id, start, end);
  if (result == KAYNAK_ANCHOR_APPROXIMATE)
    _kaynak_load_report_edited (context->report, where, selection->exact,
                                kaynak_claim_get_quote (*claim), start, end);
  else if (selection->have_position && (start != selection->start || end != selection->end))
    _kaynak_load_report_moved (context->report, where, selection->exact,
                               selection->start, selection->end, start, end);
  /* else where it said, or a quote without offsets found: nothing to tell */
  return TRUE;
}

/* A claim in pieces from an annotation with several targets on one
 * article (Kaynak's export writes one per piece): each piece put back on
 * its own, as place_claim() puts back one; if any is lost, the claim is
 * kept as an orphan of one piece whose quote is the pieces' words joined
 * by " … " (an orphan's pieces could not be checked against the text). */
static gboolean
place_pieces (ImportContext         *context,
              KaynakDocument        *document,
              const KaynakJsonPath  *path,
              const KaynakJsonPath  *tpath,
              const char            *id,
              const Selection       *selections,
              guint                  n,
              KaynakClaim          **claim,
              GError               **error)
{
  guint length = kaynak_document_get_length (document);
  g_autofree KaynakRange *pieces = g_new (KaynakRange, n);
  g_autofree char *where = NULL;
  g_autoptr(GError) local_error = NULL;
  KaynakAnchorText *anchor_text;
  gboolean edited = FALSE, moved = FALSE, lost = FALSE;
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *now = NULL;
  guint hint = KAYNAK_ANCHOR_NO_POSITION;

  anchor_text = g_hash_table_lookup (context->anchors, document);
  if (anchor_text == NULL)
    {
      anchor_text = kaynak_anchor_text_new (kaynak_document_get_text (document),
                                            kaynak_document_get_text_bytes (document));
      g_hash_table_insert (context->anchors, document, anchor_text);
    }
  if (context->report != NULL)
    where = kaynak_json_path_to_string (path, NULL);

  for (guint i = 0; i < n; i++)
    {
      const Selection *selection = &selections[i];
      const KaynakJsonPath ipath = KAYNAK_JSON_ELEMENT (tpath, i);
      KaynakAnchorResult result;

      if (selection->exact == NULL)
        {
          if (selection->start >= selection->end || selection->end > length)
            FAIL (&ipath, _("the range %u–%u is empty or past the end of the article (%u characters)"),
                  selection->start, selection->end, length);
          pieces[i].start = selection->start;
          pieces[i].end = selection->end;
          continue;
        }
      if (words->len > 0)
        g_string_append (words, " … ");
      g_string_append (words, selection->exact);
      if (lost)
        continue;
      /* a piece without offsets is looked for after the one before */
      if (selection->have_position)
        hint = MIN (selection->start, length);
      result = kaynak_anchor_text_find (anchor_text, selection->exact,
                                        selection->prefix, selection->suffix, hint,
                                        &pieces[i].start, &pieces[i].end);
      if (result == KAYNAK_ANCHOR_NOT_FOUND)
        {
          lost = TRUE;
          continue;
        }
      edited = edited || result == KAYNAK_ANCHOR_APPROXIMATE;
      moved = moved || (selection->have_position &&
                        (pieces[i].start != selection->start || pieces[i].end != selection->end));
      hint = pieces[i].end;
    }

  if (lost)
    {
      Selection whole = selections[0];

      whole.exact = words->str;
      whole.suffix = selections[n - 1].suffix;
      whole.have_position = selections[0].have_position && selections[n - 1].have_position;
      whole.end = selections[n - 1].end;
      *claim = new_orphan (id, &whole);
      _kaynak_load_report_orphan (context->report, where, words->str);
      return TRUE;
    }

  /* in order and apart, as a claim's pieces are (kaynak-document.h) */
  if (!kaynak_document_check_ranges (document, pieces, n, &local_error))
    FAIL (tpath, "%s", local_error->message);

  *claim = kaynak_claim_new (id, pieces[0].start, pieces[n - 1].end);
  kaynak_document_anchor_pieces (document, *claim, pieces, n);
  now = kaynak_timestamp_now ();
  kaynak_claim_set_created (*claim, now);
  kaynak_claim_set_modified (*claim, now);

  if (edited)
    _kaynak_load_report_edited (context->report, where, words->str,
                                kaynak_claim_get_quote (*claim), pieces[0].start, pieces[n - 1].end);
  else if (moved)
    _kaynak_load_report_moved (context->report, where, words->str,
                               selections[0].start, selections[n - 1].end,
                               pieces[0].start, pieces[n - 1].end);
  return TRUE;
}

/* "kaynak:checkable", the sentence the user wrote to check */
static gboolean
read_checkable (JsonObject            *object,
                const KaynakJsonPath  *path,
                KaynakClaim           *claim,
                GError               **error)
{
  const char *checkable;

  if (!read_string (object, path, "kaynak:checkable", &checkable, error))
    return FALSE;
  if (checkable != NULL)
    {
      g_autofree char *text = kaynak_checkable_normalize (checkable);

      if (strlen (text) > KAYNAK_CHECKABLE_MAX_LENGTH)
        FAIL (path, _("“kaynak:checkable” is longer than %u characters"), KAYNAK_CHECKABLE_MAX_LENGTH);
      kaynak_claim_set_checkable (claim, text);
    }
  return TRUE;
}

/* "kaynak:attribution", the claim's own (issue 19) */
static gboolean
read_attribution (JsonObject            *object,
                  const KaynakJsonPath  *path,
                  KaynakClaim           *claim,
                  GError               **error)
{
  const char *id;
  KaynakSourceKind kind;

  if (!read_string (object, path, "kaynak:attribution", &id, error))
    return FALSE;
  if (id == NULL)
    return TRUE;
  if (!kaynak_source_kind_from_id (id, &kind))
    FAIL (path, _("unknown attribution “%s”"), id);
  kaynak_claim_set_attribution (claim, TRUE, kind);
  return TRUE;
}

/* Source, status and note from the bodies Kaynak writes */
static gboolean
read_bodies (JsonObject             *object,
             const KaynakJsonPath   *path,
             KaynakDocumentBuilder  *builder,
             KaynakClaim            *claim,
             GError                **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (path, "body");
  JsonNode *node = kaynak_json_object_get_value (object, "body");

  for (guint i = 0; i < kaynak_json_node_n_values (node); i++)
    {
      const KaynakJsonPath bpath = KAYNAK_JSON_ELEMENT (&list, i);
      JsonNode *element = kaynak_json_node_nth_value (node, i);
      JsonObject *body;
      JsonNode *purposes;
      const char *value;

      /* an IRI: a web resource as the body, nothing Kaynak keeps */
      if (kaynak_json_node_is_string (element))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        FAIL (&bpath, _("a body must be an object or an IRI"));
      body = json_node_get_object (element);
      if (!kaynak_json_reader_get_string_or_list (&reader, body, &bpath, "purpose", &purposes,
                                                  error))
        return FALSE;
      /* Evidence, as the export writes it (kaynak-format-evidence.c) */
      if (terms_include (purposes, "linking"))
        kaynak_format_w3c_read_evidence (body, claim);
      if (!terms_include (purposes, "tagging") &&
          !terms_include (purposes, "assessing") &&
          !terms_include (purposes, "commenting"))
        continue;

      /* One of ours: dropping it would lose the source, status or note */
      if (!read_string (body, &bpath, "value", &value, error))
        return FALSE;
      if (value == NULL)
        FAIL (&bpath, _("a body for tagging, assessing or commenting needs a text “value”"));

      if (terms_include (purposes, "tagging"))
        {
          const char *source_id;
          g_autoptr(GError) local_error = NULL;

          if (!read_string (body, &bpath, "kaynak:source", &source_id, error))
            return FALSE;
          if (source_id != NULL &&
              kaynak_document_lookup_source (kaynak_document_builder_get_document (builder),
                                             source_id) == NULL)
            FAIL (&bpath, _("unknown source “%s”"), source_id);
          if (source_id == NULL &&
              (source_id = kaynak_document_builder_source_for_label (builder, value,
                                                                    &local_error)) == NULL)
            FAIL (&bpath, "%s", local_error->message);
          kaynak_claim_set_source_id (claim, source_id);
        }
      if (terms_include (purposes, "assessing"))
        {
          KaynakClaimStatus status;

          if (!kaynak_claim_status_from_id (value, &status))
            FAIL (&bpath, _("unknown status “%s”"), value);
          kaynak_claim_set_status (claim, status);
        }
      if (terms_include (purposes, "commenting"))
        kaynak_claim_set_note (claim, value);
    }
  return TRUE;
}

/* The creator's name: "creator" is a Person (or a list, or an IRI) */
static gboolean
read_creator (JsonObject            *object,
              const KaynakJsonPath  *path,
              const char           **name,
              GError               **error)
{
  const KaynakJsonPath cpath = KAYNAK_JSON_MEMBER (path, "creator");
  JsonNode *node = kaynak_json_object_get_value (object, "creator");

  *name = NULL;
  for (guint i = 0; i < kaynak_json_node_n_values (node) && *name == NULL; i++)
    {
      JsonNode *element = kaynak_json_node_nth_value (node, i);

      if (kaynak_json_node_is_string (element))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        FAIL (&cpath, _("a creator must be an object or an IRI"));
      if (!read_string (json_node_get_object (element), &cpath, "name", name, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_annotation (JsonObject            *object,
                   const KaynakJsonPath  *path,
                   ImportContext         *context,
                   GError               **error)
{
  const KaynakJsonPath tpath = KAYNAK_JSON_MEMBER (path, "target");
  JsonNode *target_node = json_object_get_member (object, "target");
  JsonObject *target = NULL;
  Selection selection = { NULL, };
  g_autofree Selection *selections = NULL;
  guint n_targets = 1;
  const char *iri, *annotation_iri, *id, *author;
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  g_autofree const char **cues = NULL;
  KaynakDocument *document;
  g_autoptr(KaynakClaim) claim = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!check_type (object, path, "Annotation", FALSE, error))
    return FALSE;

  if (target_node != NULL && JSON_NODE_HOLDS_ARRAY (target_node) &&
      json_array_get_length (json_node_get_array (target_node)) == 1)
    target_node = json_array_get_element (json_node_get_array (target_node), 0);
  if (target_node != NULL && JSON_NODE_HOLDS_ARRAY (target_node) &&
      json_array_get_length (json_node_get_array (target_node)) > 1)
    {
      /* several targets: the pieces of one claim, on one article */
      JsonArray *targets = json_node_get_array (target_node);

      n_targets = json_array_get_length (targets);
      selections = g_new0 (Selection, n_targets);
      document = NULL;
      for (guint i = 0; i < n_targets; i++)
        {
          const KaynakJsonPath ipath = KAYNAK_JSON_ELEMENT (&tpath, i);
          JsonNode *element = json_array_get_element (targets, i);
          KaynakDocument *piece_document;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            FAIL (&ipath, _("expected one target object with a source and selectors"));
          target = json_node_get_object (element);
          if (!read_string (target, &ipath, "source", &iri, error))
            return FALSE;
          if (iri == NULL ||
              (piece_document = g_hash_table_lookup (context->by_iri, iri)) == NULL)
            FAIL (&ipath, _("the target’s source names no article of “kaynak:documents”"));
          if (document != NULL && piece_document != document)
            FAIL (&ipath, _("the targets of one annotation must be on one article"));
          document = piece_document;
          if (!read_selectors (target, &ipath, &selections[i], error))
            return FALSE;
        }
    }
  else
    {
      if (target_node != NULL && JSON_NODE_HOLDS_OBJECT (target_node))
        target = json_node_get_object (target_node);
      if (target == NULL)
        FAIL (&tpath, _("expected one target object with a source and selectors"));
      if (!read_string (target, &tpath, "source", &iri, error))
        return FALSE;
      if (iri == NULL || (document = g_hash_table_lookup (context->by_iri, iri)) == NULL)
        FAIL (&tpath, _("the target’s source names no article of “kaynak:documents”"));
      if (!read_selectors (target, &tpath, &selection, error))
        return FALSE;
    }

  if (!read_string (object, path, "kaynak:claimId", &id, error) ||
      !read_string (object, path, "id", &annotation_iri, error) ||
      !read_time (object, path, "created", &created, error) ||
      !read_time (object, path, "modified", &modified, error) ||
      !read_creator (object, path, &author, error) ||
      !kaynak_json_reader_get_string_list (&reader, object, path, "kaynak:cues", &cues, error))
    return FALSE;
  if (id == NULL && annotation_iri != NULL && g_str_has_prefix (annotation_iri, "urn:uuid:"))
    id = annotation_iri + strlen ("urn:uuid:");

  if (n_targets > 1
      ? !place_pieces (context, document, path, &tpath, id, selections, n_targets, &claim, error)
      : !place_claim (context, document, path, &tpath, id, &selection, &claim, error))
    return FALSE;
  if (created != NULL)
    kaynak_claim_set_created (claim, created);
  if (modified != NULL)
    kaynak_claim_set_modified (claim, modified);
  if (author != NULL)
    kaynak_claim_set_author (claim, author);
  if (cues != NULL)
    kaynak_claim_set_cues (claim, cues);
  if (!read_checkable (object, path, claim, error) ||
      !read_attribution (object, path, claim, error))
    return FALSE;
  if (!read_bodies (object, path, builder_of (context, document), claim, error))
    return FALSE;

  if (!kaynak_document_builder_add_claim (builder_of (context, document), claim, &local_error))
    FAIL (path, "%s", local_error->message);
  return TRUE;
}

static gboolean
import_links (JsonObject             *object,
              const KaynakJsonPath   *path,
              KaynakDocumentBuilder  *builder,
              GError                **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (path, "kaynak:links");
  JsonArray *links;

  if (!kaynak_json_reader_get_array (&reader, object, path, "kaynak:links", &links, error))
    return FALSE;
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      const KaynakJsonPath lpath = KAYNAK_JSON_ELEMENT (&list, i);
      JsonNode *node = json_array_get_element (links, i);
      JsonObject *link;
      const char *type_id, *id, *from, *to;
      KaynakLinkType type;
      g_autoptr(GError) local_error = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        FAIL (&lpath, _("expected an object"));
      link = json_node_get_object (node);
      if (!read_string (link, &lpath, "type", &type_id, error))
        return FALSE;
      if (type_id == NULL || !kaynak_link_type_from_id (type_id, &type))
        FAIL (&lpath, _("unknown link type"));
      if (!read_string (link, &lpath, "id", &id, error) ||
          !read_string (link, &lpath, "from", &from, error) ||
          !read_string (link, &lpath, "to", &to, error))
        return FALSE;

      /* the link's id is kept when it is free */
      if (!kaynak_document_builder_add_link (builder, id, type, from, to, &local_error))
        FAIL (&lpath, "%s", local_error->message);
    }
  return TRUE;
}

static gboolean
import_collection (JsonNode       *root,
                   ImportContext  *context,
                   GPtrArray      *documents,
                   GError        **error)
{
  const KaynakJsonPath docs_path = KAYNAK_JSON_MEMBER (NULL, "kaynak:documents");
  const KaynakJsonPath first = KAYNAK_JSON_MEMBER (NULL, "first");
  const KaynakJsonPath items_path = KAYNAK_JSON_MEMBER (&first, "items");
  JsonObject *collection = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *page_node;
  JsonArray *docs;
  JsonArray *items = NULL;

  if (collection == NULL)
    FAIL (NULL, _("not a W3C AnnotationCollection"));
  if (!check_type (collection, NULL, "AnnotationCollection", FALSE, error))
    return FALSE;
  if (!kaynak_json_reader_get_array (&reader, collection, NULL, "kaynak:documents", &docs, error))
    return FALSE;
  if (docs == NULL)
    FAIL (NULL, _("the collection does not carry the article text (“kaynak:documents”); "
                  "only collections exported by Kaynak can be imported"));

  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      const KaynakJsonPath path = KAYNAK_JSON_ELEMENT (&docs_path, i);
      JsonNode *node = json_array_get_element (docs, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        FAIL (&path, _("expected an object"));
      if (!import_document (json_node_get_object (node), &path, context, documents, error))
        return FALSE;
    }

  /* The items are in the page embedded as "first" (none without one) */
  page_node = kaynak_json_object_get_value (collection, "first");
  if (page_node != NULL)
    {
      JsonNode *items_node;

      if (!JSON_NODE_HOLDS_OBJECT (page_node) ||
          (items_node = kaynak_json_object_get_value (json_node_get_object (page_node),
                                                      "items")) == NULL ||
          !JSON_NODE_HOLDS_ARRAY (items_node))
        FAIL (&first, _("expected an embedded AnnotationPage with “items”"));
      if (!check_type (json_node_get_object (page_node), &first, "AnnotationPage", TRUE, error))
        return FALSE;
      items = json_node_get_array (items_node);
    }
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      const KaynakJsonPath path = KAYNAK_JSON_ELEMENT (&items_path, i);
      JsonNode *node = json_array_get_element (items, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        FAIL (&path, _("expected an Annotation object"));
      if (!import_annotation (json_node_get_object (node), &path, context, error))
        return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      const KaynakJsonPath path = KAYNAK_JSON_ELEMENT (&docs_path, i);

      if (!import_links (json_array_get_object_element (docs, i), &path,
                         builder_of (context, g_ptr_array_index (documents, i)), error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
kaynak_import_w3c_with_report (GFile             *file,
                               KaynakLoadReport **report,
                               GCancellable      *cancellable,
                               GError           **error)
{
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_iri = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) anchors = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) kaynak_anchor_text_free);
  g_autoptr(KaynakLoadReport) local_report = report != NULL ? kaynak_load_report_new () : NULL;
  g_autoptr(GHashTable) builders = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) kaynak_document_builder_free);
  ImportContext context = { by_iri, anchors, local_report, builders };
  gsize length;

  if ((data = kaynak_format_read_file (file, MAX_SIZE, &length, cancellable, error)) == NULL)
    return NULL;
  if ((root = kaynak_format_parse_json (data, length, NULL, error)) == NULL ||
      !import_collection (root, &context, documents, error))
    {
      kaynak_format_prefix_error (error, file);
      return NULL;
    }
  /* every claim in: sort each document's claims once */
  for (guint i = 0; i < documents->len; i++)
    g_object_unref (kaynak_document_builder_finish (builder_of (&context, g_ptr_array_index (documents, i))));
  if (report != NULL)
    *report = g_steal_pointer (&local_report);
  return g_steal_pointer (&documents);
}

GPtrArray *
kaynak_import_w3c (GFile        *file,
                   GCancellable *cancellable,
                   GError      **error)
{
  return kaynak_import_w3c_with_report (file, NULL, cancellable, error);
}
