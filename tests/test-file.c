/* test-file.c: the native *.kaynak.json file: round trip, validation,
 * re-anchoring, atomic saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-test-hooks.h"
#include "kaynak-json-guard.h"
#include "kaynak-test-util.h"

/* Facts about tests/data/example.kaynak.json */
#define EXAMPLE_LENGTH   779
#define EXAMPLE_CLAIMS   5
#define EXAMPLE_SOURCES  4
#define EXAMPLE_LINKS    2
#define CLAIM_0_ID       "3f1c2a9e-8b7d-4c21-9a55-0e6b1d2f4a10"
#define CLAIM_3_ID       "c9e81f27-5a3b-4d6c-a0e4-7b2f8d1c3e53"
#define CLAIM_4_ID       "d4a7b6c3-0e2f-4b9a-8c1d-5e6f7a8b9c64"
#define LINK_0_ID        "e5b8c9d0-1f2a-4c3b-9d4e-6f7a8b9c0d75"

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static GBytes *
example_bytes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static char *
example_text (void)
{
  g_autoptr(GBytes) bytes = example_bytes ();

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static KaynakDocument *
load_string (const char        *json,
             KaynakLoadReport **report,
             GError           **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return kaynak_file_load_bytes (bytes, report, error);
}

static void
assert_same_bytes (GBytes *a,
                   GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  if (la != lb || memcmp (da, db, la) != 0)
    {
      gsize i = 0;

      while (i < la && i < lb && da[i] == db[i])
        i++;
      g_test_message ("bytes differ at %" G_GSIZE_FORMAT ": “%.40s” vs “%.40s”",
                      i, da + i, db + i);
      g_test_fail ();
    }
}

/* Parses one path segment "name", "name[3]" into name and index. */
static void
parse_segment (const char  *segment,
               char       **name,
               int         *index)
{
  const char *bracket = strchr (segment, '[');

  *index = -1;
  if (bracket == NULL)
    {
      *name = g_strdup (segment);
      return;
    }
  *name = g_strndup (segment, bracket - segment);
  *index = atoi (bracket + 1);
}

/* Returns @json with the value at @path (e.g. "claims[1].end") replaced by
 * the JSON @value, or removed when @value is NULL. */
static char *
mutate (const char *json,
        const char *path,
        const char *value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) value_parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_auto(GStrv) segments = g_strsplit (path, ".", -1);
  g_autoptr(GError) error = NULL;
  JsonNode *new_value = NULL;
  JsonObject *object;
  guint n = g_strv_length (segments);

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  if (value != NULL)
    {
      json_parser_load_from_data (value_parser, value, -1, &error);
      g_assert_no_error (error);
      new_value = json_node_copy (json_parser_get_root (value_parser));
    }

  object = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;
      int index;

      parse_segment (segments[i], &name, &index);

      if (i + 1 < n)
        {
          JsonNode *member = json_object_get_member (object, name);

          g_assert_nonnull (member);
          if (index >= 0)
            member = json_array_get_element (json_node_get_array (member), index);
          object = json_node_get_object (member);
          continue;
        }

      if (index < 0)
        {
          if (new_value != NULL)
            json_object_set_member (object, name, new_value);
          else
            json_object_remove_member (object, name);
        }
      else
        {
          /* JsonArray cannot replace an element: rebuild the list */
          JsonArray *old = json_object_get_array_member (object, name);
          JsonArray *array = json_array_new ();

          for (guint k = 0; k < json_array_get_length (old); k++)
            {
              if ((int) k == index)
                {
                  if (new_value != NULL)
                    json_array_add_element (array, new_value);
                }
              else
                json_array_add_element (array, json_node_copy (json_array_get_element (old, k)));
            }
          json_object_set_array_member (object, name, array);
        }
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static char *
example_mutated (const char *path,
                 const char *value)
{
  g_autofree char *json = example_text ();

  return mutate (json, path, value);
}

/* The example with one change to its article text (below) */
static char *example_with_text (const char *from,
                                const char *to);

/* ------------------------------------------------------------------------
 * Round trip
 * ------------------------------------------------------------------------ */

static void
test_round_trip (void)
{
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;
  KaynakSource *source;

  document = kaynak_file_load_bytes (bytes, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  g_assert_false (report->text_changed);
  g_assert_cmpuint (report->n_reanchored, ==, 0);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_cmpuint (report->messages->len, ==, 0);
  g_assert_false (kaynak_document_get_modified (document));

  g_assert_cmpuint (kaynak_document_get_length (document), ==, EXAMPLE_LENGTH);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, EXAMPLE_CLAIMS);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, EXAMPLE_SOURCES);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (document)), ==, EXAMPLE_LINKS);
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "tr");
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Örnek Haber");

  claim = kaynak_document_lookup_claim (document, CLAIM_3_ID);
  g_assert_nonnull (claim);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 423);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 444);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "üç binden fazla asker");
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "white-house");
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_UNVERIFIABLE);
  g_assert_cmpstr (kaynak_claim_get_author (claim), ==, "Deniz Yılmaz");
  g_assert_cmpstr (kaynak_claim_get_created (claim), ==, "2026-11-29T09:19:12Z");
  g_assert_false (kaynak_claim_get_orphaned (claim));

  claim = kaynak_document_lookup_claim (document, CLAIM_0_ID);
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "iddia edilmişti");
  g_assert_null (kaynak_claim_get_cues (claim)[1]);

  source = kaynak_document_lookup_source (document, "white-house");
  g_assert_nonnull (source);
  g_assert_cmpuint (kaynak_source_get_shortcut (source), ==, 2);
  g_assert_cmpint (kaynak_source_get_kind (source), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_cmpstr (kaynak_source_get_aliases (source)[1], ==, "Beyaz Saray");
  source = kaynak_document_lookup_source (document, "unattributed");
  g_assert_cmpuint (kaynak_source_get_shortcut (source), ==, 0);

  g_assert_nonnull (kaynak_document_lookup_link (document, LINK_0_ID));

  /* Load then save gives back the file, byte for byte */
  saved = kaynak_file_serialize (document);
  assert_same_bytes (bytes, saved);
}

static void
test_deterministic (void)
{
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(KaynakDocument) a = NULL;
  g_autoptr(KaynakDocument) b = NULL;
  g_autoptr(GBytes) sa = NULL;
  g_autoptr(GBytes) sb = NULL;
  g_autoptr(GBytes) sa2 = NULL;

  a = kaynak_file_load_bytes (bytes, NULL, NULL);
  b = kaynak_file_load_bytes (bytes, NULL, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);

  sa = kaynak_file_serialize (a);
  sa2 = kaynak_file_serialize (a);
  sb = kaynak_file_serialize (b);
  assert_same_bytes (sa, sa2);
  assert_same_bytes (sa, sb);

  /* Two spaces of indentation and a trailing newline */
  g_assert_true (g_str_has_prefix (g_bytes_get_data (sa, NULL), "{\n  \"format\" : \"kaynak\",\n  \"version\" : 1,\n"));
  g_assert_cmpint (((const char *) g_bytes_get_data (sa, NULL))[g_bytes_get_size (sa) - 1], ==, '\n');
  g_assert_cmpint (((const char *) g_bytes_get_data (sa, NULL))[g_bytes_get_size (sa) - 2], ==, '}');
}

/* Claims come out in document order whatever order the file had. */
static void
test_claims_in_document_order (void)
{
  g_autofree char *json = example_text ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GBytes) original = example_bytes ();
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shuffled = NULL;
  JsonArray *claims, *reversed;
  JsonObject *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  claims = json_object_get_array_member (root, "claims");
  reversed = json_array_new ();
  for (guint i = json_array_get_length (claims); i > 0; i--)
    json_array_add_element (reversed, json_node_copy (json_array_get_element (claims, i - 1)));
  json_object_set_array_member (root, "claims", reversed);
  json_generator_set_root (generator, json_parser_get_root (parser));
  shuffled = json_generator_to_data (generator, NULL);

  document = load_string (shuffled, NULL, &error);
  g_assert_no_error (error);
  saved = kaynak_file_serialize (document);
  assert_same_bytes (original, saved);
}

static void
test_turkish_preserved (void)
{
  const char *text = "Dün Ankara’da “İşçi” sendikası: ğüşıöç ĞÜŞİÖÇ.\n\tSon satır\r\n";
  g_autoptr(KaynakDocument) document = kaynak_document_new (text, -1);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  KaynakClaim *claim;

  kaynak_document_set_title (document, "Işık ve gölge");
  claim = kaynak_document_create_claim (document, 4, 11, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Ankara’");

  bytes = kaynak_file_serialize (document);
  data = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* UTF-8 stays as it is, not as \u escapes */
  g_assert_nonnull (strstr (data, "“İşçi” sendikası: ğüşıöç ĞÜŞİÖÇ."));
  g_assert_nonnull (strstr (data, "\"Işık ve gölge\""));
  g_assert_nonnull (strstr (data, "\\n\\tSon satır\\r\\n"));
  g_assert_null (strstr (data, "\\u"));

  again = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (again), ==, text);
  g_assert_cmpstr (kaynak_document_get_title (again), ==, "Işık ve gölge");
  bytes2 = kaynak_file_serialize (again);
  assert_same_bytes (bytes, bytes2);
}

/* The claim-by-claim serialiser writes exactly what json-glib writes for
 * the whole tree, on documents with and without claims, links, orphans
 * and awkward characters. */
static void
test_serialize_matches_tree (void)
{
  const char *text = "Ali \"dedi\" ki: \\ yol\tuzun.\r\nİkinci satır \x01 ğ\n";
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(KaynakDocument) example = kaynak_file_load_bytes (bytes, NULL, NULL);
  g_autoptr(KaynakDocument) empty = kaynak_document_new ("", 0);
  g_autoptr(KaynakDocument) odd = kaynak_document_new (text, -1);
  g_autoptr(KaynakDocument) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *orphan_json = example_with_text (" Kremlin şimdilik sessiz.", "");
  const char * const cues[] = { "dedi", "\"", NULL };
  KaynakDocument *documents[4];
  KaynakClaim *a, *b;

  a = kaynak_document_create_claim (odd, 0, 15, NULL, &error);
  g_assert_no_error (error);
  b = kaynak_document_create_claim (odd, 4, 10, NULL, &error);
  g_assert_no_error (error);
  kaynak_document_set_claim_note (odd, kaynak_claim_get_id (a), "not: \"tırnak\" \\ \n", &error);
  g_assert_no_error (error);
  kaynak_document_set_claim_cues (odd, kaynak_claim_get_id (b), cues, &error);
  g_assert_no_error (error);
  kaynak_document_set_claim_agreed_by (odd, kaynak_claim_get_id (b), cues, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kaynak_document_add_link (odd, KAYNAK_LINK_TYPE_REPEATS,
                                              kaynak_claim_get_id (b), kaynak_claim_get_id (a),
                                              &error));
  g_assert_no_error (error);
  kaynak_document_set_notes (odd, "\x7f\x02");

  orphans = load_string (orphan_json, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_orphans (orphans), ==, 1);

  documents[0] = example;
  documents[1] = empty;
  documents[2] = odd;
  documents[3] = orphans;
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GBytes) by_parts = kaynak_file_serialize (documents[i]);
      g_autoptr(GBytes) tree = _kaynak_file_serialize_tree (documents[i]);

      g_test_message ("document %u", i);
      assert_same_bytes (tree, by_parts);
    }
}

/* A document with no text can be written, but a file of one is refused
 * like an empty .txt article: there is nothing to claim in it. */
static void
test_empty_document (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("", 0);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = kaynak_file_serialize (document);
  again = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_null (again);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The article is empty");
}

/* ------------------------------------------------------------------------
 * Validation
 * ------------------------------------------------------------------------ */

typedef struct
{
  const char *path;       /* into the example */
  const char *value;      /* JSON, or NULL to remove */
  int         code;       /* KaynakError */
  const char *message;    /* a substring of the message */
} Mutation;

static const Mutation mutations[] = {
  /* not a Kaynak file, newer version */
  { "format", "\"ods\"", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
  { "format", NULL, KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
  { "format", "7", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
  { "version", "3", KAYNAK_ERROR_NEWER_VERSION, "made by a newer Kaynak" },
  { "version", "\"1\"", KAYNAK_ERROR_INVALID, "version must be a whole number, not a string" },
  { "version", "1.5", KAYNAK_ERROR_INVALID, "version must be a whole number" },
  { "version", NULL, KAYNAK_ERROR_INVALID, "version is missing" },
  { "version", "0", KAYNAK_ERROR_INVALID, "version 0 is not a format version" },

  /* article and metadata */
  { "article", NULL, KAYNAK_ERROR_INVALID, "article is missing" },
  { "article", "\"text\"", KAYNAK_ERROR_INVALID, "article must be an object, not a string" },
  { "article.text", NULL, KAYNAK_ERROR_INVALID, "article.text is missing" },
  { "article.text", "5", KAYNAK_ERROR_INVALID, "article.text must be a string, not a number" },
  { "article.sha256", NULL, KAYNAK_ERROR_INVALID, "article.sha256 is missing" },
  { "article.sha256", "\"abc\"", KAYNAK_ERROR_INVALID, "article.sha256 “abc” is not a SHA-256" },
  { "metadata", "[]", KAYNAK_ERROR_INVALID, "metadata must be an object, not a list" },
  { "metadata.title", "1", KAYNAK_ERROR_INVALID, "metadata.title must be a string, not a number" },
  { "metadata.language", "null", KAYNAK_ERROR_INVALID, "metadata.language must be a string, not null" },

  /* sources */
  { "sources", "{}", KAYNAK_ERROR_INVALID, "sources must be a list, not an object" },
  { "sources[1]", "\"white-house\"", KAYNAK_ERROR_INVALID, "sources[1] must be an object, not a string" },
  { "sources[1].id", "\"ukraine\"", KAYNAK_ERROR_INVALID, "sources[1].id “ukraine” is used twice (also by sources[0])" },
  { "sources[1].id", NULL, KAYNAK_ERROR_INVALID, "sources[1].id is missing" },
  { "sources[1].id", "\"\"", KAYNAK_ERROR_INVALID, "sources[1].id is empty" },
  { "sources[0].label", NULL, KAYNAK_ERROR_INVALID, "sources[0].label is missing" },
  { "sources[0].label", "\"\"", KAYNAK_ERROR_INVALID, "sources[0].label is empty" },
  { "sources[2].color", "\"purple\"", KAYNAK_ERROR_INVALID, "sources[2].color “purple” is not a colour of the form #rrggbb" },
  { "sources[2].color", "\"#12345\"", KAYNAK_ERROR_INVALID, "sources[2].color “#12345” is not a colour" },
  { "sources[2].color", NULL, KAYNAK_ERROR_INVALID, "sources[2].color is missing" },
  { "sources[1].shortcut", "1", KAYNAK_ERROR_INVALID, "sources[1].shortcut 1 is already the shortcut of sources[0]" },
  { "sources[1].shortcut", "10", KAYNAK_ERROR_INVALID, "sources[1].shortcut 10 is not a digit from 1 to 9" },
  { "sources[1].shortcut", "0", KAYNAK_ERROR_INVALID, "sources[1].shortcut 0 is not a digit from 1 to 9" },
  { "sources[1].shortcut", "\"2\"", KAYNAK_ERROR_INVALID, "sources[1].shortcut must be a digit from 1 to 9 or null, not a string" },
  { "sources[0].kind", "\"person\"", KAYNAK_ERROR_INVALID, "sources[0].kind “person” is not a known kind of source" },
  { "sources[0].kind", NULL, KAYNAK_ERROR_INVALID, "sources[0].kind is missing" },
  { "sources[0].aliases", "[\"Kiev\", 1]", KAYNAK_ERROR_INVALID, "sources[0].aliases[1] must be a string, not a number" },
  { "sources[0].aliases", "\"Kiev\"", KAYNAK_ERROR_INVALID, "sources[0].aliases must be a list of strings, not a string" },
  { "sources[0].description", "false", KAYNAK_ERROR_INVALID, "sources[0].description must be a string, not true or false" },

  /* claims: types and required fields */
  { "claims", "3", KAYNAK_ERROR_INVALID, "claims must be a list, not a number" },
  { "claims[2]", "[]", KAYNAK_ERROR_INVALID, "claims[2] must be an object, not a list" },
  { "claims[0].id", NULL, KAYNAK_ERROR_INVALID, "claims[0].id is missing" },
  { "claims[1].start", NULL, KAYNAK_ERROR_INVALID, "claims[1].start is missing" },
  { "claims[1].end", NULL, KAYNAK_ERROR_INVALID, "claims[1].end is missing" },
  { "claims[1].start", "\"317\"", KAYNAK_ERROR_INVALID, "claims[1].start must be a whole number, not a string" },
  { "claims[1].start", "317.5", KAYNAK_ERROR_INVALID, "claims[1].start must be a whole number, not a decimal number" },
  { "claims[1].quote", NULL, KAYNAK_ERROR_INVALID, "claims[1].quote is missing" },
  { "claims[1].quote", "\"\"", KAYNAK_ERROR_INVALID, "claims[1].quote is empty" },
  { "claims[1].prefix", "[]", KAYNAK_ERROR_INVALID, "claims[1].prefix must be a string, not a list" },
  { "claims[1].source", "3", KAYNAK_ERROR_INVALID, "claims[1].source must be a string or null, not a number" },
  { "claims[1].status", NULL, KAYNAK_ERROR_INVALID, "claims[1].status is missing" },
  { "claims[3].note", "null", KAYNAK_ERROR_INVALID, "claims[3].note must be a string, not null" },
  { "claims[1].cues", "\"doğrulamıştı\"", KAYNAK_ERROR_INVALID, "claims[1].cues must be a list of strings, not a string" },
  { "claims[1].cues", "[{}]", KAYNAK_ERROR_INVALID, "claims[1].cues[0] must be a string, not an object" },
  { "claims[1].agreed_by", "\"ayse\"", KAYNAK_ERROR_INVALID, "claims[1].agreed_by must be a list of strings, not a string" },
  { "claims[1].agreed_by", "[3]", KAYNAK_ERROR_INVALID, "claims[1].agreed_by[0] must be a string, not a number" },
  { "claims[1].author", "{}", KAYNAK_ERROR_INVALID, "claims[1].author must be a string, not an object" },
  { "claims[1].orphaned", "\"yes\"", KAYNAK_ERROR_INVALID, "claims[1].orphaned must be true or false, not a string" },
  { "claims[1].created", NULL, KAYNAK_ERROR_INVALID, "claims[1].created is missing" },

  /* claims: values */
  { "claims[1].end", "2400", KAYNAK_ERROR_RANGE, "claims[1].end 2400 is past the end of the article (779 characters)" },
  { "claims[1].end", "780", KAYNAK_ERROR_RANGE, "claims[1].end 780 is past the end of the article (779 characters)" },
  { "claims[1].start", "400", KAYNAK_ERROR_RANGE, "claims[1].end 342 is before its start 400" },
  { "claims[1].start", "342", KAYNAK_ERROR_RANGE, "claims[1] is empty: its start and end are both 342" },
  { "claims[1].start", "-1", KAYNAK_ERROR_RANGE, "claims[1].start -1 is out of range" },
  { "claims[1].end", "99999999999", KAYNAK_ERROR_RANGE, "claims[1].end 99999999999 is out of range" },
  { "claims[1].source", "\"nato\"", KAYNAK_ERROR_NOT_FOUND, "claims[1].source “nato” is not one of the sources" },
  { "claims[1].status", "\"true\"", KAYNAK_ERROR_INVALID, "claims[1].status “true” is not a known status" },
  { "claims[1].created", "\"yesterday\"", KAYNAK_ERROR_INVALID, "claims[1].created “yesterday” is not a UTC time like 2026-11-29T14:22:10Z" },
  { "claims[1].modified", "\"2026-02-30T10:00:00Z\"", KAYNAK_ERROR_INVALID, "claims[1].modified “2026-02-30T10:00:00Z” is not a UTC time" },
  { "claims[1].modified", "\"2026-11-29T09:16:30+03:00\"", KAYNAK_ERROR_INVALID, "claims[1].modified “2026-11-29T09:16:30+03:00” is not a UTC time" },
  { "claims[1].modified", "\"2026-11-29 09:16:30Z\"", KAYNAK_ERROR_INVALID, "is not a UTC time" },
  { "claims[1].modified", "\"2026-11-29T24:00:00Z\"", KAYNAK_ERROR_INVALID, "is not a UTC time" },
  { "claims[1].modified", "\"2026-11-29T09:16:30.Z\"", KAYNAK_ERROR_INVALID, "is not a UTC time" },
  { "claims[2].id", "\"" CLAIM_0_ID "\"", KAYNAK_ERROR_INVALID, "claims[2].id “" CLAIM_0_ID "” is used twice (also by claims[0])" },

  /* links */
  { "links", "{}", KAYNAK_ERROR_INVALID, "links must be a list, not an object" },
  { "links[0].id", NULL, KAYNAK_ERROR_INVALID, "links[0].id is missing" },
  { "links[1].id", "\"" LINK_0_ID "\"", KAYNAK_ERROR_INVALID, "links[1].id “" LINK_0_ID "” is used twice (also by links[0])" },
  { "links[0].type", "\"agrees\"", KAYNAK_ERROR_INVALID, "links[0].type “agrees” is not a known type of link" },
  { "links[0].type", NULL, KAYNAK_ERROR_INVALID, "links[0].type is missing" },
  { "links[0].to", "\"nope\"", KAYNAK_ERROR_NOT_FOUND, "links[0].to “nope” is not one of the claims" },
  { "links[0].from", "\"nope\"", KAYNAK_ERROR_NOT_FOUND, "links[0].from “nope” is not one of the claims" },
  { "links[0].from", "null", KAYNAK_ERROR_INVALID, "links[0].from must be a string, not null" },
  { "links[0].to", "\"7a4e0c55-2d19-4f8e-b3a1-6c9d8e7f0b21\"", KAYNAK_ERROR_INVALID, "links[0] links claim “7a4e0c55-2d19-4f8e-b3a1-6c9d8e7f0b21” to itself" },
  { "links[1].from", "\"7a4e0c55-2d19-4f8e-b3a1-6c9d8e7f0b21\"", KAYNAK_ERROR_INVALID, "links[1] repeats links[0]" },
};

static void
test_validation_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      const Mutation *m = &mutations[i];
      g_autofree char *json = example_mutated (m->path, m->value);
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(KaynakLoadReport) report = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s = %s", m->path, m->value ? m->value : "(removed)");
      document = load_string (json, &report, &error);
      g_assert_null (document);
      g_assert_null (report);
      g_assert_error (error, KAYNAK_ERROR, m->code);
      if (strstr (error->message, m->message) == NULL)
        g_error ("%s: “%s” does not contain “%s”", m->path, error->message, m->message);
    }
}

typedef struct
{
  const char *json;
  int         code;
  const char *message;
} RawCase;

static const RawCase raw_cases[] = {
  { "", KAYNAK_ERROR_SYNTAX, "The file is empty" },
  { "   \n ", KAYNAK_ERROR_SYNTAX, "The file is empty" },
  { "{ \"format\": \"kaynak\", ", KAYNAK_ERROR_SYNTAX, "not valid JSON: line 1" },
  { "{\n\"format\": \"kaynak\",\n\n \"version\": ]}", KAYNAK_ERROR_SYNTAX, "not valid JSON: line 4" },
  { "{\"format\": \"kaynak\", \"version\": 1,}", KAYNAK_ERROR_SYNTAX, "not valid JSON" },
  { "{\"format\": \"kaynak\"} trailing", KAYNAK_ERROR_SYNTAX, "not valid JSON" },
  { "{\"format\": \"kaynak\"}\n{\"format\": \"kaynak\"}", KAYNAK_ERROR_SYNTAX, "line 2, column 1: something follows the end of the document" },
  { "\"a\" \"b\"", KAYNAK_ERROR_SYNTAX, "something follows" },
  { "[] {}", KAYNAK_ERROR_SYNTAX, "something follows" },
  /* json-glib reads integers past 64 bits as -1: never quote that */
  { "{\"format\": \"kaynak\", \"version\": 99999999999999999999}", KAYNAK_ERROR_INVALID, "version is not a format version (far too large)" },
  { "[1, 2]", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file: it is a list" },
  { "\"kaynak\"", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
  { "{\"name\": \"a package.json\"}", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
  { "{\"format\": \"kaynak\", \"version\": 99}", KAYNAK_ERROR_NEWER_VERSION, "made by a newer Kaynak (format version 99" },
  { "{\"format\": \"kaynak\", \"version\": 1, \"x\": \"\xff\"}", KAYNAK_ERROR_ENCODING, "not valid UTF-8 text (line 1, byte 41)" },
  { "{\"format\": \"kaynak\",\n\"x\": \"\xc4\"}", KAYNAK_ERROR_ENCODING, "not valid UTF-8 text (line 2" },
  { "{\"format\": \"kaynak\",\n\"x\": \"\xed\xa0\x80\"}", KAYNAK_ERROR_ENCODING, "not valid UTF-8" },
  { "{\"x\": \"a\\u0000b\"}", KAYNAK_ERROR_ENCODING, "escaped NUL character (\\u0000) on line 1" },
  { "{\"x\":\n\"\\ud800\"}", KAYNAK_ERROR_ENCODING, "unpaired UTF-16 surrogate (\\uD800) on line 2" },
  { "{\"x\": \"\\ud800\\u0041\"}", KAYNAK_ERROR_ENCODING, "unpaired UTF-16 surrogate (\\uD800)" },
  { "{\"x\": \"\\uDC00\"}", KAYNAK_ERROR_ENCODING, "unpaired UTF-16 surrogate (\\uDC00)" },
  /* json-glib 1.6 would take the bytes of "ı" as hex digits */
  { "{\"x\":\n \"a\\ud\xc4\xb1\"}", KAYNAK_ERROR_SYNTAX, "line 2, column 4: “\\u” must be followed by four hexadecimal digits" },
  { "{\"x\": \"\\u12\"}", KAYNAK_ERROR_SYNTAX, "four hexadecimal digits" },
  { "{\"x\": \"a\\qb\"}", KAYNAK_ERROR_SYNTAX, "line 1, column 9: a backslash in a string must be followed by" },
  { "{\"x\": \"a\\0b\"}", KAYNAK_ERROR_SYNTAX, "a backslash in a string" },
  { "{\"x\": \"a\\\xc4\xb1\"}", KAYNAK_ERROR_SYNTAX, "a backslash in a string" },
  { "{\"x\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e7\"}", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
  { "{\"x\": \"\xc0\xaf\"}", KAYNAK_ERROR_ENCODING, "not valid UTF-8 text (line 1, byte 7)" },
  { "{\"x\": \"\xe0\x80\xaf\"}", KAYNAK_ERROR_ENCODING, "not valid UTF-8" },
  { "{\"x\": \"\xf4\x90\x80\x80\"}", KAYNAK_ERROR_ENCODING, "not valid UTF-8" },
  { "{\"x\": \"\xf0\x9f\x98\"}", KAYNAK_ERROR_ENCODING, "not valid UTF-8" },
  { "{\"x\": \"ok \xf0\x9f\x98\x80 \xc4\x9f\"}", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
  /* a proper pair and escaped quotes/backslashes pass the guard */
  { "{\"x\": \"\\ud83d\\ude00 \\\\\\\" [[[[\"}", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak file" },
};

static void
test_validation_raw (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (raw_cases); i++)
    {
      const RawCase *c = &raw_cases[i];
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      {
        /* Some cases are deliberately not UTF-8: escape them, or the TAP
         * log itself stops being text. */
        g_autofree char *shown = g_strescape (c->json, NULL);
        g_test_message ("case %u: %s", i, shown);
      }
      document = load_string (c->json, NULL, &error);
      g_assert_null (document);
      g_assert_error (error, KAYNAK_ERROR, c->code);
      if (strstr (error->message, c->message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, c->message);
    }
}

/* The guard's own UTF-8 check agrees with GLib's on random bytes */
static void
test_guard_utf8_matches_glib (void)
{
  static const guchar interesting[] = {
    'a', ' ', '"', '\n', 0x00, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xc4, 0x9f,
    0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xee, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff,
  };
  GRand *rand = g_rand_new_with_seed (20261129);

  for (guint round = 0; round < 20000; round++)
    {
      guint length = g_rand_int_range (rand, 0, 40);
      g_autofree char *data = g_malloc (length + 1);
      g_autoptr(GError) error = NULL;
      const char *glib_end = NULL;
      gboolean glib_valid;
      gboolean guard_valid;

      for (guint i = 0; i < length; i++)
        data[i] = g_rand_boolean (rand)
          ? (char) interesting[g_rand_int_range (rand, 0, G_N_ELEMENTS (interesting))]
          : (char) g_rand_int_range (rand, 0x20, 0x7f);
      /* nothing the guard checks besides the encoding: no nesting, no
       * escapes, no string that would end a document */
      for (guint i = 0; i < length; i++)
        if (data[i] == '[' || data[i] == '{' || data[i] == '\\' || data[i] == '"')
          data[i] = 'x';
      data[length] = '\0';

      glib_valid = g_utf8_validate_len (data, length, &glib_end);
      /* the bytes are seldom JSON: only the encoding errors count here */
      guard_valid = kaynak_json_guard_check (data, length, 64, &error) ||
                    !g_error_matches (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING);
      g_assert_cmpint (glib_valid, ==, guard_valid);
      if (!guard_valid)
        {
          g_autofree char *where = g_strdup_printf ("byte %" G_GSIZE_FORMAT ")",
                                                    (gsize) (glib_end - data));

          g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING);
          g_assert_nonnull (strstr (error->message, where));
        }
    }

  g_rand_free (rand);
}

static void
test_nul_byte (void)
{
  static const char data[] = "{\"format\": \"kaynak\", \"x\": \"a\0b\"}";
  g_autoptr(GBytes) bytes = g_bytes_new (data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = NULL;

  document = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "NUL byte"));
}

static void
test_huge_integer (void)
{
  g_autofree char *json = example_text ();
  g_autoptr(GString) huge = g_string_new (json);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_string_replace (huge, "\"start\" : 317,", "\"start\" : 99999999999999999999,", 1), ==, 1);
  document = load_string (huge->str, NULL, &error);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==, "claims[1].start is out of range (far too large)");
}

/* A byte order mark before the JSON is not an error. */
static void
test_bom (void)
{
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(GByteArray) with_bom = g_byte_array_new ();
  g_autoptr(GBytes) bom_bytes = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_byte_array_append (with_bom, (const guint8 *) "\xEF\xBB\xBF", 3);
  g_byte_array_append (with_bom, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  bom_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&with_bom));

  document = kaynak_file_load_bytes (bom_bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
}

static void
test_depth_bomb (void)
{
  const gsize n = 100000;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data = g_malloc (n);

  memset (data, '[', n);
  bytes = g_bytes_new_take (data, n);
  document = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "more than 64 levels deep (line 1)"));
  g_clear_error (&error);

  /* Objects nest too */
  {
    GString *s = g_string_new (NULL);

    for (guint i = 0; i < 1000; i++)
      g_string_append (s, "{\"a\":");
    document = load_string (s->str, NULL, &error);
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_DEEP);
    g_clear_error (&error);
    g_string_free (s, TRUE);
  }

  /* Exactly the limit is parsed (and then refused for what it is) */
  {
    g_autofree char *ok = g_strnfill (KAYNAK_FILE_MAX_DEPTH * 2, ']');

    memset (ok, '[', KAYNAK_FILE_MAX_DEPTH);
    document = load_string (ok, NULL, &error);
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK);
    g_clear_error (&error);
  }

  /* Brackets inside a string are text, not nesting */
  {
    GString *s = g_string_new ("{\"format\": \"kaynak\", \"version\": 1, \"junk\": \"\\\"");

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (s, '[');
    g_string_append (s, "\"}");
    document = load_string (s->str, NULL, &error);
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "article is missing"));
    g_clear_error (&error);
    g_string_free (s, TRUE);
  }
}

/* The claims array is cut out of the raw text and each claim parsed on
 * its own; other shapes are left to json-glib whole. */
static void
test_split_claims (void)
{
  g_autofree char *json = example_text ();
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (KaynakJsonSpan));
  KaynakJsonSpan array;
  static const struct { const char *json; gboolean ok; guint n; } shapes[] = {
    { "{\"claims\": []}", TRUE, 0 },
    { " {\"a\": [1, {\"b\": \"]}\"}], \"claims\" : [ {\"x\": \"}{\"} ,{}] , \"z\": null } \n", TRUE, 2 },
    { "{\"claims\": [{}, {}]} x", FALSE, 0 },
    { "{\"claims\": [{} {}]}", FALSE, 0 },
    { "{\"claims\": [{}, 1]}", FALSE, 0 },
    { "{\"claims\": [{},]}", FALSE, 0 },
    { "{\"claims\": {}}", FALSE, 0 },
    { "{\"claims\": [], \"claims\": []}", FALSE, 0 },
    { "{\"cl\\u0061ims\": []}", FALSE, 0 },
    { "{\"other\": []}", FALSE, 0 },
    { "[{\"claims\": []}]", FALSE, 0 },
    { "{\"claims\": [{\"a\": \"unterminated}]}", FALSE, 0 },
  };

  g_assert_true (kaynak_json_split_member (json, strlen (json), "claims", &array, spans));
  g_assert_cmpuint (spans->len, ==, EXAMPLE_CLAIMS);
  g_assert_cmpint (json[array.offset], ==, '[');
  g_assert_cmpint (json[array.offset + array.length - 1], ==, ']');
  for (guint i = 0; i < spans->len; i++)
    {
      KaynakJsonSpan *span = &g_array_index (spans, KaynakJsonSpan, i);

      g_assert_cmpint (json[span->offset], ==, '{');
      g_assert_cmpint (json[span->offset + span->length - 1], ==, '}');
    }

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_test_message ("shape %u: %s", i, shapes[i].json);
      g_assert_cmpint (kaynak_json_split_member (shapes[i].json, strlen (shapes[i].json),
                                                 "claims", &array, spans), ==, shapes[i].ok);
      if (shapes[i].ok)
        g_assert_cmpuint (spans->len, ==, shapes[i].n);
    }
}

/* A syntax error inside one claim is reported where it is in the file:
 * at what stands where the comma should (the next member's name) */
static void
test_syntax_error_in_claim (void)
{
  g_autofree char *json = example_text ();
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) broken = g_string_new (json);
  g_autofree char *expected = NULL;
  const char *where;
  guint line = 1;

  /* drop the comma after claims[2].status */
  where = strstr (broken->str, "\"status\" : \"supported\",\n      \"note\" : \"\",\n      \"cues\" : [\n        \"açıklamada\"");
  g_assert_nonnull (where);
  where = strchr (where, ',');
  for (const char *p = broken->str; p < where; p++)
    line += *p == '\n';
  g_string_erase (broken, where - broken->str, 1);

  document = load_string (broken->str, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
  expected = g_strdup_printf ("line %u, column 7:", line + 1);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, expected);
}

/* The count of what json-glib builds of @json without its claims */
static KaynakJsonCount
count_without_claims (const char *json)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (KaynakJsonSpan));
  KaynakJsonCount count;
  KaynakJsonSpan array;

  g_assert_true (kaynak_json_guard_check_counted (json, strlen (json), 64, NULL, &count, NULL));
  g_assert_true (kaynak_json_split_member (json, strlen (json), "claims", &array, spans));
  for (guint i = 0; i < spans->len; i++)
    {
      count.values -= g_array_index (spans, KaynakJsonSpan, i).count.values;
      count.containers -= g_array_index (spans, KaynakJsonSpan, i).count.containers;
    }
  return count;
}

/* A syntax error in a claim is the strict pre-scan's, placed in the whole
 * file, whether or not the file is small enough to be parsed whole: on a
 * pretty-printed file and on one line, where the column counts the
 * characters (not bytes: "Işık ğ") from the line's start. */
static void
test_syntax_error_in_claim_over_budget (void)
{
  g_autofree char *json = example_text ();
  g_autoptr(GString) pretty = g_string_new (json);
  const char *one_line =
    "{\"format\":\"kaynak\",\"version\":1,\"metadata\":{\"title\":\"Işık ğ\"},"
    "\"article\":{\"sha256\":\"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\","
    "\"text\":\"hello world\"},\"claims\":[{\"id\":\"a\",\"start\":0,\"end\":5,"
    "\"quote\":\"hello\",\"status\":\"unverified\",\"created\":\"2026-11-29T09:12:44Z\","
    "\"modified\":\"2026-11-29T09:12:44Z\"},{\"id\":\"b\" \"start\":6}]}";
  const char *inputs[2];
  const char *wrong[2];
  char *where;

  where = strstr (pretty->str, "\"status\" : \"supported\",\n      \"note\" : \"\",\n      \"cues\" : [\n        \"açıklamada\"");
  g_assert_nonnull (where);
  g_string_erase (pretty, strchr (where, ',') - pretty->str, 1);
  inputs[0] = pretty->str;
  wrong[0] = strstr (pretty->str + (where - pretty->str), "\"note\"");
  inputs[1] = one_line;
  wrong[1] = strstr (one_line, "\"start\":6");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) whole = NULL;
      g_autoptr(GError) alone = NULL;
      g_autoptr(KaynakDocument) a = NULL;
      g_autoptr(KaynakDocument) b = NULL;
      g_autofree char *expected = NULL;
      const char *line_start = wrong[i];
      guint line = 1;

      for (const char *q = inputs[i]; q < wrong[i]; q++)
        if (*q == '\n')
          line++;
      while (line_start > inputs[i] && line_start[-1] != '\n')
        line_start--;
      expected = g_strdup_printf ("The file is not valid JSON: line %u, column %ld: "
                                  "“,” or “}” must follow a member’s value, not “\"”",
                                  line, g_utf8_strlen (line_start, wrong[i] - line_start) + 1);

      a = load_string (inputs[i], NULL, &whole);
      /* Room for a few values only: the claims could not be parsed whole */
      _kaynak_file_set_budgets (10, 10, 0);
      b = load_string (inputs[i], NULL, &alone);
      _kaynak_file_set_budgets (0, 0, 0);

      g_assert_null (a);
      g_assert_null (b);
      g_assert_error (whole, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
      g_assert_error (alone, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
      g_assert_cmpstr (whole->message, ==, expected);
      g_assert_cmpstr (alone->message, ==, whole->message);
    }
}

/* The pre-scan counts the values json-glib would make: every number,
 * string, literal, list and object, members' values included. */
static void
test_count_values (void)
{
  static const struct { const char *json; guint64 values, containers; } cases[] = {
    { "", 0, 0 },
    { "  \n", 0, 0 },
    { "5", 1, 0 },
    { "\"a,[{\"", 1, 0 },
    { "[]", 1, 1 },
    { "[ ]", 1, 1 },
    { "{}", 1, 1 },
    { "[0,0,0]", 4, 1 },
    { "[{},{},[]]", 4, 4 },
    { "[1, [2, {}], {\"a\": []}]", 7, 5 },
    { "{\"a\": \"[,]\", \"b\": [\"x\", null], \"c\": {\"d\": true}}", 7, 3 },
    { "[ \"x\" , [ ] , { } ]", 4, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KaynakJsonCount count = { 99, 99 };
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].json);
      g_assert_true (kaynak_json_guard_check_counted (cases[i].json, strlen (cases[i].json),
                                                      64, NULL, &count, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count.values, ==, cases[i].values);
      g_assert_cmpuint (count.containers, ==, cases[i].containers);
    }

  /* Each claim's count is its own; with the array emptied, the rest is
   * what the document's count says minus theirs */
  {
    const char *json = "{\"a\": [1, 2], \"claims\": [{\"x\": [1, {}]}, {}, {\"y\": \"},{\"}], \"b\": {}}";
    const char *rest = "{\"a\": [1, 2], \"claims\": [], \"b\": {}}";
    g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (KaynakJsonSpan));
    KaynakJsonCount whole, rest_count, left;
    KaynakJsonSpan array;
    static const KaynakJsonCount claims[] = { { 4, 3 }, { 1, 1 }, { 2, 1 } };

    g_assert_true (kaynak_json_guard_check_counted (json, strlen (json), 64, NULL, &whole, NULL));
    g_assert_true (kaynak_json_guard_check_counted (rest, strlen (rest), 64, NULL, &rest_count, NULL));
    g_assert_true (kaynak_json_split_member (json, strlen (json), "claims", &array, spans));
    g_assert_cmpuint (spans->len, ==, G_N_ELEMENTS (claims));
    left = whole;
    for (guint i = 0; i < spans->len; i++)
      {
        const KaynakJsonCount *count = &g_array_index (spans, KaynakJsonSpan, i).count;

        g_assert_cmpuint (count->values, ==, claims[i].values);
        g_assert_cmpuint (count->containers, ==, claims[i].containers);
        left.values -= count->values;
        left.containers -= count->containers;
      }
    g_assert_cmpuint (left.values, ==, rest_count.values);
    g_assert_cmpuint (left.containers, ==, rest_count.containers);
  }
}

/* json-glib builds at once only the file without its claims, then each
 * claim: the budget counts those, not the claims all together. */
static void
test_tree_budget (void)
{
  g_autofree char *json = example_text ();
  KaynakJsonCount whole, rest;

  g_assert_true (kaynak_json_guard_check_counted (json, strlen (json), 64, NULL, &whole, NULL));
  rest = count_without_claims (json);
  g_assert_cmpuint (rest.values, <, whole.values);

  /* Exactly the rest fits, one value or container less does not */
  for (guint tight = 0; tight < 3; tight++)
    {
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      _kaynak_file_set_budgets (rest.values - (tight == 1),
                                rest.containers - (tight == 2), 0);
      document = load_string (json, NULL, &error);
      _kaynak_file_set_budgets (0, 0, 0);
      if (tight == 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, EXAMPLE_CLAIMS);
        }
      else
        {
          g_assert_null (document);
          g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
          g_assert_nonnull (strstr (error->message, "more values than Kaynak reads at once"));
        }
    }

  /* All the claims together have a budget of their own */
  for (guint tight = 0; tight < 2; tight++)
    {
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      _kaynak_file_set_budgets (0, 0, whole.values - rest.values - tight);
      document = load_string (json, NULL, &error);
      _kaynak_file_set_budgets (0, 0, 0);
      if (tight == 0)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
          g_assert_nonnull (strstr (error->message, "The claims of the file have more values"));
        }
    }

  /* A file that cannot be split is parsed whole: its claims count too */
  {
    g_autoptr(GString) unsplit = g_string_new (json);
    g_autoptr(KaynakDocument) document = NULL;
    g_autoptr(GError) error = NULL;
    char *key = strstr (unsplit->str, "\"format\"");

    /* an escaped key keeps the splitter off: "\u0066ormat" is "format" */
    g_assert_nonnull (key);
    g_string_erase (unsplit, key - unsplit->str + 1, 1);
    g_string_insert (unsplit, key - unsplit->str + 1, "\\u0066");
    _kaynak_file_set_budgets (rest.values + 1, 0, 0);
    document = load_string (unsplit->str, NULL, &error);
    _kaynak_file_set_budgets (0, 0, 0);
    g_assert_null (document);
    g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
    g_clear_error (&error);

    document = load_string (unsplit->str, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (document);
  }
}

/* A hand-made file whose claims were saved with the text @old_text and
 * now come with @new_text; @claims is "start,end,quote,prefix" per claim
 * (prefix NULL: no context at all) */
static char *
file_with_edited_text (const char         *old_text,
                       const char         *new_text,
                       const char * const *claims)
{
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, old_text, -1);
  GString *json = g_string_new (NULL);

  g_string_append_printf (json, "{\"format\":\"kaynak\",\"version\":1,"
                          "\"article\":{\"sha256\":\"%s\",\"text\":\"%s\"},\"claims\":[",
                          sha, new_text);
  for (guint i = 0; claims[i] != NULL; i += 4)
    {
      g_string_append_printf (json, "%s{\"id\":\"c%u\",\"start\":%s,\"end\":%s,"
                              "\"quote\":\"%s\",\"status\":\"unverified\","
                              "\"created\":\"2026-11-29T09:12:44Z\","
                              "\"modified\":\"2026-11-29T09:12:44Z\"",
                              i > 0 ? "," : "", i / 4, claims[i], claims[i + 1], claims[i + 2]);
      if (claims[i + 3] != NULL)
        g_string_append_printf (json, ",\"prefix\":\"%s\"", claims[i + 3]);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "]}");
  return g_string_free (json, FALSE);
}

/* A claim without context (never written by Kaynak, but by hand or by
 * other tools) has only its quote to go by: when its sentence is deleted
 * it does not jump to another copy of its phrase (it becomes an orphan),
 * yet it still follows words inserted before it when the claims before
 * it moved by as much. */
static void
test_no_context_claims (void)
{
  const char *deleted_claims[] = { "65", "79", "hızlı çözümler", NULL, NULL };
  g_autofree char *deleted = file_with_edited_text (
    "Giriş. Uzmanlar hızlı çözümler istedi. Bakan yeni plan açıkladı: hızlı çözümler gelecek.",
    "Giriş. Uzmanlar hızlı çözümler istedi.", deleted_claims);
  const char *shifted_claims[] = { "4", "12", "Uzmanlar", "Dün ",
                                   "13", "27", "hızlı çözümler", NULL, NULL };
  g_autofree char *shifted = file_with_edited_text (
    "Dün Uzmanlar hızlı çözümler istedi.",
    "Bugün. Dün Uzmanlar hızlı çözümler istedi.", shifted_claims);
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakLoadReport) report2 = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakDocument) document2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakClaim) claim = NULL;
  g_autoptr(KaynakClaim) first = NULL;
  g_autoptr(KaynakClaim) second = NULL;

  document = load_string (deleted, &report, &error);
  g_assert_no_error (error);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  for (guint i = 0; i < report->messages->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (report->messages, i));
  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (report->n_orphaned, ==, 1);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 65);

  /* "Uzmanlar" moves by its context, 7 code points; the claim after it,
   * which has none, is found just as far on, and follows */
  document2 = load_string (shifted, &report2, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < report2->messages->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (report2->messages, i));
  first = g_list_model_get_item (kaynak_document_get_claims (document2), 0);
  second = g_list_model_get_item (kaynak_document_get_claims (document2), 1);
  g_assert_cmpuint (report2->n_orphaned, ==, 0);
  g_assert_false (kaynak_claim_get_orphaned (first));
  g_assert_cmpuint (kaynak_claim_get_start (first), ==, 11);
  g_assert_false (kaynak_claim_get_orphaned (second));
  g_assert_cmpuint (kaynak_claim_get_start (second), ==, 20);
  g_assert_cmpstr (kaynak_claim_get_quote (second), ==, "hızlı çözümler");
}

/* Unknown members anywhere are kept and written back on save. */
static void
test_unknown_fields (void)
{
  g_autofree char *json = example_text ();
  g_autoptr(GBytes) original = example_bytes ();
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  static const struct { const char *path; const char *value; } extras[] = {
    { "generator", "\"Kaynak 9.0\"" },
    { "future", "{\"a\": [1, 2, {\"b\": [[[[null]]]]}]}" },
    { "metadata.paywall", "true" },
    { "article.encoding", "\"utf-8\"" },
    { "sources[0].wikidata", "\"Q212\"" },
    { "claims[2].confidence", "0.8" },
    { "claims[2].orphaned", "false" },
    { "links[0].weight", "3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      char *next = mutate (json, extras[i].path, extras[i].value);

      g_free (json);
      json = next;
    }

  document = load_string (json, NULL, &error);
  g_assert_no_error (error);
  saved = kaynak_file_serialize (document);

  /* Kept and written back (tests/test-unknown.c checks the bytes): the
   * save is the file read, but for "orphaned": false, which is known and
   * written only when true */
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
    g_autofree char *expected = mutate (json, "claims[2].orphaned", NULL);
    g_autoptr(JsonNode) saved_tree = json_from_string (text, &error);
    g_autoptr(JsonNode) expected_tree = NULL;

    g_assert_no_error (error);
    expected_tree = json_from_string (expected, &error);
    g_assert_no_error (error);
    g_assert_true (json_node_equal (saved_tree, expected_tree));
    /* after the members Kaynak knows, in their order */
    g_assert_nonnull (strstr (text, "\n  \"links\" : [\n"));
    g_assert_true (strstr (text, "\"links\" : [") < strstr (text, "\n  \"generator\" :"));
    g_assert_true (strstr (text, "\n  \"generator\" :") < strstr (text, "\n  \"future\" :"));
  }
  g_assert_nonnull (original);
}

/* A file may leave out everything that has a default. */
static void
test_minimal_file (void)
{
  const char *text = "Kremlin şimdilik sessiz.";
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"kaynak\", \"version\": 1,"
    " \"article\": {\"text\": \"%s\", \"sha256\": \"%s\"},"
    " \"sources\": [{\"id\": \"k\", \"label\": \"Kremlin\", \"color\": \"#813D9C\", \"kind\": \"no-comment\"}],"
    " \"claims\": [{\"id\": \"c\", \"start\": 0, \"end\": 7, \"quote\": \"Kremlin\", \"source\": \"k\","
    "   \"status\": \"unverified\", \"created\": \"2026-11-29T14:22:10Z\", \"modified\": \"2026-11-29T14:22:10.250Z\"}]}",
    text, sha);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  document = load_string (json, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "");
  claim = kaynak_document_lookup_claim (document, "c");
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "");
  g_assert_cmpstr (kaynak_claim_get_prefix (claim), ==, "");
  g_assert_null (kaynak_claim_get_cues (claim)[0]);
  g_assert_cmpuint (kaynak_source_get_shortcut (kaynak_document_lookup_source (document, "k")), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (document)), ==, 0);
}

/* ------------------------------------------------------------------------
 * Re-anchoring
 * ------------------------------------------------------------------------ */

static char *
json_string (const char *s)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  char *result;

  json_node_set_string (node, s);
  json_generator_set_root (generator, node);
  result = json_generator_to_data (generator, NULL);
  json_node_unref (node);
  return result;
}

/* The example with its article text passed through @edit */
static char *
example_with_text (const char *from,
                   const char *to)
{
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(KaynakDocument) document = kaynak_file_load_bytes (bytes, NULL, NULL);
  g_autoptr(GString) text = g_string_new (kaynak_document_get_text (document));
  g_autofree char *value = NULL;

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  value = json_string (text->str);
  return example_mutated ("article.text", value);
}

static void
test_reanchor_inserted_word (void)
{
  /* "sabah " goes in before claims[1]: claims 1–4 move by 6 */
  g_autofree char *json = example_with_text ("Bunu ABD", "sabah Bunu ABD");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  document = load_string (json, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (report->text_changed);
  g_assert_cmpuint (report->n_reanchored, ==, 4);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_cmpuint (report->messages->len, ==, 4);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 2), "claims[3]"));
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 2), "moved from 423–444 to 429–450"));

  claim = kaynak_document_lookup_claim (document, CLAIM_3_ID);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 429);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 450);
  g_assert_false (kaynak_claim_get_orphaned (claim));
  {
    g_autofree char *slice = kaynak_document_dup_slice (document, 429, 450);

    g_assert_cmpstr (slice, ==, "üç binden fazla asker");
  }

  /* Claims before the edit stay; their context is refreshed */
  claim = kaynak_document_lookup_claim (document, CLAIM_0_ID);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 198);
  g_assert_true (g_str_has_prefix (kaynak_claim_get_suffix (claim), " iddia edilmişti. sabah"));

  /* A moved claim is still found by position */
  g_assert_true (kaynak_document_find_claim_with_range (document, 429, 450) == claim ||
                 kaynak_document_find_claim_with_range (document, 429, 450) ==
                 kaynak_document_lookup_claim (document, CLAIM_3_ID));
}

static void
test_reanchor_orphan_kept (void)
{
  g_autofree char *json = example_with_text (" Kremlin şimdilik sessiz.", "");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakLoadReport) report2 = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  KaynakClaim *claim;

  document = load_string (json, &report, &error);
  g_assert_no_error (error);
  g_assert_true (report->text_changed);
  g_assert_cmpuint (report->n_orphaned, ==, 1);
  g_assert_cmpuint (report->n_reanchored, ==, 0);
  g_assert_cmpuint (report->messages->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "claims[4]"));
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "orphan"));

  /* Never dropped: the claim is there with its quote and last offsets */
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, EXAMPLE_CLAIMS);
  g_assert_cmpuint (kaynak_document_get_n_orphans (document), ==, 1);
  claim = kaynak_document_lookup_claim (document, CLAIM_4_ID);
  g_assert_nonnull (claim);
  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Kremlin şimdilik sessiz.");
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 538);

  /* Saved with "orphaned": true, and reloaded as an orphan again */
  saved = kaynak_file_serialize (document);
  data = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_nonnull (strstr (data, "\"orphaned\" : true"));

  again = kaynak_file_load_bytes (saved, &report2, &error);
  g_assert_no_error (error);
  g_assert_false (report2->text_changed);
  g_assert_cmpuint (report2->n_orphaned, ==, 1);
  g_assert_true (kaynak_claim_get_orphaned (kaynak_document_lookup_claim (again, CLAIM_4_ID)));
  saved2 = kaynak_file_serialize (again);
  assert_same_bytes (saved, saved2);
}

/* After an insertion every later claim is first looked for where the
 * ones before it went; a short quote that happens to stand there in other
 * surroundings must not be taken for the claim. */
static void
test_reanchor_shift_lookalike (void)
{
  const char *before = "Ali geldi ve konuştu. Bakanlar toplandı. Veli gitti. NATO sustu.";
  /* "Yeni söz. " shifts everything by 10; 10 past the old place of "NATO"
   * now stands another "NATO", after "Sonra dedi: " */
  const char *after = "Yeni söz. Ali geldi ve konuştu. Bakanlar toplandı. Sonra dedi: NATO toplanır. Veli gitti. NATO sustu.";
  g_autoptr(KaynakDocument) original = kaynak_document_new (before, -1);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *text = json_string (after);
  g_autofree char *nato_id = NULL;
  KaynakClaim *claim;
  const char *true_place = strstr (after, "NATO sustu");

  g_assert_nonnull (kaynak_document_create_claim (original, 0, 9, NULL, &error));
  g_assert_no_error (error);
  claim = kaynak_document_create_claim (original, 53, 57, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "NATO");
  nato_id = g_strdup (kaynak_claim_get_id (claim));

  bytes = kaynak_file_serialize (original);
  json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  edited = mutate (json, "article.text", text);

  document = load_string (edited, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_reanchored, ==, 2);
  g_assert_cmpuint (g_utf8_pointer_to_offset (after, strstr (after, "NATO toplanır")), ==, 53 + 10);
  claim = kaynak_document_lookup_claim (document, nato_id);
  /* not at 63, the "NATO" that follows "Sonra dedi: " */
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==,
                    g_utf8_pointer_to_offset (after, true_place));
}

/* A word changed inside a quote: the claim follows the edited words */
static void
test_reanchor_edited_quote (void)
{
  g_autofree char *json = example_with_text ("asker getirildiği", "asker gönderildiği");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *slice = NULL;
  KaynakClaim *claim;

  document = load_string (json, &report, &error);
  g_assert_no_error (error);
  g_assert_true (report->text_changed);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  /* claims[2] edited, claims[4] after it moved by one */
  g_assert_cmpuint (report->n_reanchored, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "claims[2]"));
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "gönderildiği"));

  claim = kaynak_document_lookup_claim (document, "b2d6f3a8-91c4-4e7a-8f0d-3a5b7c9e1d42");
  g_assert_false (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 387);
  slice = kaynak_document_dup_slice (document, kaynak_claim_get_start (claim),
                                     kaynak_claim_get_end (claim));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, slice);
  g_assert_true (g_str_has_suffix (slice, "asker gönderildiği"));

  claim = kaynak_document_lookup_claim (document, CLAIM_4_ID);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 539);
}

/* Saves @document, loads the bytes and saves again: the same bytes */
static void
assert_stable_round_trip (KaynakDocument *document)
{
  g_autoptr(GBytes) saved = kaynak_file_serialize (document);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  again = kaynak_file_load_bytes (saved, NULL, &error);
  g_assert_no_error (error);
  saved_again = kaynak_file_serialize (again);
  assert_same_bytes (saved, saved_again);
}

/* An orphan whose quote is back in a changed article is attached again on
 * load; its stale offsets (out of range here) are only a hint. */
static void
test_reanchor_orphan_found (void)
{
  /* "sabah " goes in before claims[1]: claims[4] is now at 538 + 6 */
  g_autofree char *json = example_with_text ("Bunu ABD", "sabah Bunu ABD");
  g_autofree char *json2 = mutate (json, "claims[4].orphaned", "true");
  g_autofree char *json3 = mutate (json2, "claims[4].start", "9000");
  g_autofree char *json4 = mutate (json3, "claims[4].end", "9024");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  document = load_string (json4, &report, &error);
  g_assert_no_error (error);
  g_assert_true (report->text_changed);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  claim = kaynak_document_lookup_claim (document, CLAIM_4_ID);
  g_assert_false (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 544);
  g_assert_cmpuint (kaynak_document_get_n_orphans (document), ==, 0);

  assert_stable_round_trip (document);
}

/* An orphan saved with the very article it was looked for in stays an
 * orphan, even though its quote is in the text: searching again could
 * only give another answer by chance, and a file must open the same way
 * every time.  tests/fuzz/corpus/orphan-hint.kaynak.json is the case where
 * it did: the claim before it moved, and the orphan came back at the
 * second load only. */
static void
test_reanchor_orphan_same_text (void)
{
  g_autofree char *json = example_mutated ("claims[4].orphaned", "true");
  g_autofree char *json2 = mutate (json, "claims[4].start", "9000");
  g_autofree char *json3 = mutate (json2, "claims[4].end", "9024");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  document = load_string (json3, &report, &error);
  g_assert_no_error (error);
  g_assert_false (report->text_changed);
  g_assert_cmpuint (report->n_reanchored, ==, 0);
  g_assert_cmpuint (report->n_orphaned, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "kept as an orphan"));
  claim = kaynak_document_lookup_claim (document, CLAIM_4_ID);
  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 9000);

  assert_stable_round_trip (document);
}

/* …unless its quote stands exactly at its offsets (a file edited by hand):
 * then it is attached there, and the file saves as if it never was an
 * orphan. */
static void
test_reanchor_orphan_in_place (void)
{
  g_autofree char *json = example_mutated ("claims[4].orphaned", "true");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GBytes) original = example_bytes ();
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  document = load_string (json, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_reanchored, ==, 1);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "was found again at 538"));
  claim = kaynak_document_lookup_claim (document, CLAIM_4_ID);
  g_assert_false (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 538);

  saved = kaynak_file_serialize (document);
  assert_same_bytes (original, saved);
}

/* An orphan that is still not found keeps offsets past the end of the
 * article; the document copes and the file saves as it was. */
static void
test_reanchor_orphan_out_of_range (void)
{
  g_autofree char *json = example_mutated ("claims[4].orphaned", "true");
  g_autofree char *json2 = mutate (json, "claims[4].start", "9000");
  g_autofree char *json3 = mutate (json2, "claims[4].end", "9017");
  g_autofree char *json4 = mutate (json3, "claims[4].quote", "\"Yok böyle bir söz\"");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved2 = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  document = load_string (json4, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_orphaned, ==, 1);
  claim = kaynak_document_lookup_claim (document, CLAIM_4_ID);
  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 9000);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, EXAMPLE_CLAIMS);

  all = kaynak_document_claims_in_range (document, 0, EXAMPLE_LENGTH);
  g_assert_cmpuint (all->len, ==, EXAMPLE_CLAIMS - 1);

  saved = kaynak_file_serialize (document);
  again = kaynak_file_load_bytes (saved, NULL, &error);
  g_assert_no_error (error);
  saved2 = kaynak_file_serialize (again);
  assert_same_bytes (saved, saved2);
}

/* Same article, but a claim's offsets do not hold its quote */
static void
test_reanchor_wrong_offsets (void)
{
  g_autofree char *json = example_mutated ("claims[1].start", "318");
  g_autofree char *json2 = mutate (json, "claims[1].end", "343");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  document = load_string (json2, &report, &error);
  g_assert_no_error (error);
  g_assert_false (report->text_changed);
  g_assert_cmpuint (report->n_reanchored, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0),
                            "claims[1] “Bunu ABD de doğrulamıştı.” moved from 318–343 to 317–342"));
  claim = kaynak_document_lookup_claim (document, "7a4e0c55-2d19-4f8e-b3a1-6c9d8e7f0b21");
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 317);
}

/* A changed, shorter article (the first sentence and the end cut off):
 * offsets past its end re-anchor, they are no error. */
static void
test_reanchor_shorter_article (void)
{
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(KaynakDocument) original = kaynak_file_load_bytes (bytes, NULL, NULL);
  g_autofree char *cut = kaynak_document_dup_slice (original, 158, 600);
  g_autofree char *text = json_string (cut);
  g_autofree char *json = example_mutated ("article.text", text);
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  g_assert_true (g_str_has_prefix (cut, "Ukrayna’dan 25 Ekim’de"));
  document = load_string (json, &report, &error);
  g_assert_no_error (error);
  g_assert_true (report->text_changed);
  g_assert_cmpuint (kaynak_document_get_length (document), ==, 442);
  g_assert_cmpuint (report->n_reanchored, ==, EXAMPLE_CLAIMS);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, EXAMPLE_CLAIMS);

  /* claims[4] was at 538–562, past the new end */
  claim = kaynak_document_lookup_claim (document, CLAIM_4_ID);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 380);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 404);
  claim = kaynak_document_lookup_claim (document, CLAIM_3_ID);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 265);
}

/* ------------------------------------------------------------------------
 * Files on disk
 * ------------------------------------------------------------------------ */

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_load_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/kaynak/x.kaynak.json");
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = kaynak_file_load (file, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (g_file_equal (kaynak_document_get_file (document), file));
  g_assert_false (kaynak_document_get_modified (document));
  g_clear_object (&document);

  document = kaynak_file_load (missing, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "x.kaynak.json"));
  g_clear_error (&error);

  /* Devices and pipes are refused before they are read */
  {
    g_autoptr(GFile) device = g_file_new_for_path ("/dev/zero");

    document = kaynak_file_load (device, NULL, NULL, &error);
    g_assert_null (document);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  }
}

static void
test_oversize (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-test-file-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "huge.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  /* Sparse: takes no disk space and would be slow only if it were read */
  fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) KAYNAK_FILE_MAX_SIZE + 1), ==, 0);
  close (fd);

  document = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_assert_nonnull (strstr (error->message, "512"));

  kaynak_test_remove_tree (dir);
}

static void
test_save_new_path (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-test-file-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "yeni haber.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(KaynakDocument) document = kaynak_file_load_bytes (bytes, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  struct stat st;

  kaynak_document_set_title (document, "Yeni başlık");
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_null (kaynak_document_get_file (document));

  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_true (g_file_equal (kaynak_document_get_file (document), file));

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) expected = kaynak_file_serialize (document);
    g_autoptr(GBytes) got = g_bytes_new (contents, length);

    assert_same_bytes (expected, got);
  }
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* Saving over it keeps its permissions */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  kaynak_document_set_notes (document, "ikinci kayıt");
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  kaynak_test_remove_tree (dir);
}

static void
test_save_interrupted (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-test-file-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "haber.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path ("/elsewhere.kaynak.json");
  g_autoptr(GBytes) bytes = example_bytes ();
  g_autoptr(KaynakDocument) document = kaynak_file_load_bytes (bytes, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_file_get_contents (path, &before, &before_length, &error);
  g_assert_no_error (error);

  kaynak_document_set_title (document, "Değişti");
  kaynak_document_set_file (document, other);

  _kaynak_file_set_fail_before_rename (TRUE);
  g_assert_false (kaynak_file_save (document, file, NULL, &error));
  _kaynak_file_set_fail_before_rename (FALSE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Could not save “haber.kaynak.json”"));
  g_clear_error (&error);

  /* The old file is whole, no temporary file is left, the document still
   * has unsaved changes and still points where it did. */
  g_file_get_contents (path, &after, &after_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_true (g_file_equal (kaynak_document_get_file (document), other));

  /* And the next save goes through */
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_document_get_modified (document));

  kaynak_test_remove_tree (dir);
}

static void
test_save_errors (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-kaynak-dir/x.kaynak.json");
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-test-file-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Metin", -1);
  g_autoptr(GError) error = NULL;

  kaynak_document_set_title (document, "x");
  g_assert_false (kaynak_file_save (document, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Could not save “x.kaynak.json”: No such file or directory");
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_null (kaynak_document_get_file (document));
  g_clear_error (&error);

  g_assert_false (kaynak_file_write_atomic (folder, "x", 1, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  kaynak_test_remove_tree (dir);
}

static void
test_write_atomic_symlink (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-test-file-XXXXXX");
  g_autofree char *real = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);
  g_assert_true (kaynak_file_write_atomic (file, "new", 3, NULL, &error));
  g_assert_no_error (error);

  /* The link still is a link, and the file it names has the new bytes */
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");

  kaynak_test_remove_tree (dir);
}

/* ------------------------------------------------------------------------
 * Source schemes
 * ------------------------------------------------------------------------ */

static GPtrArray *
load_scheme_string (const char  *json,
                    GError     **error)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-test-file-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "scheme.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GPtrArray *result;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  result = kaynak_file_load_scheme (file, error);
  kaynak_test_remove_tree (dir);
  return result;
}

static void
test_scheme (void)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(GFile) example_file = g_file_new_for_path (example);
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;

  sources = load_scheme_string ("{\"sources\": ["
                                "{\"id\": \"a\", \"label\": \"Bakanlık\", \"color\": \"#112233\", \"shortcut\": 1, \"kind\": \"official-statement\", \"aliases\": [\"Bakan\"]},"
                                "{\"id\": \"b\", \"label\": \"İsimsiz yetkili\", \"color\": \"#445566\", \"kind\": \"anonymous\"}]}",
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpstr (kaynak_source_get_label (g_ptr_array_index (sources, 1)), ==, "İsimsiz yetkili");
  g_assert_cmpstr (kaynak_source_get_aliases (g_ptr_array_index (sources, 0))[0], ==, "Bakan");
  g_clear_pointer (&sources, g_ptr_array_unref);

  /* A whole document gives its sources */
  sources = kaynak_file_load_scheme (example_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, EXAMPLE_SOURCES);
  g_assert_cmpstr (kaynak_source_get_id (g_ptr_array_index (sources, 2)), ==, "kremlin-silence");
  g_clear_pointer (&sources, g_ptr_array_unref);

  sources = load_scheme_string ("{\"sources\": [{\"id\": \"a\", \"label\": \"A\", \"color\": \"red\", \"kind\": \"named\"}]}", &error);
  g_assert_null (sources);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "sources[0].color “red”"));
  g_clear_error (&error);

  sources = load_scheme_string ("{\"colors\": []}", &error);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "sources is missing"));
  g_clear_error (&error);

  sources = load_scheme_string ("{\"format\": \"other\", \"sources\": []}", &error);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK);
  g_clear_error (&error);

  sources = load_scheme_string ("{\"format\": \"kaynak\", \"version\": 3, \"sources\": []}", &error);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/file/round-trip", test_round_trip);
  g_test_add_func ("/kaynak/file/same-document-same-bytes", test_deterministic);
  g_test_add_func ("/kaynak/file/claims-in-document-order", test_claims_in_document_order);
  g_test_add_func ("/kaynak/file/turkish-preserved", test_turkish_preserved);
  g_test_add_func ("/kaynak/file/empty-document", test_empty_document);
  g_test_add_func ("/kaynak/file/prescan-counts-every-value", test_count_values);
  g_test_add_func ("/kaynak/file/budget-counts-one-claim-at-a-time", test_tree_budget);
  g_test_add_func ("/kaynak/file/syntax-error-in-claim-over-budget", test_syntax_error_in_claim_over_budget);
  g_test_add_func ("/kaynak/reanchor/claims-without-context", test_no_context_claims);
  g_test_add_func ("/kaynak/file/serializer-writes-what-json-glib-writes", test_serialize_matches_tree);
  g_test_add_func ("/kaynak/file/validation/known-cases", test_validation_table);
  g_test_add_func ("/kaynak/file/validation/raw-bytes", test_validation_raw);
  g_test_add_func ("/kaynak/file/validation/nul-byte", test_nul_byte);
  g_test_add_func ("/kaynak/file/validation/utf8-check-agrees-with-glib", test_guard_utf8_matches_glib);
  g_test_add_func ("/kaynak/file/validation/byte-order-mark-accepted", test_bom);
  g_test_add_func ("/kaynak/file/validation/huge-integer", test_huge_integer);
  g_test_add_func ("/kaynak/file/validation/depth-bomb", test_depth_bomb);
  g_test_add_func ("/kaynak/file/validation/unknown-fields-kept", test_unknown_fields);
  g_test_add_func ("/kaynak/file/validation/claims-parsed-one-by-one", test_split_claims);
  g_test_add_func ("/kaynak/file/validation/syntax-error-in-claim", test_syntax_error_in_claim);
  g_test_add_func ("/kaynak/file/validation/defaults-may-be-left-out", test_minimal_file);
  g_test_add_func ("/kaynak/reanchor/inserted-word", test_reanchor_inserted_word);
  g_test_add_func ("/kaynak/reanchor/orphan-kept", test_reanchor_orphan_kept);
  g_test_add_func ("/kaynak/reanchor/orphan-found", test_reanchor_orphan_found);
  g_test_add_func ("/kaynak/reanchor/orphan-same-text", test_reanchor_orphan_same_text);
  g_test_add_func ("/kaynak/reanchor/orphan-in-place", test_reanchor_orphan_in_place);
  g_test_add_func ("/kaynak/reanchor/orphan-out-of-range", test_reanchor_orphan_out_of_range);
  g_test_add_func ("/kaynak/reanchor/edited-quote", test_reanchor_edited_quote);
  g_test_add_func ("/kaynak/reanchor/shift-lookalike", test_reanchor_shift_lookalike);
  g_test_add_func ("/kaynak/reanchor/wrong-offsets", test_reanchor_wrong_offsets);
  g_test_add_func ("/kaynak/reanchor/shorter-article", test_reanchor_shorter_article);
  g_test_add_func ("/kaynak/file/disk/loads-from-a-path", test_load_file);
  g_test_add_func ("/kaynak/file/disk/refuses-an-oversize-file", test_oversize);
  g_test_add_func ("/kaynak/atomic-file/saves-to-a-new-path", test_save_new_path);
  g_test_add_func ("/kaynak/atomic-file/interrupted-save-keeps-the-old-file", test_save_interrupted);
  g_test_add_func ("/kaynak/atomic-file/save-errors-name-the-file", test_save_errors);
  g_test_add_func ("/kaynak/atomic-file/saving-through-a-link-keeps-the-link", test_write_atomic_symlink);
  g_test_add_func ("/kaynak/file/source-scheme-files", test_scheme);

  return g_test_run ();
}
