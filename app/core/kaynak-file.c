/* kaynak-file.c: loading the native *.kaynak.json file.
 *
 * Loading is a pipeline with one job per step: read the bytes (refusing
 * huge files, devices and pipes before reading them: kaynak-read.c),
 * check and parse them within budgets that bound json-glib's memory, the
 * claims one at a time (kaynak-file-parse.c), validate every field in
 * file order so that the first problem is the one reported, naming its
 * JSON path (kaynak-json-reader.c; this file knows what each record must
 * hold), then put each claim back on the article (kaynak-reanchor.c) and
 * fill the document in bulk.
 *
 * Saving is kaynak-file-serialize.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kaynak-anchor.h"
#include "kaynak-document-private.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-file-private.h"
#include "kaynak-json-reader.h"
#include "kaynak-read.h"
#include "kaynak-reanchor.h"
#include "kaynak-test-hooks.h"
#include "kaynak-unknown.h"
#include "kaynak-codebook.h"

/* ------------------------------------------------------------------------
 * Field formats
 * ------------------------------------------------------------------------ */

static gboolean
digits (const char *s,
        guint       n,
        guint      *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }

  *value = v;
  return TRUE;
}

/* "YYYY-MM-DDTHH:MM:SSZ", optionally with a fraction of a second before
 * the Z.  Checked by hand: GDateTime per claim would dominate loading. */
static gboolean
timestamp_is_valid (const char *s)
{
  guint year, month, day, hour, minute, second;
  const char *p;

  if (!digits (s, 4, &year) || s[4] != '-' ||
      !digits (s + 5, 2, &month) || s[7] != '-' ||
      !digits (s + 8, 2, &day) || s[10] != 'T' ||
      !digits (s + 11, 2, &hour) || s[13] != ':' ||
      !digits (s + 14, 2, &minute) || s[16] != ':' ||
      !digits (s + 17, 2, &second))
    return FALSE;

  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      day > g_date_get_days_in_month (month, year) ||
      hour > 23 || minute > 59 || second > 60)
    return FALSE;

  p = s + 19;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return p[0] == 'Z' && p[1] == '\0';
}

static gboolean
require_timestamp (const KaynakJsonReader  *reader,
                   JsonObject              *object,
                   const KaynakJsonPath    *where,
                   const char              *member,
                   const char             **value,
                   GError                 **error)
{
  if (!kaynak_json_reader_require_string (reader, object, where, member, value, error))
    return FALSE;

  if (!timestamp_is_valid (*value))
    {
      g_autofree char *path = kaynak_json_path_to_string (where, member);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s “%s” is not a UTC time like 2026-11-29T14:22:10Z"),
                   path, *value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
sha256_is_valid (const char *s)
{
  guint i;

  for (i = 0; s[i] != '\0'; i++)
    if (!g_ascii_isxdigit (s[i]))
      return FALSE;

  return i == 64;
}

/* ------------------------------------------------------------------------
 * Sources
 * ------------------------------------------------------------------------ */

/* No source has this shortcut yet */
#define NO_SOURCE G_MAXUINT

/* Validates the "sources" list and appends a KaynakSource per element to
 * @sources.  @ids (string → GUINT index + 1) receives every id. */
/* Whether @object has more members than the reads since *@reader->found
 * was @before found: members Kaynak does not know (kaynak-unknown.h) */
static inline gboolean
has_unknown_members (const KaynakJsonReader *reader,
                     JsonObject             *object,
                     guint                   before)
{
  return reader->found != NULL && json_object_get_size (object) > *reader->found - before;
}

/* The same for an object read member by member without the reader */
static gboolean
has_unknown_members_at (JsonObject         *object,
                        KaynakUnknownLevel  level)
{
  JsonObjectIter iter;
  const char *name;

  if (object == NULL)
    return FALSE;
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    if (!kaynak_unknown_is_known_member (level, name, strlen (name)))
      return TRUE;
  return FALSE;
}

static gboolean
read_sources (const KaynakJsonReader  *reader,
              JsonArray               *array,
              GPtrArray               *sources,
              GHashTable              *ids,
              gboolean                *unknown,
              GError                 **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (NULL, "sources");
  guint n = array ? json_array_get_length (array) : 0;
  guint shortcut_owner[10];

  for (guint i = 0; i < G_N_ELEMENTS (shortcut_owner); i++)
    shortcut_owner[i] = NO_SOURCE;

  for (guint i = 0; i < n; i++)
    {
      const KaynakJsonPath where = KAYNAK_JSON_ELEMENT (&list, i);
      g_autofree const char **aliases = NULL;
      g_autoptr(KaynakFieldValues) fields = NULL;
      const char *id, *label, *color, *kind_id, *description;
      KaynakSourceKind kind;
      KaynakSourceType source_type;
      JsonObject *object;
      JsonNode *shortcut_node;
      guint shortcut = 0;
      KaynakSource *source;
      gpointer previous;
      guint before = reader->found != NULL ? *reader->found : 0;

      if (!kaynak_json_reader_as_object (reader, json_array_get_element (array, i), &where,
                                         &object, error) ||
          !kaynak_json_reader_require_nonempty_string (reader, object, &where, "id", &id, error))
        return FALSE;
      if (g_hash_table_lookup_extended (ids, id, NULL, &previous))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("sources[%u].id “%s” is used twice (also by sources[%u])"),
                       i, id, GPOINTER_TO_UINT (previous));
          return FALSE;
        }
      g_hash_table_insert (ids, (gpointer) id, GUINT_TO_POINTER (i));

      if (!kaynak_json_reader_require_nonempty_string (reader, object, &where, "label", &label,
                                                       error) ||
          !kaynak_json_reader_require_string (reader, object, &where, "color", &color, error))
        return FALSE;
      if (!kaynak_color_is_valid (color))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("sources[%u].color “%s” is not a colour of the form #rrggbb"),
                       i, color);
          return FALSE;
        }

      shortcut_node = json_object_get_member (object, "shortcut");
      if (shortcut_node != NULL && reader->found != NULL)
        (*reader->found)++;
      if (shortcut_node != NULL && JSON_NODE_TYPE (shortcut_node) != JSON_NODE_NULL)
        {
          gint64 value;

          if (JSON_NODE_TYPE (shortcut_node) != JSON_NODE_VALUE ||
              json_node_get_value_type (shortcut_node) != G_TYPE_INT64)
            return kaynak_json_reader_fail_type (reader, &where, "shortcut",
                                                 _("a digit from 1 to 9 or null"),
                                                 shortcut_node, error);
          value = json_node_get_int (shortcut_node);
          if (value < 0 && reader->numbers_overflowed)
            {
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("sources[%u].shortcut is not a digit from 1 to 9 (far too large)"), i);
              return FALSE;
            }
          if (value < 1 || value > 9)
            {
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("sources[%u].shortcut %lld is not a digit from 1 to 9"),
                           i, (long long) value);
              return FALSE;
            }
          shortcut = (guint) value;
          if (shortcut_owner[shortcut] != NO_SOURCE)
            {
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("sources[%u].shortcut %u is already the shortcut of sources[%u]"),
                           i, shortcut, shortcut_owner[shortcut]);
              return FALSE;
            }
          shortcut_owner[shortcut] = i;
        }

      if (!kaynak_json_reader_require_string (reader, object, &where, "kind", &kind_id, error))
        return FALSE;
      if (!kaynak_source_kind_from_id (kind_id, &kind))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("sources[%u].kind “%s” is not a known kind of source (named, anonymous, official-statement, no-comment, unattributed)"),
                       i, kind_id);
          return FALSE;
        }

      if (!kaynak_json_reader_get_string_list (reader, object, &where, "aliases", &aliases,
                                               error) ||
          !kaynak_json_reader_get_string (reader, object, &where, "description", "",
                                          &description, error) ||
          /* a codebook's field values (version 2, kaynak-file-codebook.c) */
          !_kaynak_file_read_field_values (reader, object, &where, &fields, error))
        return FALSE;

      /* what the source is (issue 19), optional */
      if (!_kaynak_file_read_source_type (reader, object, &where, &source_type, error))
        return FALSE;

      if (unknown != NULL && has_unknown_members (reader, object, before))
        *unknown = TRUE;

      source = kaynak_source_new (id, label, color, shortcut, kind);
      kaynak_source_set_fields (source, fields);
      kaynak_source_set_source_type (source, source_type);
      if (aliases != NULL)
        kaynak_source_set_aliases (source, aliases);
      if (description[0] != '\0')
        kaynak_source_set_description (source, description);
      g_ptr_array_add (sources, source);
    }

  return TRUE;
}

/* ------------------------------------------------------------------------
 * Claims
 * ------------------------------------------------------------------------ */

/* Off only in tests that compare the two ways of reading a claim */
static gboolean use_claims_reader = TRUE;

void
_kaynak_file_set_claims_reader (gboolean enabled)
{
  use_claims_reader = enabled;
}

typedef struct
{
  const KaynakJsonReader *reader;
  GHashTable *source_ids;
  GHashTable *claim_ids;   /* id (the claim's own copy) → index */
  GArray     *entries;     /* KaynakSavedClaim */
  guint       text_length;
  gboolean    text_changed;
  gboolean    unknown;     /* a claim has members Kaynak does not know */
} ClaimsContext;

/* The rules of a claim's values, in one place for the claim read through
 * its tree (read_claim(), which words what is wrong) and the claim read
 * from its text (read_claim_text(), which passes no @error and, on FALSE,
 * leaves the claim to read_claim()). */

static gboolean
check_claim_id (const ClaimsContext  *context,
                guint                 i,
                const char           *id,
                GError              **error)
{
  gpointer previous;

  if (g_hash_table_lookup_extended (context->claim_ids, id, NULL, &previous))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("claims[%u].id “%s” is used twice (also by claims[%u])"),
                   i, id, GPOINTER_TO_UINT (previous));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_claim_range (const ClaimsContext  *context,
                   guint                 i,
                   guint                 start,
                   guint                 end,
                   gboolean              orphaned,
                   GError              **error)
{
  guint text_length = context->text_length;

  if (start == end)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("claims[%u] is empty: its start and end are both %u"),
                   i, start);
      return FALSE;
    }
  if (start > end)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("claims[%u].end %u is before its start %u"),
                   i, end, start);
      return FALSE;
    }
  /* Out of range is only an error for the text the claims were made on:
   * a changed article or an orphan gets re-anchored instead. */
  if (end > text_length && !context->text_changed && !orphaned)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "claims[%u].end %u is past the end of the article (%u character)",
                                "claims[%u].end %u is past the end of the article (%u characters)",
                                text_length),
                   i, end, text_length);
      return FALSE;
    }
  return TRUE;
}

/* *@source_id: "" is no source, as null is */
static gboolean
check_claim_source (const ClaimsContext  *context,
                    guint                 i,
                    const char          **source_id,
                    GError              **error)
{
  if (*source_id != NULL && (*source_id)[0] == '\0')
    *source_id = NULL;

  if (*source_id != NULL && !g_hash_table_contains (context->source_ids, *source_id))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("claims[%u].source “%s” is not one of the sources"),
                   i, *source_id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_claim_status (guint               i,
                    const char         *status_id,
                    KaynakClaimStatus  *status,
                    GError            **error)
{
  if (!kaynak_claim_status_from_id (status_id, status))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("claims[%u].status “%s” is not a known status (unverified, supported, refuted, misleading, unverifiable)"),
                   i, status_id);
      return FALSE;
    }
  return TRUE;
}

/* The claim of @f, whose values keep every rule but the spans' (absent
 * strings are the defaults, the source checked); nothing points into @f */
static KaynakClaim *
claim_new_from_fields (const KaynakClaimFields *f,
                       const char              *source_id,
                       KaynakClaimStatus        status)
{
  KaynakClaim *claim;

  /* The direct setters skip default values: the claim starts empty. */
  claim = kaynak_claim_new (f->id, f->start, f->end);
  kaynak_claim_set_quote (claim, f->quote);
  if (f->prefix != NULL && f->prefix[0] != '\0')
    kaynak_claim_set_prefix (claim, f->prefix);
  if (f->suffix != NULL && f->suffix[0] != '\0')
    kaynak_claim_set_suffix (claim, f->suffix);
  if (source_id != NULL)
    kaynak_claim_set_source_id (claim, source_id);
  if (status != KAYNAK_CLAIM_STATUS_UNVERIFIED)
    kaynak_claim_set_status (claim, status);
  if (f->note != NULL && f->note[0] != '\0')
    kaynak_claim_set_note (claim, f->note);
  if (f->cues != NULL)
    kaynak_claim_set_cues (claim, f->cues);
  if (f->agreed_by != NULL)
    kaynak_claim_set_agreed_by (claim, f->agreed_by);
  if (f->author != NULL && f->author[0] != '\0')
    kaynak_claim_set_author (claim, f->author);
  kaynak_claim_set_created (claim, f->created);
  kaynak_claim_set_modified (claim, f->modified);
  if (f->orphaned)
    kaynak_claim_set_orphaned (claim, TRUE);
  return claim;
}

/* Appends @claim, valid, as claims[@i] */
static void
add_claim (ClaimsContext *context,
           KaynakClaim   *claim,
           guint          i,
           gboolean       orphaned)
{
  KaynakSavedClaim entry;

  g_hash_table_insert (context->claim_ids, (gpointer) kaynak_claim_get_id (claim),
                       GUINT_TO_POINTER (i));

  entry.claim = claim;
  entry.quote = kaynak_claim_get_quote (claim);
  entry.quote_bytes = strlen (entry.quote);
  entry.start = kaynak_claim_get_start (claim);
  entry.end = kaynak_claim_get_end (claim);
  entry.index = i;
  entry.orphaned = orphaned;
  g_array_append_val (context->entries, entry);
}

/* Validates claims[@i] (@node) and appends a KaynakSavedClaim.  Nothing
 * is kept pointing into @node: with a large file it is freed right after. */
static gboolean
read_claim (ClaimsContext  *context,
            JsonNode       *node,
            guint           i,
            GError        **error)
{
  const KaynakJsonReader *reader = context->reader;
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (NULL, "claims");
  const KaynakJsonPath where = KAYNAK_JSON_ELEMENT (&list, i);
  g_autofree const char **cues = NULL;
  g_autofree const char **agreed_by = NULL;
  KaynakClaimFields f = { NULL, };
  const char *source_id;
  const char *status_id;
  KaynakClaimStatus status;
  JsonObject *object;
  KaynakClaim *claim;
  guint before = *reader->found;

  if (!kaynak_json_reader_as_object (reader, node, &where, &object, error) ||
      !kaynak_json_reader_require_nonempty_string (reader, object, &where, "id", &f.id, error) ||
      !check_claim_id (context, i, f.id, error))
    return FALSE;

  if (!kaynak_json_reader_require_uint (reader, object, &where, "start", &f.start, error) ||
      !kaynak_json_reader_require_uint (reader, object, &where, "end", &f.end, error) ||
      !kaynak_json_reader_get_boolean (reader, object, &where, "orphaned", &f.orphaned, error) ||
      !check_claim_range (context, i, f.start, f.end, f.orphaned, error))
    return FALSE;

  if (!kaynak_json_reader_require_nonempty_string (reader, object, &where, "quote", &f.quote,
                                                   error) ||
      !kaynak_json_reader_get_string (reader, object, &where, "prefix", "", &f.prefix, error) ||
      !kaynak_json_reader_get_string (reader, object, &where, "suffix", "", &f.suffix, error) ||
      !kaynak_json_reader_get_nullable_string (reader, object, &where, "source", &source_id,
                                               error) ||
      !check_claim_source (context, i, &source_id, error))
    return FALSE;

  if (!kaynak_json_reader_require_string (reader, object, &where, "status", &status_id, error) ||
      !check_claim_status (i, status_id, &status, error))
    return FALSE;

  if (!kaynak_json_reader_get_string (reader, object, &where, "note", "", &f.note, error) ||
      !kaynak_json_reader_get_string_list (reader, object, &where, "cues", &cues, error) ||
      !kaynak_json_reader_get_string_list (reader, object, &where, "agreed_by", &agreed_by,
                                           error) ||
      !kaynak_json_reader_get_string (reader, object, &where, "author", "", &f.author, error) ||
      !require_timestamp (reader, object, &where, "created", &f.created, error) ||
      !require_timestamp (reader, object, &where, "modified", &f.modified, error))
    return FALSE;
  f.cues = cues;
  f.agreed_by = agreed_by;

  claim = claim_new_from_fields (&f, source_id, status);

  /* Its pieces, and where its source and cue stand (kaynak-file-spans.c) */
  if (!_kaynak_file_read_claim_spans (reader, object, &where, i, claim, context->text_length,
                                      context->text_changed, error))
    {
      g_object_unref (claim);
      return FALSE;
    }
  /* Its checkable sentence and evidence (kaynak-file-evidence.c) */
  if (!_kaynak_file_read_claim_checked (reader, object, &where, claim, error))
    {
      g_object_unref (claim);
      return FALSE;
    }
  /* Its verdict and field values (version 2, kaynak-file-codebook.c) */
  if (!_kaynak_file_read_claim_codebook (reader, object, &where, claim, error))
    {
      g_object_unref (claim);
      return FALSE;
    }

  /* How it is attributed (kaynak-file-attribution.c) */
  if (!_kaynak_file_read_claim_attribution (reader, object, &where, claim, error))
    {
      g_object_unref (claim);
      return FALSE;
    }

  if (has_unknown_members (reader, object, before))
    context->unknown = TRUE;

  add_claim (context, claim, i, f.orphaned);
  return TRUE;
}

/* The same for claims[@i] read from its text (kaynak-claims-reader.h),
 * with no tree: TRUE when it is valid and appended, FALSE (nothing done,
 * no error) when anything is wrong, for read_claim() to say what */
static gboolean
read_claim_text (ClaimsContext           *context,
                 const KaynakClaimFields *f,
                 guint                    i)
{
  const char *source_id = f->source;
  KaynakClaimStatus status;
  KaynakClaim *claim;

  if (f->id == NULL || f->id[0] == '\0' || !check_claim_id (context, i, f->id, NULL) ||
      !f->has_start || !f->has_end ||
      !check_claim_range (context, i, f->start, f->end, f->orphaned, NULL) ||
      f->quote == NULL || f->quote[0] == '\0' ||
      !check_claim_source (context, i, &source_id, NULL) ||
      f->status == NULL || !check_claim_status (i, f->status, &status, NULL) ||
      f->created == NULL || !timestamp_is_valid (f->created) ||
      f->modified == NULL || !timestamp_is_valid (f->modified))
    return FALSE;

  claim = claim_new_from_fields (f, source_id, status);
  if (!_kaynak_file_set_claim_spans (f, i, claim, context->text_length, context->text_changed) ||
      !_kaynak_file_claim_attribution_from_text (f->attribution, claim) ||
      !_kaynak_file_claim_codebook_from_text (f->verdict, f->field_values, f->field_integers,
                                              context->reader->numbers_overflowed, claim))
    {
      g_object_unref (claim);
      return FALSE;
    }

  if (f->unknown)
    context->unknown = TRUE;
  add_claim (context, claim, i, f->orphaned);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Links
 * ------------------------------------------------------------------------ */

static gboolean
read_links (const KaynakJsonReader  *reader,
            JsonArray               *array,
            GHashTable              *claim_ids,
            GPtrArray               *links,
            gboolean                *unknown,
            GError                 **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (NULL, "links");
  guint n = array ? json_array_get_length (array) : 0;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) triples = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      const KaynakJsonPath where = KAYNAK_JSON_ELEMENT (&list, i);
      const char *id, *type_id, *from, *to;
      KaynakLinkType type;
      JsonObject *object;
      gpointer previous;
      char *triple;
      guint before = *reader->found;

      if (!kaynak_json_reader_as_object (reader, json_array_get_element (array, i), &where,
                                         &object, error) ||
          !kaynak_json_reader_require_nonempty_string (reader, object, &where, "id", &id, error))
        return FALSE;
      if (g_hash_table_lookup_extended (ids, id, NULL, &previous))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("links[%u].id “%s” is used twice (also by links[%u])"),
                       i, id, GPOINTER_TO_UINT (previous));
          return FALSE;
        }
      g_hash_table_insert (ids, (gpointer) id, GUINT_TO_POINTER (i));

      if (!kaynak_json_reader_require_string (reader, object, &where, "type", &type_id, error))
        return FALSE;
      if (!kaynak_link_type_from_id (type_id, &type))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("links[%u].type “%s” is not a known type of link (confirms, contradicts, repeats, responds-to)"),
                       i, type_id);
          return FALSE;
        }

      if (!kaynak_json_reader_require_nonempty_string (reader, object, &where, "from", &from,
                                                       error))
        return FALSE;
      if (!g_hash_table_contains (claim_ids, from))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                       _("links[%u].from “%s” is not one of the claims"), i, from);
          return FALSE;
        }
      if (!kaynak_json_reader_require_nonempty_string (reader, object, &where, "to", &to, error))
        return FALSE;
      if (!g_hash_table_contains (claim_ids, to))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                       _("links[%u].to “%s” is not one of the claims"), i, to);
          return FALSE;
        }
      if (strcmp (from, to) == 0)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("links[%u] links claim “%s” to itself"), i, from);
          return FALSE;
        }

      triple = g_strjoin ("\n", type_id, from, to, NULL);
      if (g_hash_table_lookup_extended (triples, triple, NULL, &previous))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("links[%u] repeats links[%u] (same type, from and to)"),
                       i, GPOINTER_TO_UINT (previous));
          g_free (triple);
          return FALSE;
        }
      g_hash_table_insert (triples, triple, GUINT_TO_POINTER (i));

      if (has_unknown_members (reader, object, before))
        *unknown = TRUE;
      g_ptr_array_add (links, kaynak_link_new (id, type, from, to));
    }

  return TRUE;
}

/* ------------------------------------------------------------------------
 * Rejected suggestions
 * ------------------------------------------------------------------------ */

/* Whether @quote stands more than once in the article (one pass) */
static gboolean
more_than_once (KaynakDocument *document,
                const char     *quote)
{
  const char *text = kaynak_document_get_text (document);
  const char *first = *quote != '\0' ? strstr (text, quote) : NULL;

  return first != NULL && strstr (g_utf8_next_char (first), quote) != NULL;
}

/* "rejected_suggestions", optional: each {start, end, quote} and, since
 * they are kept, {prefix, suffix}.  A rejection is of one place, not of
 * its words wherever they stand: it is looked for again as a claim is
 * (kaynak-anchor.h), at its old place, else where its words stand with
 * the same words around them.  One written before the context was kept
 * is taken at its old place, else where its words stand only if they
 * stand there alone in the article (more than one place would be a
 * guess).  One not found is dropped: its suggestion may come back, as a
 * claim's words that moved are not the claim. */
static gboolean
read_rejections (const KaynakJsonReader  *reader,
                 JsonArray               *array,
                 KaynakDocument          *document,
                 GPtrArray               *rejections,
                 GError                 **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (NULL, "rejected_suggestions");
  guint n = array ? json_array_get_length (array) : 0;
  g_autoptr(KaynakAnchorText) text = NULL;
  guint length = kaynak_document_get_length (document);

  if (n > 0)
    text = kaynak_anchor_text_new (kaynak_document_get_text (document),
                                   kaynak_document_get_text_bytes (document));
  for (guint i = 0; i < n; i++)
    {
      const KaynakJsonPath where = KAYNAK_JSON_ELEMENT (&list, i);
      JsonObject *object;
      guint start, end, new_start, new_end;
      KaynakAnchorResult result;
      const char *quote, *prefix, *suffix;
      gboolean context;

      if (!kaynak_json_reader_as_object (reader, json_array_get_element (array, i), &where,
                                         &object, error) ||
          !kaynak_json_reader_require_uint (reader, object, &where, "start", &start, error) ||
          !kaynak_json_reader_require_uint (reader, object, &where, "end", &end, error) ||
          !kaynak_json_reader_require_string (reader, object, &where, "quote", &quote, error) ||
          !kaynak_json_reader_get_string (reader, object, &where, "prefix", "", &prefix, error) ||
          !kaynak_json_reader_get_string (reader, object, &where, "suffix", "", &suffix, error))
        return FALSE;
      if (start >= end)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                       _("rejected_suggestions[%u].end %u is not after its start %u"),
                       i, end, start);
          return FALSE;
        }
      context = *prefix != '\0' || *suffix != '\0';
      result = kaynak_anchor_text_find (text, quote, prefix, suffix, start, &new_start, &new_end);
      if (result == KAYNAK_ANCHOR_NOT_FOUND && !context)
        {
          /* an older rejection: its words where they stand alone */
          result = kaynak_anchor_text_find (text, quote, NULL, NULL, KAYNAK_ANCHOR_NO_POSITION,
                                            &new_start, &new_end);
          if (result != KAYNAK_ANCHOR_NOT_FOUND && more_than_once (document, quote))
            result = KAYNAK_ANCHOR_NOT_FOUND;
        }
      switch (result)
        {
        case KAYNAK_ANCHOR_EXACT:
        case KAYNAK_ANCHOR_MOVED:
        case KAYNAK_ANCHOR_APPROXIMATE:
          if (new_start < new_end)
            {
              /* its words and context as they stand now */
              g_autofree char *found = kaynak_document_dup_slice (document, new_start, new_end);
              g_autofree char *before = kaynak_document_dup_slice (document,
                                                                   new_start > KAYNAK_CLAIM_CONTEXT_LENGTH ? new_start - KAYNAK_CLAIM_CONTEXT_LENGTH : 0,
                                                                   new_start);
              g_autofree char *after = kaynak_document_dup_slice (document, new_end,
                                                                  MIN ((guint64) new_end + KAYNAK_CLAIM_CONTEXT_LENGTH, length));

              g_ptr_array_add (rejections, kaynak_rejection_new (new_start, new_end, found,
                                                                 before, after));
            }
          break;
        case KAYNAK_ANCHOR_NOT_FOUND:
        default:
          break;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Loading
 * ------------------------------------------------------------------------ */

/* Checks "format" and "version" of @root.  @required_format FALSE lets a
 * source scheme (no "format") through. */
static JsonObject *
check_header (const KaynakJsonReader  *reader,
              JsonNode                *root,
              gboolean                 required_format,
              GError                 **error)
{
  JsonObject *object;
  JsonNode *format;
  gint64 number;

  if (JSON_NODE_TYPE (root) != JSON_NODE_OBJECT)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK,
                   _("This is JSON, but not a Kaynak file: it is %s, not an object"),
                   kaynak_json_node_describe (root));
      return NULL;
    }
  object = json_node_get_object (root);

  format = json_object_get_member (object, "format");
  if (format == NULL && !required_format)
    return object;
  /* A scheme has a format and a version of its own (docs/SCHEME.md) */
  if (!required_format && kaynak_json_node_is_string (format) &&
      strcmp (json_node_get_string (format), KAYNAK_SCHEME_FORMAT_NAME) == 0)
    {
      if (!kaynak_json_reader_require_int (reader, object, NULL, "version", &number, error))
        return NULL;
      if (number > KAYNAK_SCHEME_FORMAT_VERSION)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION,
                       _("This scheme was made by a newer Kaynak (scheme version %lld; this Kaynak reads version %d). Update Kaynak to read it."),
                       (long long) number, KAYNAK_SCHEME_FORMAT_VERSION);
          return NULL;
        }
      if (number < 1)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("version %lld is not a scheme version (they start at 1)"),
                       (long long) number);
          return NULL;
        }
      return object;
    }
  /* A team's codebook holds its sources as a scheme does (docs/CODEBOOK.md),
   * so it loads as a scheme too */
  if (!required_format && kaynak_json_node_is_string (format) &&
      strcmp (json_node_get_string (format), KAYNAK_CODEBOOK_FORMAT_NAME) == 0)
    {
      if (!kaynak_json_reader_require_int (reader, object, NULL, "version", &number, error))
        return NULL;
      if (number > KAYNAK_CODEBOOK_FORMAT_VERSION)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION,
                       _("This codebook was made by a newer Kaynak (codebook version %lld; this Kaynak reads version %d). Update Kaynak to use it."),
                       (long long) number, KAYNAK_CODEBOOK_FORMAT_VERSION);
          return NULL;
        }
      return object;
    }
  if (!kaynak_json_node_is_string (format) ||
      strcmp (json_node_get_string (format), KAYNAK_FILE_FORMAT_NAME) != 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK,
                   _("This is JSON, but not a Kaynak file: it has no “format”: “kaynak”"));
      return NULL;
    }

  if (!kaynak_json_reader_require_int (reader, object, NULL, "version", &number, error))
    return NULL;
  if (number > KAYNAK_FILE_FORMAT_VERSION)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION,
                   _("This file was made by a newer Kaynak (format version %lld; this Kaynak reads version %d). Update Kaynak to open it."),
                   (long long) number, KAYNAK_FILE_FORMAT_VERSION);
      return NULL;
    }
  if (number < 1 && reader->numbers_overflowed)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("version is not a format version (far too large)"));
      return NULL;
    }
  if (number < 1)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("version %lld is not a format version (they start at 1)"),
                   (long long) number);
      return NULL;
    }

  return object;
}

static gboolean
read_metadata (const KaynakJsonReader  *reader,
               JsonObject              *root,
               KaynakDocument          *document,
               GError                 **error)
{
  static const struct {
    const char *member;
    void      (*set) (KaynakDocument *, const char *);
  } fields[] = {
    { "title",     kaynak_document_set_title },
    { "url",       kaynak_document_set_url },
    { "outlet",    kaynak_document_set_outlet },
    { "published", kaynak_document_set_published },
    { "language",  kaynak_document_set_language },
    { "notes",     kaynak_document_set_notes },
    { "fact_check_url", kaynak_document_set_fact_check_url },
    { "author",    kaynak_document_set_article_author },
    { "retrieved", kaynak_document_set_retrieved },
    { "archived_url", kaynak_document_set_archived_url },
  };
  const KaynakJsonPath where = KAYNAK_JSON_MEMBER (NULL, "metadata");
  JsonObject *metadata;

  if (!kaynak_json_reader_get_object (reader, root, NULL, "metadata", &metadata, error))
    return FALSE;
  if (metadata == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value;

      if (!kaynak_json_reader_get_string (reader, metadata, &where, fields[i].member, "",
                                          &value, error))
        return FALSE;
      if (value[0] != '\0')
        fields[i].set (document, value);
    }

  return TRUE;
}

/* "state", optional (issue 18): one of the ids of kaynak-article-state.h.
 * An id this Kaynak does not know is refused, not kept: a state is a
 * promise about the work (done, reviewed), and reading it as something
 * else would break it silently. */
static gboolean
read_state (const KaynakJsonReader  *reader,
            JsonObject              *root,
            KaynakDocument          *document,
            GError                 **error)
{
  KaynakArticleState state;
  const char *id;

  if (!kaynak_json_reader_get_string (reader, root, NULL, "state", "new", &id, error))
    return FALSE;
  if (!kaynak_article_state_from_id (id, &state))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("state “%s” is not an article state (they are new, in-progress, done and reviewed)"),
                   id);
      return FALSE;
    }
  _kaynak_document_load_state (document, state);
  return TRUE;
}

static KaynakDocument *
load_tree (KaynakParsedFile  *parsed,
           KaynakLoadReport  *report,
           GError           **error)
{
  guint found = 0;
  const KaynakJsonReader reader = {
    .dialect = KAYNAK_JSON_DIALECT_KAYNAK,
    .numbers_overflowed = parsed->numbers_overflowed,
    .found = &found,
  };
  gboolean unknown = FALSE;
  const KaynakJsonPath article_where = KAYNAK_JSON_MEMBER (NULL, "article");
  JsonNode *root = json_parser_get_root (parsed->parser);
  ClaimsContext claims;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rejections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (KaynakSavedClaim));
  g_autoptr(GHashTable) source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) claim_ids = NULL;
  g_autofree char *sha256 = NULL;
  JsonArray *sources_array, *claims_array, *links_array, *rejections_array;
  JsonObject *object, *article;
  const char *text, *stored_sha256;
  gboolean text_changed;

  g_array_set_clear_func (entries, _kaynak_saved_claim_clear);

  if (!(object = check_header (&reader, root, TRUE, error)) ||
      !kaynak_json_reader_require_object (&reader, object, NULL, "article", &article, error) ||
      !kaynak_json_reader_require_string (&reader, article, &article_where, "sha256",
                                          &stored_sha256, error))
    return NULL;
  if (!sha256_is_valid (stored_sha256))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("article.sha256 “%s” is not a SHA-256 (64 hexadecimal digits)"),
                   stored_sha256);
      return NULL;
    }
  if (!kaynak_json_reader_require_string (&reader, article, &article_where, "text", &text, error))
    return NULL;
  /* Nothing can be claimed in no text, and an article cannot be imported
   * empty: the same refusal, in the same words, as for a .txt file. */
  if (text[0] == '\0')
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("The article is empty"));
      return NULL;
    }

  document = kaynak_document_new (text, -1);
  sha256 = g_ascii_strdown (stored_sha256, -1);
  text_changed = !_kaynak_document_text_matches_hash (document, sha256);

  if (!read_metadata (&reader, object, document, error) ||
      !read_state (&reader, object, document, error) ||
      !_kaynak_file_read_document_codebook (&reader, object, document, error) ||
      !kaynak_json_reader_get_array (&reader, object, NULL, "sources", &sources_array, error) ||
      !read_sources (&reader, sources_array, sources, source_ids, &unknown, error) ||
      !kaynak_json_reader_get_array (&reader, object, NULL, "claims", &claims_array, error))
    return NULL;
  claim_ids = g_hash_table_new (g_str_hash, g_str_equal);
  claims.reader = &reader;
  claims.source_ids = source_ids;
  claims.claim_ids = claim_ids;
  claims.entries = entries;
  claims.text_length = kaynak_document_get_length (document);
  claims.text_changed = text_changed;
  claims.unknown = FALSE;

  if (parsed->claims != NULL)
    {
      g_autoptr(JsonParser) claim_parser = json_parser_new ();
      g_autoptr(KaynakClaimsReader) claims_reader = kaynak_claims_reader_new ();

      /* Each claim is read from its text, without a tree
       * (kaynak-claims-reader.h); one the text reader or the rules say no
       * to is parsed by json-glib and read again, to word the error. */
      g_array_set_size (entries, 0);
      for (guint i = 0; i < parsed->claims->len; i++)
        {
          const KaynakJsonSpan *span = &g_array_index (parsed->claims, KaynakJsonSpan, i);
          const KaynakClaimFields *fields;

          if (use_claims_reader &&
              kaynak_claims_reader_read (claims_reader, parsed->data + span->offset,
                                         span->length, &fields) &&
              read_claim_text (&claims, fields, i))
            continue;
          if (!_kaynak_file_parse_claim (parsed, claim_parser, i, error) ||
              !read_claim (&claims, json_parser_get_root (claim_parser), i, error))
            return NULL;
        }
    }
  else
    {
      guint n = claims_array ? json_array_get_length (claims_array) : 0;

      for (guint i = 0; i < n; i++)
        if (!read_claim (&claims, json_array_get_element (claims_array, i), i, error))
          return NULL;
    }

  if (!kaynak_json_reader_get_array (&reader, object, NULL, "links", &links_array, error) ||
      !read_links (&reader, links_array, claim_ids, links, &unknown, error) ||
      !kaynak_json_reader_get_array (&reader, object, NULL, "rejected_suggestions",
                                     &rejections_array, error) ||
      !read_rejections (&reader, rejections_array, document, rejections, error))
    return NULL;

  /* Members Kaynak does not know are kept as written, to be saved again
   * where they were (kaynak-unknown.h).  Finding them costs an increment
   * per member read; only a file that has some is walked for them. */
  if (unknown || claims.unknown ||
      has_unknown_members_at (object, KAYNAK_UNKNOWN_TOP) ||
      has_unknown_members_at (article, KAYNAK_UNKNOWN_ARTICLE) ||
      has_unknown_members_at (kaynak_json_object_get_value (object, "metadata") != NULL
                                ? json_object_get_object_member (object, "metadata") : NULL,
                              KAYNAK_UNKNOWN_METADATA))
    {
      KaynakUnknownFile kept;

      kaynak_unknown_file_collect (&kept, parsed->data, parsed->length);
      _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_TOP, kept.top);
      _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_METADATA, kept.metadata);
      _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_ARTICLE, kept.article);
      for (guint i = 0; i < sources->len; i++)
        kaynak_source_set_unknown (g_ptr_array_index (sources, i),
                                   kaynak_unknown_file_get (kept.sources, i));
      for (guint i = 0; i < entries->len; i++)
        kaynak_claim_set_unknown (g_array_index (entries, KaynakSavedClaim, i).claim,
                                  kaynak_unknown_file_get (kept.claims, i));
      for (guint i = 0; i < links->len; i++)
        kaynak_link_set_unknown (g_ptr_array_index (links, i),
                                 kaynak_unknown_file_get (kept.links, i));
      kaynak_unknown_file_clear (&kept);
    }

  /* Everything is valid: only now may the document be filled. */
  if (report != NULL)
    report->text_changed = text_changed;
  _kaynak_reanchor_claims (document, entries, text_changed, report);

  for (guint i = 0; i < sources->len; i++)
    _kaynak_document_bulk_add_source (document, g_ptr_array_index (sources, i));
  for (guint i = 0; i < entries->len; i++)
    _kaynak_document_bulk_add_claim (document, g_array_index (entries, KaynakSavedClaim, i).claim);
  for (guint i = 0; i < links->len; i++)
    _kaynak_document_bulk_add_link (document, g_ptr_array_index (links, i));
  for (guint i = 0; i < rejections->len; i++)
    _kaynak_document_bulk_add_rejection (document, g_ptr_array_index (rejections, i));
  _kaynak_document_finish_bulk (document);
  kaynak_document_mark_saved (document);

  return g_steal_pointer (&document);
}

KaynakDocument *
kaynak_file_load_bytes (GBytes            *bytes,
                        KaynakLoadReport **report,
                        GError           **error)
{
  g_autoptr(KaynakLoadReport) local_report = NULL;
  KaynakDocument *document;
  KaynakParsedFile parsed;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (report == NULL || *report == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kaynak_file_parse (bytes, &parsed, error))
    return NULL;

  if (report != NULL)
    local_report = kaynak_load_report_new ();

  document = load_tree (&parsed, local_report, error);
  _kaynak_parsed_file_release (&parsed);
  if (document != NULL && report != NULL)
    *report = g_steal_pointer (&local_report);

  return document;
}

/* A plain sentence for a failure to read @file, keeping GIO's code. */
static void
set_read_error (GError       **error,
                GFile         *file,
                const GError  *io_error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, io_error->code,
                 _("“%s” does not exist"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, G_IO_ERROR, io_error->code,
                 _("“%s” is a folder, not a file"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, G_IO_ERROR, io_error->code,
                 _("Could not open “%s”: permission denied"), name);
  else
    g_set_error (error, io_error->domain, io_error->code,
                 _("Could not open “%s”: %s"), name, io_error->message);
}

/* Reads the whole of @file, refusing it by its type and size before
 * reading (kaynak-read.h: a FIFO named *.kaynak.json must not hang). */
static GBytes *
read_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  goffset size = 0;
  gsize length = 0;
  guint8 *data;

  data = kaynak_read_file (file, KAYNAK_FILE_MAX_SIZE, &length, &size,
                           cancellable, &local_error);
  if (data != NULL)
    return g_bytes_new_take (data, length);

  name = g_file_get_parse_name (file);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file"), name);
    }
  else if (g_error_matches (local_error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE) && size < 0)
    {
      g_autofree char *limit = g_format_size_full (KAYNAK_FILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("“%s” is too large to open (the limit is %s)"), name, limit);
    }
  else if (g_error_matches (local_error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE))
    {
      g_autofree char *pretty = NULL;
      g_autofree char *limit = NULL;

      kaynak_format_size_and_limit (size, KAYNAK_FILE_MAX_SIZE, &pretty, &limit);
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("“%s” is too large to open (%s; the limit is %s)"),
                   name, pretty, limit);
    }
  else
    set_read_error (error, file, local_error);

  return NULL;
}

KaynakDocument *
kaynak_file_load (GFile             *file,
                  GCancellable      *cancellable,
                  KaynakLoadReport **report,
                  GError           **error)
{
  g_autoptr(KaynakLoadReport) local_report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  KaynakDocument *document;
  KaynakParsedFile parsed;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || *report == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(bytes = read_file (file, cancellable, error)))
    return NULL;

  if (!_kaynak_file_parse (bytes, &parsed, error))
    return NULL;

  if (report != NULL)
    local_report = kaynak_load_report_new ();

  document = load_tree (&parsed, local_report, error);
  _kaynak_parsed_file_release (&parsed);
  if (document == NULL)
    return NULL;

  kaynak_document_set_file (document, file);
  kaynak_document_mark_saved (document);
  if (report != NULL)
    *report = g_steal_pointer (&local_report);

  return document;
}

GPtrArray *
kaynak_file_load_scheme (GFile   *file,
                         GError **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GBytes) bytes = NULL;
  JsonArray *array;
  JsonObject *object;
  KaynakJsonReader reader = { .dialect = KAYNAK_JSON_DIALECT_KAYNAK };
  gboolean ok;
  KaynakParsedFile parsed;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = read_file (file, NULL, error)) ||
      !_kaynak_file_parse (bytes, &parsed, error))
    return NULL;

  reader.numbers_overflowed = parsed.numbers_overflowed;
  object = check_header (&reader, json_parser_get_root (parsed.parser), FALSE, error);
  ok = object != NULL &&
       kaynak_json_reader_require_array (&reader, object, NULL, "sources", &array, error) &&
       read_sources (&reader, array, sources, ids, NULL, error);

  /* the ids point into the tree */
  g_hash_table_remove_all (ids);
  _kaynak_parsed_file_clear (&parsed);

  return ok ? g_steal_pointer (&sources) : NULL;
}

/* ------------------------------------------------------------------------
 * For the other files of a team: the codebook (kaynak-codebook.c)
 * ------------------------------------------------------------------------ */

GBytes *
_kaynak_file_read_bytes (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return read_file (file, cancellable, error);
}

gboolean
_kaynak_file_read_sources (const KaynakJsonReader  *reader,
                           JsonArray               *array,
                           GPtrArray               *sources,
                           GError                 **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  return read_sources (reader, array, sources, ids, NULL, error);
}
