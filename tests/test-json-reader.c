/* test-json-reader.c: the JSON reader's paths, words and nulls.
 *
 * It names the path of what is wrong, in the words of each dialect, and
 * reads null as the format says.
 *
 * The loader's and the imports' own tests check their messages through
 * whole files; these check the reader's rules one at a time, the ones a
 * change to it could break without any file test noticing (an import's
 * "must be an array" is a prefix of its "must be an array of strings").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-error.h"
#include "kaynak-json-reader.h"

static const KaynakJsonReader kaynak_file = { .dialect = KAYNAK_JSON_DIALECT_KAYNAK };
static const KaynakJsonReader import = { .dialect = KAYNAK_JSON_DIALECT_IMPORT };

/* The object of @json; owned by *@root */
static JsonObject *
parse_object (const char  *json,
              JsonNode   **root)
{
  g_autoptr(GError) error = NULL;

  *root = json_from_string (json, &error);
  g_assert_no_error (error);
  return json_node_get_object (*root);
}

/* --- Paths ---------------------------------------------------------------- */

static void
test_paths (void)
{
  const KaynakJsonPath first = KAYNAK_JSON_MEMBER (NULL, "first");
  const KaynakJsonPath items = KAYNAK_JSON_MEMBER (&first, "items");
  const KaynakJsonPath item = KAYNAK_JSON_ELEMENT (&items, 0);
  const KaynakJsonPath target = KAYNAK_JSON_MEMBER (&item, "target");
  const KaynakJsonPath selectors = KAYNAK_JSON_MEMBER (&target, "selector");
  const KaynakJsonPath selector = KAYNAK_JSON_ELEMENT (&selectors, 12);
  g_autofree char *root = kaynak_json_path_to_string (NULL, NULL);
  g_autofree char *version = kaynak_json_path_to_string (NULL, "version");
  g_autofree char *deep = kaynak_json_path_to_string (&selector, "start");

  g_assert_cmpstr (root, ==, "");
  g_assert_cmpstr (version, ==, "version");
  g_assert_cmpstr (deep, ==, "first.items[0].target.selector[12].start");
}

/* --- A Kaynak file -------------------------------------------------------- */

static void
test_kaynak_words (void)
{
  static const struct {
    const char *json;
    const char *expected;
    int         code;
  } cases[] = {
    { "{}", "claims[3].id is missing", KAYNAK_ERROR_INVALID },
    { "{\"id\": 5}", "claims[3].id must be a string, not a number", KAYNAK_ERROR_INVALID },
    { "{\"id\": 1.5}", "claims[3].id must be a string, not a decimal number", KAYNAK_ERROR_INVALID },
    { "{\"id\": null}", "claims[3].id must be a string, not null", KAYNAK_ERROR_INVALID },
    { "{\"id\": \"\"}", "claims[3].id is empty", KAYNAK_ERROR_INVALID },
  };
  const KaynakJsonPath claims = KAYNAK_JSON_MEMBER (NULL, "claims");
  const KaynakJsonPath claim = KAYNAK_JSON_ELEMENT (&claims, 3);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = NULL;
      JsonObject *object = parse_object (cases[i].json, &root);
      g_autoptr(GError) error = NULL;
      const char *id = NULL;

      g_assert_false (kaynak_json_reader_require_nonempty_string (&kaynak_file, object, &claim,
                                                                  "id", &id, &error));
      g_assert_error (error, KAYNAK_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].expected);
    }
}

static void
test_kaynak_whole_numbers (void)
{
  static const struct {
    const char *json;
    gboolean    overflowed;
    const char *expected;
    int         code;
  } cases[] = {
    { "{\"start\": \"7\"}", FALSE, "claims[0].start must be a whole number, not a string", KAYNAK_ERROR_INVALID },
    { "{\"start\": true}", FALSE, "claims[0].start must be a whole number, not true or false", KAYNAK_ERROR_INVALID },
    { "{\"start\": -1}", FALSE, "claims[0].start -1 is out of range", KAYNAK_ERROR_RANGE },
    { "{\"start\": 4294967296}", FALSE, "claims[0].start 4294967296 is out of range", KAYNAK_ERROR_RANGE },
    /* json-glib gave a number too large for it as a negative one */
    { "{\"start\": -1}", TRUE, "claims[0].start is out of range (far too large)", KAYNAK_ERROR_RANGE },
  };
  const KaynakJsonPath claims = KAYNAK_JSON_MEMBER (NULL, "claims");
  const KaynakJsonPath claim = KAYNAK_JSON_ELEMENT (&claims, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KaynakJsonReader reader = { .dialect = KAYNAK_JSON_DIALECT_KAYNAK,
                                  .numbers_overflowed = cases[i].overflowed };
      g_autoptr(JsonNode) root = NULL;
      JsonObject *object = parse_object (cases[i].json, &root);
      g_autoptr(GError) error = NULL;
      guint start = 0;

      g_assert_false (kaynak_json_reader_require_uint (&reader, object, &claim, "start", &start, &error));
      g_assert_error (error, KAYNAK_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].expected);
    }
}

/* In a Kaynak file null is a value: only "a string or null" takes it */
static void
test_kaynak_null (void)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = parse_object ("{\"source\": null, \"note\": null, \"links\": null}", &root);
  g_autoptr(GError) error = NULL;
  const char *value = "unset";
  JsonArray *array;

  g_assert_true (kaynak_json_reader_get_nullable_string (&kaynak_file, object, NULL, "source",
                                                         &value, &error));
  g_assert_no_error (error);
  g_assert_null (value);

  g_assert_false (kaynak_json_reader_get_string (&kaynak_file, object, NULL, "note", "", &value,
                                                 &error));
  g_assert_cmpstr (error->message, ==, "note must be a string, not null");
  g_clear_error (&error);

  g_assert_false (kaynak_json_reader_get_array (&kaynak_file, object, NULL, "links", &array, &error));
  g_assert_cmpstr (error->message, ==, "links must be a list, not null");
}

/* Absent optional members take their defaults */
static void
test_defaults (void)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = parse_object ("{}", &root);
  g_autoptr(GError) error = NULL;
  g_autofree const char **list = NULL;
  const char *string = NULL;
  gboolean boolean = TRUE;
  JsonObject *child = (JsonObject *) 1;
  JsonArray *array = (JsonArray *) 1;
  JsonNode *node = (JsonNode *) 1;

  g_assert_true (kaynak_json_reader_get_string (&kaynak_file, object, NULL, "a", "", &string, &error));
  g_assert_cmpstr (string, ==, "");
  g_assert_true (kaynak_json_reader_get_boolean (&kaynak_file, object, NULL, "b", &boolean, &error));
  g_assert_false (boolean);
  g_assert_true (kaynak_json_reader_get_object (&kaynak_file, object, NULL, "c", &child, &error));
  g_assert_null (child);
  g_assert_true (kaynak_json_reader_get_array (&kaynak_file, object, NULL, "d", &array, &error));
  g_assert_null (array);
  g_assert_true (kaynak_json_reader_get_string_list (&import, object, NULL, "e", &list, &error));
  g_assert_null (list);
  g_assert_true (kaynak_json_reader_get_string_or_list (&import, object, NULL, "f", &node, &error));
  g_assert_null (node);
  g_assert_no_error (error);
}

/* A Kaynak file names a wrong element by its path, an import the list */
static void
test_string_lists (void)
{
  const KaynakJsonPath sources = KAYNAK_JSON_MEMBER (NULL, "sources");
  const KaynakJsonPath source = KAYNAK_JSON_ELEMENT (&sources, 0);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = parse_object ("{\"aliases\": [\"Bakan\", \"\", 2], \"cues\": \"dedi\","
                                     " \"empty\": [], \"ok\": [\"a\", \"b\"]}", &root);
  g_autoptr(GError) error = NULL;
  g_autofree const char **list = NULL;

  g_assert_false (kaynak_json_reader_get_string_list (&kaynak_file, object, &source, "aliases",
                                                      &list, &error));
  g_assert_cmpstr (error->message, ==, "sources[0].aliases[2] must be a string, not a number");
  g_clear_error (&error);
  g_assert_false (kaynak_json_reader_get_string_list (&kaynak_file, object, &source, "cues",
                                                      &list, &error));
  g_assert_cmpstr (error->message, ==, "sources[0].cues must be a list of strings, not a string");
  g_clear_error (&error);

  g_assert_false (kaynak_json_reader_get_string_list (&import, object, &source, "aliases",
                                                      &list, &error));
  g_assert_cmpstr (error->message, ==, "sources[0]: “aliases” must be an array of strings");
  g_clear_error (&error);
  /* no list at all: "an array", not "an array of strings" */
  g_assert_false (kaynak_json_reader_get_string_list (&import, object, &source, "cues",
                                                      &list, &error));
  g_assert_cmpstr (error->message, ==, "sources[0]: “cues” must be an array");
  g_clear_error (&error);

  g_assert_true (kaynak_json_reader_get_string_list (&import, object, NULL, "empty", &list, &error));
  g_assert_null (list);
  g_assert_true (kaynak_json_reader_get_string_list (&import, object, NULL, "ok", &list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) list), ==, 2);
  g_assert_cmpstr (list[1], ==, "b");
}

/* --- Imports -------------------------------------------------------------- */

static void
test_import_words (void)
{
  const KaynakJsonPath first = KAYNAK_JSON_MEMBER (NULL, "first");
  const KaynakJsonPath items = KAYNAK_JSON_MEMBER (&first, "items");
  const KaynakJsonPath item = KAYNAK_JSON_ELEMENT (&items, 0);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = parse_object ("{\"id\": 42, \"type\": [\"Annotation\", 7], \"body\": {},"
                                     " \"purpose\": \"tagging\"}", &root);
  g_autoptr(GError) error = NULL;
  const char *string;
  JsonArray *array;
  JsonNode *node;

  g_assert_false (kaynak_json_reader_get_string (&import, object, &item, "id", NULL, &string, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "first.items[0]: “id” must be a string");
  g_clear_error (&error);

  g_assert_false (kaynak_json_reader_get_array (&import, object, &item, "body", &array, &error));
  g_assert_cmpstr (error->message, ==, "first.items[0]: “body” must be an array");
  g_clear_error (&error);

  /* the root is "$" */
  g_assert_false (kaynak_json_reader_get_string_or_list (&import, object, NULL, "type", &node, &error));
  g_assert_cmpstr (error->message, ==, "$: “type” must be a string or an array of strings");
  g_clear_error (&error);
  g_assert_true (kaynak_json_reader_get_string_or_list (&import, object, NULL, "purpose", &node, &error));
  g_assert_cmpuint (kaynak_json_node_n_values (node), ==, 1);
  g_assert_cmpstr (json_node_get_string (kaynak_json_node_nth_value (node, 0)), ==, "tagging");

  g_assert_false (kaynak_json_reader_fail (&import, NULL, &error, "not a %s", "collection"));
  g_assert_cmpstr (error->message, ==, "$: not a collection");
  g_clear_error (&error);
  g_assert_false (kaynak_json_reader_fail (&import, &first, &error, "no items"));
  g_assert_cmpstr (error->message, ==, "first: no items");
}

/* JSON-LD's null is no value: it takes the default, never an error */
static void
test_import_null (void)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = parse_object ("{\"id\": null, \"kaynak:sources\": null, \"aliases\": null}",
                                     &root);
  g_autoptr(GError) error = NULL;
  g_autofree const char **list = NULL;
  const char *string = "unset";
  JsonArray *array = (JsonArray *) 1;

  g_assert_true (kaynak_json_reader_get_string (&import, object, NULL, "id", NULL, &string, &error));
  g_assert_null (string);
  g_assert_true (kaynak_json_reader_get_array (&import, object, NULL, "kaynak:sources", &array, &error));
  g_assert_null (array);
  g_assert_true (kaynak_json_reader_get_string_list (&import, object, NULL, "aliases", &list, &error));
  g_assert_null (list);
  g_assert_no_error (error);
  g_assert_null (kaynak_json_object_get_value (object, "id"));
}

/* In a JSON Lines file the line comes first, and stands for the root */
static void
test_import_lines (void)
{
  const KaynakJsonReader line = { .dialect = KAYNAK_JSON_DIALECT_IMPORT, .line = 3 };
  const KaynakJsonPath labels = KAYNAK_JSON_MEMBER (NULL, "label");
  const KaynakJsonPath label = KAYNAK_JSON_ELEMENT (&labels, 0);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = parse_object ("{\"label\": \"X\"}", &root);
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  g_assert_false (kaynak_json_reader_get_array (&line, object, NULL, "label", &array, &error));
  g_assert_cmpstr (error->message, ==, "line 3: “label” must be an array");
  g_clear_error (&error);
  g_assert_false (kaynak_json_reader_fail (&line, NULL, &error, "“text” is empty"));
  g_assert_cmpstr (error->message, ==, "line 3: “text” is empty");
  g_clear_error (&error);
  g_assert_false (kaynak_json_reader_fail (&line, &label, &error, "expected an object"));
  g_assert_cmpstr (error->message, ==, "line 3: label[0]: expected an object");
}

/* --- Quiet reads ---------------------------------------------------------- */

static void
test_quiet_reads (void)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = parse_object ("{\"zero\": 0, \"max\": 4294967295, \"over\": 4294967296,"
                                     " \"minus\": -1, \"half\": 0.5, \"text\": \"7\", \"none\": null,"
                                     " \"list\": [1, 2, 3]}", &root);
  JsonNode *list;
  guint value = 99;

  g_assert_true (kaynak_json_node_get_uint (json_object_get_member (object, "zero"), &value));
  g_assert_cmpuint (value, ==, 0);
  g_assert_true (kaynak_json_node_get_uint (json_object_get_member (object, "max"), &value));
  g_assert_cmpuint (value, ==, G_MAXUINT);
  g_assert_false (kaynak_json_node_get_uint (json_object_get_member (object, "over"), &value));
  g_assert_false (kaynak_json_node_get_uint (json_object_get_member (object, "minus"), &value));
  g_assert_false (kaynak_json_node_get_uint (json_object_get_member (object, "half"), &value));
  g_assert_false (kaynak_json_node_get_uint (json_object_get_member (object, "text"), &value));
  g_assert_false (kaynak_json_node_get_uint (NULL, &value));
  g_assert_cmpuint (value, ==, G_MAXUINT);

  g_assert_cmpstr (kaynak_json_object_get_string (object, "text"), ==, "7");
  g_assert_null (kaynak_json_object_get_string (object, "zero"));
  g_assert_null (kaynak_json_object_get_string (object, "none"));
  g_assert_null (kaynak_json_object_get_string (object, "absent"));

  g_assert_cmpuint (kaynak_json_node_n_values (NULL), ==, 0);
  g_assert_cmpuint (kaynak_json_node_n_values (json_object_get_member (object, "text")), ==, 1);
  g_assert_cmpuint (kaynak_json_node_n_values (json_object_get_member (object, "list")), ==, 3);
  list = json_object_get_member (object, "list");
  g_assert_cmpint (json_node_get_int (kaynak_json_node_nth_value (list, 2)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/json-reader/paths-are-dotted-with-indices", test_paths);
  g_test_add_func ("/kaynak/json-reader/kaynak-file-says-what-stands-there", test_kaynak_words);
  g_test_add_func ("/kaynak/json-reader/kaynak-file-whole-numbers-in-range", test_kaynak_whole_numbers);
  g_test_add_func ("/kaynak/json-reader/kaynak-file-null-is-a-value", test_kaynak_null);
  g_test_add_func ("/kaynak/json-reader/absent-members-take-defaults", test_defaults);
  g_test_add_func ("/kaynak/json-reader/string-lists-name-element-or-list", test_string_lists);
  g_test_add_func ("/kaynak/json-reader/import-quotes-the-member", test_import_words);
  g_test_add_func ("/kaynak/json-reader/import-null-is-no-value", test_import_null);
  g_test_add_func ("/kaynak/json-reader/import-lines-come-first", test_import_lines);
  g_test_add_func ("/kaynak/json-reader/quiet-reads", test_quiet_reads);

  return g_test_run ();
}
