/* kaynak-json-guard.h: checks on the raw bytes of a JSON file before
 * json-glib parses them.
 *
 * json-glib 1.6 is lenient where RFC 8259 is not (comments, single
 * quotes, 0x1F, -01, "2.", raw tabs and line breaks in strings, a second
 * document after the first), recurses once per nesting level without a
 * limit (100,000 '[' overflow the stack), truncates strings at an escaped
 * NUL and turns unpaired UTF-16 surrogate escapes into invalid UTF-8.
 * This guard is a strict RFC 8259 validator that also refuses those, and
 * invalid UTF-8, in one linear pass, says where by line and column, and
 * counts the values json-glib would build, whose memory the caller
 * bounds.  Every reader of JSON in Kaynak runs it before json-glib, so
 * json-glib only ever sees valid JSON and any json-glib gives the same
 * answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns FALSE with KAYNAK_ERROR_ENCODING (invalid UTF-8, \u0000, an
 * unpaired surrogate), KAYNAK_ERROR_TOO_DEEP (nesting deeper than
 * @max_depth) or KAYNAK_ERROR_SYNTAX (anything RFC 8259 refuses:
 * "The file is not valid JSON: line 4, column 32: JSON has no comments").
 * Columns count characters from 1.  Empty or blank @data passes (no
 * value: the callers say "empty" in their own words). */
gboolean kaynak_json_guard_check (const char  *data,
                                  gsize        length,
                                  guint        max_depth,
                                  GError     **error);

/* The same, and sets *@huge_numbers (if not NULL) to TRUE when a number
 * has more than 18 digits in a row: json-glib 1.6 reads an integer past
 * 64 bits as -1 or another wrong value, which a message must not quote. */
gboolean kaynak_json_guard_check_full (const char  *data,
                                       gsize        length,
                                       guint        max_depth,
                                       gboolean    *huge_numbers,
                                       GError     **error);


/* What json-glib would build from a document: one node per value
 * (number, string, true, false, null, list or object, the members'
 * values included), and a GPtrArray or GHashTable more per list or
 * object.  A value costs json-glib about 80 bytes and a list or object
 * about 300, whatever its size in the file ("0," is 2 bytes, "{}," 3):
 * these counts, not the file size, bound the memory a parse takes. */
typedef struct
{
  guint64 values;
  guint64 containers;   /* lists and objects, also counted in values */
} KaynakJsonCount;

/* kaynak_json_guard_check_full(), and counts the values of the whole
 * document into *@count: exactly for valid JSON, and otherwise what
 * json-glib would build before it finds the error, or more.  (Only when
 * it returns TRUE.) */
gboolean kaynak_json_guard_check_counted (const char      *data,
                                          gsize            length,
                                          guint            max_depth,
                                          gboolean        *huge_numbers,
                                          KaynakJsonCount *count,
                                          GError         **error);

/* The same for a part of a larger file (a line of JSON Lines) that starts
 * on line @first_line (1-based) at byte @first_byte of the file: messages
 * give the file's line and byte, not the part's.  @count (may be NULL)
 * as for kaynak_json_guard_check_counted(). */
gboolean kaynak_json_guard_check_part (const char      *data,
                                       gsize            length,
                                       guint            max_depth,
                                       gboolean        *huge_numbers,
                                       guint            first_line,
                                       gsize            first_byte,
                                       KaynakJsonCount *count,
                                       GError         **error);

/* The budget of every JSON Kaynak reads: FALSE with KAYNAK_ERROR_TOO_LARGE
 * and a sentence giving the counts when json-glib would build more than
 * 8 million values or 2 million lists and objects at once from what
 * @count counted (about 1.1 GB: see kaynak-file-parse.c). */
gboolean kaynak_json_guard_check_budget (const KaynakJsonCount  *count,
                                         GError                **error);

/* 1-based line of byte @offset in @data */
guint    kaynak_json_guard_line_at (const char *data,
                                    gsize       offset);

/* The 1-based line and column (in characters, as an editor counts them)
 * of byte @offset in @data */
void     kaynak_json_guard_position (const char *data,
                                     gsize       offset,
                                     guint      *line,
                                     guint      *column);

G_END_DECLS

G_BEGIN_DECLS

typedef struct
{
  gsize           offset;
  gsize           length;
  KaynakJsonCount count;    /* of an element: its values, itself included */
} KaynakJsonSpan;

/* Splits a large array out of a JSON document without parsing it, so that
 * its elements can be parsed one at a time.  If @data is an object with
 * exactly one top-level member @member whose value is an array of objects
 * or arrays separated by commas, sets *@array to the span of that array ('[' to ']')
 * and appends the span of each element to @elements (KaynakJsonSpan,
 * with the count of its values: that of the whole document minus the sum
 * over the elements is what is left when the array is emptied).
 * Returns FALSE for any other shape, including syntax errors, which the
 * caller then leaves to json-glib.  Call after kaynak_json_guard_check(). */
gboolean kaynak_json_split_member (const char     *data,
                                   gsize           length,
                                   const char     *member,
                                   KaynakJsonSpan *array,
                                   GArray         *elements);

G_END_DECLS

G_BEGIN_DECLS

/* Walking JSON that the guard has passed (valid, so the walk need not
 * check it), by the raw text of each value: what Kaynak does not
 * understand is kept as it was written (kaynak-unknown.h). */

/* @name is the member's name as written, quotes included */
typedef void (*KaynakJsonMemberFunc)  (const char *name,
                                       gsize       name_length,
                                       const char *value,
                                       gsize       value_length,
                                       gpointer    user_data);
typedef void (*KaynakJsonElementFunc) (guint       index,
                                       const char *value,
                                       gsize       value_length,
                                       gpointer    user_data);

/* Calls @func for each member of the object that starts at @p (a '{'
 * after optional space); FALSE if no object starts there. */
gboolean kaynak_json_walk_object (const char           *p,
                                  const char           *end,
                                  KaynakJsonMemberFunc  func,
                                  gpointer              user_data);
/* The text of the JSON string literal @literal (@length bytes, quotes
 * included) as json-glib decodes it, newly allocated; the literal must
 * come from JSON the guard passed.  Only a literal with an escape costs a
 * parse. */
char    *kaynak_json_decode_string (const char *literal,
                                    gsize       length);

/* Calls @func for each element of the list that starts at @p */
gboolean kaynak_json_walk_array  (const char            *p,
                                  const char            *end,
                                  KaynakJsonElementFunc  func,
                                  gpointer               user_data);

G_END_DECLS
