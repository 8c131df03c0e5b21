/* kaynak-rejection.c: a rejected suggestion (see kaynak-rejection.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-rejection.h"

struct _KaynakRejection
{
  GObject parent_instance;
  guint   start, end;
  char   *quote;
  char   *prefix, *suffix;
  char   *id;
};

G_DEFINE_FINAL_TYPE (KaynakRejection, kaynak_rejection, G_TYPE_OBJECT)

static void
kaynak_rejection_finalize (GObject *object)
{
  KaynakRejection *self = KAYNAK_REJECTION (object);

  g_free (self->quote);
  g_free (self->prefix);
  g_free (self->suffix);
  g_free (self->id);
  G_OBJECT_CLASS (kaynak_rejection_parent_class)->finalize (object);
}

static void
kaynak_rejection_class_init (KaynakRejectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_rejection_finalize;
}

static void
kaynak_rejection_init (KaynakRejection *self)
{
}

KaynakRejection *
kaynak_rejection_new (guint       start,
                      guint       end,
                      const char *quote,
                      const char *prefix,
                      const char *suffix)
{
  KaynakRejection *self;

  g_return_val_if_fail (start < end, NULL);

  self = g_object_new (KAYNAK_TYPE_REJECTION, NULL);
  self->start = start;
  self->end = end;
  self->quote = g_strdup (quote != NULL ? quote : "");
  self->prefix = g_strdup (prefix != NULL ? prefix : "");
  self->suffix = g_strdup (suffix != NULL ? suffix : "");
  self->id = g_strdup_printf ("%u-%u", start, end);
  return self;
}

guint
kaynak_rejection_get_start (KaynakRejection *self)
{
  g_return_val_if_fail (KAYNAK_IS_REJECTION (self), 0);
  return self->start;
}

guint
kaynak_rejection_get_end (KaynakRejection *self)
{
  g_return_val_if_fail (KAYNAK_IS_REJECTION (self), 0);
  return self->end;
}

const char *
kaynak_rejection_get_quote (KaynakRejection *self)
{
  g_return_val_if_fail (KAYNAK_IS_REJECTION (self), NULL);
  return self->quote;
}

const char *
kaynak_rejection_get_id (KaynakRejection *self)
{
  g_return_val_if_fail (KAYNAK_IS_REJECTION (self), NULL);
  return self->id;
}

const char *
kaynak_rejection_get_prefix (KaynakRejection *self)
{
  g_return_val_if_fail (KAYNAK_IS_REJECTION (self), NULL);
  return self->prefix;
}

const char *
kaynak_rejection_get_suffix (KaynakRejection *self)
{
  g_return_val_if_fail (KAYNAK_IS_REJECTION (self), NULL);
  return self->suffix;
}
