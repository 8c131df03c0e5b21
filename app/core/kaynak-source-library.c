/* kaynak-source-library.c: the user's source library.
 *
 * A GListStore of the library's own sources, sorted by label, saved as a
 * scheme file after every change, with two indexes so that reading a
 * library and finding a name take time linear in the library: ids, and
 * every folded name (label and aliases).  Suggestions fold each name as
 * they go, once per keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-scheme.h"
#include "kaynak-source-library.h"
#include "kaynak-text-fold.h"

struct _KaynakSourceLibrary
{
  GObject     parent_instance;

  GFile      *file;
  GListStore *sources;
  GError     *load_error;
  /* id → source, folded name → source (the store holds the sources) */
  GHashTable *by_id;
  GHashTable *by_name;
  /* what the file looked like when last read or written ("" for none):
   * another Kaynak (the command line) may have changed it since */
  char       *stamp;
};

G_DEFINE_FINAL_TYPE (KaynakSourceLibrary, kaynak_source_library, G_TYPE_OBJECT)

static void
kaynak_source_library_finalize (GObject *object)
{
  KaynakSourceLibrary *self = KAYNAK_SOURCE_LIBRARY (object);

  g_clear_object (&self->file);
  g_clear_object (&self->sources);
  g_clear_error (&self->load_error);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->stamp, g_free);

  G_OBJECT_CLASS (kaynak_source_library_parent_class)->finalize (object);
}

static void
kaynak_source_library_class_init (KaynakSourceLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_source_library_finalize;
}

static void
kaynak_source_library_init (KaynakSourceLibrary *self)
{
  self->sources = g_list_store_new (KAYNAK_TYPE_SOURCE);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

KaynakSourceLibrary *
kaynak_source_library_new (GFile *file)
{
  KaynakSourceLibrary *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KAYNAK_TYPE_SOURCE_LIBRARY, NULL);
  self->file = g_object_ref (file);
  return self;
}

KaynakSourceLibrary *
kaynak_source_library_get_default (void)
{
  static KaynakSourceLibrary *library;

  if (library == NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), "kaynak",
                                                "library.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      /* A library that cannot be read is said by who asked for it (a
       * dialog, the command line), from kaynak_source_library_get_load_error() */
      library = kaynak_source_library_new (file);
      kaynak_source_library_load (library, NULL);
    }

  return library;
}

GFile *
kaynak_source_library_get_file (KaynakSourceLibrary *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), NULL);
  return self->file;
}

const GError *
kaynak_source_library_get_load_error (KaynakSourceLibrary *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), NULL);
  return self->load_error;
}

GListModel *
kaynak_source_library_get_sources (KaynakSourceLibrary *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->sources);
}

static guint
n_sources (KaynakSourceLibrary *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->sources));
}

/* (transfer none: the store keeps it) */
static KaynakSource *
nth_source (KaynakSourceLibrary *self,
            guint                i)
{
  KaynakSource *source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

  g_object_unref (source);
  return source;
}

/* --- Names ------------------------------------------------------------------ */

/* What a library source keeps of its names, made when they change, so
 * that sorting and suggesting never fold a name twice: its names folded
 * (the label first) and the collation key of its folded label */
#define FOLDED_KEY "kaynak-library-folded"
#define SORT_KEY   "kaynak-library-sort-key"

static void
cache_names (KaynakSource *source)
{
  const char * const *aliases = kaynak_source_get_aliases (source);
  GPtrArray *names = g_ptr_array_new ();
  char **folded;

  for (int i = -1; i < 0 || aliases[i] != NULL; i++)
    g_ptr_array_add (names, kaynak_text_fold (i < 0 ? kaynak_source_get_label (source)
                                                    : aliases[i]));
  g_ptr_array_add (names, NULL);
  folded = (char **) g_ptr_array_free (names, FALSE);
  g_object_set_data_full (G_OBJECT (source), SORT_KEY, g_utf8_collate_key (folded[0], -1), g_free);
  g_object_set_data_full (G_OBJECT (source), FOLDED_KEY, folded, (GDestroyNotify) g_strfreev);
}

static const char * const *
folded_names (KaynakSource *source)
{
  return g_object_get_data (G_OBJECT (source), FOLDED_KEY);
}

/* @source's id and names into the indexes (cache_names() first); a name
 * another source has already keeps pointing there */
static void
index_add (KaynakSourceLibrary *self,
           KaynakSource        *source)
{
  const char * const *folded = folded_names (source);

  g_hash_table_replace (self->by_id, g_strdup (kaynak_source_get_id (source)), source);
  for (guint i = 0; folded[i] != NULL; i++)
    if (folded[i][0] != '\0' && !g_hash_table_contains (self->by_name, folded[i]))
      g_hash_table_insert (self->by_name, g_strdup (folded[i]), source);
}

/* After a change that can take a name or an id away */
static void
index_rebuild (KaynakSourceLibrary *self)
{
  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->by_name);
  for (guint i = 0; i < n_sources (self); i++)
    index_add (self, nth_source (self, i));
}

KaynakSource *
kaynak_source_library_lookup (KaynakSourceLibrary *self,
                              const char          *id)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

KaynakSource *
kaynak_source_library_find (KaynakSourceLibrary *self,
                            const char          *name)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  folded = kaynak_text_fold (name);
  return g_hash_table_lookup (self->by_name, folded);
}

static KaynakSource *
find_match_except (KaynakSourceLibrary *self,
                   KaynakSource        *source,
                   KaynakSource        *except)
{
  const char * const *aliases = kaynak_source_get_aliases (source);

  for (int i = -1; i < 0 || aliases[i] != NULL; i++)
    {
      g_autofree char *folded = kaynak_text_fold (i < 0 ? kaynak_source_get_label (source)
                                                        : aliases[i]);
      KaynakSource *hit = g_hash_table_lookup (self->by_name, folded);

      if (hit != NULL && hit != except)
        return hit;
    }
  return NULL;
}

KaynakSource *
kaynak_source_library_find_match (KaynakSourceLibrary *self,
                                  KaynakSource        *source)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), NULL);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (source), NULL);

  return find_match_except (self, source, NULL);
}

static void refresh_if_changed (KaynakSourceLibrary *self);

/* --- Suggestions ------------------------------------------------------------ */

/* 0: a name (@text, folded) starts with @folded; 1: a word of it does;
 * 2: it contains it; G_MAXUINT: none */
static guint
name_rank (const char *text,
           const char *folded)
{
  const char *at;

  if (g_str_has_prefix (text, folded))
    return 0;
  at = strstr (text, folded);
  if (at == NULL)
    return G_MAXUINT;
  /* folded text has single spaces between its words */
  for (const char *p = text; p != NULL && p < at; p = strchr (p, ' '))
    {
      if (*p == ' ')
        p++;
      if (p == at)
        return 1;
    }
  return 2;
}

static guint
source_rank (KaynakSource *source,
             const char   *folded)
{
  const char * const *names = folded_names (source);
  guint best = G_MAXUINT;

  for (guint i = 0; names[i] != NULL && best > 0; i++)
    best = MIN (best, name_rank (names[i], folded));
  return best;
}

GPtrArray *
kaynak_source_library_suggest (KaynakSourceLibrary *self,
                               const char          *text,
                               guint                max)
{
  g_autofree char *folded = NULL;
  GPtrArray *by_rank[3];
  GPtrArray *result;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), NULL);

  refresh_if_changed (self);
  result = g_ptr_array_new_with_free_func (g_object_unref);
  folded = kaynak_text_fold (text != NULL ? text : "");
  if (folded[0] == '\0' || max == 0)
    return result;

  for (guint r = 0; r < G_N_ELEMENTS (by_rank); r++)
    by_rank[r] = g_ptr_array_new ();
  for (guint i = 0; i < n_sources (self); i++)
    {
      KaynakSource *source = nth_source (self, i);
      guint rank = source_rank (source, folded);

      if (rank < G_N_ELEMENTS (by_rank))
        g_ptr_array_add (by_rank[rank], source);
    }
  for (guint r = 0; r < G_N_ELEMENTS (by_rank); r++)
    {
      for (guint i = 0; i < by_rank[r]->len && result->len < max; i++)
        g_ptr_array_add (result, g_object_ref (g_ptr_array_index (by_rank[r], i)));
      g_ptr_array_unref (by_rank[r]);
    }

  return result;
}

/* --- Loading and saving ----------------------------------------------------- */

/* By folded label (cache_names() made the keys) */
static int
compare_labels (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return strcmp (g_object_get_data (G_OBJECT (a), SORT_KEY),
                 g_object_get_data (G_OBJECT (b), SORT_KEY));
}

static char *
dup_stamp (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                                                 G_FILE_ATTRIBUTE_UNIX_INODE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%u:%" G_GOFFSET_FORMAT ":%" G_GUINT64_FORMAT,
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC),
                          g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE));
}

/* The file changed since it was read or written (`kaynak --import-scheme`
 * while the window is open): read it again before a change is made, so
 * that the change is made to what is on disk and saving it loses nothing */
static void
refresh_if_changed (KaynakSourceLibrary *self)
{
  g_autofree char *stamp = dup_stamp (self->file);

  if (g_strcmp0 (stamp, self->stamp) != 0)
    kaynak_source_library_load (self, NULL);
}

static gboolean refuse_if_unread (KaynakSourceLibrary  *self,
                                  GError              **error);

/* Before every change: the file as it is now, and readable */
static gboolean
up_to_date (KaynakSourceLibrary  *self,
            GError              **error)
{
  refresh_if_changed (self);
  return refuse_if_unread (self, error);
}

static gboolean
refuse_if_unread (KaynakSourceLibrary  *self,
                  GError              **error)
{
  g_autofree char *name = NULL;

  if (self->load_error == NULL)
    return TRUE;

  name = g_file_get_parse_name (self->file);
  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
               _("Your source library “%s” could not be read, so Kaynak leaves it as it is: %s"),
               name, self->load_error->message);
  return FALSE;
}

static gboolean
save (KaynakSourceLibrary  *self,
      GError              **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize length;

  if (!refuse_if_unread (self, error))
    return FALSE;

  if (folder != NULL && g_file_peek_path (folder) != NULL &&
      g_mkdir_with_parents (g_file_peek_path (folder), 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  bytes = kaynak_file_serialize_scheme (G_LIST_MODEL (self->sources));
  data = g_bytes_get_data (bytes, &length);
  if (!kaynak_file_write_atomic (self->file, data, length, NULL, error))
    return FALSE;
  g_free (self->stamp);
  self->stamp = dup_stamp (self->file);
  return TRUE;
}

/* An id no library source has: @id, else @id-2, @id-3… */
static char *
unique_id (KaynakSourceLibrary *self,
           const char          *id)
{
  char *candidate = g_strdup (id);

  for (guint n = 2; kaynak_source_library_lookup (self, candidate) != NULL; n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%u", id, n);
    }
  return candidate;
}

/* Whether @name is one of @names, folded, or is @label */
static gboolean
strv_has_name (GPtrArray  *names,
               const char *name)
{
  g_autofree char *folded = kaynak_text_fold (name);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *other = kaynak_text_fold (g_ptr_array_index (names, i));

      if (g_str_equal (other, folded))
        return TRUE;
    }
  return FALSE;
}

/* @from merged into the library's @into: @from's label (unless it is
 * @into's in another case), kind and colour
 * (and description unless empty), and every alias of both, with @into's
 * old label kept as an alias.  Returns TRUE if @into changed. */
static gboolean
merge_into (KaynakSourceLibrary *self,
            KaynakSource        *into,
            KaynakSource        *from)
{
  g_autoptr(KaynakSource) merged = kaynak_source_copy (into);
  g_autoptr(GPtrArray) aliases = g_ptr_array_new ();
  const char * const *old_aliases = kaynak_source_get_aliases (into);
  const char * const *new_aliases = kaynak_source_get_aliases (from);
  const char *label = kaynak_source_get_label (from);
  guint position;

  /* The same name in another case is no rename: the library keeps the
   * spelling it has */
  if (kaynak_text_fold_equal (label, kaynak_source_get_label (into)))
    label = kaynak_source_get_label (into);

  /* the label is no alias of itself */
  g_ptr_array_add (aliases, (gpointer) label);
  for (guint i = 0; new_aliases[i] != NULL; i++)
    if (!strv_has_name (aliases, new_aliases[i]))
      g_ptr_array_add (aliases, (gpointer) new_aliases[i]);
  if (!strv_has_name (aliases, kaynak_source_get_label (into)))
    g_ptr_array_add (aliases, (gpointer) kaynak_source_get_label (into));
  for (guint i = 0; old_aliases[i] != NULL; i++)
    if (!strv_has_name (aliases, old_aliases[i]))
      g_ptr_array_add (aliases, (gpointer) old_aliases[i]);
  g_ptr_array_add (aliases, NULL);

  kaynak_source_set_label (merged, label);
  kaynak_source_set_aliases (merged, (const char * const *) aliases->pdata + 1);
  kaynak_source_set_kind (merged, kaynak_source_get_kind (from));
  if (kaynak_color_is_valid (kaynak_source_get_color (from)))
    kaynak_source_set_color (merged, kaynak_source_get_color (from));
  if (kaynak_source_get_description (from)[0] != '\0')
    kaynak_source_set_description (merged, kaynak_source_get_description (from));
  /* what it is, when @from says (issue 19) */
  if (kaynak_source_get_source_type (from) != KAYNAK_SOURCE_TYPE_UNSET)
    kaynak_source_set_source_type (merged, kaynak_source_get_source_type (from));

  if (kaynak_source_equal (merged, into))
    return FALSE;

  /* Out and back in, so that a new label takes its place in the order */
  if (g_list_store_find (self->sources, into, &position))
    {
      g_autoptr(KaynakSource) keep = g_object_ref (into);

      g_list_store_remove (self->sources, position);
      kaynak_source_assign (keep, merged);
      cache_names (keep);
      g_list_store_insert_sorted (self->sources, keep, compare_labels, NULL);
      /* a merge only adds names */
      index_add (self, keep);
    }
  return TRUE;
}

/* A copy of @source as a new library source */
static void
add_copy (KaynakSourceLibrary *self,
          KaynakSource        *source)
{
  g_autofree char *id = unique_id (self, kaynak_source_get_id (source));
  g_autoptr(KaynakSource) copy = kaynak_source_new (id, NULL, NULL, 0, 0);

  kaynak_source_assign (copy, source);
  kaynak_source_set_shortcut (copy, 0);
  cache_names (copy);
  g_list_store_insert_sorted (self->sources, copy, compare_labels, NULL);
  index_add (self, copy);
}

/* Remembers @source in memory: merged into a source of the same name
 * (@hint first, if not NULL), or added.  0 nothing, 1 added, 2 merged */
static guint
take (KaynakSourceLibrary *self,
      KaynakSource        *source,
      KaynakSource        *hint)
{
  KaynakSource *match = find_match_except (self, source, NULL);
  g_autofree char *label = g_strstrip (g_strdup (kaynak_source_get_label (source)));

  if (label[0] == '\0' || !kaynak_color_is_valid (kaynak_source_get_color (source)))
    return 0;
  if (match == NULL)
    match = hint;
  if (match != NULL)
    return merge_into (self, match, source) ? 2 : 0;

  add_copy (self, source);
  return 1;
}

gboolean
kaynak_source_library_load (KaynakSourceLibrary  *self,
                            GError              **error)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), FALSE);

  g_list_store_remove_all (self->sources);
  index_rebuild (self);
  g_clear_error (&self->load_error);
  g_free (self->stamp);
  self->stamp = dup_stamp (self->file);

  if (!g_file_query_exists (self->file, NULL))
    return TRUE;

  sources = kaynak_file_load_scheme (self->file, &local_error);
  if (sources == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      g_set_error (&self->load_error, local_error->domain, local_error->code,
                   _("Could not read your source library “%s”: %s"),
                   name, local_error->message);
      g_set_error_literal (error, self->load_error->domain, self->load_error->code,
                           self->load_error->message);
      return FALSE;
    }

  /* A file edited by hand may name one source twice: merged, as a
   * document's would be (written so only at the next change) */
  for (guint i = 0; i < sources->len; i++)
    take (self, g_ptr_array_index (sources, i), NULL);

  return TRUE;
}

/* --- Changes ---------------------------------------------------------------- */

gboolean
kaynak_source_library_remember (KaynakSourceLibrary  *self,
                                KaynakSource         *source,
                                GError              **error)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (source), FALSE);

  if (!up_to_date (self, error))
    return FALSE;
  if (take (self, source, NULL) == 0)
    return TRUE;
  return save (self, error);
}

gboolean
kaynak_source_library_remember_edit (KaynakSourceLibrary  *self,
                                     KaynakSource         *before,
                                     KaynakSource         *after,
                                     GError              **error)
{
  g_autoptr(KaynakSource) same_key = NULL;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (before), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (after), FALSE);

  /* A key is the document's, not the source's */
  same_key = kaynak_source_copy (after);
  kaynak_source_set_shortcut (same_key, kaynak_source_get_shortcut (before));
  if (kaynak_source_equal (same_key, before))
    return TRUE;

  if (!up_to_date (self, error))
    return FALSE;
  /* By its new name first, then by the old one: a renamed source */
  if (take (self, after, find_match_except (self, before, NULL)) == 0)
    return TRUE;
  return save (self, error);
}

gboolean
kaynak_source_library_update (KaynakSourceLibrary  *self,
                              const char           *id,
                              KaynakSource         *changes,
                              GError              **error)
{
  g_autofree char *label = NULL;
  KaynakSource *source, *other;
  guint position;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (changes), FALSE);

  if (!up_to_date (self, error))
    return FALSE;

  source = kaynak_source_library_lookup (self, id);
  if (source == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("Your source library has no source with the id “%s”."), id);
      return FALSE;
    }
  label = g_strstrip (g_strdup (kaynak_source_get_label (changes)));
  if (label[0] == '\0')
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("A source needs a name."));
      return FALSE;
    }
  if (!kaynak_color_is_valid (kaynak_source_get_color (changes)))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("“%s” is not a colour of the form #rrggbb."),
                   kaynak_source_get_color (changes));
      return FALSE;
    }
  other = find_match_except (self, changes, source);
  if (other != NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Your source library already has “%s”, by that name or an alias."),
                   kaynak_source_get_label (other));
      return FALSE;
    }

  if (g_list_store_find (self->sources, source, &position))
    {
      g_autoptr(KaynakSource) keep = g_object_ref (source);

      g_list_store_remove (self->sources, position);
      kaynak_source_assign (keep, changes);
      kaynak_source_set_label (keep, label);
      kaynak_source_set_shortcut (keep, 0);
      cache_names (keep);
      g_list_store_insert_sorted (self->sources, keep, compare_labels, NULL);
      index_rebuild (self);
    }

  return save (self, error);
}

gboolean
kaynak_source_library_remove (KaynakSourceLibrary  *self,
                              const char           *id,
                              GError              **error)
{
  KaynakSource *source;
  guint position;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), FALSE);

  if (!up_to_date (self, error))
    return FALSE;

  source = kaynak_source_library_lookup (self, id);
  if (source == NULL || !g_list_store_find (self->sources, source, &position))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("Your source library has no source with the id “%s”."), id);
      return FALSE;
    }

  g_list_store_remove (self->sources, position);
  index_rebuild (self);
  return save (self, error);
}

gboolean
kaynak_source_library_import (KaynakSourceLibrary  *self,
                              GPtrArray            *sources,
                              guint                *n_added,
                              guint                *n_updated,
                              GError              **error)
{
  guint added = 0, updated = 0;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), FALSE);
  g_return_val_if_fail (sources != NULL, FALSE);

  if (!up_to_date (self, error))
    return FALSE;

  for (guint i = 0; i < sources->len; i++)
    switch (take (self, g_ptr_array_index (sources, i), NULL))
      {
      case 1:
        added++;
        break;
      case 2:
        updated++;
        break;
      default:
        break;
      }

  if (n_added != NULL)
    *n_added = added;
  if (n_updated != NULL)
    *n_updated = updated;

  return added + updated == 0 || save (self, error);
}

gboolean
kaynak_source_library_export (KaynakSourceLibrary  *self,
                              GFile                *file,
                              GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (KAYNAK_IS_SOURCE_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = kaynak_file_serialize_scheme (G_LIST_MODEL (self->sources));
  data = g_bytes_get_data (bytes, &length);
  return kaynak_file_write_atomic (file, data, length, NULL, error);
}
