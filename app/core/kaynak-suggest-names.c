/* kaynak-suggest-names.c: finding who is named in the text: the names of
 * the document's sources, of the library's and the rules' built-in list,
 * matched token by token with Turkish suffixes set aside ("Beyaz
 * Saray’dan", "Kremlin'in", "ABD de").
 *
 * The names are indexed by their first folded word, so matching at a
 * token costs a hash look-up and the few names that start with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-suggest-private.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-tokenizer.h"

typedef struct
{
  char            **words;   /* folded */
  guint             n_words;
  char             *label;
  char             *id;
  KaynakSourceKind  kind;
  guint             rank;    /* 0 document, 1 library, 2 built-in */
} Name;

struct _KaynakSuggestNames
{
  KaynakSuggestRules *rules;
  GHashTable         *by_first;  /* first word → GPtrArray of Name */
  GHashTable         *by_last;   /* last word of a name of several → Name (document, library) */
  GPtrArray          *all;
};

static void
name_free (gpointer data)
{
  Name *name = data;

  g_strfreev (name->words);
  g_free (name->label);
  g_free (name->id);
  g_free (name);
}

void
kaynak_suggest_name_clear (KaynakSuggestName *name)
{
  g_clear_pointer (&name->label, g_free);
  g_clear_pointer (&name->id, g_free);
}

/* @text as folded words the way the article's tokens are */
static char **
fold_words (const char *text)
{
  g_autofree gunichar *ucs = NULL;
  glong length = 0;
  g_autoptr(GArray) tokens = NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  char **words;

  ucs = g_utf8_to_ucs4_fast (text, -1, &length);
  tokens = kaynak_tokenize (ucs, 0, length);
  for (guint i = 0; i < tokens->len; i++)
    {
      KaynakSpan span = g_array_index (tokens, KaynakSpan, i);
      g_autofree char *utf8 = g_ucs4_to_utf8 (ucs + span.start, span.end - span.start,
                                              NULL, NULL, NULL);
      g_autofree char *folded = utf8 != NULL ? kaynak_text_fold (utf8) : NULL;

      if (folded != NULL && *folded != '\0')
        g_strv_builder_add (builder, folded);
    }
  words = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return words;
}

static void
add_name (KaynakSuggestNames *self,
          const char         *text,
          const char         *label,
          const char         *id,
          KaynakSourceKind    kind,
          guint               rank)
{
  char **words = fold_words (text);
  GPtrArray *list;
  Name *name;

  if (words[0] == NULL)
    {
      g_strfreev (words);
      return;
    }
  name = g_new0 (Name, 1);
  name->words = words;
  name->n_words = g_strv_length (words);
  name->label = g_strdup (label);
  name->id = g_strdup (id);
  name->kind = kind;
  name->rank = rank;
  g_ptr_array_add (self->all, name);

  /* "Fidan" for the document's "Hakan Fidan": the first name of that
   * surname wins */
  if (rank < 2 && name->n_words > 1 &&
      !g_hash_table_contains (self->by_last, words[name->n_words - 1]))
    g_hash_table_insert (self->by_last, g_strdup (words[name->n_words - 1]), name);

  list = g_hash_table_lookup (self->by_first, words[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (self->by_first, g_strdup (words[0]), list);
    }
  g_ptr_array_add (list, name);
}

static void
add_source (KaynakSuggestNames *self,
            KaynakSource       *source,
            guint               rank)
{
  const char *label = kaynak_source_get_label (source);
  const char * const *aliases = kaynak_source_get_aliases (source);
  const char *id = kaynak_source_get_id (source);
  KaynakSourceKind kind = kaynak_source_get_kind (source);

  /* "Unattributed" is what a claim has when no one is named: it is never
   * found in the text */
  if (kind == KAYNAK_SOURCE_KIND_UNATTRIBUTED)
    return;
  add_name (self, label, label, id, kind, rank);
  for (guint i = 0; aliases[i] != NULL; i++)
    add_name (self, aliases[i], label, id, kind, rank);
}

KaynakSuggestNames *
kaynak_suggest_names_new (KaynakSuggestRules  *rules,
                          KaynakDocument      *document,
                          KaynakSourceLibrary *library)
{
  KaynakSuggestNames *self = g_new0 (KaynakSuggestNames, 1);
  GListModel *sources = kaynak_document_get_sources (document);

  self->rules = rules;
  self->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  self->all = g_ptr_array_new_with_free_func (name_free);
  self->by_last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      add_source (self, source, 0);
    }
  if (library != NULL)
    {
      GListModel *library_sources = kaynak_source_library_get_sources (library);

      for (guint i = 0; i < g_list_model_get_n_items (library_sources); i++)
        {
          g_autoptr(KaynakSource) source = g_list_model_get_item (library_sources, i);
          add_source (self, source, 1);
        }
    }
  for (guint i = 0; i < rules->sources->len; i++)
    {
      KaynakRuleSource *source = g_ptr_array_index (rules->sources, i);

      for (guint j = 0; source->names[j] != NULL; j++)
        add_name (self, source->names[j], source->label, NULL, source->kind, 2);
    }
  return self;
}

void
kaynak_suggest_names_free (KaynakSuggestNames *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_first);
  g_hash_table_unref (self->by_last);
  g_ptr_array_unref (self->all);
  g_free (self);
}

/* Whether the ending after @stem bytes of @fold is the
 * possessive -sI of a compound noun ("yetkili-si", "Banka-sı"), or the
 * -I of a plural possessive ("kaynak-lar-ı"), or the I of -lI
 * ("yetkili"): part of the noun, not a
 * case to take off */
static gboolean
possessive (const char *fold,
            gsize       stem)
{
  const char *suffix = fold + stem;

  if (!(g_str_equal (suffix, "ı") || g_str_equal (suffix, "i") ||
        g_str_equal (suffix, "u") || g_str_equal (suffix, "ü")))
    return FALSE;
  /* and the -lI of "yetki-li", "ABD’li": a word of its own */
  return (stem >= 1 && (fold[stem - 1] == 's' || fold[stem - 1] == 'l')) ||
         (stem >= 3 && (memcmp (fold + stem - 3, "lar", 3) == 0 || memcmp (fold + stem - 3, "ler", 3) == 0));
}

char *
kaynak_suggest_strip_suffix (KaynakSuggestRules *rules,
                             const char         *fold)
{
  GPtrArray *suffixes = rules->phrases[KAYNAK_RULE_SUFFIX];
  gsize length = strlen (fold);
  gsize best = 0;

  /* the longest suffix that leaves at least two letters */
  for (guint i = 0; i < suffixes->len; i++)
    {
      KaynakRulePhrase *phrase = g_ptr_array_index (suffixes, i);
      const char *suffix = phrase->words[0];
      gsize n = strlen (suffix);

      if (n > best && length >= n + 2 && memcmp (fold + length - n, suffix, n) == 0 &&
          g_utf8_strlen (fold, length - n) >= 2 && !possessive (fold, length - n))
        best = n;
    }
  return best > 0 ? g_strndup (fold, length - best) : NULL;
}

/* Whether the article's token @token is the name's word @word: as it
 * stands, without what follows an apostrophe, or (the last word only)
 * without a suffix of the rules */
static gboolean
token_is (KaynakSuggestNames       *self,
          const KaynakSuggestToken *token,
          const char               *word,
          gboolean                  last)
{
  if (g_str_equal (token->fold, word) || g_str_equal (token->stem, word))
    return TRUE;
  if (last && !token->apostrophe && g_str_has_prefix (token->fold, word))
    {
      GPtrArray *suffixes = self->rules->phrases[KAYNAK_RULE_SUFFIX];
      const char *rest = token->fold + strlen (word);

      /* any suffix, not only the longest: "kremlin-in", not "kremli-nin" */
      for (guint i = 0; i < suffixes->len; i++)
        if (g_str_equal (rest, ((KaynakRulePhrase *) g_ptr_array_index (suffixes, i))->words[0]))
          return TRUE;
    }
  return FALSE;
}

static gboolean
try_list (KaynakSuggestNames       *self,
          GPtrArray                *list,
          const KaynakSuggestToken *tokens,
          guint                     i,
          guint                     limit,
          Name                    **best)
{
  for (guint k = 0; list != NULL && k < list->len; k++)
    {
      Name *name = g_ptr_array_index (list, k);
      gboolean ok = i + name->n_words <= limit;

      for (guint j = 0; ok && j < name->n_words; j++)
        ok = token_is (self, &tokens[i + j], name->words[j], j + 1 == name->n_words);
      if (ok && (*best == NULL || name->n_words > (*best)->n_words ||
                 (name->n_words == (*best)->n_words && name->rank < (*best)->rank)))
        *best = name;
    }
  return *best != NULL;
}

gboolean
kaynak_suggest_names_match (KaynakSuggestNames       *self,
                            const KaynakSuggestToken *tokens,
                            guint                     i,
                            guint                     limit,
                            KaynakSuggestName        *out)
{
  Name *best = NULL;
  const KaynakSuggestToken *token = &tokens[i];

  if (!token->word)
    return FALSE;

  try_list (self, g_hash_table_lookup (self->by_first, token->fold), tokens, i, limit, &best);
  if (!g_str_equal (token->stem, token->fold))
    try_list (self, g_hash_table_lookup (self->by_first, token->stem), tokens, i, limit, &best);
  if (best == NULL && !token->apostrophe)
    {
      GPtrArray *suffixes = self->rules->phrases[KAYNAK_RULE_SUFFIX];
      gsize length = strlen (token->fold);

      for (guint k = 0; k < suffixes->len; k++)
        {
          const char *suffix = ((KaynakRulePhrase *) g_ptr_array_index (suffixes, k))->words[0];
          gsize n = strlen (suffix);

          if (length > n + 1 && g_str_has_suffix (token->fold, suffix))
            {
              g_autofree char *stem = g_strndup (token->fold, length - n);
              try_list (self, g_hash_table_lookup (self->by_first, stem), tokens, i, limit, &best);
            }
        }
    }
  if (best == NULL)
    return FALSE;

  out->first = i;
  out->last = i + best->n_words - 1;
  out->label = g_strdup (best->label);
  out->id = g_strdup (best->id);
  out->kind = best->kind;
  out->known = TRUE;
  return TRUE;
}

gboolean
kaynak_suggest_names_match_last_word (KaynakSuggestNames *self,
                                      const char         *word,
                                      KaynakSuggestName  *out)
{
  Name *name = g_hash_table_lookup (self->by_last, word);

  if (name == NULL)
    return FALSE;
  out->label = g_strdup (name->label);
  out->id = g_strdup (name->id);
  out->kind = name->kind;
  out->known = TRUE;
  return TRUE;
}

gboolean
kaynak_suggest_names_lookup (KaynakSuggestNames *self,
                             const char         *text,
                             KaynakSuggestName  *out)
{
  g_auto(GStrv) words = fold_words (text);
  GPtrArray *list;
  guint n;

  if (words[0] == NULL)
    return FALSE;
  n = g_strv_length (words);
  list = g_hash_table_lookup (self->by_first, words[0]);
  for (guint k = 0; list != NULL && k < list->len; k++)
    {
      Name *name = g_ptr_array_index (list, k);
      gboolean same = name->rank < 2 && name->n_words == n;

      for (guint j = 0; same && j < n; j++)
        same = g_str_equal (name->words[j], words[j]);
      if (same)
        {
          out->label = g_strdup (name->label);
          out->id = g_strdup (name->id);
          out->kind = name->kind;
          out->known = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}
