/* kaynak-error.h: the error domain for every failure a user can cause.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KAYNAK_ERROR (kaynak_error_quark ())

/**
 * KaynakError:
 * @KAYNAK_ERROR_NOT_KAYNAK: the file is JSON but not a Kaynak document
 * @KAYNAK_ERROR_NEWER_VERSION: the file was made by a newer Kaynak
 * @KAYNAK_ERROR_INVALID: a field has the wrong type, value or is missing;
 *   the message names its JSON path
 * @KAYNAK_ERROR_SYNTAX: the file is not well-formed JSON
 * @KAYNAK_ERROR_TOO_LARGE: the file is over the size limit
 * @KAYNAK_ERROR_TOO_DEEP: the JSON nests deeper than the limit
 * @KAYNAK_ERROR_ENCODING: text is not valid UTF-8 (and could not be decoded)
 * @KAYNAK_ERROR_BINARY: the file looks like binary data, not text
 * @KAYNAK_ERROR_EXISTS: refusing to overwrite an existing file
 * @KAYNAK_ERROR_RANGE: an offset range is empty, reversed or out of the article
 * @KAYNAK_ERROR_NOT_FOUND: an id names nothing in the document
 * @KAYNAK_ERROR_FORMAT: an import/export format problem (unknown format,
 *   inconsistent input)
 * @KAYNAK_ERROR_CHANGED_ON_DISK: the file was changed on disk by someone
 *   else since it was loaded or last saved; writing would lose that change
 */
typedef enum
{
  KAYNAK_ERROR_NOT_KAYNAK,
  KAYNAK_ERROR_NEWER_VERSION,
  KAYNAK_ERROR_INVALID,
  KAYNAK_ERROR_SYNTAX,
  KAYNAK_ERROR_TOO_LARGE,
  KAYNAK_ERROR_TOO_DEEP,
  KAYNAK_ERROR_ENCODING,
  KAYNAK_ERROR_BINARY,
  KAYNAK_ERROR_EXISTS,
  KAYNAK_ERROR_RANGE,
  KAYNAK_ERROR_NOT_FOUND,
  KAYNAK_ERROR_FORMAT,
  KAYNAK_ERROR_CHANGED_ON_DISK,
} KaynakError;

GQuark kaynak_error_quark (void);

G_END_DECLS
