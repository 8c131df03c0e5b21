/* test-text-import.c: decoding article files and importing them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kaynak-error.h"
#include "kaynak-text-import.h"

/* What every Turkish sample in tests/data/text holds, whatever its encoding */
#define TURKISH "Ağrı'da çığ düştü.\nİstanbul'da Şişli ve Ğ harfi: ğ ş ı İ Ş Ğ ö ü ç.\n"
#define CRLF "Birinci satır.\r\nİkinci satır.\r\n"

#define OK (-1)

typedef struct
{
  const char         *file;       /* under tests/data/text */
  int                 error;      /* a KaynakError, or OK */
  KaynakTextEncoding  encoding;
  const char         *text;       /* expected UTF-8, when OK */
  guint               length;     /* in code points, when OK */
} FileCase;

static const FileCase file_cases[] = {
  { "utf8-turkish.txt", OK, KAYNAK_TEXT_ENCODING_UTF8, TURKISH, 68 },
  { "utf8-bom.txt", OK, KAYNAK_TEXT_ENCODING_UTF8_BOM, TURKISH, 68 },
  { "windows-1254.txt", OK, KAYNAK_TEXT_ENCODING_WINDOWS_1254, TURKISH, 68 },
  { "utf16le.txt", OK, KAYNAK_TEXT_ENCODING_UTF16_LE, TURKISH, 68 },
  { "utf16be.txt", OK, KAYNAK_TEXT_ENCODING_UTF16_BE, TURKISH, 68 },
  /* CRLF kept: each line ending is two code points */
  { "crlf.txt", OK, KAYNAK_TEXT_ENCODING_UTF8, CRLF, 31 },
  { "binary.bin", KAYNAK_ERROR_BINARY, 0, NULL, 0 },
  { "controls.bin", KAYNAK_ERROR_BINARY, 0, NULL, 0 },
  { "empty.txt", KAYNAK_ERROR_INVALID, 0, NULL, 0 },
  { "bom-only.txt", KAYNAK_ERROR_INVALID, 0, NULL, 0 },
  { "neither.txt", KAYNAK_ERROR_ENCODING, 0, NULL, 0 },
};

static void
test_decode_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_cases); i++)
    {
      const FileCase *c = &file_cases[i];
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text",
                                                     c->file, NULL);
      g_autofree char *data = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      KaynakTextEncoding encoding = 99;
      gsize length = 0;

      g_test_message ("file %s", c->file);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));

      text = kaynak_text_decode ((const guint8 *) data, length, &encoding,
                                 &error);
      if (c->error != OK)
        {
          g_assert_error (error, KAYNAK_ERROR, c->error);
          g_assert_null (text);
          /* A sentence, not an empty string */
          g_assert_cmpuint (strlen (error->message), >, 10);
          continue;
        }

      g_assert_no_error (error);
      g_assert_nonnull (text);
      g_assert_cmpint (encoding, ==, c->encoding);
      g_assert_cmpstr (text, ==, c->text);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpuint (g_utf8_strlen (text, -1), ==, c->length);
      /* No byte order mark survives: offset 0 is the first real letter */
      g_assert_cmpuint (g_utf8_get_char (text), !=, 0xFEFF);
    }
}

typedef struct
{
  const char         *name;
  const char         *data;
  gssize              length;     /* -1: strlen (data) */
  int                 error;
  KaynakTextEncoding  encoding;
  const char         *text;
} BytesCase;

static const BytesCase bytes_cases[] = {
  /* Each Turkish letter that differs from Latin-1, in Windows-1254 */
  { "1254-letters", "\xf0\xfe\xfd\xdd\xde\xd0", -1, OK,
    KAYNAK_TEXT_ENCODING_WINDOWS_1254, "ğşıİŞĞ" },
  { "1254-punctuation", "\x93" "Evet\x94 dedi \x96 \x80" "5", -1, OK,
    KAYNAK_TEXT_ENCODING_WINDOWS_1254, "“Evet” dedi – €5" },
  { "utf8-letters", "ğşıİŞĞ", -1, OK, KAYNAK_TEXT_ENCODING_UTF8, "ğşıİŞĞ" },
  /* Never trimmed or normalised: leading and trailing white space, a
   * decomposed "ş" (s + U+0327) and a lone CR stay as they are */
  { "not-trimmed", "  \n s\xcc\xa7 \r x \n\n", -1, OK,
    KAYNAK_TEXT_ENCODING_UTF8, "  \n s\xcc\xa7 \r x \n\n" },
  { "white-space-only", " \t\n", -1, OK, KAYNAK_TEXT_ENCODING_UTF8, " \t\n" },
  { "tab-form-feed", "a\tb\fc\r\n", -1, OK, KAYNAK_TEXT_ENCODING_UTF8,
    "a\tb\fc\r\n" },
  /* A stray escape in prose is not binary */
  { "one-escape", "Bu uzun bir cümle ve içinde \x1b bir kaçış var.", -1, OK,
    KAYNAK_TEXT_ENCODING_UTF8, "Bu uzun bir cümle ve içinde \x1b bir kaçış var." },
  { "nul-in-text", "Metin\0devam", 11, KAYNAK_ERROR_BINARY, 0, NULL },
  { "nul-only", "\0", 1, KAYNAK_ERROR_BINARY, 0, NULL },
  { "nul-in-1254", "\xfe\0\xf0", 3, KAYNAK_ERROR_BINARY, 0, NULL },
  { "controls", "\x01\x02\x03\x04" "ab", -1, KAYNAK_ERROR_BINARY, 0, NULL },
  { "empty", "", 0, KAYNAK_ERROR_INVALID, 0, NULL },
  { "bom-then-invalid", "\xef\xbb\xbf" "a\xfe", -1, KAYNAK_ERROR_ENCODING, 0, NULL },
  { "bom-then-nul", "\xef\xbb\xbf" "a\0", 5, KAYNAK_ERROR_BINARY, 0, NULL },
  { "undefined-in-1254", "abc\x81", -1, KAYNAK_ERROR_ENCODING, 0, NULL },
  /* UTF-16 is decoded by its byte order mark, never read as Windows-1254 */
  { "utf16le", "\xff\xfe" "a\0\x1f\x01", 6, OK, KAYNAK_TEXT_ENCODING_UTF16_LE, "ağ" },
  { "utf16be", "\xfe\xff" "\0a\x01\x1f", 6, OK, KAYNAK_TEXT_ENCODING_UTF16_BE, "ağ" },
  { "utf16-surrogate-pair", "\xff\xfe" "\x3d\xd8\x00\xde", 6, OK,
    KAYNAK_TEXT_ENCODING_UTF16_LE, "😀" },
  { "utf16-crlf", "\xff\xfe" "a\0\r\0\n\0", 8, OK,
    KAYNAK_TEXT_ENCODING_UTF16_LE, "a\r\n" },
  { "utf16-odd-length", "\xff\xfe" "a\0b", 5, KAYNAK_ERROR_ENCODING, 0, NULL },
  { "utf16-lone-surrogate", "\xff\xfe" "\x3d\xd8" "a\0", 6,
    KAYNAK_ERROR_ENCODING, 0, NULL },
  { "utf16-bom-only", "\xff\xfe", 2, KAYNAK_ERROR_INVALID, 0, NULL },
  { "utf16-nul", "\xff\xfe" "a\0\0\0", 6, KAYNAK_ERROR_BINARY, 0, NULL },
  /* UTF-32 is named, not mistaken for UTF-16 or binary */
  { "utf32le", "\xff\xfe\0\0" "a\0\0\0", 8, KAYNAK_ERROR_ENCODING, 0, NULL },
  { "utf32be", "\0\0\xfe\xff" "\0\0\0a", 8, KAYNAK_ERROR_ENCODING, 0, NULL },
};

static void
test_decode_bytes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bytes_cases); i++)
    {
      const BytesCase *c = &bytes_cases[i];
      gsize length = c->length < 0 ? strlen (c->data) : (gsize) c->length;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      KaynakTextEncoding encoding = 99;

      g_test_message ("case %s", c->name);

      text = kaynak_text_decode ((const guint8 *) c->data, length, &encoding,
                                 &error);
      if (c->error != OK)
        {
          if (error == NULL)
            g_error ("case %s: expected error %d, got “%s”", c->name,
                     c->error, text);
          g_assert_error (error, KAYNAK_ERROR, c->error);
          g_assert_null (text);
          g_assert_cmpint (encoding, ==, 99);
          continue;
        }

      g_assert_no_error (error);
      g_assert_cmpint (encoding, ==, c->encoding);
      g_assert_cmpstr (text, ==, c->text);
    }
}

static void
test_decode_too_large (void)
{
  static const guint8 data[] = "a";
  g_autoptr(GError) error = NULL;
  char *text;

  /* The size is checked before a single byte is read, so a short buffer
   * with a huge length is enough to test it (AddressSanitizer would catch
   * a read past it). */
  text = kaynak_text_decode (data, (gsize) KAYNAK_TEXT_MAX_SIZE + 1, NULL,
                             &error);
  g_assert_null (text);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
}

static void
test_encoding_labels (void)
{
  g_assert_cmpstr (kaynak_text_encoding_to_label (KAYNAK_TEXT_ENCODING_UTF8),
                   ==, "UTF-8");
  g_assert_cmpstr (kaynak_text_encoding_to_label (KAYNAK_TEXT_ENCODING_WINDOWS_1254),
                   ==, "Windows-1254 (Turkish)");
  g_assert_nonnull (strstr (kaynak_text_encoding_to_label (KAYNAK_TEXT_ENCODING_UTF16_LE),
                            "UTF-16"));
  g_assert_nonnull (strstr (kaynak_text_encoding_to_label (KAYNAK_TEXT_ENCODING_UTF16_BE),
                            "UTF-16"));
  g_assert_nonnull (strstr (kaynak_text_encoding_to_label (KAYNAK_TEXT_ENCODING_UTF8_BOM),
                            "UTF-8"));

  g_assert_true (kaynak_text_encoding_is_assumed (KAYNAK_TEXT_ENCODING_WINDOWS_1254));
  g_assert_false (kaynak_text_encoding_is_assumed (KAYNAK_TEXT_ENCODING_UTF8));
  g_assert_false (kaynak_text_encoding_is_assumed (KAYNAK_TEXT_ENCODING_UTF8_BOM));
  g_assert_false (kaynak_text_encoding_is_assumed (KAYNAK_TEXT_ENCODING_UTF16_LE));
  g_assert_false (kaynak_text_encoding_is_assumed (KAYNAK_TEXT_ENCODING_UTF16_BE));
}

/* --- Importing a file into a document ----------------------------------- */

typedef struct
{
  const char         *file;
  KaynakTextEncoding  encoding;
  const char         *text;
  const char         *title;
} ImportCase;

static const ImportCase import_cases[] = {
  { "utf8-turkish.txt", KAYNAK_TEXT_ENCODING_UTF8, TURKISH, "utf8-turkish" },
  { "utf8-bom.txt", KAYNAK_TEXT_ENCODING_UTF8_BOM, TURKISH, "utf8-bom" },
  { "windows-1254.txt", KAYNAK_TEXT_ENCODING_WINDOWS_1254, TURKISH, "windows-1254" },
  { "utf16le.txt", KAYNAK_TEXT_ENCODING_UTF16_LE, TURKISH, "utf16le" },
  { "crlf.txt", KAYNAK_TEXT_ENCODING_UTF8, CRLF, "crlf" },
};

static void
test_import_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (import_cases); i++)
    {
      const ImportCase *c = &import_cases[i];
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text",
                                                     c->file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *checksum = NULL;
      KaynakTextEncoding encoding = 99;
      GFile *article_file;

      g_test_message ("file %s", c->file);

      document = kaynak_text_import_file (file, &encoding, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (KAYNAK_IS_DOCUMENT (document));
      g_assert_cmpint (encoding, ==, c->encoding);
      g_assert_cmpstr (kaynak_document_get_text (document), ==, c->text);
      g_assert_cmpuint (kaynak_document_get_text_bytes (document), ==,
                        strlen (c->text));
      g_assert_cmpuint (kaynak_document_get_length (document), ==,
                        g_utf8_strlen (c->text, -1));
      g_assert_cmpstr (kaynak_document_get_title (document), ==, c->title);

      article_file = kaynak_document_get_article_file (document);
      g_assert_nonnull (article_file);
      g_assert_true (g_file_equal (article_file, file));

      /* The hash is of the decoded UTF-8, not of the file's bytes */
      checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, c->text, -1);
      g_assert_cmpstr (kaynak_document_get_sha256 (document), ==, checksum);

      g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)),
                        ==, 0);
    }
}

typedef struct
{
  const char *file;
  GQuark    (*domain) (void);
  int         code;
} ImportErrorCase;

static const ImportErrorCase import_error_cases[] = {
  { "binary.bin", kaynak_error_quark, KAYNAK_ERROR_BINARY },
  { "empty.txt", kaynak_error_quark, KAYNAK_ERROR_INVALID },
  { "neither.txt", kaynak_error_quark, KAYNAK_ERROR_ENCODING },
  { "does-not-exist.txt", g_io_error_quark, G_IO_ERROR_NOT_FOUND },
};

static void
test_import_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (import_error_cases); i++)
    {
      const ImportErrorCase *c = &import_error_cases[i];
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text",
                                                     c->file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KaynakDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("file %s", c->file);

      document = kaynak_text_import_file (file, NULL, NULL, &error);
      g_assert_null (document);
      g_assert_error (error, c->domain (), c->code);
      /* The message names the file */
      if (strstr (error->message, c->file) == NULL)
        g_error ("“%s” does not name %s", error->message, c->file);
    }
}

static void
test_import_folder (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  document = kaynak_text_import_file (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "folder"));
}

/* A device may never end: refused before reading */
static void
test_import_device (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero here");
      return;
    }

  document = kaynak_text_import_file (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "zero"));
}

/* A file over the limit is refused from its size alone: a sparse file
 * takes no disk space and would take 256 MiB of memory if it were read. */
static void
test_import_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kaynak-text-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  KaynakDocument *document;
  int fd;

  g_assert_no_error (error);
  path = g_build_filename (dir, "dev.txt", NULL);
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) KAYNAK_TEXT_MAX_SIZE + 1), ==, 0);
  close (fd);

  file = g_file_new_for_path (path);
  document = kaynak_text_import_file (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "dev.txt"));

  g_unlink (path);
  g_rmdir (dir);
}

/* The title is the file name without its last extension */
static void
test_import_title (void)
{
  static const struct { const char *name; const char *title; } cases[] = {
    { "haber.txt", "haber" },
    { "Bakan açıklaması.tr.txt", "Bakan açıklaması.tr" },
    { "uzantısız", "uzantısız" },
    { ".gizli", ".gizli" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kaynak-text-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KaynakDocument) document = NULL;

      g_assert_true (g_file_set_contents (path, "Metin.", -1, &error));
      document = kaynak_text_import_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (kaynak_document_get_title (document), ==, cases[i].title);
      g_unlink (path);
    }

  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/text-import/decode/files", test_decode_files);
  g_test_add_func ("/kaynak/text-import/decode/bytes", test_decode_bytes);
  g_test_add_func ("/kaynak/text-import/decode/too-large", test_decode_too_large);
  g_test_add_func ("/kaynak/text-import/encoding-labels", test_encoding_labels);
  g_test_add_func ("/kaynak/text-import/import/files", test_import_files);
  g_test_add_func ("/kaynak/text-import/import/errors", test_import_errors);
  g_test_add_func ("/kaynak/text-import/import/folder", test_import_folder);
  g_test_add_func ("/kaynak/text-import/import/device", test_import_device);
  g_test_add_func ("/kaynak/text-import/import/too-large", test_import_too_large);
  g_test_add_func ("/kaynak/text-import/import/title", test_import_title);

  return g_test_run ();
}
