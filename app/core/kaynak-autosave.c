/* kaynak-autosave.c: drafts a moment after each change (see
 * kaynak-autosave.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-autosave.h"

struct _KaynakAutosave
{
  GObject         parent_instance;

  KaynakDocument *document;
  KaynakDrafts   *drafts;
  char           *draft_id;
  guint           delay_ms;

  guint           timeout_id;
  /* a draft is being written on a worker (kaynak-background-write.h);
   * what came up meanwhile waits for it: another draft (again), or the
   * draft's removal (discard_after), which must not be undone by the
   * write landing after it */
  gboolean        writing;
  gboolean        again;
  gboolean        discard_after;
  /* set after a failure was signalled, cleared by the next success: the
   * user hears about a full disk once, not at every change */
  gboolean        failing;
};

G_DEFINE_FINAL_TYPE (KaynakAutosave, kaynak_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_DRAFTS,
  PROP_DRAFT_ID,
  PROP_DELAY,
  PROP_PENDING,
  PROP_WRITING,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  SIGNAL_ERROR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
report_error (KaynakAutosave *self,
              const GError   *error)
{
  if (self->failing)
    return;

  self->failing = TRUE;
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, error);
}

static void
cancel_pending (KaynakAutosave *self)
{
  if (self->timeout_id == 0)
    return;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void discard_draft (KaynakAutosave *self);
static void start_draft   (KaynakAutosave *self);

static void
set_writing (KaynakAutosave *self,
             gboolean        writing)
{
  self->writing = writing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITING]);
}

static void
on_draft_written (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KaynakAutosave) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!kaynak_drafts_save_finish (self->drafts, result, &error))
    report_error (self, error);
  else
    {
      self->failing = FALSE;
      g_signal_emit (self, signals[SIGNAL_SAVED], 0);
    }

  set_writing (self, FALSE);

  if (self->discard_after)
    {
      self->discard_after = FALSE;
      self->again = FALSE;
      discard_draft (self);
    }
  else if (self->again)
    {
      self->again = FALSE;
      start_draft (self);
    }
}

/* A draft of the document as it is now, written on a worker: the main
 * thread only takes the snapshot */
static void
start_draft (KaynakAutosave *self)
{
  if (self->document == NULL || !kaynak_document_get_modified (self->document))
    return;

  if (self->writing)
    {
      self->again = TRUE;
      return;
    }

  set_writing (self, TRUE);
  kaynak_drafts_save_async (self->drafts, self->draft_id, self->document,
                            on_draft_written, g_object_ref (self));
}

/* Until the draft being written is in place and its callback has run */
static void
wait_for_writing (KaynakAutosave *self)
{
  while (self->writing)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
kaynak_autosave_flush (KaynakAutosave  *self,
                       GError         **error)
{
  g_return_val_if_fail (KAYNAK_IS_AUTOSAVE (self), FALSE);

  cancel_pending (self);
  /* The draft written now must not be replaced by an older one landing
   * after it */
  self->again = FALSE;
  wait_for_writing (self);

  /* Nothing unsaved: the file on disk is the work, no draft needed */
  if (!kaynak_document_get_modified (self->document))
    return TRUE;

  if (!kaynak_drafts_save (self->drafts, self->draft_id, self->document, error))
    return FALSE;

  self->failing = FALSE;
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);

  return TRUE;
}

static gboolean
on_timeout (gpointer data)
{
  KaynakAutosave *self = data;

  /* the source ends here; flush must not remove it again */
  self->timeout_id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);

  start_draft (self);

  return G_SOURCE_REMOVE;
}

static void
schedule (KaynakAutosave *self)
{
  gboolean was_pending = self->timeout_id != 0;

  /* Quiet time counts from the last change: restart the clock */
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (self->delay_ms, on_timeout, self);
  g_source_set_name_by_id (self->timeout_id, "[kaynak] autosave draft");

  if (!was_pending)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void
on_document_changed (KaynakAutosave *self)
{
  if (kaynak_document_get_modified (self->document))
    schedule (self);
}

static void
discard_draft (KaynakAutosave *self)
{
  g_autoptr(GError) error = NULL;

  cancel_pending (self);
  self->again = FALSE;

  /* Removed once the draft being written is in place, or it would come
   * back */
  if (self->writing)
    {
      self->discard_after = TRUE;
      return;
    }

  if (!kaynak_drafts_discard (self->drafts, self->draft_id, &error))
    report_error (self, error);
}

static void
on_document_notify_modified (KaynakAutosave *self)
{
  /* Saved (or undone back to what the file holds): the draft is no longer
   * the only copy of anything */
  if (!kaynak_document_get_modified (self->document))
    discard_draft (self);
}

void
kaynak_autosave_discard (KaynakAutosave *self)
{
  g_return_if_fail (KAYNAK_IS_AUTOSAVE (self));

  discard_draft (self);
}

/* --- Properties ---------------------------------------------------------- */

KaynakDocument *
kaynak_autosave_get_document (KaynakAutosave *self)
{
  g_return_val_if_fail (KAYNAK_IS_AUTOSAVE (self), NULL);

  return self->document;
}

KaynakDrafts *
kaynak_autosave_get_drafts (KaynakAutosave *self)
{
  g_return_val_if_fail (KAYNAK_IS_AUTOSAVE (self), NULL);

  return self->drafts;
}

const char *
kaynak_autosave_get_draft_id (KaynakAutosave *self)
{
  g_return_val_if_fail (KAYNAK_IS_AUTOSAVE (self), NULL);

  return self->draft_id;
}

guint
kaynak_autosave_get_delay (KaynakAutosave *self)
{
  g_return_val_if_fail (KAYNAK_IS_AUTOSAVE (self), 0);

  return self->delay_ms;
}

void
kaynak_autosave_set_delay (KaynakAutosave *self,
                           guint           delay_ms)
{
  g_return_if_fail (KAYNAK_IS_AUTOSAVE (self));

  if (self->delay_ms == delay_ms)
    return;

  self->delay_ms = delay_ms;
  /* A save already waiting waits the new delay from now */
  if (self->timeout_id != 0)
    schedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELAY]);
}

gboolean
kaynak_autosave_get_writing (KaynakAutosave *self)
{
  g_return_val_if_fail (KAYNAK_IS_AUTOSAVE (self), FALSE);

  return self->writing;
}

gboolean
kaynak_autosave_get_pending (KaynakAutosave *self)
{
  g_return_val_if_fail (KAYNAK_IS_AUTOSAVE (self), FALSE);

  return self->timeout_id != 0;
}

/* --- GObject ------------------------------------------------------------- */

static void
kaynak_autosave_constructed (GObject *object)
{
  KaynakAutosave *self = KAYNAK_AUTOSAVE (object);

  G_OBJECT_CLASS (kaynak_autosave_parent_class)->constructed (object);

  g_return_if_fail (KAYNAK_IS_DOCUMENT (self->document));
  g_return_if_fail (KAYNAK_IS_DRAFTS (self->drafts));

  if (self->draft_id == NULL || !kaynak_drafts_id_is_valid (self->draft_id))
    {
      g_free (self->draft_id);
      self->draft_id = kaynak_drafts_new_id ();
    }

  g_signal_connect_object (self->document, "changed",
                           G_CALLBACK (on_document_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::modified",
                           G_CALLBACK (on_document_notify_modified), self, G_CONNECT_SWAPPED);
}

static void
kaynak_autosave_dispose (GObject *object)
{
  KaynakAutosave *self = KAYNAK_AUTOSAVE (object);

  /* Nothing is written or deleted here: a draft left behind is exactly
   * what recovery needs when the program goes away without a word. */
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (kaynak_autosave_parent_class)->dispose (object);
}

static void
kaynak_autosave_finalize (GObject *object)
{
  KaynakAutosave *self = KAYNAK_AUTOSAVE (object);

  g_free (self->draft_id);

  G_OBJECT_CLASS (kaynak_autosave_parent_class)->finalize (object);
}

static void
kaynak_autosave_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KaynakAutosave *self = KAYNAK_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_DRAFTS:
      g_value_set_object (value, self->drafts);
      break;
    case PROP_DRAFT_ID:
      g_value_set_string (value, self->draft_id);
      break;
    case PROP_DELAY:
      g_value_set_uint (value, self->delay_ms);
      break;
    case PROP_PENDING:
      g_value_set_boolean (value, self->timeout_id != 0);
      break;
    case PROP_WRITING:
      g_value_set_boolean (value, self->writing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_autosave_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KaynakAutosave *self = KAYNAK_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_DRAFTS:
      self->drafts = g_value_dup_object (value);
      break;
    case PROP_DRAFT_ID:
      g_free (self->draft_id);
      self->draft_id = g_value_dup_string (value);
      break;
    case PROP_DELAY:
      kaynak_autosave_set_delay (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_autosave_class_init (KaynakAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kaynak_autosave_constructed;
  object_class->dispose = kaynak_autosave_dispose;
  object_class->finalize = kaynak_autosave_finalize;
  object_class->get_property = kaynak_autosave_get_property;
  object_class->set_property = kaynak_autosave_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KAYNAK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRAFTS] =
    g_param_spec_object ("drafts", NULL, NULL, KAYNAK_TYPE_DRAFTS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRAFT_ID] =
    g_param_spec_string ("draft-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELAY] =
    g_param_spec_uint ("delay", NULL, NULL, 0, G_MAXUINT, KAYNAK_AUTOSAVE_DEFAULT_DELAY_MS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);
  properties[PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITING] =
    g_param_spec_boolean ("writing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
kaynak_autosave_init (KaynakAutosave *self)
{
  self->delay_ms = KAYNAK_AUTOSAVE_DEFAULT_DELAY_MS;
}

KaynakAutosave *
kaynak_autosave_new (KaynakDocument *document,
                     KaynakDrafts   *drafts,
                     const char     *draft_id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (KAYNAK_IS_DRAFTS (drafts), NULL);

  return g_object_new (KAYNAK_TYPE_AUTOSAVE,
                       "document", document,
                       "drafts", drafts,
                       "draft-id", draft_id,
                       NULL);
}
