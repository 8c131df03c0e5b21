/* kaynak-format-brat-import.c: one brat article (STEM.txt and STEM.ann,
 * paired by kaynak-brat-files.c) into a document.
 *
 * Two meanings of a .ann:
 *   - Kaynak's own export and other entity-only files: a claim per text
 *     span, its type naming its source (labels and colours from the
 *     visual.conf that goes with the article), Status attributes, notes
 *     and relations as kaynak-format-brat.c writes them.
 *   - Attribution corpora (PolNeAR, the brat conversions of PARC 3.0): a
 *     file with at least one event that has a Content argument.  Each
 *     such event is one claim: its pieces are the Content spans (Content2
 *     is a further one), its source is named by the Source span's words
 *     (one source per distinct name, compared without case as the app
 *     compares names, kaynak-text-fold.h; none: the
 *     unattributed source), its cue words are the Cue span's words, and
 *     where the source and the cue stand is kept as ranges.  Role names
 *     are compared without case and without trailing digits.  Every other
 *     span (the events' own triggers, Discuss, Discard…) is counted in
 *     the report and not made a claim: those corpora annotate far more
 *     than claims, and a claim per trigger would bury the attributions.
 *
 * A span in several fragments ("0 5;9 14") becomes a claim in several
 * pieces, except that fragments parted only by line breaks join into one
 * piece: brat spans cannot hold a line break, so Kaynak's export (and
 * brat itself) splits a span there, and a one-piece claim stays one
 * piece through a round trip.
 *
 * The text column is checked against the article, leniently where the
 * corpora differ from brat's own output: lines without an annotation id
 * continue the text column of the line before (a span's text with a line
 * break in it, written as it is), and a line break may stand where the
 * article has pieces joined with a space, or the reverse.  The offsets win
 * then; a column that differs in any other way is refused, as it means
 * the .ann was made for another text.
 *
 * Time and memory are linear in the files: one pass over the .ann in
 * place, hash tables for ids and source names, the document filled
 * through the builder (kaynak-document-builder.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kaynak-brat-files.h"
#include "kaynak-document-builder.h"
#include "kaynak-error.h"
#include "kaynak-format-private.h"
#include "kaynak-text-fold.h"

#define MAX_SIZE (256u * 1024u * 1024u)
/* The conf files are small; anything larger is not a brat configuration */
#define CONF_MAX_SIZE (16u * 1024u * 1024u)

/* What events use a span as (bits) */
enum
{
  ROLE_CONTENT = 1 << 0,
  ROLE_SOURCE  = 1 << 1,
  ROLE_CUE     = 1 << 2,
};

typedef struct
{
  char              *id;
  const char        *type;   /* one copy per type, in the importer's table */
  KaynakRange       *frags;  /* as in the file */
  guint              n_frags;
  guint              start, end;  /* the cover */
  guint              line;
  KaynakClaimStatus  status;
  char              *note;
  const char        *claim_id;  /* the claim it became, for relations */
  guint              roles;
} Entity;

static void
entity_free (gpointer data)
{
  Entity *e = data;

  g_free (e->id);
  g_free (e->frags);
  g_free (e->note);
  g_free (e);
}

typedef struct
{
  guint  line;
  char **args;  /* "Type:Trigger", "Role:Id", … */
} Event;

static void
event_free (gpointer data)
{
  Event *ev = data;

  g_strfreev (ev->args);
  g_free (ev);
}

/* What the messages quote from the files (a span's text, the article, an
 * id) may hold line breaks and tabs: shown as \n, \t… so that a message
 * stays one line */
#define FAIL_LINE(line, ...) \
  G_STMT_START { \
    g_autofree char *_msg = g_strdup_printf (__VA_ARGS__); \
    g_autofree char *_escaped = kaynak_format_escape_for_message (_msg); \
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("%s, line %u: %s"), \
                 ann_name, (line), _escaped); \
    return NULL; \
  } G_STMT_END

static gboolean
parse_uint (const char *s,
            guint      *value)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT, &v, NULL))
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

/* Whether @line continues the text column of the line before: it has no
 * annotation id ("T12<TAB>…", "#3<TAB>…", "*<TAB>…") and does not look
 * like a line meant to have one (a word and a tab: a wrong id is said to
 * be one rather than taken as text) */
static gboolean has_annotation_id (const char *line);

static gboolean
continues_text (const char *line)
{
  const char *tab = strchr (line, '\t');

  if (has_annotation_id (line))
    return FALSE;
  return tab == NULL || tab == line || memchr (line, ' ', tab - line) != NULL;
}

/* "T12<TAB>…", "#3<TAB>…", "*<TAB>…": a line that starts an annotation */
static gboolean
has_annotation_id (const char *line)
{
  const char *tab = strchr (line, '\t');

  if (tab == NULL || tab == line)
    return FALSE;
  if (tab - line == 1)
    return line[0] == '*';
  if (strchr ("TEARMN#", line[0]) == NULL)
    return FALSE;
  for (const char *p = line + 1; p < tab; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* @s with every run of spaces and line breaks that holds a line break
 * made one space: where a text column and the article may differ */
static char *
fold_line_breaks (const char *s)
{
  GString *out = g_string_sized_new (strlen (s));

  for (const char *p = s; *p != '\0'; )
    {
      const char *run = p;
      gboolean brk = FALSE;

      while (*p != '\0')
        {
          gunichar c = g_utf8_get_char (p);

          if (c == ' ')
            ;
          else if (kaynak_format_is_line_break (c))
            brk = TRUE;
          else
            break;
          p = g_utf8_next_char (p);
        }
      if (brk)
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, run, p - run);
      if (*p != '\0')
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
text_matches (const char *column,
              const char *expected)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (strcmp (column, expected) == 0)
    return TRUE;
  a = fold_line_breaks (column);
  b = fold_line_breaks (expected);
  return strcmp (a, b) == 0;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const KaynakRange *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->end < rb->end ? -1 : ra->end > rb->end;
}

/* Whether [start, end) of the article is nothing but line breaks */
static gboolean
only_line_breaks (KaynakDocument *document,
                  guint           start,
                  guint           end)
{
  g_autofree char *gap = NULL;

  if (start >= end)
    return TRUE;
  /* a long gap is words, whatever else it holds */
  if (end - start > 16)
    return FALSE;
  gap = kaynak_document_dup_slice (document, start, end);
  for (const char *p = gap; *p != '\0'; p = g_utf8_next_char (p))
    if (!kaynak_format_is_line_break (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Sorts @ranges and joins those that overlap, touch or are parted only by
 * line breaks, in place; returns how many are left */
static guint
join_ranges (KaynakDocument *document,
             KaynakRange    *ranges,
             guint           n)
{
  guint out = 0;

  if (n == 0)
    return 0;
  qsort (ranges, n, sizeof (KaynakRange), compare_ranges);
  for (guint i = 1; i < n; i++)
    {
      KaynakRange *last = &ranges[out];

      if (ranges[i].start <= last->end || only_line_breaks (document, last->end, ranges[i].start))
        last->end = MAX (last->end, ranges[i].end);
      else
        ranges[++out] = ranges[i];
    }
  return out + 1;
}

/* The fragments of the spans in @entities (Entity *) whose roles include
 * @role, joined */
static KaynakRange *
ranges_of (KaynakDocument *document,
           GPtrArray      *entities,
           guint          *n)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (KaynakRange));

  for (guint i = 0; i < entities->len; i++)
    {
      Entity *e = g_ptr_array_index (entities, i);

      g_array_append_vals (ranges, e->frags, e->n_frags);
    }
  *n = join_ranges (document, (KaynakRange *) ranges->data, ranges->len);
  g_array_set_size (ranges, *n);
  return (KaynakRange *) g_array_free (g_steal_pointer (&ranges), FALSE);
}

/* The words of @entities: each fragment's text, joined by a space, white
 * space runs (a line break inside) made one space, the ends trimmed */
static char *
words_of (KaynakDocument *document,
          GPtrArray      *entities)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (guint i = 0; i < entities->len; i++)
    {
      Entity *e = g_ptr_array_index (entities, i);

      for (guint f = 0; f < e->n_frags; f++)
        {
          g_autofree char *slice = kaynak_document_dup_slice (document, e->frags[f].start,
                                                              e->frags[f].end);

          space = out->len > 0;
          for (const char *p = slice; *p != '\0'; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if (g_unichar_isspace (c) || kaynak_format_is_line_break (c))
                space = out->len > 0;
              else
                {
                  if (space)
                    g_string_append_c (out, ' ');
                  space = FALSE;
                  g_string_append_unichar (out, c);
                }
            }
        }
    }
  return g_string_free (out, FALSE);
}

/* A claim in @pieces (one or more, joined) with the ranges of its source
 * and cue, added through the builder, which checks them all (transfer
 * none) */
static KaynakClaim *
add_claim (KaynakDocumentBuilder  *builder,
           const char             *now,
           const KaynakRange      *pieces,
           guint                   n_pieces,
           const KaynakRange      *source_ranges,
           guint                   n_source,
           const KaynakRange      *cue_ranges,
           guint                   n_cue,
           GError                **error)
{
  KaynakDocument *document = kaynak_document_builder_get_document (builder);
  g_autoptr(KaynakClaim) claim = NULL;

  if (n_pieces == 1 && n_source == 0 && n_cue == 0)
    return kaynak_document_builder_add_claim_at (builder, NULL, pieces[0].start, pieces[0].end, error);

  claim = kaynak_claim_new (NULL, pieces[0].start, pieces[n_pieces - 1].end);
  kaynak_document_anchor_pieces (document, claim, pieces, n_pieces);
  if (n_source > 0)
    kaynak_document_anchor_source_ranges (document, claim, source_ranges, n_source);
  if (n_cue > 0)
    kaynak_document_anchor_cue_ranges (document, claim, cue_ranges, n_cue);
  /* imported now, as the builder's own claims are */
  kaynak_claim_set_created (claim, now);
  kaynak_claim_set_modified (claim, now);
  if (!kaynak_document_builder_add_claim (builder, claim, error))
    return NULL;
  return claim;
}

/* Labels and colours from the visual.conf that goes with an imported
 * article (kaynak-brat-files.c chose it), when there is one */
static void
read_visual_conf (GFile      *file,
                  GHashTable *labels,
                  GHashTable *colors)
{
  g_autofree char *data = NULL;
  gsize length;

  if (file != NULL &&
      (data = kaynak_format_read_file (file, CONF_MAX_SIZE, &length, NULL, NULL)) != NULL)
    kaynak_format_brat_parse_visual_conf (data, length, labels, colors);
}

/* How a message names @file: by the path the user gave, and the other file
 * of the pair by its base name after it ("/…/a.txt: a.ann"), so that the
 * message names each file once and starts with the one the user knows */
static char *
message_name (GFile *file,
              GFile *given)
{
  g_autofree char *given_name = g_file_get_parse_name (given);
  g_autofree char *base = NULL;

  if (g_file_equal (file, given))
    return g_steal_pointer (&given_name);
  base = g_file_get_basename (file);
  return g_strdup_printf ("%s: %s", given_name, base);
}

/* A role name as the corpora spell it, compared: "Content2" → "content" */
static guint
role_of (const char *name,
         gsize       length)
{
  while (length > 0 && g_ascii_isdigit (name[length - 1]))
    length--;
  if (length == 7 && g_ascii_strncasecmp (name, "content", 7) == 0)
    return ROLE_CONTENT;
  if (length == 6 && g_ascii_strncasecmp (name, "source", 6) == 0)
    return ROLE_SOURCE;
  if (length == 3 && g_ascii_strncasecmp (name, "cue", 3) == 0)
    return ROLE_CUE;
  return 0;
}

/* The document's unattributed source, made when it has none */
static const char *
unattributed_source (KaynakDocumentBuilder  *builder,
                     GError                **error)
{
  KaynakDocument *document = kaynak_document_builder_get_document (builder);
  GListModel *sources = kaynak_document_get_sources (document);
  g_autoptr(GPtrArray) scheme = NULL;
  KaynakSource *source;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) s = g_list_model_get_item (sources, i);

      if (kaynak_source_get_kind (s) == KAYNAK_SOURCE_KIND_UNATTRIBUTED)
        return kaynak_source_get_id (s);
    }
  scheme = kaynak_source_default_scheme ();
  source = g_ptr_array_index (scheme, 0);
  if (!kaynak_document_builder_add_source (builder, source, error))
    return NULL;
  return kaynak_source_get_id (source);
}

GPtrArray *
kaynak_import_brat_pair (GFile            *txt,
                         GFile            *ann,
                         GFile            *visual_conf,
                         GFile            *given,
                         KaynakBratReport *report,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autofree char *ann_name = message_name (ann, given);
  g_autofree char *txt_name = message_name (txt, given);
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  gsize text_length, length;
  guint n_lines = 0;
  g_autoptr(GHashTable) types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (entity_free);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (event_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) relation_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(KaynakDocumentBuilder) builder = NULL;
  /* the span or note whose text column later lines may continue */
  Entity *pending = NULL;
  gboolean pending_note = FALSE;
  g_autoptr(GString) pending_text = g_string_new (NULL);
  g_autofree char *pending_expected = NULL;
  gboolean attribution = FALSE;
  g_autofree char *now = kaynak_timestamp_now ();
  guint n_attributions = 0, n_sources = 0, n_cues = 0, n_other = 0;
  KaynakDocument *document;
  GPtrArray *documents;
  guint n_chars;

  if ((text = kaynak_format_read_file (txt, MAX_SIZE, &text_length, cancellable, error)) == NULL ||
      (data = kaynak_format_read_file (ann, MAX_SIZE, &length, cancellable, error)) == NULL)
    return NULL;
  if (!g_utf8_validate_len (text, text_length, NULL) || memchr (text, 0, text_length) != NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                   _("%s: the text is not valid UTF-8, as brat requires."), txt_name);
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, NULL) || memchr (data, 0, length) != NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                   _("%s: the annotations are not valid UTF-8."), ann_name);
      return NULL;
    }
  if (text_length == 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("%s: the text is empty."), txt_name);
      return NULL;
    }

  /* filled in bulk: linear in the annotations (kaynak-document-builder.h) */
  builder = kaynak_document_builder_new (text, text_length);
  document = kaynak_document_builder_get_document (builder);
  n_chars = kaynak_document_get_length (document);
  /* the builder has its own copy */
  g_clear_pointer (&text, g_free);

  /* Line by line, in place: a copy of every line of a large .ann would
   * double what it takes.  One more round at the end (line NULL) closes
   * the last span. */
  for (char *next = data, *data_end = data + length; ; )
    {
      char *line = next < data_end ? next : NULL;
      char *newline;
      guint lineno;
      g_auto(GStrv) fields = NULL;
      gsize len;

      if (line != NULL)
        {
          newline = memchr (line, '\n', data_end - line);
          lineno = ++n_lines;
          if (newline != NULL)
            {
              *newline = '\0';
              next = newline + 1;
            }
          else
            next = data_end;
          len = strlen (line);

          /* only the CR of CRLF files: a span's text may end with a space */
          if (len > 0 && line[len - 1] == '\r')
            line[--len] = '\0';
          if (len == 0 || strspn (line, " \t") == len)
            continue;
          if (pending != NULL && continues_text (line))
            {
              /* the text column had a line break: it runs on here */
              g_string_append_c (pending_text, '\n');
              g_string_append_len (pending_text, line, len);
              continue;
            }
        }

      /* The span (or note) before is whole now */
      if (pending != NULL && pending_note)
        {
          g_free (pending->note);
          pending->note = g_strdup (pending_text->str);
        }
      else if (pending != NULL && !text_matches (pending_text->str, pending_expected))
        FAIL_LINE (pending->line, _("the text “%s” does not match the article at %u–%u (“%s”)"),
                   pending_text->str, pending->start, pending->end, pending_expected);
      pending = NULL;
      if (line == NULL)
        break;

      fields = g_strsplit (line, "\t", 3);
      if (fields[1] == NULL)
        FAIL_LINE (lineno, _("expected an id, a tab and an annotation"));

      switch (line[0])
        {
        case 'T':
          {
            Entity *e;
            char *space = strchr (fields[1], ' ');
            g_auto(GStrv) ranges = NULL;
            g_autoptr(GString) expected = g_string_new (NULL);
            guint n_ranges;

            if (space == NULL || fields[2] == NULL)
              FAIL_LINE (lineno, _("expected “T1<TAB>Type START END<TAB>text”"));
            *space = '\0';
            e = g_new0 (Entity, 1);
            e->id = g_strdup (fields[0]);
            if (!g_hash_table_lookup_extended (types, fields[1], (gpointer *) &e->type, NULL))
              {
                e->type = g_strdup (fields[1]);
                g_hash_table_add (types, (gpointer) e->type);
              }
            e->line = lineno;
            e->start = G_MAXUINT;
            e->status = KAYNAK_CLAIM_STATUS_UNVERIFIED;
            g_ptr_array_add (entities, e);
            if (g_hash_table_contains (by_id, e->id))
              FAIL_LINE (lineno, _("the id %s is used twice"), e->id);
            g_hash_table_insert (by_id, e->id, e);

            ranges = g_strsplit (space + 1, ";", -1);
            n_ranges = g_strv_length (ranges);
            e->frags = g_new (KaynakRange, n_ranges);
            for (guint r = 0; r < n_ranges; r++)
              {
                g_auto(GStrv) bounds = g_strsplit (g_strstrip (ranges[r]), " ", -1);
                guint s, en;
                g_autofree char *piece = NULL;

                if (g_strv_length (bounds) != 2 || !parse_uint (bounds[0], &s) ||
                    !parse_uint (bounds[1], &en))
                  FAIL_LINE (lineno, _("“%s” is not a START END pair"), ranges[r]);
                if (s >= en || en > n_chars)
                  FAIL_LINE (lineno, _("the span %u–%u is empty or past the end of the text (%u characters)"),
                             s, en, n_chars);
                piece = kaynak_document_dup_slice (document, s, en);
                g_string_append_printf (expected, "%s%s", r ? " " : "", piece);
                e->frags[e->n_frags++] = (KaynakRange) { s, en };
                e->start = MIN (e->start, s);
                e->end = MAX (e->end, en);
              }
            /* checked when the lines that continue it (if any) are read */
            pending = e;
            pending_note = FALSE;
            g_string_assign (pending_text, fields[2]);
            g_free (pending_expected);
            pending_expected = g_string_free (g_steal_pointer (&expected), FALSE);
          }
          break;

        case 'A':
        case 'M':
          {
            g_auto(GStrv) args = g_strsplit (fields[1], " ", -1);
            Entity *e;

            if (g_strv_length (args) < 2)
              FAIL_LINE (lineno, _("expected “A1<TAB>Name T1 Value”"));
            if (!g_str_equal (args[0], "Status"))
              break;  /* attributes Kaynak has no field for */
            if ((e = g_hash_table_lookup (by_id, args[1])) == NULL)
              FAIL_LINE (lineno, _("%s names no text annotation above"), args[1]);
            if (args[2] == NULL || !kaynak_claim_status_from_id (args[2], &e->status))
              FAIL_LINE (lineno, _("unknown status “%s”"), args[2] ? args[2] : "");
          }
          break;

        case '#':
          {
            g_auto(GStrv) args = g_strsplit (fields[1], " ", -1);
            Entity *e;

            if (g_strv_length (args) < 2 || !g_str_equal (args[0], "AnnotatorNotes"))
              break;
            if ((e = g_hash_table_lookup (by_id, args[1])) == NULL)
              FAIL_LINE (lineno, _("%s names no text annotation above"), args[1]);
            /* a note may run on over lines, as a span's text may */
            pending = e;
            pending_note = TRUE;
            g_string_assign (pending_text, fields[2] ? fields[2] : "");
          }
          break;

        case 'R':
          {
            g_auto(GStrv) args = g_strsplit (fields[1], " ", -1);

            if (g_strv_length (args) != 3 || !g_str_has_prefix (args[1], "Arg1:") ||
                !g_str_has_prefix (args[2], "Arg2:"))
              FAIL_LINE (lineno, _("expected “R1<TAB>type Arg1:T1 Arg2:T2”"));
            g_ptr_array_add (relations, g_steal_pointer (&args));
            g_array_append_val (relation_lines, lineno);
          }
          break;

        case 'E':
          {
            Event *ev = g_new0 (Event, 1);

            ev->line = lineno;
            ev->args = g_strsplit (g_strstrip (fields[1]), " ", -1);
            g_ptr_array_add (events, ev);
            g_hash_table_add (event_ids, g_strdup (fields[0]));
          }
          break;

        case 'N':
        case '*':
          break;  /* normalisations, equivalences: no Kaynak field */

        default:
          FAIL_LINE (lineno, _("“%s” is not a brat annotation id"), fields[0]);
        }
    }

  /* all is in the entities and events now */
  g_clear_pointer (&data, g_free);
  read_visual_conf (visual_conf, labels, colors);

  /* The events' arguments, by role; a file is an attribution corpus when
   * an event has a content */
  for (guint i = 0; i < events->len; i++)
    {
      Event *ev = g_ptr_array_index (events, i);

      for (guint a = 1; ev->args[a] != NULL; a++)
        {
          const char *colon = strchr (ev->args[a], ':');
          Entity *e;

          if (*ev->args[a] == '\0')
            continue;
          if (colon == NULL)
            FAIL_LINE (ev->line, _("“%s” is not ROLE:ID"), ev->args[a]);
          e = g_hash_table_lookup (by_id, colon + 1);
          if (e == NULL && !g_hash_table_contains (event_ids, colon + 1))
            FAIL_LINE (ev->line, _("%s names no annotation"), colon + 1);
          if (e != NULL && role_of (ev->args[a], colon - ev->args[a]) == ROLE_CONTENT)
            attribution = TRUE;
        }
    }

  if (attribution)
    {
      g_autoptr(GHashTable) source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GPtrArray) content = g_ptr_array_new ();
      g_autoptr(GPtrArray) source = g_ptr_array_new ();
      g_autoptr(GPtrArray) cue = g_ptr_array_new ();

      for (guint i = 0; i < events->len; i++)
        {
          Event *ev = g_ptr_array_index (events, i);
          g_autofree KaynakRange *pieces = NULL;
          g_autofree KaynakRange *source_ranges = NULL;
          g_autofree KaynakRange *cue_ranges = NULL;
          g_autoptr(GStrvBuilder) cues = NULL;
          g_auto(GStrv) cue_words = NULL;
          g_autoptr(GError) local_error = NULL;
          guint n_pieces, n_source, n_cue;
          const char *source_id;
          KaynakClaim *claim;
          Entity *first;

          g_ptr_array_set_size (content, 0);
          g_ptr_array_set_size (source, 0);
          g_ptr_array_set_size (cue, 0);
          for (guint a = 1; ev->args[a] != NULL; a++)
            {
              const char *colon = strchr (ev->args[a], ':');
              Entity *e = colon ? g_hash_table_lookup (by_id, colon + 1) : NULL;
              guint role = e ? role_of (ev->args[a], colon - ev->args[a]) : 0;

              if (role == ROLE_CONTENT)
                g_ptr_array_add (content, e);
              else if (role == ROLE_SOURCE)
                g_ptr_array_add (source, e);
              else if (role == ROLE_CUE)
                g_ptr_array_add (cue, e);
            }
          if (content->len == 0)
            continue;  /* no words to make a claim of: its spans count as others */
          for (guint k = 0; k < content->len; k++)
            ((Entity *) g_ptr_array_index (content, k))->roles |= ROLE_CONTENT;
          for (guint k = 0; k < source->len; k++)
            ((Entity *) g_ptr_array_index (source, k))->roles |= ROLE_SOURCE;
          for (guint k = 0; k < cue->len; k++)
            ((Entity *) g_ptr_array_index (cue, k))->roles |= ROLE_CUE;

          if (n_attributions >= KAYNAK_IMPORT_MAX_CLAIMS)
            FAIL_LINE (ev->line, _("the file has more attributions than Kaynak imports at once (%u); "
                                   "importing them could fill the memory"),
                       (guint) KAYNAK_IMPORT_MAX_CLAIMS);

          pieces = ranges_of (document, content, &n_pieces);
          source_ranges = ranges_of (document, source, &n_source);
          cue_ranges = ranges_of (document, cue, &n_cue);

          /* one source per name, compared without case */
          source_id = NULL;
          if (source->len > 0)
            {
              g_autofree char *name = words_of (document, source);
              /* the app's one rule for names (kaynak-text-fold.h), Turkish
               * i's and all */
              g_autofree char *folded = kaynak_text_fold (name);

              if (*name != '\0' && (source_id = g_hash_table_lookup (source_ids, folded)) == NULL)
                {
                  source_id = kaynak_document_builder_source_for_label (builder, name, &local_error);
                  if (source_id == NULL)
                    FAIL_LINE (ev->line, "%s", local_error->message);
                  g_hash_table_insert (source_ids, g_steal_pointer (&folded), (gpointer) source_id);
                }
            }
          if (source_id == NULL && (source_id = unattributed_source (builder, &local_error)) == NULL)
            FAIL_LINE (ev->line, "%s", local_error->message);

          claim = add_claim (builder, now, pieces, n_pieces, source_ranges, n_source,
                             cue_ranges, n_cue, &local_error);
          if (claim == NULL)
            FAIL_LINE (ev->line, "%s", local_error->message);
          kaynak_claim_set_source_id (claim, source_id);

          cues = g_strv_builder_new ();
          for (guint k = 0; k < cue->len; k++)
            {
              g_autoptr(GPtrArray) one = g_ptr_array_new ();
              g_autofree char *words = NULL;

              g_ptr_array_add (one, g_ptr_array_index (cue, k));
              words = words_of (document, one);
              if (*words != '\0')
                g_strv_builder_add (cues, words);
            }
          cue_words = g_strv_builder_end (cues);
          if (cue_words[0] != NULL)
            {
              kaynak_claim_set_cues (claim, (const char * const *) cue_words);
              n_cues++;
            }

          /* the status and note of the (first) content span */
          first = g_ptr_array_index (content, 0);
          kaynak_claim_set_status (claim, first->status);
          if (first->note != NULL)
            kaynak_claim_set_note (claim, first->note);
          for (guint k = 0; k < content->len; k++)
            {
              Entity *e = g_ptr_array_index (content, k);

              if (e->claim_id == NULL)
                e->claim_id = kaynak_claim_get_id (claim);
            }
          n_attributions++;
        }
      n_sources = g_hash_table_size (source_ids);
      for (guint i = 0; i < entities->len; i++)
        if (((Entity *) g_ptr_array_index (entities, i))->roles == 0)
          n_other++;
    }
  else
    {
      if (entities->len > KAYNAK_IMPORT_MAX_CLAIMS)
        {
          Entity *e = g_ptr_array_index (entities, KAYNAK_IMPORT_MAX_CLAIMS);

          /* the native loader's memory bound */
          FAIL_LINE (e->line, _("the file has more text annotations than Kaynak imports at once (%u); "
                                "importing them could fill the memory"),
                     (guint) KAYNAK_IMPORT_MAX_CLAIMS);
        }

      for (guint i = 0; i < entities->len; i++)
        {
          Entity *e = g_ptr_array_index (entities, i);
          g_autoptr(GError) local_error = NULL;
          g_autoptr(GPtrArray) one = g_ptr_array_new ();
          g_autofree KaynakRange *pieces = NULL;
          guint n_pieces;
          KaynakClaim *claim;
          const char *source_id = NULL;

          if (!g_str_equal (e->type, "Claim"))
            {
              const char *label = g_hash_table_lookup (labels, e->type);
              const char *color = g_hash_table_lookup (colors, e->type);
              KaynakSource *source;

              source_id = kaynak_document_builder_source_for_label (builder, label ? label : e->type,
                                                                   &local_error);
              if (source_id == NULL)
                FAIL_LINE (e->line, "%s", local_error->message);
              /* visual.conf's colour (checked when read): nobody watches yet */
              source = kaynak_document_lookup_source (document, source_id);
              if (color != NULL)
                kaynak_source_set_color (source, color);
            }
          g_ptr_array_add (one, e);
          pieces = ranges_of (document, one, &n_pieces);
          claim = add_claim (builder, now, pieces, n_pieces, NULL, 0, NULL, 0, &local_error);
          if (claim == NULL)
            FAIL_LINE (e->line, "%s", local_error->message);
          kaynak_claim_set_source_id (claim, source_id);
          kaynak_claim_set_status (claim, e->status);
          if (e->note != NULL)
            kaynak_claim_set_note (claim, e->note);
          /* remember which claim a T id became, for relations */
          e->claim_id = kaynak_claim_get_id (claim);
        }
    }

  for (guint i = 0; i < relations->len; i++)
    {
      char **args = g_ptr_array_index (relations, i);
      guint lineno = g_array_index (relation_lines, guint, i);
      Entity *from = g_hash_table_lookup (by_id, args[1] + 5);
      Entity *to = g_hash_table_lookup (by_id, args[2] + 5);
      g_autofree char *type_id = g_strdelimit (g_strdup (args[0]), "_", '-');
      KaynakLinkType type;
      g_autoptr(GError) local_error = NULL;

      if (!kaynak_link_type_from_id (type_id, &type))
        continue;  /* relation types Kaynak does not know */
      if (from == NULL || to == NULL)
        FAIL_LINE (lineno, _("a relation argument names no text annotation"));
      /* in a corpus, a relation between spans that made no claim */
      if (from->claim_id == NULL || to->claim_id == NULL)
        continue;
      if (!kaynak_document_builder_add_link (builder, NULL, type, from->claim_id, to->claim_id,
                                             &local_error))
        FAIL_LINE (lineno, "%s", local_error->message);
    }

  {
    /* after the .ann: in a corpus each annotator's file of one text is
     * its own document, NAME_<annotator> (kaynak-brat-files.h) */
    g_autofree char *base = g_file_get_basename (ann);

    if (g_str_has_suffix (base, ".ann") && strlen (base) > 4)
      base[strlen (base) - 4] = '\0';
    g_autofree char *txt_base = g_file_get_basename (txt);

    kaynak_document_set_title (document, base);
    /* The file its names are made from (Save's, the exports'): in a
     * corpus the .ann, so that each annotator's document of one text has
     * a name of its own, NAME_<annotator>, and is saved beside it */
    if (g_str_has_prefix (txt_base, base) && g_str_equal (txt_base + strlen (base), ".txt"))
      kaynak_document_set_article_file (document, txt);
    else
      kaynak_document_set_article_file (document, ann);
  }

  if (report != NULL)
    {
      report->n_documents++;
      if (attribution)
        {
          report->n_corpora++;
          report->n_attributions += n_attributions;
          report->n_sources += n_sources;
          report->n_cues += n_cues;
          report->n_other += n_other;
        }
    }

  documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (documents, kaynak_document_builder_finish (builder));
  return documents;
}
