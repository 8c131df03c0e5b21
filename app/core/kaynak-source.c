/* kaynak-source.c: a source, the palette of source colours and the default
 * scheme new documents start with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "kaynak-color.h"
#include "kaynak-source.h"
#include "kaynak-text-fold.h"

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
  /* members of the file Kaynak does not know, written back as they were */
  KaynakUnknown    *unknown;
  /* a codebook's field values (issue 19), NULL: none */
  KaynakFieldValues *fields;
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

/* Twelve colours chosen, by a search over hues, saturations and values,
 * so that painted as highlights (kaynak-color.h: translucent over the
 * view, in the light and the dark style) every two are at least
 * KAYNAK_PALETTE_MIN_DISTANCE apart in CIEDE2000, and each as far from
 * the text selection (the accent blue at 30 %), from the grey of a
 * claim without a source and from the page.  In the order kaynak_source_palette_pick()
 * takes them in a new document (each the farthest from those before it).
 * GNOME's own palette cannot do this: its blue
 * is the selection colour, and its mid tones fade into each other at
 * 30 %.  tests/test-color.c checks every pair in both styles. */
static const struct {
  const char *color;
  const char *name;
} palette[] = {
  { "#00a3cc", N_("Cerulean") },
  { "#f22440", N_("Crimson") },
  { "#a2f200", N_("Lime") },
  { "#0000f2", N_("Blue") },
  { "#804400", N_("Brown") },
  { "#a91fcc", N_("Purple") },
  { "#39804c", N_("Forest green") },
  { "#24f2c9", N_("Aquamarine") },
  { "#f24100", N_("Vermilion") },
  { "#cca300", N_("Mustard") },
  { "#262680", N_("Navy") },
  { "#00f241", N_("Green") },
};

guint
kaynak_source_palette_size (void)
{
  return G_N_ELEMENTS (palette);
}

const char *
kaynak_source_palette_color (guint n)
{
  return palette[n % G_N_ELEMENTS (palette)].color;
}

const char *
kaynak_source_palette_color_name (guint n)
{
  return g_dgettext (GETTEXT_PACKAGE, palette[n % G_N_ELEMENTS (palette)].name);
}

int
kaynak_source_palette_find (const char *color)
{
  for (guint i = 0; color != NULL && i < G_N_ELEMENTS (palette); i++)
    if (g_ascii_strcasecmp (palette[i].color, color) == 0)
      return (int) i;
  return -1;
}

const char *
kaynak_source_palette_pick (const char * const *used)
{
  guint best = 0;
  double best_distance = -1;

  /* The colour whose nearest colour in use is farthest away, so a new
   * source never looks like one already in the article; the first in
   * palette order wins a tie, so the same sources get the same colours */
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      double nearest = G_MAXDOUBLE;

      for (guint j = 0; used != NULL && used[j] != NULL; j++)
        nearest = MIN (nearest, kaynak_color_drawn_distance (palette[i].color, used[j]));
      if (nearest > best_distance)
        {
          best = i;
          best_distance = nearest;
        }
    }
  return palette[best].color;
}

/* Turkish letters as a Turkish reader spells them without diacritics;
 * g_str_to_ascii() does the other scripts' accents afterwards */
static const struct {
  const char *from;
  char        to;
} turkish[] = {
  { "ı", 'i' }, { "İ", 'i' }, { "ş", 's' }, { "Ş", 's' }, { "ğ", 'g' }, { "Ğ", 'g' },
  { "ü", 'u' }, { "Ü", 'u' }, { "ö", 'o' }, { "Ö", 'o' }, { "ç", 'c' }, { "Ç", 'c' },
};

#define SLUG_MAX_LENGTH 48

char *
kaynak_source_slug_for_label (const char *label)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autofree char *ascii = NULL;
  const char *p;

  if (label == NULL || !g_utf8_validate (label, -1, NULL))
    return g_strdup ("source");

  for (p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize len = g_utf8_next_char (p) - p;
      gboolean done = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (turkish) && !done; i++)
        if (strncmp (p, turkish[i].from, len) == 0 && turkish[i].from[len] == '\0')
          {
            g_string_append_c (plain, turkish[i].to);
            done = TRUE;
          }
      if (!done)
        g_string_append_len (plain, p, len);
    }

  ascii = g_str_to_ascii (plain->str, "C");
  for (p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (slug->len >= SLUG_MAX_LENGTH)
            break;
          g_string_append_c (slug, g_ascii_tolower (*p));
        }
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  if (slug->len == 0)
    return g_strdup ("source");
  return g_string_free (g_steal_pointer (&slug), FALSE);
}

int
kaynak_source_compare_for_tagging (KaynakSource *a,
                                   guint         uses_a,
                                   KaynakSource *b,
                                   guint         uses_b)
{
  guint ka = kaynak_source_get_shortcut (a);
  guint kb = kaynak_source_get_shortcut (b);

  /* Keys first, in the order a person reads the digits in */
  if (ka != 0 && kb != 0)
    return ka < kb ? -1 : (ka > kb ? 1 : 0);
  if (ka != 0)
    return -1;
  if (kb != 0)
    return 1;
  /* then the most used, which past nine keys are the likeliest next */
  if (uses_a != uses_b)
    return uses_a > uses_b ? -1 : 1;
  return 0;
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
  g_clear_pointer (&self->unknown, kaynak_unknown_unref);
  g_clear_pointer (&self->fields, kaynak_field_values_unref);

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
  self->color = g_strdup (palette[0].color);
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
  kaynak_source_set_unknown (self, from->unknown);
  kaynak_source_set_fields (self, from->fields);
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
         g_str_equal (a->description, b->description) &&
         kaynak_field_values_equal (a->fields, b->fields);
}

GPtrArray *
kaynak_source_default_scheme (void)
{
  /* A source is who speaks, and every article has its own: the user adds
   * them as they come ("New source…", the Sources dialog).  What every
   * article can have is a claim nobody is named for, so that is the one
   * source a new annotation starts with, on key 1 and with a stable id so
   * that datasets line up across articles. */
  GPtrArray *scheme = g_ptr_array_new_with_free_func (g_object_unref);
  KaynakSource *source = kaynak_source_new ("unattributed",
                                            g_dgettext (GETTEXT_PACKAGE, N_("Unattributed")),
                                            kaynak_source_palette_color (0),
                                            1,
                                            KAYNAK_SOURCE_KIND_UNATTRIBUTED);

  kaynak_source_set_description (source,
                                 g_dgettext (GETTEXT_PACKAGE,
                                             N_("The article states it without saying who says so")));
  g_ptr_array_add (scheme, source);
  return scheme;
}

/* --- Names --------------------------------------------------------------- */

gboolean
kaynak_source_has_folded_name (KaynakSource *source,
                               const char   *folded)
{
  const char * const *aliases;
  g_autofree char *label = NULL;

  g_return_val_if_fail (KAYNAK_IS_SOURCE (source), FALSE);
  g_return_val_if_fail (folded != NULL, FALSE);

  if (folded[0] == '\0')
    return FALSE;
  label = kaynak_text_fold (kaynak_source_get_label (source));
  if (g_str_equal (label, folded))
    return TRUE;
  aliases = kaynak_source_get_aliases (source);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      g_autofree char *alias = kaynak_text_fold (aliases[i]);

      if (g_str_equal (alias, folded))
        return TRUE;
    }
  return FALSE;
}

gboolean
kaynak_source_shares_name (KaynakSource *a,
                           KaynakSource *b)
{
  const char * const *aliases;
  g_autofree char *label = NULL;

  g_return_val_if_fail (KAYNAK_IS_SOURCE (a), FALSE);
  g_return_val_if_fail (KAYNAK_IS_SOURCE (b), FALSE);

  label = kaynak_text_fold (kaynak_source_get_label (a));
  if (kaynak_source_has_folded_name (b, label))
    return TRUE;
  aliases = kaynak_source_get_aliases (a);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      g_autofree char *alias = kaynak_text_fold (aliases[i]);

      if (kaynak_source_has_folded_name (b, alias))
        return TRUE;
    }
  return FALSE;
}

GStrv
kaynak_source_parse_aliases (const char *text,
                             const char *label)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  g_return_val_if_fail (text != NULL, NULL);

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = g_strstrip (parts[i]);
      gboolean again = name[0] == '\0' ||
                       (label != NULL && kaynak_text_fold_equal (name, label));

      for (guint k = 0; !again && k < seen->len; k++)
        again = kaynak_text_fold_equal (name, g_ptr_array_index (seen, k));
      if (again)
        continue;
      g_ptr_array_add (seen, name);
      g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

char *
kaynak_source_dup_aliases_text (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);

  return g_strjoinv (", ", (char **) kaynak_source_get_aliases (self));
}

KaynakUnknown *
kaynak_source_get_unknown (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return self->unknown;
}

void
kaynak_source_set_unknown (KaynakSource  *self,
                           KaynakUnknown *unknown)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));

  if (self->unknown == unknown)
    return;
  g_clear_pointer (&self->unknown, kaynak_unknown_unref);
  if (unknown != NULL)
    self->unknown = kaynak_unknown_ref (unknown);
}

/* --- A codebook's fields (issue 19) -------------------------------------- */

JsonNode *
kaynak_source_get_field (KaynakSource *self,
                         const char   *field_id)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return kaynak_field_values_lookup (self->fields, field_id);
}

KaynakFieldValues *
kaynak_source_get_fields (KaynakSource *self)
{
  g_return_val_if_fail (KAYNAK_IS_SOURCE (self), NULL);
  return self->fields;
}

void
kaynak_source_set_fields (KaynakSource      *self,
                          KaynakFieldValues *fields)
{
  g_return_if_fail (KAYNAK_IS_SOURCE (self));

  if (self->fields == fields)
    return;
  g_clear_pointer (&self->fields, kaynak_field_values_unref);
  self->fields = kaynak_field_values_ref (fields);
}

void
kaynak_source_set_field (KaynakSource *self,
                         const char   *field_id,
                         JsonNode     *value)
{
  g_autoptr(KaynakFieldValues) fields = NULL;

  g_return_if_fail (KAYNAK_IS_SOURCE (self));
  g_return_if_fail (field_id != NULL);

  fields = kaynak_field_values_with (self->fields, field_id, value);
  kaynak_source_set_fields (self, fields);
}
