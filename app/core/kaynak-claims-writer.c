/* kaynak-claims-writer.c: one claim written as JSON text without a
 * json-glib tree (see the header: json-glib's bytes exactly, or no).
 *
 * Each function here mirrors one of json-glib 1.6's json-generator.c with
 * pretty printing and an indent of two spaces: an object is "{", then
 * per member a newline (",\n" after the first), the indentation of the
 * member's level, the quoted name, " : " and the value, then a newline
 * and the object's own indentation before "}".  A list is the same with
 * "[" and "]", except that an empty one is "[]".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-claims-writer.h"
#include "kaynak-enums.h"

/* The claim's own level in the file: root 0, "claims" 1, the claim 2 */
#define CLAIM_LEVEL 2

/* --- Strings ---------------------------------------------------------------- */

/* What json-glib's json_strescape() writes for a byte: 0 for the byte as
 * it is; 1 for the end of the string.  It escapes '"', '\\', the bytes 1
 * to 0x1e (not 0x1f: its test is "< 0x1f") and 0x7f, with the short forms
 * for \b \f \n \r \t and \u00xx (lower-case hex) for the rest; bytes from
 * 0x80 on are UTF-8 and go as they are. */
static const char *const escapes[0x80] = {
  [0x00] = "",
  [0x01] = "\\u0001", [0x02] = "\\u0002", [0x03] = "\\u0003", [0x04] = "\\u0004",
  [0x05] = "\\u0005", [0x06] = "\\u0006", [0x07] = "\\u0007", [0x08] = "\\b",
  [0x09] = "\\t",     [0x0a] = "\\n",     [0x0b] = "\\u000b", [0x0c] = "\\f",
  [0x0d] = "\\r",     [0x0e] = "\\u000e", [0x0f] = "\\u000f", [0x10] = "\\u0010",
  [0x11] = "\\u0011", [0x12] = "\\u0012", [0x13] = "\\u0013", [0x14] = "\\u0014",
  [0x15] = "\\u0015", [0x16] = "\\u0016", [0x17] = "\\u0017", [0x18] = "\\u0018",
  [0x19] = "\\u0019", [0x1a] = "\\u001a", [0x1b] = "\\u001b", [0x1c] = "\\u001c",
  [0x1d] = "\\u001d", [0x1e] = "\\u001e",
  ['"'] = "\\\"",     ['\\'] = "\\\\",    [0x7f] = "\\u007f",
};

void
kaynak_claims_writer_append_string (GString    *out,
                                    const char *string)
{
  const guchar *p, *run;

  if (string == NULL)
    {
      g_string_append_len (out, "null", 4);
      return;
    }

  g_string_append_c (out, '"');
  run = p = (const guchar *) string;
  for (;;)
    {
      const char *escape;

      /* the plain bytes between escapes, appended at once */
      while (*p >= 0x80 || escapes[*p] == NULL)
        p++;
      g_string_append_len (out, (const char *) run, p - run);
      if (*p == '\0')
        break;
      escape = escapes[*p];
      g_string_append (out, escape);
      run = ++p;
    }
  g_string_append_c (out, '"');
}

/* --- Layout ------------------------------------------------------------------- */

static inline void
indent (GString *out,
        guint    level)
{
  static const char spaces[] = "                                ";

  g_assert (level * 2 < sizeof spaces);
  g_string_append_len (out, spaces, level * 2);
}

/* An object or a list being written, and whether it has an element yet */
typedef struct
{
  GString  *out;
  guint     level;  /* the object's or list's own */
  gboolean  empty;
} Open;

static Open
open_object (GString *out,
             guint    level)
{
  Open o = { out, level, TRUE };

  g_string_append_c (out, '{');
  return o;
}

static Open
open_list (GString *out,
           guint    level)
{
  Open o = { out, level, TRUE };

  g_string_append_c (out, '[');
  return o;
}

/* The next element of @o: what comes before its value */
static void
next (Open *o)
{
  if (o->empty)
    g_string_append_c (o->out, '\n');
  else
    g_string_append_len (o->out, ",\n", 2);
  o->empty = FALSE;
  indent (o->out, o->level + 1);
}

/* The next member of the object @o, up to its value */
static void
member (Open       *o,
        const char *name)
{
  next (o);
  kaynak_claims_writer_append_string (o->out, name);
  g_string_append_len (o->out, " : ", 3);
}

static void
close_object (Open *o)
{
  /* json-glib indents the "}" of an empty object too */
  if (!o->empty)
    g_string_append_c (o->out, '\n');
  indent (o->out, o->level);
  g_string_append_c (o->out, '}');
}

static void
close_list (Open *o)
{
  if (!o->empty)
    {
      g_string_append_c (o->out, '\n');
      indent (o->out, o->level);
    }
  g_string_append_c (o->out, ']');
}

/* --- Values --------------------------------------------------------------------- */

/* json_object_set_int_member() of a guint: "%" G_GINT64_FORMAT */
static void
append_uint (GString *out,
             guint    value)
{
  char digits[16];
  guint n = sizeof digits;

  do
    {
      digits[--n] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);
  g_string_append_len (out, digits + n, sizeof digits - n);
}

static void
string_member (Open       *o,
               const char *name,
               const char *value)
{
  member (o, name);
  kaynak_claims_writer_append_string (o->out, value);
}

static void
uint_member (Open       *o,
             const char *name,
             guint       value)
{
  member (o, name);
  append_uint (o->out, value);
}

/* A list of strings (NULL-terminated; NULL: []), at @level */
static void
append_strings (GString            *out,
                guint               level,
                const char * const *strings)
{
  Open list = open_list (out, level);

  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    {
      next (&list);
      kaynak_claims_writer_append_string (out, strings[i]);
    }
  close_list (&list);
}

/* A claim's pieces (with their context) or its source or cue ranges, as
 * the value of a member at @level: spans_node() */
static void
append_spans (GString                *out,
              guint                   level,
              const KaynakClaimSpans *spans,
              gboolean                context)
{
  Open list = open_list (out, level);

  for (guint i = 0; i < spans->n; i++)
    {
      Open range;

      next (&list);
      range = open_object (out, level + 1);
      uint_member (&range, "start", spans->ranges[i].start);
      uint_member (&range, "end", spans->ranges[i].end);
      string_member (&range, "quote", spans->quotes[i]);
      if (context)
        {
          string_member (&range, "prefix", spans->prefixes[i]);
          string_member (&range, "suffix", spans->suffixes[i]);
        }
      close_object (&range);
    }
  close_list (&list);
}

/* "evidence", written only when there is some: as
 * _kaynak_file_write_claim_checked() */
static void
append_evidence (Open                     *claim,
                 const KaynakEvidenceList *evidence)
{
  guint n = kaynak_evidence_list_get_n (evidence);
  Open list;

  if (n == 0)
    return;
  member (claim, "evidence");
  list = open_list (claim->out, claim->level + 1);
  for (guint i = 0; i < n; i++)
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (evidence, i);
      Open o;

      next (&list);
      o = open_object (claim->out, list.level + 1);
      string_member (&o, "url", item->url);
      /* the optional ones only when there is one */
      if (item->archived[0] != '\0')
        string_member (&o, "archived", item->archived);
      if (item->date[0] != '\0')
        string_member (&o, "date", item->date);
      if (item->note[0] != '\0')
        string_member (&o, "note", item->note);
      close_object (&o);
    }
  close_list (&list);
}

/* A field's value: a string, a whole number, a number, true or false, or
 * a list of them (kaynak-file-codebook.c lets no other in).  FALSE when
 * json-glib might write it otherwise: a number g_ascii_dtostr() writes
 * with an exponent (json-glib versions differ on whether to add ".0" to
 * it), or anything else. */
static gboolean
value_is_plain (JsonNode *node,
                gboolean  in_list)
{
  if (JSON_NODE_TYPE (node) == JSON_NODE_ARRAY && !in_list)
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);

      for (guint i = 0; i < n; i++)
        if (!value_is_plain (json_array_get_element (array, i), TRUE))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
    case G_TYPE_INT64:
    case G_TYPE_BOOLEAN:
      return TRUE;
    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node));
        return strpbrk (buffer, "eE") == NULL;
      }
    default:
      return FALSE;
    }
}

/* @node, which value_is_plain(), as json-glib's dump_node() at @level */
static void
append_value (GString  *out,
              guint     level,
              JsonNode *node)
{
  if (JSON_NODE_TYPE (node) == JSON_NODE_ARRAY)
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);
      Open list = open_list (out, level);

      for (guint i = 0; i < n; i++)
        {
          next (&list);
          append_value (out, level + 1, json_array_get_element (array, i));
        }
      close_list (&list);
      return;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      kaynak_claims_writer_append_string (out, json_node_get_string (node));
      break;
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        /* json-glib makes sure a double does not read back as a whole
         * number */
        g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer,
                                              json_node_get_double (node)));
        if (strchr (buffer, '.') == NULL)
          g_string_append_len (out, ".0", 2);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
fields_are_plain (const KaynakFieldValues *fields)
{
  guint n = kaynak_field_values_get_n (fields);

  for (guint i = 0; i < n; i++)
    if (!value_is_plain (kaynak_field_values_get_value (fields, i), FALSE))
      return FALSE;
  return TRUE;
}

/* "fields", written only when there are some: as
 * _kaynak_file_write_field_values() */
static void
append_fields (Open                    *claim,
               const KaynakFieldValues *fields)
{
  guint n = kaynak_field_values_get_n (fields);
  Open o;

  if (n == 0)
    return;
  member (claim, "fields");
  o = open_object (claim->out, claim->level + 1);
  for (guint i = 0; i < n; i++)
    {
      member (&o, kaynak_field_values_get_id (fields, i));
      append_value (claim->out, o.level + 1, kaynak_field_values_get_value (fields, i));
    }
  close_object (&o);
}

/* --- The claim ------------------------------------------------------------------ */

gboolean
kaynak_claims_writer_append (GString               *out,
                             const KaynakClaimData *claim)
{
  Open o;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (claim != NULL, FALSE);

  /* What only json-glib writes: said before anything is appended */
  if (kaynak_unknown_get_n_members (claim->unknown) > 0 ||
      !fields_are_plain (claim->fields))
    return FALSE;

  /* The members in claim_object()'s order (kaynak-file-serialize.c) */
  indent (out, CLAIM_LEVEL);
  o = open_object (out, CLAIM_LEVEL);
  string_member (&o, "id", claim->id);
  uint_member (&o, "start", claim->start);
  uint_member (&o, "end", claim->end);
  string_member (&o, "quote", claim->quote);
  string_member (&o, "prefix", claim->prefix);
  string_member (&o, "suffix", claim->suffix);
  string_member (&o, "source", claim->source_id);  /* NULL: null */
  string_member (&o, "status", kaynak_claim_status_to_id (claim->status));
  string_member (&o, "note", claim->note);
  member (&o, "cues");
  append_strings (out, CLAIM_LEVEL + 1, (const char * const *) claim->cues);
  if (claim->agreed_by != NULL)
    {
      member (&o, "agreed_by");
      append_strings (out, CLAIM_LEVEL + 1, (const char * const *) claim->agreed_by);
    }
  string_member (&o, "author", claim->author);
  string_member (&o, "created", claim->created);
  string_member (&o, "modified", claim->modified);
  if (claim->orphaned)
    {
      member (&o, "orphaned");
      g_string_append_len (out, "true", 4);
    }
  if (claim->pieces != NULL)
    {
      member (&o, "pieces");
      append_spans (out, CLAIM_LEVEL + 1, claim->pieces, TRUE);
    }
  if (claim->source_ranges != NULL)
    {
      member (&o, "source_ranges");
      append_spans (out, CLAIM_LEVEL + 1, claim->source_ranges, FALSE);
    }
  if (claim->cue_ranges != NULL)
    {
      member (&o, "cue_ranges");
      append_spans (out, CLAIM_LEVEL + 1, claim->cue_ranges, FALSE);
    }
  if (claim->checkable != NULL && claim->checkable[0] != '\0')
    string_member (&o, "checkable", claim->checkable);
  append_evidence (&o, claim->evidence);
  if (claim->verdict != NULL)
    string_member (&o, "verdict", claim->verdict);
  append_fields (&o, claim->fields);
  if (claim->has_attribution)
    string_member (&o, "attribution", kaynak_source_kind_to_id ((KaynakSourceKind) claim->attribution));
  close_object (&o);

  return TRUE;
}
