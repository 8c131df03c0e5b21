/* kaynak-search.c: every match of a needle in an article, folded by the
 * article's language, in one linear pass.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-search.h"
#include "kaynak-text-fold.h"

#define COMBINING_DOT_ABOVE 0x0307

/* Folding a code point through g_utf8_casefold() allocates; an article is
 * mostly a few dozen distinct letters, so each is folded once per search
 * and kept here (Latin, Greek, Cyrillic, Arabic… up to U+2FFF). */
#define CACHE_LIMIT  0x3000
#define CACHE_INLINE 3
#define CACHE_SPILL  0xff   /* folds to more than CACHE_INLINE: not kept */

typedef struct {
  guint8   n;               /* 0: not folded yet, else code points + 1 */
  gunichar chars[CACHE_INLINE];
} CacheEntry;

typedef struct {
  KaynakFoldFlags fold_flags;
  gboolean        turkic;
  CacheEntry     *cache;
} Folder;

static void
folder_init (Folder            *folder,
             const char        *language,
             KaynakSearchFlags  flags)
{
  folder->turkic = kaynak_text_fold_language_is_turkic (language);
  folder->fold_flags = (folder->turkic ? KAYNAK_FOLD_TURKIC : 0) |
                       ((flags & KAYNAK_SEARCH_IGNORE_ACCENTS) ? KAYNAK_FOLD_IGNORE_ACCENTS : 0);
  folder->cache = g_new0 (CacheEntry, CACHE_LIMIT);
}

static void
folder_clear (Folder *folder)
{
  g_clear_pointer (&folder->cache, g_free);
}

/* Folds the character at *P (a code point, or the two of a decomposed
 * Turkic "İ") into OUT, moves *P past it and says how many code points of
 * the original it took in *N_CHARS.  Returns the folded length. */
static inline guint
fold_next (Folder      *folder,
           const char **p,
           const char  *end,
           guint       *n_chars,
           gunichar    *out)
{
  const char *s = *p;
  gunichar c;

  if ((guchar) *s < 0x80)
    {
      c = (guchar) *s;
      *p = s + 1;
      *n_chars = 1;
      if (c >= 'A' && c <= 'Z')
        {
          if (c == 'I' && folder->turkic)
            {
              /* "I" + U+0307 is the decomposed "İ": one letter, "i" */
              if (end - *p >= 2 && (guchar) (*p)[0] == 0xCC && (guchar) (*p)[1] == 0x87)
                {
                  *p += 2;
                  *n_chars = 2;
                  out[0] = 'i';
                  return 1;
                }
              return kaynak_text_fold_char (c, folder->fold_flags, out);
            }
          c += 'a' - 'A';
        }
      out[0] = c;
      return 1;
    }

  c = g_utf8_get_char (s);
  *p = g_utf8_next_char (s);
  *n_chars = 1;

  if (c < CACHE_LIMIT)
    {
      CacheEntry *entry = &folder->cache[c];

      if (entry->n == 0)
        {
          gunichar folded[KAYNAK_FOLD_MAX_CHARS];
          guint n = kaynak_text_fold_char (c, folder->fold_flags, folded);

          if (n <= CACHE_INLINE)
            {
              memcpy (entry->chars, folded, n * sizeof (gunichar));
              entry->n = n + 1;
            }
          else
            entry->n = CACHE_SPILL;
        }
      if (entry->n != CACHE_SPILL)
        {
          memcpy (out, entry->chars, (entry->n - 1) * sizeof (gunichar));
          return entry->n - 1;
        }
    }

  return kaynak_text_fold_char (c, folder->fold_flags, out);
}

/* The whole needle folded, as the text will be */
static gunichar *
fold_needle (Folder     *folder,
             const char *needle,
             guint      *length)
{
  const char *p = needle, *end = needle + strlen (needle);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (gunichar));

  while (p < end)
    {
      gunichar folded[KAYNAK_FOLD_MAX_CHARS];
      guint n_chars;
      guint n = fold_next (folder, &p, end, &n_chars, folded);

      g_array_append_vals (out, folded, n);
    }

  *length = out->len;
  return (gunichar *) g_array_free (out, FALSE);
}

/* What the search remembers of each of the last few folded code points */
typedef struct {
  guint    offset;     /* where its character starts in the original */
  gboolean first;      /* the first code point its character folded to */
  gboolean mark;       /* a combining mark */
} UnitInfo;

static inline gboolean
is_mark (gunichar c)
{
  return c >= 0x300 && g_unichar_ismark (c);
}

struct _KaynakSearcher
{
  Folder    folder;
  gunichar *pattern;
  guint    *fail;
  UnitInfo *ring;
  guint     m;
  gboolean  pattern_starts_with_mark;
  /* What each ASCII byte folds to on its own, for skipping the bytes that
   * cannot start a match (most of an article) without folding them */
  gunichar  ascii[128];
};

KaynakSearcher *
kaynak_searcher_new (const char        *needle,
                     const char        *language,
                     KaynakSearchFlags  flags)
{
  KaynakSearcher *self = g_new0 (KaynakSearcher, 1);

  folder_init (&self->folder, language, flags);
  if (needle == NULL || needle[0] == '\0' || !g_utf8_validate (needle, -1, NULL))
    return self;

  self->pattern = fold_needle (&self->folder, needle, &self->m);
  if (self->m == 0)
    return self;
  self->pattern_starts_with_mark = is_mark (self->pattern[0]);

  /* Knuth–Morris–Pratt's failure function */
  self->fail = g_new0 (guint, self->m);
  for (guint i = 1, j = 0; i < self->m; i++)
    {
      while (j > 0 && self->pattern[i] != self->pattern[j])
        j = self->fail[j - 1];
      if (self->pattern[i] == self->pattern[j])
        j++;
      self->fail[i] = j;
    }

  /* The last m folded code points: where a match found now began */
  self->ring = g_new0 (UnitInfo, self->m);

  for (guint b = 0; b < 128; b++)
    self->ascii[b] = (b >= 'A' && b <= 'Z') ? b + ('a' - 'A') : b;
  /* A Turkic "I" may be half of a decomposed "İ": always looked at */
  if (self->folder.turkic)
    self->ascii['I'] = self->pattern[0];
  return self;
}

void
kaynak_searcher_free (KaynakSearcher *self)
{
  if (self == NULL)
    return;
  folder_clear (&self->folder);
  g_free (self->pattern);
  g_free (self->fail);
  g_free (self->ring);
  g_free (self);
}

gboolean
kaynak_searcher_is_empty (KaynakSearcher *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->m == 0;
}

/* The matches in TEXT, up to MAX of them, appended to MATCHES (if not
 * NULL); returns how many */
static guint
search_text (KaynakSearcher *self,
             const char     *text,
             gssize          length,
             gboolean        validated,
             GArray         *matches,
             guint           max)
{
  const gunichar *pattern = self->pattern;
  const guint *fail = self->fail;
  UnitInfo *ring = self->ring;
  guint m = self->m, k = 0, offset = 0, found = 0, slot = 0;
  guint64 unit = 0, last_end_unit = 0;
  gboolean pending = FALSE;
  guint pending_start = 0;
  guint64 pending_end_unit = 0;
  const char *p, *end;

  if (m == 0 || text == NULL || max == 0)
    return 0;
  if (length < 0)
    length = strlen (text);
  /* a document's text is valid already: 5 MB of checking is a few ms */
  if (!validated && !g_utf8_validate (text, length, NULL))
    return 0;

  p = text;
  end = text + length;
  while (p < end)
    {
      gunichar folded[KAYNAK_FOLD_MAX_CHARS];
      guint n_chars, n;

      /* Nothing half matched, nothing waiting: ASCII that does not fold
       * to the needle's first letter cannot start a match */
      if (k == 0 && !pending)
        {
          const char *q = p;
          gsize skipped = 0;

          for (;;)
            {
              guchar b = (guchar) *q;

              if (q >= end)
                break;
              if (b < 0x80)
                {
                  if (self->ascii[b] == pattern[0])
                    break;
                  q++;
                }
              /* Two-byte letters (ş, ı, ğ, é…) folded once already to one
               * code point: skipped the same way */
              else if (b >= 0xC2 && b <= 0xDF && q + 1 < end)
                {
                  gunichar c = ((b & 0x1F) << 6) | ((guchar) q[1] & 0x3F);
                  CacheEntry *entry = &self->folder.cache[c];

                  if (entry->n != 2 || entry->chars[0] == pattern[0])
                    break;
                  q += 2;
                }
              else
                break;
              skipped++;
            }
          if (skipped > 0)
            {
              p = q;
              offset += skipped;
              unit += skipped;
              slot = (guint) ((slot + skipped) % m);
              if (p >= end)
                break;
            }
        }

      n = fold_next (&self->folder, &p, end, &n_chars, folded);

      for (guint i = 0; i < n; i++)
        {
          gunichar c = folded[i];
          gboolean mark = is_mark (c);
          UnitInfo *info;

          /* A match found at the previous code point is whole only if
           * this one starts a new character, and not an accent of the
           * last letter matched */
          if (pending)
            {
              if (i == 0 && !mark)
                {
                  KaynakSearchMatch match = { pending_start, offset };

                  if (matches != NULL)
                    g_array_append_val (matches, match);
                  last_end_unit = pending_end_unit;
                  if (++found == max)
                    return found;
                }
              pending = FALSE;
            }

          /* slot is unit % m, kept without a division per code point */
          info = &ring[slot];
          info->offset = offset;
          info->first = i == 0;
          info->mark = mark;

          while (k > 0 && pattern[k] != c)
            k = fail[k - 1];
          if (pattern[k] == c)
            k++;
          if (k == m)
            {
              guint64 start_unit = unit + 1 - m;
              UnitInfo *start = &ring[slot + 1 < m ? slot + 1 : 0];

              if (start->first && (self->pattern_starts_with_mark || !start->mark) &&
                  start_unit >= last_end_unit)
                {
                  pending = TRUE;
                  pending_start = start->offset;
                  pending_end_unit = unit + 1;
                }
              k = fail[k - 1];
            }
          unit++;
          if (++slot == m)
            slot = 0;
        }
      offset += n_chars;
    }

  if (pending)
    {
      KaynakSearchMatch match = { pending_start, offset };

      if (matches != NULL)
        g_array_append_val (matches, match);
      found++;
    }

  return found;
}

GArray *
kaynak_searcher_find_all (KaynakSearcher *self,
                          const char     *text,
                          gssize          length)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (KaynakSearchMatch));

  g_return_val_if_fail (self != NULL, matches);

  search_text (self, text, length, FALSE, matches, G_MAXUINT);
  return matches;
}

gboolean
kaynak_searcher_contains (KaynakSearcher *self,
                          const char     *text)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return search_text (self, text, -1, FALSE, NULL, 1) > 0;
}

GArray *
kaynak_search_find_all (const char        *text,
                        gssize             length,
                        const char        *needle,
                        const char        *language,
                        KaynakSearchFlags  flags)
{
  KaynakSearcher *searcher;
  GArray *matches;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  searcher = kaynak_searcher_new (needle, language, flags);
  matches = kaynak_searcher_find_all (searcher, text, length);
  kaynak_searcher_free (searcher);
  return matches;
}

GArray *
kaynak_search_document (KaynakDocument    *document,
                        const char        *needle,
                        KaynakSearchFlags  flags)
{
  g_autoptr(KaynakSearcher) searcher = NULL;
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (KaynakSearchMatch));

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), matches);

  searcher = kaynak_searcher_new (needle, kaynak_document_get_language (document), flags);
  search_text (searcher, kaynak_document_get_text (document),
               (gssize) kaynak_document_get_text_bytes (document), TRUE, matches, G_MAXUINT);
  return matches;
}

gboolean
kaynak_document_tag_matches (KaynakDocument          *document,
                             const KaynakSearchMatch *matches,
                             guint                    n_matches,
                             const char              *source_id,
                             guint                   *n_tagged,
                             GError                 **error)
{
  guint length, tagged = 0;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (matches != NULL || n_matches == 0, FALSE);

  if (n_tagged != NULL)
    *n_tagged = 0;

  if (source_id == NULL || kaynak_document_lookup_source (document, source_id) == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source “%s” in this document"),
                   source_id != NULL ? source_id : "");
      return FALSE;
    }

  /* Checked first, so that a bad match changes nothing at all */
  length = kaynak_document_get_length (document);
  for (guint i = 0; i < n_matches; i++)
    if (matches[i].start >= matches[i].end || matches[i].end > length)
      {
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                     _("A match (%u–%u) is outside the article"),
                     matches[i].start, matches[i].end);
        return FALSE;
      }

  kaynak_document_begin_group (document);
  for (guint i = 0; i < n_matches; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (kaynak_document_find_claim_with_range (document, matches[i].start, matches[i].end) != NULL)
        continue;
      /* Cannot fail: the source and the range were checked above */
      if (kaynak_document_create_claim (document, matches[i].start, matches[i].end,
                                        source_id, &local_error) != NULL)
        tagged++;
      else
        g_warning ("Tagging a match failed: %s", local_error->message);
    }
  kaynak_document_end_group (document);

  if (n_tagged != NULL)
    *n_tagged = tagged;
  return TRUE;
}
