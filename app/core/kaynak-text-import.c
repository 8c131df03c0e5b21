/* kaynak-text-import.c: turning a plain-text article file into the exact
 * string the document keeps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kaynak-article-import.h"
#include "kaynak-error.h"
#include "kaynak-read.h"
#include "kaynak-text-import.h"

/* More than one byte in this many being a control character (other than
 * tab, line feed, form feed and carriage return) means the data is not
 * prose.  Real articles have none at all; a little slack keeps a stray
 * escape sequence from refusing a file. */
#define BINARY_CONTROL_RATIO 10

const char *
kaynak_text_encoding_to_label (KaynakTextEncoding encoding)
{
  switch (encoding)
    {
    case KAYNAK_TEXT_ENCODING_UTF8:
      return _("UTF-8");
    case KAYNAK_TEXT_ENCODING_UTF8_BOM:
      return _("UTF-8 (with byte order mark)");
    case KAYNAK_TEXT_ENCODING_WINDOWS_1254:
      return _("Windows-1254 (Turkish)");
    case KAYNAK_TEXT_ENCODING_UTF16_LE:
      return _("UTF-16 (little-endian)");
    case KAYNAK_TEXT_ENCODING_UTF16_BE:
      return _("UTF-16 (big-endian)");
    default:
      return _("Unknown encoding");
    }
}

gboolean
kaynak_text_encoding_is_assumed (KaynakTextEncoding encoding)
{
  /* UTF-8 validates and the byte order marks are explicit; Windows-1254 is
   * only what is left when a file is not UTF-8. */
  return encoding == KAYNAK_TEXT_ENCODING_WINDOWS_1254;
}

/* Tells binary data from text by its bytes.  Works on UTF-8 and on
 * Windows-1254 alike, since both keep ASCII control characters where ASCII
 * has them. */
static gboolean
looks_binary (const guint8  *data,
              gsize          length,
              GError       **error)
{
  gsize n_control = 0;

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_BINARY,
                           _("The file contains NUL bytes: it looks like binary "
                             "data, not plain text"));
      return TRUE;
    }

  for (gsize i = 0; i < length; i++)
    {
      guint8 c = data[i];

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r')
          || c == 0x7f)
        n_control++;
    }

  if (n_control * BINARY_CONTROL_RATIO > length)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_BINARY,
                           _("The file is mostly control characters: it looks "
                             "like binary data, not plain text"));
      return TRUE;
    }

  return FALSE;
}

static void
set_empty_error (GError **error)
{
  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("The article is empty"));
}

/* Windows-1254 leaves a few bytes (0x81, 0x8D–0x90, 0x9D, 0x9E) undefined
 * and iconv refuses them; such a file is text in neither encoding, and
 * guessing a character for them would change the article. */
static char *
decode_windows_1254 (const guint8  *data,
                     gsize          length,
                     GError       **error)
{
  /* glibc knows both names; other iconv implementations may know only one */
  static const char * const names[] = { "WINDOWS-1254", "CP1254" };
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize bytes_read = 0;
      char *text;

      g_clear_error (&local_error);
      text = g_convert ((const char *) data, length, "UTF-8", names[i],
                        &bytes_read, NULL, &local_error);
      if (text != NULL)
        return text;

      if (g_error_matches (local_error, G_CONVERT_ERROR,
                           G_CONVERT_ERROR_ILLEGAL_SEQUENCE)
          && bytes_read < length)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                       _("The text is neither UTF-8 nor Windows-1254 (Turkish): "
                         "the byte 0x%02X at offset %lu is not a "
                         "character in either"),
                       data[bytes_read], (unsigned long) bytes_read);
          return NULL;
        }

      if (!g_error_matches (local_error, G_CONVERT_ERROR,
                            G_CONVERT_ERROR_NO_CONVERSION))
        break;
    }

  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
               _("The text is not valid UTF-8 and could not be read as "
                 "Windows-1254 (Turkish): %s"),
               local_error != NULL ? local_error->message : "");
  return NULL;
}

static char *
decode_utf16 (const guint8        *data,
              gsize                length,
              KaynakTextEncoding   encoding,
              GError             **error)
{
  const char *name = encoding == KAYNAK_TEXT_ENCODING_UTF16_LE ? "UTF-16LE"
                                                               : "UTF-16BE";
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  gsize written = 0;

  /* The byte order mark is not part of the article */
  data += 2;
  length -= 2;

  if (length == 0)
    {
      set_empty_error (error);
      return NULL;
    }

  text = g_convert ((const char *) data, length, "UTF-8", name,
                    NULL, &written, &local_error);
  if (text == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                   _("The file starts like %s text but is not valid %s"),
                   kaynak_text_encoding_to_label (encoding), "UTF-16");
      return NULL;
    }

  /* Now in UTF-8, the same check as for any other file: a U+0000 or a
   * wall of control characters is not an article. */
  if (looks_binary ((const guint8 *) text, written, error))
    return NULL;

  return g_steal_pointer (&text);
}

char *
kaynak_text_decode (const guint8        *data,
                    gsize                length,
                    KaynakTextEncoding  *encoding,
                    GError             **error)
{
  KaynakTextEncoding found = KAYNAK_TEXT_ENCODING_UTF8;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    {
      set_empty_error (error);
      return NULL;
    }

  if (length > KAYNAK_TEXT_MAX_SIZE)
    {
      g_autofree char *size = NULL;
      g_autofree char *limit = NULL;

      kaynak_format_size_and_limit (length, KAYNAK_TEXT_MAX_SIZE, &size, &limit);

      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("The article is %s; Kaynak reads articles up to %s"),
                   size, limit);
      return NULL;
    }

  /* UTF-32's byte order mark starts like UTF-16's; say what it is rather
   * than call it binary. */
  if (length >= 4
      && ((data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0)
          || (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF)))
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                           _("The file is in UTF-32, which Kaynak does not "
                             "read; save it as UTF-8"));
      return NULL;
    }

  /* UTF-16 next: its ASCII letters come with NUL bytes, which the binary
   * check would otherwise refuse, and read as Windows-1254 it would be
   * garbage. */
  if (length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    found = KAYNAK_TEXT_ENCODING_UTF16_LE;
  else if (length >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    found = KAYNAK_TEXT_ENCODING_UTF16_BE;

  if (found != KAYNAK_TEXT_ENCODING_UTF8)
    {
      text = decode_utf16 (data, length, found, error);
      if (text != NULL && encoding != NULL)
        *encoding = found;
      return text;
    }

  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      /* The byte order mark is not part of the article: offsets start
       * after it. */
      found = KAYNAK_TEXT_ENCODING_UTF8_BOM;
      data += 3;
      length -= 3;

      if (length == 0)
        {
          set_empty_error (error);
          return NULL;
        }
    }

  if (looks_binary (data, length, error))
    return NULL;

  if (g_utf8_validate_len ((const char *) data, length, NULL))
    {
      text = g_malloc (length + 1);
      memcpy (text, data, length);
      text[length] = '\0';
    }
  else if (found == KAYNAK_TEXT_ENCODING_UTF8_BOM)
    {
      /* The file says it is UTF-8 and is not: reading it as Windows-1254
       * would turn every Turkish letter that is right into two wrong ones. */
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_ENCODING,
                           _("The file starts with a UTF-8 byte order mark but "
                             "is not valid UTF-8"));
      return NULL;
    }
  else
    {
      found = KAYNAK_TEXT_ENCODING_WINDOWS_1254;
      text = decode_windows_1254 (data, length, error);
      if (text == NULL)
        return NULL;
    }

  if (encoding != NULL)
    *encoding = found;

  return text;
}

/* "haber.txt" → "haber"; a leading dot (".profile") is not an extension */
char *
kaynak_text_import_title_from_name (const char *name)
{
  const char *dot = strrchr (name, '.');

  if (dot == NULL || dot == name)
    return g_strdup (name);

  return g_strndup (name, dot - name);
}

char *
kaynak_text_import_read (GFile         *file,
                         gsize          limit,
                         char         **name_out,
                         gsize         *length,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  goffset size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);

      /* GIO's own sentence repeats the path; this one is for people */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("Cannot import “%s”. There is no such file"),
                     parse_name);
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                    _("Cannot import “%s”. "), parse_name);
      return NULL;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME))
    name = g_strdup (g_file_info_get_display_name (info));
  else
    name = g_file_get_basename (file);

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("Cannot import “%s”. It is a folder, not a text file"),
                   name);
      return NULL;
    }

  /* A device or a pipe may never end (/dev/zero) nor, a FIFO, even open;
   * kaynak-read.h refuses them before reading and on the file as opened,
   * so one put in its place meanwhile cannot hang the window either.  A
   * huge file is refused before it is read, and one that grows meanwhile
   * is not read past the limit. */
  contents = (char *) kaynak_read_file (file, limit, length,
                                        &size, cancellable, &local_error);
  if (contents == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
        g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                     _("Cannot import “%s”. It is a device or a pipe, not a "
                       "text file"),
                     name);
      else if (g_error_matches (local_error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE))
        {
          g_autofree char *size_text = NULL;
          g_autofree char *limit_text = NULL;

          /* A file that grew meanwhile has no size to tell */
          kaynak_format_size_and_limit (MAX (size, 0), limit,
                                        &size_text, &limit_text);
          if (size < 0)
            g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                         _("Cannot import “%s”. It grew past %s while it was "
                           "read; Kaynak reads articles up to that size"),
                         name, limit_text);
          else
            g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                         _("Cannot import “%s”. It is %s; Kaynak reads "
                           "articles up to %s"),
                         name, size_text, limit_text);
        }
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                    _("Cannot import “%s”. "), name);
      return NULL;
    }

  if (name_out != NULL)
    *name_out = g_steal_pointer (&name);
  return g_steal_pointer (&contents);
}

KaynakDocument *
kaynak_text_import_file (GFile               *file,
                         KaynakTextEncoding  *encoding,
                         GCancellable        *cancellable,
                         GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  KaynakTextEncoding found = KAYNAK_TEXT_ENCODING_UTF8;
  KaynakDocument *document;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = kaynak_text_import_read (file, KAYNAK_TEXT_MAX_SIZE, &name, &length,
                                      cancellable, error);
  if (contents == NULL)
    return NULL;

  text = kaynak_text_decode ((const guint8 *) contents, length, &found,
                             &local_error);
  if (text == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Cannot import “%s”. "), name);
      return NULL;
    }

  /* The raw bytes can be large; the document keeps its own copy */
  g_clear_pointer (&contents, g_free);

  document = kaynak_document_new (text, -1);
  kaynak_document_set_article_file (document, file);
  title = kaynak_text_import_title_from_name (name);
  kaynak_document_set_title (document, title);

  if (encoding != NULL)
    *encoding = found;

  return document;
}

char *
kaynak_text_dup_first_line (const char *text,
                            gssize      length)
{
  const char *end, *p;
  GString *title;
  const char *last_space_cut = NULL;  /* where the title was at its last space */
  gsize cut_len = 0;
  guint n_chars = 0;
  gboolean pending_space = FALSE;
  gboolean truncated = FALSE;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  end = length < 0 ? text + strlen (text) : text + length;

  /* The first line with something that is not white space */
  p = text;
  while (p < end && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p >= end)
    return NULL;

  title = g_string_new (NULL);
  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0085)
        break;
      if (g_unichar_isspace (c))
        {
          pending_space = TRUE;
          continue;
        }
      if (pending_space)
        {
          /* the title so far, up to this word, fits: it is where a cut goes */
          last_space_cut = p;
          cut_len = title->len;
          if (n_chars + 1 >= KAYNAK_TEXT_TITLE_MAX)
            {
              truncated = TRUE;
              break;
            }
          g_string_append_c (title, ' ');
          n_chars++;
          pending_space = FALSE;
        }
      if (n_chars + 1 >= KAYNAK_TEXT_TITLE_MAX)
        {
          truncated = TRUE;
          break;
        }
      g_string_append_unichar (title, c);
      n_chars++;
    }

  if (truncated)
    {
      /* Back to the end of the last whole word; a single word longer than
       * the limit is cut where it reached it */
      if (last_space_cut != NULL)
        g_string_truncate (title, cut_len);
      g_string_append (title, "…");
    }

  return g_string_free (title, FALSE);
}

KaynakDocument *
kaynak_text_import_data (const guint8        *data,
                         gsize                length,
                         KaynakTextEncoding  *encoding,
                         GError             **error)
{
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  KaynakDocument *document;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = kaynak_text_decode (data, length, encoding, error);
  if (text == NULL)
    return NULL;

  /* Only white space has no first line: nothing to mark */
  title = kaynak_text_dup_first_line (text, -1);
  if (title == NULL)
    {
      set_empty_error (error);
      return NULL;
    }

  document = kaynak_document_new (text, -1);
  kaynak_document_set_title (document, title);
  /* The copy was taken now, as for an imported page */
  today = kaynak_article_retrieved_today ();
  kaynak_document_set_retrieved (document, today);
  return document;
}
