/* kaynak-drafts.c: autosaved drafts (see kaynak-drafts.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-atomic-file.h"
#include "kaynak-background-write.h"
#include "kaynak-document-private.h"
#include "kaynak-drafts.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-file-private.h"
#include "kaynak-leftovers.h"

#define DRAFT_MEMBER "draft"
#define ID_MAX_LENGTH 64

struct _KaynakDrafts
{
  GObject  parent_instance;
  GFile   *folder;
};

G_DEFINE_FINAL_TYPE (KaynakDrafts, kaynak_drafts, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
kaynak_draft_info_free (KaynakDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_clear_object (&info->file);
  g_clear_object (&info->original);
  g_clear_object (&info->article);
  g_free (info->original_stamp);
  g_clear_pointer (&info->saved, g_date_time_unref);
  g_free (info->title);
  g_clear_error (&info->error);
  g_free (info);
}

static void
kaynak_drafts_finalize (GObject *object)
{
  KaynakDrafts *self = KAYNAK_DRAFTS (object);

  g_clear_object (&self->folder);

  G_OBJECT_CLASS (kaynak_drafts_parent_class)->finalize (object);
}

static void
kaynak_drafts_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KaynakDrafts *self = KAYNAK_DRAFTS (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_drafts_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KaynakDrafts *self = KAYNAK_DRAFTS (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_set_object (&self->folder, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_drafts_constructed (GObject *object)
{
  KaynakDrafts *self = KAYNAK_DRAFTS (object);

  G_OBJECT_CLASS (kaynak_drafts_parent_class)->constructed (object);

  if (self->folder == NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_state_dir (),
                                                "kaynak", "drafts", NULL);
      self->folder = g_file_new_for_path (path);
    }
}

static void
kaynak_drafts_class_init (KaynakDraftsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kaynak_drafts_finalize;
  object_class->get_property = kaynak_drafts_get_property;
  object_class->set_property = kaynak_drafts_set_property;
  object_class->constructed = kaynak_drafts_constructed;

  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kaynak_drafts_init (KaynakDrafts *self)
{
}

KaynakDrafts *
kaynak_drafts_new (void)
{
  return g_object_new (KAYNAK_TYPE_DRAFTS, NULL);
}

KaynakDrafts *
kaynak_drafts_new_for_folder (GFile *folder)
{
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  return g_object_new (KAYNAK_TYPE_DRAFTS, "folder", folder, NULL);
}

GFile *
kaynak_drafts_get_folder (KaynakDrafts *self)
{
  g_return_val_if_fail (KAYNAK_IS_DRAFTS (self), NULL);

  return self->folder;
}

char *
kaynak_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

gboolean
kaynak_drafts_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL)
    return FALSE;

  length = strlen (id);
  if (length == 0 || length > ID_MAX_LENGTH)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_')
      return FALSE;

  return TRUE;
}

static gboolean
check_id (const char  *id,
          GError     **error)
{
  if (kaynak_drafts_id_is_valid (id))
    return TRUE;

  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
               _("“%s” is not a valid draft name"), id != NULL ? id : "");
  return FALSE;
}

static GFile *
draft_file (KaynakDrafts *self,
            const char   *id)
{
  g_autofree char *name = g_strconcat (id, KAYNAK_DRAFTS_SUFFIX, NULL);

  return g_file_get_child (self->folder, name);
}

/* The "draft" member as JSON text: where the document came from and when
 * this draft was written. */
static char *
draft_header (const char *id,
              GFile      *original,
              const char *stamp,
              GFile      *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "original");
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      json_builder_add_string_value (builder, uri);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "saved");
  json_builder_add_string_value (builder, saved);
  if (original != NULL && stamp != NULL)
    {
      json_builder_set_member_name (builder, "stamp");
      json_builder_add_string_value (builder, stamp);
    }
  /* The article the document was made from: a restored draft that was
   * never saved is still saved beside its article by default */
  if (article != NULL)
    {
      g_autofree char *uri = g_file_get_uri (article);

      json_builder_set_member_name (builder, "article");
      json_builder_add_string_value (builder, uri);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* The draft's bytes: the saved file's, with the "draft" member first.
 * On the writer's thread for a background draft, so only from the
 * snapshot and @folder. */
static GBytes *
draft_bytes (KaynakDocumentSnapshot  *snapshot,
             GFile                   *folder,
             const char              *id,
             GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *header = NULL;
  GString *contents;
  const char *data;
  gsize length;

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not make the drafts folder “%s”: %s"),
                   name, local_error->message);
      return NULL;
    }

  /* The draft is the saved file with the "draft" member first: spliced in
   * after the opening brace rather than rebuilt, so a draft costs one
   * serialisation, like a save. */
  bytes = kaynak_file_serialize_snapshot (snapshot);
  data = g_bytes_get_data (bytes, &length);
  g_return_val_if_fail (length > 0 && data[0] == '{', NULL);

  header = draft_header (id, snapshot->file, snapshot->file_stamp, snapshot->article_file);
  contents = g_string_sized_new (length + strlen (header) + 32);
  g_string_append (contents, "{\n  \"" DRAFT_MEMBER "\" : ");
  g_string_append (contents, header);
  g_string_append_c (contents, ',');
  g_string_append_len (contents, data + 1, length - 1);

  return g_string_free_to_bytes (contents);
}

gboolean
kaynak_drafts_save (KaynakDrafts    *self,
                    const char      *id,
                    KaynakDocument  *document,
                    GError         **error)
{
  g_autoptr(KaynakDocumentSnapshot) snapshot = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (KAYNAK_IS_DRAFTS (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);

  if (!check_id (id, error))
    return FALSE;

  snapshot = kaynak_document_snapshot_new (document);
  bytes = draft_bytes (snapshot, self->folder, id, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  file = draft_file (self, id);
  return kaynak_file_write_atomic (file, data, length, NULL, error);
}

typedef struct
{
  GFile *folder;
  char  *id;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  g_object_unref (job->folder);
  g_free (job->id);
  g_free (job);
}

static GBytes *
draft_job_bytes (KaynakDocumentSnapshot  *snapshot,
                 gpointer                 data,
                 GError                 **error)
{
  DraftJob *job = data;

  return draft_bytes (snapshot, job->folder, job->id, error);
}

void
kaynak_drafts_save_async (KaynakDrafts        *self,
                          const char          *id,
                          KaynakDocument      *document,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  DraftJob *job;

  g_return_if_fail (KAYNAK_IS_DRAFTS (self));
  g_return_if_fail (KAYNAK_IS_DOCUMENT (document));

  if (!check_id (id, &error))
    {
      g_task_report_error (NULL, callback, user_data, kaynak_background_write,
                           g_steal_pointer (&error));
      return;
    }

  job = g_new0 (DraftJob, 1);
  job->folder = g_object_ref (self->folder);
  job->id = g_strdup (id);
  file = draft_file (self, id);
  kaynak_background_write (file, kaynak_document_snapshot_new (document),
                           draft_job_bytes, job, (GDestroyNotify) draft_job_free,
                           NULL, callback, user_data);
}

gboolean
kaynak_drafts_save_finish (KaynakDrafts  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (KAYNAK_IS_DRAFTS (self), FALSE);

  return kaynak_background_write_finish (result, error);
}

/* A draft save cut short by a crash leaves its temporary file behind
 * (kaynak-temp-file.h).  The next draft save into the folder sweeps
 * such files once they are a minute old; discarding the draft removes
 * its own at once, unless a live writer holds one. */
static void
remove_leftovers (KaynakDrafts *self,
                  const char   *id)
{
  g_autofree char *folder = g_file_get_path (self->folder);
  g_autofree char *name = g_strconcat (id, KAYNAK_DRAFTS_SUFFIX, NULL);
  int dirfd;

  if (folder == NULL || (dirfd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
    return;
  _kaynak_temp_remove_for (dirfd, name);
  close (dirfd);
}

gboolean
kaynak_drafts_discard (KaynakDrafts  *self,
                       const char    *id,
                       GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KAYNAK_IS_DRAFTS (self), FALSE);

  if (!check_id (id, error))
    return FALSE;

  remove_leftovers (self, id);

  file = draft_file (self, id);
  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Reads the "draft" member of an already validated draft: parsed as the
 * loader parses it, without its claims, which the header never needs */
static void
read_header (GBytes          *bytes,
             KaynakDraftInfo *info)
{
  g_autoptr(JsonNode) tree = _kaynak_file_parse_without_claims (bytes, NULL);
  JsonObject *root, *header;
  JsonNode *node;

  if (tree == NULL || !JSON_NODE_HOLDS_OBJECT (tree))
    return;

  root = json_node_get_object (tree);
  node = json_object_get_member (root, DRAFT_MEMBER);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  header = json_node_get_object (node);

  node = json_object_get_member (header, "original");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING &&
      json_node_get_string (node)[0] != '\0')
    info->original = g_file_new_for_uri (json_node_get_string (node));

  node = json_object_get_member (header, "article");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING &&
      json_node_get_string (node)[0] != '\0')
    info->article = g_file_new_for_uri (json_node_get_string (node));

  node = json_object_get_member (header, "stamp");
  if (info->original != NULL && node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    info->original_stamp = g_strdup (json_node_get_string (node));

  node = json_object_get_member (header, "saved");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    {
      GDateTime *saved = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);

      if (saved != NULL)
        {
          g_clear_pointer (&info->saved, g_date_time_unref);
          info->saved = saved;
        }
    }
}

/* Loads the draft @file: its document (or NULL and @error) and, when
 * @info is given, what the list shows about it. */
static KaynakDocument *
load_draft (GFile            *file,
            KaynakDraftInfo  *info,
            GError          **error)
{
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Drafts are written by us and are never near the size limit; refuse
   * anything larger before reading it, as the loader does. */
  {
    g_autoptr(GFileInfo) file_info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);

    if (file_info != NULL && g_file_info_get_size (file_info) > (goffset) KAYNAK_FILE_MAX_SIZE)
      {
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                     _("The draft is too large to restore"));
        return NULL;
      }
  }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("There is no such draft"));
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not read the draft: %s"), local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  document = kaynak_file_load_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The draft is damaged: %s"), local_error->message);
      return NULL;
    }

  /* The draft's header is the draft's, not a member of the document that
   * Kaynak does not know: it must not be saved with the document */
  if (_kaynak_document_get_unknown (document, KAYNAK_UNKNOWN_TOP) != NULL)
    {
      g_autoptr(KaynakUnknown) rest =
        kaynak_unknown_without (_kaynak_document_get_unknown (document, KAYNAK_UNKNOWN_TOP),
                                DRAFT_MEMBER);

      _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_TOP, rest);
    }

  if (info != NULL)
    {
      read_header (bytes, info);
      info->title = g_strdup (kaynak_document_get_title (document));
      info->n_claims = kaynak_document_get_n_claims (document);
    }

  return g_steal_pointer (&document);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const KaynakDraftInfo *x = *(const KaynakDraftInfo * const *) a;
  const KaynakDraftInfo *y = *(const KaynakDraftInfo * const *) b;
  int order = g_date_time_compare (y->saved, x->saved);

  return order != 0 ? order : strcmp (x->id, y->id);
}

GPtrArray *
kaynak_drafts_list (KaynakDrafts *self)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GFileEnumerator) children = NULL;

  g_return_val_if_fail (KAYNAK_IS_DRAFTS (self), NULL);

  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_draft_info_free);

  children = g_file_enumerate_children (self->folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                        NULL, NULL);
  if (children == NULL)
    return g_steal_pointer (&drafts);   /* no folder yet: no drafts */

  for (;;)
    {
      g_autoptr(GFileInfo) child = NULL;
      KaynakDraftInfo *info;
      const char *name;
      g_autofree char *id = NULL;
      g_autoptr(KaynakDocument) document = NULL;

      child = g_file_enumerator_next_file (children, NULL, NULL);
      if (child == NULL)
        break;

      /* Temporary files of a save in progress (or cut short) start with
       * a dot; anything not named like a draft is not ours. */
      name = g_file_info_get_name (child);
      if (name[0] == '.' ||
          g_file_info_get_file_type (child) != G_FILE_TYPE_REGULAR ||
          !g_str_has_suffix (name, KAYNAK_DRAFTS_SUFFIX))
        continue;
      id = g_strndup (name, strlen (name) - strlen (KAYNAK_DRAFTS_SUFFIX));
      if (!kaynak_drafts_id_is_valid (id))
        continue;

      info = g_new0 (KaynakDraftInfo, 1);
      info->id = g_steal_pointer (&id);
      info->file = g_file_get_child (self->folder, name);
      info->saved = g_file_info_get_modification_date_time (child);
      if (info->saved == NULL)
        info->saved = g_date_time_new_from_unix_utc (0);
      g_ptr_array_add (drafts, info);

      document = load_draft (info->file, info, &info->error);
      if (document == NULL)
        {
          g_clear_pointer (&info->title, g_free);
          info->title = g_strdup ("");
        }
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return g_steal_pointer (&drafts);
}

KaynakDocument *
kaynak_drafts_restore (KaynakDrafts  *self,
                       const char    *id,
                       GError       **error)
{
  g_autoptr(KaynakDraftInfo) info = g_new0 (KaynakDraftInfo, 1);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (KAYNAK_IS_DRAFTS (self), NULL);

  if (!check_id (id, error))
    return NULL;

  file = draft_file (self, id);
  document = load_draft (file, info, error);
  if (document == NULL)
    return NULL;

  kaynak_document_set_file (document, info->original);
  kaynak_document_set_article_file (document, info->article);
  /* Compared with the original as it was when the draft's document was
   * read or saved, not as it is now: someone may have changed it since */
  kaynak_document_set_file_stamp (document, info->original_stamp);

  /* The loader marks what it loads as saved; a restored draft is not
   * saved anywhere yet. */
  kaynak_document_mark_unsaved (document);

  return g_steal_pointer (&document);
}
