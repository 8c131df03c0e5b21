/* test-file-names.c: the names Kaynak gives its files and how it knows its
 * own: one rule for the window, the command line and the folder exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "kaynak-file-names.h"
#include "kaynak-test-util.h"

static void
test_stem_of_a_file (void)
{
  struct { const char *name; const char *stem; } cases[] = {
    { "haber.kaynak.json", "haber" },
    { "haber.txt", "haber" },
    { "haber.md", "haber" },
    { "Kuzey Kore.TXT", "Kuzey Kore" },
    { "haber", "haber" },
    { ".hidden", ".hidden" },
    { "a.b.txt", "a.b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].name);
      g_autofree char *stem = kaynak_file_dup_stem (file);

      g_assert_cmpstr (stem, ==, cases[i].stem);
    }
}

/* The save name and the export names share the stem: the file's, else the
 * article's, else the title made file-safe, else "article" */
static void
test_stem_of_a_document (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new ("Metin.", -1);
  g_autoptr(GFile) article = g_file_new_for_path ("/tmp/makale.txt");
  g_autoptr(GFile) saved = g_file_new_for_path ("/tmp/kayıt.kaynak.json");
  g_autofree char *bare = kaynak_document_dup_stem (doc);
  g_autofree char *titled = NULL;
  g_autofree char *from_article = NULL;
  g_autofree char *from_file = NULL;
  g_autofree char *save_name = NULL;

  g_assert_cmpstr (bare, ==, "article");

  kaynak_document_set_title (doc, "Kuzey Kore askerleri: Rusya’da “gerçek” savaş!");
  titled = kaynak_document_dup_stem (doc);
  g_assert_cmpstr (titled, ==, "kuzey-kore-askerleri-rusya-da-gerçek-savaş");

  kaynak_document_set_article_file (doc, article);
  from_article = kaynak_document_dup_stem (doc);
  g_assert_cmpstr (from_article, ==, "makale");
  save_name = kaynak_document_dup_file_name (doc);
  g_assert_cmpstr (save_name, ==, "makale.kaynak.json");

  kaynak_document_set_file (doc, saved);
  from_file = kaynak_document_dup_stem (doc);
  g_assert_cmpstr (from_file, ==, "kayıt");
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static gboolean
is_kaynak (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return kaynak_file_is_kaynak (file);
}

/* The MIME type's rules: the glob, or a .json file that starts like one
 * Kaynak writes (either spacing); never blocked by a FIFO */
static void
test_which_files_are_kaynak (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-names-XXXXXX");
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.json", NULL);

  write_file (dir, "a.kaynak.json", "not even JSON");
  write_file (dir, "B.KAYNAK.JSON", "{}");
  write_file (dir, "renamed.json", "{\n  \"format\" : \"kaynak\",\n  \"version\" : 1\n}");
  write_file (dir, "compact.json", "{\"format\": \"kaynak\", \"version\": 1}");
  write_file (dir, "other.json", "{\"format\": \"w3c\"}");
  write_file (dir, "late.json", "{\"a\": \"                                                              \", \"format\": \"kaynak\"}");
  write_file (dir, "article.txt", "\"format\": \"kaynak\"");
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  g_assert_true (is_kaynak (dir, "a.kaynak.json"));
  g_assert_true (is_kaynak (dir, "B.KAYNAK.JSON"));
  g_assert_true (is_kaynak (dir, "renamed.json"));
  g_assert_true (is_kaynak (dir, "compact.json"));
  g_assert_false (is_kaynak (dir, "other.json"));
  g_assert_false (is_kaynak (dir, "late.json"));        /* past the first 64 bytes */
  g_assert_false (is_kaynak (dir, "article.txt"));
  g_assert_false (is_kaynak (dir, "pipe.json"));        /* and it did not block */
  g_assert_false (is_kaynak (dir, "folder.json"));
  g_assert_false (is_kaynak (dir, "missing.json"));

  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/file-names/stem-of-a-file", test_stem_of_a_file);
  g_test_add_func ("/kaynak/file-names/stem-of-a-document", test_stem_of_a_document);
  g_test_add_func ("/kaynak/file-names/which-files-are-kaynak", test_which_files_are_kaynak);

  return g_test_run ();
}
