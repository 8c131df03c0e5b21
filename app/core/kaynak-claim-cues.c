/* kaynak-claim-cues.c: adding and removing a claim's cues, the words that
 * mark it as reported ("iddia edilmişti", "doğrulamıştı").  The rule for
 * what a cue may be lives here, once, for the window and any other front
 * end; the change itself is kaynak_document_set_claim_cues(), undoable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-document.h"
#include "kaynak-document-impl.h"
#include "kaynak-error.h"

/* White space runs (a line break in a selection) become one space, and the
 * ends go */
static char *
normalize_cue (const char *cue)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = cue; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
kaynak_document_add_claim_cue (KaynakDocument  *self,
                               const char      *id,
                               const char      *cue,
                               GError         **error)
{
  g_autofree char *words = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) cues = NULL;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (cue != NULL, FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;

  words = normalize_cue (cue);
  if (words[0] == '\0')
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("Select the words that mark the claim as reported, such as “iddia edilmişti”."));
      return FALSE;
    }
  if (g_utf8_strlen (words, -1) > KAYNAK_CUE_MAX_LENGTH)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("A cue is a few words, such as “iddia edilmişti”: select at most %u characters."),
                   (guint) KAYNAK_CUE_MAX_LENGTH);
      return FALSE;
    }
  if (g_strv_contains (kaynak_claim_get_cues (claim), words))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("“%s” is a cue of this claim already."), words);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) kaynak_claim_get_cues (claim));
  g_strv_builder_add (builder, words);
  cues = g_strv_builder_end (builder);

  return kaynak_document_set_claim_cues (self, id, (const char * const *) cues, error);
}

gboolean
kaynak_document_remove_claim_cue (KaynakDocument  *self,
                                  const char      *id,
                                  const char      *cue,
                                  GError         **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) cues = NULL;
  const char * const *old;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (cue != NULL, FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;

  old = kaynak_claim_get_cues (claim);
  if (!g_strv_contains (old, cue))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("“%s” is not a cue of this claim."), cue);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  for (guint i = 0; old[i] != NULL; i++)
    if (!g_str_equal (old[i], cue))
      g_strv_builder_add (builder, old[i]);
  cues = g_strv_builder_end (builder);

  return kaynak_document_set_claim_cues (self, id, (const char * const *) cues, error);
}
