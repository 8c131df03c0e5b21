/* kaynak-unknown.c: members Kaynak does not know, kept as written (see
 * the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-json-guard.h"
#include "kaynak-unknown.h"

/* One allocation: the count, then 2 × n pointers (name, value) into the
 * text that follows them */
struct _KaynakUnknown
{
  guint  n;
  char  *strings[];
};

KaynakUnknown *
kaynak_unknown_ref (KaynakUnknown *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
kaynak_unknown_unref (KaynakUnknown *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release (self);
}

guint
kaynak_unknown_get_n_members (const KaynakUnknown *self)
{
  return self != NULL ? self->n : 0;
}

const char *
kaynak_unknown_get_name (const KaynakUnknown *self,
                         guint                i)
{
  g_return_val_if_fail (self != NULL && i < self->n, NULL);
  return self->strings[2 * i];
}

const char *
kaynak_unknown_get_value (const KaynakUnknown *self,
                          guint                i)
{
  g_return_val_if_fail (self != NULL && i < self->n, NULL);
  return self->strings[2 * i + 1];
}

/* The members docs/FORMAT.md defines at each level: the loader reads and
 * the serialiser writes exactly these (test-unknown.c checks that every
 * member a save writes is in this list) */
static const char * const known_top[] = {
  "format", "version", "metadata", "article", "sources", "claims", "links",
  "rejected_suggestions", "state", "codebook", NULL
};
static const char * const known_metadata[] = {
  "title", "url", "outlet", "published", "language", "notes", "fact_check_url",
  "author", "retrieved", "archived_url", NULL
};
static const char * const known_article[] = { "sha256", "text", NULL };
static const char * const known_source[] = {
  "id", "label", "color", "shortcut", "kind", "aliases", "description", "fields", NULL
};
static const char * const known_claim[] = {
  "id", "start", "end", "quote", "prefix", "suffix", "source", "status", "note",
  "cues", "agreed_by", "author", "created", "modified", "orphaned",
  "pieces", "source_ranges", "cue_ranges", "checkable", "evidence", "verdict", "fields", NULL
};
static const char * const known_link[] = { "id", "type", "from", "to", NULL };

static const char * const * const known[KAYNAK_N_UNKNOWN_LEVELS] = {
  known_top, known_metadata, known_article, known_source, known_claim, known_link,
};

gboolean
kaynak_unknown_is_known_member (KaynakUnknownLevel  level,
                                const char         *name,
                                gsize               length)
{
  g_return_val_if_fail ((guint) level < KAYNAK_N_UNKNOWN_LEVELS, FALSE);

  for (const char * const *k = known[level]; *k != NULL; k++)
    if (strlen (*k) == length && memcmp (*k, name, length) == 0)
      return TRUE;
  return FALSE;
}

/* --- Collecting ------------------------------------------------------------ */

/* The unknown members of one object, as they are found */
typedef struct
{
  KaynakUnknownLevel level;
  GArray            *names;   /* char *, decoded */
  GArray            *values;  /* char *, raw */
} Builder;

static void
builder_init (Builder            *builder,
              KaynakUnknownLevel  level)
{
  builder->level = level;
  builder->names = NULL;
  builder->values = NULL;
}

static void
on_member (const char *name,
           gsize       name_length,
           const char *value,
           gsize       value_length,
           gpointer    user_data)
{
  Builder *builder = user_data;
  char *decoded = kaynak_json_decode_string (name, name_length);
  char *raw;

  if (kaynak_unknown_is_known_member (builder->level, decoded, strlen (decoded)))
    {
      g_free (decoded);
      return;
    }

  if (builder->names == NULL)
    {
      builder->names = g_array_new (FALSE, FALSE, sizeof (char *));
      builder->values = g_array_new (FALSE, FALSE, sizeof (char *));
    }
  raw = g_strndup (value, value_length);
  g_array_append_val (builder->names, decoded);
  g_array_append_val (builder->values, raw);
}

/* The KaynakUnknown of what @builder found (NULL for nothing); frees the
 * builder's arrays */
static KaynakUnknown *
builder_finish (Builder *builder)
{
  KaynakUnknown *self;
  gsize text = 0;
  guint n;
  char *p;

  if (builder->names == NULL)
    return NULL;

  n = builder->names->len;
  for (guint i = 0; i < n; i++)
    text += strlen (g_array_index (builder->names, char *, i)) + 1 +
            strlen (g_array_index (builder->values, char *, i)) + 1;

  self = g_atomic_rc_box_alloc (sizeof (KaynakUnknown) + 2 * n * sizeof (char *) + text);
  self->n = n;
  p = (char *) &self->strings[2 * n];
  for (guint i = 0; i < n; i++)
    {
      char *name = g_array_index (builder->names, char *, i);
      char *value = g_array_index (builder->values, char *, i);
      gsize name_size = strlen (name) + 1;
      gsize value_size = strlen (value) + 1;

      self->strings[2 * i] = memcpy (p, name, name_size);
      p += name_size;
      self->strings[2 * i + 1] = memcpy (p, value, value_size);
      p += value_size;
      g_free (name);
      g_free (value);
    }

  g_clear_pointer (&builder->names, g_array_unref);
  g_clear_pointer (&builder->values, g_array_unref);
  return self;
}

static KaynakUnknown *
collect_object (KaynakUnknownLevel  level,
                const char         *value,
                gsize               length)
{
  Builder builder;

  builder_init (&builder, level);
  kaynak_json_walk_object (value, value + length, on_member, &builder);
  return builder_finish (&builder);
}

typedef struct
{
  KaynakUnknownLevel  level;
  GPtrArray         **list;
} ListContext;

/* for the lists, which hold NULL for an object without unknown members */
static void
unknown_free (gpointer unknown)
{
  if (unknown != NULL)
    kaynak_unknown_unref (unknown);
}

static void
on_element (guint       index,
            const char *value,
            gsize       length,
            gpointer    user_data)
{
  ListContext *context = user_data;
  KaynakUnknown *unknown = collect_object (context->level, value, length);

  if (unknown == NULL)
    return;
  if (*context->list == NULL)
    *context->list = g_ptr_array_new_with_free_func (unknown_free);
  if ((*context->list)->len <= index)
    g_ptr_array_set_size (*context->list, index + 1);
  g_ptr_array_index (*context->list, index) = unknown;
}

typedef struct
{
  KaynakUnknownFile *file;
  Builder            top;
} FileContext;

static void
on_top_member (const char *name,
               gsize       name_length,
               const char *value,
               gsize       value_length,
               gpointer    user_data)
{
  FileContext *context = user_data;
  KaynakUnknownFile *file = context->file;
  ListContext list;

#define IS(literal) (name_length == sizeof (literal) + 1 && memcmp (name + 1, literal, sizeof (literal) - 1) == 0)
  if (IS ("metadata"))
    {
      g_clear_pointer (&file->metadata, kaynak_unknown_unref);
      file->metadata = collect_object (KAYNAK_UNKNOWN_METADATA, value, value_length);
      return;
    }
  if (IS ("article"))
    {
      g_clear_pointer (&file->article, kaynak_unknown_unref);
      file->article = collect_object (KAYNAK_UNKNOWN_ARTICLE, value, value_length);
      return;
    }
  if (IS ("sources") || IS ("claims") || IS ("links"))
    {
      list.level = IS ("sources") ? KAYNAK_UNKNOWN_SOURCE
                 : IS ("claims") ? KAYNAK_UNKNOWN_CLAIM : KAYNAK_UNKNOWN_LINK;
      list.list = IS ("sources") ? &file->sources : IS ("claims") ? &file->claims : &file->links;
      g_clear_pointer (list.list, g_ptr_array_unref);
      kaynak_json_walk_array (value, value + value_length, on_element, &list);
      return;
    }
#undef IS

  /* a name written with escapes is known or not by what it says */
  on_member (name, name_length, value, value_length, &context->top);
}

void
kaynak_unknown_file_collect (KaynakUnknownFile *file,
                             const char        *data,
                             gsize              length)
{
  FileContext context = { file };

  memset (file, 0, sizeof *file);
  builder_init (&context.top, KAYNAK_UNKNOWN_TOP);
  kaynak_json_walk_object (data, data + length, on_top_member, &context);
  file->top = builder_finish (&context.top);
}

void
kaynak_unknown_file_clear (KaynakUnknownFile *file)
{
  g_clear_pointer (&file->top, kaynak_unknown_unref);
  g_clear_pointer (&file->metadata, kaynak_unknown_unref);
  g_clear_pointer (&file->article, kaynak_unknown_unref);
  g_clear_pointer (&file->sources, g_ptr_array_unref);
  g_clear_pointer (&file->claims, g_ptr_array_unref);
  g_clear_pointer (&file->links, g_ptr_array_unref);
}

KaynakUnknown *
kaynak_unknown_file_get (GPtrArray *list,
                         guint      i)
{
  if (list == NULL || i >= list->len)
    return NULL;
  return g_ptr_array_index (list, i);
}

KaynakUnknown *
kaynak_unknown_without (KaynakUnknown *self,
                        const char    *name)
{
  Builder builder;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  builder_init (&builder, KAYNAK_UNKNOWN_TOP);
  for (guint i = 0; i < self->n; i++)
    {
      char *kept_name, *kept_value;

      if (strcmp (self->strings[2 * i], name) == 0)
        continue;
      if (builder.names == NULL)
        {
          builder.names = g_array_new (FALSE, FALSE, sizeof (char *));
          builder.values = g_array_new (FALSE, FALSE, sizeof (char *));
        }
      kept_name = g_strdup (self->strings[2 * i]);
      kept_value = g_strdup (self->strings[2 * i + 1]);
      g_array_append_val (builder.names, kept_name);
      g_array_append_val (builder.values, kept_value);
    }
  return builder_finish (&builder);
}
