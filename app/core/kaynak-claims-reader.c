/* kaynak-claims-reader.c: one claim read from its JSON text without a
 * json-glib tree (see the header: a fast path that says no to anything
 * unusual, so that the old path words every error).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-claims-reader.h"
#include "kaynak-codebook-private.h"
#include "kaynak-unknown.h"

struct _KaynakClaimsReader
{
  /* The decoded strings of the claim being read, NUL-terminated one after
   * the other.  A JSON string decodes to fewer bytes than it takes in the
   * file (an escape to at most its own length, and the NUL takes a
   * quote's place), so the claim's length + 1 is always enough: the arena
   * is sized once per claim and never moves while it is read. */
  char              *arena;
  gsize              arena_size;
  gsize              used;
  GPtrArray         *cues;       /* borrowed from the arena */
  GPtrArray         *agreed_by;
  GArray            *pieces;     /* KaynakClaimTextRange */
  GArray            *source_ranges;
  GArray            *cue_ranges;
  KaynakClaimFields  fields;      /* its field_values owned */
};

typedef struct
{
  KaynakClaimsReader *self;
  const char         *p;
  const char         *end;
} Cursor;

KaynakClaimsReader *
kaynak_claims_reader_new (void)
{
  KaynakClaimsReader *self = g_new0 (KaynakClaimsReader, 1);

  self->cues = g_ptr_array_new ();
  self->agreed_by = g_ptr_array_new ();
  self->pieces = g_array_new (FALSE, FALSE, sizeof (KaynakClaimTextRange));
  self->source_ranges = g_array_new (FALSE, FALSE, sizeof (KaynakClaimTextRange));
  self->cue_ranges = g_array_new (FALSE, FALSE, sizeof (KaynakClaimTextRange));
  return self;
}

void
kaynak_claims_reader_free (KaynakClaimsReader *self)
{
  if (self == NULL)
    return;
  g_free (self->arena);
  g_clear_pointer (&self->fields.field_values, kaynak_field_values_unref);
  g_ptr_array_unref (self->cues);
  g_ptr_array_unref (self->agreed_by);
  g_array_unref (self->pieces);
  g_array_unref (self->source_ranges);
  g_array_unref (self->cue_ranges);
  g_free (self);
}

/* --- Tokens ---------------------------------------------------------------- */

static inline void
skip_space (Cursor *c)
{
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\n' || *c->p == '\r' || *c->p == '\t'))
    c->p++;
}

static inline gboolean
eat (Cursor *c,
     char    ch)
{
  skip_space (c);
  if (c->p < c->end && *c->p == ch)
    {
      c->p++;
      return TRUE;
    }
  return FALSE;
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* A string, decoded into the arena as json-glib decodes it */
static gboolean
read_string (Cursor      *c,
             const char **value)
{
  KaynakClaimsReader *self = c->self;
  char *start = self->arena + self->used;
  char *out = start;
  const char *p, *end = c->end;

  skip_space (c);
  if (c->p >= end || *c->p != '"')
    return FALSE;
  p = c->p + 1;

  for (;;)
    {
      const char *run = p;
      guchar ch;

      /* the plain bytes between escapes, copied at once */
      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      memcpy (out, run, p - run);
      out += p - run;
      if (p >= end)
        return FALSE;
      ch = *p;
      if (ch == '"')
        {
          p++;
          break;
        }
      if (ch != '\\' || p + 1 >= end)
        return FALSE;  /* a control character: not JSON */

      switch (p[1])
        {
        case '"': *out++ = '"'; p += 2; break;
        case '\\': *out++ = '\\'; p += 2; break;
        case '/': *out++ = '/'; p += 2; break;
        case 'b': *out++ = '\b'; p += 2; break;
        case 'f': *out++ = '\f'; p += 2; break;
        case 'n': *out++ = '\n'; p += 2; break;
        case 'r': *out++ = '\r'; p += 2; break;
        case 't': *out++ = '\t'; p += 2; break;
        case 'u':
          {
            int unit;
            gunichar u;

            if (end - p < 6 || (unit = hex4 (p + 2)) <= 0)
              return FALSE;  /* \u0000 would cut a C string: the old path's */
            p += 6;
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low;

                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
                    (low = hex4 (p + 2)) < 0xDC00 || low > 0xDFFF)
                  return FALSE;
                p += 6;
                u = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
              }
            else if (unit >= 0xDC00 && unit <= 0xDFFF)
              return FALSE;
            else
              u = (gunichar) unit;
            out += g_unichar_to_utf8 (u, out);
          }
          break;
        default:
          return FALSE;
        }
    }

  *out++ = '\0';
  self->used = out - self->arena;
  c->p = p;
  *value = start;
  return TRUE;
}

/* A member's name as it stands in the file, not decoded: a name with an
 * escape is left to the old path */
static gboolean
read_name (Cursor      *c,
           const char **name,
           gsize       *length)
{
  const char *p;

  skip_space (c);
  if (c->p >= c->end || *c->p != '"')
    return FALSE;
  p = ++c->p;
  while (p < c->end && *p != '"' && *p != '\\')
    p++;
  if (p >= c->end || *p != '"')
    return FALSE;
  *name = c->p;
  *length = p - c->p;
  c->p = p + 1;
  return eat (c, ':');
}

/* A whole number from 0 to G_MAXUINT written as one: a minus sign, a
 * fraction or an exponent is the old path's to judge */
static gboolean
read_uint (Cursor *c,
           guint  *value)
{
  guint64 v = 0;
  const char *first;

  skip_space (c);
  first = c->p;
  while (c->p < c->end && g_ascii_isdigit (*c->p))
    {
      v = v * 10 + (guint64) (*c->p - '0');
      if (v > G_MAXUINT)
        return FALSE;
      c->p++;
    }
  if (c->p == first ||
      (c->p < c->end && (*c->p == '.' || *c->p == 'e' || *c->p == 'E')))
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

static gboolean
read_literal (Cursor     *c,
              const char *word)
{
  gsize n = strlen (word);

  skip_space (c);
  if ((gsize) (c->end - c->p) < n || memcmp (c->p, word, n) != 0)
    return FALSE;
  c->p += n;
  return TRUE;
}

static gboolean
read_boolean (Cursor   *c,
              gboolean *value)
{
  if (read_literal (c, "true"))
    *value = TRUE;
  else if (read_literal (c, "false"))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
skip_string (Cursor *c)
{
  const char *p = c->p + 1;

  while (p < c->end && *p != '"')
    p += *p == '\\' ? 2 : 1;
  if (p >= c->end)
    return FALSE;
  c->p = p + 1;
  return TRUE;
}

/* Any value, of a member the reader does not read: valid JSON, as the
 * pre-scan checked, so only its end is looked for */
static gboolean
skip_value (Cursor *c)
{
  guint depth = 0;

  skip_space (c);
  if (c->p >= c->end)
    return FALSE;
  if (*c->p == '"')
    return skip_string (c);
  if (*c->p != '{' && *c->p != '[')
    {
      const char *first = c->p;

      while (c->p < c->end && strchr (",}] \t\r\n", *c->p) == NULL)
        c->p++;
      return c->p > first;
    }

  while (c->p < c->end)
    {
      char ch = *c->p;

      if (ch == '"')
        {
          if (!skip_string (c))
            return FALSE;
          continue;
        }
      if (ch == '{' || ch == '[')
        depth++;
      else if (ch == '}' || ch == ']')
        {
          if (--depth == 0)
            {
              c->p++;
              return TRUE;
            }
        }
      c->p++;
    }
  return FALSE;
}

/* "[" then, for each element, @element, then "]" */
typedef gboolean (*ElementFunc) (Cursor *c, gpointer data);

static gboolean
read_list (Cursor      *c,
           ElementFunc  element,
           gpointer     data)
{
  if (!eat (c, '['))
    return FALSE;
  if (eat (c, ']'))
    return TRUE;
  do
    if (!element (c, data))
      return FALSE;
  while (eat (c, ','));
  return eat (c, ']');
}

static gboolean
string_element (Cursor   *c,
                gpointer  data)
{
  const char *value;

  if (!read_string (c, &value))
    return FALSE;
  g_ptr_array_add (data, (gpointer) value);
  return TRUE;
}

/* NULL-terminated, or NULL for an empty list */
static gboolean
read_string_list (Cursor       *c,
                  GPtrArray    *strings,
                  const char ***value)
{
  g_ptr_array_set_size (strings, 0);
  if (!read_list (c, string_element, strings))
    return FALSE;
  if (strings->len == 0)
    {
      *value = NULL;
      return TRUE;
    }
  g_ptr_array_add (strings, NULL);
  *value = (const char **) strings->pdata;
  return TRUE;
}

/* --- Ranges ------------------------------------------------------------------ */

typedef struct
{
  GArray   *ranges;
  gboolean  pieces;  /* prefix and suffix are read (strings) */
} RangeList;

enum { RANGE_START = 1, RANGE_END = 2, RANGE_QUOTE = 4, RANGE_PREFIX = 8, RANGE_SUFFIX = 16 };

static gboolean
range_element (Cursor   *c,
               gpointer  data)
{
  RangeList *list = data;
  KaynakClaimTextRange range = { 0, };
  guint seen = 0;

  if (!eat (c, '{'))
    return FALSE;
  if (!eat (c, '}'))
    {
      do
        {
          const char *name;
          gsize length;
          guint bit = 0;
          gboolean ok;

          if (!read_name (c, &name, &length))
            return FALSE;
          if (length == 5 && memcmp (name, "start", 5) == 0)
            ok = read_uint (c, &range.start), bit = RANGE_START;
          else if (length == 3 && memcmp (name, "end", 3) == 0)
            ok = read_uint (c, &range.end), bit = RANGE_END;
          else if (length == 5 && memcmp (name, "quote", 5) == 0)
            ok = read_string (c, &range.quote), bit = RANGE_QUOTE;
          else if (list->pieces && length == 6 && memcmp (name, "prefix", 6) == 0)
            ok = read_string (c, &range.prefix), bit = RANGE_PREFIX;
          else if (list->pieces && length == 6 && memcmp (name, "suffix", 6) == 0)
            ok = read_string (c, &range.suffix), bit = RANGE_SUFFIX;
          else
            ok = skip_value (c);  /* not read by the old path either */
          if (!ok || (seen & bit) != 0)
            return FALSE;
          seen |= bit;
        }
      while (eat (c, ','));
      if (!eat (c, '}'))
        return FALSE;
    }

  if ((seen & (RANGE_START | RANGE_END | RANGE_QUOTE)) != (RANGE_START | RANGE_END | RANGE_QUOTE))
    return FALSE;
  g_array_append_val (list->ranges, range);
  return TRUE;
}

static gboolean
read_ranges (Cursor    *c,
             GArray    *ranges,
             gboolean   pieces,
             GArray   **value)
{
  RangeList list = { ranges, pieces };

  g_array_set_size (ranges, 0);
  if (!read_list (c, range_element, &list))
    return FALSE;
  *value = ranges;
  return TRUE;
}

/* --- A codebook's field values ---------------------------------------------- */

/* A whole number as json-glib reads it into a gint64: a minus sign
 * allowed ("-0" is 0, as json-glib negates the number it read); a
 * fraction, an exponent or a number beyond gint64 is the old path's */
static gboolean
read_int64 (Cursor *c,
            gint64 *value)
{
  gboolean negative;
  guint64 v = 0;
  const char *first;

  skip_space (c);
  negative = c->p < c->end && *c->p == '-';
  if (negative)
    c->p++;
  first = c->p;
  while (c->p < c->end && g_ascii_isdigit (*c->p))
    {
      v = v * 10 + (guint64) (*c->p - '0');
      if (v > (guint64) G_MAXINT64)
        return FALSE;
      c->p++;
    }
  if (c->p == first ||
      (c->p < c->end && (*c->p == '.' || *c->p == 'e' || *c->p == 'E')))
    return FALSE;
  *value = negative ? -(gint64) v : (gint64) v;
  return TRUE;
}

/* A string, a whole number, true or false, as a new JsonNode */
static JsonNode *
read_scalar (Cursor  *c,
             gboolean *integer)
{
  JsonNode *node;

  skip_space (c);
  if (c->p >= c->end)
    return NULL;
  if (*c->p == '"')
    {
      const char *string;

      if (!read_string (c, &string))
        return NULL;
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, string);
    }
  else if (*c->p == 't' || *c->p == 'f')
    {
      gboolean boolean;

      if (!read_boolean (c, &boolean))
        return NULL;
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, boolean);
    }
  else
    {
      gint64 number;

      if (!read_int64 (c, &number))
        return NULL;
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, number);
      *integer = TRUE;
    }
  return node;
}

/* One value of "fields": a scalar or a list of them (several choices) */
static JsonNode *
read_field_value (Cursor   *c,
                  gboolean *integer)
{
  g_autoptr(JsonArray) array = NULL;
  JsonNode *node;

  if (!eat (c, '['))
    return read_scalar (c, integer);

  array = json_array_new ();
  if (!eat (c, ']'))
    {
      do
        {
          JsonNode *element;

          /* more choices than a field may have: the old path says so */
          if (json_array_get_length (array) >= KAYNAK_CODEBOOK_MAX_CHOICES ||
              (element = read_scalar (c, integer)) == NULL)
            return NULL;
          json_array_add_element (array, element);
        }
      while (eat (c, ','));
      if (!eat (c, ']'))
        return NULL;
    }
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_set_array (node, array);
  return node;
}

/* "fields": {id: value, …}, in the file's order, as json-glib's tree gives
 * them to _kaynak_file_read_field_values() */
static gboolean
read_fields (Cursor *c)
{
  KaynakClaimsReader *self = c->self;
  KaynakClaimFields *f = &self->fields;
  g_autoptr(KaynakFieldValues) values = NULL;
  guint n = 0;

  if (!eat (c, '{'))
    return FALSE;
  if (!eat (c, '}'))
    {
      do
        {
          g_autoptr(JsonNode) value = NULL;
          KaynakFieldValues *with;
          const char *name;
          gsize length;
          char *id;

          /* more fields than a codebook may have: the old path says so
           * (and each field costs a copy of the list before it) */
          if (++n > KAYNAK_CODEBOOK_MAX_FIELDS || !read_name (c, &name, &length))
            return FALSE;
          /* the name, NUL-terminated, in the arena: it takes its length
           * and two quotes in the claim's text */
          id = self->arena + self->used;
          memcpy (id, name, length);
          id[length] = '\0';
          self->used += length + 1;

          /* json-glib keeps the last of a repeated field: the old path's */
          if ((value = read_field_value (c, &f->field_integers)) == NULL ||
              kaynak_field_values_lookup (values, id) != NULL)
            return FALSE;
          with = kaynak_field_values_with (values, id, value);
          kaynak_field_values_unref (values);
          values = with;
        }
      while (eat (c, ','));
      if (!eat (c, '}'))
        return FALSE;
    }
  f->field_values = g_steal_pointer (&values);
  return TRUE;
}

/* --- The claim --------------------------------------------------------------- */

/* The members of a claim (kaynak-unknown.c's known_claim, in its order) */
typedef enum
{
  M_ID, M_START, M_END, M_QUOTE, M_PREFIX, M_SUFFIX, M_SOURCE, M_STATUS, M_NOTE,
  M_CUES, M_AGREED_BY, M_AUTHOR, M_CREATED, M_MODIFIED, M_ORPHANED,
  M_PIECES, M_SOURCE_RANGES, M_CUE_RANGES,
  M_ATTRIBUTION,  /* issue 19 */
  M_VERDICT, M_FIELDS,  /* a codebook's, version 2 */
  N_MEMBERS, M_UNKNOWN = N_MEMBERS
} Member;

static const struct
{
  const char *name;
  guint       length;
} members[N_MEMBERS] = {
  { "id", 2 }, { "start", 5 }, { "end", 3 }, { "quote", 5 }, { "prefix", 6 },
  { "suffix", 6 }, { "source", 6 }, { "status", 6 }, { "note", 4 }, { "cues", 4 },
  { "agreed_by", 9 }, { "author", 6 }, { "created", 7 }, { "modified", 8 },
  { "orphaned", 8 }, { "pieces", 6 }, { "source_ranges", 13 }, { "cue_ranges", 10 },
  { "attribution", 11 }, { "verdict", 7 }, { "fields", 6 },
};

static Member
member_of (const char *name,
           gsize       length)
{
  for (guint m = 0; m < N_MEMBERS; m++)
    if (members[m].length == length && memcmp (members[m].name, name, length) == 0)
      return (Member) m;
  return M_UNKNOWN;
}

static gboolean
read_member (Cursor *c,
             Member  member)
{
  KaynakClaimsReader *self = c->self;
  KaynakClaimFields *f = &self->fields;

  switch (member)
    {
    case M_ID: return read_string (c, &f->id);
    case M_START: return (f->has_start = read_uint (c, &f->start));
    case M_END: return (f->has_end = read_uint (c, &f->end));
    case M_QUOTE: return read_string (c, &f->quote);
    case M_PREFIX: return read_string (c, &f->prefix);
    case M_SUFFIX: return read_string (c, &f->suffix);
    case M_SOURCE:
      /* a string or null: null is no source */
      return read_literal (c, "null") || read_string (c, &f->source);
    case M_STATUS: return read_string (c, &f->status);
    case M_NOTE: return read_string (c, &f->note);
    case M_CUES: return read_string_list (c, self->cues, &f->cues);
    case M_AGREED_BY: return read_string_list (c, self->agreed_by, &f->agreed_by);
    case M_AUTHOR: return read_string (c, &f->author);
    case M_CREATED: return read_string (c, &f->created);
    case M_MODIFIED: return read_string (c, &f->modified);
    case M_ORPHANED: return read_boolean (c, &f->orphaned);
    case M_PIECES: return read_ranges (c, self->pieces, TRUE, &f->pieces);
    case M_SOURCE_RANGES: return read_ranges (c, self->source_ranges, FALSE, &f->source_ranges);
    case M_CUE_RANGES: return read_ranges (c, self->cue_ranges, FALSE, &f->cue_ranges);
    case M_ATTRIBUTION: return read_string (c, &f->attribution);
    case M_VERDICT: return read_string (c, &f->verdict);
    case M_FIELDS: return read_fields (c);
    case M_UNKNOWN:
    default:
      f->unknown = TRUE;
      return skip_value (c);
    }
}

gboolean
kaynak_claims_reader_read (KaynakClaimsReader       *self,
                           const char               *data,
                           gsize                     length,
                           const KaynakClaimFields **fields)
{
  Cursor c = { self, data, data + length };
  guint32 seen = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  *fields = NULL;
  if (self->arena_size < length + 1)
    {
      g_free (self->arena);
      self->arena_size = MAX (length + 1, self->arena_size * 2);
      self->arena = g_malloc (self->arena_size);
    }
  self->used = 0;
  g_clear_pointer (&self->fields.field_values, kaynak_field_values_unref);
  memset (&self->fields, 0, sizeof self->fields);

  if (!eat (&c, '{'))
    return FALSE;
  if (!eat (&c, '}'))
    {
      do
        {
          const char *name;
          gsize name_length;
          Member member;

          if (!read_name (&c, &name, &name_length))
            return FALSE;
          member = member_of (name, name_length);
          /* A member the format knows (kaynak-unknown.c) and this reader
           * does not, one added to claims since: only the old path reads
           * it, so that a new member is never taken for an unknown one */
          if (member == M_UNKNOWN &&
              kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_CLAIM, name, name_length))
            return FALSE;
          if (member != M_UNKNOWN)
            {
              /* json-glib keeps the last of repeated members: the old
               * path's to read */
              if ((seen & (1u << member)) != 0)
                return FALSE;
              seen |= 1u << member;
            }
          if (!read_member (&c, member))
            return FALSE;
        }
      while (eat (&c, ','));
      if (!eat (&c, '}'))
        return FALSE;
    }
  skip_space (&c);
  if (c.p != c.end)
    return FALSE;

  *fields = &self->fields;
  return TRUE;
}
