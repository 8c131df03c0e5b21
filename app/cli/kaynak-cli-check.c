/* kaynak-cli-check.c: `kaynak --check` and `kaynak --stats` over annotation files.
 *
 * Both load each file with kaynak_file_load() and go on past one that
 * cannot be read.  --check prints one "FILE: message" line per problem;
 * --stats counts claims per source and per status, as text or as JSON.
 * The command line (kaynak-cli.c) has already refused a call without
 * files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "kaynak-cli.h"
#include "kaynak-cli-check.h"
#include "kaynak-cli-scorecard.h"
#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-folder.h"
#include "kaynak-source.h"
#include "kaynak-sourcing-stats.h"
#include "kaynak-codebook-stats.h"

/* --- --check -------------------------------------------------------------- */

/* Prints one "FILE: message" line per problem; returns how many. */
static guint
cli_check_file (const char *path,
                gboolean    verbose)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_name (path);
  guint problems = 0;

  document = kaynak_file_load (file, NULL, &report, &error);
  if (document == NULL)
    {
      g_print ("%s: %s\n", name, error->message);
      return 1;
    }

  if (report != NULL)
    {
      guint n_messages = report->messages != NULL ? report->messages->len : 0;

      if (report->text_changed)
        {
          g_print (_("%s: the article no longer matches its sha256\n"), name);
          problems++;
        }

      for (guint i = 0; i < n_messages; i++)
        {
          g_print ("%s: %s\n", name, (const char *) g_ptr_array_index (report->messages, i));
          problems++;
        }

      /* Re-anchored and orphaned claims are problems even if the loader
       * did not explain them one by one. */
      if (n_messages == 0 && report->n_reanchored > 0)
        {
          g_print (g_dngettext (GETTEXT_PACKAGE,
                                "%s: %u claim was re-anchored\n",
                                "%s: %u claims were re-anchored\n",
                                report->n_reanchored),
                   name, report->n_reanchored);
          problems++;
        }
      if (n_messages == 0 && report->n_orphaned > 0)
        {
          g_print (g_dngettext (GETTEXT_PACKAGE,
                                "%s: %u claim is orphaned\n",
                                "%s: %u claims are orphaned\n",
                                report->n_orphaned),
                   name, report->n_orphaned);
          problems++;
        }
    }

  /* A file saved with orphans loads without a report entry; it is still
   * worth a line, since those claims are not in the article. */
  if (problems == 0 && kaynak_document_get_n_orphans (document) > 0)
    {
      guint n = kaynak_document_get_n_orphans (document);

      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%s: %u claim is orphaned\n",
                            "%s: %u claims are orphaned\n",
                            n),
               name, n);
      problems++;
    }

  if (problems == 0 && verbose)
    g_print (_("%s: ok\n"), name);

  return problems;
}

int
kaynak_cli_check (char     **files,
                  gboolean   verbose)
{
  guint n_files = 0;
  guint n_bad = 0;

  g_return_val_if_fail (files != NULL && files[0] != NULL, KAYNAK_CLI_EXIT_USAGE);

  for (guint i = 0; files[i] != NULL; i++)
    {
      n_files++;
      if (cli_check_file (files[i], verbose) > 0)
        n_bad++;
    }

  if (n_bad > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "kaynak: %u of %u file has problems\n",
                               "kaynak: %u of %u files have problems\n",
                               n_files),
                  n_bad, n_files);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  return KAYNAK_CLI_EXIT_OK;
}

/* --- --stats -------------------------------------------------------------- */

/* What a file counts is kaynak-sourcing-stats.c's (the Statistics window
 * counts the same way); here the files' counts are added up. */

typedef struct
{
  char  *id;
  char  *label;
  guint  n_claims;
} CliSourceCount;

typedef struct
{
  guint      n_files;
  guint      n_claims;
  guint      n_orphans;
  guint      n_links;
  guint      n_unsourced;
  guint      by_status[KAYNAK_N_CLAIM_STATUSES];
  /* CliSourceCount, in the order the sources first appeared */
  GPtrArray *by_source;
  /* Articles by state (issue 18): the files, and the articles of a
   * folder not annotated yet (new) */
  guint      n_articles;
  guint      by_state[KAYNAK_N_ARTICLE_STATES];
  guint      n_done_no_claims;
  /* a codebook's verdicts and fields (kaynak-codebook-stats.c) */
  KaynakCodebookStats *codebook;
} CliStats;

static void
cli_source_count_free (gpointer data)
{
  CliSourceCount *count = data;

  g_free (count->id);
  g_free (count->label);
  g_free (count);
}

static void
cli_stats_init (CliStats *stats)
{
  memset (stats, 0, sizeof *stats);
  stats->by_source = g_ptr_array_new_with_free_func (cli_source_count_free);
  stats->codebook = kaynak_codebook_stats_new ();
}

static void
cli_stats_clear (CliStats *stats)
{
  g_clear_pointer (&stats->by_source, g_ptr_array_unref);
  g_clear_pointer (&stats->codebook, kaynak_codebook_stats_free);
}

static CliSourceCount *
cli_stats_lookup_source (CliStats   *stats,
                         const char *id,
                         const char *label)
{
  CliSourceCount *count;

  for (guint i = 0; i < stats->by_source->len; i++)
    {
      count = g_ptr_array_index (stats->by_source, i);
      if (strcmp (count->id, id) == 0)
        return count;
    }

  count = g_new0 (CliSourceCount, 1);
  count->id = g_strdup (id);
  count->label = g_strdup (label != NULL ? label : id);
  g_ptr_array_add (stats->by_source, count);

  return count;
}

/* Adds the counts of @document to @stats.  Sources of several documents
 * are merged by id (the label of the first one wins). */
static void
cli_stats_add_document (CliStats       *stats,
                        KaynakDocument *document)
{
  g_autoptr(KaynakSourcingStats) counted = kaynak_sourcing_stats_new (document);

  stats->n_files++;
  stats->n_articles++;
  stats->by_state[kaynak_document_get_state (document)]++;
  if (kaynak_document_get_state (document) == KAYNAK_ARTICLE_STATE_DONE &&
      kaynak_document_get_n_claims (document) == 0)
    stats->n_done_no_claims++;
  stats->n_links += g_list_model_get_n_items (kaynak_document_get_links (document));
  stats->n_claims += counted->claims;
  stats->n_orphans += counted->orphans;
  for (guint s = 0; s < KAYNAK_N_CLAIM_STATUSES; s++)
    stats->by_status[s] += counted->by_status[s];
  kaynak_codebook_stats_add_document (stats->codebook, document);

  /* every source of the file, also those without claims, then "No source" */
  for (guint i = 0; i < counted->rows->len; i++)
    {
      KaynakSourcingRow *row = &g_array_index (counted->rows, KaynakSourcingRow, i);

      if (row->source_id == NULL)
        stats->n_unsourced += row->claims;
      else
        cli_stats_lookup_source (stats, row->source_id, row->label)->n_claims += row->claims;
    }
}

static int
cli_count_width (guint n)
{
  int width = 1;

  while (n >= 10)
    {
      n /= 10;
      width++;
    }

  return width;
}

static void
cli_stats_print (const char *heading,
                 CliStats   *stats)
{
  guint max = stats->n_unsourced;
  int width;

  for (guint i = 0; i < stats->by_source->len; i++)
    max = MAX (max, ((CliSourceCount *) g_ptr_array_index (stats->by_source, i))->n_claims);
  for (guint i = 0; i < KAYNAK_N_CLAIM_STATUSES; i++)
    max = MAX (max, stats->by_status[i]);
  width = cli_count_width (max);

  /* e.g. "article.kaynak.json: 12 claims, 1 orphaned, 2 links" */
  g_print ("%s: ", heading);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", stats->n_claims),
           stats->n_claims);
  g_print (", ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u orphaned", "%u orphaned", stats->n_orphans),
           stats->n_orphans);
  g_print (", ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u link", "%u links", stats->n_links),
           stats->n_links);
  g_print ("\n");

  g_print ("  %s\n", _("Sources"));
  for (guint i = 0; i < stats->by_source->len; i++)
    {
      CliSourceCount *count = g_ptr_array_index (stats->by_source, i);
      g_print ("    %*u  %s\n", width, count->n_claims, count->label);
    }
  if (stats->n_unsourced > 0)
    g_print ("    %*u  %s\n", width, stats->n_unsourced, _("No source"));

  g_print ("  %s\n", _("Statuses"));
  for (guint i = 0; i < KAYNAK_N_CLAIM_STATUSES; i++)
    g_print ("    %*u  %s\n", width, stats->by_status[i],
             kaynak_claim_status_to_label ((KaynakClaimStatus) i));

  /* How far the work has got: the articles by state (issue 18) */
  width = cli_count_width (stats->n_articles);
  g_print ("  %s\n", _("Articles"));
  for (guint i = 0; i < KAYNAK_N_ARTICLE_STATES; i++)
    {
      g_print ("    %*u  %s", width, stats->by_state[i],
               kaynak_article_state_to_label ((KaynakArticleState) i));
      if (i == KAYNAK_ARTICLE_STATE_DONE && stats->n_done_no_claims > 0)
        g_print (g_dngettext (GETTEXT_PACKAGE, " (%u with no claims)", " (%u with no claims)",
                              stats->n_done_no_claims),
                 stats->n_done_no_claims);
      g_print ("\n");
    }

  /* A codebook's verdicts (in the scale's order) and fields */
  if (!kaynak_codebook_stats_is_empty (stats->codebook))
    {
      g_autoptr(GString) text = g_string_new (NULL);

      kaynak_codebook_stats_append_text (stats->codebook, text);
      g_print ("%s", text->str);
    }
}

static void
cli_stats_build_json (JsonBuilder *builder,
                      CliStats    *stats)
{
  json_builder_set_member_name (builder, "claims");
  json_builder_add_int_value (builder, stats->n_claims);
  json_builder_set_member_name (builder, "orphans");
  json_builder_add_int_value (builder, stats->n_orphans);
  json_builder_set_member_name (builder, "links");
  json_builder_add_int_value (builder, stats->n_links);
  json_builder_set_member_name (builder, "unsourced");
  json_builder_add_int_value (builder, stats->n_unsourced);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->by_source->len; i++)
    {
      CliSourceCount *count = g_ptr_array_index (stats->by_source, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, count->id);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, count->label);
      json_builder_set_member_name (builder, "claims");
      json_builder_add_int_value (builder, count->n_claims);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* keyed by the stable status id, so `jq .total.statuses.refuted` works */
  json_builder_set_member_name (builder, "statuses");
  json_builder_begin_object (builder);
  for (guint i = 0; i < KAYNAK_N_CLAIM_STATUSES; i++)
    {
      json_builder_set_member_name (builder,
                                    kaynak_claim_status_to_id ((KaynakClaimStatus) i));
      json_builder_add_int_value (builder, stats->by_status[i]);
    }
  json_builder_end_object (builder);

  /* keyed by the stable state id: `jq .total.states.done` */
  json_builder_set_member_name (builder, "articles");
  json_builder_add_int_value (builder, stats->n_articles);
  json_builder_set_member_name (builder, "states");
  json_builder_begin_object (builder);
  for (guint i = 0; i < KAYNAK_N_ARTICLE_STATES; i++)
    {
      json_builder_set_member_name (builder, kaynak_article_state_to_id ((KaynakArticleState) i));
      json_builder_add_int_value (builder, stats->by_state[i]);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "done_no_claims");
  json_builder_add_int_value (builder, stats->n_done_no_claims);
  /* "verdicts" and "fields", only for files made with a codebook */
  kaynak_codebook_stats_build_json (stats->codebook, builder);
}

/* The files --stats reads for @paths: a file as it is, a folder's
 * .kaynak.json files (its subfolders' too, in the folder list's order,
 * kaynak-folder.h), each with the name to print.  A folder's articles
 * not annotated yet are counted as new in @total.  A folder that cannot
 * be read is said and counted in *@n_failed. */
static GPtrArray *
cli_stats_expand (char     **paths,
                  CliStats  *total,
                  guint     *n_failed)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GPtrArray) articles = NULL;
      g_autoptr(GError) error = NULL;

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        {
          g_ptr_array_add (names, g_strdup (paths[i]));
          continue;
        }
      articles = kaynak_folder_list (file, TRUE, NULL, NULL, &error);
      if (articles == NULL)
        {
          g_autofree char *name = g_filename_display_name (paths[i]);

          g_printerr ("kaynak: %s: %s\n", name, error->message);
          (*n_failed)++;
          continue;
        }
      for (guint j = 0; j < articles->len; j++)
        {
          KaynakFolderArticle *article = g_ptr_array_index (articles, j);

          if (kaynak_folder_article_get_annotated (article))
            g_ptr_array_add (names, g_build_filename (paths[i], kaynak_folder_article_get_name (article), NULL));
          else
            {
              total->n_articles++;
              total->by_state[KAYNAK_ARTICLE_STATE_NEW]++;
            }
        }
    }
  return names;
}

int
kaynak_cli_stats (char     **files,
                  gboolean   as_json)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonBuilder) errors = NULL;
  g_autoptr(GPtrArray) expanded = NULL;
  CliStats total;
  guint n_failed = 0;
  guint n_files = 0;

  g_return_val_if_fail (files != NULL && files[0] != NULL, KAYNAK_CLI_EXIT_USAGE);

  cli_stats_init (&total);
  expanded = cli_stats_expand (files, &total, &n_failed);
  g_ptr_array_add (expanded, NULL);
  files = (char **) expanded->pdata;

  if (as_json)
    {
      builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "files");
      json_builder_begin_array (builder);

      errors = json_builder_new ();
      json_builder_begin_array (errors);
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_filename_display_name (files[i]);
      CliStats stats;

      n_files++;

      document = kaynak_file_load (file, NULL, NULL, &error);
      if (document == NULL)
        {
          g_printerr ("kaynak: %s: %s\n", name, error->message);
          n_failed++;

          if (errors != NULL)
            {
              json_builder_begin_object (errors);
              json_builder_set_member_name (errors, "path");
              json_builder_add_string_value (errors, name);
              json_builder_set_member_name (errors, "message");
              json_builder_add_string_value (errors, error->message);
              json_builder_end_object (errors);
            }
          continue;
        }

      cli_stats_init (&stats);
      cli_stats_add_document (&stats, document);
      cli_stats_add_document (&total, document);

      if (builder != NULL)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "path");
          json_builder_add_string_value (builder, name);
          cli_stats_build_json (builder, &stats);
          kaynak_cli_scorecard_build_json (builder, document);
          json_builder_end_object (builder);
        }
      else
        {
          if (total.n_files > 1)
            g_print ("\n");
          cli_stats_print (name, &stats);
          kaynak_cli_scorecard_print (document);
        }

      cli_stats_clear (&stats);
    }

  if (builder != NULL)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "total");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "files");
      json_builder_add_int_value (builder, total.n_files);
      cli_stats_build_json (builder, &total);
      json_builder_end_object (builder);

      json_builder_end_array (errors);
      json_builder_set_member_name (builder, "errors");
      json_builder_add_value (builder, json_builder_get_root (errors));

      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      text = json_generator_to_data (generator, NULL);

      /* JSON is UTF-8 whatever the locale: bypass g_print's conversion */
      fputs (text, stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  else if (total.n_files > 1 || total.n_articles > total.n_files)
    {
      g_autofree char *heading =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Total (%u file)", "Total (%u files)",
                                      total.n_files),
                         total.n_files);
      g_print ("\n");
      cli_stats_print (heading, &total);
    }

  cli_stats_clear (&total);

  if (n_failed > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "kaynak: %u of %u file could not be read\n",
                               "kaynak: %u of %u files could not be read\n",
                               n_files),
                  n_failed, n_files);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  return KAYNAK_CLI_EXIT_OK;
}
