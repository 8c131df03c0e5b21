/* test-sourcing-stats.c: who is quoted how much, with exact numbers:
 * claims per source, kind and status, characters covered (overlaps of one
 * source counted once, of two sources counted for each), orphans, code
 * points rather than bytes, an empty document, and the CSV of it all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-csv.h"
#include "kaynak-document.h"
#include "kaynak-sourcing-stats.h"

/* 40 code points, 53 bytes: a share counted in bytes would be wrong */
static const char article[] = "Ğüşıöç İĞDIR: “Kremlin sessiz kaldı” de.";

static void
add_source (KaynakDocument   *doc,
            const char       *id,
            const char       *label,
            const char       *color,
            KaynakSourceKind  kind)
{
  g_autoptr(KaynakSource) source = kaynak_source_new (id, label, color, 0, kind);

  g_assert_true (kaynak_document_add_source (doc, source, NULL));
}

static KaynakClaim *
tag (KaynakDocument    *doc,
     guint              start,
     guint              end,
     const char        *source_id,
     KaynakClaimStatus  status)
{
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim = kaynak_document_create_claim (doc, start, end, source_id, &error);

  g_assert_no_error (error);
  g_assert_true (kaynak_document_set_claim_status (doc, kaynak_claim_get_id (claim), status, NULL));
  return claim;
}

/* The document most tests look at:
 *   ukraine (named):     [0,10) [2,4) [5,15) and an orphan  → 4 claims, 15 characters
 *   white-house (official statement): [12,20)               → 1 claim, 8 characters
 *   kremlin (no comment): none                              → 0
 *   unattributed (kind unattributed): [21,25)               → 1 claim, 4 characters
 *   no source:           [30,35)                            → 1 claim, 5 characters
 * ukraine and white-house overlap on [12,15): 20 characters attributed
 * (the unattributed source names nobody: not attributed). */
static KaynakDocument *
make_document (void)
{
  KaynakDocument *doc = kaynak_document_new (article, -1);
  g_autoptr(KaynakClaim) orphan = kaynak_claim_new (NULL, 3, 9);

  g_assert_cmpuint (kaynak_document_get_length (doc), ==, 40);
  g_assert_cmpuint (strlen (article), ==, 53);

  add_source (doc, "ukraine", "Ukrayna", "#3584e4", KAYNAK_SOURCE_KIND_NAMED);
  add_source (doc, "white-house", "Beyaz Saray, ABD", "#e66100", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  add_source (doc, "kremlin", "Kremlin", "#c01c28", KAYNAK_SOURCE_KIND_NO_COMMENT);
  add_source (doc, "unattributed", "Kaynaksız", "#77767b", KAYNAK_SOURCE_KIND_UNATTRIBUTED);

  tag (doc, 0, 10, "ukraine", KAYNAK_CLAIM_STATUS_SUPPORTED);
  tag (doc, 2, 4, "ukraine", KAYNAK_CLAIM_STATUS_UNVERIFIED);
  tag (doc, 5, 15, "ukraine", KAYNAK_CLAIM_STATUS_SUPPORTED);
  tag (doc, 12, 20, "white-house", KAYNAK_CLAIM_STATUS_MISLEADING);
  tag (doc, 21, 25, "unattributed", KAYNAK_CLAIM_STATUS_UNVERIFIABLE);
  tag (doc, 30, 35, NULL, KAYNAK_CLAIM_STATUS_UNVERIFIED);

  kaynak_claim_set_quote (orphan, "kayıp alıntı");
  kaynak_claim_set_source_id (orphan, "ukraine");
  kaynak_claim_set_status (orphan, KAYNAK_CLAIM_STATUS_REFUTED);
  kaynak_claim_set_orphaned (orphan, TRUE);
  g_assert_true (kaynak_document_add_claim (doc, orphan, NULL));
  return doc;
}

static KaynakSourcingRow *
row (KaynakSourcingStats *stats,
     guint                i)
{
  g_assert_cmpuint (i, <, stats->rows->len);
  return &g_array_index (stats->rows, KaynakSourcingRow, i);
}

static void
test_counts (void)
{
  g_autoptr(KaynakDocument) doc = make_document ();
  g_autoptr(KaynakSourcingStats) stats = kaynak_sourcing_stats_new (doc);

  g_assert_cmpuint (stats->length, ==, 40);
  g_assert_cmpuint (stats->claims, ==, 7);
  g_assert_cmpuint (stats->orphans, ==, 1);
  g_assert_cmpuint (stats->rows->len, ==, 5);

  /* the document's order, then "No source" */
  g_assert_cmpstr (row (stats, 0)->source_id, ==, "ukraine");
  g_assert_cmpstr (row (stats, 0)->color, ==, "#3584e4");
  g_assert_cmpuint (row (stats, 0)->claims, ==, 4);
  g_assert_cmpuint (row (stats, 0)->orphans, ==, 1);
  g_assert_cmpstr (row (stats, 1)->source_id, ==, "white-house");
  g_assert_cmpuint (row (stats, 1)->claims, ==, 1);
  g_assert_cmpuint (row (stats, 1)->orphans, ==, 0);
  /* a source with no claims is a row of zeros, not left out */
  g_assert_cmpstr (row (stats, 2)->source_id, ==, "kremlin");
  g_assert_cmpuint (row (stats, 2)->claims, ==, 0);
  g_assert_cmpuint (row (stats, 2)->characters, ==, 0);
  g_assert_cmpstr (row (stats, 3)->source_id, ==, "unattributed");
  g_assert_cmpuint (row (stats, 3)->claims, ==, 1);
  g_assert_null (row (stats, 4)->source_id);
  g_assert_null (row (stats, 4)->color);
  g_assert_cmpstr (row (stats, 4)->label, ==, "No source");
  g_assert_cmpuint (row (stats, 4)->claims, ==, 1);

  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_NAMED], ==, 4);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT], ==, 1);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_NO_COMMENT], ==, 0);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_ANONYMOUS], ==, 0);
  g_assert_cmpuint (stats->by_kind[KAYNAK_SOURCE_KIND_UNATTRIBUTED], ==, 1);
  g_assert_cmpuint (stats->no_kind, ==, 1);

  g_assert_cmpuint (stats->by_status[KAYNAK_CLAIM_STATUS_UNVERIFIED], ==, 2);
  g_assert_cmpuint (stats->by_status[KAYNAK_CLAIM_STATUS_SUPPORTED], ==, 2);
  g_assert_cmpuint (stats->by_status[KAYNAK_CLAIM_STATUS_REFUTED], ==, 1);
  g_assert_cmpuint (stats->by_status[KAYNAK_CLAIM_STATUS_MISLEADING], ==, 1);
  g_assert_cmpuint (stats->by_status[KAYNAK_CLAIM_STATUS_UNVERIFIABLE], ==, 1);
}

static void
test_characters (void)
{
  g_autoptr(KaynakDocument) doc = make_document ();
  g_autoptr(KaynakSourcingStats) stats = kaynak_sourcing_stats_new (doc);

  /* [0,10) ∪ [2,4) ∪ [5,15) = [0,15); the orphan's stale [3,9) adds nothing */
  g_assert_cmpuint (row (stats, 0)->characters, ==, 15);
  g_assert_cmpuint (row (stats, 1)->characters, ==, 8);
  g_assert_cmpuint (row (stats, 3)->characters, ==, 4);
  g_assert_cmpuint (row (stats, 4)->characters, ==, 5);
  /* [12,15) is in both sources' counts but once here; [21,25) of the
   * unattributed source and "no source" are not */
  g_assert_cmpuint (stats->attributed_characters, ==, 20);

  g_assert_cmpfloat_with_epsilon (kaynak_sourcing_stats_share (stats, 15), 37.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (kaynak_sourcing_stats_share (stats, 8), 20.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kaynak_sourcing_stats_share (stats, 20), 50.0, 1e-9);
}

/* An orphan with a stale range in the middle of placed claims must not
 * cut the sweep short, and re-attaching it counts its characters */
static void
test_orphan_reattached (void)
{
  g_autoptr(KaynakDocument) doc = make_document ();
  g_autoptr(KaynakSourcingStats) before = kaynak_sourcing_stats_new (doc);
  g_autoptr(KaynakSourcingStats) after = NULL;
  GListModel *claims = kaynak_document_get_claims (doc);
  const char *orphan_id = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);

      if (kaynak_claim_get_orphaned (claim))
        orphan_id = kaynak_claim_get_id (claim);
    }
  g_assert_nonnull (orphan_id);
  g_assert_true (kaynak_document_set_claim_range (doc, orphan_id, 36, 39, NULL));

  after = kaynak_sourcing_stats_new (doc);
  g_assert_cmpuint (after->orphans, ==, 0);
  g_assert_cmpuint (row (after, 0)->claims, ==, 4);
  g_assert_cmpuint (row (after, 0)->characters, ==, 18);
  g_assert_cmpuint (after->attributed_characters, ==, 23);
}

static void
test_empty_document (void)
{
  /* an article with nothing in it (the model allows it) and no sources */
  g_autoptr(KaynakDocument) doc = kaynak_document_new ("", 0);
  g_autoptr(KaynakSourcingStats) stats = kaynak_sourcing_stats_new (doc);
  g_autofree char *csv = NULL;

  g_assert_cmpuint (stats->length, ==, 0);
  g_assert_cmpuint (stats->claims, ==, 0);
  g_assert_cmpuint (stats->rows->len, ==, 0);
  g_assert_cmpuint (stats->attributed_characters, ==, 0);
  g_assert_cmpfloat (kaynak_sourcing_stats_share (stats, 0), ==, 0.0);

  csv = kaynak_sourcing_stats_to_csv (stats, NULL);
  g_assert_cmpstr (csv, ==,
                   "section,id,label,kind,claims,orphaned,characters,share_percent\r\n"
                   "kind,named,Named source,,0,,,\r\n"
                   "kind,anonymous,Anonymous source,,0,,,\r\n"
                   "kind,official-statement,Official statement,,0,,,\r\n"
                   "kind,no-comment,No comment or silence,,0,,,\r\n"
                   "kind,unattributed,Unattributed,,0,,,\r\n"
                   "status,unverified,Unverified,,0,,,\r\n"
                   "status,supported,Supported,,0,,,\r\n"
                   "status,refuted,Refuted,,0,,,\r\n"
                   "status,misleading,Misleading,,0,,,\r\n"
                   "status,unverifiable,Unverifiable,,0,,,\r\n"
                   "total,article,Article,,0,0,0,0.0\r\n"
                   "total,attributed,Attributed to a source,,,,0,0.0\r\n");
}

static void
test_csv (void)
{
  g_autoptr(KaynakDocument) doc = make_document ();
  g_autoptr(KaynakSourcingStats) stats = kaynak_sourcing_stats_new (doc);
  g_autofree char *csv = kaynak_sourcing_stats_to_csv (stats, NULL);

  /* "Beyaz Saray, ABD" holds a comma: quoted, as RFC 4180 says */
  g_assert_cmpstr (csv, ==,
                   "section,id,label,kind,claims,orphaned,characters,share_percent\r\n"
                   "source,ukraine,Ukrayna,named,4,1,15,37.5\r\n"
                   "source,white-house,\"Beyaz Saray, ABD\",official-statement,1,0,8,20.0\r\n"
                   "source,kremlin,Kremlin,no-comment,0,0,0,0.0\r\n"
                   "source,unattributed,Kaynaksız,unattributed,1,0,4,10.0\r\n"
                   "source,,No source,,1,0,5,12.5\r\n"
                   "kind,named,Named source,,4,,,\r\n"
                   "kind,anonymous,Anonymous source,,0,,,\r\n"
                   "kind,official-statement,Official statement,,1,,,\r\n"
                   "kind,no-comment,No comment or silence,,0,,,\r\n"
                   "kind,unattributed,Unattributed,,1,,,\r\n"
                   "kind,,No source,,1,,,\r\n"
                   "status,unverified,Unverified,,2,,,\r\n"
                   "status,supported,Supported,,2,,,\r\n"
                   "status,refuted,Refuted,,1,,,\r\n"
                   "status,misleading,Misleading,,1,,,\r\n"
                   "status,unverifiable,Unverifiable,,1,,,\r\n"
                   "total,article,Article,,7,1,40,100.0\r\n"
                   "total,attributed,Attributed to a source,,,,20,50.0\r\n");
}

/* A label a spreadsheet would run as a formula is shown as text, and
 * quotes are doubled */
static void
test_csv_quoting (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
  g_autoptr(KaynakSourcingStats) stats = NULL;
  g_autofree char *csv = NULL;

  add_source (doc, "formula", "=HYPERLINK(\"x\")", "#3584e4", KAYNAK_SOURCE_KIND_NAMED);
  stats = kaynak_sourcing_stats_new (doc);
  csv = kaynak_sourcing_stats_to_csv (stats, NULL);
  g_assert_nonnull (strstr (csv, "\r\nsource,formula,\"'=HYPERLINK(\"\"x\"\")\",named,0,0,0,0.0\r\n"));
}

static void
test_csv_field (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  kaynak_csv_append_field (out, "düz", -1, FALSE, FALSE);
  kaynak_csv_append_field (out, NULL, -1, FALSE, FALSE);
  kaynak_csv_append_field (out, " boşluk", -1, FALSE, FALSE);
  kaynak_csv_append_field (out, "satır\nsonu", -1, FALSE, FALSE);
  kaynak_csv_append_field (out, "-1", -1, FALSE, FALSE);
  kaynak_csv_append_field (out, "-1", -1, TRUE, FALSE);
  kaynak_csv_append_field (out, "ab,cd", 2, FALSE, TRUE);
  g_assert_cmpstr (out->str, ==, "düz,,\" boşluk\",\"satır\nsonu\",-1,'-1,ab\r\n");
}

/* 5,000 claims of 20 sources, nested and overlapping at random: the
 * sweep's characters agree with counting each code point by brute force
 * (the benchmark times 100,000). */
static void
test_many_claims (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KaynakDocument) doc = NULL;
  g_autoptr(KaynakSourcingStats) stats = NULL;
  g_autofree guint8 *covered = NULL;
  guint expected[20] = { 0 };
  guint n = 20000, length;
  gint64 t0;

  for (guint i = 0; i < n; i++)
    g_string_append (text, "ığdır çiçek ");
  doc = kaynak_document_new (text->str, text->len);
  length = kaynak_document_get_length (doc);
  covered = g_new0 (guint8, (gsize) length * 20);
  for (guint s = 0; s < 20; s++)
    {
      char id[8];

      g_snprintf (id, sizeof id, "s%u", s);
      add_source (doc, id, id, "#3584e4", KAYNAK_SOURCE_KIND_NAMED);
    }
  kaynak_document_begin_group (doc);
  for (guint i = 0; i < 5000; i++)
    {
      guint start = (i * 7919u) % (length - 40);
      guint end = start + 1 + (i * 31u) % 37;
      guint s = (i * 13u) % 20;
      char id[8];

      g_snprintf (id, sizeof id, "s%u", s);
      g_assert_nonnull (kaynak_document_create_claim (doc, start, end, id, NULL));
      for (guint c = start; c < end; c++)
        covered[(gsize) c * 20 + s] = 1;
    }
  kaynak_document_end_group (doc);
  for (guint c = 0; c < length; c++)
    for (guint s = 0; s < 20; s++)
      expected[s] += covered[(gsize) c * 20 + s];

  t0 = g_get_monotonic_time ();
  stats = kaynak_sourcing_stats_new (doc);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, G_USEC_PER_SEC);
  for (guint s = 0; s < 20; s++)
    g_assert_cmpuint (row (stats, s)->characters, ==, expected[s]);
  g_assert_cmpuint (stats->claims, ==, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/sourcing-stats/counts", test_counts);
  g_test_add_func ("/kaynak/sourcing-stats/characters-overlaps-once", test_characters);
  g_test_add_func ("/kaynak/sourcing-stats/orphan-reattached", test_orphan_reattached);
  g_test_add_func ("/kaynak/sourcing-stats/empty-document", test_empty_document);
  g_test_add_func ("/kaynak/sourcing-stats/csv", test_csv);
  g_test_add_func ("/kaynak/sourcing-stats/csv-quoting", test_csv_quoting);
  g_test_add_func ("/kaynak/sourcing-stats/csv-field", test_csv_field);
  g_test_add_func ("/kaynak/sourcing-stats/agrees-with-brute-force", test_many_claims);

  return g_test_run ();
}
