/* test-brat-files.c: which files make each brat article, from what a
 * person chose (kaynak-brat-files.c), the rule the window's Import and
 * `kaynak --import brat` share.  The Flatpak's document portal shows each
 * granted file in a folder of its own, so the layouts here put the .ann
 * and the .txt in different folders as the portal does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kaynak-brat-files.h"
#include "kaynak-claim.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-source.h"
#include "kaynak-test-util.h"

static const char text[] = "Kremlin yorum yapmadı. ABD doğruladı.\n";
static const char ann[] = "T1\tKremlin 0 21\tKremlin yorum yapmadı\n";
static const char visual[] = "[labels]\nKremlin | Kremlin (Dışişleri)\n\n[drawing]\nKremlin\tbgColor:#a51d2d\n";

static GFile *
put (const char *dir,
     const char *relative,
     const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return g_file_new_for_path (path);
}

static GFile *
file_at (const char *dir,
         const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);

  return g_file_new_for_path (path);
}

static GPtrArray *
pair (GFile      **files,
      guint        n_files,
      GPtrArray  **problems)
{
  *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  return kaynak_brat_pair_files (files, n_files, *problems, NULL);
}

static const char *
problem_message (GPtrArray *problems,
                 guint      i)
{
  return ((GError *) g_ptr_array_index (problems, i))->message;
}

static void
assert_article (GPtrArray  *articles,
                guint       i,
                GFile      *ann_file,
                GFile      *txt_file,
                GFile      *visual_file)
{
  KaynakBratArticle *article = g_ptr_array_index (articles, i);

  g_assert_true (g_file_equal (article->ann, ann_file));
  g_assert_true (g_file_equal (article->txt, txt_file));
  if (visual_file == NULL)
    g_assert_null (article->visual_conf);
  else
    g_assert_true (article->visual_conf != NULL && g_file_equal (article->visual_conf, visual_file));
}

/* As the portal grants them: each file in a folder of its own.  The .ann
 * and the .txt pair by name, the chosen visual.conf gives the label and
 * colour, and annotation.conf is accepted */
static void
test_chosen_files_pair_by_name (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-files-XXXXXX");
  g_autoptr(GFile) a = put (dir, "doc/1/haber_x.ann", ann);
  g_autoptr(GFile) t = put (dir, "doc/2/haber_x.txt", text);
  g_autoptr(GFile) v = put (dir, "doc/3/visual.conf", visual);
  g_autoptr(GFile) c = put (dir, "doc/4/annotation.conf", "[entities]\nKremlin\n");
  GFile *chosen[] = { t, c, a, v };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) articles = pair (chosen, G_N_ELEMENTS (chosen), &problems);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakClaim) claim = NULL;
  KaynakDocument *document;
  KaynakSource *source;

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (articles->len, ==, 1);
  assert_article (articles, 0, a, t, v);
  g_assert_true (g_file_equal (((KaynakBratArticle *) articles->pdata[0])->given, a));

  documents = kaynak_brat_import_article (articles->pdata[0], NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  document = documents->pdata[0];
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Kremlin yorum yapmadı");
  source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (claim));
  g_assert_cmpstr (kaynak_source_get_label (source), ==, "Kremlin (Dışişleri)");
  g_assert_cmpstr (kaynak_source_get_color (source), ==, "#a51d2d");

  kaynak_test_remove_tree (dir);
}

/* Only one of the pair granted, nothing beside it: the message says which
 * other file to choose, for the .ann and for the .txt */
static void
test_one_of_a_pair_says_what_is_missing (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-files-XXXXXX");
  g_autoptr(GFile) a = put (dir, "doc/1/haber_x.ann", ann);
  g_autoptr(GFile) t = put (dir, "doc/2/haber_y.txt", text);
  GFile *chosen[] = { a, t };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) articles = pair (chosen, G_N_ELEMENTS (chosen), &problems);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (articles->len, ==, 0);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (g_error_matches (problems->pdata[0], KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND));
  g_assert_cmpstr (problem_message (problems, 0), ==,
                   "“haber_x.ann” was chosen without “haber_x.txt”: choose both files, or the folder.");
  g_assert_cmpstr (problem_message (problems, 1), ==,
                   "“haber_y.txt” was chosen without “haber_y.ann”: choose both files, or the folder.");

  /* the importer the command line and kaynak_importer_lookup() use says
   * the same */
  g_assert_null (kaynak_importer_import (kaynak_importer_lookup ("brat"), a, NULL, NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "“haber_x.ann” was chosen without “haber_x.txt”: choose both files, or the folder.");

  kaynak_test_remove_tree (dir);
}

/* Outside the sandbox the other file beside the chosen one is read, with
 * the visual.conf beside them */
static void
test_partner_beside_is_taken (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-files-XXXXXX");
  g_autoptr(GFile) a = put (dir, "haber.ann", ann);
  g_autoptr(GFile) t = put (dir, "haber.txt", text);
  g_autoptr(GFile) v = put (dir, "visual.conf", visual);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) from_ann = pair (&a, 1, &problems);
  g_autoptr(GPtrArray) problems_txt = NULL;
  g_autoptr(GPtrArray) from_txt = pair (&t, 1, &problems_txt);

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (from_ann->len, ==, 1);
  assert_article (from_ann, 0, a, t, v);
  g_assert_cmpuint (problems_txt->len, ==, 0);
  g_assert_cmpuint (from_txt->len, ==, 1);
  assert_article (from_txt, 0, a, t, v);
  g_assert_true (g_file_equal (((KaynakBratArticle *) from_txt->pdata[0])->given, t));

  kaynak_test_remove_tree (dir);
}

/* A folder stands for every .ann in it and its subfolders, in name order,
 * each with the .txt beside it; a .txt without an .ann is not an article,
 * an .ann without its .txt is said; an article reached twice is one */
static void
test_folder_stands_for_its_articles (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-files-XXXXXX");
  g_autoptr(GFile) b_ann = put (dir, "brat/b.ann", ann);
  g_autoptr(GFile) b_txt = put (dir, "brat/b.txt", text);
  g_autoptr(GFile) a_ann = put (dir, "brat/a.ann", ann);
  g_autoptr(GFile) a_txt = put (dir, "brat/a.txt", text);
  g_autoptr(GFile) v = put (dir, "brat/visual.conf", visual);
  g_autoptr(GFile) s_ann = put (dir, "brat/sub/s.ann", ann);
  g_autoptr(GFile) s_txt = put (dir, "brat/sub/s.txt", text);
  g_autoptr(GFile) c_ann = put (dir, "brat/c.ann", ann);
  g_autoptr(GFile) readme = put (dir, "brat/README.txt", "not an article\n");
  g_autoptr(GFile) hidden = put (dir, "brat/.h.ann", ann);
  g_autoptr(GFile) hidden_txt = put (dir, "brat/.h.txt", text);
  g_autoptr(GFile) folder = file_at (dir, "brat");
  GFile *chosen[] = { a_ann, folder, a_txt };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) articles = pair (chosen, G_N_ELEMENTS (chosen), &problems);

  g_assert_cmpuint (articles->len, ==, 3);
  assert_article (articles, 0, a_ann, a_txt, v);
  assert_article (articles, 1, b_ann, b_txt, v);
  assert_article (articles, 2, s_ann, s_txt, NULL);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (problem_message (problems, 0), "“c.ann” in “"));
  g_assert_nonnull (strstr (problem_message (problems, 0), "” has no “c.txt” beside it."));

  kaynak_test_remove_tree (dir);
}

/* Two articles of one name in two folders, all four files chosen: each
 * .ann takes the .txt of its own folder */
static void
test_own_folder_first (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-files-XXXXXX");
  g_autoptr(GFile) a1 = put (dir, "one/x.ann", ann);
  g_autoptr(GFile) t1 = put (dir, "one/x.txt", text);
  g_autoptr(GFile) a2 = put (dir, "two/x.ann", ann);
  g_autoptr(GFile) t2 = put (dir, "two/x.txt", text);
  GFile *chosen[] = { t2, t1, a1, a2 };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) articles = pair (chosen, G_N_ELEMENTS (chosen), &problems);

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (articles->len, ==, 2);
  assert_article (articles, 0, a1, t1, NULL);
  assert_article (articles, 1, a2, t2, NULL);

  kaynak_test_remove_tree (dir);
}

/* Names that are not brat's, and files that are not there */
static void
test_other_names_are_said (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-files-XXXXXX");
  g_autoptr(GFile) pdf = put (dir, "notlar.pdf", "%PDF");
  g_autoptr(GFile) gone = file_at (dir, "yok.ann");
  GFile *chosen[] = { pdf, gone };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) articles = pair (chosen, G_N_ELEMENTS (chosen), &problems);

  g_assert_cmpuint (articles->len, ==, 0);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (g_error_matches (problems->pdata[0], KAYNAK_ERROR, KAYNAK_ERROR_FORMAT));
  g_assert_cmpstr (problem_message (problems, 0), ==,
                   "“notlar.pdf” is not a brat file: choose .ann and .txt files, or a folder.");
  g_assert_nonnull (strstr (problem_message (problems, 1), "yok.ann” does not exist."));

  g_assert_true (kaynak_brat_is_brat_name (pdf) == FALSE);
  g_assert_true (kaynak_brat_is_brat_name (gone));

  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/brat-files/chosen-files-pair-by-name", test_chosen_files_pair_by_name);
  g_test_add_func ("/kaynak/brat-files/one-of-a-pair-says-what-is-missing",
                   test_one_of_a_pair_says_what_is_missing);
  g_test_add_func ("/kaynak/brat-files/partner-beside-is-taken", test_partner_beside_is_taken);
  g_test_add_func ("/kaynak/brat-files/folder-stands-for-its-articles",
                   test_folder_stands_for_its_articles);
  g_test_add_func ("/kaynak/brat-files/own-folder-first", test_own_folder_first);
  g_test_add_func ("/kaynak/brat-files/other-names-are-said", test_other_names_are_said);

  return g_test_run ();
}
