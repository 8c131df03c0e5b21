/* test-attribution.c: how a claim is attributed and what a source is
 * (issue 19): the claim's own attribution over its source's kind, each
 * change one undo step, the file's optional members through both ways of
 * reading a claim, a snapshot, the merge driver, bad values, and the type
 * kept by the source library and a scheme.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-document-attribution.h"
#include "kaynak-document-snapshot.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file-serialize.h"
#include "kaynak-file.h"
#include "kaynak-merge.h"
#include "kaynak-scheme.h"
#include "kaynak-source-library.h"
#include "kaynak-sourcing-stats.h"
#include "kaynak-test-hooks.h"
#include "kaynak-test-util.h"

static const char article[] =
  "The White House said it welcomed the talks. An official, who asked not "
  "to be named, said the talks had failed.";

/* The White House (an official statement, a government) with a claim on
 * the record and one made anonymously */
static KaynakDocument *
new_document (char **on_record,
              char **anonymous)
{
  KaynakDocument *doc = kaynak_document_new (article, -1);
  g_autoptr(KaynakSource) white_house =
    kaynak_document_make_source (doc, "White House", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  KaynakClaim *claim;

  g_assert_true (kaynak_document_add_source (doc, white_house, NULL));
  claim = kaynak_document_create_claim (doc, 0, 43, kaynak_source_get_id (white_house), NULL);
  *on_record = g_strdup (kaynak_claim_get_id (claim));
  claim = kaynak_document_create_claim (doc, 44, 110, kaynak_source_get_id (white_house), NULL);
  *anonymous = g_strdup (kaynak_claim_get_id (claim));
  kaynak_document_clear_history (doc);
  kaynak_document_mark_saved (doc);
  return doc;
}

static const char *
white_house_id (KaynakDocument *doc)
{
  g_autoptr(KaynakSource) first = g_list_model_get_item (kaynak_document_get_sources (doc), 0);

  return kaynak_source_get_id (first);
}

static KaynakSourceKind
attribution_of (KaynakDocument *doc,
                const char     *id)
{
  return kaynak_document_claim_attribution (doc, kaynak_document_lookup_claim (doc, id));
}

static void
test_default_from_source (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autoptr(KaynakSource) changes = NULL;
  KaynakClaim *loose;
  KaynakSourceKind kind;

  g_assert_cmpint (attribution_of (doc, on_record), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_false (kaynak_claim_get_attribution (kaynak_document_lookup_claim (doc, anonymous),
                                                &kind));

  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  g_assert_true (kaynak_claim_get_attribution (kaynak_document_lookup_claim (doc, anonymous),
                                               &kind));
  g_assert_cmpint (kind, ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  g_assert_cmpint (attribution_of (doc, anonymous), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  g_assert_cmpint (attribution_of (doc, on_record), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  /* no second source was made */
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (doc)), ==, 1);

  /* the source's kind stays its own, and stays the default of its others */
  changes = kaynak_source_copy (kaynak_document_lookup_source (doc, white_house_id (doc)));
  kaynak_source_set_kind (changes, KAYNAK_SOURCE_KIND_NAMED);
  g_assert_true (kaynak_document_update_source (doc, white_house_id (doc), changes, NULL));
  g_assert_cmpint (attribution_of (doc, on_record), ==, KAYNAK_SOURCE_KIND_NAMED);
  g_assert_cmpint (attribution_of (doc, anonymous), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);

  /* a claim without a source is unattributed, unless it says otherwise */
  loose = kaynak_document_create_claim (doc, 44, 55, NULL, NULL);
  g_assert_cmpint (kaynak_document_claim_attribution (doc, loose), ==,
                   KAYNAK_SOURCE_KIND_UNATTRIBUTED);
  g_assert_true (kaynak_document_set_claim_attribution (doc, kaynak_claim_get_id (loose), TRUE,
                                                        KAYNAK_SOURCE_KIND_NO_COMMENT, NULL));
  g_assert_cmpint (kaynak_document_claim_attribution (doc, loose), ==,
                   KAYNAK_SOURCE_KIND_NO_COMMENT);
}

static void
test_undo (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  g_assert_true (kaynak_document_get_modified (doc));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_false (kaynak_document_get_can_undo (doc));
  g_assert_false (kaynak_claim_get_attribution (kaynak_document_lookup_claim (doc, anonymous),
                                                NULL));
  g_assert_true (kaynak_document_redo (doc));
  g_assert_cmpint (attribution_of (doc, anonymous), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);

  /* unset is a step of its own; setting what is there is none */
  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, FALSE, 0, NULL));
  g_assert_cmpint (attribution_of (doc, anonymous), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_cmpint (attribution_of (doc, anonymous), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_false (kaynak_document_get_can_undo (doc));

  /* mistakes are said */
  g_assert_false (kaynak_document_set_claim_attribution (doc, "nope", TRUE,
                                                         KAYNAK_SOURCE_KIND_NAMED, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                         (KaynakSourceKind) 9, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
}

static void
test_source_type (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autoptr(GError) error = NULL;
  KaynakSource *source = kaynak_document_lookup_source (doc, white_house_id (doc));
  KaynakSourceType type;

  g_assert_cmpint (kaynak_source_get_source_type (source), ==, KAYNAK_SOURCE_TYPE_UNSET);
  g_assert_true (kaynak_document_set_source_type (doc, white_house_id (doc),
                                                  KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  source = kaynak_document_lookup_source (doc, white_house_id (doc));
  g_assert_cmpint (kaynak_source_get_source_type (source), ==, KAYNAK_SOURCE_TYPE_GOVERNMENT);
  /* its kind is untouched */
  g_assert_cmpint (kaynak_source_get_kind (source), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_true (kaynak_document_undo (doc));
  source = kaynak_document_lookup_source (doc, white_house_id (doc));
  g_assert_cmpint (kaynak_source_get_source_type (source), ==, KAYNAK_SOURCE_TYPE_UNSET);
  g_assert_false (kaynak_document_get_can_undo (doc));

  g_assert_false (kaynak_document_set_source_type (doc, "nobody", KAYNAK_SOURCE_TYPE_PERSON,
                                                   &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);

  /* the vocabulary: ids for the file, UNSET none */
  g_assert_cmpstr (kaynak_source_type_to_id (KAYNAK_SOURCE_TYPE_ORGANIZATION), ==, "organization");
  g_assert_true (kaynak_source_type_from_id ("document", &type));
  g_assert_cmpint (type, ==, KAYNAK_SOURCE_TYPE_DOCUMENT);
  g_assert_false (kaynak_source_type_from_id ("", &type));
  g_assert_false (kaynak_source_type_from_id ("Person", &type));
}

static GBytes *
serialize (KaynakDocument *doc)
{
  g_autoptr(KaynakDocumentSnapshot) snapshot = kaynak_document_snapshot_new (doc);

  return kaynak_file_serialize_snapshot (snapshot);
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = g_strndup (data, size);

  return strstr (text, needle) != NULL;
}

/* Written only when set; read back the same by the fast reader and by
 * json-glib; a snapshot taken before a change writes what was there */
static void
test_file_round_trip (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autoptr(GBytes) plain = serialize (doc);
  g_autoptr(GBytes) marked = NULL;
  g_autoptr(KaynakDocumentSnapshot) before = NULL;
  g_autoptr(GBytes) from_before = NULL;

  g_assert_false (bytes_contain (plain, "\"attribution\""));
  g_assert_false (bytes_contain (plain, "\"type\" :"));

  g_assert_true (kaynak_document_set_source_type (doc, white_house_id (doc),
                                                  KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  before = kaynak_document_snapshot_new (doc);
  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  from_before = kaynak_file_serialize_snapshot (before);
  g_assert_false (bytes_contain (from_before, "\"attribution\""));
  marked = serialize (doc);
  g_assert_true (bytes_contain (marked, "\"attribution\" : \"anonymous\""));
  g_assert_true (bytes_contain (marked, "\"type\" : \"government\""));
  g_assert_true (bytes_contain (marked, "\"kind\" : \"official-statement\""));

  for (guint fast = 0; fast < 2; fast++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakDocument) back = NULL;
      g_autoptr(GBytes) again = NULL;
      KaynakSource *source;

      _kaynak_file_set_claims_reader (fast);
      back = kaynak_file_load_bytes (marked, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (attribution_of (back, anonymous), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
      g_assert_false (kaynak_claim_get_attribution (kaynak_document_lookup_claim (back, on_record),
                                                    NULL));
      source = kaynak_document_lookup_source (back, white_house_id (back));
      g_assert_cmpint (kaynak_source_get_source_type (source), ==, KAYNAK_SOURCE_TYPE_GOVERNMENT);
      g_assert_cmpint (kaynak_source_get_kind (source), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
      /* nothing taken for an unknown member, nothing lost */
      again = serialize (back);
      g_assert_true (g_bytes_equal (again, marked));
    }
  _kaynak_file_set_claims_reader (TRUE);
}

/* A value the file may not hold is refused with the member's path, by
 * both ways of reading a claim */
static void
test_bad_values (void)
{
  static const struct { const char *from, *to, *path; } cases[] = {
    { "\"attribution\" : \"anonymous\"", "\"attribution\" : \"secret\"", "claims[1].attribution" },
    { "\"attribution\" : \"anonymous\"", "\"attribution\" : \"Anonymous\"", "claims[1].attribution" },
    { "\"attribution\" : \"anonymous\"", "\"attribution\" : \"\"", "claims[1].attribution" },
    { "\"attribution\" : \"anonymous\"", "\"attribution\" : 2", "claims[1].attribution" },
    { "\"attribution\" : \"anonymous\"", "\"attribution\" : null", "claims[1].attribution" },
    { "\"type\" : \"government\"", "\"type\" : \"alien\"", "sources[0].type" },
    { "\"type\" : \"government\"", "\"type\" : \"\"", "sources[0].type" },
    { "\"type\" : \"government\"", "\"type\" : [\"person\"]", "sources[0].type" },
  };
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autoptr(GBytes) marked = NULL;
  gsize size;
  const char *data;
  g_autofree char *text = NULL;

  g_assert_true (kaynak_document_set_source_type (doc, white_house_id (doc),
                                                  KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  marked = serialize (doc);
  data = g_bytes_get_data (marked, &size);
  text = g_strndup (data, size);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint fast = 0; fast < 2; fast++)
      {
        g_auto(GStrv) parts = g_strsplit (text, cases[i].from, 2);
        g_autofree char *bad = NULL;
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(KaynakDocument) back = NULL;

        g_assert_cmpuint (g_strv_length (parts), ==, 2);
        bad = g_strjoin (cases[i].to, parts[0], parts[1], NULL);
        bytes = g_bytes_new_take (g_steal_pointer (&bad), strlen (parts[0]) + strlen (cases[i].to) + strlen (parts[1]));
        _kaynak_file_set_claims_reader (fast);
        back = kaynak_file_load_bytes (bytes, NULL, &error);
        g_assert_null (back);
        g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
        g_assert_nonnull (strstr (error->message, cases[i].path));
      }
  _kaynak_file_set_claims_reader (TRUE);
}

/* git's merge driver: one side's attribution or type is kept; both
 * sides setting the claim's differently is a disagreement */
static void
test_merge (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autoptr(GBytes) base = serialize (doc);
  g_autoptr(GBytes) ours = NULL, theirs = NULL, merged = NULL, clash = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(KaynakDocument) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  ours = serialize (doc);
  g_assert_true (kaynak_document_undo (doc));
  g_assert_true (kaynak_document_set_source_type (doc, white_house_id (doc),
                                                  KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  theirs = serialize (doc);

  merged = kaynak_merge_files (base, ours, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts != NULL ? conflicts->len : 0, ==, 0);
  back = kaynak_file_load_bytes (merged, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (attribution_of (back, anonymous), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  g_assert_cmpint (kaynak_source_get_source_type (kaynak_document_lookup_source (back, white_house_id (back))),
                   ==, KAYNAK_SOURCE_TYPE_GOVERNMENT);

  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_NAMED, NULL));
  g_clear_pointer (&theirs, g_bytes_unref);
  theirs = serialize (doc);
  clash = kaynak_merge_files (base, ours, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
}

/* The source library and a scheme keep what a source is */
static void
test_library_and_scheme (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("attribution-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "library.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakSourceLibrary) library = kaynak_source_library_new (file);
  g_autoptr(KaynakSourceLibrary) again = kaynak_source_library_new (file);
  g_autoptr(KaynakSource) person = kaynak_source_new ("ayse", "Ayşe Yılmaz", "#1c71d8", 0,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(KaynakSource) loaded = NULL;
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
  g_autoptr(GPtrArray) scheme = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  kaynak_source_set_source_type (person, KAYNAK_SOURCE_TYPE_PERSON);
  g_assert_true (kaynak_source_library_load (library, NULL));
  g_assert_true (kaynak_source_library_remember (library, person, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_source_library_load (again, &error));
  g_assert_no_error (error);
  loaded = g_list_model_get_item (kaynak_source_library_get_sources (again), 0);
  g_assert_cmpint (kaynak_source_get_source_type (loaded), ==, KAYNAK_SOURCE_TYPE_PERSON);

  g_ptr_array_add (scheme, g_object_ref (person));
  g_assert_true (kaynak_document_load_scheme (doc, scheme, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kaynak_source_get_source_type (kaynak_document_lookup_source (doc, "ayse")),
                   ==, KAYNAK_SOURCE_TYPE_PERSON);
  kaynak_test_remove_tree (dir);
}

/* The schema's cases (tests/meson.build validates them): the loader
 * reads the valid one and refuses the two broken ones, as the schema does */
static void
test_schema_cases (void)
{
  static const char * const refused[] = {
    "schema-attribution/attribution-unknown.kaynak.json",
    "schema-attribution/source-type-unknown.kaynak.json",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "attribution",
                                                 "attributed.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) doc = kaynak_file_load (file, NULL, NULL, &error);
  g_autoptr(KaynakSource) bakan = NULL;

  g_assert_no_error (error);
  bakan = g_object_ref (kaynak_document_lookup_source (doc, "bakan"));
  g_assert_cmpint (kaynak_source_get_source_type (bakan), ==, KAYNAK_SOURCE_TYPE_PERSON);
  g_assert_cmpint (attribution_of (doc, "claim-a"), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", refused[i], NULL);
      g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
      g_autoptr(GError) bad_error = NULL;
      g_autoptr(KaynakDocument) none = kaynak_file_load (bad, NULL, NULL, &bad_error);

      g_assert_null (none);
      g_assert_error (bad_error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    }
}

/* Statistics count each claim by its attribution: the White House's
 * anonymous claim is an anonymous one, its other an official statement */
static void
test_statistics (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  KaynakSourcingStats *stats;
  KaynakClaim *loose;

  stats = kaynak_sourcing_stats_new (doc);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT], ==, 2);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_ANONYMOUS], ==, 0);
  kaynak_sourcing_stats_free (stats);

  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  loose = kaynak_document_create_claim (doc, 44, 55, NULL, NULL);
  stats = kaynak_sourcing_stats_new (doc);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT], ==, 1);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_ANONYMOUS], ==, 1);
  g_assert_cmpuint (stats->no_kind, ==, 1);
  /* the source's own row is untouched: both claims are still its */
  g_assert_cmpuint (g_array_index (stats->rows, KaynakSourcingRow, 0).claims, ==, 2);
  kaynak_sourcing_stats_free (stats);

  /* a claim without a source that says how it is attributed has a kind */
  g_assert_true (kaynak_document_set_claim_attribution (doc, kaynak_claim_get_id (loose), TRUE,
                                                        KAYNAK_SOURCE_KIND_NO_COMMENT, NULL));
  stats = kaynak_sourcing_stats_new (doc);
  g_assert_cmpuint (stats->no_kind, ==, 0);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_NO_COMMENT], ==, 1);
  kaynak_sourcing_stats_free (stats);
}

static char *
export (const char     *format,
        KaynakDocument *document)
{
  KaynakExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup (format), &options,
                                           document, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
export_folder (const char     *format,
               KaynakDocument *document)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-attribution-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  KaynakExportOptions options = { 0 };
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  g_autofree char *path = NULL;
  char *contents = NULL;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup (format), &options, folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  d = g_dir_open (dir, 0, NULL);
  path = g_build_filename (dir, g_dir_read_name (d), NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  kaynak_test_remove_tree (dir);
  return contents;
}

/* JSONL and CSV write the claim's attribution in their kind column; the
 * HTML report says it beside the source when the claim's own differs */
static void
test_exports (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autofree char *jsonl = NULL, *csv = NULL, *html = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  jsonl = export ("jsonl", doc);
  lines = g_strsplit (jsonl, "\n", -1);
  g_assert_nonnull (strstr (lines[0], "\"source_kind\":\"official-statement\""));
  g_assert_nonnull (strstr (lines[1], "\"source_kind\":\"anonymous\""));
  g_assert_nonnull (strstr (lines[1], "\"source_label\":\"White House\""));

  csv = export ("csv", doc);
  g_assert_nonnull (strstr (csv, ",White House,official-statement,"));
  g_assert_nonnull (strstr (csv, ",White House,anonymous,"));

  html = export_folder ("html", doc);
  g_assert_nonnull (strstr (html, "White House <small>(Anonymous source)</small>"));
  /* the legend keeps the source's kind */
  g_assert_nonnull (strstr (html, "White House <small>(Official statement, 2)</small>"));
}

/* W3C keeps both for its importer: the claim's own attribution on the
 * annotation, the source's type among kaynak:sources */
static void
test_w3c_round_trip (void)
{
  g_autofree char *on_record = NULL, *anonymous = NULL;
  g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
  g_autofree char *plain = export ("w3c", doc);
  g_autofree char *out = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-attribution-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "in.jsonld", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *back;
  guint anonymous_claims = 0;

  g_assert_null (strstr (plain, "kaynak:attribution"));
  g_assert_null (strstr (plain, "kaynak:sourceType"));
  g_assert_true (kaynak_document_set_claim_attribution (doc, anonymous, TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  g_assert_true (kaynak_document_set_source_type (doc, white_house_id (doc),
                                                  KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  out = export ("w3c", doc);
  g_assert_true (g_file_set_contents (path, out, -1, NULL));
  documents = kaynak_importer_import (kaynak_importer_lookup ("w3c"), file, NULL, NULL, &error);
  g_assert_no_error (error);
  back = g_ptr_array_index (documents, 0);
  g_assert_cmpint (kaynak_source_get_source_type (kaynak_document_lookup_source (back, white_house_id (back))),
                   ==, KAYNAK_SOURCE_TYPE_GOVERNMENT);
  for (guint i = 0; i < kaynak_document_get_n_claims (back); i++)
    {
      g_autoptr(KaynakClaim) c = g_list_model_get_item (kaynak_document_get_claims (back), i);

      if (kaynak_claim_get_attribution (c, NULL))
        {
          g_assert_cmpint (kaynak_document_claim_attribution (back, c), ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
          anonymous_claims++;
        }
    }
  g_assert_cmpuint (anonymous_claims, ==, 1);
  kaynak_test_remove_tree (dir);
}

/* ClaimReview's author: a Person for a person, an Organization for an
 * organization, a government or a group, else typed from the source's
 * kind; nobody for a claim attributed as unattributed */
static void
test_claimreview_author (void)
{
  static const struct { KaynakSourceType type; const char *expected; } cases[] = {
    { KAYNAK_SOURCE_TYPE_UNSET, "\"@type\": \"Organization\"" },
    { KAYNAK_SOURCE_TYPE_DOCUMENT, "\"@type\": \"Organization\"" },
    { KAYNAK_SOURCE_TYPE_PERSON, "\"@type\": \"Person\"" },
    { KAYNAK_SOURCE_TYPE_GOVERNMENT, "\"@type\": \"Organization\"" },
    { KAYNAK_SOURCE_TYPE_GROUP, "\"@type\": \"Organization\"" },
    { KAYNAK_SOURCE_TYPE_ORGANIZATION, "\"@type\": \"Organization\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *on_record = NULL, *anonymous = NULL;
      g_autoptr(KaynakDocument) doc = new_document (&on_record, &anonymous);
      g_autofree char *out = NULL, *nobody = NULL, *before = NULL;
      const char *named;

      kaynak_document_set_url (doc, "https://example.org/news");
      kaynak_document_set_fact_check_url (doc, "https://example.org/check");
      g_assert_true (kaynak_document_set_claim_status (doc, on_record,
                                                       KAYNAK_CLAIM_STATUS_SUPPORTED, NULL));
      g_assert_true (kaynak_document_set_source_type (doc, white_house_id (doc), cases[i].type, NULL));
      out = export_folder ("claimreview", doc);
      /* the claim's author, named after the source, typed just before */
      named = strstr (out, "\"name\": \"White House\"");
      g_assert_nonnull (named);
      g_assert_cmpint (named - out, >, 60);
      before = g_strndup (named - 60, 60);
      g_assert_nonnull (strstr (before, cases[i].expected));

      g_assert_true (kaynak_document_set_claim_attribution (doc, on_record, TRUE,
                                                            KAYNAK_SOURCE_KIND_UNATTRIBUTED, NULL));
      nobody = export_folder ("claimreview", doc);
      g_assert_null (strstr (nobody, "\"name\": \"White House\""));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/attribution/default-from-source", test_default_from_source);
  g_test_add_func ("/kaynak/attribution/each-change-is-one-undo-step", test_undo);
  g_test_add_func ("/kaynak/attribution/source-type", test_source_type);
  g_test_add_func ("/kaynak/attribution/file-round-trip", test_file_round_trip);
  g_test_add_func ("/kaynak/attribution/bad-values-refused", test_bad_values);
  g_test_add_func ("/kaynak/attribution/merge-driver", test_merge);
  g_test_add_func ("/kaynak/attribution/library-and-scheme-keep-type", test_library_and_scheme);
  g_test_add_func ("/kaynak/attribution/schema-cases", test_schema_cases);
  g_test_add_func ("/kaynak/attribution/statistics-count-the-claims-value", test_statistics);
  g_test_add_func ("/kaynak/attribution/exports-write-the-claims-value", test_exports);
  g_test_add_func ("/kaynak/attribution/claimreview-author-from-type", test_claimreview_author);
  g_test_add_func ("/kaynak/attribution/w3c-round-trip", test_w3c_round_trip);

  return g_test_run ();
}
