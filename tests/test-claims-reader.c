/* test-claims-reader.c: claims read from their text (kaynak-claims-reader.c)
 * give the same documents and the same errors as claims read through
 * json-glib trees.
 *
 * Each file is loaded twice, with the claims reader and without it
 * (_kaynak_file_set_claims_reader()): both must fail with the same error
 * (domain, code and message, its JSON path included) or both load, and
 * then the two documents must save to the same bytes (every member, the
 * pieces and ranges, agreed_by, unknown members, orphans).  The files:
 * the samples, every JSON file under tests/ (tests/data's refusals and
 * formats, the fuzz corpus), and generated ones in both of kaynak-bench's
 * layouts, whole and with each claim member replaced by wrong values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-claims-reader.h"
#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-file-serialize.h"
#include "kaynak-test-hooks.h"
#include "kaynak-test-util.h"
#include "kaynak-unknown.h"

/* --- Comparing the two paths ------------------------------------------------- */

typedef struct
{
  guint loaded;   /* files both paths loaded */
  guint refused;  /* files both refused, in the same words */
} Tally;

static KaynakDocument *
load (GBytes    *bytes,
      gboolean   claims_reader,
      GError   **error)
{
  KaynakDocument *document;

  _kaynak_file_set_claims_reader (claims_reader);
  document = kaynak_file_load_bytes (bytes, NULL, error);
  _kaynak_file_set_claims_reader (TRUE);
  return document;
}

static void
assert_same (GBytes     *bytes,
             const char *name,
             Tally      *tally)
{
  g_autoptr(GError) old_error = NULL;
  g_autoptr(GError) new_error = NULL;
  g_autoptr(KaynakDocument) old_document = load (bytes, FALSE, &old_error);
  g_autoptr(KaynakDocument) new_document = load (bytes, TRUE, &new_error);

  if (old_document == NULL || new_document == NULL)
    {
      if (old_document != NULL || new_document != NULL)
        g_error ("%s: one path loads it, the other says: %s", name,
                 old_error ? old_error->message : new_error->message);
      g_assert_nonnull (old_error);
      g_assert_nonnull (new_error);
      if (old_error->domain != new_error->domain || old_error->code != new_error->code ||
          strcmp (old_error->message, new_error->message) != 0)
        g_error ("%s: the tree says “%s”, the claims reader “%s”", name,
                 old_error->message, new_error->message);
      tally->refused++;
    }
  else
    {
      g_autoptr(GBytes) old_saved = kaynak_file_serialize (old_document);
      g_autoptr(GBytes) new_saved = kaynak_file_serialize (new_document);

      if (!g_bytes_equal (old_saved, new_saved))
        g_error ("%s: the two paths load different documents", name);
      g_assert_cmpuint (kaynak_document_get_n_claims (old_document), ==,
                        kaynak_document_get_n_claims (new_document));
      tally->loaded++;
    }
}

static void
assert_same_text (const char *text,
                  const char *name,
                  Tally      *tally)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  assert_same (bytes, name, tally);
}

/* --- The files under the source tree ----------------------------------------- */

static void
compare_file (GBytes     *bytes,
              const char *path,
              gpointer    data)
{
  assert_same (bytes, path, data);
}

static void
test_files (void)
{
  Tally tally = { 0, };

  kaynak_test_for_each_json_file (compare_file, &tally);
  g_test_message ("%u files loaded alike, %u refused alike", tally.loaded, tally.refused);
  /* the samples and tests/data/bad, at least */
  g_assert_cmpuint (tally.loaded, >=, 2);
  g_assert_cmpuint (tally.refused, >=, 40);
}

/* --- Generated files ------------------------------------------------------------ */

/* The words of the generated article: multi-byte letters, a character
 * outside the BMP (a surrogate pair when escaped), quotes and a
 * backslash that must be escaped in any layout */
static const char * const words[] = {
  "şehir", "açıklama", "ğüz", "Bakanlık", "“dedi”", "\"alıntı\"", "yol\\yön",
  "satır\nsonu", "sekme\tsonu", "😀", "NATO-AB", "İstanbul", "öğle", "çarşı",
};

typedef enum
{
  LAYOUT_KAYNAK,  /* as Kaynak saves: members in order, \u escapes, spaces */
  LAYOUT_OTHER,   /* reversed, raw UTF-8, tabs, empty members left out */
} Layout;

/* A string as JSON, in @layout */
static void
append_string (GString    *out,
               const char *s,
               Layout      layout)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", (char) c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, layout == LAYOUT_KAYNAK ? "\\t" : "\\u0009");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else if (c >= 0x80 && layout == LAYOUT_KAYNAK)
        {
          gunichar2 *units = g_ucs4_to_utf16 (&c, 1, NULL, NULL, NULL);

          for (guint i = 0; units[i] != 0; i++)
            g_string_append_printf (out, "\\u%04x", units[i]);
          g_free (units);
        }
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_string_append_c (out, '"');
}

/* One member of an object: name and its JSON value, as text */
typedef struct
{
  const char *name;
  char       *value;
} Member;

static void
add (GPtrArray  *members,
     const char *name,
     char       *value)
{
  Member *m = g_new (Member, 1);

  m->name = name;
  m->value = value;
  g_ptr_array_add (members, m);
}

static void
member_free (gpointer data)
{
  Member *m = data;

  g_free (m->value);
  g_free (m);
}

static char *
string_value (const char *s,
              Layout      layout)
{
  GString *out = g_string_new (NULL);

  append_string (out, s, layout);
  return g_string_free (out, FALSE);
}

static gboolean
is_empty (const char *value)
{
  return strcmp (value, "\"\"") == 0 || strcmp (value, "[]") == 0 ||
         strcmp (value, "null") == 0 || strcmp (value, "false") == 0;
}

/* @members as an object in @layout */
static void
append_object (GString   *out,
               GPtrArray *members,
               Layout     layout,
               guint      indent)
{
  const char *space = layout == LAYOUT_KAYNAK ? "  " : "\t";
  gboolean first = TRUE;

  g_string_append (out, "{");
  for (guint k = 0; k < members->len; k++)
    {
      guint j = layout == LAYOUT_OTHER ? members->len - 1 - k : k;
      Member *m = g_ptr_array_index (members, j);

      if (layout == LAYOUT_OTHER && is_empty (m->value))
        continue;
      g_string_append (out, first ? "\n" : ",\n");
      for (guint i = 0; i < indent + 1; i++)
        g_string_append (out, space);
      append_string (out, m->name, LAYOUT_OTHER);
      g_string_append (out, layout == LAYOUT_KAYNAK ? " : " : ":");
      g_string_append (out, m->value);
      first = FALSE;
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent; i++)
    g_string_append (out, space);
  g_string_append_c (out, '}');
}

/* A replacement of one claim member's value (NULL: remove it), or a
 * member added */
typedef struct
{
  guint       claim;
  const char *member;
  const char *value;
  gboolean    repeat;  /* add the member a second time, with @value */
} Mutation;

/* A claim range list's JSON, in characters of @text (g_utf8 offsets) */
static char *
ranges_value (const char *text,
              const guint *bounds,
              guint        n,
              gboolean     pieces,
              Layout       layout)
{
  GString *out = g_string_new ("[");

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (member_free);
      const char *from = g_utf8_offset_to_pointer (text, bounds[2 * k]);
      const char *to = g_utf8_offset_to_pointer (text, bounds[2 * k + 1]);
      g_autofree char *quote = g_strndup (from, to - from);

      add (members, "start", g_strdup_printf ("%u", bounds[2 * k]));
      add (members, "end", g_strdup_printf ("%u", bounds[2 * k + 1]));
      add (members, "quote", string_value (quote, layout));
      if (pieces)
        {
          add (members, "prefix", string_value (k == 1 ? "ön" : "", layout));
          add (members, "suffix", string_value ("", layout));
        }
      else if (k == 0)
        add (members, "prefix", g_strdup ("42"));  /* not read in these lists */
      if (k > 0)
        g_string_append_c (out, ',');
      append_object (out, members, layout, 3);
    }
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

/* Whether generate() gives claims a codebook's verdict and field values
 * (a file of version 2) */
static gboolean with_codebook = FALSE;

/* A file of @n_claims over a generated article, in @layout, with
 * @mutation applied (NULL: none) */
static char *
generate (guint           n_claims,
          Layout          layout,
          gboolean        same_hash,
          const Mutation *mutation)
{
  GString *article = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  g_autofree char *sha256 = NULL;
  GRand *rand = g_rand_new_with_seed (13 + n_claims);
  guint length;

  for (guint i = 0; i < 40 * n_claims + 50; i++)
    {
      g_string_append (article, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (article, i % 11 == 10 ? '.' : ' ');
    }
  length = g_utf8_strlen (article->str, -1);
  sha256 = same_hash ? g_compute_checksum_for_string (G_CHECKSUM_SHA256, article->str, -1)
                     : g_strnfill (64, 'a');

  g_string_append (out, "{\n");
  g_string_append (out, with_codebook ? "\"format\": \"kaynak\", \"version\": 2,\n\"metadata\": {\"title\": "
                                     : "\"format\": \"kaynak\", \"version\": 1,\n\"metadata\": {\"title\": ");
  append_string (out, "Başlık", layout);
  g_string_append (out, "},\n\"article\": {\"sha256\": \"");
  g_string_append (out, sha256);
  g_string_append (out, "\", \"text\": ");
  append_string (out, article->str, layout);
  g_string_append (out, "},\n\"sources\": [{\"id\": \"s1\", \"label\": \"Bakan\", "
                        "\"color\": \"#1c71d8\", \"shortcut\": 1, \"kind\": \"named\"},"
                        "{\"id\": \"ş2\", \"label\": \"Sözcü\", \"color\": \"#26a269\", "
                        "\"shortcut\": null, \"kind\": \"anonymous\"}],\n\"claims\": [");

  for (guint i = 0; i < n_claims; i++)
    {
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (member_free);
      guint start = 20 * i + g_rand_int_range (rand, 0, 10);
      guint end = start + 5 + g_rand_int_range (rand, 0, 40);
      const char *from = g_utf8_offset_to_pointer (article->str, start);
      const char *to = g_utf8_offset_to_pointer (article->str, end);
      g_autofree char *quote = g_strndup (from, to - from);
      const char *statuses[] = { "unverified", "supported", "refuted", "misleading", "unverifiable" };
      g_autofree char *id = g_strdup_printf ("c%u-ş", i);

      add (members, "id", string_value (id, layout));
      add (members, "start", g_strdup_printf ("%u", start));
      add (members, "end", g_strdup_printf ("%u", end));
      add (members, "quote", string_value (quote, layout));
      add (members, "prefix", string_value (i % 3 ? "önce " : "", layout));
      add (members, "suffix", string_value (i % 4 ? " sonra" : "", layout));
      add (members, "source", i % 5 == 0 ? g_strdup ("null")
                               : string_value (i % 2 ? "s1" : (i % 7 ? "ş2" : ""), layout));
      add (members, "status", string_value (statuses[i % 5], layout));
      add (members, "note", string_value (i % 6 ? "" : "bir \"not\"\n😀", layout));
      add (members, "cues", g_strdup (i % 3 ? "[]" : "[\"dedi\", \"açıkladı\"]"));
      if (i % 4 == 1)
        add (members, "agreed_by", g_strdup ("[\"ayşe\", \"unsaved\"]"));
      add (members, "author", string_value (i % 2 ? "ayşe" : "", layout));
      add (members, "created", g_strdup ("\"2026-12-05T09:56:27Z\""));
      add (members, "modified", g_strdup (i % 2 ? "\"2026-12-05T09:56:27.125Z\""
                                                : "\"2026-12-05T09:56:27Z\""));
      if (i % 9 == 4)
        add (members, "orphaned", g_strdup ("true"));
      else if (i % 9 == 5)
        add (members, "orphaned", g_strdup ("false"));
      if (i % 5 == 2)
        {
          guint mid = start + (end - start) / 2;
          guint bounds[] = { start, mid, mid + 1, end };

          if (mid + 1 < end)
            add (members, "pieces", ranges_value (article->str, bounds, 2, TRUE, layout));
        }
      if (i % 5 == 3 && start >= 6)
        {
          guint bounds[] = { start - 6, start - 4, start - 3, start - 1 };

          add (members, "source_ranges", ranges_value (article->str, bounds, 2, FALSE, layout));
          add (members, "cue_ranges", ranges_value (article->str, bounds + 2, 1, FALSE, layout));
        }
      if (i % 8 == 7)
        add (members, "x_reviewer", g_strdup ("{\"name\": \"ali\", \"ok\": [1, 2.5, null]}"));
      if (with_codebook && i % 3 != 2)
        add (members, "verdict", string_value (i % 2 ? "yanlis" : "çoğunlukla-doğru", layout));
      if (with_codebook && i % 4 != 3)
        add (members, "fields",
             g_strdup (i % 4 == 0 ? "{\"konu\": \"ekonomi\", \"puan\": 3, \"evet\": true,"
                                    " \"çok\": [\"a\", \"b\\\"\", -2, false], \"boş\": []}"
                                  : i % 4 == 1 ? "{\"oran\": 0.5, \"konu\": \"\\u015f\"}"
                                               : "{}"));

      if (mutation != NULL && mutation->claim == i)
        {
          gboolean found = FALSE;

          for (guint k = 0; k < members->len && !mutation->repeat; k++)
            {
              Member *m = g_ptr_array_index (members, k);

              if (strcmp (m->name, mutation->member) == 0)
                {
                  found = TRUE;
                  if (mutation->value == NULL)
                    g_ptr_array_remove_index (members, k);
                  else
                    {
                      g_free (m->value);
                      m->value = g_strdup (mutation->value);
                    }
                  break;
                }
            }
          if (!found && mutation->value != NULL)
            add (members, mutation->member, g_strdup (mutation->value));
        }

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, layout == LAYOUT_KAYNAK ? "\n  " : "\n\t");
      append_object (out, members, layout, 1);
    }
  g_string_append (out, "],\n\"links\": [");
  if (n_claims >= 3)
    g_string_append (out, "{\"id\": \"l1\", \"type\": \"confirms\", "
                          "\"from\": \"c1-\\u015f\", \"to\": \"c2-ş\"}");
  g_string_append (out, "]\n}\n");

  g_string_free (article, TRUE);
  g_rand_free (rand);
  (void) length;
  return g_string_free (out, FALSE);
}

static void
test_generated (void)
{
  Tally tally = { 0, };

  for (int codebook = 0; codebook < 2; codebook++)
    for (Layout layout = LAYOUT_KAYNAK; layout <= LAYOUT_OTHER; layout++)
      for (guint n = 0; n <= 60; n += 15)
        for (int same = 0; same < 2; same++)
          {
            g_autofree char *text = NULL;
            g_autofree char *name = NULL;

            with_codebook = codebook;
            text = generate (n, layout, same, NULL);
            with_codebook = FALSE;
            name = g_strdup_printf ("generated, layout %d, %u claims, hash %d, version %d",
                                    layout, n, same, codebook + 1);
            assert_same_text (text, name, &tally);
          }
  /* all of them valid */
  g_assert_cmpuint (tally.refused, ==, 0);
}

/* Every member of a claim given values of every kind, a member repeated,
 * one added with an escaped name: the same errors, worded once */
static void
test_mutations (void)
{
  static const char * const claim_members[] = {
    "id", "start", "end", "quote", "prefix", "suffix", "source", "status", "note",
    "cues", "agreed_by", "author", "created", "modified", "orphaned",
    "pieces", "source_ranges", "cue_ranges", "x_unknown", "\\u0069d", "st\\u0061rt",
  };
  static const char * const values[] = {
    NULL, "null", "0", "1", "7", "1.0", "-1", "-0", "1e2", "1E0", "4294967295", "4294967296",
    "99999999999999999999999", "-99999999999999999999999", "\"\"", "\"x\"", "\"s1\"",
    "\"c1-ş\"", "\"c2-\\u015f\"", "\"a\\u0000b\"", "\"\\ud83d\\ude00\"", "true", "false",
    "[]", "{}", "[\"a\", 1]", "[\"a\", null]", "[\"\"]", "[null]", "[{}]", "[1]",
    "\"supported\"", "\"Supported\"", "\"2026-02-30T00:00:00Z\"", "\"2026-12-05T09:56:27\"",
    "\"2026-12-05T09:56:27.Z\"", "\"2024-02-29T23:59:60Z\"",
    "[{\"start\": 3, \"end\": 9, \"quote\": \"x\"}]",
    "[{\"start\": 9, \"end\": 3, \"quote\": \"x\"}]",
    "[{\"start\": 3, \"end\": 3, \"quote\": \"x\"}]",
    "[{\"start\": 3, \"end\": 9, \"quote\": \"\"}]",
    "[{\"start\": 3, \"end\": 9}]",
    "[{\"start\": 3, \"end\": 9, \"quote\": 5}]",
    "[{\"start\": 3, \"end\": 9, \"quote\": \"x\", \"prefix\": 1}]",
    "[{\"start\": 3, \"end\": 9, \"quote\": \"x\", \"start\": 4}]",
    "[{\"start\": 1.5, \"end\": 9, \"quote\": \"x\"}]",
    "[{\"start\": 3, \"end\": 99999999, \"quote\": \"x\"}]",
    "[{\"start\": 3, \"end\": 9, \"quote\": \"x\"}, {\"start\": 5, \"end\": 12, \"quote\": \"y\"}]",
    "[{\"start\": 3, \"end\": 9, \"quote\": \"x\"}, {\"start\": 10, \"end\": 12, \"quote\": \"y\"}]",
    "[{\"start\": 60, \"end\": 65, \"quote\": \"x\"}, {\"start\": 70, \"end\": 80, \"quote\": \"y\"}]",
    "[{\"start\": 3, \"end\": 9, \"quote\": \"x\", \"extra\": [1, {\"a\": \"]}\"}]}]",
  };
  Tally tally = { 0, };
  guint n = 6;

  for (Layout layout = LAYOUT_KAYNAK; layout <= LAYOUT_OTHER; layout++)
    for (guint m = 0; m < G_N_ELEMENTS (claim_members); m++)
      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        for (int repeat = 0; repeat < 2; repeat++)
          {
            /* claims[3] starts at 60 or more: a range list of its own can
             * match its ends or not */
            Mutation mutation = { 3, claim_members[m], values[v], repeat };
            g_autofree char *text = NULL;
            g_autofree char *name = NULL;

            if (repeat && values[v] == NULL)
              continue;
            text = generate (n, layout, TRUE, &mutation);
            name = g_strdup_printf ("layout %d, claims[3].%s %s %s", layout, claim_members[m],
                                    repeat ? "repeated as" : "=",
                                    values[v] ? values[v] : "(removed)");
            assert_same_text (text, name, &tally);
          }
  g_test_message ("%u mutated files loaded alike, %u refused alike",
                  tally.loaded, tally.refused);
  g_assert_cmpuint (tally.refused, >, 500);
  g_assert_cmpuint (tally.loaded, >, 200);

  /* A codebook's verdict and field values (version 2), given values of
   * every kind: those the reader takes and those it leaves to the tree */
  {
    static const char * const codebook_values[] = {
      "{\"a\": 1}", "{\"a\": -5}", "{\"a\": -0}", "{\"a\": 9223372036854775807}",
      "{\"a\": -9223372036854775807}", "{\"a\": 9223372036854775808}",
      "{\"a\": -9223372036854775808}", "{\"a\": 99999999999999999999999}",
      "{\"a\": 0.5}", "{\"a\": 3.0}", "{\"a\": 1e2}", "{\"a\": true}", "{\"a\": false}",
      "{\"a\": null}", "{\"a\": \"\"}", "{\"a\": \"\\u0000\"}", "{\"a\": \"\\u015f\\n\"}",
      "{\"a\": []}", "{\"a\": [\"x\", 2, true]}", "{\"a\": [\"x\", 2.5]}", "{\"a\": [[1]]}",
      "{\"a\": [null]}", "{\"a\": [{}]}", "{\"a\": {}}", "{\"a\": 1, \"a\": 2}",
      "{\"a\": 1, \"b\": 2, \"c\": [\"\"]}", "{\"\": 1}", "{\"\\u0061\": 1}",
      "{\"ş k\": \"v\"}", "{}", "[]", "\"x\"", "null", "1",
    };
    static const char * const verdict_values[] = {
      "\"yanlis\"", "\"\"", "\"\\u015f\"", "null", "1", "true", "[]", "{}",
    };
    Tally codebook = { 0, };

    with_codebook = TRUE;
    for (Layout layout = LAYOUT_KAYNAK; layout <= LAYOUT_OTHER; layout++)
      for (int repeat = 0; repeat < 2; repeat++)
        {
          for (guint v = 0; v < G_N_ELEMENTS (codebook_values); v++)
            {
              Mutation mutation = { 3, "fields", codebook_values[v], repeat };
              g_autofree char *text = generate (n, layout, TRUE, &mutation);
              g_autofree char *name = g_strdup_printf ("layout %d, claims[3].fields %s %s",
                                                       layout, repeat ? "repeated as" : "=",
                                                       codebook_values[v]);

              assert_same_text (text, name, &codebook);
            }
          for (guint v = 0; v < G_N_ELEMENTS (verdict_values); v++)
            {
              Mutation mutation = { 3, "verdict", verdict_values[v], repeat };
              g_autofree char *text = generate (n, layout, TRUE, &mutation);
              g_autofree char *name = g_strdup_printf ("layout %d, claims[3].verdict %s %s",
                                                       layout, repeat ? "repeated as" : "=",
                                                       verdict_values[v]);

              assert_same_text (text, name, &codebook);
            }
        }
    /* A whole number json-glib cannot hold elsewhere in the file: the
     * tree's path refuses the claims' whole numbers too */
    {
      Mutation big = { 3, "x_big", "99999999999999999999999", FALSE };
      g_autofree char *text = generate (n, LAYOUT_OTHER, TRUE, &big);

      assert_same_text (text, "a number too large beside whole numbers in fields", &codebook);
    }
    /* Too many fields, and too many choices, for a codebook */
    for (guint k = 0; k < 2; k++)
      {
        g_autoptr(GString) many = g_string_new ("{");
        Mutation mutation = { 3, "fields", NULL, FALSE };
        g_autofree char *text = NULL;

        for (guint i = 0; i <= (k == 0 ? 500 : 1000); i++)
          if (k == 0)
            g_string_append_printf (many, "%s\"f%u\": %u", i ? ", " : "", i, i);
          else
            g_string_append_printf (many, "%s%u", i ? ", " : "\"a\": [", i);
        g_string_append (many, k == 0 ? "}" : "]}");
        mutation.value = many->str;
        text = generate (n, LAYOUT_KAYNAK, TRUE, &mutation);
        assert_same_text (text, k == 0 ? "501 fields" : "1001 choices", &codebook);
      }
    with_codebook = FALSE;
    g_test_message ("%u files of version 2 loaded alike, %u refused alike",
                    codebook.loaded, codebook.refused);
    g_assert_cmpuint (codebook.loaded, >, 40);
    g_assert_cmpuint (codebook.refused, >, 30);
  }

  /* A repeated id and a claim on no text, the rules across claims */
  {
    Mutation twice = { 4, "id", "\"c3-ş\"", FALSE };
    Mutation long_end = { 4, "end", "999999", FALSE };
    g_autofree char *a = generate (n, LAYOUT_OTHER, TRUE, &twice);
    g_autofree char *b = generate (n, LAYOUT_OTHER, TRUE, &long_end);
    g_autofree char *c = generate (n, LAYOUT_OTHER, FALSE, &long_end);

    assert_same_text (a, "a repeated id", &tally);
    assert_same_text (b, "an end past the article", &tally);
    assert_same_text (c, "an end past a changed article", &tally);
  }
}

/* --- The reader itself ----------------------------------------------------------- */

static void
test_reader (void)
{
  g_autoptr(KaynakClaimsReader) reader = kaynak_claims_reader_new ();
  const KaynakClaimFields *f;
  const char *claim =
    " {\"id\": \"c\\u015f\", \"start\": 4294967295, \"end\": 0, \"quote\": \"a\\\"b\\\\c\\/\\n\","
    " \"source\": null, \"cues\": [\"x\", \"y\"], \"agreed_by\": [],"
    " \"pieces\": [{\"start\": 1, \"end\": 2, \"quote\": \"q\", \"prefix\": \"p\"}],"
    " \"source_ranges\": [], \"x\": {\"y\": [\"}\", 1]}, \"orphaned\": true,"
    " \"note\": \"\\ud83d\\ude00\"} ";

  g_assert_true (kaynak_claims_reader_read (reader, claim, strlen (claim), &f));
  g_assert_cmpstr (f->id, ==, "cş");
  g_assert_true (f->has_start && f->has_end);
  g_assert_cmpuint (f->start, ==, G_MAXUINT);
  g_assert_cmpuint (f->end, ==, 0);
  g_assert_cmpstr (f->quote, ==, "a\"b\\c/\n");
  g_assert_null (f->source);
  g_assert_cmpstr (f->cues[0], ==, "x");
  g_assert_cmpstr (f->cues[1], ==, "y");
  g_assert_null (f->cues[2]);
  g_assert_null (f->agreed_by);
  g_assert_cmpuint (f->pieces->len, ==, 1);
  g_assert_cmpstr (g_array_index (f->pieces, KaynakClaimTextRange, 0).prefix, ==, "p");
  g_assert_null (g_array_index (f->pieces, KaynakClaimTextRange, 0).suffix);
  g_assert_cmpuint (f->source_ranges->len, ==, 0);
  g_assert_null (f->cue_ranges);
  g_assert_true (f->orphaned);
  g_assert_true (f->unknown);
  g_assert_cmpstr (f->note, ==, "😀");
  g_assert_null (f->status);

  /* A codebook's verdict and field values, in the file's order */
  {
    const char *v2 = "{\"verdict\": \"do\\u011fru\", \"fields\": {\"b\": [\"x\", -2, true],"
                     " \"a\": \"\\\"\", \"c\": []}}";
    const char *none = "{\"fields\": {}}";
    JsonNode *value;

    g_assert_true (kaynak_claims_reader_read (reader, v2, strlen (v2), &f));
    g_assert_cmpstr (f->verdict, ==, "doğru");
    g_assert_cmpuint (kaynak_field_values_get_n (f->field_values), ==, 3);
    g_assert_cmpstr (kaynak_field_values_get_id (f->field_values, 0), ==, "b");
    g_assert_cmpstr (kaynak_field_values_get_id (f->field_values, 1), ==, "a");
    g_assert_true (f->field_integers);
    value = kaynak_field_values_get_value (f->field_values, 0);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (value)), ==, 3);
    g_assert_cmpint (json_array_get_int_element (json_node_get_array (value), 1), ==, -2);
    g_assert_true (json_array_get_boolean_element (json_node_get_array (value), 2));
    g_assert_cmpstr (json_node_get_string (kaynak_field_values_get_value (f->field_values, 1)),
                     ==, "\"");
    g_assert_false (f->unknown);

    /* {} is no fields, as the tree's reader has it */
    g_assert_true (kaynak_claims_reader_read (reader, none, strlen (none), &f));
    g_assert_null (f->field_values);
    g_assert_false (f->field_integers);
  }

  /* What it leaves to the tree */
  {
    static const char * const refused[] = {
      "{\"id\": \"a\", \"id\": \"b\"}", "{\"\\u0069d\": \"a\"}", "{\"start\": -0}",
      "{\"start\": 1.0}", "{\"start\": 1e2}", "{\"start\": 4294967296}", "{\"id\": null}",
      "{\"quote\": \"a\\u0000\"}", "{\"cues\": [1]}", "{\"orphaned\": null}",
      "{\"pieces\": [{\"start\": 1, \"end\": 2}]}", "{\"pieces\": [1]}", "[]", "{} {}",
      "{\"note\": \"\\ud83d\"}", "{\"note\": \"\\ude00\"}",
      "{\"verdict\": null}", "{\"verdict\": 1}", "{\"fields\": null}", "{\"fields\": []}",
      "{\"fields\": {\"a\": 1.5}}", "{\"fields\": {\"a\": 1e2}}", "{\"fields\": {\"a\": null}}",
      "{\"fields\": {\"a\": {}}}", "{\"fields\": {\"a\": [[1]]}}", "{\"fields\": {\"a\": [null]}}",
      "{\"fields\": {\"a\": 1, \"a\": 2}}", "{\"fields\": {\"\\u0061\": 1}}",
      "{\"fields\": {\"a\": 9223372036854775808}}", "{\"fields\": {\"a\": -9223372036854775808}}",
      "{\"fields\": {\"a\": 1}, \"fields\": {}}",
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      g_assert_false (kaynak_claims_reader_read (reader, refused[i], strlen (refused[i]), &f));
  }

  /* Every cut of a claim is refused, and nothing is read past its end
   * (the cut copy is exactly that long, for valgrind and ASan to see) */
  for (gsize cut = 0; cut < strlen (claim) - 1; cut++)
    {
      char *copy = g_memdup2 (claim, cut);

      g_assert_false (kaynak_claims_reader_read (reader, copy, cut, &f));
      g_free (copy);
    }
}

/* A member the format knows but the reader does not (one added to claims
 * since) sends the claim to the old path rather than being taken for an
 * unknown member and lost to the model; the members it does read are
 * all ones the format knows */
static void
test_known_members (void)
{
  static const char * const read_here[] = {
    "id", "start", "end", "quote", "prefix", "suffix", "source", "status", "note",
    "cues", "agreed_by", "author", "created", "modified", "orphaned",
    "pieces", "source_ranges", "cue_ranges", "verdict", "fields",
  };
  g_autoptr(KaynakClaimsReader) reader = kaynak_claims_reader_new ();
  const KaynakClaimFields *f;

  for (guint i = 0; i < G_N_ELEMENTS (read_here); i++)
    g_assert_true (kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_CLAIM, read_here[i],
                                                   strlen (read_here[i])));

  /* an unknown member is skipped and noted */
  g_assert_true (kaynak_claims_reader_read (reader, "{\"x_new\": 1}", 12, &f));
  g_assert_true (f->unknown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/claims-reader/reads-a-claim", test_reader);
  g_test_add_func ("/kaynak/claims-reader/reads-the-members-the-format-knows",
                   test_known_members);
  g_test_add_func ("/kaynak/claims-reader/same-as-the-tree-on-files", test_files);
  g_test_add_func ("/kaynak/claims-reader/same-as-the-tree-on-generated-files",
                   test_generated);
  g_test_add_func ("/kaynak/claims-reader/same-errors-as-the-tree", test_mutations);

  return g_test_run ();
}
