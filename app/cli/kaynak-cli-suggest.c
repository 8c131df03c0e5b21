/* kaynak-cli-suggest.c: `kaynak --suggest`, the suggestion engine
 * (kaynak-suggest.h) on the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "kaynak-cli.h"
#include "kaynak-cli-suggest.h"
#include "kaynak-document-file.h"
#include "kaynak-error.h"
#include "kaynak-file-serialize.h"
#include "kaynak-source-library.h"
#include "kaynak-suggest.h"

static void
print_error (const char   *name,
             const GError *error)
{
  g_autofree char *base = g_path_get_basename (name);

  if (strstr (error->message, base) != NULL)
    g_printerr ("kaynak: %s\n", error->message);
  else
    g_printerr ("kaynak: %s: %s\n", name, error->message);
}

/* The words of [start, end) on one line: line breaks and tabs as spaces */
static char *
dup_one_line (KaynakDocument *document,
              guint           start,
              guint           end)
{
  char *text = kaynak_document_dup_slice (document, start, end);

  g_strdelimit (text, "\n\r\t", ' ');
  return text;
}

static void
print_list (KaynakDocument *document,
            GPtrArray      *suggestions,
            const char     *language)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);
      g_autofree char *words = dup_one_line (document, s->start, s->end);
      g_autofree char *cue = s->cue_end > s->cue_start
                             ? dup_one_line (document, s->cue_start, s->cue_end)
                             : g_strdup ("—");
      g_autofree char *source = NULL;

      if (s->source_label == NULL)
        source = g_strdup (_("none found"));
      else
        source = g_strdup_printf ("%s (%s)", s->source_label,
                                  kaynak_source_kind_to_label (s->source_kind));

      g_print ("%u–%u  “%s”\n", s->start, s->end, words);
      /* Translators: one suggestion's details in kaynak --suggest;
       * keep the three names short */
      g_print (_("    source: %s · cue: %s · rule: %s\n"), source, cue, s->rule);
    }
  /* Translators: the last line of kaynak --suggest; %s is "tr" or "en" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u suggestion (rules: %s)\n",
                        "%u suggestions (rules: %s)\n", suggestions->len),
           suggestions->len, language);
}

static void
print_json (KaynakDocument *document,
            GPtrArray      *suggestions,
            const char     *language)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, language);
  json_builder_set_member_name (builder, "suggestions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);
      g_autofree char *words = kaynak_document_dup_slice (document, s->start, s->end);
      g_autofree char *cue = kaynak_document_dup_slice (document, s->cue_start, s->cue_end);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, s->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, s->end);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, words);
      json_builder_set_member_name (builder, "cue_start");
      json_builder_add_int_value (builder, s->cue_start);
      json_builder_set_member_name (builder, "cue_end");
      json_builder_add_int_value (builder, s->cue_end);
      json_builder_set_member_name (builder, "cue");
      json_builder_add_string_value (builder, cue);
      json_builder_set_member_name (builder, "source_start");
      json_builder_add_int_value (builder, s->source_start);
      json_builder_set_member_name (builder, "source_end");
      json_builder_add_int_value (builder, s->source_end);
      json_builder_set_member_name (builder, "source_label");
      if (s->source_label != NULL)
        json_builder_add_string_value (builder, s->source_label);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "source_id");
      if (s->source_id != NULL)
        json_builder_add_string_value (builder, s->source_id);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "source_kind");
      json_builder_add_string_value (builder, kaynak_source_kind_to_id (s->source_kind));
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, s->rule);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
kaynak_cli_suggest (const char *path,
                    const char *output,
                    gboolean    force,
                    gboolean    as_json)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(KaynakDocumentFile) document_file = kaynak_document_file_new (NULL);
  g_autoptr(KaynakSuggester) suggester = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSourceLibrary *library;
  KaynakDocument *document;
  const char *language;

  if (!kaynak_document_file_open (document_file, file, NULL, NULL, NULL, &error))
    {
      print_error (name, error);
      return KAYNAK_CLI_EXIT_FAILED;
    }
  document = kaynak_document_file_get_document (document_file);

  language = kaynak_suggest_language_for (document);
  if (language == NULL)
    {
      g_printerr (_("kaynak: %s: the article is neither Turkish nor English, or too short to tell; "
                    "set its language in the article's details\n"), name);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  suggester = kaynak_suggester_new (language, &error);
  if (suggester == NULL)
    {
      g_printerr ("kaynak: %s\n", error->message);
      return KAYNAK_CLI_EXIT_FAILED;
    }

  /* The user's library, as the window uses it; one that cannot be read
   * only means fewer names to find */
  library = kaynak_source_library_get_default ();
  if (kaynak_source_library_get_load_error (library) != NULL)
    library = NULL;

  suggestions = kaynak_suggester_suggest (suggester, document, library);

  if (output == NULL)
    {
      if (as_json)
        print_json (document, suggestions, language);
      else
        print_list (document, suggestions, language);
      return KAYNAK_CLI_EXIT_OK;
    }

  {
    g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);
    g_autofree char *out_name = g_file_get_parse_name (out);
    guint added = 0;

    if (!force && g_file_query_exists (out, NULL))
      {
        g_printerr (_("kaynak: “%s” already exists; add --force to replace it\n"), out_name);
        return KAYNAK_CLI_EXIT_FAILED;
      }
    if (!kaynak_suggestions_apply (document, suggestions, library, &added, &error) ||
        !kaynak_file_save (document, out, NULL, &error))
      {
        print_error (out_name, error);
        return KAYNAK_CLI_EXIT_FAILED;
      }
    if (as_json)
      print_json (document, suggestions, language);
    else
      /* Translators: what kaynak --suggest --output did */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u claim suggested: %s\n",
                            "%u claims suggested: %s\n", added),
               added, out_name);
  }
  return KAYNAK_CLI_EXIT_OK;
}
