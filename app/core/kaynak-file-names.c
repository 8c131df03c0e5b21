/* kaynak-file-names.c: the names Kaynak gives its files and how it
 * recognises them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kaynak-file.h"
#include "kaynak-file-names.h"

#define MAGIC_WINDOW 64

char *
kaynak_file_dup_stem (GFile *file)
{
  g_autofree char *name = NULL;
  const char *dot;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (name == NULL)
    return g_strdup ("article");
  if (g_str_has_suffix (name, KAYNAK_FILE_SUFFIX) && strlen (name) > strlen (KAYNAK_FILE_SUFFIX))
    return g_strndup (name, strlen (name) - strlen (KAYNAK_FILE_SUFFIX));
  if ((dot = strrchr (name, '.')) != NULL && dot != name)
    return g_strndup (name, dot - name);
  return g_steal_pointer (&name);
}

char *
kaynak_document_dup_stem (KaynakDocument *document)
{
  GFile *file, *article;
  const char *title;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  file = kaynak_document_get_file (document);
  article = kaynak_document_get_article_file (document);
  title = kaynak_document_get_title (document);

  if (file != NULL)
    return kaynak_file_dup_stem (file);
  if (article != NULL)
    return kaynak_file_dup_stem (article);
  if (title != NULL && *title != '\0')
    {
      /* Keep letters (Turkish ones too) and digits, collapse the rest into
       * single hyphens; cap the length so the name stays usable. */
      GString *out = g_string_new (NULL);
      gboolean hyphen = FALSE;
      guint n = 0;

      for (const char *p = title; *p && n < 60; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isalnum (c))
            {
              if (hyphen && out->len > 0)
                g_string_append_c (out, '-');
              hyphen = FALSE;
              g_string_append_unichar (out, g_unichar_tolower (c));
              n++;
            }
          else
            hyphen = TRUE;
        }
      if (out->len > 0)
        return g_string_free (out, FALSE);
      g_string_free (out, TRUE);
    }
  return g_strdup ("article");
}

char *
kaynak_document_dup_file_name (KaynakDocument *document)
{
  g_autofree char *stem = kaynak_document_dup_stem (document);

  return g_strconcat (stem, KAYNAK_FILE_SUFFIX, NULL);
}

/* The first bytes of a regular local file, never blocking on a FIFO or a
 * device (opened O_NONBLOCK and looked at through the descriptor) */
static gssize
read_head (const char *path,
           char       *buffer,
           gsize       size)
{
  struct stat st;
  gssize n;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return -1;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return -1;
    }
  do
    n = read (fd, buffer, size);
  while (n < 0 && errno == EINTR);
  close (fd);
  return n;
}

gboolean
kaynak_file_is_kaynak (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *path = NULL;
  char head[MAGIC_WINDOW + 1];
  gssize n;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  if (name == NULL)
    return FALSE;
  lower = g_utf8_strdown (name, -1);
  if (g_str_has_suffix (lower, KAYNAK_FILE_SUFFIX))
    return TRUE;
  if (!g_str_has_suffix (lower, ".json"))
    return FALSE;

  /* The MIME type's magic: Kaynak writes "format" first, with json-glib's
   * space before the colon or without */
  path = g_file_get_path (file);
  if (path == NULL || (n = read_head (path, head, MAGIC_WINDOW)) <= 0)
    return FALSE;
  head[n] = '\0';
  return strstr (head, "\"format\": \"kaynak\"") != NULL ||
         strstr (head, "\"format\" : \"kaynak\"") != NULL;
}
