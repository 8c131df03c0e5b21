/* kaynak-article-summary.c: a Kaynak file's title, state and counts from
 * its raw JSON (see kaynak-article-summary.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kaynak-article-summary.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-json-guard.h"

typedef struct
{
  const char *format;       /* raw values, NULL when absent */
  gsize       format_length;
  const char *version;
  gsize       version_length;
  const char *state;
  gsize       state_length;
  const char *metadata;
  gsize       metadata_length;
  const char *claims;
  gsize       claims_length;
  const char *title;
  gsize       title_length;
  /* claims[i].source of the claim being walked */
  const char *source;
  gsize       source_length;
  GHashTable *sources;      /* source id (raw, quotes included) → itself */
  guint       n_claims;
  gboolean    claim_not_object;
} Scan;

/* A member's name as written, quotes included, is @name: the walk hands
 * names over raw, and Kaynak writes its own names without escapes (a
 * name written with escapes is not seen here, as it would not be in the
 * loader's fast path either). */
#define NAME_IS(name, length, literal) \
  ((length) == sizeof ("\"" literal "\"") - 1 && memcmp ((name), "\"" literal "\"", (length)) == 0)

static void
on_top_member (const char *name,
               gsize       name_length,
               const char *value,
               gsize       value_length,
               gpointer    user_data)
{
  Scan *scan = user_data;

  if (NAME_IS (name, name_length, "format"))
    scan->format = value, scan->format_length = value_length;
  else if (NAME_IS (name, name_length, "version"))
    scan->version = value, scan->version_length = value_length;
  else if (NAME_IS (name, name_length, "state"))
    scan->state = value, scan->state_length = value_length;
  else if (NAME_IS (name, name_length, "metadata"))
    scan->metadata = value, scan->metadata_length = value_length;
  else if (NAME_IS (name, name_length, "claims"))
    scan->claims = value, scan->claims_length = value_length;
}

static void
on_metadata_member (const char *name,
                    gsize       name_length,
                    const char *value,
                    gsize       value_length,
                    gpointer    user_data)
{
  Scan *scan = user_data;

  if (NAME_IS (name, name_length, "title"))
    scan->title = value, scan->title_length = value_length;
}

static void
on_claim_member (const char *name,
                 gsize       name_length,
                 const char *value,
                 gsize       value_length,
                 gpointer    user_data)
{
  Scan *scan = user_data;

  if (NAME_IS (name, name_length, "source"))
    scan->source = value, scan->source_length = value_length;
}

static void
on_claim (guint       index,
          const char *value,
          gsize       value_length,
          gpointer    user_data)
{
  Scan *scan = user_data;

  scan->n_claims++;
  scan->source = NULL;
  if (!kaynak_json_walk_object (value, value + value_length, on_claim_member, scan))
    {
      scan->claim_not_object = TRUE;
      return;
    }
  /* A string names a source; null or absent: none yet */
  if (scan->source != NULL && scan->source[0] == '"')
    {
      /* (a second copy of an id replaces the first, which the set frees) */
      g_hash_table_add (scan->sources, g_strndup (scan->source, scan->source_length));
    }
}

static gboolean
is_string (const char *value)
{
  return value != NULL && value[0] == '"';
}

/* The kind of value at @value, for a message: the loader's words */
static const char *
describe (const char *value)
{
  switch (value[0])
    {
    case '"': return _("a string");
    case '{': return _("an object");
    case '[': return _("a list");
    case 't': case 'f': return _("true or false");
    case 'n': return _("null");
    default: return _("a number");
    }
}

static gboolean
check (Scan    *scan,
       GError **error)
{
  g_autofree char *format = NULL;

  if (!is_string (scan->format) ||
      strcmp ((format = kaynak_json_decode_string (scan->format, scan->format_length)),
              KAYNAK_FILE_FORMAT_NAME) != 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK,
                   _("This is JSON, but not a Kaynak file: it has no “format”: “kaynak”"));
      return FALSE;
    }
  if (scan->version == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("version is missing"));
      return FALSE;
    }
  if (!g_ascii_isdigit (scan->version[0]) && scan->version[0] != '-')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("version must be a whole number, not %s"), describe (scan->version));
      return FALSE;
    }
  {
    g_autofree char *digits = g_strndup (scan->version, scan->version_length);
    gint64 number = g_ascii_strtoll (digits, NULL, 10);

    if (strpbrk (digits, ".eE") != NULL || number < 1)
      {
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                     _("version %s is not a format version (they start at 1)"), digits);
        return FALSE;
      }
    if (number > KAYNAK_FILE_FORMAT_VERSION)
      {
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION,
                     _("This file was made by a newer Kaynak (format version %s; this Kaynak reads version %d). Update Kaynak to open it."),
                     digits, KAYNAK_FILE_FORMAT_VERSION);
        return FALSE;
      }
  }
  if (scan->state != NULL && !is_string (scan->state))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("state must be a string, not %s"), describe (scan->state));
      return FALSE;
    }
  if (scan->metadata != NULL && scan->metadata[0] != '{')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("metadata must be an object, not %s"), describe (scan->metadata));
      return FALSE;
    }
  if (scan->claims != NULL && scan->claims[0] != '[')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("claims must be a list, not %s"), describe (scan->claims));
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

gboolean
kaynak_article_summary_read (const char            *data,
                             gsize                  length,
                             KaynakArticleSummary  *summary,
                             GError               **error)
{
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Scan scan = { .sources = sources };
  KaynakArticleState state = KAYNAK_ARTICLE_STATE_NEW;
  const char *end;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  end = data + length;

  /* The loader's own first check, so that a hostile file is refused in
   * the same words and nothing below walks invalid JSON */
  if (!kaynak_json_guard_check (data, length, KAYNAK_FILE_MAX_DEPTH, error))
    return FALSE;
  /* the guard passes blank text; the loader calls it empty */
  if (is_blank (data, length))
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX, _("The file is empty"));
      return FALSE;
    }
  if (!kaynak_json_walk_object (data, end, on_top_member, &scan))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK,
                   _("This is JSON, but not a Kaynak file: it is not an object"));
      return FALSE;
    }
  if (!check (&scan, error))
    return FALSE;

  if (scan.state != NULL)
    {
      g_autofree char *id = kaynak_json_decode_string (scan.state, scan.state_length);

      if (!kaynak_article_state_from_id (id, &state))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("state “%s” is not an article state (they are new, in-progress, done and reviewed)"),
                       id);
          return FALSE;
        }
    }
  if (scan.metadata != NULL)
    kaynak_json_walk_object (scan.metadata, scan.metadata + scan.metadata_length,
                             on_metadata_member, &scan);
  if (scan.title != NULL && !is_string (scan.title))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("metadata.title must be a string, not %s"), describe (scan.title));
      return FALSE;
    }
  if (scan.claims != NULL)
    kaynak_json_walk_array (scan.claims, scan.claims + scan.claims_length, on_claim, &scan);
  if (scan.claim_not_object)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Every element of claims must be an object"));
      return FALSE;
    }

  summary->title = scan.title != NULL ? kaynak_json_decode_string (scan.title, scan.title_length) : g_strdup ("");
  summary->state = state;
  summary->n_claims = scan.n_claims;
  summary->n_sources_used = g_hash_table_size (sources);
  return TRUE;
}

void
kaynak_article_summary_clear (KaynakArticleSummary *summary)
{
  g_clear_pointer (&summary->title, g_free);
}
