/* kaynak-source.c: a source, the palette of source colours and the default
 * scheme new documents start with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-source.h"

struct _KaynakSource
{
  GObject           parent_instance;
  char             *id;
  char             *label;
  char             *color;
  char            **aliases;
  char             *description;
  guint             shortcut;
  KaynakSourceKind  kind;
};

G_DEFINE_FINAL_TYPE (KaynakSource, kaynak_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_COLOR,
  PROP_SHORTCUT,
  PROP_KIND,
  PROP_ALIASES,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GNOME's palette (HIG), mid tones: they stay legible as a translucent
 * background on both the light and the dark style. */
static const char * const palette[] = {
  "#3584e4", /* blue */
  "#e66100", /* orange */
  "#2ec27e", /* green */
  "#c061cb", /* purple */
  "#e5a50a", /* yellow */
  "#e01b24", /* red */
  "#1c71d8", /* dark blue */
  "#865e3c", /* brown */
  "#26a269", /* dark green */
  "#9141ac", /* dark purple */
  "#f66151", /* light red */
  "#62a0ea", /* light blue */
};

const char *
kaynak_source_palette_color (guint n)
{
  return palette[n % G_N_ELEMENTS (palette)];
}

gboolean
kaynak_color_is_valid (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;

  return TRUE;
}

static void
kaynak_source_finalize (GObject *object)
{
  KaynakSource *self = (KaynakSource *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (kaynak_source_parent_class)->finalize (object);
}

static void
kaynak_source_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KaynakSource *self = KAYNAK_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_SHORTCUT:
      g_value_set_uint (value, self->shortcut);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_source_class_init (KaynakSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kaynak_source_finalize;
  object_class->get_property = kaynak_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORTCUT] =
    g_param_spec_uint ("shortcut", NULL, NULL, 0, 9, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       KAYNAK_TYPE_SOURCE_KIND, KAYNAK_SOURCE_KIND_NAMED,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kaynak_source_init (KaynakSource *self)
{
  self->label = g_strdup ("");
  self->color = g_strdup (palette[0]);
  self->aliases = g_new0 (char *, 1);
  self->description = g_strdup ("");
}

KaynakSource *
kaynak_source_new (const char       *id,
                   const char       *label,
                   const char       *color,
                   guint             shortcut,
                   KaynakSourceKind  kind)
{
  KaynakSource *self = g_object_new (KAYNAK_TYPE_SOURCE, NULL);

  self->id = id ? g_strdup (id) : g_uuid_string_random ();
  g_free (self->label);
  self->label = g_strdup (label ? label : "");
  if (color != NULL)
    {
      g_free (self->color);
      self->color = g_strdup (color);
    }
  self->shortcut = shortcut <= 9 ? shortcut : 0;
  self->kind = kind;

  return self;
}

KaynakSource *
kaynak_source_copy (KaynakSource *self)
{
  KaynakSource *copy;

  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);

  copy = kaynak_source_new (self->id, NULL, NULL, 0, 0);
  kaynak_source_assign (copy, self);
  return copy;
}

const char *
kaynak_source_get_id (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return self->id;
}

const char *
kaynak_source_get_label (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return self->label;
}

const char *
kaynak_source_get_color (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return self->color;
}

guint
kaynak_source_get_shortcut (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), 0);
  return self->shortcut;
}

KaynakSourceKind
kaynak_source_get_kind (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), 0);
  return self->kind;
}

const char * const *
kaynak_source_get_aliases (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return (const char * const *)self->aliases;
}

const char *
kaynak_source_get_description (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return self->description;
}

static void
set_string (KaynakSource  *self,
            char         **field,
            const char    *value,
            guint          prop)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
kaynak_source_set_label (KaynakSource *self,
                         const char   *label)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));
  set_string (self, &self->label, label, PROP_LABEL);
}

void
kaynak_source_set_color (KaynakSource *self,
                         const char   *color)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));
  set_string (self, &self->color, color, PROP_COLOR);
}

void
kaynak_source_set_description (KaynakSource *self,
                               const char   *description)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));
  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

void
kaynak_source_set_shortcut (KaynakSource *self,
                            guint         shortcut)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));
  g_return_if_fail (shortcut <= 9);

  if (self->shortcut == shortcut)
    return;
  self->shortcut = shortcut;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORTCUT]);
}

void
kaynak_source_set_kind (KaynakSource     *self,
                        KaynakSourceKind  kind)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));
  g_return_if_fail ((guint) kind < KAYNAK_N_SOURCE_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
kaynak_source_set_aliases (KaynakSource       *self,
                           const char * const *aliases)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (KAYNAK_IS_SOURCE (self));

  if (aliases == NULL)
    aliases = empty;
  if (g_strv_equal ((const char * const *)self->aliases, aliases))
    return;
  g_strfreev (self->aliases);
  self->aliases = g_strdupv ((char **)aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

void
kaynak_source_assign (KaynakSource *self,
                      KaynakSource *from)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));
  g_return_if_fail (KAYNAK_IS_SOURCE (from));

  g_object_freeze_notify (G_OBJECT (self));
  kaynak_source_set_label (self, from->label);
  kaynak_source_set_color (self, from->color);
  kaynak_source_set_shortcut (self, from->shortcut);
  kaynak_source_set_kind (self, from->kind);
  kaynak_source_set_aliases (self, (const char * const *)from->aliases);
  kaynak_source_set_description (self, from->description);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
kaynak_source_equal (KaynakSource *a,
                     KaynakSource *b)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (a), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (b), FALSE);

  return g_str_equal (a->id, b->id) &&
         g_str_equal (a->label, b->label) &&
         g_ascii_strcasecmp (a->color, b->color) == 0 &&
         a->shortcut == b->shortcut &&
         a->kind == b->kind &&
         g_strv_equal ((const char * const *)a->aliases,
                       (const char * const *)b->aliases) &&
         g_str_equal (a->description, b->description);
}

GPtrArray *
kaynak_source_default_scheme (void)
{
  /* Generic roles rather than names: every article has its own actors,
   * which the user adds inline ("New source…"); these cover the ways a
   * claim can be sourced at all.  The ids are stable so that datasets made
   * from the default scheme line up across articles. */
  static const struct {
    const char       *id;
    const char       *label;
    KaynakSourceKind  kind;
    const char       *description;
  } defaults[] = {
    { "named-person", N_("Named person"), KAYNAK_SOURCE_KIND_NAMED,
      N_("A person quoted or paraphrased by name") },
    { "official", N_("Government or official"), KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT,
      N_("A statement by a government, ministry, spokesperson or institution") },
    { "anonymous", N_("Anonymous source"), KAYNAK_SOURCE_KIND_ANONYMOUS,
      N_("An unnamed official, insider or witness") },
    { "media", N_("Other media"), KAYNAK_SOURCE_KIND_NAMED,
      N_("Another outlet, agency or publication") },
    { "no-comment", N_("No comment or silence"), KAYNAK_SOURCE_KIND_NO_COMMENT,
      N_("A party that declined to comment or stayed silent") },
    { "unattributed", N_("Unattributed"), KAYNAK_SOURCE_KIND_UNATTRIBUTED,
      N_("The article states it without saying who says so") },
  };
  GPtrArray *scheme = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    {
      KaynakSource *source = kaynak_source_new (defaults[i].id,
                                                g_dgettext (GETTEXT_PACKAGE, defaults[i].label),
                                                kaynak_source_palette_color (i),
                                                i + 1,
                                                defaults[i].kind);
      kaynak_source_set_description (source, g_dgettext (GETTEXT_PACKAGE, defaults[i].description));
      g_ptr_array_add (scheme, source);
    }

  return scheme;
}
