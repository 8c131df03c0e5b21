/* kaynak-cli-merge-sources.c: `kaynak --merge-sources KEEP OTHER… FILE`, the
 * Sources dialog's Merge… for scripts and whole corpora.
 *
 * The file is opened and saved as the window does (KaynakDocumentFile):
 * saved atomically over itself, so a failed write leaves it as it was;
 * the merge is kaynak_document_merge_sources(), the rule the dialog
 * follows too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-cli.h"
#include "kaynak-cli-merge-sources.h"
#include "kaynak-document-file.h"
#include "kaynak-error.h"
#include "kaynak-file-names.h"

/* A source named on the command line: its id, or else one of its names
 * (label or alias, in any case), as a person reads them in the Sources
 * dialog */
static KaynakSource *
find_source (KaynakDocument *document,
             const char     *name)
{
  KaynakSource *source = kaynak_document_lookup_source (document, name);

  if (source == NULL)
    source = kaynak_document_find_source_by_name (document, name, NULL);
  return source;
}

/* "ukraine (Ukraine), white-house (Beyaz Saray)": what could have been
 * meant, for the message about a name that is not there */
static char *
dup_source_list (KaynakDocument *document)
{
  GListModel *sources = kaynak_document_get_sources (document);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

      if (list->len > 0)
        g_string_append (list, ", ");
      /* Translators: a source in a list: its id, then its name */
      g_string_append_printf (list, _("%s (%s)"), kaynak_source_get_id (source),
                              kaynak_source_get_label (source));
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

int
kaynak_cli_merge_sources (char **args)
{
  g_autoptr(KaynakDocumentFile) document_file = NULL;
  g_autoptr(GPtrArray) other_ids = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *keep_label = NULL;
  KaynakDocument *document;
  KaynakSource *keep = NULL;
  guint n_args = args != NULL ? g_strv_length (args) : 0;
  guint n_claims;

  if (n_args < 3)
    {
      g_printerr ("kaynak: %s\n",
                  _("--merge-sources needs the source to keep, at least one other source, and the file: kaynak --merge-sources KEEP OTHER… FILE"));
      g_printerr (_("Run “kaynak --help” to see the options.\n"));
      return KAYNAK_CLI_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (args[n_args - 1]);
  file_name = g_filename_display_name (args[n_args - 1]);

  /* An article would be opened as a new annotation and written nowhere
   * the user expects: only Kaynak files are edited */
  if (!kaynak_file_is_kaynak (file))
    {
      g_printerr (_("kaynak: “%s” is not a Kaynak file (*.kaynak.json); --merge-sources edits one\n"),
                  file_name);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  document_file = kaynak_document_file_new (NULL);
  if (!kaynak_document_file_open (document_file, file, NULL, NULL, NULL, &error))
    {
      g_printerr ("kaynak: %s: %s\n", file_name, error->message);
      return KAYNAK_CLI_EXIT_FAILED;
    }
  document = kaynak_document_file_get_document (document_file);

  /* Every name is checked before anything changes */
  other_ids = g_ptr_array_new ();
  for (guint i = 0; i + 1 < n_args; i++)
    {
      KaynakSource *source = find_source (document, args[i]);

      if (source == NULL)
        {
          g_autofree char *known = dup_source_list (document);

          g_printerr (_("kaynak: %s: no source has the id or the name “%s”; its sources are: %s\n"),
                      file_name, args[i], known);
          return KAYNAK_CLI_EXIT_FAILED;
        }
      if (i == 0)
        keep = source;
      else if (source == keep)
        {
          g_printerr (_("kaynak: %s: “%s” is the source to keep (%s); it cannot also be merged into itself\n"),
                      file_name, args[i], kaynak_source_get_id (keep));
          return KAYNAK_CLI_EXIT_FAILED;
        }
      else if (!g_ptr_array_find (other_ids, kaynak_source_get_id (source), NULL))
        g_ptr_array_add (other_ids, (gpointer) kaynak_source_get_id (source));
    }
  g_ptr_array_add (other_ids, NULL);

  keep_label = g_strdup (kaynak_source_get_label (keep));
  if (!kaynak_document_merge_sources (document, kaynak_source_get_id (keep),
                                      (const char * const *) other_ids->pdata, &error) ||
      !kaynak_document_file_save (document_file, NULL, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error))
    {
      g_printerr ("kaynak: %s: %s\n", file_name, error->message);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  n_claims = kaynak_document_count_claims_for_source (document, kaynak_source_get_id (keep));
  /* Translators: what kaynak --merge-sources did: "Merged 2 sources
   * into “The Washington Post” (now 3 claims): post.kaynak.json" */
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Merged %u source into “%s” (now %u claims): %s\n",
                        "Merged %u sources into “%s” (now %u claims): %s\n",
                        other_ids->len - 1),
           other_ids->len - 1, keep_label, n_claims, file_name);
  return KAYNAK_CLI_EXIT_OK;
}
