/* test-codebook.c: a team's codebook (kaynak-codebook.h, docs/CODEBOOK.md):
 * a Turkish desk's verdict scale and fields read whole, the IMVAIN
 * codebook Kaynak ships, a hash that ignores layout but not content, every
 * refusal with its path, the values each type of field takes, what changed
 * between two codebooks, and a codebook loaded as a scheme.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-codebook.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-source.h"

static KaynakCodebook *
load_text (const char *text,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return kaynak_codebook_new_from_bytes (bytes, error);
}

static KaynakCodebook *
load_desk (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "codebook",
                                                 "teyit-masasi.kaynak-codebook.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return codebook;
}

static void
test_desk (void)
{
  g_autoptr(KaynakCodebook) codebook = load_desk ();
  const KaynakCodebookValue *verdict;
  const KaynakCodebookField *field;
  GPtrArray *fields;
  double best, worst;

  g_assert_cmpstr (kaynak_codebook_get_id (codebook), ==, "teyit-masasi-2026");
  g_assert_cmpstr (kaynak_codebook_get_name (codebook), ==, "Teyit masası");
  g_assert_cmpuint (kaynak_codebook_get_sources (codebook)->len, ==, 2);
  g_assert_cmpstr (kaynak_source_get_label (g_ptr_array_index (kaynak_codebook_get_sources (codebook), 1)),
                   ==, "Kremlin");
  g_assert_cmpint (kaynak_source_get_kind (g_ptr_array_index (kaynak_codebook_get_sources (codebook), 1)),
                   ==, KAYNAK_SOURCE_KIND_NO_COMMENT);

  g_assert_cmpuint (kaynak_codebook_get_verdicts (codebook)->len, ==, 5);
  g_assert_true (kaynak_codebook_get_rating_range (codebook, &best, &worst));
  g_assert_cmpfloat (best, ==, 5);
  g_assert_cmpfloat (worst, ==, 1);
  verdict = kaynak_codebook_find_verdict (codebook, "yaniltici");
  g_assert_nonnull (verdict);
  g_assert_cmpstr (verdict->label, ==, "Yanıltıcı");
  g_assert_cmpstr (verdict->color, ==, "#ff7800");
  g_assert_true (verdict->has_rating);
  g_assert_cmpfloat (verdict->rating, ==, 2);
  g_assert_cmpstr (kaynak_codebook_find_verdict (codebook, "dogru")->description, ==,
                   "İddia kanıtlarla örtüşüyor.");
  g_assert_cmpstr (kaynak_codebook_find_verdict (codebook, "yari-dogru")->description, ==, "");
  g_assert_null (kaynak_codebook_find_verdict (codebook, "true"));

  fields = kaynak_codebook_get_fields (codebook);
  g_assert_cmpuint (fields->len, ==, 8);
  field = kaynak_codebook_find_field (codebook, "konu");
  g_assert_cmpint (field->type, ==, KAYNAK_FIELD_CHOICE);
  g_assert_cmpint (field->target, ==, KAYNAK_FIELD_ON_CLAIM);
  g_assert_cmpuint (field->choices->len, ==, 3);
  g_assert_cmpstr (((KaynakCodebookValue *) g_ptr_array_index (field->choices, 2))->label, ==,
                   "Sağlık");
  field = kaynak_codebook_find_field (codebook, "guvenilirlik");
  g_assert_cmpint (field->type, ==, KAYNAK_FIELD_NUMBER);
  g_assert_cmpint (field->target, ==, KAYNAK_FIELD_ON_SOURCE);
  g_assert_true (field->has_min && field->has_max);
  g_assert_cmpfloat (field->min, ==, 1);
  g_assert_cmpfloat (field->max, ==, 5);
  g_assert_cmpint (kaynak_codebook_find_field (codebook, "sayi-iceriyor")->type, ==,
                   KAYNAK_FIELD_YES_NO);
  g_assert_cmpstr (kaynak_field_type_to_string (KAYNAK_FIELD_YES_NO), ==, "yes-no");
  g_assert_cmpstr (kaynak_field_target_to_string (KAYNAK_FIELD_ON_SOURCE), ==, "source");

  g_assert_true (g_str_has_prefix (kaynak_codebook_get_hash (codebook), "sha256:"));
  g_assert_cmpuint (strlen (kaynak_codebook_get_hash (codebook)), ==, 7 + 64);
}

/* The codebook Kaynak ships for the classroom: three judgements, two on a
 * source and one on a claim, each with its help */
static void
test_imvain (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "codebooks",
                                                 "imvain.kaynak-codebook.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakCodebook) codebook = kaynak_codebook_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_codebook_get_verdicts (codebook)->len, ==, 0);
  g_assert_false (kaynak_codebook_get_rating_range (codebook, NULL, NULL));
  g_assert_cmpint (kaynak_codebook_find_field (codebook, "independence")->target, ==,
                   KAYNAK_FIELD_ON_SOURCE);
  g_assert_cmpint (kaynak_codebook_find_field (codebook, "authority")->target, ==,
                   KAYNAK_FIELD_ON_SOURCE);
  g_assert_cmpint (kaynak_codebook_find_field (codebook, "verification")->target, ==,
                   KAYNAK_FIELD_ON_CLAIM);
  for (guint i = 0; i < kaynak_codebook_get_fields (codebook)->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (kaynak_codebook_get_fields (codebook), i);

      g_assert_cmpstr (field->description, !=, "");
      g_assert_cmpuint (field->choices->len, ==, 2);
    }
}

/* Written canonically and read back: the same codebook, the same hash; the
 * same content in another layout (one line, members reordered): the same
 * hash; one label changed: another hash */
static void
test_hash (void)
{
  g_autoptr(KaynakCodebook) codebook = load_desk ();
  g_autoptr(GBytes) bytes = kaynak_codebook_to_bytes (codebook);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakCodebook) again = kaynak_codebook_new_from_bytes (bytes, &error);
  g_autoptr(KaynakCodebook) compact = NULL;
  g_autoptr(KaynakCodebook) other = NULL;
  g_autoptr(GBytes) bytes_again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_codebook_get_hash (again), ==, kaynak_codebook_get_hash (codebook));
  bytes_again = kaynak_codebook_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));

  compact = load_text ("{\"fields\":[],\"verdicts\":[{\"label\":\"Doğru\",\"id\":\"dogru\"}],"
                       "\"name\":\"N\",\"id\":\"x\",\"version\":1,\"format\":\"kaynak-codebook\"}",
                       &error);
  g_assert_no_error (error);
  other = load_text ("{\n  \"format\": \"kaynak-codebook\", \"version\": 1, \"id\": \"x\",\n"
                     "  \"name\": \"N\", \"sources\": [],\n"
                     "  \"verdicts\": [ { \"id\": \"dogru\", \"label\": \"Doğru\", \"description\": \"\" } ]\n}",
                     &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_codebook_get_hash (compact), ==, kaynak_codebook_get_hash (other));

  g_clear_object (&other);
  other = load_text ("{\"format\":\"kaynak-codebook\",\"version\":1,\"id\":\"x\",\"name\":\"N\","
                     "\"verdicts\":[{\"id\":\"dogru\",\"label\":\"Doğru değil\"}]}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_codebook_get_hash (compact), !=, kaynak_codebook_get_hash (other));
}

typedef struct
{
  const char *json;
  int         code;
  const char *message;   /* a part of the message */
} Refusal;

#define HEAD "\"format\":\"kaynak-codebook\",\"version\":1,\"id\":\"c\",\"name\":\"N\""

static const Refusal refusals[] = {
  { "[1]", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak codebook: it is a list" },
  { "{\"format\":\"kaynak\",\"version\":1}", KAYNAK_ERROR_NOT_KAYNAK, "not a Kaynak codebook" },
  { "{\"format\":\"kaynak-codebook\",\"version\":2,\"id\":\"c\",\"name\":\"N\"}",
    KAYNAK_ERROR_NEWER_VERSION, "codebook version 2" },
  { "{\"format\":\"kaynak-codebook\",\"version\":0,\"id\":\"c\",\"name\":\"N\"}",
    KAYNAK_ERROR_INVALID, "not a codebook version" },
  { "{\"format\":\"kaynak-codebook\",\"version\":1,\"name\":\"N\"}", KAYNAK_ERROR_INVALID, "id is missing" },
  { "{\"format\":\"kaynak-codebook\",\"version\":1,\"id\":\"c\",\"name\":\"\"}", KAYNAK_ERROR_INVALID, "name is empty" },
  { "{" HEAD ",\"verdicts\":{}}", KAYNAK_ERROR_INVALID, "verdicts must be" },
  { "{" HEAD ",\"verdicts\":[{\"id\":\"a\"}]}", KAYNAK_ERROR_INVALID, "verdicts[0].label is missing" },
  { "{" HEAD ",\"verdicts\":[{\"id\":\"a\",\"label\":\"A\"},{\"id\":\"a\",\"label\":\"B\"}]}",
    KAYNAK_ERROR_INVALID, "verdicts[1]: the id “a” is used twice" },
  { "{" HEAD ",\"verdicts\":[{\"id\":\"a\",\"label\":\"A\",\"color\":\"red\"}]}",
    KAYNAK_ERROR_INVALID, "verdicts[0]: “red” is not a colour" },
  { "{" HEAD ",\"verdicts\":[{\"id\":\"a\",\"label\":\"A\",\"rating\":3}]}",
    KAYNAK_ERROR_INVALID, "verdicts[0]: has a rating, but the codebook has no “rating”" },
  { "{" HEAD ",\"rating\":{\"best\":5,\"worst\":1},\"verdicts\":[{\"id\":\"a\",\"label\":\"A\",\"rating\":6}]}",
    KAYNAK_ERROR_INVALID, "verdicts[0]: the rating 6 is not between the worst (1) and the best (5)" },
  { "{" HEAD ",\"rating\":{\"best\":5,\"worst\":1},\"verdicts\":[{\"id\":\"a\",\"label\":\"A\",\"rating\":\"5\"}]}",
    KAYNAK_ERROR_INVALID, "verdicts[0].rating must be a number, not a string" },
  { "{" HEAD ",\"rating\":{\"best\":5}}", KAYNAK_ERROR_INVALID, "rating: “worst” is missing" },
  { "{" HEAD ",\"rating\":{\"best\":1,\"worst\":1}}", KAYNAK_ERROR_INVALID, "the same number" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"type\":\"text\"}]}",
    KAYNAK_ERROR_INVALID, "fields[0].on is missing" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"article\",\"type\":\"text\"}]}",
    KAYNAK_ERROR_INVALID, "fields[0]: “on” is “article”" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"colour\"}]}",
    KAYNAK_ERROR_INVALID, "fields[0]: “colour” is not a type of field" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"choice\"}]}",
    KAYNAK_ERROR_INVALID, "fields[0]: a field of type “choice” needs at least one choice" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"choices\",\"choices\":[{\"id\":\"x\"}]}]}",
    KAYNAK_ERROR_INVALID, "fields[0].choices[0].label is missing" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"choice\",\"choices\":[{\"id\":\"x\",\"label\":\"X\"},{\"id\":\"x\",\"label\":\"Y\"}]}]}",
    KAYNAK_ERROR_INVALID, "fields[0].choices[1]: the id “x” is used twice" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"text\",\"choices\":[]}]}",
    KAYNAK_ERROR_INVALID, "a field of type “text” has no choices" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"date\",\"min\":1}]}",
    KAYNAK_ERROR_INVALID, "only a field of type “number” has a “min” or a “max”" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"number\",\"min\":5,\"max\":1}]}",
    KAYNAK_ERROR_INVALID, "“min” (5) is larger than “max” (1)" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"text\"},{\"id\":\"f\",\"label\":\"G\",\"on\":\"claim\",\"type\":\"text\"}]}",
    KAYNAK_ERROR_INVALID, "fields[1]: the id “f” is used twice" },
  { "{" HEAD ",\"sources\":[{\"id\":\"s\",\"label\":\"S\",\"color\":\"#000000\",\"kind\":\"famous\"}]}",
    KAYNAK_ERROR_INVALID, "sources[0].kind" },
  { "{" HEAD ",\"fields\":[{\"id\":\"f\",\"label\":\"F\",\"on\":\"claim\",\"type\":\"text\"}],}",
    KAYNAK_ERROR_SYNTAX, "line 1" },
  { "", KAYNAK_ERROR_INVALID, "" },
};

static void
test_refusals (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakCodebook) codebook = load_text (refusals[i].json, &error);

      g_test_message ("%s", refusals[i].json);
      g_assert_null (codebook);
      g_assert_nonnull (error);
      g_assert_true (error->domain == KAYNAK_ERROR);
      if (*refusals[i].json == '\0')
        continue;  /* an empty file: the file reader's own words */
      g_assert_cmpint (error->code, ==, refusals[i].code);
      if (strstr (error->message, refusals[i].message) == NULL)
        g_error ("“%s” is not in “%s”", refusals[i].message, error->message);
    }
}

/* A file that cannot be read names itself */
static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/kaynak-codebook.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakCodebook) codebook = kaynak_codebook_new_from_file (file, NULL, &error);

  g_assert_null (codebook);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/kaynak-codebook.json"));
}

static gboolean
accepts (KaynakCodebook *codebook,
         const char     *field_id,
         const char     *json)
{
  const KaynakCodebookField *field = kaynak_codebook_find_field (codebook, field_id);
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_nonnull (field);
  g_assert_nonnull (node);
  ok = kaynak_codebook_field_check_value (field, node, &error);
  g_assert_true (ok == (error == NULL));
  if (!ok)
    {
      g_assert_true (g_error_matches (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID) ||
                     g_error_matches (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE));
      /* the message names the field by its label */
      g_assert_nonnull (strstr (error->message, field->label));
    }
  return ok;
}

static void
test_values (void)
{
  g_autoptr(KaynakCodebook) codebook = load_desk ();

  g_assert_true (accepts (codebook, "konu", "\"savas\""));
  g_assert_false (accepts (codebook, "konu", "\"spor\""));
  g_assert_false (accepts (codebook, "konu", "[\"savas\"]"));
  g_assert_false (accepts (codebook, "konu", "1"));

  g_assert_true (accepts (codebook, "etiketler", "[\"rusya\",\"kore\"]"));
  g_assert_true (accepts (codebook, "etiketler", "[]"));
  g_assert_false (accepts (codebook, "etiketler", "[\"rusya\",\"rusya\"]"));
  g_assert_false (accepts (codebook, "etiketler", "[\"cin\"]"));
  g_assert_false (accepts (codebook, "etiketler", "\"rusya\""));

  g_assert_true (accepts (codebook, "asker-sayisi", "3000"));
  g_assert_true (accepts (codebook, "asker-sayisi", "0.5"));
  g_assert_false (accepts (codebook, "asker-sayisi", "-1"));
  g_assert_false (accepts (codebook, "asker-sayisi", "\"3000\""));
  g_assert_true (accepts (codebook, "guvenilirlik", "5"));
  g_assert_false (accepts (codebook, "guvenilirlik", "6"));

  g_assert_true (accepts (codebook, "tarih", "\"2024-10-27\""));
  g_assert_true (accepts (codebook, "tarih", "\"2024-02-29\""));
  g_assert_false (accepts (codebook, "tarih", "\"2023-02-29\""));
  g_assert_false (accepts (codebook, "tarih", "\"27 Ekim 2024\""));
  g_assert_false (accepts (codebook, "tarih", "\"2024-10-27T10:00\""));

  g_assert_true (accepts (codebook, "not", "\"üç binden fazla asker\""));
  g_assert_false (accepts (codebook, "not", "true"));

  g_assert_true (accepts (codebook, "kanit", "\"https://example.org/rapor?id=3\""));
  g_assert_true (accepts (codebook, "kanit", "\"HTTP://example.org\""));
  g_assert_false (accepts (codebook, "kanit", "\"javascript:alert(1)\""));
  g_assert_false (accepts (codebook, "kanit", "\"file:///etc/passwd\""));
  g_assert_false (accepts (codebook, "kanit", "\"example.org\""));
  g_assert_false (accepts (codebook, "kanit", "\"https://\""));

  g_assert_true (accepts (codebook, "sayi-iceriyor", "true"));
  g_assert_true (accepts (codebook, "sayi-iceriyor", "false"));
  g_assert_false (accepts (codebook, "sayi-iceriyor", "\"evet\""));
  g_assert_false (accepts (codebook, "sayi-iceriyor", "1"));
}

static gboolean
has_change (GPtrArray                *changes,
            KaynakCodebookChangeKind  kind,
            const char               *id,
            const char               *choice,
            const char               *words)
{
  for (guint i = 0; i < changes->len; i++)
    {
      KaynakCodebookChange *change = g_ptr_array_index (changes, i);

      if (change->kind == kind && g_strcmp0 (change->id, id) == 0 &&
          g_strcmp0 (change->choice, choice) == 0)
        {
          g_assert_nonnull (strstr (change->message, words));
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_diff (void)
{
  g_autoptr(KaynakCodebook) before = load_desk ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakCodebook) after = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  none = kaynak_codebook_diff (before, before);
  g_assert_cmpuint (none->len, ==, 0);

  after = load_text ("{" HEAD ",\"sources\":[{\"id\":\"kremlin\",\"label\":\"Kremlin\","
                     "\"color\":\"#c01c28\",\"kind\":\"no-comment\"},{\"id\":\"nato\",\"label\":\"NATO\","
                     "\"color\":\"#1c71d8\",\"kind\":\"named\"}],"
                     "\"verdicts\":[{\"id\":\"dogru\",\"label\":\"Doğru\",\"description\":\"başka\"},"
                     "{\"id\":\"yanlis\",\"label\":\"Tamamen yanlış\"},{\"id\":\"karisik\",\"label\":\"Karışık\"}],"
                     "\"fields\":[{\"id\":\"konu\",\"label\":\"Konu\",\"on\":\"claim\",\"type\":\"choice\","
                     "\"choices\":[{\"id\":\"savas\",\"label\":\"Savaş\"},{\"id\":\"goc\",\"label\":\"Göç\"}]},"
                     "{\"id\":\"sayi-iceriyor\",\"label\":\"Sayı içeriyor\",\"on\":\"source\",\"type\":\"yes-no\"},"
                     "{\"id\":\"yeni\",\"label\":\"Yeni alan\",\"on\":\"claim\",\"type\":\"text\"}]}",
                     &error);
  g_assert_no_error (error);
  changes = kaynak_codebook_diff (before, after);

  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_VERDICT_REMOVED, "yaniltici", NULL, "Yanıltıcı"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_VERDICT_RENAMED, "yanlis", NULL, "Tamamen yanlış"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_VERDICT_ADDED, "karisik", NULL, "Karışık"));
  /* a description is not a change a document notices */
  g_assert_false (has_change (changes, KAYNAK_CODEBOOK_VERDICT_RENAMED, "dogru", NULL, ""));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_CHOICE_REMOVED, "konu", "ekonomi", "Ekonomi"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_CHOICE_ADDED, "konu", "goc", "Göç"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_FIELD_RETYPED, "sayi-iceriyor", NULL, "source"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_FIELD_REMOVED, "asker-sayisi", NULL, "Asker sayısı"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_FIELD_ADDED, "yeni", NULL, "Yeni alan"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_SOURCE_REMOVED, "beyaz-saray", NULL, "Beyaz Saray"));
  g_assert_true (has_change (changes, KAYNAK_CODEBOOK_SOURCE_ADDED, "nato", NULL, "NATO"));
  /* verdicts (3: removed, removed, renamed… ) before fields before sources */
  g_assert_cmpint (((KaynakCodebookChange *) g_ptr_array_index (changes, 0))->kind, <=,
                   KAYNAK_CODEBOOK_VERDICT_RENAMED);
  g_assert_cmpint (((KaynakCodebookChange *) g_ptr_array_index (changes, changes->len - 1))->kind,
                   >=, KAYNAK_CODEBOOK_SOURCE_REMOVED);
}

/* Load Scheme… and `--sources` take a codebook's sources, as they take a
 * whole Kaynak file's; a newer codebook is refused there too */
static void
test_as_scheme (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "codebook",
                                                 "teyit-masasi.kaynak-codebook.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = kaynak_file_load_scheme (file, &error);
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) newer = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const char *text = "{\"format\":\"kaynak-codebook\",\"version\":9,\"id\":\"c\",\"name\":\"N\",\"sources\":[]}";

  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpstr (kaynak_source_get_id (g_ptr_array_index (sources, 0)), ==, "beyaz-saray");

  newer = g_file_new_tmp ("codebook-XXXXXX.json", &stream, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (stream)), text,
                             strlen (text), NULL, NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (stream), NULL, NULL);
  none = kaynak_file_load_scheme (newer, &error);
  g_assert_null (none);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION);
  g_file_delete (newer, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/codebook/a-desk-scale-and-fields", test_desk);
  g_test_add_func ("/kaynak/codebook/imvain-ships", test_imvain);
  g_test_add_func ("/kaynak/codebook/hash-of-content-not-layout", test_hash);
  g_test_add_func ("/kaynak/codebook/refusals-name-their-path", test_refusals);
  g_test_add_func ("/kaynak/codebook/missing-file-named", test_missing_file);
  g_test_add_func ("/kaynak/codebook/values-of-each-type", test_values);
  g_test_add_func ("/kaynak/codebook/what-changed", test_diff);
  g_test_add_func ("/kaynak/codebook/loads-as-a-scheme", test_as_scheme);

  return g_test_run ();
}
