/* kaynak-format-brat.c: brat standoff export and import.
 *
 * Per article: STEM.txt (the article text exactly, UTF-8) and STEM.ann:
 *   T1<TAB>Type START END<TAB>quoted text    one per claim, the source as type
 *   A1<TAB>Status T1 refuted                 the status, when not unverified
 *   #1<TAB>AnnotatorNotes T1<TAB>note        the note (line breaks and tabs
 *                                            become spaces: .ann is one line
 *                                            per annotation)
 *   R1<TAB>confirms Arg1:T1 Arg2:T2          links
 * A claim that runs over a line break is written as a discontinuous span
 * ("0 5;6 10"), as brat requires; its text fragments are joined by a space.
 * A line break is whatever Python's splitlines() breaks at (brat reads
 * .ann files that way): \v, \f, U+2028… as well as \n and \r.
 * Once per folder: annotation.conf (entity types from the sources,
 * relations, the Status attribute) and visual.conf (labels and colours).
 * An export into a folder that has them already (an earlier run) reads
 * them first when Kaynak wrote them, and writes the union; conf files
 * Kaynak did not write make the export fail rather than be replaced.
 *
 * Offsets are characters of the .txt: brat's server is Python and counts
 * Unicode code points, which is what Kaynak counts too.
 *
 * Type names are made brat-safe: ASCII letters, digits and underscores
 * starting with a letter, Turkish letters transliterated; "Claim" for a
 * claim without a source.  They are given per export run, one per source
 * label (KaynakTypeNames), since the conf files serve every article.  The
 * importer maps types back to sources, taking labels and colours from the
 * visual.conf that goes with the article when there is one; which files
 * make an article is kaynak-brat-files.c's rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kaynak-document-builder.h"
#include "kaynak-error.h"
#include "kaynak-format-private.h"

#define MAX_SIZE (256u * 1024u * 1024u)

/* The first line of the annotation.conf Kaynak writes: how an export into
 * a folder that has one recognises its own. */
#define CONF_HEADER "# Made by Kaynak: entity types are the sources of the exported articles.\n"

typedef struct
{
  KaynakTypeNames *names;   /* label → type, for the whole run */
  GPtrArray       *types;   /* type names in first-seen order */
  GHashTable      *labels;  /* type → label */
  GHashTable      *colors;  /* type → colour */
  KaynakBratFields *fields; /* a codebook's attributes, for the whole run */
} BratState;

static void
brat_state_free (gpointer data)
{
  BratState *state = data;

  kaynak_type_names_free (state->names);
  g_ptr_array_unref (state->types);
  g_hash_table_unref (state->labels);
  g_hash_table_unref (state->colors);
  kaynak_brat_fields_free (state->fields);
  g_free (state);
}


/* The conf files are small; anything larger is not Kaynak's */
#define CONF_MAX_SIZE (16u * 1024u * 1024u)

static void
remember_type (BratState  *state,
               const char *type,
               const char *label,
               const char *color)
{
  if (g_hash_table_contains (state->labels, type))
    return;
  g_ptr_array_add (state->types, g_strdup (type));
  g_hash_table_insert (state->labels, g_strdup (type), g_strdup (label));
  if (color != NULL)
    g_hash_table_insert (state->colors, g_strdup (type), g_strdup (color));
}

/* A conf file in the way: never replaced unless Kaynak wrote it */
static gboolean
conf_refuse (GFile   *file,
             GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
               _("“%s” was not written by Kaynak, so the brat export does not replace it. "
                 "Export into another folder, or move the file away."), name);
  return FALSE;
}

/* An earlier export into the same folder (another article, an earlier
 * run) wrote annotation.conf and visual.conf for its articles, whose .ann
 * files stay.  Its types are read back first, so that they keep their
 * names and labels and the new files declare them all.  Conf files that
 * Kaynak did not write are refused rather than replaced: a hand-made
 * brat configuration would be lost. */
static gboolean
read_earlier_conf (KaynakExportWriter  *writer,
                   BratState           *state,
                   GError             **error)
{
  g_autoptr(GFile) conf = g_file_get_child (writer->folder, "annotation.conf");
  g_autoptr(GFile) visual = g_file_get_child (writer->folder, "visual.conf");
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *visual_data = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length, visual_length = 0;
  gboolean entities = FALSE;

  /* read as the files are written: never through a link */
  data = kaynak_output_folder_read (writer->output_folder, "annotation.conf", CONF_MAX_SIZE,
                                    &length, &local_error);
  if (data == NULL)
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_clear_error (&local_error);
      /* a visual.conf alone is not Kaynak's either */
      visual_data = kaynak_output_folder_read (writer->output_folder, "visual.conf",
                                               CONF_MAX_SIZE, &visual_length, &local_error);
      if (visual_data != NULL)
        return conf_refuse (visual, error);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return TRUE;
    }
  if (kaynak_format_brat_is_attribution_conf (data))
    {
      g_autofree char *name = g_file_get_parse_name (conf);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                   _("“%s” is of a brat export in the attribution style, so the export with a type "
                     "per source does not replace it. Export into another folder, or in the same style."),
                   name);
      return FALSE;
    }
  if (!g_str_has_prefix (data, CONF_HEADER) || !g_utf8_validate_len (data, length, NULL))
    return conf_refuse (conf, error);

  visual_data = kaynak_output_folder_read (writer->output_folder, "visual.conf",
                                           CONF_MAX_SIZE, &visual_length, &local_error);
  if (visual_data == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (visual_data != NULL)
    kaynak_format_brat_parse_visual_conf (visual_data, visual_length, labels, colors);
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      const char *label;

      if (*line == '#' || *line == '\0')
        continue;
      if (*line == '[')
        {
          entities = g_str_equal (line, "[entities]");
          continue;
        }
      if (!entities)
        continue;  /* relations and the Status attribute are written anew */
      /* edited by hand into something Kaynak would not write */
      if (!kaynak_format_is_safe_type_name (line))
        return conf_refuse (conf, error);
      if (g_str_equal (line, "Claim"))
        {
          remember_type (state, "Claim", "Claim", NULL);
          continue;
        }
      /* as the importer does: the type itself when visual.conf has no label */
      label = g_hash_table_lookup (labels, line);
      if (label == NULL)
        label = line;
      /* a type whose label an earlier type has stays declared, but new
       * claims of that label keep the earlier name */
      kaynak_type_names_take (state->names, line, label);
      remember_type (state, line, label, g_hash_table_lookup (colors, line));
    }
  return TRUE;
}

gboolean
kaynak_brat_style_from_name (const char      *name,
                             KaynakBratStyle *style)
{
  if (g_strcmp0 (name, "sources") == 0)
    *style = KAYNAK_BRAT_STYLE_SOURCES;
  else if (g_strcmp0 (name, "attribution") == 0)
    *style = KAYNAK_BRAT_STYLE_ATTRIBUTION;
  else
    return FALSE;
  return TRUE;
}

const char *
kaynak_brat_style_to_name (KaynakBratStyle style)
{
  return style == KAYNAK_BRAT_STYLE_ATTRIBUTION ? "attribution" : "sources";
}

static gboolean
brat_begin (KaynakExportWriter *writer,
            GError            **error)
{
  BratState *state;

  /* the attribution style: kaynak-format-brat-attribution.c */
  if (writer->options.brat_style == KAYNAK_BRAT_STYLE_ATTRIBUTION)
    return kaynak_format_brat_attribution_begin (writer, error);

  state = g_new0 (BratState, 1);

  state->names = kaynak_type_names_new ();
  state->types = g_ptr_array_new_with_free_func (g_free);
  state->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->fields = kaynak_brat_fields_new ();
  writer->data = state;
  writer->data_free = brat_state_free;
  return read_earlier_conf (writer, state, error);
}

void
kaynak_format_brat_append_span (GString        *spans,
                                GString        *text,
                                const gunichar *chars,
                                const guint    *bounds,
                                guint           n)
{
  for (guint r = 0; r < n; r++)
    {
      guint start = bounds[2 * r], end = bounds[2 * r + 1];
      guint frag = start;

      /* Split at line breaks: a brat span may not contain one, and brat
       * reads the .ann a line at a time the way Python's splitlines()
       * does, which ends a line at more than \n and \r.  Offsets stay
       * those of the .txt: the line break is only left out of the span. */
      for (guint k = start; k <= end; k++)
        {
          gboolean brk = k == end || kaynak_format_is_line_break (chars[k]);

          if (!brk)
            continue;
          if (k > frag)
            {
              g_string_append_printf (spans, "%s%u %u", spans->len ? ";" : "", frag, k);
              if (text->len)
                g_string_append_c (text, ' ');
              for (guint c = frag; c < k; c++)
                g_string_append_unichar (text, chars[c]);
            }
          frag = k + 1;
        }
    }
}

static gboolean brat_add_sources (KaynakExportWriter *writer,
                                  KaynakDocument     *document,
                                  GError            **error);

static gboolean
brat_add (KaynakExportWriter *writer,
          KaynakDocument     *document,
          GError            **error)
{
  if (writer->options.brat_style == KAYNAK_BRAT_STYLE_ATTRIBUTION)
    return kaynak_format_brat_attribution_add (writer, document, error);
  return brat_add_sources (writer, document, error);
}

static gboolean
brat_add_sources (KaynakExportWriter *writer,
                  KaynakDocument     *document,
                  GError            **error)
{
  BratState *state = writer->data;
  g_autoptr(KaynakFormatDoc) doc = kaynak_format_doc_new (NULL, document);
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  g_autoptr(GHashTable) t_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) ann = g_string_new (NULL);
  g_autofree char *stem = kaynak_format_unique_stem (writer, document);
  g_autofree char *txt_name = g_strconcat (stem, ".txt", NULL);
  g_autofree char *ann_name = g_strconcat (stem, ".ann", NULL);
  GListModel *links = kaynak_document_get_links (document);
  guint n_attr = 0, n_note = 0, n_rel = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
      const char *type = "Claim";
      g_autoptr(GString) spans = g_string_new (NULL);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree guint *bounds = g_new (guint, 2 * kaynak_claim_get_n_pieces (claim));

      /* a claim in pieces is one span in as many fragments ("s e;s e") */
      for (guint p = 0; p < kaynak_claim_get_n_pieces (claim); p++)
        {
          KaynakRange piece = kaynak_claim_get_piece (claim, p);

          bounds[2 * p] = piece.start;
          bounds[2 * p + 1] = piece.end;
        }
      kaynak_format_brat_append_span (spans, text, doc->text, bounds, kaynak_claim_get_n_pieces (claim));
      if (spans->len == 0)
        {
          /* nothing but line breaks: brat cannot show it */
          writer->n_skipped++;
          continue;
        }

      if (source != NULL)
        {
          type = kaynak_type_names_get (state->names, kaynak_source_get_label (source));
          remember_type (state, type, kaynak_source_get_label (source),
                         kaynak_source_get_color (source));
        }
      else
        remember_type (state, type, "Claim", NULL);

      g_hash_table_insert (t_ids, (gpointer) kaynak_claim_get_id (claim),
                           GUINT_TO_POINTER (i + 1));
      g_string_append_printf (ann, "T%u\t%s %s\t%s\n", i + 1, type, spans->str, text->str);
      if (kaynak_claim_get_status (claim) != KAYNAK_CLAIM_STATUS_UNVERIFIED)
        g_string_append_printf (ann, "A%u\tStatus T%u %s\n", ++n_attr, i + 1,
                                kaynak_claim_status_to_id (kaynak_claim_get_status (claim)));
      /* a codebook's fields before the note, so that an import, which
       * keeps the last note of a span, keeps the claim's own */
      kaynak_brat_fields_append (state->fields, ann, document, claim, i + 1, &n_attr, &n_note);
      if (*kaynak_claim_get_note (claim) != '\0')
        {
          g_string_append_printf (ann, "#%u\tAnnotatorNotes T%u\t", ++n_note, i + 1);
          kaynak_format_append_one_line (ann, kaynak_claim_get_note (claim));
          g_string_append_c (ann, '\n');
        }
      writer->n_claims++;
    }

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (t_ids, kaynak_link_get_from (link)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (t_ids, kaynak_link_get_to (link)));
      g_autofree char *name = kaynak_format_relation_name (kaynak_link_get_link_type (link));

      if (from != 0 && to != 0)
        g_string_append_printf (ann, "R%u\t%s Arg1:T%u Arg2:T%u\n", ++n_rel, name, from, to);
    }

  return kaynak_format_write_file (writer, txt_name, kaynak_document_get_text (document),
                                   kaynak_document_get_text_bytes (document), error) &&
         kaynak_format_write_file (writer, ann_name, ann->str, ann->len, error);
}

#define EXACT_LABEL_COMMENT "# Kaynak label: "

/* "# Kaynak label: TYPE "…"": the label as a JSON string, with every
 * character Python ends a line at escaped, so that the comment stays one
 * line for brat */
static void
append_exact_label (GString    *out,
                    const char *type,
                    const char *label)
{
  g_autoptr(GString) json = g_string_new (NULL);

  kaynak_json_append_string (json, label);
  g_string_replace (json, "\xc2\x85", "\\u0085", 0);
  g_string_replace (json, "\u2028", "\\u2028", 0);
  g_string_replace (json, "\u2029", "\\u2029", 0);
  g_string_append_printf (out, EXACT_LABEL_COMMENT "%s %s\n", type, json->str);
}

static gboolean
brat_finish (KaynakExportWriter *writer,
             GError            **error)
{
  BratState *state = writer->data;

  if (writer->options.brat_style == KAYNAK_BRAT_STYLE_ATTRIBUTION)
    return kaynak_format_brat_attribution_finish (writer, error);
  g_autoptr(GString) conf = g_string_new (NULL);
  g_autoptr(GString) visual = g_string_new (NULL);
  GString *values = g_string_new (NULL);

  if (writer->n_documents == 0)
    return TRUE;

  g_string_append (conf, CONF_HEADER "[entities]\n");
  for (guint i = 0; i < state->types->len; i++)
    g_string_append_printf (conf, "%s\n", (char *) g_ptr_array_index (state->types, i));
  g_string_append (conf, "\n[relations]\n");
  for (guint t = 0; t < KAYNAK_N_LINK_TYPES; t++)
    {
      g_autofree char *name = kaynak_format_relation_name (t);

      g_string_append_printf (conf, "%s\tArg1:<ENTITY>, Arg2:<ENTITY>\n", name);
    }
  g_string_append (conf, "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
  g_string_append (conf, "\n[events]\n\n[attributes]\n");
  for (guint s = 0; s < KAYNAK_N_CLAIM_STATUSES; s++)
    g_string_append_printf (values, "%s%s", s ? "|" : "", kaynak_claim_status_to_id (s));
  g_string_append_printf (conf, "Status\tArg:<ENTITY>, Value:%s\n", values->str);
  kaynak_brat_fields_append_conf (state->fields, conf);
  g_string_free (values, TRUE);

  g_string_append (visual, "[labels]\n");
  for (guint i = 0; i < state->types->len; i++)
    {
      const char *type = g_ptr_array_index (state->types, i);
      const char *exact = g_hash_table_lookup (state->labels, type);
      g_autofree char *label = kaynak_format_one_line_label (exact);

      if (!g_str_equal (label, exact))
        append_exact_label (visual, type, exact);
      g_string_append_printf (visual, "%s | %s\n", type, label);
    }
  g_string_append (visual, "\n[drawing]\n");
  for (guint i = 0; i < state->types->len; i++)
    {
      const char *type = g_ptr_array_index (state->types, i);
      const char *color = g_hash_table_lookup (state->colors, type);

      if (color != NULL)
        g_string_append_printf (visual, "%s\tbgColor:%s\n", type, color);
    }

  return kaynak_format_write_file (writer, "annotation.conf", conf->str, conf->len, error) &&
         kaynak_format_write_file (writer, "visual.conf", visual->str, visual->len, error);
}

const KaynakExporter kaynak_format_brat = {
  .name = "brat",
  .label = N_("brat standoff (.txt and .ann per article)"),
  .extension = ".ann",
  .mime_type = "text/plain",
  .kind = KAYNAK_EXPORT_PER_DOCUMENT,
  .begin = brat_begin,
  .add = brat_add,
  .finish = brat_finish,
};

/* "TYPE "…"" of an exact label comment into @exact */
static void
read_exact_label (const char *rest,
                  GHashTable *exact)
{
  const char *space = strchr (rest, ' ');
  g_autoptr(JsonNode) node = NULL;

  if (space == NULL)
    return;
  node = kaynak_format_parse_json (space + 1, strlen (space + 1), NULL, NULL);
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    g_hash_table_insert (exact, g_strndup (rest, space - rest),
                         g_strdup (json_node_get_string (node)));
}

/* Labels and colours from the text of a visual.conf (the export reads an
 * earlier one, the import the one that goes with the article) */
void
kaynak_format_brat_parse_visual_conf (const char *data,
                                      gsize       length,
                                      GHashTable *labels,
                                      GHashTable *colors)
{
  g_autoptr(GHashTable) exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = NULL;
  const char *section = "";
  GHashTableIter iter;
  gpointer exact_type, exact_label;

  if (!g_utf8_validate_len (data, length, NULL) || memchr (data, '\0', length) != NULL)
    return;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, EXACT_LABEL_COMMENT))
        read_exact_label (line + strlen (EXACT_LABEL_COMMENT), exact);
      if (*line == '#' || *line == '\0')
        continue;
      if (*line == '[')
        {
          section = g_str_has_prefix (line, "[labels]") ? "labels"
                  : g_str_has_prefix (line, "[drawing]") ? "drawing" : "";
          continue;
        }
      if (g_str_equal (section, "labels"))
        {
          g_auto(GStrv) parts = g_strsplit (line, "|", 3);

          if (parts[0] != NULL && parts[1] != NULL)
            g_hash_table_insert (labels, g_strdup (g_strstrip (parts[0])),
                                 g_strdup (g_strstrip (parts[1])));
        }
      else if (g_str_equal (section, "drawing"))
        {
          const char *bg = strstr (line, "bgColor:");
          g_autofree char *type = g_strndup (line, strcspn (line, " \t"));

          if (bg != NULL)
            {
              g_autofree char *color = g_strndup (bg + 8, 7);

              if (kaynak_color_is_valid (color))
                g_hash_table_insert (colors, g_steal_pointer (&type), g_steal_pointer (&color));
            }
        }
    }

  /* The exact label, where the line still shows it */
  g_hash_table_iter_init (&iter, exact);
  while (g_hash_table_iter_next (&iter, &exact_type, &exact_label))
    {
      const char *shown = g_hash_table_lookup (labels, exact_type);
      g_autofree char *expected = kaynak_format_one_line_label (exact_label);

      if (shown != NULL && g_str_equal (shown, expected))
        g_hash_table_insert (labels, g_strdup (exact_type), g_strdup (exact_label));
    }
}
