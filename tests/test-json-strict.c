/* test-json-strict.c: the guard is a strict RFC 8259 validator.
 *
 * One case per rule of the grammar of RFC 8259 (section 2 to 7: the text,
 * whitespace, literals, objects, arrays, numbers, strings), accepted or
 * refused, each checked twice: as a whole file given to the guard, and as
 * the value of a member of a valid Kaynak file given to the loader (which
 * must place the error in the whole file).  A refusal names the line and
 * column (characters from 1) of what is wrong.  What the guard accepts,
 * json-glib must parse too: it is only ever given what the guard passed.
 *
 * json-glib 1.6 accepts comments, single quotes, 0x1F, -01, "2.", raw tabs
 * and line breaks in strings and a second document after the first; these
 * are the cases that failed before the guard was made strict.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-json-guard.h"

typedef struct
{
  const char *rule;     /* the test's name */
  const char *json;
  /* refused: the position within @json and words of the reason; accepted:
   * line 0 */
  guint       line;
  guint       column;
  const char *reason;
  /* only as a whole file (what follows the document, the document's own
   * end) */
  gboolean    whole_only;
} Case;

#define ACCEPT(rule, json)                   { rule, json, 0, 0, NULL, FALSE }
#define REFUSE(rule, json, l, c, why)        { rule, json, l, c, why, FALSE }
#define REFUSE_WHOLE(rule, json, l, c, why)  { rule, json, l, c, why, TRUE }

static const Case cases[] = {
  /* 2. JSON-text = ws value ws */
  ACCEPT ("text/space-around", " \t\r\n {} \t\r\n "),
  ACCEPT ("text/scalar-root", "42"),
  ACCEPT ("text/string-root", "\"a\""),
  REFUSE_WHOLE ("text/second-value", "{}\n{}", 2, 1, "something follows the end of the document"),
  REFUSE_WHOLE ("text/garbage-after", "[1] x", 1, 5, "something follows the end of the document"),
  REFUSE_WHOLE ("text/ends-early", "{\"a\": [1, 2", 1, 12, "the file ends before the document does"),
  REFUSE_WHOLE ("text/after-key", "{\"a\"", 1, 5, "the file ends before the document does"),
  /* whitespace: space, tab, line feed, carriage return only */
  ACCEPT ("ws/all-four", "[1,\t2,\r\n3 ]"),
  REFUSE ("ws/form-feed", "[1,\f2]", 1, 4, "a value was expected, not U+000C"),
  REFUSE ("ws/vertical-tab", "[\v1]", 1, 2, "a value was expected, not U+000B"),
  REFUSE ("ws/no-break-space", "[1,\xc2\xa0 2]", 1, 4, "a value was expected, not “\xc2\xa0”"),
  /* comments are not JSON */
  REFUSE ("comment/line", "{\n  // a note\n  \"a\": 1\n}", 2, 3, "JSON has no comments"),
  REFUSE ("comment/block", "[1, /* two */ 2]", 1, 5, "JSON has no comments"),
  REFUSE ("comment/hash", "[1, # x\n2]", 1, 5, "a value was expected, not “#”"),

  /* 3. literals: false, null, true, in lower case */
  ACCEPT ("literal/all", "[true, false, null]"),
  REFUSE ("literal/capital", "[True]", 1, 2, "“True” is not a JSON value"),
  REFUSE ("literal/short", "[tru]", 1, 2, "“tru” is not a JSON value"),
  REFUSE ("literal/nan", "[NaN]", 1, 2, "“NaN” is not a JSON value"),
  REFUSE ("literal/undefined", "{\"a\": undefined}", 1, 7, "“undefined” is not a JSON value"),
  REFUSE ("literal/run-on", "[truex]", 1, 6, "“,” or “]” must follow an element of a list, not “x”"),

  /* 4. objects */
  ACCEPT ("object/empty", "{ }"),
  ACCEPT ("object/members", "{\"a\": 1, \"b\": [2], \"\": {\"c\": null}}"),
  ACCEPT ("object/duplicate-names", "{\"a\": 1, \"a\": 2}"),
  REFUSE ("object/unquoted-name", "{a: 1}", 1, 2, "a member name must be a string in double quotes"),
  REFUSE ("object/single-quoted-name", "{'a': 1}", 1, 2, "a string must be in double quotes (\"), not single ones"),
  REFUSE ("object/number-name", "{1: 2}", 1, 2, "a member name must be a string in double quotes"),
  REFUSE ("object/no-colon", "{\"a\" 1}", 1, 6, "“:” must follow a member name, not “1”"),
  REFUSE ("object/equals", "{\"a\" = 1}", 1, 6, "“:” must follow a member name, not “=”"),
  REFUSE ("object/no-value", "{\"a\": }", 1, 7, "a value was expected, not “}”"),
  REFUSE ("object/no-comma", "{\"a\": 1\n \"b\": 2}", 2, 2, "“,” or “}” must follow a member’s value, not “\"”"),
  REFUSE ("object/semicolon", "{\"a\": 1; \"b\": 2}", 1, 8, "“,” or “}” must follow a member’s value, not “;”"),
  REFUSE ("object/trailing-comma", "{\"a\": 1,}", 1, 9, "an object must not end with a comma"),
  REFUSE ("object/leading-comma", "{, \"a\": 1}", 1, 2, "a member name must be a string in double quotes"),
  REFUSE ("object/closed-by-bracket", "{\"a\": 1]", 1, 8, "“,” or “}” must follow a member’s value, not “]”"),

  /* 5. arrays */
  ACCEPT ("array/empty", "[ ]"),
  ACCEPT ("array/nested", "[[], [[]], [{}], 1]"),
  REFUSE ("array/trailing-comma", "[1, 2,]", 1, 7, "a list must not end with a comma"),
  REFUSE ("array/leading-comma", "[,1]", 1, 2, "a value was expected, not “,”"),
  REFUSE ("array/double-comma", "[1,,2]", 1, 4, "a value was expected, not “,”"),
  REFUSE ("array/no-comma", "[1 2]", 1, 4, "“,” or “]” must follow an element of a list, not “2”"),
  REFUSE ("array/closed-by-brace", "[1}", 1, 3, "“,” or “]” must follow an element of a list, not “}”"),

  /* 6. numbers: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
  ACCEPT ("number/integers", "[0, -0, 7, -12, 1234567890]"),
  ACCEPT ("number/fractions", "[0.5, -1.25, 10.0]"),
  ACCEPT ("number/exponents", "[1e5, 1E5, 1e+5, 1e-5, -2.5E-3, 0e0]"),
  REFUSE ("number/plus", "[+1]", 1, 2, "a number must start with a digit or “-”"),
  REFUSE ("number/leading-zero", "[01]", 1, 2, "a number must not start with 0 followed by more digits"),
  REFUSE ("number/negative-leading-zero", "[-01]", 1, 3, "a number must not start with 0 followed by more digits"),
  REFUSE ("number/hexadecimal", "[0x1F]", 1, 2, "JSON has no hexadecimal numbers"),
  REFUSE ("number/trailing-dot", "[2.]", 1, 3, "a digit must follow the decimal point"),
  REFUSE ("number/dot-exponent", "[1.e5]", 1, 3, "a digit must follow the decimal point"),
  REFUSE ("number/leading-dot", "[.5]", 1, 2, "a number must start with a digit or “-”"),
  REFUSE ("number/lone-minus", "[-]", 1, 3, "a digit must follow “-”"),
  REFUSE ("number/minus-word", "[-Infinity]", 1, 3, "a digit must follow “-”"),
  REFUSE ("number/empty-exponent", "[1e]", 1, 3, "a digit must follow the exponent’s “e”"),
  REFUSE ("number/signed-empty-exponent", "[1E+]", 1, 3, "a digit must follow the exponent’s “e”"),
  REFUSE ("number/infinity", "[Infinity]", 1, 2, "“Infinity” is not a JSON value"),

  /* 7. strings */
  ACCEPT ("string/empty", "[\"\"]"),
  ACCEPT ("string/escapes", "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e7 \\u011F\"]"),
  ACCEPT ("string/surrogate-pair", "[\"\\ud83d\\ude00\"]"),
  ACCEPT ("string/unescaped-unicode", "[\"Işık ğ 😀 \x7f\"]"),
  REFUSE ("string/single-quotes", "['a']", 1, 2, "a string must be in double quotes (\"), not single ones"),
  REFUSE ("string/raw-tab", "[\"a\tb\"]", 1, 4, "a tab in a string must be written “\\t”"),
  REFUSE ("string/raw-line-feed", "[\"a\nb\"]", 1, 4, "a line break in a string must be written “\\n”"),
  REFUSE ("string/raw-carriage-return", "[\"ab\rc\"]", 1, 5, "a line break in a string must be written “\\n”"),
  REFUSE ("string/raw-control", "[\"Işık\x01\"]", 1, 7, "a control character in a string must be written as an escape (“\\u0001”)"),
  REFUSE ("string/unknown-escape", "[\"a\\x41\"]", 1, 4, "a backslash in a string must be followed by"),
  REFUSE ("string/escaped-single-quote", "[\"a\\'\"]", 1, 4, "a backslash in a string must be followed by"),
  REFUSE ("string/short-unicode-escape", "[\"\\u12\"]", 1, 3, "“\\u” must be followed by four hexadecimal digits"),
  REFUSE ("string/late-line", "[\n\"a\",\n  \"b\tc\"]", 3, 5, "a tab in a string must be written “\\t”"),
  REFUSE_WHOLE ("string/not-closed", "[\"abc", 1, 2, "this string is not closed"),
};

/* Where @c's refusal stands in @json (or in the member's file): the
 * message of the guard, which the loader passes on unchanged */
static char *
expected_message (guint       line,
                  guint       column,
                  const char *reason)
{
  return g_strdup_printf ("The file is not valid JSON: line %u, column %u: %s",
                          line, column, reason);
}

static void
assert_refusal (const char *message,
                const char *expected)
{
  g_test_message ("%s", message);
  /* the reason may go on ("… is not a JSON value (true, false, …)") */
  if (!g_str_has_prefix (message, expected))
    g_test_fail_printf ("“%s” does not start with “%s”", message, expected);
}

/* As a whole file, given to the guard */
static void
test_whole (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = kaynak_json_guard_check (c->json, strlen (c->json), 64, &error);

  if (c->line == 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) parse_error = NULL;

      g_assert_no_error (error);
      g_assert_true (ok);
      /* json-glib reads whatever the guard passes */
      g_assert_true (json_parser_load_from_data (parser, c->json, -1, &parse_error));
      g_assert_no_error (parse_error);
      return;
    }

  g_assert_false (ok);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
  {
    g_autofree char *expected = expected_message (c->line, c->column, c->reason);

    assert_refusal (error->message, expected);
  }
}

/* As the value of a member Kaynak does not know, in a valid file: the
 * value starts on line 3, column 6 */
static void
test_in_member (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "hello world", -1);
  g_autofree char *file = g_strdup_printf ("{\"format\": \"kaynak\", \"version\": 1,\n"
                                           "\"article\": {\"sha256\": \"%s\", \"text\": \"hello world\"},\n"
                                           "\"x\": %s\n}\n", sha, c->json);
  g_autoptr(GBytes) bytes = g_bytes_new (file, strlen (file));
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = kaynak_file_load_bytes (bytes, NULL, &error);
  if (c->line == 0)
    {
      g_assert_no_error (error);
      g_assert_nonnull (document);
      return;
    }

  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
  {
    g_autofree char *expected = expected_message (c->line + 2,
                                                  c->line == 1 ? c->column + 5 : c->column,
                                                  c->reason);

    assert_refusal (error->message, expected);
  }
}

/* The same inside a claim, which the loader cuts out and parses on its
 * own: the position is still the whole file's */
static void
test_in_claim (void)
{
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "hello world", -1);
  g_autofree char *file = g_strdup_printf ("{\"format\": \"kaynak\", \"version\": 1,\n"
                                           "\"article\": {\"sha256\": \"%s\", \"text\": \"hello world\"},\n"
                                           "\"claims\": [{\"id\": \"a\", \"start\": 0, \"end\": 5,\n"
                                           "  \"quote\": 'hello', \"status\": \"unverified\"}]}\n", sha);
  g_autoptr(GBytes) bytes = g_bytes_new (file, strlen (file));
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = kaynak_file_load_bytes (bytes, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
  assert_refusal (error->message, "The file is not valid JSON: line 4, column 12: "
                                  "a string must be in double quotes");
}

/* The scan reads long strings and runs of spaces sixteen or eight bytes
 * at a time: what it looks for is found wherever it falls in a block */
static void
test_every_offset (void)
{
  static const struct { const char *bytes; gboolean ok; } inner[] = {
    { "\t", FALSE }, { "\x01", FALSE }, { "\x1f", FALSE }, { "\n", FALSE },
    { "\\\"", TRUE }, { "\x7f", TRUE }, { "\xc3\xa7", TRUE }, { " ", TRUE }, { "\\u0041", TRUE },
  };

  for (guint k = 0; k < 48; k++)
    {
      g_autofree char *as = g_strnfill (k, 'a');
      g_autofree char *spaces = g_strnfill (k, ' ');

      for (guint i = 0; i < G_N_ELEMENTS (inner); i++)
        {
          g_autofree char *json = g_strdup_printf ("[\"%s%sbbbbbbbbbbbbbbbbbbbbbbbbb\"]", as,
                                                   inner[i].bytes);
          g_autoptr(GError) error = NULL;
          gboolean ok = kaynak_json_guard_check (json, strlen (json), 64, &error);

          g_assert_cmpint (ok, ==, inner[i].ok);
          if (!ok)
            {
              g_autofree char *where = g_strdup_printf ("line 1, column %u: ", k + 3);

              g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
              g_assert_nonnull (strstr (error->message, where));
            }
        }

      {
        g_autofree char *json = g_strdup_printf ("[%s1,%s\n%sx]", spaces, spaces, spaces);
        g_autofree char *where = g_strdup_printf ("line 2, column %u: ", k + 1);
        g_autoptr(GError) error = NULL;

        g_assert_false (kaynak_json_guard_check (json, strlen (json), 64, &error));
        g_assert_nonnull (strstr (error->message, where));
      }
    }
}

/* A source scheme (and the source library, read the same way) is held
 * to the same grammar */
static void
test_scheme (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kaynak-strict-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "scheme.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path,
                                      "{\"format\": \"kaynak-scheme\", \"version\": 1,\n"
                                      " \"sources\": [{\"id\": \"a\", \"label\": \"A\",\n"
                                      "   \"color\": \"#112233\", \"kind\": \"named\",}]}\n",
                                      -1, NULL));
  sources = kaynak_file_load_scheme (file, &error);
  g_assert_null (sources);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
  assert_refusal (error->message, "The file is not valid JSON: line 3, column 40: "
                                  "an object must not end with a comma");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *whole = g_strdup_printf ("/kaynak/json-strict/whole/%s", cases[i].rule);
      g_autofree char *member = g_strdup_printf ("/kaynak/json-strict/in-member/%s", cases[i].rule);

      g_test_add_data_func (whole, &cases[i], test_whole);
      if (!cases[i].whole_only)
        g_test_add_data_func (member, &cases[i], test_in_member);
    }
  g_test_add_func ("/kaynak/json-strict/in-claim/placed-in-file", test_in_claim);
  g_test_add_func ("/kaynak/json-strict/scheme-file", test_scheme);
  g_test_add_func ("/kaynak/json-strict/found-at-every-offset", test_every_offset);

  return g_test_run ();
}
