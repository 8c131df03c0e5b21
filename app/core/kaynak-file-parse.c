/* kaynak-file-parse.c: the bytes of a Kaynak file to json-glib trees.
 *
 * Within budgets that bound json-glib's memory: everything json-glib must
 * not see is refused first (a file over the size limit, bad UTF-8,
 * nesting too deep, too many values: kaynak-json-guard.c); the claims,
 * most of a file, are then cut out and parsed one at a time by the
 * loader, so that 100,000 claims are never one tree (see
 * KaynakParsedFile).  The guard is a strict RFC 8259 validator: syntax
 * errors are its own, with the line and column of the whole file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-file-private.h"
#include "kaynak-json-guard.h"
#include "kaynak-json-load.h"
#include "kaynak-read.h"
#include "kaynak-test-hooks.h"

/* Freeing json-glib's tree of a large file takes about half as long as
 * parsing it (a GHashTable per object, a node per value).  Nothing needs
 * it once the document is built (or the bytes generated), so a worker
 * thread frees it while the caller goes on.  Small trees are freed at
 * once. */
#define FREE_IN_THREAD_MIN_SIZE (1024 * 1024)

typedef struct
{
  gpointer       data;
  GDestroyNotify destroy;
} Release;

static gpointer
release_thread (gpointer user_data)
{
  Release *release = user_data;

  release->destroy (release->data);
  g_free (release);
  return NULL;
}

void
_kaynak_json_release (gpointer       data,
                      GDestroyNotify destroy,
                      gsize          size)
{
  GThread *thread = NULL;
  Release *release;

  if (data == NULL)
    return;

  if (size >= FREE_IN_THREAD_MIN_SIZE)
    {
      release = g_new (Release, 1);
      release->data = data;
      release->destroy = destroy;
      thread = g_thread_try_new ("kaynak-free-json", release_thread, release, NULL);
      if (thread == NULL)
        g_free (release);
    }

  if (thread != NULL)
    g_thread_unref (thread);
  else
    destroy (data);
}

void
_kaynak_parsed_file_clear (KaynakParsedFile *parsed)
{
  g_clear_object (&parsed->parser);
  g_clear_pointer (&parsed->claims, g_array_unref);
}

void
_kaynak_parsed_file_release (KaynakParsedFile *parsed)
{
  _kaynak_json_release (g_steal_pointer (&parsed->parser), g_object_unref, parsed->tree_size);
  _kaynak_parsed_file_clear (parsed);
}

/* json-glib's memory grows with the number of values, not with the size
 * of the file: a value costs a JsonNode and a JsonValue, a list or an
 * object a GPtrArray or a GHashTable more, about 80 and 300 bytes.  20 MB
 * of "[0,0,…]" took 825 MB to parse, 7.5 MB of "[{},{},…]" 757 MB, and a
 * file at the size limit would take tens of gigabytes.  So what json-glib
 * builds at once is bounded by counts, taken in the pre-scan before it
 * runs (kaynak-json-guard.h), with room to spare for real files:
 *
 * - the file without its claims (metadata, article, sources, links): a
 *   link is 5 values, one an object, a source about 10; a million links
 *   are 5 million values, 1 million objects.  8 million and 2 million
 *   leave room for half as many again and any number of sources: at most
 *   about 1.1 GB of json-glib's nodes (measured; README);
 * - each claim, parsed on its own after the one before it is freed: about
 *   17 values, 2 of them objects or lists, and a few cues.  100,000 and
 *   10,000 are far more than any claim and cost at most a few megabytes;
 * - all claims together: their cues stay in the document, a few bytes of
 *   file ("a",) becoming some 40 of memory, so 32 million values: a
 *   million claims of twice the usual size.
 *
 * A file that cannot be split (kaynak_json_split_member()) is parsed
 * whole, its claims included, under the first budget: 400,000 claims fit. */
/* (the first, the budget of every JSON Kaynak reads, is in
 * kaynak-json-guard.c: the imports use it too) */
#define MAX_CLAIM_VALUES      G_GUINT64_CONSTANT (100000)
#define MAX_CLAIM_CONTAINERS  G_GUINT64_CONSTANT (10000)
#define MAX_CLAIMS_VALUES     G_GUINT64_CONSTANT (32000000)

/* The budgets that need large files to reach, lowered by tests
 * (kaynak-test-hooks.h) so that a file over them need not be tens of
 * megabytes */
static guint64 max_claims_values = MAX_CLAIMS_VALUES;

void
_kaynak_file_set_budgets (guint64 tree_values,
                          guint64 tree_containers,
                          guint64 claims_values)
{
  _kaynak_json_guard_set_budget (tree_values, tree_containers);
  max_claims_values = claims_values != 0 ? claims_values : MAX_CLAIMS_VALUES;
}

static gboolean
tree_fits (const KaynakJsonCount  *count,
           GError                **error)
{
  return kaynak_json_guard_check_budget (count, error);
}

static gboolean
claims_fit (GArray                *claims,
            const KaynakJsonCount *whole,
            const KaynakJsonCount *rest,
            GError               **error)
{
  if (whole->values - rest->values > max_claims_values)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("The claims of the file have more values than Kaynak reads: %lu "
                     "(the limit is %lu, enough for a million claims); reading them "
                     "could fill the memory"),
                   (unsigned long) (whole->values - rest->values),
                   (unsigned long) max_claims_values);
      return FALSE;
    }

  for (guint i = 0; i < claims->len; i++)
    {
      const KaynakJsonCount *count = &g_array_index (claims, KaynakJsonSpan, i).count;

      if (count->values > MAX_CLAIM_VALUES || count->containers > MAX_CLAIM_CONTAINERS)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                       _("claims[%u] has more values than a claim may have: %lu, %lu of "
                         "them lists and objects (the limits are %lu and %lu); reading it "
                         "could fill the memory"),
                       i, (unsigned long) count->values, (unsigned long) count->containers,
                       (unsigned long) MAX_CLAIM_VALUES, (unsigned long) MAX_CLAIM_CONTAINERS);
          return FALSE;
        }
    }

  return TRUE;
}

/* The document with its claims array emptied, if it can be split.  Sets
 * @error (and returns NULL) only when it is refused for its counts;
 * NULL without an error means: parse it whole. */
static JsonParser *
parse_split (const char            *data,
             gsize                  length,
             const KaynakJsonCount *whole,
             GArray                *claims,
             gsize                 *tree_size,
             GError               **error)
{
  g_autoptr(JsonParser) parser = NULL;
  KaynakJsonCount rest_count = *whole;
  KaynakJsonSpan array;
  gsize after;
  char *rest;
  gboolean ok;

  if (!kaynak_json_split_member (data, length, "claims", &array, claims))
    return NULL;

  /* What is left once the claims array is "[]" */
  for (guint i = 0; i < claims->len; i++)
    {
      const KaynakJsonCount *count = &g_array_index (claims, KaynakJsonSpan, i).count;

      rest_count.values -= count->values;
      rest_count.containers -= count->containers;
    }
  if (!tree_fits (&rest_count, error) || !claims_fit (claims, whole, &rest_count, error))
    return NULL;

  after = array.offset + array.length;
  rest = g_malloc (length - array.length + 2);
  memcpy (rest, data, array.offset);
  memcpy (rest + array.offset, "[]", 2);
  memcpy (rest + array.offset + 2, data + after, length - after);

  parser = json_parser_new ();
  ok = json_parser_load_from_data (parser, rest, length - array.length + 2, NULL);
  g_free (rest);
  *tree_size = length - array.length;

  return ok ? g_steal_pointer (&parser) : NULL;
}

/* A claim json-glib refused, which the strict guard should have made
 * impossible: placed in the file by json-glib's own position */
static void
set_claim_syntax_error (const KaynakParsedFile *parsed,
                        const KaynakJsonSpan   *span,
                        GError                **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  guint line, column;

  kaynak_json_guard_position (parsed->data, span->offset, &line, &column);
  if (kaynak_json_load (parser, parsed->data + span->offset, span->length, line, column, error))
    g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX,
                         _("The file is not valid JSON"));
}

/* Everything json-glib must not see, then json-glib. */
gboolean
_kaynak_file_parse (GBytes           *bytes,
                    KaynakParsedFile *parsed,
                    GError          **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GError) local_error = NULL;
  KaynakJsonCount count;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  memset (parsed, 0, sizeof *parsed);

  if (length > KAYNAK_FILE_MAX_SIZE)
    {
      g_autofree char *size = NULL;
      g_autofree char *limit = NULL;

      kaynak_format_size_and_limit (length, KAYNAK_FILE_MAX_SIZE, &size, &limit);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("The file is too large to open (%s; the limit is %s)"), size, limit);
      return FALSE;
    }

  /* Some editors put a byte order mark before the JSON; it is not data. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (data == NULL)
    data = "";
  if (!kaynak_json_guard_check_counted (data, length, KAYNAK_FILE_MAX_DEPTH,
                                        &parsed->numbers_overflowed, &count, error))
    return FALSE;

  claims = g_array_new (FALSE, FALSE, sizeof (KaynakJsonSpan));
  parser = parse_split (data, length, &count, claims, &parsed->tree_size, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (parser == NULL)
    {
      parsed->tree_size = length;
      /* Any other shape, or a syntax error: json-glib on the whole */
      g_clear_pointer (&claims, g_array_unref);
      if (!tree_fits (&count, error))
        return FALSE;
      parser = json_parser_new ();
      if (!kaynak_json_load (parser, data, length, 1, 1, error))
        return FALSE;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX, _("The file is empty"));
      return FALSE;
    }

  parsed->parser = g_steal_pointer (&parser);
  parsed->claims = g_steal_pointer (&claims);
  parsed->count = count;
  parsed->data = data;
  parsed->length = length;
  return TRUE;
}

gboolean
_kaynak_file_parse_claim (const KaynakParsedFile *parsed,
                          JsonParser             *parser,
                          guint                   i,
                          GError                **error)
{
  const KaynakJsonSpan *span = &g_array_index (parsed->claims, KaynakJsonSpan, i);

  if (json_parser_load_from_data (parser, parsed->data + span->offset, span->length, NULL))
    return TRUE;
  set_claim_syntax_error (parsed, span, error);
  return FALSE;
}

JsonNode *
_kaynak_file_parse_without_claims (GBytes  *bytes,
                                   GError **error)
{
  JsonNode *root;
  g_auto(KaynakParsedFile) parsed = { 0, };

  if (!_kaynak_file_parse (bytes, &parsed, error))
    return NULL;
  root = json_parser_steal_root (parsed.parser);
  return root;
}
