/* kaynak-json-guard.c: a linear pre-scan of JSON bytes (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kaynak-error.h"
#include "kaynak-json-guard.h"
#include "kaynak-test-hooks.h"

guint
kaynak_json_guard_line_at (const char *data,
                           gsize       offset)
{
  const char *p = data;
  const char *end = data + offset;
  guint line = 1;

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      line++;
      p++;
    }

  return line;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The code unit of a "\uXXXX" escape whose 'u' is at @p, or -1 if the four
 * hex digits are not there (the parser reports that). */
static int
read_escape (const char *p,
             const char *end)
{
  int value = 0;

  if (end - p < 5)
    return -1;

  for (guint i = 1; i <= 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* g_utf8_validate_len() (GLib 2.74) goes one character at a time, which
 * costs a tenth of json-glib's parse on a large file.  JSON is mostly
 * ASCII: test eight bytes at once and decode only where a byte is not
 * plain ASCII.  Accepts exactly what g_utf8_validate_len() accepts: no NUL,
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
static gboolean
utf8_validate (const char  *data,
               gsize        length,
               const char **invalid)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

#define CONT(x) (((x) & 0xC0) == 0x80)
  while (p < end)
    {
      guchar c;

      while (end - p >= 8)
        {
          guint64 v;

          memcpy (&v, p, sizeof v);
          /* a byte >= 0x80, or a zero byte */
          if (((v | ((v - ones) & ~v)) & highs) != 0)
            break;
          p += 8;
        }
      if (p >= end)
        break;

      c = *p;
      if (c >= 0x01 && c < 0x80)
        p++;
      else if (c >= 0xC2 && c <= 0xDF)
        {
          if (end - p < 2 || !CONT (p[1]))
            goto fail;
          p += 2;
        }
      else if (c >= 0xE0 && c <= 0xEF)
        {
          if (end - p < 3 || !CONT (p[1]) || !CONT (p[2]) ||
              (c == 0xE0 && p[1] < 0xA0) ||   /* overlong */
              (c == 0xED && p[1] > 0x9F))     /* surrogate */
            goto fail;
          p += 3;
        }
      else if (c >= 0xF0 && c <= 0xF4)
        {
          if (end - p < 4 || !CONT (p[1]) || !CONT (p[2]) || !CONT (p[3]) ||
              (c == 0xF0 && p[1] < 0x90) ||   /* overlong */
              (c == 0xF4 && p[1] > 0x8F))     /* above U+10FFFF */
            goto fail;
          p += 4;
        }
      else
        goto fail;
    }
#undef CONT

  return TRUE;

fail:
  *invalid = (const char *) p;
  return FALSE;
}

static guint
line_of (const char *data,
         const char *where)
{
  return kaynak_json_guard_line_at (data, where - data);
}

/* What json-glib may build at once, whatever file it is given: see the
 * budgets in kaynak-file-parse.c, which explain the numbers.  8 million values,
 * 2 million of them lists and objects, take json-glib about 1.1 GB. */
#define MAX_TREE_VALUES       G_GUINT64_CONSTANT (8000000)
#define MAX_TREE_CONTAINERS   G_GUINT64_CONSTANT (2000000)

static guint64 max_tree_values = MAX_TREE_VALUES;
static guint64 max_tree_containers = MAX_TREE_CONTAINERS;

void
_kaynak_json_guard_set_budget (guint64 values,
                               guint64 containers)
{
  max_tree_values = values != 0 ? values : MAX_TREE_VALUES;
  max_tree_containers = containers != 0 ? containers : MAX_TREE_CONTAINERS;
}

gboolean
kaynak_json_guard_check_budget (const KaynakJsonCount  *count,
                                GError                **error)
{
  if (count->values <= max_tree_values && count->containers <= max_tree_containers)
    return TRUE;

  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
               _("The file has more values than Kaynak reads at once: %lu, %lu of them "
                 "lists and objects (the limits are %lu and %lu, which leave room for a "
                 "million links besides the claims); reading them could fill the memory"),
               (unsigned long) count->values, (unsigned long) count->containers,
               (unsigned long) max_tree_values, (unsigned long) max_tree_containers);
  return FALSE;
}

static gboolean guard_scan (const char      *data,
                            gsize            length,
                            guint            max_depth,
                            gboolean        *huge_numbers,
                            guint            first_line,
                            gsize            first_byte,
                            KaynakJsonCount *count,
                            GError         **error);

gboolean
kaynak_json_guard_check (const char  *data,
                         gsize        length,
                         guint        max_depth,
                         GError     **error)
{
  return kaynak_json_guard_check_full (data, length, max_depth, NULL, error);
}

gboolean
kaynak_json_guard_check_full (const char  *data,
                              gsize        length,
                              guint        max_depth,
                              gboolean    *huge_numbers,
                              GError     **error)
{
  KaynakJsonCount count;

  return guard_scan (data, length, max_depth, huge_numbers, 1, 0, &count, error);
}

gboolean
kaynak_json_guard_check_part (const char      *data,
                              gsize            length,
                              guint            max_depth,
                              gboolean        *huge_numbers,
                              guint            first_line,
                              gsize            first_byte,
                              KaynakJsonCount *count,
                              GError         **error)
{
  KaynakJsonCount unused;

  return guard_scan (data, length, max_depth, huge_numbers, first_line, first_byte,
                     count != NULL ? count : &unused, error);
}

gboolean
kaynak_json_guard_check_counted (const char      *data,
                                 gsize            length,
                                 guint            max_depth,
                                 gboolean        *huge_numbers,
                                 KaynakJsonCount *count,
                                 GError         **error)
{
  return guard_scan (data, length, max_depth, huge_numbers, 1, 0, count, error);
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* Counting values in one pass over the structure: every ',' separates
 * two values (of a list, or of an object's members), and a list or
 * object holds one value more than its commas unless it is empty, which
 * shows at the first character after its '[' or '{'.  So a document has
 * commas + non-empty lists and objects + 1 values.  The scans call this
 * only at '[' and '{' and count commas themselves: this pass is on the
 * way of every file that loads. */
typedef struct
{
  guint64  commas;
  guint64  containers;
  guint64  non_empty;
} Counter;

/* @p is at a '[' or '{' */
static inline void
count_container (Counter    *counter,
                 const char *p,
                 const char *end)
{
  counter->containers++;
  do
    p++;
  while (p < end && is_space (*p));
  if (p < end && *p != ']' && *p != '}')
    counter->non_empty++;
}

static void
counter_result (const Counter   *counter,
                gboolean         any,
                KaynakJsonCount *count)
{
  count->values = any ? counter->commas + counter->non_empty + 1 : 0;
  count->containers = counter->containers;
}

/* ------------------------------------------------------------------------
 * The strict scan
 *
 * json-glib 1.6 is lenient (comments, single quotes, 0x1F, -01, "2.", raw
 * tabs and line breaks in strings, a second document after the first), a
 * newer json-glib less so: what Kaynak accepts must not depend on which
 * one it runs with (Debian's or the Flatpak's).  So the pre-scan is a
 * whole RFC 8259 validator, and json-glib only ever sees valid JSON.  It
 * says where the file goes wrong by line and column, in its own words:
 * json-glib's message is translated, and its position was once read back
 * out of the Turkish text with sscanf().
 * ------------------------------------------------------------------------ */

void
kaynak_json_guard_position (const char *data,
                            gsize       offset,
                            guint      *line,
                            guint      *column)
{
  const char *at = data + offset;
  const char *line_start = data;
  guint n = 1;

  *line = kaynak_json_guard_line_at (data, offset);
  for (const char *q = at; q > data; q--)
    if (q[-1] == '\n')
      {
        line_start = q;
        break;
      }
  /* characters, as an editor counts them: every byte that does not
   * continue a UTF-8 sequence */
  for (const char *q = line_start; q < at; q++)
    if (((guchar) *q & 0xC0) != 0x80)
      n++;
  *column = n;
}

/* "“x”", or "U+0009" for what cannot be shown */
static char *
describe_char (const char *p,
               const char *end)
{
  guchar c = (guchar) *p;

  if (p >= end)
    return g_strdup (_("the end of the file"));
  if (c < 0x20 || c == 0x7F)
    return g_strdup_printf ("U+%04X", c);
  if (c < 0x80)
    return g_strdup_printf ("“%c”", c);
  return g_strdup_printf ("“%.*s”",
                          (int) (g_utf8_next_char (p) - p <= end - p ? g_utf8_next_char (p) - p
                                                                     : end - p),
                          p);
}

typedef struct
{
  const char *data;
  const char *end;
  guint       first_line;
  GError    **error;
} Scan;

/* Always FALSE: "The file is not valid JSON: line 4, column 32: REASON" */
static gboolean
fail_at (const Scan *scan,
         const char *at,
         char       *reason)
{
  guint line, column;

  kaynak_json_guard_position (scan->data, at - scan->data, &line, &column);
  g_set_error (scan->error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX,
               _("The file is not valid JSON: line %u, column %u: %s"),
               scan->first_line - 1 + line, column, reason);
  g_free (reason);
  return FALSE;
}

/* What stands at @p where a value (or, @in_key, a member name) should */
static gboolean
fail_not_a_value (const Scan *scan,
                  const char *p,
                  gboolean    in_key)
{
  const char *end = scan->end;
  const char *word_end = p;
  g_autofree char *what = NULL;

  if (p >= end)
    return fail_at (scan, p, g_strdup (_("the file ends before the document does")));
  if (*p == '/' && p + 1 < end && (p[1] == '/' || p[1] == '*'))
    return fail_at (scan, p, g_strdup (_("JSON has no comments")));
  if (*p == '\'')
    return fail_at (scan, p, g_strdup (_("a string must be in double quotes (\"), not single ones")));
  if (in_key)
    return fail_at (scan, p, g_strdup (_("a member name must be a string in double quotes")));
  if (*p == '+' || *p == '.')
    return fail_at (scan, p, g_strdup (_("a number must start with a digit or “-”")));

  /* a word: NaN, Infinity, True, undefined… */
  while (word_end < end && word_end - p < 20 && g_ascii_isalnum (*word_end))
    word_end++;
  if (word_end > p)
    return fail_at (scan, p, g_strdup_printf (_("“%.*s” is not a JSON value (true, false, null, a number, a string, a list or an object)"),
                                              (int) (word_end - p), p));

  what = describe_char (p, end);
  return fail_at (scan, p, g_strdup_printf (_("a value was expected, not %s"), what));
}

/* @p is past the opening '"'.  Returns the byte after the closing one, or
 * NULL with the error set. */
static const char *
scan_string (const Scan *scan,
             const char *p)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 quotes = ones * '"';
  const guint64 backslashes = ones * '\\';
  const guint64 controls = ones * 0x20;
  const char *opening = p - 1;
  const char *end = scan->end;

  for (;;)
    {
      const char *stop;
      guchar c;

#ifdef __SSE2__
      /* Sixteen bytes at a time to the next '"', '\\' or control byte:
       * the strings are most of a file's bytes (x86-64 always has SSE2) */
      {
        const __m128i quote_bytes = _mm_set1_epi8 ('"');
        const __m128i backslash_bytes = _mm_set1_epi8 ('\\');
        const __m128i control_top = _mm_set1_epi8 (0x1F);

        while (end - p >= 16)
          {
            __m128i v = _mm_loadu_si128 ((const __m128i *) p);
            __m128i hits = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote_bytes),
                                                       _mm_cmpeq_epi8 (v, backslash_bytes)),
                                         /* v <= 0x1F, unsigned */
                                         _mm_cmpeq_epi8 (_mm_max_epu8 (v, control_top),
                                                         control_top));
            int mask = _mm_movemask_epi8 (hits);

            if (mask != 0)
              {
                p += __builtin_ctz ((unsigned) mask);
                break;
              }
            p += 16;
          }
      }
#endif

      /* Eight bytes at a time to the next '"', '\\' or control byte (a
       * byte >= 0x80 is none of them); a borrow may flag a byte wrongly,
       * never miss one, and the bytes are looked at one by one then. */
      while (end - p >= 8)
        {
          guint64 v, q, b;

          memcpy (&v, p, sizeof v);
          q = v ^ quotes;
          b = v ^ backslashes;
          if (((((q - ones) & ~q) | ((b - ones) & ~b) | ((v - controls) & ~v)) & highs) != 0)
            break;
          p += 8;
        }
      stop = end - p >= 8 ? p + 8 : end;
      while (p < stop && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      if (p == stop)
        {
          if (p >= end)
            {
              fail_at (scan, opening, g_strdup (_("this string is not closed")));
              return NULL;
            }
          continue;
        }

      c = (guchar) *p;
      if (c == '"')
        return p + 1;

      if (c < 0x20)
        {
          if (c == '\t')
            fail_at (scan, p, g_strdup (_("a tab in a string must be written “\\t”")));
          else if (c == '\n' || c == '\r')
            fail_at (scan, p, g_strdup (_("a line break in a string must be written “\\n” (or “\\r”)")));
          else
            fail_at (scan, p, g_strdup_printf (_("a control character in a string must be written as an escape (“\\u%04X”)"),
                                               (guint) c));
          return NULL;
        }

      /* a backslash */
      p++;
      if (p >= end)
        {
          fail_at (scan, opening, g_strdup (_("this string is not closed")));
          return NULL;
        }
      if (*p == '\0' || strchr ("\"\\/bfnrtu", *p) == NULL)
        {
          fail_at (scan, p - 1, g_strdup (_("a backslash in a string must be followed by \", \\, /, b, f, n, r, t or u")));
          return NULL;
        }
      if (*p == 'u')
        {
          int unit = read_escape (p, end);
          guint line = scan->first_line - 1 + line_of (scan->data, p);

          /* json-glib 1.6 takes any four bytes here: "\\ud" and the two
           * bytes of "ı" became a string that is not UTF-8. */
          if (unit < 0)
            {
              fail_at (scan, p - 1, g_strdup (_("“\\u” must be followed by four hexadecimal digits")));
              return NULL;
            }
          if (unit == 0)
            {
              g_set_error (scan->error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                           _("The file contains an escaped NUL character (\\u0000) on line %u, which Kaynak does not accept"),
                           line);
              return NULL;
            }
          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              /* A high surrogate must be followed by a low one */
              int low = -1;

              if (end - p >= 7 && p[5] == '\\' && p[6] == 'u')
                low = read_escape (p + 6, end);
              if (low < 0xDC00 || low > 0xDFFF)
                {
                  g_set_error (scan->error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                               _("The file contains an unpaired UTF-16 surrogate (\\u%04X) on line %u"),
                               (guint) unit, line);
                  return NULL;
                }
              p += 6;
            }
          else if (unit >= 0xDC00 && unit <= 0xDFFF)
            {
              g_set_error (scan->error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                           _("The file contains an unpaired UTF-16 surrogate (\\u%04X) on line %u"),
                           (guint) unit, line);
              return NULL;
            }
          p += 4;
        }
      p++; /* past the escaped character */
    }
}

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

/* number = [ "-" ] ( "0" / [1-9] *DIGIT ) [ "." 1*DIGIT ] [ ( "e" / "E" ) [ "+" / "-" ] 1*DIGIT ]
 * @p is at its first byte; returns the byte after it, or NULL with the
 * error set.  json-glib 1.6 reads an integer past 64 bits as -1 or
 * another wrong value: more than 18 digits in a row set *@huge. */
static const char *
scan_number (const Scan *scan,
             const char *p,
             gboolean   *huge)
{
  const char *end = scan->end;
  const char *digits;

  if (*p == '-')
    {
      p++;
      if (p >= end || !is_digit (*p))
        return fail_at (scan, p, g_strdup (_("a digit must follow “-”"))), NULL;
    }

  digits = p;
  if (*p == '0')
    {
      p++;
      if (p < end && (*p == 'x' || *p == 'X'))
        return fail_at (scan, digits, g_strdup (_("JSON has no hexadecimal numbers"))), NULL;
      if (p < end && is_digit (*p))
        return fail_at (scan, digits, g_strdup (_("a number must not start with 0 followed by more digits"))), NULL;
    }
  else
    while (p < end && is_digit (*p))
      p++;
  if (p - digits > 18)
    *huge = TRUE;

  if (p < end && *p == '.')
    {
      p++;
      if (p >= end || !is_digit (*p))
        return fail_at (scan, p - 1, g_strdup (_("a digit must follow the decimal point"))), NULL;
      while (p < end && is_digit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      const char *e = p++;

      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !is_digit (*p))
        return fail_at (scan, e, g_strdup (_("a digit must follow the exponent’s “e”"))), NULL;
      while (p < end && is_digit (*p))
        p++;
    }

  return p;
}

/* Past the run of ' ' that starts at @p (maybe none) */
static inline const char *
skip_spaces (const char *p,
             const char *end)
{
#ifdef __SSE2__
  const __m128i spaces = _mm_set1_epi8 (' ');

  while (end - p >= 16)
    {
      int mask = _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_loadu_si128 ((const __m128i *) p),
                                                    spaces));

      if (mask != 0xFFFF)
        return p + __builtin_ctz ((unsigned) ~mask);
      p += 16;
    }
#endif
  while (p < end && *p == ' ')
    p++;
  return p;
}

typedef enum
{
  EXPECT_VALUE,          /* the root, after ':' */
  EXPECT_ELEMENT,        /* after a list's ',' */
  EXPECT_ELEMENT_OR_END, /* after '[' */
  EXPECT_KEY,            /* after an object's ',' */
  EXPECT_KEY_OR_END,     /* after '{' */
  EXPECT_COLON,
  EXPECT_NEXT,           /* after a value: ',' or the container's end */
} Expect;

/* The scan behind every check: @first_line and @first_byte place @data
 * in its file, for the messages. */
static gboolean
guard_scan (const char      *data,
            gsize            length,
            guint            max_depth,
            gboolean        *huge_numbers,
            guint            first_line,
            gsize            first_byte,
            KaynakJsonCount *count,
            GError         **error)
{
  Scan scan = { data, data + length, first_line, error };
  Counter counter = { 0 };
  gboolean any = FALSE;
  gboolean huge = FALSE;
  const char *end = data + length;
  const char *invalid = NULL;
  const char *p = data;
  Expect expect = EXPECT_VALUE;
  char local_stack[256];
  g_autofree char *heap_stack = NULL;
  char *stack = local_stack;  /* '[' or '{' per open list or object */
  guint depth = 0;

  /* Encoding first: every later message may quote the text. */
  if (!utf8_validate (data, length, &invalid))
    {
      guint line = first_line - 1 + kaynak_json_guard_line_at (data, invalid - data);

      if (*invalid == '\0' && invalid < end)
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                     _("The file contains a NUL byte (line %u, byte %lu), so it is not a text file"),
                     line, (unsigned long) (first_byte + (invalid - data)));
      else
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                     _("The file is not valid UTF-8 text (line %u, byte %lu)"),
                     line, (unsigned long) (first_byte + (invalid - data)));
      return FALSE;
    }

  if (max_depth >= sizeof local_stack)
    stack = heap_stack = g_malloc (max_depth + 1);

  for (;;)
    {
      char c;

      /* Space is most of what lies outside strings in an indented file:
       * the indentation after a line break is skipped in one step */
      while (p < end && is_space (*p))
        p = skip_spaces (p + 1, end);
      if (p >= end)
        break;
      c = *p;

      switch (expect)
        {
        case EXPECT_NEXT:
          if (depth == 0)
            return fail_at (&scan, p, g_strdup (_("something follows the end of the document")));
          if (c == ',')
            {
              counter.commas++;
              expect = stack[depth - 1] == '{' ? EXPECT_KEY : EXPECT_ELEMENT;
              p++;
              continue;
            }
          if ((c == ']' && stack[depth - 1] == '[') || (c == '}' && stack[depth - 1] == '{'))
            {
              depth--;
              p++;
              continue;
            }
          {
            g_autofree char *what = describe_char (p, end);

            if (stack[depth - 1] == '{')
              return fail_at (&scan, p, g_strdup_printf (_("“,” or “}” must follow a member’s value, not %s"), what));
            return fail_at (&scan, p, g_strdup_printf (_("“,” or “]” must follow an element of a list, not %s"), what));
          }

        case EXPECT_COLON:
          if (c != ':')
            {
              g_autofree char *what = describe_char (p, end);

              return fail_at (&scan, p, g_strdup_printf (_("“:” must follow a member name, not %s"), what));
            }
          expect = EXPECT_VALUE;
          p++;
          continue;

        case EXPECT_KEY_OR_END:
        case EXPECT_KEY:
          if (c == '}')
            {
              if (expect == EXPECT_KEY)
                return fail_at (&scan, p, g_strdup (_("an object must not end with a comma")));
              depth--;
              expect = EXPECT_NEXT;
              p++;
              continue;
            }
          if (c != '"')
            return fail_not_a_value (&scan, p, TRUE);
          if ((p = scan_string (&scan, p + 1)) == NULL)
            return FALSE;
          expect = EXPECT_COLON;
          continue;

        case EXPECT_ELEMENT_OR_END:
          if (c == ']')
            {
              depth--;
              expect = EXPECT_NEXT;
              p++;
              continue;
            }
          break;

        case EXPECT_ELEMENT:
          if (c == ']')
            return fail_at (&scan, p, g_strdup (_("a list must not end with a comma")));
          break;

        case EXPECT_VALUE:
        default:
          break;
        }

      /* A value */
      any = TRUE;
      expect = EXPECT_NEXT;
      switch (c)
        {
        case '"':
          if ((p = scan_string (&scan, p + 1)) == NULL)
            return FALSE;
          break;

        case '[':
        case '{':
          count_container (&counter, p, end);
          if (depth >= max_depth)
            {
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_DEEP,
                           _("The file nests lists and objects more than %u levels deep (line %u); a Kaynak file never does, so it is refused"),
                           max_depth, first_line - 1 + line_of (data, p));
              return FALSE;
            }
          stack[depth++] = c;
          expect = c == '[' ? EXPECT_ELEMENT_OR_END : EXPECT_KEY_OR_END;
          p++;
          break;

        case 't':
          if (end - p < 4 || memcmp (p, "true", 4) != 0)
            return fail_not_a_value (&scan, p, FALSE);
          p += 4;
          break;

        case 'f':
          if (end - p < 5 || memcmp (p, "false", 5) != 0)
            return fail_not_a_value (&scan, p, FALSE);
          p += 5;
          break;

        case 'n':
          if (end - p < 4 || memcmp (p, "null", 4) != 0)
            return fail_not_a_value (&scan, p, FALSE);
          p += 4;
          break;

        default:
          if (c != '-' && !is_digit (c))
            return fail_not_a_value (&scan, p, FALSE);
          if ((p = scan_number (&scan, p, &huge)) == NULL)
            return FALSE;
          break;
        }
    }

  /* Nothing at all is an empty file, which the callers say in their words */
  if (any && (depth > 0 || expect != EXPECT_NEXT))
    return fail_at (&scan, end, g_strdup (_("the file ends before the document does")));

  if (huge && huge_numbers != NULL)
    *huge_numbers = TRUE;
  counter_result (&counter, any, count);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Splitting out one array
 * ------------------------------------------------------------------------ */

static inline const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* @p is at an opening '"'; returns the byte after the closing one */
static const char *
skip_string (const char *p,
             const char *end)
{
  const char *quote = NULL;

  p++;
  for (;;)
    {
      const char *backslash;

      if (quote == NULL || quote < p)
        {
          quote = memchr (p, '"', end - p);
          if (quote == NULL)
            return NULL;
        }
      backslash = memchr (p, '\\', quote - p);
      if (backslash == NULL)
        return quote + 1;
      p = backslash + 2;
      if (p > end)
        return NULL;
    }
}

/* Skips one value of any kind; its well-formedness is json-glib's
 * business, only its extent matters here.  A list or an object has its
 * values counted into @counter. */
static const char *
skip_value (const char *p,
            const char *end,
            Counter    *counter)
{
  guint depth = 0;

  if (p >= end)
    return NULL;

  if (*p == '"')
    return skip_string (p, end);

  if (*p != '[' && *p != '{')
    {
      /* a number, true, false or null */
      while (p < end && !strchr (",]} \t\r\n", *p))
        p++;
      return p;
    }

  while (p < end)
    {
      switch (*p)
        {
        case '"':
          p = skip_string (p, end);
          if (p == NULL)
            return NULL;
          continue;
        case '[':
        case '{':
          count_container (counter, p, end);
          depth++;
          break;
        case ',':
          counter->commas++;
          break;
        case ']':
        case '}':
          if (--depth == 0)
            return p + 1;
          break;
        default:
          break;
        }
      p++;
    }

  return NULL;
}

gboolean
kaynak_json_split_member (const char     *data,
                          gsize           length,
                          const char     *member,
                          KaynakJsonSpan *array,
                          GArray         *elements)
{
  const char *end = data + length;
  const char *p = skip_space (data, end);
  gsize member_length = strlen (member);
  gboolean found = FALSE;

  g_array_set_size (elements, 0);

  if (p >= end || *p != '{')
    return FALSE;
  p = skip_space (p + 1, end);
  if (p < end && *p == '}')
    return FALSE;

  for (;;)
    {
      const char *key = p;
      const char *key_end;
      gboolean is_member;

      if (p >= end || *p != '"')
        return FALSE;
      key_end = skip_string (p, end);
      if (key_end == NULL)
        return FALSE;
      /* Keys are compared raw, so one written with escapes could be the
       * member in disguise: leave such a file to json-glib whole. */
      if (memchr (key, '\\', key_end - key) != NULL)
        return FALSE;
      is_member = (gsize) (key_end - key) == member_length + 2 &&
                  memcmp (key + 1, member, member_length) == 0;

      p = skip_space (key_end, end);
      if (p >= end || *p != ':')
        return FALSE;
      p = skip_space (p + 1, end);

      if (is_member)
        {
          if (found || p >= end || *p != '[')
            return FALSE;
          found = TRUE;
          array->offset = p - data;

          p = skip_space (p + 1, end);
          if (p < end && *p == ']')
            p++;
          else
            for (;;)
              {
                KaynakJsonSpan span;
                const char *element_end;

                Counter counter = { 0 };

                if (p >= end || (*p != '{' && *p != '['))
                  return FALSE;
                element_end = skip_value (p, end, &counter);
                if (element_end == NULL)
                  return FALSE;
                span.offset = p - data;
                span.length = element_end - p;
                counter_result (&counter, TRUE, &span.count);
                g_array_append_val (elements, span);

                p = skip_space (element_end, end);
                if (p < end && *p == ',')
                  {
                    p = skip_space (p + 1, end);
                    continue;
                  }
                if (p < end && *p == ']')
                  {
                    p++;
                    break;
                  }
                return FALSE;
              }
          array->length = (p - data) - array->offset;
        }
      else
        {
          Counter counter = { 0 };

          p = skip_value (p, end, &counter);
          if (p == NULL)
            return FALSE;
        }

      p = skip_space (p, end);
      if (p < end && *p == ',')
        {
          p = skip_space (p + 1, end);
          continue;
        }
      if (p < end && *p == '}')
        break;
      return FALSE;
    }

  /* Nothing but space may follow the object */
  return found && skip_space (p + 1, end) == end;
}

/* ------------------------------------------------------------------------
 * Walking valid JSON by its raw text
 * ------------------------------------------------------------------------ */

gboolean
kaynak_json_walk_object (const char           *p,
                         const char           *end,
                         KaynakJsonMemberFunc  func,
                         gpointer              user_data)
{
  p = skip_space (p, end);
  if (p >= end || *p != '{')
    return FALSE;
  p = skip_space (p + 1, end);
  if (p < end && *p == '}')
    return TRUE;

  while (p < end && *p == '"')
    {
      const char *name = p;
      const char *name_end = skip_string (p, end);
      const char *value, *value_end;
      Counter counter = { 0 };

      if (name_end == NULL)
        return FALSE;
      p = skip_space (name_end, end);
      if (p >= end || *p != ':')
        return FALSE;
      value = skip_space (p + 1, end);
      value_end = skip_value (value, end, &counter);
      if (value_end == NULL)
        return FALSE;
      func (name, name_end - name, value, value_end - value, user_data);

      p = skip_space (value_end, end);
      if (p < end && *p == ',')
        p = skip_space (p + 1, end);
    }

  return p < end && *p == '}';
}

gboolean
kaynak_json_walk_array (const char            *p,
                        const char            *end,
                        KaynakJsonElementFunc  func,
                        gpointer               user_data)
{
  guint index = 0;

  p = skip_space (p, end);
  if (p >= end || *p != '[')
    return FALSE;
  p = skip_space (p + 1, end);

  while (p < end && *p != ']')
    {
      Counter counter = { 0 };
      const char *value_end = skip_value (p, end, &counter);

      if (value_end == NULL)
        return FALSE;
      func (index++, p, value_end - p, user_data);
      p = skip_space (value_end, end);
      if (p < end && *p == ',')
        p = skip_space (p + 1, end);
    }

  return p < end;
}

char *
kaynak_json_decode_string (const char *literal,
                           gsize       length)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *copy = NULL;

  g_return_val_if_fail (literal != NULL && length >= 2, g_strdup (""));

  if (memchr (literal, '\\', length) == NULL)
    return g_strndup (literal + 1, length - 2);
  /* json-glib decodes the escapes (\uD83D\uDE00 pairs included) */
  copy = g_strndup (literal, length);
  node = json_from_string (copy, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return g_strndup (literal + 1, length - 2);
  return g_strdup (json_node_get_string (node));
}
