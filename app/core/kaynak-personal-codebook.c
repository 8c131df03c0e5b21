/* kaynak-personal-codebook.c: the user's own codebook.
 *
 * The definitions are held as a KaynakCodebook read from their canonical
 * writing.  A change copies the verdicts and fields into a draft, changes
 * the draft, writes it and reads it back: what the reader refuses is
 * refused, with the reader's words; what it takes is saved and becomes
 * the codebook, and the definitions before it go on the undo history.
 *
 * Signals: "changed" after every change, undo and load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kaynak-atomic-file.h"
#include "kaynak-codebook-private.h"
#include "kaynak-document-codebook.h"
#include "kaynak-error.h"
#include "kaynak-file-private.h"
#include "kaynak-personal-codebook.h"
#include "kaynak-source.h"

/* Enough to take back a session's slips; older steps are forgotten */
#define MAX_UNDO 200

typedef struct
{
  GPtrArray *verdicts;   /* KaynakCodebookValue */
  GPtrArray *fields;     /* KaynakCodebookField */
  gboolean   has_rating;
  double     best, worst;
} Draft;

typedef struct
{
  GBytes *bytes;         /* the definitions before the step */
  char   *label;
} UndoStep;

struct _KaynakPersonalCodebook
{
  GObject              parent_instance;

  GFile               *file;
  KaynakSourceLibrary *library;
  GError              *load_error;
  char                *id;
  char                *name;
  /* the definitions, without sources */
  KaynakCodebook      *definitions;
  GPtrArray           *undo;   /* UndoStep, the last one on top */
};

G_DEFINE_FINAL_TYPE (KaynakPersonalCodebook, kaynak_personal_codebook, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* --- Values and fields --------------------------------------------------- */

static void
value_free (gpointer data)
{
  KaynakCodebookValue *value = data;

  g_free (value->id);
  g_free (value->label);
  g_free (value->description);
  g_free (value->color);
  g_free (value);
}

static KaynakCodebookValue *
value_copy (const KaynakCodebookValue *value)
{
  KaynakCodebookValue *copy = g_new0 (KaynakCodebookValue, 1);

  copy->id = g_strdup (value->id != NULL ? value->id : "");
  copy->label = g_strdup (value->label != NULL ? value->label : "");
  copy->description = g_strdup (value->description != NULL ? value->description : "");
  copy->color = g_strdup (value->color);
  copy->has_rating = value->has_rating;
  copy->rating = value->rating;
  return copy;
}

void
kaynak_codebook_field_free (KaynakCodebookField *field)
{
  if (field == NULL)
    return;
  g_free (field->id);
  g_free (field->label);
  g_free (field->description);
  g_clear_pointer (&field->choices, g_ptr_array_unref);
  g_free (field);
}

KaynakCodebookField *
kaynak_codebook_field_copy (const KaynakCodebookField *field)
{
  KaynakCodebookField *copy = g_new0 (KaynakCodebookField, 1);

  copy->choices = g_ptr_array_new_with_free_func (value_free);
  if (field == NULL)
    {
      copy->id = g_strdup ("");
      copy->label = g_strdup ("");
      copy->description = g_strdup ("");
      copy->type = KAYNAK_FIELD_YES_NO;
      return copy;
    }
  copy->id = g_strdup (field->id != NULL ? field->id : "");
  copy->label = g_strdup (field->label != NULL ? field->label : "");
  copy->description = g_strdup (field->description != NULL ? field->description : "");
  copy->target = field->target;
  copy->type = field->type;
  for (guint i = 0; field->choices != NULL && i < field->choices->len; i++)
    g_ptr_array_add (copy->choices, value_copy (g_ptr_array_index (field->choices, i)));
  copy->has_min = field->has_min;
  copy->has_max = field->has_max;
  copy->min = field->min;
  copy->max = field->max;
  return copy;
}

void
kaynak_codebook_field_add_choice (KaynakCodebookField *field,
                                  const char          *label)
{
  KaynakCodebookValue choice = { .id = NULL, .label = (char *) label, .description = NULL };

  g_return_if_fail (field != NULL && label != NULL);
  g_ptr_array_add (field->choices, value_copy (&choice));
}

static gboolean
is_choice_type (KaynakFieldType type)
{
  return type == KAYNAK_FIELD_CHOICE || type == KAYNAK_FIELD_CHOICES;
}

/* --- Drafts ----------------------------------------------------------------- */

static void
draft_free (Draft *draft)
{
  g_ptr_array_unref (draft->verdicts);
  g_ptr_array_unref (draft->fields);
  g_free (draft);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Draft, draft_free)

static Draft *
draft_new (KaynakPersonalCodebook *self)
{
  Draft *draft = g_new0 (Draft, 1);
  GPtrArray *verdicts = kaynak_codebook_get_verdicts (self->definitions);
  GPtrArray *fields = kaynak_codebook_get_fields (self->definitions);

  draft->verdicts = g_ptr_array_new_with_free_func (value_free);
  draft->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_codebook_field_free);
  for (guint i = 0; i < verdicts->len; i++)
    g_ptr_array_add (draft->verdicts, value_copy (g_ptr_array_index (verdicts, i)));
  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (draft->fields, kaynak_codebook_field_copy (g_ptr_array_index (fields, i)));
  draft->has_rating = kaynak_codebook_get_rating_range (self->definitions,
                                                        &draft->best, &draft->worst);
  return draft;
}

/* The draft as a codebook file, with @sources (KaynakSource, may be NULL) */
static GBytes *
draft_to_bytes (KaynakPersonalCodebook *self,
                Draft                  *draft,
                GPtrArray              *sources)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *root = json_object_new ();
  JsonArray *array;
  char *text;
  gsize length;

  json_object_set_string_member (root, "format", KAYNAK_CODEBOOK_FORMAT_NAME);
  json_object_set_int_member (root, "version", KAYNAK_CODEBOOK_FORMAT_VERSION);
  json_object_set_string_member (root, "id", self->id);
  json_object_set_string_member (root, "name", self->name);

  array = json_array_new ();
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    json_array_add_object_element (array,
                                   _kaynak_file_source_to_json (g_ptr_array_index (sources, i)));
  json_object_set_array_member (root, "sources", array);

  _kaynak_codebook_write_definitions (root, draft->has_rating, draft->best, draft->worst,
                                      draft->verdicts, draft->fields);

  json_node_take_object (node, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

/* --- Ids ---------------------------------------------------------------------- */

static gboolean
has_id (GPtrArray  *array,
        gboolean    fields,
        const char *id)
{
  for (guint i = 0; i < array->len; i++)
    {
      const char *other = fields ? ((KaynakCodebookField *) g_ptr_array_index (array, i))->id
                                 : ((KaynakCodebookValue *) g_ptr_array_index (array, i))->id;

      if (g_strcmp0 (other, id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* An id for @label that no element of @array has: its slug, else with
 * "-2", "-3"… as a new source's id is made */
static char *
make_id (GPtrArray  *array,
         gboolean    fields,
         const char *label)
{
  g_autofree char *slug = kaynak_source_slug_for_label (label);
  char *candidate = g_strdup (slug);

  for (guint n = 2; has_id (array, fields, candidate); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%u", slug, n);
    }
  return candidate;
}

/* --- Loading and saving -------------------------------------------------------- */

static void
set_empty (KaynakPersonalCodebook *self)
{
  g_autoptr(Draft) draft = g_new0 (Draft, 1);
  g_autoptr(GBytes) bytes = NULL;

  draft->verdicts = g_ptr_array_new_with_free_func (value_free);
  draft->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_codebook_field_free);
  bytes = draft_to_bytes (self, draft, NULL);
  g_clear_object (&self->definitions);
  self->definitions = kaynak_codebook_new_from_bytes (bytes, NULL);
  g_assert (self->definitions != NULL);
}

static void
kaynak_personal_codebook_finalize (GObject *object)
{
  KaynakPersonalCodebook *self = KAYNAK_PERSONAL_CODEBOOK (object);

  g_clear_object (&self->file);
  g_clear_object (&self->library);
  g_clear_error (&self->load_error);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->definitions);
  g_clear_pointer (&self->undo, g_ptr_array_unref);

  G_OBJECT_CLASS (kaynak_personal_codebook_parent_class)->finalize (object);
}

static void
kaynak_personal_codebook_class_init (KaynakPersonalCodebookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_personal_codebook_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
undo_step_free (gpointer data)
{
  UndoStep *step = data;

  g_bytes_unref (step->bytes);
  g_free (step->label);
  g_free (step);
}

static void
kaynak_personal_codebook_init (KaynakPersonalCodebook *self)
{
  self->undo = g_ptr_array_new_with_free_func (undo_step_free);
  self->id = g_strdup (KAYNAK_PERSONAL_CODEBOOK_ID);
  /* Translators: the name documents record for the codebook edited in
   * Preferences */
  self->name = g_strdup (_("Personal codebook"));
  set_empty (self);
}

KaynakPersonalCodebook *
kaynak_personal_codebook_new (GFile               *file,
                              KaynakSourceLibrary *library)
{
  KaynakPersonalCodebook *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (library == NULL || KAYNAK_IS_SOURCE_LIBRARY (library), NULL);

  self = g_object_new (KAYNAK_TYPE_PERSONAL_CODEBOOK, NULL);
  self->file = g_object_ref (file);
  if (library != NULL)
    self->library = g_object_ref (library);
  return self;
}

KaynakPersonalCodebook *
kaynak_personal_codebook_get_default (void)
{
  static KaynakPersonalCodebook *codebook;

  if (codebook == NULL)
    {
      KaynakSourceLibrary *library = kaynak_source_library_get_default ();
      g_autoptr(GFile) folder = g_file_get_parent (kaynak_source_library_get_file (library));
      g_autoptr(GFile) file = g_file_get_child (folder, KAYNAK_PERSONAL_CODEBOOK_FILE_NAME);

      /* A codebook that cannot be read is said by Preferences, from
       * kaynak_personal_codebook_get_load_error() */
      codebook = kaynak_personal_codebook_new (file, library);
      kaynak_personal_codebook_load (codebook, NULL);
    }
  return codebook;
}

KaynakCodebook *
kaynak_personal_codebook_dup_for_new_document (void)
{
  KaynakPersonalCodebook *self = kaynak_personal_codebook_get_default ();

  if (self->load_error != NULL || kaynak_personal_codebook_is_empty (self))
    return NULL;
  return g_object_ref (self->definitions);
}

gboolean
kaynak_personal_codebook_adopt_for_new (KaynakDocument  *document,
                                        GError         **error)
{
  g_autoptr(KaynakCodebook) codebook = NULL;
  gboolean had_history;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);

  if (kaynak_document_get_codebook_id (document) != NULL ||
      kaynak_document_get_n_claims (document) > 0)
    return FALSE;
  codebook = kaynak_personal_codebook_dup_for_new_document ();
  if (codebook == NULL)
    return FALSE;
  had_history = kaynak_document_get_can_undo (document);
  if (!kaynak_document_use_codebook (document, codebook, NULL, error))
    return FALSE;
  /* The first Ctrl+Z of a new article must not take its scale away */
  if (!had_history)
    kaynak_document_clear_history (document);
  return TRUE;
}

GFile *
kaynak_personal_codebook_get_file (KaynakPersonalCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);
  return self->file;
}

const GError *
kaynak_personal_codebook_get_load_error (KaynakPersonalCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);
  return self->load_error;
}

gboolean
kaynak_personal_codebook_load (KaynakPersonalCodebook  *self,
                               GError                 **error)
{
  g_autoptr(KaynakCodebook) codebook = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);

  g_clear_error (&self->load_error);
  g_ptr_array_set_size (self->undo, 0);
  set_empty (self);

  if (g_file_query_exists (self->file, NULL))
    {
      codebook = kaynak_codebook_new_from_file (self->file, NULL, &local_error);
      if (codebook == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (self->file);

          g_set_error (&self->load_error, local_error->domain, local_error->code,
                       _("Could not read your codebook “%s”, so Kaynak leaves it as it is: %s"),
                       name, local_error->message);
          g_signal_emit (self, signals[CHANGED], 0);
          if (error != NULL)
            *error = g_error_copy (self->load_error);
          return FALSE;
        }
      g_free (self->id);
      self->id = g_strdup (kaynak_codebook_get_id (codebook));
      g_free (self->name);
      self->name = g_strdup (kaynak_codebook_get_name (codebook));
      /* Sources written into the file by hand are not ours to keep: the
       * library holds them */
      g_set_object (&self->definitions, codebook);
    }

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static gboolean
refuse_if_unread (KaynakPersonalCodebook  *self,
                  GError                 **error)
{
  if (self->load_error == NULL)
    return TRUE;
  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, self->load_error->message);
  return FALSE;
}

static gboolean
save_bytes (KaynakPersonalCodebook  *self,
            GBytes                  *bytes,
            GError                 **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  gconstpointer data;
  gsize length;

  if (folder != NULL && g_file_peek_path (folder) != NULL &&
      g_mkdir_with_parents (g_file_peek_path (folder), 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &length);
  return kaynak_file_write_atomic (self->file, data, length, NULL, error);
}

/* The draft checked by the reader (a codebook, transfer full) or NULL */
static KaynakCodebook *
check_draft (KaynakPersonalCodebook  *self,
             Draft                   *draft,
             GBytes                 **bytes_out,
             GError                 **error)
{
  g_autoptr(GBytes) bytes = draft_to_bytes (self, draft, NULL);
  g_autoptr(GError) local_error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_bytes (bytes, &local_error);

  if (codebook == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Your codebook cannot hold this: %s"), local_error->message);
      return NULL;
    }
  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);
  return codebook;
}

/* The draft becomes the codebook, saved, one step of the undo history
 * called @label */
static gboolean
commit (KaynakPersonalCodebook  *self,
        Draft                   *draft,
        const char              *label,
        GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KaynakCodebook) codebook = check_draft (self, draft, &bytes, error);
  UndoStep *step;

  if (codebook == NULL || !save_bytes (self, bytes, error))
    return FALSE;

  step = g_new0 (UndoStep, 1);
  step->bytes = kaynak_codebook_to_bytes (self->definitions);
  step->label = g_strdup (label);
  g_ptr_array_add (self->undo, step);
  if (self->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);

  g_set_object (&self->definitions, codebook);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* --- Reading ------------------------------------------------------------------ */

GPtrArray *
kaynak_personal_codebook_get_verdicts (KaynakPersonalCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);
  return kaynak_codebook_get_verdicts (self->definitions);
}

GPtrArray *
kaynak_personal_codebook_get_fields (KaynakPersonalCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);
  return kaynak_codebook_get_fields (self->definitions);
}

const KaynakCodebookValue *
kaynak_personal_codebook_find_verdict (KaynakPersonalCodebook *self,
                                       const char             *id)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);
  return kaynak_codebook_find_verdict (self->definitions, id);
}

const KaynakCodebookField *
kaynak_personal_codebook_find_field (KaynakPersonalCodebook *self,
                                     const char             *id)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);
  return kaynak_codebook_find_field (self->definitions, id);
}

gboolean
kaynak_personal_codebook_get_rating_range (KaynakPersonalCodebook *self,
                                           double                 *best,
                                           double                 *worst)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  return kaynak_codebook_get_rating_range (self->definitions, best, worst);
}

gboolean
kaynak_personal_codebook_is_empty (KaynakPersonalCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), TRUE);
  return kaynak_codebook_get_verdicts (self->definitions)->len == 0 &&
         kaynak_codebook_get_fields (self->definitions)->len == 0;
}

KaynakCodebook *
kaynak_personal_codebook_make_codebook (KaynakPersonalCodebook  *self,
                                        GError                 **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);

  if (self->library != NULL)
    {
      GListModel *model = kaynak_source_library_get_sources (self->library);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (sources, g_list_model_get_item (model, i));
    }
  draft = draft_new (self);
  bytes = draft_to_bytes (self, draft, sources);
  return kaynak_codebook_new_from_bytes (bytes, error);
}

/* --- Verdicts ----------------------------------------------------------------- */

static int
index_of (GPtrArray  *array,
          gboolean    fields,
          const char *id)
{
  for (guint i = 0; id != NULL && i < array->len; i++)
    {
      const char *other = fields ? ((KaynakCodebookField *) g_ptr_array_index (array, i))->id
                                 : ((KaynakCodebookValue *) g_ptr_array_index (array, i))->id;

      if (g_strcmp0 (other, id) == 0)
        return (int) i;
    }
  return -1;
}

/* A draft to change, and in it the verdict @id (when @id is not NULL) */
static Draft *
begin (KaynakPersonalCodebook  *self,
       gboolean                 fields,
       const char              *id,
       int                     *index,
       GError                 **error)
{
  Draft *draft;

  if (!refuse_if_unread (self, error))
    return NULL;
  draft = draft_new (self);
  if (id == NULL)
    return draft;
  *index = index_of (fields ? draft->fields : draft->verdicts, fields, id);
  if (*index < 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   fields ? _("Your codebook has no field with the id “%s”.")
                          : _("Your codebook has no verdict with the id “%s”."),
                   id);
      draft_free (draft);
      return NULL;
    }
  return draft;
}

static gboolean
require_label (const char  *label,
               GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (label != NULL ? label : ""));

  if (stripped[0] != '\0')
    return TRUE;
  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("A name cannot be empty."));
  return FALSE;
}

static char *
dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

char *
kaynak_personal_codebook_add_verdict (KaynakPersonalCodebook  *self,
                                      const char              *label,
                                      const char              *color,
                                      GError                 **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autofree char *stripped = dup_stripped (label);
  g_autofree char *step = NULL;
  KaynakCodebookValue *value;
  int unused;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);

  if (!require_label (label, error) || !(draft = begin (self, FALSE, NULL, &unused, error)))
    return NULL;
  value = g_new0 (KaynakCodebookValue, 1);
  value->id = make_id (draft->verdicts, FALSE, stripped);
  value->label = g_strdup (stripped);
  value->description = g_strdup ("");
  value->color = color != NULL ? g_ascii_strdown (color, -1) : NULL;
  g_ptr_array_add (draft->verdicts, value);
  /* Translators: what Undo takes back */
  step = g_strdup_printf (_("Add verdict “%s”"), stripped);
  if (!commit (self, draft, step, error))
    return NULL;
  return g_strdup (value->id);
}

gboolean
kaynak_personal_codebook_update_verdict (KaynakPersonalCodebook    *self,
                                         const char                *id,
                                         const KaynakCodebookValue *changes,
                                         GError                   **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autofree char *step = NULL;
  KaynakCodebookValue *value;
  int i;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);

  if (!require_label (changes->label, error) || !(draft = begin (self, FALSE, id, &i, error)))
    return FALSE;
  value = value_copy (changes);
  g_free (value->id);
  value->id = g_strdup (id);
  g_strstrip (value->label);
  if (value->color != NULL)
    {
      char *lower = g_ascii_strdown (value->color, -1);

      g_free (value->color);
      value->color = lower;
    }
  value_free (g_ptr_array_index (draft->verdicts, i));
  g_ptr_array_index (draft->verdicts, i) = value;
  /* Translators: what Undo takes back */
  step = g_strdup_printf (_("Edit verdict “%s”"), value->label);
  return commit (self, draft, step, error);
}

/* The verdict @id as it is now, to change one thing of and give to
 * kaynak_personal_codebook_update_verdict() */
static KaynakCodebookValue *
dup_verdict (KaynakPersonalCodebook  *self,
             const char              *id,
             GError                 **error)
{
  const KaynakCodebookValue *value = kaynak_codebook_find_verdict (self->definitions, id);

  if (value == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("Your codebook has no verdict with the id “%s”."), id);
      return NULL;
    }
  return value_copy (value);
}

static gboolean
update_one (KaynakPersonalCodebook  *self,
            const char              *id,
            KaynakCodebookValue     *changes,
            GError                 **error)
{
  gboolean done = kaynak_personal_codebook_update_verdict (self, id, changes, error);

  value_free (changes);
  return done;
}

gboolean
kaynak_personal_codebook_rename_verdict (KaynakPersonalCodebook  *self,
                                         const char              *id,
                                         const char              *label,
                                         GError                 **error)
{
  KaynakCodebookValue *changes;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  if (!(changes = dup_verdict (self, id, error)))
    return FALSE;
  g_free (changes->label);
  changes->label = g_strdup (label != NULL ? label : "");
  return update_one (self, id, changes, error);
}

gboolean
kaynak_personal_codebook_describe_verdict (KaynakPersonalCodebook  *self,
                                           const char              *id,
                                           const char              *description,
                                           GError                 **error)
{
  KaynakCodebookValue *changes;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  if (!(changes = dup_verdict (self, id, error)))
    return FALSE;
  g_free (changes->description);
  changes->description = dup_stripped (description);
  return update_one (self, id, changes, error);
}

gboolean
kaynak_personal_codebook_recolor_verdict (KaynakPersonalCodebook  *self,
                                          const char              *id,
                                          const char              *color,
                                          GError                 **error)
{
  KaynakCodebookValue *changes;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  if (!(changes = dup_verdict (self, id, error)))
    return FALSE;
  g_free (changes->color);
  changes->color = g_strdup (color);
  return update_one (self, id, changes, error);
}

gboolean
kaynak_personal_codebook_set_verdict_rating (KaynakPersonalCodebook  *self,
                                             const char              *id,
                                             gboolean                 has_rating,
                                             double                   rating,
                                             GError                 **error)
{
  KaynakCodebookValue *changes;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  if (!(changes = dup_verdict (self, id, error)))
    return FALSE;
  changes->has_rating = has_rating;
  changes->rating = has_rating ? rating : 0;
  return update_one (self, id, changes, error);
}

/* @array's element @from moved to @to */
static void
move_element (GPtrArray *array,
              guint      from,
              guint      to)
{
  gpointer element = g_ptr_array_steal_index (array, from);

  g_ptr_array_insert (array, (int) MIN (to, array->len), element);
}

static gboolean
move (KaynakPersonalCodebook  *self,
      gboolean                 fields,
      const char              *id,
      guint                    position,
      GError                 **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autofree char *step = NULL;
  GPtrArray *array;
  int i;

  if (!(draft = begin (self, fields, id, &i, error)))
    return FALSE;
  array = fields ? draft->fields : draft->verdicts;
  if (position >= array->len)
    position = array->len - 1;
  if ((guint) i == position)
    return TRUE;
  move_element (array, (guint) i, position);
  step = fields
    /* Translators: what Undo takes back */
    ? g_strdup_printf (_("Move field “%s”"),
                       ((KaynakCodebookField *) g_ptr_array_index (array, position))->label)
    /* Translators: what Undo takes back */
    : g_strdup_printf (_("Move verdict “%s”"),
                       ((KaynakCodebookValue *) g_ptr_array_index (array, position))->label);
  return commit (self, draft, step, error);
}

gboolean
kaynak_personal_codebook_move_verdict (KaynakPersonalCodebook  *self,
                                       const char              *id,
                                       guint                    position,
                                       GError                 **error)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  return move (self, FALSE, id, position, error);
}

gboolean
kaynak_personal_codebook_remove_verdict (KaynakPersonalCodebook  *self,
                                         const char              *id,
                                         GError                 **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autofree char *step = NULL;
  int i;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);

  if (!(draft = begin (self, FALSE, id, &i, error)))
    return FALSE;
  /* Translators: what Undo takes back */
  step = g_strdup_printf (_("Remove verdict “%s”"),
                          ((KaynakCodebookValue *) g_ptr_array_index (draft->verdicts, i))->label);
  g_ptr_array_remove_index (draft->verdicts, (guint) i);
  return commit (self, draft, step, error);
}

gboolean
kaynak_personal_codebook_set_rating_range (KaynakPersonalCodebook  *self,
                                           gboolean                 has_range,
                                           double                   best,
                                           double                   worst,
                                           GError                 **error)
{
  g_autoptr(Draft) draft = NULL;
  int unused;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);

  if (!(draft = begin (self, FALSE, NULL, &unused, error)))
    return FALSE;
  if (has_range && best == worst)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The best and the worst rating must be different numbers."));
      return FALSE;
    }
  draft->has_rating = has_range;
  draft->best = has_range ? best : 0;
  draft->worst = has_range ? worst : 0;
  /* Ratings without a scale mean nothing, and the reader refuses them */
  for (guint i = 0; !has_range && i < draft->verdicts->len; i++)
    ((KaynakCodebookValue *) g_ptr_array_index (draft->verdicts, i))->has_rating = FALSE;
  return commit (self, draft,
                 has_range ? _("Change the rating scale") : _("Remove the rating scale"),
                 error);
}

/* --- Fields -------------------------------------------------------------------- */

/* @field as the draft's field at @index (-1: a new one at the end), ids of
 * the field and of new choices made; the draft's field (transfer none) */
static KaynakCodebookField *
put_field (Draft                     *draft,
           int                        index,
           const KaynakCodebookField *field,
           GError                   **error)
{
  KaynakCodebookField *copy;

  if (!require_label (field->label, error))
    return NULL;
  copy = kaynak_codebook_field_copy (field);
  g_strstrip (copy->label);
  g_free (copy->description);
  copy->description = dup_stripped (field->description);
  if (!is_choice_type (copy->type))
    g_ptr_array_set_size (copy->choices, 0);
  if (copy->type != KAYNAK_FIELD_NUMBER)
    copy->has_min = copy->has_max = FALSE;
  for (guint j = 0; j < copy->choices->len; j++)
    if (!require_label (((KaynakCodebookValue *) g_ptr_array_index (copy->choices, j))->label,
                        error))
      {
        kaynak_codebook_field_free (copy);
        return NULL;
      }

  /* Choices that have an id first, so that a new one never takes it */
  for (guint j = 0; j < copy->choices->len; j++)
    {
      KaynakCodebookValue *choice = g_ptr_array_index (copy->choices, j);

      g_strstrip (choice->label);
      if (choice->id[0] == '\0')
        {
          g_autofree char *slug = kaynak_source_slug_for_label (choice->label);
          char *id = g_strdup (slug);

          for (guint n = 2; has_id (copy->choices, FALSE, id); n++)
            {
              g_free (id);
              id = g_strdup_printf ("%s-%u", slug, n);
            }
          g_free (choice->id);
          choice->id = id;
        }
    }

  g_free (copy->id);
  if (index < 0)
    {
      copy->id = make_id (draft->fields, TRUE, copy->label);
      g_ptr_array_add (draft->fields, copy);
    }
  else
    {
      KaynakCodebookField *old = g_ptr_array_index (draft->fields, index);

      copy->id = g_strdup (old->id);
      kaynak_codebook_field_free (old);
      g_ptr_array_index (draft->fields, index) = copy;
    }
  return copy;
}

gboolean
kaynak_personal_codebook_check_field (KaynakPersonalCodebook     *self,
                                      const char                 *id,
                                      const KaynakCodebookField  *field,
                                      GError                    **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autoptr(KaynakCodebook) codebook = NULL;
  int i = -1;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  if (!(draft = begin (self, TRUE, id, &i, error)) ||
      !put_field (draft, i, field, error))
    return FALSE;
  codebook = check_draft (self, draft, NULL, error);
  return codebook != NULL;
}

gboolean
kaynak_personal_codebook_set_field (KaynakPersonalCodebook     *self,
                                    const char                 *id,
                                    const KaynakCodebookField  *field,
                                    char                      **new_id,
                                    GError                    **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autofree char *step = NULL;
  KaynakCodebookField *put;
  int i = -1;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  if (!(draft = begin (self, TRUE, id, &i, error)) ||
      !(put = put_field (draft, i, field, error)))
    return FALSE;
  step = id == NULL
    /* Translators: what Undo takes back */
    ? g_strdup_printf (_("Add field “%s”"), put->label)
    /* Translators: what Undo takes back */
    : g_strdup_printf (_("Edit field “%s”"), put->label);
  if (new_id != NULL)
    *new_id = g_strdup (put->id);
  if (!commit (self, draft, step, error))
    {
      if (new_id != NULL)
        g_clear_pointer (new_id, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
kaynak_personal_codebook_move_field (KaynakPersonalCodebook  *self,
                                     const char              *id,
                                     guint                    position,
                                     GError                 **error)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  return move (self, TRUE, id, position, error);
}

gboolean
kaynak_personal_codebook_remove_field (KaynakPersonalCodebook  *self,
                                       const char              *id,
                                       GError                 **error)
{
  g_autoptr(Draft) draft = NULL;
  g_autofree char *step = NULL;
  int i;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);

  if (!(draft = begin (self, TRUE, id, &i, error)))
    return FALSE;
  /* Translators: what Undo takes back */
  step = g_strdup_printf (_("Remove field “%s”"),
                          ((KaynakCodebookField *) g_ptr_array_index (draft->fields, i))->label);
  g_ptr_array_remove_index (draft->fields, (guint) i);
  return commit (self, draft, step, error);
}

/* --- Undo ------------------------------------------------------------------------ */

gboolean
kaynak_personal_codebook_can_undo (KaynakPersonalCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);
  return self->undo->len > 0;
}

const char *
kaynak_personal_codebook_get_undo_label (KaynakPersonalCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  return ((UndoStep *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

gboolean
kaynak_personal_codebook_undo (KaynakPersonalCodebook  *self,
                               GError                 **error)
{
  UndoStep *step;
  g_autoptr(KaynakCodebook) codebook = NULL;

  g_return_val_if_fail (KAYNAK_IS_PERSONAL_CODEBOOK (self), FALSE);

  if (!refuse_if_unread (self, error))
    return FALSE;
  if (self->undo->len == 0)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("There is nothing to undo in your codebook."));
      return FALSE;
    }
  step = g_ptr_array_index (self->undo, self->undo->len - 1);
  /* It was read back once already: this cannot fail but a full disk */
  codebook = kaynak_codebook_new_from_bytes (step->bytes, error);
  if (codebook == NULL || !save_bytes (self, step->bytes, error))
    return FALSE;
  g_set_object (&self->definitions, codebook);
  g_ptr_array_remove_index (self->undo, self->undo->len - 1);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
