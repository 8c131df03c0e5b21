/* kaynak-json-reader.h: typed JSON member reads whose errors name the path.
 *
 * The native loader and the W3C and doccano imports read through it.
 *
 * json-glib's own JsonReader walks a tree with a cursor and says little
 * about where a wrong value was.  This reader is the other way round: the
 * caller holds the JsonObject, names the member and the type it wants,
 * and gets the value or an error that says where, in the words of the
 * format being read:
 *
 *   claims[3].start must be a whole number, not a string   (a Kaynak file)
 *   first.items[0]: “id” must be a string                  (a W3C import)
 *   line 3: “label” must be an array                       (a doccano line)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Where a value stands: a chain of members and list positions on the
 * caller's stack, one link per level it goes down, formatted only when
 * something is wrong (a valid file of 100,000 claims must not pay for the
 * path strings of its 1.4 million values).  NULL is the root. */
typedef struct _KaynakJsonPath KaynakJsonPath;
struct _KaynakJsonPath
{
  const KaynakJsonPath *parent;  /* NULL: a member of the root */
  const char           *member;  /* NULL: element @index of @parent, a list */
  guint                 index;
};

/* Initialisers of the path one step below @parent: "claims", "claims[3]" */
#define KAYNAK_JSON_MEMBER(parent, member) { (parent), (member), 0 }
#define KAYNAK_JSON_ELEMENT(parent, index) { (parent), NULL, (index) }

/* "claims[3].start": @path, then @member unless NULL ("" for both) */
char *kaynak_json_path_to_string (const KaynakJsonPath *path,
                                  const char           *member);

/* The words and the rules of the format being read */
typedef enum
{
  /* A Kaynak file: null is a value like any other, and a message names
   * the member's whole path and what stands there instead:
   * "claims[3].start must be a whole number, not a string". */
  KAYNAK_JSON_DIALECT_KAYNAK,
  /* An import (JSON-LD, JSON Lines): null means no value, as in JSON-LD,
   * and a message names the path of the object, then the member:
   * "first.items[0]: “id” must be a string"; the root is "$", or the line
   * of a JSON Lines file: "line 3: “label” must be an array". */
  KAYNAK_JSON_DIALECT_IMPORT,
} KaynakJsonDialect;

/* What a read needs to know of the document besides the member: a value
 * on the caller's stack, nothing to free.  Set the fields by name. */
typedef struct
{
  KaynakJsonDialect dialect;
  /* The line of a JSON Lines file, said before everything else ("line 3:
   * …"); 0 for a whole file */
  guint             line;
  /* The document has an integer json-glib cannot hold
   * (kaynak_json_guard_check_counted()): json-glib gives such a number as
   * a negative one, which a message must not quote as if it were in the
   * file */
  gboolean          numbers_overflowed;
  /* If not NULL, counts every member the reads below find: compared with
   * the object's size, it tells whether an object has members the
   * caller does not know, at the cost of an increment (kaynak-file.c
   * keeps those: kaynak-unknown.h) */
  guint            *found;
} KaynakJsonReader;

/* --- Reads that report --------------------------------------------------- */

/* Each reads @member of @object, which stands at @path, into *@value.
 * On a wrong type (or value, where the read says so) it returns FALSE and
 * sets @error (KAYNAK_ERROR_INVALID unless said) naming the path.
 *
 * require_*: an absent member is an error, "PATH is missing".
 * get_*: an absent member (and null, in the import dialect) leaves the
 * default that the read names. */

gboolean kaynak_json_reader_require_string          (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     const char             **value,
                                                     GError                 **error);
/* The same, and "" is an error too: "PATH is empty" */
gboolean kaynak_json_reader_require_nonempty_string (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     const char             **value,
                                                     GError                 **error);
/* Any whole number json-glib holds */
gboolean kaynak_json_reader_require_int             (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     gint64                  *value,
                                                     GError                 **error);
/* A whole number from 0 to G_MAXUINT; outside, KAYNAK_ERROR_RANGE */
gboolean kaynak_json_reader_require_uint            (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     guint                   *value,
                                                     GError                 **error);
gboolean kaynak_json_reader_require_object          (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     JsonObject             **value,
                                                     GError                 **error);

gboolean kaynak_json_reader_require_array           (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     JsonArray              **value,
                                                     GError                 **error);

/* A string; @fallback when absent (NULL allowed) */
gboolean kaynak_json_reader_get_string              (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     const char              *fallback,
                                                     const char             **value,
                                                     GError                 **error);
/* A string or null; NULL for null and when absent */
gboolean kaynak_json_reader_get_nullable_string     (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     const char             **value,
                                                     GError                 **error);
/* true or false; FALSE when absent */
gboolean kaynak_json_reader_get_boolean             (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     gboolean                *value,
                                                     GError                 **error);
/* NULL when absent */
gboolean kaynak_json_reader_get_object              (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     JsonObject             **value,
                                                     GError                 **error);
/* A list; NULL when absent */
gboolean kaynak_json_reader_get_array               (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     JsonArray              **value,
                                                     GError                 **error);
/* A list of strings, as a NULL-terminated array of pointers into the tree
 * (free the array only); NULL when absent or empty.  A wrong element is
 * named by its own path in the Kaynak dialect ("sources[0].aliases[2]");
 * an import says "“cues” must be an array of strings" of it, and "must be
 * an array" of a member that is no list. */
gboolean kaynak_json_reader_get_string_list         (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     const char            ***value,
                                                     GError                 **error);
/* One string or a list of strings, as JSON-LD lets "type" and "purpose"
 * be (read them with kaynak_json_node_n_values()); NULL when absent */
gboolean kaynak_json_reader_get_string_or_list      (const KaynakJsonReader  *reader,
                                                     JsonObject              *object,
                                                     const KaynakJsonPath    *path,
                                                     const char              *member,
                                                     JsonNode               **value,
                                                     GError                 **error);

/* @node, which stands at @path (a list element, a line), as an object:
 * "claims[3] must be an object, not a string" */
gboolean kaynak_json_reader_as_object               (const KaynakJsonReader  *reader,
                                                     JsonNode                *node,
                                                     const KaynakJsonPath    *path,
                                                     JsonObject             **value,
                                                     GError                 **error);

/* --- Failures the caller words ------------------------------------------- */

/* "PATH.MEMBER must be EXPECTED, not WHAT-IT-IS" (@member may be NULL),
 * for a type the reads above do not have ("a digit from 1 to 9 or null").
 * Returns FALSE. */
gboolean kaynak_json_reader_fail_type (const KaynakJsonReader *reader,
                                       const KaynakJsonPath   *path,
                                       const char             *member,
                                       const char             *expected,
                                       JsonNode               *node,
                                       GError                **error);
/* "PATH: MESSAGE", after the line in a JSON Lines file, with
 * KAYNAK_ERROR_INVALID; the root (@path NULL) is "$" in the import
 * dialect and nothing when a line is said.  Returns FALSE. */
gboolean kaynak_json_reader_fail      (const KaynakJsonReader *reader,
                                       const KaynakJsonPath   *path,
                                       GError                **error,
                                       const char             *format,
                                       ...) G_GNUC_PRINTF (4, 5);

/* --- Quiet reads: a value or nothing, for what is lenient ------------------ */

/* These work on json-glib's objects and nodes, whatever the dialect (the
 * KaynakJson writer of the exports is kaynak_json_string() and its kin). */

/* What @node is, in the words of the messages: "a string", "null"… */
const char *kaynak_json_node_describe     (JsonNode   *node);
/* @member of @object; NULL when absent or null */
JsonNode   *kaynak_json_object_get_value  (JsonObject *object,
                                           const char *member);
/* The string @member of @object; NULL when absent, null or not a string */
const char *kaynak_json_object_get_string (JsonObject *object,
                                           const char *member);
/* TRUE when @node (NULL allowed) is a string */
gboolean    kaynak_json_node_is_string    (JsonNode   *node);
/* TRUE, and *@value, when @node (NULL allowed) is a whole number from 0 to
 * G_MAXUINT */
gboolean    kaynak_json_node_get_uint     (JsonNode   *node,
                                           guint      *value);

/* JSON-LD lets a property hold one value or a list of them: how many
 * values @node (NULL: none) holds, and the @i-th */
guint       kaynak_json_node_n_values     (JsonNode   *node);
JsonNode   *kaynak_json_node_nth_value    (JsonNode   *node,
                                           guint       i);

G_END_DECLS
