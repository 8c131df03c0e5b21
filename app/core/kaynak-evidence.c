/* kaynak-evidence.c: a claim's evidence list, a counted value, and the
 * rules of its addresses and dates (see kaynak-evidence.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-evidence.h"

struct _KaynakEvidenceList
{
  guint          n;
  KaynakEvidence items[];  /* n, each string g_strdup'd */
};

static void
list_clear (gpointer data)
{
  KaynakEvidenceList *list = data;

  for (guint i = 0; i < list->n; i++)
    {
      g_free ((char *) list->items[i].url);
      g_free ((char *) list->items[i].archived);
      g_free ((char *) list->items[i].date);
      g_free ((char *) list->items[i].note);
    }
}

static KaynakEvidenceList *
list_alloc (guint n)
{
  KaynakEvidenceList *list =
    g_atomic_rc_box_alloc0 (sizeof (KaynakEvidenceList) + n * sizeof (KaynakEvidence));

  list->n = n;
  return list;
}

static void
copy_item (KaynakEvidence       *to,
           const KaynakEvidence *from)
{
  to->url = g_strdup (from->url ? from->url : "");
  to->archived = g_strdup (from->archived ? from->archived : "");
  to->date = g_strdup (from->date ? from->date : "");
  to->note = g_strdup (from->note ? from->note : "");
}

KaynakEvidenceList *
kaynak_evidence_list_new (const KaynakEvidence *items,
                          guint                 n)
{
  KaynakEvidenceList *list;

  g_return_val_if_fail (n == 0 || items != NULL, NULL);

  if (n == 0)
    return NULL;
  list = list_alloc (n);
  for (guint i = 0; i < n; i++)
    copy_item (&list->items[i], &items[i]);
  return list;
}

KaynakEvidenceList *
kaynak_evidence_list_ref (KaynakEvidenceList *list)
{
  return list != NULL ? g_atomic_rc_box_acquire (list) : NULL;
}

void
kaynak_evidence_list_unref (KaynakEvidenceList *list)
{
  if (list != NULL)
    g_atomic_rc_box_release_full (list, list_clear);
}

guint
kaynak_evidence_list_get_n (const KaynakEvidenceList *list)
{
  return list != NULL ? list->n : 0;
}

const KaynakEvidence *
kaynak_evidence_list_get (const KaynakEvidenceList *list,
                          guint                     i)
{
  g_return_val_if_fail (i < kaynak_evidence_list_get_n (list), NULL);
  return &list->items[i];
}

gboolean
kaynak_evidence_list_equal (const KaynakEvidenceList *a,
                            const KaynakEvidenceList *b)
{
  if (a == b)
    return TRUE;
  if (kaynak_evidence_list_get_n (a) != kaynak_evidence_list_get_n (b))
    return FALSE;
  for (guint i = 0; i < a->n; i++)
    if (!g_str_equal (a->items[i].url, b->items[i].url) ||
        !g_str_equal (a->items[i].archived, b->items[i].archived) ||
        !g_str_equal (a->items[i].date, b->items[i].date) ||
        !g_str_equal (a->items[i].note, b->items[i].note))
      return FALSE;
  return TRUE;
}

/* A new list of the items of @list in the order @order gives (indices,
 * G_MAXUINT for @item), @n long */
static KaynakEvidenceList *
rebuild (const KaynakEvidenceList *list,
         const guint              *order,
         guint                     n,
         const KaynakEvidence     *item)
{
  KaynakEvidenceList *copy;

  if (n == 0)
    return NULL;
  copy = list_alloc (n);
  for (guint k = 0; k < n; k++)
    copy_item (&copy->items[k], order[k] == G_MAXUINT ? item : &list->items[order[k]]);
  return copy;
}

KaynakEvidenceList *
kaynak_evidence_list_insert (const KaynakEvidenceList *list,
                             guint                     position,
                             const KaynakEvidence     *item)
{
  guint n = kaynak_evidence_list_get_n (list);
  g_autofree guint *order = g_new (guint, n + 1);
  guint k = 0;

  g_return_val_if_fail (item != NULL, NULL);

  position = MIN (position, n);
  for (guint i = 0; i <= n; i++)
    {
      if (i == position)
        order[k++] = G_MAXUINT;
      if (i < n)
        order[k++] = i;
    }
  return rebuild (list, order, n + 1, item);
}

KaynakEvidenceList *
kaynak_evidence_list_replace (const KaynakEvidenceList *list,
                              guint                     i,
                              const KaynakEvidence     *item)
{
  guint n = kaynak_evidence_list_get_n (list);
  g_autofree guint *order = NULL;

  g_return_val_if_fail (i < n && item != NULL, NULL);

  order = g_new (guint, n);
  for (guint k = 0; k < n; k++)
    order[k] = k == i ? G_MAXUINT : k;
  return rebuild (list, order, n, item);
}

KaynakEvidenceList *
kaynak_evidence_list_move (const KaynakEvidenceList *list,
                           guint                     i,
                           guint                     to)
{
  guint n = kaynak_evidence_list_get_n (list);
  g_autofree guint *order = NULL;
  guint k = 0;

  g_return_val_if_fail (i < n && to < n, NULL);

  order = g_new (guint, n);
  /* the others in their order, with @i put in at @to */
  for (guint j = 0; j < n; j++)
    {
      if (j == i)
        continue;
      if (k == to)
        order[k++] = i;
      order[k++] = j;
    }
  if (k < n)
    order[k++] = i;
  return rebuild (list, order, n, NULL);
}

KaynakEvidenceList *
kaynak_evidence_list_remove (const KaynakEvidenceList *list,
                             guint                     i)
{
  guint n = kaynak_evidence_list_get_n (list);
  g_autofree guint *order = NULL;
  guint k = 0;

  g_return_val_if_fail (i < n, NULL);

  order = g_new (guint, n);
  for (guint j = 0; j < n; j++)
    if (j != i)
      order[k++] = j;
  return rebuild (list, order, n - 1, NULL);
}

/* --- The rules -------------------------------------------------------------- */

gboolean
kaynak_evidence_check_url (const char  *url,
                           GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (url == NULL || url[0] == '\0')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("The address is empty."));
      return FALSE;
    }
  if (strlen (url) > KAYNAK_EVIDENCE_MAX_URL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The address is longer than %u characters."), KAYNAK_EVIDENCE_MAX_URL);
      return FALSE;
    }
  /* Strict parsing: white space or a bare word is no address */
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || strpbrk (url, " \t\r\n") != NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("“%s” is not a web address: it must start with http:// or https:// and name a host."),
                   url);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_digits (const char *s,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
kaynak_evidence_check_date (const char  *date,
                            GError     **error)
{
  gboolean valid = FALSE;

  if (date == NULL || date[0] == '\0')
    return TRUE;

  /* A day, YYYY-MM-DD, is what a fact-checker writes most */
  if (strlen (date) == 10 && is_digits (date, 4) && date[4] == '-' &&
      is_digits (date + 5, 2) && date[7] == '-' && is_digits (date + 8, 2))
    {
      guint year = atoi (date), month = atoi (date + 5), day = atoi (date + 8);

      valid = year >= 1 && month >= 1 && month <= 12 &&
              g_date_valid_dmy (day, month, year);
    }
  /* A day and a time, with or without a zone (UTC then) */
  else if (strlen (date) > 10 && strlen (date) < 64 && date[10] == 'T')
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (date, utc);

      valid = time != NULL;
    }

  if (!valid)
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                 _("“%s” is not a date: write it as 2024-11-05, or 2024-11-05T10:30:00Z with a time."),
                 date);
  return valid;
}

gboolean
kaynak_evidence_check (const KaynakEvidence  *item,
                       GError               **error)
{
  g_return_val_if_fail (item != NULL, FALSE);

  if (!kaynak_evidence_check_url (item->url, error))
    return FALSE;
  if (item->archived != NULL && item->archived[0] != '\0' &&
      !kaynak_evidence_check_url (item->archived, error))
    {
      g_prefix_error (error, _("Archived copy: "));
      return FALSE;
    }
  if (!kaynak_evidence_check_date (item->date, error))
    return FALSE;
  if (item->note != NULL && strlen (item->note) > KAYNAK_EVIDENCE_MAX_NOTE)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The note is longer than %u characters."), KAYNAK_EVIDENCE_MAX_NOTE);
      return FALSE;
    }
  return TRUE;
}
