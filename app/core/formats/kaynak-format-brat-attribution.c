/* kaynak-format-brat-attribution.c: the brat export in the attribution
 * style (`kaynak --export brat --brat-style attribution`), as the
 * attribution corpora of news are written (PolNeAR, PARC 3.0 in brat), so
 * that a folder annotated in Kaynak trains and evaluates the same models:
 *
 *   T1<TAB>Content 22 51<TAB>Hillary Clinton for president   its pieces
 *   T2<TAB>Source 0 15<TAB>Washington Post                   source_ranges
 *   T3<TAB>Cue 16 21<TAB>backs                               cue_ranges
 *   T4<TAB>Attribution 16 21<TAB>backs                       the trigger
 *   E1<TAB>Attribution:T4 Content:T1 Source:T2 Cue:T3
 *
 * per claim, in document order.  The trigger stands where the cue does (as
 * in PolNeAR), or on the content's first fragment when the claim has no
 * cue words marked; a claim without source words gets no Source span (its
 * source has no place in the text to point at), one without cue words no
 * Cue span.  Every span is split at line breaks, as the other style does.
 * The claim's status is an attribute of its Content span, its note an
 * AnnotatorNotes of it, and links are relations between Content spans.
 * The importer (kaynak-format-brat-import.c) reads this back as an
 * attribution corpus: the same Content, Source and Cue ranges per event.
 *
 * annotation.conf declares the three entity types, the Attribution event,
 * the relations and the Status attribute; visual.conf gives them colours.
 * Both are the same for every export in this style, so a folder that has
 * them from an earlier run in this style gets them again; conf files of
 * the other style or of another tool are refused, never replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-format-private.h"

/* The conf files are small; anything larger is not Kaynak's */
#define CONF_MAX_SIZE (16u * 1024u * 1024u)

/* --- The claim's ranges ---------------------------------------------------- */

/* Appends the claim's pieces to @bounds (start, end, …): a KaynakRange
 * is two guints */
static void
append_pieces (KaynakClaim *claim,
               GArray      *bounds)
{
  for (guint i = 0; i < kaynak_claim_get_n_pieces (claim); i++)
    {
      KaynakRange piece = kaynak_claim_get_piece (claim, i);

      g_array_append_vals (bounds, &piece, 2);
    }
}

static void
append_ranges (const KaynakRange *ranges,
               guint              n,
               GArray            *bounds)
{
  if (n > 0)
    g_array_append_vals (bounds, ranges, 2 * n);
}

static void
append_source_ranges (KaynakClaim *claim,
                      GArray      *bounds)
{
  guint n;
  const KaynakRange *ranges = kaynak_claim_get_source_ranges (claim, &n);

  append_ranges (ranges, n, bounds);
}

static void
append_cue_ranges (KaynakClaim *claim,
                   GArray      *bounds)
{
  guint n;
  const KaynakRange *ranges = kaynak_claim_get_cue_ranges (claim, &n);

  append_ranges (ranges, n, bounds);
}

/* --- Writing --------------------------------------------------------------- */

typedef struct
{
  guint n_t, n_e, n_a, n_note, n_rel;
} Ids;

/* "T7<TAB>TYPE S E;S E<TAB>text" for @bounds; 0 when they are nothing but
 * line breaks (brat cannot show that), else the T number */
static guint
append_entity (GString        *ann,
               Ids            *ids,
               const char     *type,
               const gunichar *chars,
               GArray         *bounds)
{
  g_autoptr(GString) spans = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  if (bounds->len == 0)
    return 0;
  kaynak_format_brat_append_span (spans, text, chars, (const guint *) bounds->data, bounds->len / 2);
  if (spans->len == 0)
    return 0;
  g_string_append_printf (ann, "T%u\t%s %s\t%s\n", ++ids->n_t, type, spans->str, text->str);
  return ids->n_t;
}

gboolean
kaynak_format_brat_attribution_add (KaynakExportWriter *writer,
                                    KaynakDocument     *document,
                                    GError            **error)
{
  g_autoptr(KaynakFormatDoc) doc = kaynak_format_doc_new (NULL, document);
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  g_autoptr(GHashTable) t_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) ann = g_string_new (NULL);
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *stem = kaynak_format_unique_stem (writer, document);
  g_autofree char *txt_name = g_strconcat (stem, ".txt", NULL);
  g_autofree char *ann_name = g_strconcat (stem, ".ann", NULL);
  GListModel *links = kaynak_document_get_links (document);
  Ids ids = { 0 };

  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      guint content, source, cue, trigger;

      g_array_set_size (bounds, 0);
      append_pieces (claim, bounds);
      if ((content = append_entity (ann, &ids, "Content", doc->text, bounds)) == 0)
        {
          /* nothing but line breaks: brat cannot show it */
          writer->n_skipped++;
          continue;
        }
      g_array_set_size (bounds, 0);
      append_source_ranges (claim, bounds);
      source = append_entity (ann, &ids, "Source", doc->text, bounds);
      g_array_set_size (bounds, 0);
      append_cue_ranges (claim, bounds);
      cue = append_entity (ann, &ids, "Cue", doc->text, bounds);
      /* the trigger where the cue stands, else on the content */
      if (bounds->len == 0)
        append_pieces (claim, bounds);
      if ((trigger = append_entity (ann, &ids, "Attribution", doc->text, bounds)) == 0)
        {
          g_array_set_size (bounds, 0);
          append_pieces (claim, bounds);
          trigger = append_entity (ann, &ids, "Attribution", doc->text, bounds);
        }

      g_string_append_printf (ann, "E%u\tAttribution:T%u Content:T%u", ++ids.n_e, trigger, content);
      if (source != 0)
        g_string_append_printf (ann, " Source:T%u", source);
      if (cue != 0)
        g_string_append_printf (ann, " Cue:T%u", cue);
      g_string_append_c (ann, '\n');

      g_hash_table_insert (t_ids, (gpointer) kaynak_claim_get_id (claim), GUINT_TO_POINTER (content));
      if (kaynak_claim_get_status (claim) != KAYNAK_CLAIM_STATUS_UNVERIFIED)
        g_string_append_printf (ann, "A%u\tStatus T%u %s\n", ++ids.n_a, content,
                                kaynak_claim_status_to_id (kaynak_claim_get_status (claim)));
      if (*kaynak_claim_get_note (claim) != '\0')
        {
          g_string_append_printf (ann, "#%u\tAnnotatorNotes T%u\t", ++ids.n_note, content);
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
        g_string_append_printf (ann, "R%u\t%s Arg1:T%u Arg2:T%u\n", ++ids.n_rel, name, from, to);
    }

  return kaynak_format_write_file (writer, txt_name, kaynak_document_get_text (document),
                                   kaynak_document_get_text_bytes (document), error) &&
         kaynak_format_write_file (writer, ann_name, ann->str, ann->len, error);
}

/* --- The conf files -------------------------------------------------------- */

/* The first line of the annotation.conf this style writes: how a later
 * export into the same folder knows it */
#define ATTRIBUTION_CONF_HEADER \
  "# Made by Kaynak: attribution style (Content, Source and Cue spans tied by an Attribution event).\n"

gboolean
kaynak_format_brat_is_attribution_conf (const char *data)
{
  return g_str_has_prefix (data, ATTRIBUTION_CONF_HEADER);
}

gboolean
kaynak_format_brat_attribution_begin (KaynakExportWriter *writer,
                                      GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  /* read as the files are written: never through a link */
  data = kaynak_output_folder_read (writer->output_folder, "annotation.conf", CONF_MAX_SIZE,
                                    &length, &local_error);
  if (data == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);
  if (data == NULL)
    {
      g_autofree char *visual = kaynak_output_folder_read (writer->output_folder, "visual.conf",
                                                           CONF_MAX_SIZE, &length, &local_error);

      if (visual == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (visual == NULL)
        return TRUE;
    }
  if (data != NULL && kaynak_format_brat_is_attribution_conf (data))
    return TRUE;

  /* another style's, or another tool's: never replaced */
  {
    g_autoptr(GFile) conf = g_file_get_child (writer->folder, data != NULL ? "annotation.conf"
                                                                           : "visual.conf");
    g_autofree char *name = g_file_get_parse_name (conf);

    if (data != NULL && g_str_has_prefix (data, "# Made by Kaynak"))
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                   _("“%s” is of a brat export with a type per source, so the attribution-style "
                     "export does not replace it. Export into another folder, or in the same style."),
                   name);
    else
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                   _("“%s” was not written by Kaynak, so the brat export does not replace it. "
                     "Export into another folder, or move the file away."), name);
    return FALSE;
  }
}

gboolean
kaynak_format_brat_attribution_finish (KaynakExportWriter *writer,
                                       GError            **error)
{
  g_autoptr(GString) conf = g_string_new (ATTRIBUTION_CONF_HEADER);
  g_autoptr(GString) values = g_string_new (NULL);
  static const char visual[] =
    "[labels]\n"
    "Content | Content\n"
    "Source | Source\n"
    "Cue | Cue\n"
    "Attribution | Attribution\n"
    "\n[drawing]\n"
    "Content\tbgColor:#99c1f1\n"
    "Source\tbgColor:#f9f06b\n"
    "Cue\tbgColor:#8ff0a4\n"
    "Attribution\tbgColor:#dc8add\n";

  if (writer->n_documents == 0)
    return TRUE;

  g_string_append (conf, "[entities]\nContent\nSource\nCue\n\n[relations]\n");
  for (guint t = 0; t < KAYNAK_N_LINK_TYPES; t++)
    {
      g_autofree char *name = kaynak_format_relation_name (t);

      g_string_append_printf (conf, "%s\tArg1:Content, Arg2:Content\n", name);
    }
  g_string_append (conf, "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
  g_string_append (conf, "\n[events]\nAttribution\tContent:Content, Source?:Source, Cue?:Cue\n");
  for (guint s = 0; s < KAYNAK_N_CLAIM_STATUSES; s++)
    g_string_append_printf (values, "%s%s", s ? "|" : "", kaynak_claim_status_to_id (s));
  g_string_append_printf (conf, "\n[attributes]\nStatus\tArg:Content, Value:%s\n", values->str);

  return kaynak_format_write_file (writer, "annotation.conf", conf->str, conf->len, error) &&
         kaynak_format_write_file (writer, "visual.conf", visual, strlen (visual), error);
}
