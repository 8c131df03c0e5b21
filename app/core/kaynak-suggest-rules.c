/* kaynak-suggest-rules.c: reading a suggestion rules file (the format is
 * in the header, at the top of data/suggest/<language>.rules and in
 * docs/SUGGEST.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-suggest-rules.h"
#include "kaynak-text-fold.h"

/* One line may stand for at most this many forms: a typo such as a long
 * run of groups must not eat the memory */
#define MAX_FORMS_PER_LINE 4096

static const char * const kinds[KAYNAK_N_RULE_KINDS] = {
  [KAYNAK_RULE_REPORT] = "report",
  [KAYNAK_RULE_HEARSAY] = "hearsay",
  [KAYNAK_RULE_CLAUSE_END] = "clause-end",
  [KAYNAK_RULE_OPENER] = "opener",
  [KAYNAK_RULE_THAT] = "that",
  [KAYNAK_RULE_ACCORDING] = "according",
  [KAYNAK_RULE_HEDGE] = "hedge",
  [KAYNAK_RULE_EVIDENTIAL] = "evidential",
  [KAYNAK_RULE_SILENCE] = "silence",
  [KAYNAK_RULE_ANONYMOUS] = "anonymous",
  [KAYNAK_RULE_PRONOUN] = "pronoun",
  [KAYNAK_RULE_NOT_NAME] = "not-name",
  [KAYNAK_RULE_SUFFIX] = "suffix",
  [KAYNAK_RULE_NAME_PARTICLE] = "name-particle",
  [KAYNAK_RULE_PARTICLE] = "particle",
  [KAYNAK_RULE_ADJUNCT] = "adjunct",
  [KAYNAK_RULE_TITLE] = "title",
  [KAYNAK_RULE_SPEAKS_FOR] = "speaks-for",
  [KAYNAK_RULE_ANAPHOR] = "anaphor",
  [KAYNAK_RULE_RELATIVE] = "relative",
  [KAYNAK_RULE_COORDINATOR] = "coordinator",
  [KAYNAK_RULE_JOINT] = "joint",
};

static void
phrase_free (gpointer data)
{
  KaynakRulePhrase *phrase = data;

  g_strfreev (phrase->words);
  g_free (phrase);
}

static void
source_free (gpointer data)
{
  KaynakRuleSource *source = data;

  g_free (source->label);
  g_strfreev (source->names);
  g_free (source);
}

void
kaynak_suggest_rules_free (KaynakSuggestRules *rules)
{
  if (rules == NULL)
    return;
  g_free (rules->language);
  g_free (rules->path);
  g_free (rules->joint_statement);
  for (guint i = 0; i < KAYNAK_N_RULE_KINDS; i++)
    g_clear_pointer (&rules->phrases[i], g_ptr_array_unref);
  g_clear_pointer (&rules->quotes, g_array_unref);
  g_clear_pointer (&rules->sources, g_ptr_array_unref);
  g_free (rules);
}

static gboolean
line_error (GError    **error,
            const char *path,
            guint       line,
            const char *message)
{
  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "%s:%u: %s", path, line, message);
  return FALSE;
}

/* Every form of @pattern with its "(a|b|)" groups expanded, appended to
 * @forms.  Groups do not nest. */
static gboolean
expand (const char  *pattern,
        GPtrArray   *forms,
        const char  *path,
        guint        line,
        GError     **error)
{
  const char *open = strchr (pattern, '(');
  const char *close;
  g_auto(GStrv) alternatives = NULL;
  g_autofree char *inside = NULL;

  if (open == NULL)
    {
      if (strchr (pattern, ')') != NULL || strchr (pattern, '|') != NULL)
        return line_error (error, path, line,
                           _("“)” or “|” outside a group; alternatives are written “(a|b)”"));
      if (forms->len >= MAX_FORMS_PER_LINE)
        {
          g_autofree char *message =
            g_strdup_printf (_("the line stands for more than %u forms; split it"), MAX_FORMS_PER_LINE);
          return line_error (error, path, line, message);
        }
      g_ptr_array_add (forms, g_strdup (pattern));
      return TRUE;
    }

  close = strchr (open + 1, ')');
  if (close == NULL)
    return line_error (error, path, line, _("a “(” without its “)”"));
  if (memchr (open + 1, '(', close - open - 1) != NULL)
    return line_error (error, path, line, _("groups in parentheses cannot nest"));
  if (memchr (pattern, ')', open - pattern) != NULL || memchr (pattern, '|', open - pattern) != NULL)
    return line_error (error, path, line,
                       _("“)” or “|” outside a group; alternatives are written “(a|b)”"));

  inside = g_strndup (open + 1, close - open - 1);
  alternatives = g_strsplit (inside, "|", -1);
  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      g_autofree char *form = g_strdup_printf ("%.*s%s%s", (int) (open - pattern), pattern,
                                               alternatives[i], close + 1);

      if (!expand (form, forms, path, line, error))
        return FALSE;
    }
  return TRUE;
}

/* A folded word of a pattern: "*" only at its start or end */
static gboolean
check_word (const char  *word,
            const char  *path,
            guint        line,
            GError     **error)
{
  const char *star = strchr (word, '*');

  if (star == NULL || g_str_equal (word, "*"))
    return TRUE;
  if (star != word && star[1] != '\0')
    return line_error (error, path, line, _("“*” may only start or end a word"));
  if (star == word && strchr (word + 1, '*') != NULL && word[strlen (word) - 1] != '*')
    return line_error (error, path, line, _("“*” may only start or end a word"));
  if (star == word && strlen (word) > 1 && word[strlen (word) - 1] == '*')
    return line_error (error, path, line, _("a word cannot both start and end with “*”"));
  return TRUE;
}

static gboolean
add_phrases (KaynakSuggestRules *rules,
             KaynakRuleKind      kind,
             const char         *pattern,
             guint               line,
             GError            **error)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);

  if (!expand (pattern, forms, rules->path, line, error))
    return FALSE;

  for (guint i = 0; i < forms->len; i++)
    {
      g_autofree char *folded = kaynak_text_fold (g_ptr_array_index (forms, i));
      g_auto(GStrv) words = NULL;
      KaynakRulePhrase *phrase;

      if (*folded == '\0')
        {
          /* "(dı|)" may leave a word empty, never a whole form */
          return line_error (error, rules->path, line, _("a form of the pattern is empty"));
        }
      words = g_strsplit (folded, " ", -1);
      if (kind == KAYNAK_RULE_CLAUSE_END || kind == KAYNAK_RULE_EVIDENTIAL ||
          kind == KAYNAK_RULE_SUFFIX || kind == KAYNAK_RULE_NOT_NAME ||
          kind == KAYNAK_RULE_PRONOUN || kind == KAYNAK_RULE_NAME_PARTICLE ||
          kind == KAYNAK_RULE_PARTICLE || kind == KAYNAK_RULE_ADJUNCT ||
          kind == KAYNAK_RULE_RELATIVE || kind == KAYNAK_RULE_COORDINATOR)
        if (g_strv_length (words) != 1)
          {
            g_autofree char *message =
              g_strdup_printf (_("“%s” takes one word, not “%s”"), kinds[kind], folded);
            return line_error (error, rules->path, line, message);
          }
      for (guint j = 0; words[j] != NULL; j++)
        if (!check_word (words[j], rules->path, line, error))
          return FALSE;

      phrase = g_new0 (KaynakRulePhrase, 1);
      phrase->n_words = g_strv_length (words);
      phrase->words = g_steal_pointer (&words);
      phrase->line = line;
      g_ptr_array_add (rules->phrases[kind], phrase);
    }
  return TRUE;
}

static gboolean
parse_setting (KaynakSuggestRules *rules,
               const char         *rest,
               guint               line,
               GError            **error)
{
  g_auto(GStrv) parts = g_strsplit_set (rest, " \t", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  /* "setting joint-statement ortak açıklaması": the value is words */
  if (g_str_has_prefix (rest, "joint-statement") &&
      (rest[strlen ("joint-statement")] == ' ' || rest[strlen ("joint-statement")] == '\t'))
    {
      g_autofree char *value = g_strstrip (g_strdup (rest + strlen ("joint-statement")));

      if (*value == '\0')
        return line_error (error, rules->path, line, _("a setting is “setting NAME VALUE”"));
      g_free (rules->joint_statement);
      rules->joint_statement = g_steal_pointer (&value);
      return TRUE;
    }

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, parts[i]);
  if (words->len != 2)
    return line_error (error, rules->path, line, _("a setting is “setting NAME VALUE”"));

  {
    const char *name = g_ptr_array_index (words, 0);
    const char *value = g_ptr_array_index (words, 1);

    if (g_str_equal (name, "report-content"))
      {
        if (g_str_equal (value, "before"))
          rules->report_content = KAYNAK_CONTENT_BEFORE;
        else if (g_str_equal (value, "around"))
          rules->report_content = KAYNAK_CONTENT_AROUND;
        else
          return line_error (error, rules->path, line,
                             _("report-content is “before” or “around”"));
      }
    else if (g_str_equal (name, "according-source"))
      {
        if (g_str_equal (value, "before"))
          rules->source_after_according = FALSE;
        else if (g_str_equal (value, "after"))
          rules->source_after_according = TRUE;
        else
          return line_error (error, rules->path, line,
                             _("according-source is “before” or “after”"));
      }
    else if (g_str_equal (name, "quote-min-words"))
      {
        guint64 n = 0;

        if (!g_ascii_string_to_unsigned (value, 10, 1, 100, &n, NULL))
          return line_error (error, rules->path, line,
                             _("quote-min-words is a whole number from 1 to 100"));
        rules->quote_min_words = n;
      }
    else
      {
        g_autofree char *message =
          g_strdup_printf (_("unknown setting “%s” (report-content, according-source, quote-min-words, joint-statement)"),
                           name);
        return line_error (error, rules->path, line, message);
      }
  }
  return TRUE;
}

static gboolean
parse_quote (KaynakSuggestRules *rules,
             const char         *rest,
             guint               line,
             GError            **error)
{
  g_auto(GStrv) parts = g_strsplit_set (rest, " \t", -1);
  g_autoptr(GPtrArray) marks = g_ptr_array_new ();
  KaynakRuleQuote quote;

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (marks, parts[i]);
  if (marks->len != 2 ||
      g_utf8_strlen (g_ptr_array_index (marks, 0), -1) != 1 ||
      g_utf8_strlen (g_ptr_array_index (marks, 1), -1) != 1)
    return line_error (error, rules->path, line,
                       _("a quote line is “quote OPEN CLOSE”, one character each"));
  quote.open = g_utf8_get_char (g_ptr_array_index (marks, 0));
  quote.close = g_utf8_get_char (g_ptr_array_index (marks, 1));
  if (g_unichar_isalnum (quote.open) || g_unichar_isalnum (quote.close))
    return line_error (error, rules->path, line, _("a quotation mark cannot be a letter or digit"));
  g_array_append_val (rules->quotes, quote);
  return TRUE;
}

static gboolean
parse_source (KaynakSuggestRules *rules,
              const char         *rest,
              guint               line,
              GError            **error)
{
  g_auto(GStrv) parts = g_strsplit (rest, "|", -1);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  KaynakRuleSource *source;
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (parts[i]));

      if (*name == '\0')
        return line_error (error, rules->path, line,
                           _("a source line is “source NAME | OTHER NAME …” without empty names"));
      g_strv_builder_add (names, name);
      n++;
    }
  if (n == 0)
    return line_error (error, rules->path, line, _("a source line needs a name"));

  source = g_new0 (KaynakRuleSource, 1);
  source->names = g_strv_builder_end (names);
  source->label = g_strdup (source->names[0]);
  source->kind = KAYNAK_SOURCE_KIND_NAMED;
  source->line = line;
  g_ptr_array_add (rules->sources, source);
  return TRUE;
}

KaynakSuggestRules *
kaynak_suggest_rules_parse (const char  *text,
                            const char  *path,
                            const char  *language,
                            GError     **error)
{
  g_autoptr(KaynakSuggestRules) rules = g_new0 (KaynakSuggestRules, 1);
  g_auto(GStrv) lines = NULL;
  gboolean have_language = FALSE;

  g_return_val_if_fail (text != NULL && language != NULL, NULL);

  rules->path = g_strdup (path != NULL ? path : "rules");
  for (guint i = 0; i < KAYNAK_N_RULE_KINDS; i++)
    rules->phrases[i] = g_ptr_array_new_with_free_func (phrase_free);
  rules->quotes = g_array_new (FALSE, FALSE, sizeof (KaynakRuleQuote));
  rules->sources = g_ptr_array_new_with_free_func (source_free);
  rules->report_content = KAYNAK_CONTENT_AROUND;
  rules->quote_min_words = 3;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                   _("%s: the rules file is not UTF-8"), rules->path);
      return NULL;
    }

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint line = i + 1;
      char *content = g_strstrip (lines[i]);
      gsize keyword_length;
      g_autofree char *keyword = NULL;
      const char *rest;
      int kind = -1;

      if (*content == '\0' || *content == '#')
        continue;

      keyword_length = strcspn (content, " \t");
      keyword = g_strndup (content, keyword_length);
      rest = content + keyword_length;
      while (*rest == ' ' || *rest == '\t')
        rest++;

      if (*rest == '\0')
        {
          g_autofree char *message = g_strdup_printf (_("“%s” needs something after it"), keyword);
          return line_error (error, rules->path, line, message), NULL;
        }

      if (g_str_equal (keyword, "language"))
        {
          if (have_language)
            return line_error (error, rules->path, line, _("the language is given twice")), NULL;
          if (g_ascii_strcasecmp (rest, language) != 0)
            {
              g_autofree char *message =
                g_strdup_printf (_("these are rules for “%s”, not “%s”"), rest, language);
              return line_error (error, rules->path, line, message), NULL;
            }
          rules->language = g_strdup (language);
          have_language = TRUE;
          continue;
        }
      if (!have_language)
        return line_error (error, rules->path, line,
                           _("the first rule must be “language CODE”")), NULL;

      if (g_str_equal (keyword, "setting"))
        {
          if (!parse_setting (rules, rest, line, error))
            return NULL;
          continue;
        }
      if (g_str_equal (keyword, "quote"))
        {
          if (!parse_quote (rules, rest, line, error))
            return NULL;
          continue;
        }
      if (g_str_equal (keyword, "source"))
        {
          if (!parse_source (rules, rest, line, error))
            return NULL;
          continue;
        }

      for (guint k = 0; k < KAYNAK_N_RULE_KINDS; k++)
        if (g_str_equal (keyword, kinds[k]))
          kind = k;
      if (kind < 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("unknown keyword “%s”; a line starts with language, setting, "
                               "report, hearsay, clause-end, opener, that, according, hedge, evidential, "
                               "silence, anonymous, pronoun, not-name, name-particle, particle, adjunct, title, "
                               "speaks-for, anaphor, relative, coordinator, joint, suffix, quote or source"),
                             keyword);
          return line_error (error, rules->path, line, message), NULL;
        }
      if (!add_phrases (rules, kind, rest, line, error))
        return NULL;
    }

  if (!have_language)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s: no “language %s” line"), rules->path, language);
      return NULL;
    }
  if (rules->phrases[KAYNAK_RULE_REPORT]->len == 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("%s: no “report” rule: nothing would ever be suggested"), rules->path);
      return NULL;
    }

  return g_steal_pointer (&rules);
}

char *
kaynak_suggest_rules_dup_dir (void)
{
  const char *env = g_getenv ("KAYNAK_SUGGEST_DIR");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "suggest", NULL);

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);
  /* Not installed: `meson devenv` sets KAYNAK_SUGGEST_DIR, and a binary
   * run straight from the build tree reads the source tree's rules */
  return g_strdup (KAYNAK_SOURCE_SUGGEST_DIR);
}

KaynakSuggestRules *
kaynak_suggest_rules_load (const char  *language,
                           GError     **error)
{
  g_autofree char *dir = kaynak_suggest_rules_dup_dir ();
  g_autofree char *name = g_strconcat (language, ".rules", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;

  if (!g_file_get_contents (path, &text, NULL, &local))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("No suggestion rules for “%s”: %s"), language, local->message);
      return NULL;
    }
  return kaynak_suggest_rules_parse (text, path, language, error);
}

gboolean
kaynak_suggest_word_matches (const char *pattern,
                             const char *word)
{
  gsize p = strlen (pattern), w;

  if (pattern[0] == '*' && pattern[1] == '\0')
    return TRUE;
  w = strlen (word);
  if (pattern[0] == '*')
    return w >= p - 1 && memcmp (word + w - (p - 1), pattern + 1, p - 1) == 0 && w > p - 1;
  if (pattern[p - 1] == '*')
    return w >= p - 1 && memcmp (word, pattern, p - 1) == 0;
  return p == w && memcmp (word, pattern, p) == 0;
}
