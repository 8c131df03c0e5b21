/* kaynak-agreement-files.c: annotators' files read for --compare (see the
 * header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-agreement-files.h"
#include "kaynak-document-attribution.h"
#include "kaynak-document-codebook.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-text-fold.h"

/* One loaded file, kept small: its spans with the source as a node (a
 * source of some file) until the classes are known */
typedef struct
{
  char                *path;
  char                *sha256;
  char                *text;
  guint                annotator;
  KaynakAgreementSpan *spans;
  guint                n_spans;
  KaynakDocument      *document;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_free (loaded->path);
  g_free (loaded->sha256);
  g_free (loaded->text);
  g_free (loaded->spans);
  g_clear_object (&loaded->document);
  g_free (loaded);
}

typedef struct
{
  GPtrArray  *labels;  /* char *, per node */
  GArray     *parent;  /* guint, per node */
  GHashTable *keys;    /* "i:<id>" / "n:<folded name>" → node + 1 */
} Nodes;

static guint
nodes_root (Nodes *nodes,
            guint  i)
{
  guint *parent = (guint *) (gpointer) nodes->parent->data;

  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

/* Joins @node with whatever has @key already; the earlier node stays the
 * root, so a class is named by the first file that has it */
static void
nodes_key (Nodes *nodes,
           guint  node,
           char  *key)   /* (transfer full) */
{
  gpointer found = g_hash_table_lookup (nodes->keys, key);

  if (found == NULL)
    {
      g_hash_table_insert (nodes->keys, key, GUINT_TO_POINTER (node + 1));
      return;
    }
  g_free (key);
  {
    guint a = nodes_root (nodes, GPOINTER_TO_UINT (found) - 1), b = nodes_root (nodes, node);

    if (a != b)
      g_array_index (nodes->parent, guint, MAX (a, b)) = MIN (a, b);
  }
}

static guint
nodes_add_source (Nodes        *nodes,
                  KaynakSource *source,
                  gboolean      by_id_only)
{
  guint node = nodes->labels->len;
  const char * const *aliases = kaynak_source_get_aliases (source);

  g_ptr_array_add (nodes->labels, g_strdup (kaynak_source_get_label (source)));
  g_array_append_val (nodes->parent, node);
  nodes_key (nodes, node, g_strconcat ("i:", kaynak_source_get_id (source), NULL));
  /* a codebook's ids are the team's agreement on who is who */
  if (by_id_only)
    return node;
  {
    g_autofree char *folded = kaynak_text_fold (kaynak_source_get_label (source));
    nodes_key (nodes, node, g_strconcat ("n:", folded, NULL));
  }
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      g_autofree char *folded = kaynak_text_fold (aliases[i]);
      if (*folded != '\0')
        nodes_key (nodes, node, g_strconcat ("n:", folded, NULL));
    }
  return node;
}

/* One annotator's document, read into spans */
static Loaded *
load_document (KaynakDocument *document,
               const char     *name,
               guint           annotator,
               Nodes          *nodes)
{
  g_autoptr(GHashTable) node_of = NULL;
  GListModel *sources, *claims;
  Loaded *loaded;
  guint n;

  node_of = g_hash_table_new (g_str_hash, g_str_equal);
  sources = kaynak_document_get_sources (document);
  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      g_hash_table_insert (node_of, (gpointer) kaynak_source_get_id (source),
                           GUINT_TO_POINTER (nodes_add_source (nodes, source,
                                                               kaynak_document_get_codebook_id (document) != NULL) + 1));
    }

  loaded = g_new0 (Loaded, 1);
  loaded->path = g_strdup (name);
  loaded->sha256 = g_strdup (kaynak_document_get_sha256 (document));
  loaded->text = g_strdup (kaynak_document_get_text (document));
  loaded->annotator = annotator;
  loaded->document = g_object_ref (document);
  claims = kaynak_document_get_claims (document);
  n = g_list_model_get_n_items (claims);
  loaded->spans = g_new (KaynakAgreementSpan, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);
      gpointer node = source_id != NULL ? g_hash_table_lookup (node_of, source_id) : NULL;
      KaynakAgreementSpan *span = &loaded->spans[loaded->n_spans];

      /* an orphan has no place in this text to agree on */
      if (kaynak_claim_get_orphaned (claim) ||
          kaynak_claim_get_start (claim) >= kaynak_claim_get_end (claim))
        continue;
      span->start = kaynak_claim_get_start (claim);
      span->end = kaynak_claim_get_end (claim);
      span->source = node != NULL ? GPOINTER_TO_UINT (node) - 1 : KAYNAK_AGREEMENT_NO_SOURCE;
      span->status = (int) kaynak_claim_get_status (claim);
      span->claim = i;
      span->attribution = kaynak_document_claim_attribution_id (document, claim) != NULL
                          ? (int) kaynak_document_claim_attribution (document, claim) + 1 : 0;
      {
        KaynakSource *source = source_id != NULL ? kaynak_document_lookup_source (document, source_id) : NULL;

        span->source_type = source != NULL ? (int) kaynak_source_get_source_type (source)
                                           : KAYNAK_SOURCE_TYPE_UNSET;
      }
      loaded->n_spans++;
    }
  return loaded;
}

static Loaded *
load_one (GFile   *file,
          guint    annotator,
          Nodes   *nodes,
          GError **error)
{
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  document = kaynak_file_load (file, NULL, NULL, &local);
  if (document == NULL)
    {
      g_set_error (error, local->domain, local->code, "%s: %s", name, local->message);
      return NULL;
    }
  return load_document (document, name, annotator, nodes);
}

/* The *.kaynak.json files directly in @folder, sorted by name */
static GPtrArray *
list_folder (GFile   *folder,
             GError **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return NULL;
  while ((info = g_file_enumerator_next_file (children, NULL, error)) != NULL)
    {
      const char *base = g_file_info_get_name (info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          g_str_has_suffix (base, KAYNAK_FILE_SUFFIX))
        g_ptr_array_add (files, g_file_get_child (folder, base));
      g_object_unref (info);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&files);
}

static int
compare_files_by_path (gconstpointer a,
                       gconstpointer b)
{
  return g_strcmp0 (g_file_peek_path (*(GFile **) a), g_file_peek_path (*(GFile **) b));
}

void
kaynak_agreement_files_free (KaynakAgreementFiles *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->agreement, kaynak_agreement_free);
  g_clear_pointer (&self->annotators, g_ptr_array_unref);
  g_clear_pointer (&self->unpartnered, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_free (self);
}

/* The source classes and the documents, once every file is read: @by_hash
 * groups the Loaded of each article, @hashes in order of first sight */
static void
unref_document (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
build (KaynakAgreementFiles *self,
       GHashTable           *by_hash,
       GPtrArray            *hashes,
       Nodes                *nodes,
       guint                 n_paths)
{
  g_autofree guint *class_of_root = NULL;

  /* the source classes, numbered by their first node */
  class_of_root = g_new (guint, nodes->labels->len + 1);
  self->documents = g_ptr_array_new_with_free_func (unref_document);
  self->agreement = kaynak_agreement_new (MAX (n_paths, 1));
  for (guint i = 0; i < nodes->labels->len; i++)
    if (nodes_root (nodes, i) == i)
      class_of_root[i] = kaynak_agreement_add_source (self->agreement,
                                                      g_ptr_array_index (nodes->labels, i));

  for (guint h = 0; h < hashes->len; h++)
    {
      GPtrArray *group = g_hash_table_lookup (by_hash, g_ptr_array_index (hashes, h));
      g_autofree const KaynakAgreementSpan **spans = g_new0 (const KaynakAgreementSpan *, n_paths);
      g_autofree guint *n_spans = g_new0 (guint, n_paths);
      g_autofree char *name = NULL;

      if (group->len < 2)
        {
          g_ptr_array_add (self->unpartnered,
                           g_strdup (((Loaded *) g_ptr_array_index (group, 0))->path));
          continue;
        }
      for (guint k = 0; k < group->len; k++)
        {
          Loaded *one = g_ptr_array_index (group, k);

          for (guint s = 0; s < one->n_spans; s++)
            if (one->spans[s].source != KAYNAK_AGREEMENT_NO_SOURCE)
              one->spans[s].source = class_of_root[nodes_root (nodes, one->spans[s].source)];
          spans[one->annotator] = one->spans;
          n_spans[one->annotator] = one->n_spans;
        }
      {
        guint first = self->documents->len;

        for (guint a = 0; a < n_paths; a++)
          g_ptr_array_add (self->documents, NULL);
        for (guint k = 0; k < group->len; k++)
          {
            Loaded *one = g_ptr_array_index (group, k);

            self->documents->pdata[first + one->annotator] = g_steal_pointer (&one->document);
          }
      }
      name = g_path_get_basename (((Loaded *) g_ptr_array_index (group, 0))->path);
      g_ptr_array_add (self->texts, g_steal_pointer (&((Loaded *) g_ptr_array_index (group, 0))->text));
      kaynak_agreement_add_document (self->agreement, name,
                                     (const KaynakAgreementSpan * const *) spans, n_spans);
    }
}

KaynakAgreementFiles *
kaynak_agreement_files_load (const char * const *paths,
                             GError            **error)
{
  g_autoptr(KaynakAgreementFiles) self = g_new0 (KaynakAgreementFiles, 1);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (loaded_free);
  g_autoptr(GHashTable) by_hash = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) hashes = g_ptr_array_new ();   /* in order of first sight */
  Nodes nodes;
  guint n_paths = g_strv_length ((char **) paths);
  guint n_folders = 0;
  gboolean ok = TRUE;

  if (n_paths > KAYNAK_AGREEMENT_MAX_ANNOTATORS)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Kaynak compares at most %u annotators at once, not %u"),
                   KAYNAK_AGREEMENT_MAX_ANNOTATORS, n_paths);
      return NULL;
    }
  for (guint a = 0; a < n_paths; a++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[a]);
      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        n_folders++;
    }
  if (n_folders != 0 && n_folders != n_paths)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("Give either files of one article or folders to match by article, not both"));
      return NULL;
    }

  nodes.labels = g_ptr_array_new_with_free_func (g_free);
  nodes.parent = g_array_new (FALSE, FALSE, sizeof (guint));
  nodes.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->annotators = g_ptr_array_new_with_free_func (g_free);
  self->unpartnered = g_ptr_array_new_with_free_func (g_free);
  self->texts = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; ok && a < n_paths; a++)
    {
      g_autoptr(GFile) path = g_file_new_for_commandline_arg (paths[a]);
      g_autoptr(GPtrArray) files = NULL;

      g_ptr_array_add (self->annotators, g_strdup (paths[a]));
      if (n_folders == 0)
        {
          files = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (files, g_object_ref (path));
        }
      else
        {
          g_autoptr(GError) local = NULL;

          files = list_folder (path, &local);
          if (files == NULL)
            {
              g_set_error (error, local->domain, local->code, "%s: %s", paths[a], local->message);
              ok = FALSE;
              break;
            }
          g_ptr_array_sort (files, compare_files_by_path);
        }

      for (guint f = 0; ok && f < files->len; f++)
        {
          Loaded *one = load_one (g_ptr_array_index (files, f), a, &nodes, error);
          GPtrArray *group;

          if (one == NULL)
            {
              ok = FALSE;
              break;
            }
          g_ptr_array_add (loaded, one);
          group = g_hash_table_lookup (by_hash, one->sha256);
          if (group == NULL)
            {
              if (n_folders == 0 && hashes->len > 0)
                {
                  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                               _("%s annotates another article than %s (the article’s SHA-256 differs); "
                                 "compare files of one article, or folders"),
                               one->path, ((Loaded *) g_ptr_array_index (loaded, 0))->path);
                  ok = FALSE;
                  break;
                }
              group = g_ptr_array_new ();
              g_hash_table_insert (by_hash, one->sha256, group);
              g_ptr_array_add (hashes, one->sha256);
            }
          else if (((Loaded *) g_ptr_array_index (group, group->len - 1))->annotator == a)
            {
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("%s and %s annotate the same article in one folder; keep one of them"),
                           ((Loaded *) g_ptr_array_index (group, group->len - 1))->path, one->path);
              ok = FALSE;
              break;
            }
          g_ptr_array_add (group, one);
        }
    }

  if (ok)
    build (self, by_hash, hashes, &nodes, n_paths);

  g_ptr_array_unref (nodes.labels);
  g_array_unref (nodes.parent);
  g_hash_table_unref (nodes.keys);

  if (!ok)
    return NULL;
  return g_steal_pointer (&self);
}

KaynakAgreementFiles *
kaynak_agreement_files_new_for_documents (KaynakDocument * const *documents,
                                          const char * const     *names,
                                          guint                   n,
                                          GError                **error)
{
  g_autoptr(KaynakAgreementFiles) self = g_new0 (KaynakAgreementFiles, 1);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (loaded_free);
  g_autoptr(GHashTable) by_hash = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) hashes = g_ptr_array_new ();
  GPtrArray *group = g_ptr_array_new ();
  Nodes nodes;
  gboolean ok = TRUE;

  g_return_val_if_fail (n >= 2, NULL);
  if (n > KAYNAK_AGREEMENT_MAX_ANNOTATORS)
    {
      g_ptr_array_unref (group);
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Kaynak compares at most %u annotators at once, not %u"),
                   KAYNAK_AGREEMENT_MAX_ANNOTATORS, n);
      return NULL;
    }

  nodes.labels = g_ptr_array_new_with_free_func (g_free);
  nodes.parent = g_array_new (FALSE, FALSE, sizeof (guint));
  nodes.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->annotators = g_ptr_array_new_with_free_func (g_free);
  self->unpartnered = g_ptr_array_new_with_free_func (g_free);
  self->texts = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; a < n; a++)
    {
      Loaded *one = load_document (documents[a], names[a], a, &nodes);

      g_ptr_array_add (self->annotators, g_strdup (names[a]));
      g_ptr_array_add (loaded, one);
      /* the same refusal as for files given on the command line */
      if (a > 0 && g_strcmp0 (one->sha256, ((Loaded *) g_ptr_array_index (loaded, 0))->sha256) != 0)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("%s annotates another article than %s (the article’s SHA-256 differs); "
                         "compare files of one article, or folders"),
                       one->path, ((Loaded *) g_ptr_array_index (loaded, 0))->path);
          ok = FALSE;
          break;
        }
      g_ptr_array_add (group, one);
    }
  g_hash_table_insert (by_hash, ((Loaded *) g_ptr_array_index (loaded, 0))->sha256, group);
  g_ptr_array_add (hashes, ((Loaded *) g_ptr_array_index (loaded, 0))->sha256);

  if (ok)
    build (self, by_hash, hashes, &nodes, n);

  g_ptr_array_unref (nodes.labels);
  g_array_unref (nodes.parent);
  g_hash_table_unref (nodes.keys);

  if (!ok)
    return NULL;
  return g_steal_pointer (&self);
}

KaynakDocument *
kaynak_agreement_files_get_document (KaynakAgreementFiles *self,
                                     guint                 document,
                                     guint                 annotator)
{
  guint n = self->annotators->len;

  g_return_val_if_fail (annotator < n, NULL);
  g_return_val_if_fail ((document + 1) * n <= self->documents->len, NULL);
  return g_ptr_array_index (self->documents, document * n + annotator);
}
