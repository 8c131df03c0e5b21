/* kaynak-folder.c: a folder's articles and their state (see
 * kaynak-folder.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kaynak-article-summary.h"
#include "kaynak-file.h"
#include "kaynak-file-names.h"
#include "kaynak-folder.h"
#include "kaynak-read.h"

struct _KaynakFolderArticle
{
  GObject             parent_instance;

  GFile              *file;
  char               *name;
  char               *title;
  KaynakArticleState  state;
  guint               n_claims;
  guint               n_sources_used;
  gboolean            annotated;
  char               *error;
};

G_DEFINE_FINAL_TYPE (KaynakFolderArticle, kaynak_folder_article, G_TYPE_OBJECT)

static void
kaynak_folder_article_finalize (GObject *object)
{
  KaynakFolderArticle *self = KAYNAK_FOLDER_ARTICLE (object);

  g_clear_object (&self->file);
  g_free (self->name);
  g_free (self->title);
  g_free (self->error);
  G_OBJECT_CLASS (kaynak_folder_article_parent_class)->finalize (object);
}

static void
kaynak_folder_article_class_init (KaynakFolderArticleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_folder_article_finalize;
}

static void
kaynak_folder_article_init (KaynakFolderArticle *self)
{
}

GFile *
kaynak_folder_article_get_file (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), NULL);
  return self->file;
}

const char *
kaynak_folder_article_get_name (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), NULL);
  return self->name;
}

const char *
kaynak_folder_article_get_title (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), NULL);
  return self->title;
}

KaynakArticleState
kaynak_folder_article_get_state (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), KAYNAK_ARTICLE_STATE_NEW);
  return self->state;
}

guint
kaynak_folder_article_get_n_claims (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), 0);
  return self->n_claims;
}

guint
kaynak_folder_article_get_n_sources_used (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), 0);
  return self->n_sources_used;
}

gboolean
kaynak_folder_article_get_annotated (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), FALSE);
  return self->annotated;
}

const char *
kaynak_folder_article_get_error (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), NULL);
  return self->error;
}

gboolean
kaynak_folder_article_is_finished (KaynakFolderArticle *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_ARTICLE (self), FALSE);
  return self->error == NULL && kaynak_article_state_is_finished (self->state);
}

/* --- Which files are articles ---------------------------------------------- */

/* What the window opens as an article (WEB makes the last four open) */
static const char * const plain_extensions[] = { ".txt", ".html", ".htm", ".mhtml", ".pdf" };

static gboolean
has_suffix_nocase (const char *name,
                   const char *suffix)
{
  gsize n = strlen (name), s = strlen (suffix);

  return n > s && g_ascii_strcasecmp (name + n - s, suffix) == 0;
}

static gboolean
is_plain_article_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (plain_extensions); i++)
    if (has_suffix_nocase (name, plain_extensions[i]))
      return TRUE;
  return FALSE;
}

gboolean
kaynak_folder_is_article_name (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);
  return has_suffix_nocase (name, KAYNAK_FILE_SUFFIX) || is_plain_article_name (name);
}

/* --- The cache ---------------------------------------------------------------- */

typedef struct
{
  guint64              mtime;   /* microseconds */
  goffset              size;
  KaynakArticleSummary summary;
  char                *error;   /* NULL: summary is valid */
} CacheEntry;

struct _KaynakFolderCache
{
  gatomicrefcount  ref_count;
  GMutex           mutex;
  GHashTable      *entries;   /* path → CacheEntry */
};

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  kaynak_article_summary_clear (&entry->summary);
  g_free (entry->error);
  g_free (entry);
}

KaynakFolderCache *
kaynak_folder_cache_new (void)
{
  KaynakFolderCache *self = g_new0 (KaynakFolderCache, 1);

  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->mutex);
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_entry_free);
  return self;
}

KaynakFolderCache *
kaynak_folder_cache_ref (KaynakFolderCache *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kaynak_folder_cache_unref (KaynakFolderCache *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_hash_table_unref (self->entries);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

/* --- Reading one article ------------------------------------------------------ */

static void
summarise (GFile        *file,
           CacheEntry   *entry,
           GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *data = NULL;
  gsize length = 0;
  goffset size = 0;

  data = kaynak_read_file (file, KAYNAK_FILE_MAX_SIZE, &length, &size, cancellable, &error);
  if (data == NULL || !kaynak_article_summary_read ((const char *) data, length,
                                                    &entry->summary, &error))
    entry->error = g_strdup (error->message);
}

static KaynakFolderArticle *
annotated_article (GFile             *file,
                   const char        *name,
                   GFileInfo         *info,
                   KaynakFolderCache *cache,
                   GCancellable      *cancellable)
{
  KaynakFolderArticle *article = g_object_new (KAYNAK_TYPE_FOLDER_ARTICLE, NULL);
  g_autofree char *path = g_file_get_path (file);
  guint64 mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
                  g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  goffset size = g_file_info_get_size (info);
  CacheEntry *entry = NULL;
  CacheEntry fresh = { 0 };

  if (cache != NULL && path != NULL)
    {
      g_mutex_lock (&cache->mutex);
      entry = g_hash_table_lookup (cache->entries, path);
      if (entry != NULL && (entry->mtime != mtime || entry->size != size))
        entry = NULL;
      if (entry != NULL)
        {
          /* copied under the lock: another listing may replace it */
          fresh.summary.title = g_strdup (entry->summary.title);
          fresh.summary.state = entry->summary.state;
          fresh.summary.n_claims = entry->summary.n_claims;
          fresh.summary.n_sources_used = entry->summary.n_sources_used;
          fresh.error = g_strdup (entry->error);
        }
      g_mutex_unlock (&cache->mutex);
    }

  if (entry == NULL)
    {
      summarise (file, &fresh, cancellable);
      if (cache != NULL && path != NULL)
        {
          CacheEntry *stored = g_new0 (CacheEntry, 1);

          stored->mtime = mtime;
          stored->size = size;
          stored->summary.title = g_strdup (fresh.summary.title);
          stored->summary.state = fresh.summary.state;
          stored->summary.n_claims = fresh.summary.n_claims;
          stored->summary.n_sources_used = fresh.summary.n_sources_used;
          stored->error = g_strdup (fresh.error);
          g_mutex_lock (&cache->mutex);
          g_hash_table_replace (cache->entries, g_strdup (path), stored);
          g_mutex_unlock (&cache->mutex);
        }
    }

  article->file = g_object_ref (file);
  article->name = g_strdup (name);
  article->annotated = TRUE;
  article->error = g_steal_pointer (&fresh.error);
  article->state = fresh.summary.state;
  article->n_claims = fresh.summary.n_claims;
  article->n_sources_used = fresh.summary.n_sources_used;
  if (fresh.summary.title != NULL && *fresh.summary.title != '\0')
    article->title = g_steal_pointer (&fresh.summary.title);
  else
    article->title = g_path_get_basename (name);
  kaynak_article_summary_clear (&fresh.summary);
  return article;
}

static KaynakFolderArticle *
plain_article (GFile      *file,
               const char *name)
{
  KaynakFolderArticle *article = g_object_new (KAYNAK_TYPE_FOLDER_ARTICLE, NULL);

  article->file = g_object_ref (file);
  article->name = g_strdup (name);
  article->title = g_path_get_basename (name);
  article->state = KAYNAK_ARTICLE_STATE_NEW;
  return article;
}

/* --- Listing ------------------------------------------------------------------ */

typedef struct
{
  char      *key;    /* collation key of the name */
  GFileInfo *info;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Entry *) a)->key, ((const Entry *) b)->key);
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->key);
  g_clear_object (&entry->info);
}

#define ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME "," \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN "," \
  G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED "," \
  G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC

static gboolean
list_into (GFile              *folder,
           const char         *prefix,
           gboolean            recursive,
           KaynakFolderCache  *cache,
           GPtrArray          *articles,
           GHashTable         *seen,
           GCancellable       *cancellable,
           GError            **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GHashTable) annotated_stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GFileInfo *info;

  g_array_set_clear_func (entries, entry_clear);
  enumerator = g_file_enumerate_children (folder, ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                          cancellable, error);
  if (enumerator == NULL)
    return FALSE;

  while ((info = g_file_enumerator_next_file (enumerator, cancellable, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      GFileType type = g_file_info_get_file_type (info);
      Entry entry;

      if (g_file_info_get_is_hidden (info) || name[0] == '.' ||
          (type == G_FILE_TYPE_DIRECTORY ? !recursive
                                         : type != G_FILE_TYPE_REGULAR || !kaynak_folder_is_article_name (name)))
        {
          g_object_unref (info);
          continue;
        }
      if (type == G_FILE_TYPE_REGULAR && has_suffix_nocase (name, KAYNAK_FILE_SUFFIX))
        {
          g_autoptr(GFile) child = g_file_get_child (folder, name);

          g_hash_table_add (annotated_stems, kaynak_file_dup_stem (child));
        }
      entry.key = g_utf8_collate_key_for_filename (g_file_info_get_display_name (info), -1);
      entry.info = info;
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      GFileInfo *child_info = g_array_index (entries, Entry, i).info;
      const char *name = g_file_info_get_name (child_info);
      g_autoptr(GFile) child = g_file_get_child (folder, name);
      g_autofree char *display = g_strconcat (prefix, g_file_info_get_display_name (child_info), NULL);

      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (g_file_info_get_file_type (child_info) == G_FILE_TYPE_DIRECTORY)
        {
          g_autofree char *path = g_file_get_path (child);
          g_autofree char *real = path != NULL ? realpath (path, NULL) : NULL;
          g_autofree char *sub_prefix = g_strconcat (display, "/", NULL);

          /* a link back up is no loop */
          if (real == NULL || !g_hash_table_add (seen, g_steal_pointer (&real)))
            continue;
          list_into (child, sub_prefix, recursive, cache, articles, seen, cancellable, NULL);
          continue;
        }
      if (has_suffix_nocase (name, KAYNAK_FILE_SUFFIX))
        g_ptr_array_add (articles, annotated_article (child, display, child_info, cache, cancellable));
      else
        {
          g_autofree char *stem = kaynak_file_dup_stem (child);

          /* "haber.txt" beside "haber.kaynak.json" is that one article */
          if (!g_hash_table_contains (annotated_stems, stem))
            g_ptr_array_add (articles, plain_article (child, display));
        }
    }
  return TRUE;
}

GPtrArray *
kaynak_folder_list (GFile              *folder,
                    gboolean            recursive,
                    KaynakFolderCache  *cache,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *path = NULL;
  char *real;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  path = g_file_get_path (folder);
  if (path != NULL && (real = realpath (path, NULL)) != NULL)
    {
      /* realpath()'s memory is malloc()'s; GLib's g_free() is free() */
      g_hash_table_add (seen, real);
    }
  if (!list_into (folder, "", recursive, cache, articles, seen, cancellable, error))
    return NULL;
  return g_steal_pointer (&articles);
}

guint
kaynak_folder_count_finished (GPtrArray *articles)
{
  guint n = 0;

  g_return_val_if_fail (articles != NULL, 0);
  for (guint i = 0; i < articles->len; i++)
    n += kaynak_folder_article_is_finished (articles->pdata[i]);
  return n;
}

guint
kaynak_folder_next_unfinished (GPtrArray *articles,
                               guint      position)
{
  guint n;

  g_return_val_if_fail (articles != NULL, G_MAXUINT);
  n = articles->len;
  for (guint k = 1; k <= n; k++)
    {
      guint i = position == G_MAXUINT ? k - 1 : (position + k) % n;

      /* a file that cannot be read cannot be worked on either */
      if (!kaynak_folder_article_is_finished (articles->pdata[i]) &&
          kaynak_folder_article_get_error (articles->pdata[i]) == NULL)
        return i;
    }
  return G_MAXUINT;
}
