/* test-source-library.c: the user's source library (remembering and
 * merging by name, Turkish-case-insensitively; suggestions; editing;
 * saving and reading it back; a broken file left alone) and scheme files
 * (written, read, imported into the library, loaded into a document as
 * one undoable step).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-scheme.h"
#include "kaynak-source-library.h"
#include "kaynak-test-util.h"

typedef struct
{
  char                *dir;
  GFile               *file;
  KaynakSourceLibrary *library;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = kaynak_test_make_temp_dir ("kaynak-test-library-XXXXXX");
  /* in a folder not made yet, as on a first run */
  path = g_build_filename (f->dir, "data", "kaynak", "library.json", NULL);
  f->file = g_file_new_for_path (path);
  f->library = kaynak_source_library_new (f->file);
  g_assert_true (kaynak_source_library_load (f->library, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->library);
  g_clear_object (&f->file);
  kaynak_test_remove_tree (f->dir);
  g_free (f->dir);
}

static KaynakSource *
make (const char        *id,
      const char        *label,
      KaynakSourceKind   kind,
      const char * const *aliases)
{
  KaynakSource *source = kaynak_source_new (id, label, "#e66100", 3, kind);

  kaynak_source_set_aliases (source, aliases);
  return source;
}

static guint
n_library (Fixture *f)
{
  return g_list_model_get_n_items (kaynak_source_library_get_sources (f->library));
}

static KaynakSource *
nth (Fixture *f,
     guint    i)
{
  KaynakSource *source = g_list_model_get_item (kaynak_source_library_get_sources (f->library), i);

  g_object_unref (source);
  return source;
}

static char *
read_file (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

static void
test_remember_adds_then_merges (Fixture       *f,
                                gconstpointer  data)
{
  static const char * const abd[] = { "ABD", NULL };
  g_autoptr(KaynakSource) white_house = make ("beyaz-saray", "Beyaz Saray",
                                              KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, NULL);
  g_autoptr(KaynakSource) shouted = make ("x", "BEYAZ  SARAY", KAYNAK_SOURCE_KIND_NAMED, NULL);
  g_autoptr(KaynakSource) us = make ("united-states", "United States",
                                     KAYNAK_SOURCE_KIND_NAMED, abd);
  g_autoptr(KaynakSource) by_alias = make ("abd", "abd", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, NULL);
  g_autoptr(GError) error = NULL;
  KaynakSource *found;

  g_assert_true (kaynak_source_library_remember (f->library, white_house, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_library (f), ==, 1);
  /* the library's own copy: no key, the id kept */
  g_assert_cmpstr (kaynak_source_get_id (nth (f, 0)), ==, "beyaz-saray");
  g_assert_cmpuint (kaynak_source_get_shortcut (nth (f, 0)), ==, 0);
  g_assert_true (g_file_query_exists (f->file, NULL));

  /* the same name in capitals is the same source: merged, not added */
  g_assert_true (kaynak_source_library_remember (f->library, shouted, &error));
  g_assert_cmpuint (n_library (f), ==, 1);
  g_assert_cmpstr (kaynak_source_get_label (nth (f, 0)), ==, "Beyaz Saray");
  g_assert_cmpint (kaynak_source_get_kind (nth (f, 0)), ==, KAYNAK_SOURCE_KIND_NAMED);

  /* an alias names a source too; the label it replaces stays an alias */
  g_assert_true (kaynak_source_library_remember (f->library, us, &error));
  g_assert_true (kaynak_source_library_remember (f->library, by_alias, &error));
  g_assert_cmpuint (n_library (f), ==, 2);
  found = kaynak_source_library_find (f->library, "united states");
  g_assert_nonnull (found);
  g_assert_cmpstr (kaynak_source_get_label (found), ==, "abd");
  g_assert_cmpstr (kaynak_source_get_id (found), ==, "united-states");
  g_assert_cmpstrv (kaynak_source_get_aliases (found), ((const char * const[]) { "United States", NULL }));
  g_assert_true (kaynak_source_library_find (f->library, "ABD") == found);
  g_assert_true (kaynak_source_library_find (f->library, "Abd") == found);
}

static void
test_dotted_i_is_one_name (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(KaynakSource) istanbul = make ("istanbul", "İstanbul Valiliği",
                                           KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, NULL);
  g_autoptr(KaynakSource) upper = make ("x", "ISTANBUL VALILIGI", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, NULL);

  g_assert_true (kaynak_source_library_remember (f->library, istanbul, NULL));
  g_assert_true (kaynak_source_library_find (f->library, "istanbul valiliği") != NULL);
  /* Ğ and G differ: a different name */
  g_assert_null (kaynak_source_library_find (f->library, "istanbul valiligi"));
  g_assert_true (kaynak_source_library_remember (f->library, upper, NULL));
  g_assert_cmpuint (n_library (f), ==, 2);
}

static void
test_remember_edit_follows_a_rename (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(KaynakSource) before = make ("kremlin", "Kremlin", KAYNAK_SOURCE_KIND_NAMED, NULL);
  g_autoptr(KaynakSource) after = kaynak_source_copy (before);
  g_autoptr(KaynakSource) key_only = kaynak_source_copy (before);
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;

  g_assert_true (kaynak_source_library_remember (f->library, before, NULL));
  saved = read_file (f->file);

  /* a new key is the document's business: the file is not even written */
  kaynak_source_set_shortcut (key_only, 9);
  g_assert_true (kaynak_source_library_remember_edit (f->library, before, key_only, NULL));
  again = read_file (f->file);
  g_assert_cmpstr (saved, ==, again);

  kaynak_source_set_label (after, "Kremlin silence");
  kaynak_source_set_kind (after, KAYNAK_SOURCE_KIND_NO_COMMENT);
  g_assert_true (kaynak_source_library_remember_edit (f->library, before, after, NULL));
  g_assert_cmpuint (n_library (f), ==, 1);
  g_assert_cmpstr (kaynak_source_get_label (nth (f, 0)), ==, "Kremlin silence");
  g_assert_cmpint (kaynak_source_get_kind (nth (f, 0)), ==, KAYNAK_SOURCE_KIND_NO_COMMENT);
  /* the old name still finds it */
  g_assert_true (kaynak_source_library_find (f->library, "kremlin") == nth (f, 0));
}

static void
test_update_and_remove (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const aliases[] = { "Washington", NULL };
  g_autoptr(KaynakSource) a = make ("a", "Beyaz Saray", KAYNAK_SOURCE_KIND_NAMED, NULL);
  g_autoptr(KaynakSource) b = make ("b", "Kremlin", KAYNAK_SOURCE_KIND_NAMED, NULL);
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_source_library_remember (f->library, a, NULL));
  g_assert_true (kaynak_source_library_remember (f->library, b, NULL));

  changes = kaynak_source_copy (kaynak_source_library_lookup (f->library, "a"));
  kaynak_source_set_aliases (changes, aliases);
  kaynak_source_set_kind (changes, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  kaynak_source_set_color (changes, "#1c71d8");
  g_assert_true (kaynak_source_library_update (f->library, "a", changes, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_source_library_find (f->library, "washington") ==
                 kaynak_source_library_lookup (f->library, "a"));
  /* exactly as given: an alias taken out is gone */
  kaynak_source_set_aliases (changes, NULL);
  g_assert_true (kaynak_source_library_update (f->library, "a", changes, &error));
  g_assert_null (kaynak_source_library_find (f->library, "washington"));

  /* another source's name, an empty one, a bad colour: refused */
  kaynak_source_set_label (changes, "KREMLIN");
  g_assert_false (kaynak_source_library_update (f->library, "a", changes, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Kremlin"));
  g_clear_error (&error);
  kaynak_source_set_label (changes, "  ");
  g_assert_false (kaynak_source_library_update (f->library, "a", changes, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  kaynak_source_set_label (changes, "Beyaz Saray");
  kaynak_source_set_color (changes, "blue");
  g_assert_false (kaynak_source_library_update (f->library, "a", changes, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (kaynak_source_library_remove (f->library, "b", &error));
  g_assert_cmpuint (n_library (f), ==, 1);
  g_assert_false (kaynak_source_library_remove (f->library, "b", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const aliases[] = { "ABD", "Washington", NULL };
  g_autoptr(KaynakSource) us = make ("us", "United States", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, aliases);
  g_autoptr(KaynakSource) ukraine = make ("ukrayna", "Ukrayna", KAYNAK_SOURCE_KIND_NAMED, NULL);
  g_autoptr(KaynakSourceLibrary) again = NULL;
  g_autofree char *text = NULL;

  kaynak_source_set_description (us, "Hükümet ve sözcüleri");
  kaynak_source_set_color (ukraine, "#2ec27e");
  g_assert_true (kaynak_source_library_remember (f->library, us, NULL));
  g_assert_true (kaynak_source_library_remember (f->library, ukraine, NULL));

  /* a scheme file, Turkish as UTF-8, with its format and version */
  text = read_file (f->file);
  g_assert_nonnull (strstr (text, "\"format\" : \"kaynak-scheme\""));
  g_assert_nonnull (strstr (text, "\"version\" : 1"));
  g_assert_nonnull (strstr (text, "Hükümet"));
  g_assert_nonnull (strstr (text, "\"shortcut\" : null"));

  again = kaynak_source_library_new (f->file);
  g_assert_true (kaynak_source_library_load (again, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_source_library_get_sources (again)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KaynakSource) a = g_list_model_get_item (kaynak_source_library_get_sources (f->library), i);
      g_autoptr(KaynakSource) b = g_list_model_get_item (kaynak_source_library_get_sources (again), i);

      g_assert_true (kaynak_source_equal (a, b));
    }
  /* sorted by label */
  g_assert_cmpstr (kaynak_source_get_label (nth (f, 0)), ==, "Ukrayna");
}

/* Two Kaynaks on one library (the window, and the command line's
 * --import-scheme): each change is made to the file as it is, so
 * neither loses the other's */
static void
test_two_writers_lose_nothing (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(KaynakSourceLibrary) other = kaynak_source_library_new (f->file);
  g_autoptr(KaynakSource) kremlin = make ("kremlin", "Kremlin", KAYNAK_SOURCE_KIND_NO_COMMENT, NULL);
  g_autoptr(KaynakSource) ukraine = make ("ukrayna", "Ukrayna", KAYNAK_SOURCE_KIND_NAMED, NULL);
  g_autoptr(KaynakSourceLibrary) again = kaynak_source_library_new (f->file);
  g_autoptr(GPtrArray) found = NULL;

  g_assert_true (kaynak_source_library_load (other, NULL));
  g_assert_true (kaynak_source_library_remember (f->library, kremlin, NULL));
  /* "other" read the file before Kremlin was written */
  g_assert_true (kaynak_source_library_remember (other, ukraine, NULL));

  g_assert_true (kaynak_source_library_load (again, NULL));
  g_assert_nonnull (kaynak_source_library_find (again, "kremlin"));
  g_assert_nonnull (kaynak_source_library_find (again, "ukrayna"));

  /* and suggestions see what the other wrote */
  found = kaynak_source_library_suggest (f->library, "ukr", 8);
  g_assert_cmpuint (found->len, ==, 1);
}

static void
write_library (Fixture    *f,
               const char *contents)
{
  g_autoptr(GFile) folder = g_file_get_parent (f->file);

  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (folder), 0700), ==, 0);
  g_assert_true (g_file_set_contents (g_file_peek_path (f->file), contents, -1, NULL));
}

static void
test_broken_file_is_left_alone (Fixture       *f,
                                gconstpointer  data)
{
  static const char *const broken[] = {
    "{\"sources\": [ {\"id\": \"a\", \"label\": \"A\"",
    "{\"format\": \"kaynak-scheme\", \"version\": 1, \"sources\": [ {\"id\": \"a\", \"label\": \"A\", \"color\": \"red\", \"kind\": \"named\"} ]}",
    "{\"format\": \"kaynak-scheme\", \"version\": 7, \"sources\": []}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "\xff\xfe binary",
  };
  static const int codes[] = {
    KAYNAK_ERROR_SYNTAX, KAYNAK_ERROR_INVALID, KAYNAK_ERROR_NEWER_VERSION,
    KAYNAK_ERROR_TOO_DEEP, KAYNAK_ERROR_ENCODING,
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(KaynakSourceLibrary) library = kaynak_source_library_new (f->file);
      g_autoptr(KaynakSource) source = make ("x", "Beyaz Saray", KAYNAK_SOURCE_KIND_NAMED, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      write_library (f, broken[i]);
      g_assert_false (kaynak_source_library_load (library, &error));
      g_assert_error (error, KAYNAK_ERROR, codes[i]);
      /* the message names the file */
      g_assert_nonnull (strstr (error->message, "library.json"));
      g_assert_nonnull (kaynak_source_library_get_load_error (library));
      g_clear_error (&error);

      /* empty, and every change refused with the reason */
      g_assert_cmpuint (g_list_model_get_n_items (kaynak_source_library_get_sources (library)), ==, 0);
      g_assert_false (kaynak_source_library_remember (library, source, &error));
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "leaves it as it is"));
      g_clear_error (&error);
      g_assert_false (kaynak_source_library_import (library, &(GPtrArray) { .pdata = (gpointer *) &source, .len = 1 },
                                                    NULL, NULL, &error));
      g_clear_error (&error);

      /* and the file is as it was */
      after = read_file (f->file);
      g_assert_cmpstr (after, ==, broken[i]);
    }
}

static void
test_hand_edited_duplicates_are_merged (Fixture       *f,
                                        gconstpointer  data)
{
  write_library (f,
                 "{\"sources\": ["
                 " {\"id\": \"a\", \"label\": \"Beyaz Saray\", \"color\": \"#3584e4\", \"kind\": \"named\"},"
                 " {\"id\": \"b\", \"label\": \"BEYAZ SARAY\", \"color\": \"#3584e4\", \"kind\": \"named\","
                 "  \"aliases\": [\"White House\"]}"
                 "]}");
  g_assert_true (kaynak_source_library_load (f->library, NULL));
  g_assert_cmpuint (n_library (f), ==, 1);
  g_assert_nonnull (kaynak_source_library_find (f->library, "white house"));
}

static void
add_named (Fixture            *f,
           const char         *label,
           const char * const *aliases)
{
  g_autoptr(KaynakSource) source = make (label, label, KAYNAK_SOURCE_KIND_NAMED, aliases);

  g_assert_true (kaynak_source_library_remember (f->library, source, NULL));
}

static char *
suggestions (Fixture    *f,
             const char *text,
             guint       max)
{
  g_autoptr(GPtrArray) found = kaynak_source_library_suggest (f->library, text, max);
  GString *labels = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (labels, "%s%s", i ? "|" : "",
                            kaynak_source_get_label (g_ptr_array_index (found, i)));
  return g_string_free (labels, FALSE);
}

static void
test_suggest (Fixture       *f,
              gconstpointer  data)
{
  static const char * const abd[] = { "ABD", NULL };
  char *got;

  add_named (f, "Beyaz Saray", NULL);
  add_named (f, "United States", abd);
  add_named (f, "Sarayburnu Muhtarı", NULL);
  add_named (f, "Kasaray", NULL);
  add_named (f, "İçişleri Bakanlığı", NULL);

#define CHECK(text, expected) \
  got = suggestions (f, text, 8); g_assert_cmpstr (got, ==, expected); g_free (got)
  CHECK ("bey", "Beyaz Saray");
  CHECK ("BEYAZ", "Beyaz Saray");
  CHECK ("abd", "United States");
  CHECK ("Abd", "United States");
  /* a name that starts with it, then a word, then inside a word */
  CHECK ("saray", "Sarayburnu Muhtarı|Beyaz Saray|Kasaray");
  CHECK ("içiş", "İçişleri Bakanlığı");
  CHECK ("IÇIŞ", "İçişleri Bakanlığı");
  CHECK ("İÇİŞ", "İçişleri Bakanlığı");
  CHECK ("", "");
  CHECK ("   ", "");
  CHECK ("zzz", "");
#undef CHECK
  got = suggestions (f, "saray", 2);
  g_assert_cmpstr (got, ==, "Sarayburnu Muhtarı|Beyaz Saray");
  g_free (got);
}

static void
test_import_and_export (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const abd[] = { "ABD", NULL };
  g_autofree char *path = g_build_filename (f->dir, "team" KAYNAK_SCHEME_SUFFIX, NULL);
  g_autoptr(GFile) scheme_file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) scheme = NULL;
  g_autoptr(GPtrArray) incoming = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint added = 99, updated = 99;

  add_named (f, "Beyaz Saray", NULL);
  add_named (f, "abd", NULL);
  g_assert_true (kaynak_source_library_export (f->library, scheme_file, &error));
  g_assert_no_error (error);

  scheme = kaynak_file_load_scheme (scheme_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scheme->len, ==, 2);

  /* into another library: merged by label or alias */
  g_ptr_array_add (incoming, make ("us", "United States", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, abd));
  g_ptr_array_add (incoming, make ("kremlin", "Kremlin", KAYNAK_SOURCE_KIND_NO_COMMENT, NULL));
  g_ptr_array_add (incoming, make ("beyaz-saray", "beyaz saray", KAYNAK_SOURCE_KIND_NAMED, NULL));
  g_assert_true (kaynak_source_library_import (f->library, incoming, &added, &updated, &error));
  g_assert_cmpuint (added, ==, 1);
  /* "abd" became United States; "beyaz saray" is Beyaz Saray in another
   * case, and the same kind: nothing to change */
  g_assert_cmpuint (updated, ==, 1);
  g_assert_nonnull (kaynak_source_library_find (f->library, "Beyaz Saray"));
  g_assert_cmpstr (kaynak_source_get_label (kaynak_source_library_find (f->library, "beyaz saray")),
                   ==, "Beyaz Saray");
  g_assert_cmpuint (n_library (f), ==, 3);
  g_assert_cmpint (kaynak_source_get_kind (kaynak_source_library_find (f->library, "abd")), ==,
                   KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);

  /* the same again changes nothing */
  g_assert_true (kaynak_source_library_import (f->library, incoming, &added, &updated, &error));
  g_assert_cmpuint (added + updated, ==, 0);
}

static void
test_scheme_files (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *json; int code; } cases[] = {
    /* a scheme of before schemes had a format */
    { "{\"sources\": [{\"id\": \"a\", \"label\": \"A\", \"color\": \"#3584e4\", \"kind\": \"named\"}]}", -1 },
    { "{\"format\": \"kaynak-scheme\", \"version\": 1, \"sources\": [{\"id\": \"a\", \"label\": \"A\", \"color\": \"#3584e4\", \"kind\": \"named\"}]}", -1 },
    { "{\"format\": \"kaynak-scheme\", \"version\": 2, \"sources\": []}", KAYNAK_ERROR_NEWER_VERSION },
    { "{\"format\": \"kaynak-scheme\", \"version\": 0, \"sources\": []}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"kaynak-scheme\", \"sources\": []}", KAYNAK_ERROR_INVALID },
    { "{\"format\": \"something\", \"sources\": []}", KAYNAK_ERROR_NOT_KAYNAK },
    { "{\"format\": \"kaynak-scheme\", \"version\": 1, \"sources\": [{\"id\": \"a\", \"label\": \"A\", \"color\": \"#3584e4\", \"kind\": \"famous\"}]}", KAYNAK_ERROR_INVALID },
  };
  g_autofree char *path = g_build_filename (f->dir, "s.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) sources = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].json, -1, NULL));
      sources = kaynak_file_load_scheme (file, &error);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (sources->len, ==, 1);
        }
      else
        {
          g_assert_null (sources);
          g_assert_error (error, KAYNAK_ERROR, cases[i].code);
        }
    }
}

static void
test_load_scheme_into_document (void)
{
  static const char * const abd[] = { "ABD", NULL };
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Beyaz Saray açıkladı.", -1);
  g_autoptr(KaynakSource) own = kaynak_source_new ("beyaz-saray", "Beyaz Saray", "#3584e4", 1,
                                                   KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GPtrArray) scheme = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  KaynakSource *us, *kremlin;
  guint added = 99;

  g_assert_true (kaynak_document_add_source (document, own, NULL));
  kaynak_document_clear_history (document);

  /* one the document has (in another case), one with its id taken, and
   * one twice */
  g_ptr_array_add (scheme, kaynak_source_new ("ws", "BEYAZ SARAY", "#000000", 0, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT));
  g_ptr_array_add (scheme, kaynak_source_new ("beyaz-saray", "United States", "#3584e4", 1,
                                              KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT));
  kaynak_source_set_aliases (g_ptr_array_index (scheme, 1), abd);
  g_ptr_array_add (scheme, kaynak_source_new ("kremlin", "Kremlin", "#e01b24", 0, KAYNAK_SOURCE_KIND_NO_COMMENT));
  g_ptr_array_add (scheme, kaynak_source_new ("kremlin-2", "kremlin", "#e01b24", 0, KAYNAK_SOURCE_KIND_NAMED));

  g_assert_true (kaynak_document_load_scheme (document, scheme, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, 3);

  us = kaynak_document_find_source_by_label (document, "united states");
  g_assert_nonnull (us);
  /* its id and key were taken, and its colour: new ones */
  g_assert_cmpstr (kaynak_source_get_id (us), !=, "beyaz-saray");
  g_assert_cmpuint (kaynak_source_get_shortcut (us), ==, 2);
  g_assert_cmpstr (kaynak_source_get_color (us), !=, "#3584e4");
  g_assert_cmpint (kaynak_source_get_kind (us), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_cmpstrv (kaynak_source_get_aliases (us), abd);
  kremlin = kaynak_document_lookup_source (document, "kremlin");
  g_assert_nonnull (kremlin);
  g_assert_cmpstr (kaynak_source_get_color (kremlin), ==, "#e01b24");
  g_assert_cmpint (kaynak_source_get_kind (kremlin), ==, KAYNAK_SOURCE_KIND_NO_COMMENT);

  /* one step to undo */
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, 1);
  g_assert_false (kaynak_document_get_can_undo (document));
  g_assert_true (kaynak_document_redo (document));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, 3);

  /* loading it again adds nothing */
  g_assert_true (kaynak_document_load_scheme (document, scheme, &added, &error));
  g_assert_cmpuint (added, ==, 0);
}

static void
test_take_source (void)
{
  static const char * const abd[] = { "ABD", NULL };
  g_autoptr(KaynakDocument) document = kaynak_document_new ("ABD açıkladı.", -1);
  g_autoptr(KaynakSource) library_source = kaynak_source_new ("united-states", "United States",
                                                              "#2ec27e", 0,
                                                              KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(KaynakSource) nameless = kaynak_source_new ("n", " ", "#2ec27e", 0, KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(KaynakSource) by_alias = kaynak_source_new ("abd", "abd", "#2ec27e", 0, KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GError) error = NULL;
  KaynakSource *taken;

  kaynak_source_set_aliases (library_source, abd);
  taken = kaynak_document_take_source (document, library_source, &error);
  g_assert_no_error (error);
  g_assert_nonnull (taken);
  g_assert_true (taken != library_source);
  g_assert_cmpstr (kaynak_source_get_id (taken), ==, "united-states");
  g_assert_cmpstr (kaynak_source_get_color (taken), ==, "#2ec27e");
  g_assert_cmpuint (kaynak_source_get_shortcut (taken), ==, 1);
  g_assert_true (kaynak_document_get_can_undo (document));

  /* a name the document has gives its source back */
  g_assert_true (kaynak_document_take_source (document, by_alias, NULL) == taken);
  g_assert_null (kaynak_document_take_source (document, nameless, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kaynak/source-library/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("remember-adds-then-merges-by-name", test_remember_adds_then_merges);
  ADD ("dotted-and-dotless-i-are-one-name", test_dotted_i_is_one_name);
  ADD ("an-edit-follows-a-rename-and-ignores-keys", test_remember_edit_follows_a_rename);
  ADD ("update-and-remove-from-preferences", test_update_and_remove);
  ADD ("saved-and-read-back", test_round_trip);
  ADD ("broken-file-is-refused-and-left-alone", test_broken_file_is_left_alone);
  ADD ("hand-edited-duplicates-are-merged", test_hand_edited_duplicates_are_merged);
  ADD ("two-writers-lose-nothing", test_two_writers_lose_nothing);
  ADD ("suggests-by-label-and-alias-turkish-case-insensitively", test_suggest);
  ADD ("export-then-import-merges-by-name", test_import_and_export);
  ADD ("scheme-files-old-new-and-wrong", test_scheme_files);
#undef ADD
  g_test_add_func ("/kaynak/scheme/loaded-into-a-document-as-one-step", test_load_scheme_into_document);
  g_test_add_func ("/kaynak/scheme/take-a-library-source-into-a-document", test_take_source);

  return g_test_run ();
}
