/* test-personal-codebook.c: the codebook edited in Preferences
 * (kaynak-personal-codebook.h): verdicts and fields added, edited, moved
 * and removed with ids made from labels; every edit one undo step;
 * refusals in the reader's words; saved beside the library and read back;
 * made into a codebook with the library's sources; a damaged or hostile
 * file refused and left as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-codebook.h"
#include "kaynak-document-codebook.h"
#include "kaynak-error.h"
#include "kaynak-personal-codebook.h"
#include "kaynak-source-library.h"
#include "kaynak-test-util.h"

typedef struct
{
  char                   *dir;
  GFile                  *file;
  KaynakSourceLibrary    *library;
  KaynakPersonalCodebook *codebook;
  guint                   changes;
} Fixture;

static void
on_changed (KaynakPersonalCodebook *codebook,
            Fixture                *f)
{
  f->changes++;
}

static KaynakPersonalCodebook *
open_codebook (Fixture *f)
{
  KaynakPersonalCodebook *codebook = kaynak_personal_codebook_new (f->file, f->library);

  kaynak_personal_codebook_load (codebook, NULL);
  return codebook;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *library_path = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) library_file = NULL;

  f->dir = kaynak_test_make_temp_dir ("kaynak-test-personal-codebook-XXXXXX");
  /* in a folder not made yet, as on a first run */
  library_path = g_build_filename (f->dir, "data", "kaynak", "library.json", NULL);
  library_file = g_file_new_for_path (library_path);
  f->library = kaynak_source_library_new (library_file);
  g_assert_true (kaynak_source_library_load (f->library, NULL));
  path = g_build_filename (f->dir, "data", "kaynak", KAYNAK_PERSONAL_CODEBOOK_FILE_NAME, NULL);
  f->file = g_file_new_for_path (path);
  f->codebook = open_codebook (f);
  g_assert_null (kaynak_personal_codebook_get_load_error (f->codebook));
  g_signal_connect (f->codebook, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->codebook);
  g_clear_object (&f->library);
  g_clear_object (&f->file);
  kaynak_test_remove_tree (f->dir);
  g_free (f->dir);
}

static const KaynakCodebookValue *
verdict_at (KaynakPersonalCodebook *codebook,
            guint                   i)
{
  return g_ptr_array_index (kaynak_personal_codebook_get_verdicts (codebook), i);
}

static char *
read_file (Fixture *f)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (f->file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

static void
test_verdicts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dogru = NULL, *yanlis = NULL, *yari = NULL, *again = NULL;
  double best, worst;

  g_assert_true (kaynak_personal_codebook_is_empty (f->codebook));
  g_assert_false (kaynak_personal_codebook_can_undo (f->codebook));

  dogru = kaynak_personal_codebook_add_verdict (f->codebook, "  Doğru ", "#26A269", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dogru, ==, "dogru");
  yanlis = kaynak_personal_codebook_add_verdict (f->codebook, "Yanlış", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (yanlis, ==, "yanlis");
  yari = kaynak_personal_codebook_add_verdict (f->codebook, "Yarı doğru", "#e5a50a", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (yari, ==, "yari-dogru");
  /* a second verdict of the same name gets its own id, as sources do */
  again = kaynak_personal_codebook_add_verdict (f->codebook, "doğru", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, "dogru-2");
  g_assert_cmpuint (f->changes, ==, 4);

  g_assert_cmpstr (verdict_at (f->codebook, 0)->label, ==, "Doğru");
  g_assert_cmpstr (verdict_at (f->codebook, 0)->color, ==, "#26a269");

  /* renamed: the id documents store stays */
  g_assert_true (kaynak_personal_codebook_rename_verdict (f->codebook, "dogru-2", "Doğru değil", &error));
  g_assert_no_error (error);
  g_assert_nonnull (kaynak_personal_codebook_find_verdict (f->codebook, "dogru-2"));
  g_assert_cmpstr (kaynak_personal_codebook_find_verdict (f->codebook, "dogru-2")->label, ==, "Doğru değil");
  g_assert_true (kaynak_personal_codebook_describe_verdict (f->codebook, "yanlis",
                                                            "İddia kanıtlarla çelişiyor.", &error));
  g_assert_true (kaynak_personal_codebook_recolor_verdict (f->codebook, "yanlis", "#c01c28", &error));
  g_assert_cmpstr (kaynak_personal_codebook_find_verdict (f->codebook, "yanlis")->description,
                   ==, "İddia kanıtlarla çelişiyor.");
  g_assert_cmpstr (kaynak_personal_codebook_find_verdict (f->codebook, "yanlis")->color, ==, "#c01c28");

  /* reordered: the half-true verdict between true and false */
  g_assert_true (kaynak_personal_codebook_move_verdict (f->codebook, "yari-dogru", 1, &error));
  g_assert_cmpstr (verdict_at (f->codebook, 0)->id, ==, "dogru");
  g_assert_cmpstr (verdict_at (f->codebook, 1)->id, ==, "yari-dogru");
  g_assert_cmpstr (verdict_at (f->codebook, 2)->id, ==, "yanlis");
  /* a position past the end is the end */
  g_assert_true (kaynak_personal_codebook_move_verdict (f->codebook, "dogru", 99, &error));
  g_assert_cmpstr (verdict_at (f->codebook, 3)->id, ==, "dogru");
  g_assert_true (kaynak_personal_codebook_move_verdict (f->codebook, "dogru", 0, &error));

  g_assert_true (kaynak_personal_codebook_remove_verdict (f->codebook, "dogru-2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_personal_codebook_get_verdicts (f->codebook)->len, ==, 3);

  /* ratings need a scale; the reader's rules say so */
  g_assert_false (kaynak_personal_codebook_set_verdict_rating (f->codebook, "dogru", TRUE, 5, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "rating"));
  g_clear_error (&error);
  g_assert_false (kaynak_personal_codebook_set_rating_range (f->codebook, TRUE, 3, 3, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kaynak_personal_codebook_set_rating_range (f->codebook, TRUE, 5, 1, &error));
  g_assert_true (kaynak_personal_codebook_set_verdict_rating (f->codebook, "dogru", TRUE, 5, &error));
  g_assert_true (kaynak_personal_codebook_set_verdict_rating (f->codebook, "yanlis", TRUE, 1, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_personal_codebook_set_verdict_rating (f->codebook, "yari-dogru", TRUE, 7, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kaynak_personal_codebook_get_rating_range (f->codebook, &best, &worst));
  g_assert_cmpfloat (best, ==, 5);
  g_assert_cmpfloat (worst, ==, 1);
  /* a range that leaves a rating outside is refused */
  g_assert_false (kaynak_personal_codebook_set_rating_range (f->codebook, TRUE, 4, 2, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  /* without a range the ratings go with it */
  g_assert_true (kaynak_personal_codebook_set_rating_range (f->codebook, FALSE, 0, 0, &error));
  g_assert_false (kaynak_personal_codebook_find_verdict (f->codebook, "dogru")->has_rating);

  /* refusals change nothing: an empty name, a colour, an unknown id */
  g_assert_null (kaynak_personal_codebook_add_verdict (f->codebook, "  ", NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kaynak_personal_codebook_recolor_verdict (f->codebook, "dogru", "red", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "#rrggbb"));
  g_clear_error (&error);
  g_assert_false (kaynak_personal_codebook_remove_verdict (f->codebook, "nope", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (kaynak_personal_codebook_get_verdicts (f->codebook)->len, ==, 3);
}

static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakCodebookField) topic = kaynak_codebook_field_copy (NULL);
  g_autoptr(KaynakCodebookField) number = kaynak_codebook_field_copy (NULL);
  g_autoptr(KaynakCodebookField) edit = NULL;
  g_autofree char *topic_id = NULL, *number_id = NULL, *yes_no_id = NULL;
  const KaynakCodebookField *field;
  g_autoptr(JsonNode) three = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonNode) nine = json_node_new (JSON_NODE_VALUE);

  g_free (topic->label);
  topic->label = g_strdup ("Konu");
  topic->type = KAYNAK_FIELD_CHOICE;
  /* a choice field needs its choices: the reader's rule */
  g_assert_false (kaynak_personal_codebook_check_field (f->codebook, NULL, topic, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "choice"));
  g_clear_error (&error);
  kaynak_codebook_field_add_choice (topic, "Savaş");
  kaynak_codebook_field_add_choice (topic, "Ekonomi");
  kaynak_codebook_field_add_choice (topic, "ekonomi");
  g_assert_true (kaynak_personal_codebook_check_field (f->codebook, NULL, topic, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_personal_codebook_is_empty (f->codebook));
  g_assert_true (kaynak_personal_codebook_set_field (f->codebook, NULL, topic, &topic_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (topic_id, ==, "konu");
  field = kaynak_personal_codebook_find_field (f->codebook, "konu");
  g_assert_cmpuint (field->choices->len, ==, 3);
  g_assert_cmpstr (((KaynakCodebookValue *) g_ptr_array_index (field->choices, 0))->id, ==, "savas");
  g_assert_cmpstr (((KaynakCodebookValue *) g_ptr_array_index (field->choices, 2))->id, ==, "ekonomi-2");

  /* choices renamed, moved, removed and added through an edit: ids stay */
  edit = kaynak_codebook_field_copy (field);
  g_free (((KaynakCodebookValue *) g_ptr_array_index (edit->choices, 0))->label);
  ((KaynakCodebookValue *) g_ptr_array_index (edit->choices, 0))->label = g_strdup ("Savaş ve barış");
  g_ptr_array_remove_index (edit->choices, 2);
  g_ptr_array_insert (edit->choices, 0, g_ptr_array_steal_index (edit->choices, 1));
  kaynak_codebook_field_add_choice (edit, "Sağlık");
  g_free (edit->description);
  edit->description = g_strdup ("Haberin konusu");
  g_assert_true (kaynak_personal_codebook_set_field (f->codebook, "konu", edit, NULL, &error));
  g_assert_no_error (error);
  field = kaynak_personal_codebook_find_field (f->codebook, "konu");
  g_assert_cmpuint (field->choices->len, ==, 3);
  g_assert_cmpstr (((KaynakCodebookValue *) g_ptr_array_index (field->choices, 0))->id, ==, "ekonomi");
  g_assert_cmpstr (((KaynakCodebookValue *) g_ptr_array_index (field->choices, 1))->id, ==, "savas");
  g_assert_cmpstr (((KaynakCodebookValue *) g_ptr_array_index (field->choices, 1))->label, ==, "Savaş ve barış");
  g_assert_cmpstr (((KaynakCodebookValue *) g_ptr_array_index (field->choices, 2))->id, ==, "saglik");
  g_assert_cmpstr (field->description, ==, "Haberin konusu");

  /* a number with bounds, on sources; its values checked by the reader's rule */
  g_free (number->label);
  number->label = g_strdup ("Güvenilirlik");
  number->target = KAYNAK_FIELD_ON_SOURCE;
  number->type = KAYNAK_FIELD_NUMBER;
  number->has_min = number->has_max = TRUE;
  number->min = 5;
  number->max = 1;
  g_assert_false (kaynak_personal_codebook_set_field (f->codebook, NULL, number, &number_id, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_null (number_id);
  g_clear_error (&error);
  number->min = 1;
  number->max = 5;
  g_assert_true (kaynak_personal_codebook_set_field (f->codebook, NULL, number, &number_id, &error));
  g_assert_cmpstr (number_id, ==, "guvenilirlik");
  field = kaynak_personal_codebook_find_field (f->codebook, number_id);
  g_assert_cmpint (field->target, ==, KAYNAK_FIELD_ON_SOURCE);
  json_node_set_double (three, 3);
  json_node_set_double (nine, 9);
  g_assert_true (kaynak_codebook_field_check_value (field, three, NULL));
  g_assert_false (kaynak_codebook_field_check_value (field, nine, NULL));

  /* a field whose type changes leaves what the new type cannot hold */
  edit = (kaynak_codebook_field_free (edit), kaynak_codebook_field_copy (field));
  edit->type = KAYNAK_FIELD_YES_NO;
  g_free (edit->label);
  edit->label = g_strdup ("Sayı içeriyor");
  g_assert_true (kaynak_personal_codebook_set_field (f->codebook, NULL, edit, &yes_no_id, &error));
  g_assert_no_error (error);
  field = kaynak_personal_codebook_find_field (f->codebook, yes_no_id);
  g_assert_false (field->has_min || field->has_max);

  g_assert_true (kaynak_personal_codebook_move_field (f->codebook, yes_no_id, 0, &error));
  g_assert_cmpstr (((KaynakCodebookField *) g_ptr_array_index (kaynak_personal_codebook_get_fields (f->codebook), 0))->id,
                   ==, "sayi-iceriyor");
  g_assert_true (kaynak_personal_codebook_remove_field (f->codebook, "guvenilirlik", &error));
  g_assert_cmpuint (kaynak_personal_codebook_get_fields (f->codebook)->len, ==, 2);
  g_assert_false (kaynak_personal_codebook_is_empty (f->codebook));

  /* an empty label is refused, with nothing changed */
  g_free (edit->label);
  edit->label = g_strdup ("");
  g_assert_false (kaynak_personal_codebook_set_field (f->codebook, "konu", edit, NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_cmpstr (kaynak_personal_codebook_find_field (f->codebook, "konu")->label, ==, "Konu");
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *saved = NULL;

  id = kaynak_personal_codebook_add_verdict (f->codebook, "Doğru", NULL, &error);
  g_assert_true (kaynak_personal_codebook_rename_verdict (f->codebook, id, "Tamamen doğru", &error));
  g_assert_cmpstr (kaynak_personal_codebook_get_undo_label (f->codebook), ==, "Edit verdict “Tamamen doğru”");

  g_assert_true (kaynak_personal_codebook_undo (f->codebook, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (verdict_at (f->codebook, 0)->label, ==, "Doğru");
  /* undone on disk too */
  saved = read_file (f);
  g_assert_nonnull (strstr (saved, "\"Doğru\""));
  g_assert_null (strstr (saved, "Tamamen"));

  g_assert_cmpstr (kaynak_personal_codebook_get_undo_label (f->codebook), ==, "Add verdict “Doğru”");
  g_assert_true (kaynak_personal_codebook_undo (f->codebook, &error));
  g_assert_true (kaynak_personal_codebook_is_empty (f->codebook));
  g_assert_false (kaynak_personal_codebook_can_undo (f->codebook));
  g_assert_false (kaynak_personal_codebook_undo (f->codebook, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  /* a refused edit is no step */
  g_assert_null (kaynak_personal_codebook_add_verdict (f->codebook, "", NULL, &error));
  g_assert_false (kaynak_personal_codebook_can_undo (f->codebook));
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakCodebookField) field = kaynak_codebook_field_copy (NULL);
  g_autoptr(KaynakPersonalCodebook) again = NULL;
  g_autoptr(KaynakCodebook) made = NULL;
  g_autoptr(KaynakCodebook) made_again = NULL;
  g_autoptr(KaynakSource) source = kaynak_source_new ("beyaz-saray", "Beyaz Saray", "#1c71d8", 0,
                                                      KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autofree char *a = NULL, *b = NULL;
  double best, worst;

  g_assert_true (kaynak_source_library_remember (f->library, source, &error));
  g_assert_true (kaynak_personal_codebook_set_rating_range (f->codebook, TRUE, 1, 0, &error));
  a = kaynak_personal_codebook_add_verdict (f->codebook, "Doğru", "#26a269", &error);
  b = kaynak_personal_codebook_add_verdict (f->codebook, "Yanlış", "#c01c28", &error);
  g_assert_true (kaynak_personal_codebook_set_verdict_rating (f->codebook, a, TRUE, 1, &error));
  g_assert_true (kaynak_personal_codebook_set_verdict_rating (f->codebook, b, TRUE, 0, &error));
  g_free (field->label);
  field->label = g_strdup ("Sayı içeriyor");
  g_assert_true (kaynak_personal_codebook_set_field (f->codebook, NULL, field, NULL, &error));
  g_assert_no_error (error);

  /* read back from the file by another Kaynak */
  again = open_codebook (f);
  g_assert_null (kaynak_personal_codebook_get_load_error (again));
  g_assert_cmpuint (kaynak_personal_codebook_get_verdicts (again)->len, ==, 2);
  g_assert_cmpstr (verdict_at (again, 1)->label, ==, "Yanlış");
  g_assert_cmpfloat (verdict_at (again, 1)->rating, ==, 0);
  g_assert_true (kaynak_personal_codebook_get_rating_range (again, &best, &worst));
  g_assert_cmpfloat (best, ==, 1);
  g_assert_cmpint (((KaynakCodebookField *) g_ptr_array_index (kaynak_personal_codebook_get_fields (again), 0))->type,
                   ==, KAYNAK_FIELD_YES_NO);
  /* the undo history is the session's, not the file's */
  g_assert_false (kaynak_personal_codebook_can_undo (again));

  /* the codebook the rest of Kaynak reads: the library's sources, the
   * scale, the fields; the same content is the same hash */
  made = kaynak_personal_codebook_make_codebook (f->codebook, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_codebook_get_id (made), ==, KAYNAK_PERSONAL_CODEBOOK_ID);
  g_assert_cmpuint (kaynak_codebook_get_sources (made)->len, ==, 1);
  g_assert_cmpstr (kaynak_source_get_id (g_ptr_array_index (kaynak_codebook_get_sources (made), 0)),
                   ==, "beyaz-saray");
  g_assert_cmpuint (kaynak_codebook_get_verdicts (made)->len, ==, 2);
  g_assert_cmpuint (kaynak_codebook_get_fields (made)->len, ==, 1);
  made_again = kaynak_personal_codebook_make_codebook (again, &error);
  g_assert_cmpstr (kaynak_codebook_get_hash (made), ==, kaynak_codebook_get_hash (made_again));
}

static void
write_file (Fixture    *f,
            const char *text)
{
  g_autoptr(GFile) folder = g_file_get_parent (f->file);

  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (folder), 0700), ==, 0);
  g_assert_true (g_file_set_contents (g_file_peek_path (f->file), text, -1, NULL));
}

static void
assert_refused_and_kept (Fixture    *f,
                         const char *text,
                         const char *words)
{
  g_autoptr(KaynakPersonalCodebook) damaged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *after = NULL;
  const GError *load_error;

  write_file (f, text);
  damaged = open_codebook (f);
  load_error = kaynak_personal_codebook_get_load_error (damaged);
  g_assert_nonnull (load_error);
  g_assert_nonnull (strstr (load_error->message, words));
  g_assert_true (kaynak_personal_codebook_is_empty (damaged));

  /* nothing is written over it */
  id = kaynak_personal_codebook_add_verdict (damaged, "Doğru", NULL, &error);
  g_assert_null (id);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, words));
  after = read_file (f);
  g_assert_cmpstr (after, ==, text);
}

static void
test_damaged_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *deep = NULL;
  GString *nested = g_string_new ("{\"format\": \"kaynak-codebook\", \"version\": 1, \"id\": \"p\", \"name\": \"P\", \"x\": ");

  assert_refused_and_kept (f, "{ \"format\": \"kaynak-codebook\", \"version\": 1, \"id\": ",
                           "codebook");
  assert_refused_and_kept (f, "{ \"format\": \"kaynak-codebook\", \"version\": 9, \"id\": \"p\", \"name\": \"P\" }",
                           "newer Kaynak");
  assert_refused_and_kept (f, "{ \"format\": \"kaynak-codebook\", \"version\": 1, \"id\": \"p\", \"name\": \"P\","
                              "  \"verdicts\": [ { \"id\": \"a\", \"label\": \"A\" }, { \"id\": \"a\", \"label\": \"B\" } ] }",
                           "used twice");
  assert_refused_and_kept (f, "[1, 2, 3]", "not a Kaynak codebook");
  /* hostile: nested past the guard's depth */
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (nested, '[');
  deep = g_string_free (nested, FALSE);
  assert_refused_and_kept (f, deep, "codebook");
  assert_refused_and_kept (f, "\xff\xfe\x00\x01 binary", "codebook");
}

static void
test_hand_edited_sources_are_not_kept (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(KaynakPersonalCodebook) codebook = NULL;
  g_autoptr(KaynakCodebook) made = NULL;
  g_autoptr(GError) error = NULL;

  write_file (f, "{ \"format\": \"kaynak-codebook\", \"version\": 1, \"id\": \"desk\", \"name\": \"Desk\","
                 "  \"sources\": [ { \"id\": \"x\", \"label\": \"X\", \"color\": \"#000000\", \"shortcut\": null,"
                 "                   \"kind\": \"named\", \"aliases\": [], \"description\": \"\" } ],"
                 "  \"verdicts\": [ { \"id\": \"a\", \"label\": \"A\" } ] }");
  codebook = open_codebook (f);
  g_assert_null (kaynak_personal_codebook_get_load_error (codebook));
  made = kaynak_personal_codebook_make_codebook (codebook, &error);
  g_assert_no_error (error);
  /* its id and name are kept; its sources are the library's */
  g_assert_cmpstr (kaynak_codebook_get_id (made), ==, "desk");
  g_assert_cmpuint (kaynak_codebook_get_sources (made)->len, ==, 0);
  g_assert_cmpuint (kaynak_codebook_get_verdicts (made)->len, ==, 1);
}

/* The user's codebook (in the test's own data folder) adopted by a new
 * article, once, without an undo step; not by one that has a codebook */
static void
test_adopted_by_new_documents (void)
{
  KaynakPersonalCodebook *mine = kaynak_personal_codebook_get_default ();
  g_autoptr(KaynakDocument) before = kaynak_document_new_for_article ("Bir haber.", -1, NULL, NULL, NULL);
  g_autoptr(KaynakDocument) document = kaynak_document_new_for_article ("Bir haber.", -1, NULL, NULL, NULL);
  g_autoptr(KaynakCodebookField) field = kaynak_codebook_field_copy (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *data_dir = g_file_get_path (kaynak_personal_codebook_get_file (mine));

  g_assert_true (g_str_has_prefix (data_dir, g_get_user_data_dir ()));
  /* empty: Kaynak's five statuses */
  g_assert_null (kaynak_personal_codebook_dup_for_new_document ());
  g_assert_false (kaynak_personal_codebook_adopt_for_new (before, &error));
  g_assert_no_error (error);
  g_assert_null (kaynak_document_get_codebook_id (before));

  id = kaynak_personal_codebook_add_verdict (mine, "Doğru", "#26a269", &error);
  g_assert_no_error (error);
  g_free (field->label);
  field->label = g_strdup ("Sayı içeriyor");
  g_assert_true (kaynak_personal_codebook_set_field (mine, NULL, field, NULL, &error));

  g_assert_true (kaynak_personal_codebook_adopt_for_new (document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_codebook_id (document), ==, KAYNAK_PERSONAL_CODEBOOK_ID);
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 1);
  g_assert_nonnull (kaynak_document_find_field (document, "sayi-iceriyor"));
  g_assert_false (kaynak_document_get_can_undo (document));
  /* once: a document with a codebook keeps it */
  g_assert_false (kaynak_personal_codebook_adopt_for_new (document, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = kaynak_test_make_temp_dir ("kaynak-test-personal-codebook-XXXXXX");
  int status;

  /* The test's own data folder, for the user's codebook, set before GLib
   * reads it.  Not G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74 loses the
   * folders' names it replaces for each test, which memcheck and
   * LeakSanitizer report */
  g_setenv ("XDG_DATA_HOME", folder, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kaynak/personal-codebook/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("verdicts-added-edited-moved-removed", test_verdicts);
  ADD ("fields-and-choices-added-edited-moved-removed", test_fields);
  ADD ("every-edit-one-undo-step", test_undo);
  ADD ("saved-read-back-and-made-a-codebook", test_round_trip);
  ADD ("damaged-or-hostile-file-refused-and-kept", test_damaged_file);
  ADD ("hand-edited-sources-are-the-librarys", test_hand_edited_sources_are_not_kept);
#undef ADD
  g_test_add_func ("/kaynak/personal-codebook/adopted-by-new-documents", test_adopted_by_new_documents);

  status = g_test_run ();
  kaynak_test_remove_tree (folder);
  return status;
}
