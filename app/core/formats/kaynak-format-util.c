/* kaynak-format-util.c: helpers every format file uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include "kaynak-file-names.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-format-private.h"
#include "kaynak-json-guard.h"
#include "kaynak-json-load.h"
#include "kaynak-read.h"

GString *
kaynak_format_reset_buffer (KaynakExportWriter *writer)
{
  /* a huge article should not keep its memory for all the others */
  if (writer->buffer->allocated_len > 16 * 1024 * 1024)
    {
      g_string_free (writer->buffer, TRUE);
      writer->buffer = g_string_sized_new (64 * 1024);
    }
  g_string_truncate (writer->buffer, 0);
  return writer->buffer;
}

gboolean
kaynak_format_write (KaynakExportWriter *writer,
                     const char         *text,
                     gsize               length,
                     GError            **error)
{
  return g_output_stream_write_all (writer->stream, text, length, NULL, NULL, error);
}

char *
kaynak_format_unique_stem (KaynakExportWriter *writer,
                           KaynakDocument     *document)
{
  g_autofree char *stem = kaynak_document_dup_stem (document);
  char *unique = g_strdup (stem);

  for (guint n = 2; g_hash_table_contains (writer->stems, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s-%u", stem, n);
    }
  g_hash_table_add (writer->stems, g_strdup (unique));
  return unique;
}

gboolean
kaynak_format_write_file (KaynakExportWriter *writer,
                          const char         *name,
                          const char         *contents,
                          gsize               length,
                          GError            **error)
{
  if (!kaynak_output_folder_write (writer->output_folder, name, contents, length, error))
    return FALSE;
  writer->n_files++;
  return TRUE;
}

/* Bytes that need escaping in a JSON string: controls, '"' and '\\';
 * for a <script> element also '&', '<', '>' and the first byte of U+2028
 * and U+2029 (0xE2, which starts other characters too) */
static const guint8 json_escape[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};
static const guint8 json_script_escape[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
  [0xE2] = 1,
};

static void
json_append (GString       *out,
             const char    *s,
             gsize          length,
             const guint8  *escape)
{
  const guchar *p = (const guchar *) s;
  const guchar *end = p + length;

  g_string_append_c (out, '"');
  while (p < end)
    {
      const guchar *run = p;
      const char *esc;
      char buf[8];

      /* the common case: a long run of bytes that need nothing */
      while (p < end && !escape[*p])
        p++;
      g_string_append_len (out, (const char *) run, p - run);
      if (p == end)
        break;
      if (*p == 0xE2)
        {
          /* U+2028 and U+2029 are E2 80 A8 and E2 80 A9 */
          if (end - p >= 3 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
            {
              g_string_append (out, p[2] == 0xA8 ? "\\u2028" : "\\u2029");
              p += 3;
            }
          else
            g_string_append_c (out, *p++);
          continue;
        }
      switch (*p)
        {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
          /* controls, and & < > for a <script> element */
          g_snprintf (buf, sizeof buf, "\\u%04x", *p);
          esc = buf;
        }
      g_string_append (out, esc);
      p++;
    }
  g_string_append_c (out, '"');
}

void
kaynak_json_append_len (GString    *out,
                        const char *s,
                        gsize       length)
{
  json_append (out, s, length, json_escape);
}

void
kaynak_json_append_len_script_safe (GString    *out,
                                    const char *s,
                                    gsize       length)
{
  json_append (out, s, length, json_script_escape);
}

void
kaynak_json_append_string (GString    *out,
                           const char *s)
{
  kaynak_json_append_len (out, s, strlen (s));
}

void
kaynak_html_append_escaped (GString    *out,
                            const char *s,
                            gssize      length)
{
  const char *end = length < 0 ? s + strlen (s) : s + length;
  const char *run = s;

  for (const char *p = s; p < end; p++)
    {
      const char *esc;

      switch (*p)
        {
        case '&': esc = "&amp;"; break;
        case '<': esc = "&lt;"; break;
        case '>': esc = "&gt;"; break;
        case '"': esc = "&quot;"; break;
        case '\'': esc = "&#39;"; break;
        default: continue;
        }
      g_string_append_len (out, run, p - run);
      g_string_append (out, esc);
      run = p + 1;
    }
  g_string_append_len (out, run, end - run);
}

char *
kaynak_format_document_path (KaynakExportWriter *writer,
                             KaynakDocument     *document)
{
  GFile *file = kaynak_document_get_file (document);
  char *relative;

  if (file == NULL)
    return g_strdup ("");
  if (writer->options.relative_to != NULL &&
      (relative = g_file_get_relative_path (writer->options.relative_to, file)) != NULL)
    return relative;
  if (writer->options.relative_to != NULL && g_file_equal (writer->options.relative_to, file))
    return g_strdup (".");
  relative = g_file_get_path (file);
  return relative ? relative : g_file_get_uri (file);
}

const char *
kaynak_format_document_id (KaynakDocument *document)
{
  return kaynak_document_get_sha256 (document);
}

GPtrArray *
kaynak_format_export_claims (KaynakExportWriter *writer,
                             KaynakDocument     *document)
{
  GListModel *claims = kaynak_document_get_claims (document);
  guint n = g_list_model_get_n_items (claims);
  GPtrArray *out = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      KaynakClaim *claim = g_list_model_get_item (claims, i);

      if (kaynak_claim_get_orphaned (claim))
        {
          writer->n_skipped++;
          g_object_unref (claim);
          continue;
        }
      g_ptr_array_add (out, claim);
    }
  return out;
}

char *
kaynak_format_safe_type_name (const char *label)
{
  /* Turkish letters first: g_str_to_ascii() depends on the locale for some
   * of them and "ı" has no decomposition. */
  static const struct { const char *from, *to; } turkish[] = {
    { "ı", "i" }, { "İ", "I" }, { "ş", "s" }, { "Ş", "S" }, { "ğ", "g" },
    { "Ğ", "G" }, { "ç", "c" }, { "Ç", "C" }, { "ö", "o" }, { "Ö", "O" },
    { "ü", "u" }, { "Ü", "U" },
  };
  g_autoptr(GString) folded = NULL;
  g_autofree char *ascii = NULL;
  GString *out;
  gboolean pending_underscore = FALSE;

  if (label == NULL || *label == '\0')
    return g_strdup ("Claim");

  folded = g_string_new (label);
  for (guint i = 0; i < G_N_ELEMENTS (turkish); i++)
    g_string_replace (folded, turkish[i].from, turkish[i].to, 0);
  ascii = g_str_to_ascii (folded->str, "C");

  out = g_string_new (NULL);
  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_underscore && out->len > 0)
            g_string_append_c (out, '_');
          pending_underscore = FALSE;
          g_string_append_c (out, *p);
        }
      else
        pending_underscore = TRUE;
    }
  if (out->len == 0)
    g_string_assign (out, "Source");
  else if (!g_ascii_isalpha (out->str[0]))
    g_string_prepend (out, "S_");
  return g_string_free (out, FALSE);
}

gboolean
kaynak_format_is_safe_type_name (const char *name)
{
  if (name == NULL || !g_ascii_isalpha (*name))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

char *
kaynak_format_relation_name (KaynakLinkType type)
{
  char *name = g_strdup (kaynak_link_type_to_id (type));

  return g_strdelimit (name, "-", '_');
}

struct _KaynakTypeNames
{
  GHashTable *by_label;  /* label (one line) → name */
  GHashTable *taken;     /* names given or reserved */
};

KaynakTypeNames *
kaynak_type_names_new (void)
{
  KaynakTypeNames *names = g_new0 (KaynakTypeNames, 1);

  names->by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* brat's annotation.conf declares these beside the entity types: a
   * source may not be called any of them */
  g_hash_table_add (names->taken, g_strdup ("Claim"));
  g_hash_table_add (names->taken, g_strdup ("Status"));
  g_hash_table_add (names->taken, g_strdup ("AnnotatorNotes"));
  for (guint t = 0; t < KAYNAK_N_LINK_TYPES; t++)
    g_hash_table_add (names->taken, kaynak_format_relation_name (t));
  return names;
}

void
kaynak_type_names_free (KaynakTypeNames *names)
{
  if (names == NULL)
    return;
  g_hash_table_unref (names->by_label);
  g_hash_table_unref (names->taken);
  g_free (names);
}

char *
kaynak_format_one_line_label (const char *label)
{
  GString *out = g_string_new (NULL);

  kaynak_format_append_one_line (out, label ? label : "");
  /* brat splits a visual.conf label at '|' into the forms it shows */
  g_string_replace (out, "|", "\u00a6", 0);
  return g_strstrip (g_string_free (out, FALSE));
}

const char *
kaynak_type_names_get (KaynakTypeNames *names,
                       const char      *label)
{
  g_autofree char *key = g_strdup (label ? label : "");
  g_autofree char *base = NULL;
  const char *name = g_hash_table_lookup (names->by_label, key);
  char *made;

  if (name != NULL)
    return name;
  base = kaynak_format_safe_type_name (label);
  made = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (names->taken, made); n++)
    {
      g_free (made);
      made = g_strdup_printf ("%s_%u", base, n);
    }
  /* the taken set owns the name; the label map points at it */
  g_hash_table_add (names->taken, made);
  g_hash_table_insert (names->by_label, g_steal_pointer (&key), made);
  return made;
}

gboolean
kaynak_type_names_take (KaynakTypeNames *names,
                        const char      *name,
                        const char      *label)
{
  g_autofree char *key = g_strdup (label ? label : "");
  char *copy;

  if (g_hash_table_contains (names->taken, name) ||
      g_hash_table_contains (names->by_label, key))
    return FALSE;
  copy = g_strdup (name);
  g_hash_table_add (names->taken, copy);
  g_hash_table_insert (names->by_label, g_steal_pointer (&key), copy);
  return TRUE;
}

gboolean
kaynak_format_is_line_break (gunichar c)
{
  switch (c)
    {
    case '\n': case '\r': case '\v': case '\f':
    case 0x1c: case 0x1d: case 0x1e:
    case 0x85: case 0x2028: case 0x2029:
      return TRUE;
    default:
      return FALSE;
    }
}

void
kaynak_format_append_one_line (GString    *out,
                               const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || kaynak_format_is_line_break (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

char *
kaynak_format_uuid_urn (const char *name)
{
  /* RFC 4122 name-based UUID (version 5) in the URL namespace */
  static const guint8 url_namespace[16] = {
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
    0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
  };
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  g_checksum_update (sha1, url_namespace, sizeof url_namespace);
  g_checksum_update (sha1, (const guchar *) name, strlen (name));
  g_checksum_get_digest (sha1, digest, &len);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4],
                          digest[5], digest[6], digest[7], digest[8], digest[9],
                          digest[10], digest[11], digest[12], digest[13],
                          digest[14], digest[15]);
}

char *
kaynak_format_links_string (GPtrArray *links)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      KaynakLink *link = g_ptr_array_index (links, i);

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s:%s>%s",
                              kaynak_link_type_to_id (kaynak_link_get_link_type (link)),
                              kaynak_link_get_from (link), kaynak_link_get_to (link));
    }
  return g_string_free (out, FALSE);
}

static void
add_link (GHashTable *table,
          const char *claim_id,
          KaynakLink *link)
{
  GPtrArray *list = g_hash_table_lookup (table, claim_id);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (table, (gpointer) claim_id, list);
    }
  g_ptr_array_add (list, g_object_ref (link));
}

KaynakFormatDoc *
kaynak_format_doc_new (KaynakExportWriter *writer,
                       KaynakDocument     *document)
{
  KaynakFormatDoc *doc = g_new0 (KaynakFormatDoc, 1);
  GListModel *links = kaynak_document_get_links (document);
  glong length = 0;

  doc->document = g_object_ref (document);
  doc->text = g_utf8_to_ucs4_fast (kaynak_document_get_text (document),
                                   kaynak_document_get_text_bytes (document), &length);
  doc->length = (guint) length;
  doc->sentences = kaynak_sentences_split (doc->text, doc->length);
  doc->path = writer != NULL ? kaynak_format_document_path (writer, document) : g_strdup ("");
  /* keys point into the links, which the lists keep alive */
  doc->links = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                      (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);

      add_link (doc->links, kaynak_link_get_from (link), link);
      if (g_strcmp0 (kaynak_link_get_from (link), kaynak_link_get_to (link)) != 0)
        add_link (doc->links, kaynak_link_get_to (link), link);
    }
  return doc;
}

void
kaynak_format_doc_free (KaynakFormatDoc *doc)
{
  if (doc == NULL)
    return;
  g_hash_table_unref (doc->links);
  g_array_unref (doc->sentences);
  g_free (doc->text);
  g_free (doc->path);
  g_object_unref (doc->document);
  g_free (doc);
}

const char *
kaynak_format_doc_sentence_bytes (KaynakFormatDoc *doc,
                                  KaynakClaim     *claim,
                                  gsize           *length)
{
  guint start = MIN (kaynak_claim_get_start (claim), doc->length);
  guint end = MIN (kaynak_claim_get_end (claim), doc->length);
  const char *text = kaynak_document_get_text (doc->document);
  gsize b, e;
  guint s, en;

  kaynak_sentences_cover (doc->sentences, start, end, &s, &en);
  b = kaynak_document_offset_to_byte (doc->document, s);
  e = kaynak_document_offset_to_byte (doc->document, en);
  *length = e - b;
  return text + b;
}

GPtrArray *
kaynak_format_doc_links (KaynakFormatDoc *doc,
                         KaynakClaim     *claim)
{
  return g_hash_table_lookup (doc->links, kaynak_claim_get_id (claim));
}

KaynakClaim *
kaynak_format_new_claim (KaynakDocument *document,
                         const char     *id,
                         guint           start,
                         guint           end)
{
  KaynakClaim *claim = kaynak_claim_new (id, start, end);
  g_autofree char *now = kaynak_timestamp_now ();

  kaynak_document_anchor_claim (document, claim, start, end);
  /* imported now, unless the format says when (W3C does) */
  kaynak_claim_set_created (claim, now);
  kaynak_claim_set_modified (claim, now);
  return claim;
}

char *
kaynak_format_read_file (GFile        *file,
                         gsize         max_size,
                         gsize        *length,
                         GCancellable *cancellable,
                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  goffset size = 0;
  guint8 *data;

  /* the bounded reader: a FIFO or a device is refused unread, a file is
   * refused from its size, a growing one at the limit */
  data = kaynak_read_file (file, max_size, length, &size, cancellable, &local_error);
  if (data != NULL)
    return (char *) data;
  if (g_error_matches (local_error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE))
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                 _("“%s” is larger than %u MiB."), name, (guint) (max_size / (1024 * 1024)));
  else
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                 _("Could not read “%s”: %s"), name, local_error->message);
  return NULL;
}

/* @where NULL: a whole file; else one line of a JSON Lines file, which is
 * line @line and starts at byte @byte */
static JsonNode *
parse_json (const char *data,
            gsize       length,
            const char *where,
            guint       line,
            gsize       byte,
            GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  KaynakJsonCount count;

  if (!kaynak_json_guard_check_part (data, length, KAYNAK_FILE_MAX_DEPTH, NULL,
                                     line, byte, &count, &local_error))
    {
      /* the guard's message names the line already */
      g_set_error_literal (error, KAYNAK_ERROR, local_error->code, local_error->message);
      return NULL;
    }
  /* json-glib's memory follows the number of values, not the size: the
   * native loader's budget, for every JSON Kaynak reads */
  if (!kaynak_json_guard_check_budget (&count, error))
    {
      if (where != NULL)
        g_prefix_error (error, "%s: ", where);
      return NULL;
    }
  /* the guard is strict (RFC 8259): json-glib is given valid JSON only */
  parser = json_parser_new_immutable ();
  if (!kaynak_json_load (parser, data, length, line, 1, error))
    return NULL;
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX,
                   _("%s%sEmpty JSON."), where ? where : "", where ? ": " : "");
      return NULL;
    }
  return json_parser_steal_root (parser);
}

JsonNode *
kaynak_format_parse_json (const char *data,
                          gsize       length,
                          const char *where,
                          GError    **error)
{
  return parse_json (data, length, where, 1, 0, error);
}

JsonNode *
kaynak_format_parse_json_line (const char *data,
                               gsize       length,
                               guint       line,
                               gsize       byte,
                               GError    **error)
{
  g_autofree char *where = g_strdup_printf (_("line %u"), line);

  return parse_json (data, length, where, line, byte, error);
}

char *
kaynak_format_escape_for_message (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (g_unichar_iscntrl (c) || kaynak_format_is_line_break (c))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

void
kaynak_format_prefix_error (GError **error,
                            GFile   *file)
{
  g_autofree char *name = NULL;

  if (error == NULL || *error == NULL)
    return;
  name = g_file_get_parse_name (file);
  g_prefix_error (error, "%s: ", name);
}

/* --- A streaming JSON emitter -------------------------------------------- */

void
kaynak_json_init (KaynakJson *json,
                  GString    *out)
{
  memset (json, 0, sizeof *json);
  json->out = out;
  json->empty[0] = TRUE;
}

void
kaynak_json_set_script_safe (KaynakJson *json,
                             gboolean    script_safe)
{
  json->script_safe = script_safe;
}

static void
json_member (KaynakJson *json,
             const char *key)
{
  if (!json->empty[json->depth])
    g_string_append_c (json->out, ',');
  if (json->depth > 0 || !json->empty[0])
    {
      g_string_append_c (json->out, '\n');
      for (guint i = 0; i < json->depth; i++)
        g_string_append (json->out, "  ");
    }
  json->empty[json->depth] = FALSE;
  if (key != NULL)
    {
      json_append (json->out, key, strlen (key),
                   json->script_safe ? json_script_escape : json_escape);
      g_string_append (json->out, ": ");
    }
}

static void
json_open (KaynakJson *json,
           const char *key,
           char        bracket)
{
  json_member (json, key);
  g_string_append_c (json->out, bracket);
  g_assert (json->depth + 1 < KAYNAK_JSON_MAX_DEPTH);
  json->depth++;
  json->empty[json->depth] = TRUE;
}

static void
json_close (KaynakJson *json,
            char        bracket)
{
  gboolean was_empty = json->empty[json->depth];

  json->depth--;
  if (!was_empty)
    {
      g_string_append_c (json->out, '\n');
      for (guint i = 0; i < json->depth; i++)
        g_string_append (json->out, "  ");
    }
  g_string_append_c (json->out, bracket);
}

void
kaynak_json_begin_object (KaynakJson *json,
                          const char *key)
{
  json_open (json, key, '{');
}

void
kaynak_json_end_object (KaynakJson *json)
{
  json_close (json, '}');
}

void
kaynak_json_begin_array (KaynakJson *json,
                         const char *key)
{
  json_open (json, key, '[');
}

void
kaynak_json_end_array (KaynakJson *json)
{
  json_close (json, ']');
}

void
kaynak_json_string (KaynakJson *json,
                    const char *key,
                    const char *value)
{
  json_member (json, key);
  json_append (json->out, value, strlen (value),
               json->script_safe ? json_script_escape : json_escape);
}

void
kaynak_json_nonempty (KaynakJson *json,
                      const char *key,
                      const char *value)
{
  if (value != NULL && *value != '\0')
    kaynak_json_string (json, key, value);
}

void
kaynak_json_uint (KaynakJson *json,
                  const char *key,
                  guint       value)
{
  json_member (json, key);
  g_string_append_printf (json->out, "%u", value);
}

void
kaynak_json_raw (KaynakJson *json,
                 const char *key,
                 const char *literal)
{
  json_member (json, key);
  g_string_append (json->out, literal);
}
