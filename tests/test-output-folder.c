/* test-output-folder.c: a folder that a per-article export (brat, HTML,
 * ClaimReview) writes into may hold symbolic links planted by someone
 * else.  Kaynak must never write through one: for every name an export
 * writes, and for the name of its temporary file, a planted link (to a
 * file outside the folder, or dangling) leaves the outside untouched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kaynak-temp-file.h"
#include "kaynak-test-hooks.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-test-util.h"

static const char article[] =
  "Ukrayna’dan 25 Ekim’de gelen açıklamada askerlerin 27-28 Ekim’de konuşlandırılmasının "
  "planlandığı iddia edilmişti. Bunu ABD de doğrulamıştı.";

#define VICTIM_CONTENTS "not Kaynak's\n"

static char *dir;

static KaynakDocument *
make_document (void)
{
  KaynakDocument *document = kaynak_document_new (article, -1);
  g_autoptr(KaynakSource) source = kaynak_source_new ("ukrayna", "Ukrayna", "#3584e4", 1,
                                                      KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(GFile) file = g_file_new_for_path ("/nowhere/haber.kaynak.json");
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  g_assert_true (kaynak_document_add_source (document, source, &error));
  claim = kaynak_document_create_claim (document, 0, 11, "ukrayna", &error);
  g_assert_nonnull (claim);
  /* a verdict, so that ClaimReview writes its file */
  g_assert_true (kaynak_document_set_claim_status (document, kaynak_claim_get_id (claim),
                                                   KAYNAK_CLAIM_STATUS_REFUTED, &error));
  kaynak_document_set_file (document, file);
  kaynak_document_set_url (document, "https://example.org/haber");
  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/haber");
  return document;
}

/* Exports the document with @format into @folder; FALSE with @error when
 * the writer refuses */
static gboolean
export_into (const char  *format,
             const char  *folder,
             GError     **error)
{
  const KaynakExporter *exporter = kaynak_exporter_lookup (format);
  g_autoptr(KaynakDocument) document = make_document ();
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(KaynakExportWriter) writer = NULL;

  writer = kaynak_export_writer_new_folder (exporter, NULL, file, error);
  return writer != NULL &&
         kaynak_export_writer_add (writer, document, error) &&
         kaynak_export_writer_finish (writer, error);
}

static GPtrArray *
list_names (const char *folder)
{
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  return names;
}

/* The outside folder holds the victim, unchanged, and nothing else */
static void
assert_outside_untouched (const char *outside,
                          const char *victim)
{
  g_autoptr(GPtrArray) names = list_names (outside);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (victim, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, VICTIM_CONTENTS);
  g_assert_cmpuint (names->len, ==, 1);
}

static void
check_format (gconstpointer data)
{
  const char *format = data;
  g_autofree char *probe = g_build_filename (dir, format, "probe", NULL);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  /* the names this export writes */
  g_assert_true (export_into (format, probe, &error));
  g_assert_no_error (error);
  names = list_names (probe);
  g_assert_cmpuint (names->len, >=, 1);

  for (guint i = 0; i < names->len; i++)
    for (guint dangling = 0; dangling < 2; dangling++)
      {
        const char *name = g_ptr_array_index (names, i);
        g_autofree char *label = g_strdup_printf ("%s-%u-%u", format, i, dangling);
        g_autofree char *folder = g_build_filename (dir, label, "out", NULL);
        g_autofree char *outside = g_build_filename (dir, label, "outside", NULL);
        g_autofree char *victim = g_build_filename (outside, "victim", NULL);
        g_autofree char *link = g_build_filename (folder, name, NULL);
        g_autofree char *not_made = g_build_filename (outside, "nothing-yet", NULL);
        g_autoptr(GError) refused = NULL;
        struct stat st;

        g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
        g_assert_cmpint (g_mkdir_with_parents (outside, 0755), ==, 0);
        g_assert_true (g_file_set_contents (victim, VICTIM_CONTENTS, -1, NULL));
        g_assert_cmpint (symlink (dangling ? "../outside/nothing-yet" : victim, link), ==, 0);

        /* refused, naming the link */
        g_assert_false (export_into (format, folder, &refused));
        g_test_message ("%s over a link named %s → %s", format, name,
                        refused ? refused->message : "(written)");
        g_assert_error (refused, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS);
        g_assert_nonnull (strstr (refused->message, name));

        /* nothing outside was written, made or replaced; the link stays */
        if (dangling)
          g_assert_false (g_file_test (not_made, G_FILE_TEST_EXISTS));
        assert_outside_untouched (outside, victim);
        g_assert_cmpint (lstat (link, &st), ==, 0);
        g_assert_true (S_ISLNK (st.st_mode));
      }
}

/* A link where the temporary file is about to be made: another name is
 * taken, and the export goes on */
static void
check_temp_name (gconstpointer data)
{
  const char *format = data;
  g_autofree char *folder = g_build_filename (dir, format, "temp", "out", NULL);
  g_autofree char *outside = g_build_filename (dir, format, "temp", "outside", NULL);
  g_autofree char *victim = g_build_filename (outside, "victim", NULL);
  const char *temp = ".~kaynak-planted.AAAAAA.tmp";
  g_autofree char *link = g_build_filename (folder, temp, NULL);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (outside, 0755), ==, 0);
  g_assert_true (g_file_set_contents (victim, VICTIM_CONTENTS, -1, NULL));
  g_assert_cmpint (symlink (victim, link), ==, 0);

  _kaynak_atomic_file_set_next_temp_name (temp);
  g_assert_true (export_into (format, folder, &error));
  g_assert_no_error (error);
  _kaynak_atomic_file_set_next_temp_name (NULL);

  assert_outside_untouched (outside, victim);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  /* the export's files and the planted link; no temporary file */
  names = list_names (folder);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_assert_true (g_str_equal (name, temp) || !_kaynak_temp_name_is_ours (name));
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char * const formats[] = { "brat", "html", "claimreview" };
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = kaynak_test_make_temp_dir ("kaynak-output-folder-XXXXXX");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kaynak/output-folder/link-at-every-name/%s",
                                               formats[i]);
      g_autofree char *temp = g_strdup_printf ("/kaynak/output-folder/link-at-temp-name/%s",
                                               formats[i]);

      g_test_add_data_func (path, formats[i], check_format);
      g_test_add_data_func (temp, formats[i], check_temp_name);
    }

  status = g_test_run ();
  kaynak_test_remove_tree (dir);
  g_free (dir);
  return status;
}
