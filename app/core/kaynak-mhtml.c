/* kaynak-mhtml.c: the page inside an MHTML file, through GMime.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmime/gmime.h>

#include "kaynak-error.h"
#include "kaynak-mhtml.h"

/* GMime 3.2 (Debian 12) declares no cleanups of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)

static gpointer
init_gmime (gpointer data)
{
  g_mime_init ();
  return NULL;
}

typedef struct
{
  GMimePart *page;
} Search;

static void
find_html (GMimeObject *parent,
           GMimeObject *part,
           gpointer     user_data)
{
  Search *search = user_data;
  GMimeContentType *type;

  if (search->page != NULL || !GMIME_IS_PART (part))
    return;
  type = g_mime_object_get_content_type (part);
  if (type != NULL && g_mime_content_type_is_type (type, "text", "html"))
    search->page = GMIME_PART (part);
}

static char *
dup_or_null (const char *value)
{
  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

GBytes *
kaynak_mhtml_page (const char  *data,
                   gsize        length,
                   char       **charset,
                   char       **location,
                   GError     **error)
{
  static GOnce once = G_ONCE_INIT;
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(GMimeStream) out = NULL;
  GMimeObject *body;
  GMimeDataWrapper *content;
  GByteArray *bytes;
  Search search = { NULL };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_once (&once, init_gmime, NULL);

  stream = g_mime_stream_mem_new_with_buffer (data, length);
  parser = g_mime_parser_new_with_stream (stream);
  message = g_mime_parser_construct_message (parser, NULL);
  body = message != NULL ? g_mime_message_get_mime_part (message) : NULL;
  if (body == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("It is not an MHTML page: it has no MIME parts"));
      return NULL;
    }

  if (GMIME_IS_MULTIPART (body))
    g_mime_multipart_foreach (GMIME_MULTIPART (body), find_html, &search);
  else
    find_html (NULL, body, &search);
  if (search.page == NULL || (content = g_mime_part_get_content (search.page)) == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The MHTML file has no HTML page in it"));
      return NULL;
    }

  /* Written decoded: quoted-printable and base64 undone */
  out = g_mime_stream_mem_new ();
  if (g_mime_data_wrapper_write_to_stream (content, out) < 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The HTML page in the MHTML file cannot be decoded"));
      return NULL;
    }
  bytes = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (out));

  if (charset != NULL)
    *charset = dup_or_null (g_mime_object_get_content_type_parameter (GMIME_OBJECT (search.page),
                                                                      "charset"));
  if (location != NULL)
    {
      *location = dup_or_null (g_mime_part_get_content_location (search.page));
      if (*location == NULL)
        *location = dup_or_null (g_mime_object_get_header (GMIME_OBJECT (message),
                                                           "Snapshot-Content-Location"));
    }
  return g_bytes_new (bytes->data, bytes->len);
}
