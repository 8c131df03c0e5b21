/* kaynak-cli-compare.c: `kaynak --compare A B [C…] [--json|--csv]`.
 *
 * The numbers are all computed in core (kaynak-agreement.h); this file
 * only writes them out: a report for people on stdout, or JSON or CSV
 * for programs (their members and columns are in the README's
 * "Comparing annotators").  An undefined figure is "undefined" in the
 * report, null in JSON and an empty cell in CSV, never NaN.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "kaynak-agreement-files.h"
#include "kaynak-cli-compare-fields.h"
#include "kaynak-cli.h"
#include "kaynak-cli-compare.h"
#include "kaynak-csv.h"
#include "kaynak-enums.h"

typedef struct
{
  KaynakAgreementFiles *files;
  KaynakAgreement      *agreement;
  guint                 n_annotators;
  GPtrArray            *fields;   /* KaynakFieldAgreement: the codebook's */
} Compare;

/* Fleiss' kappa once there are three annotators or more */
static const char *
kappa_kind (Compare *c)
{
  return c->n_annotators >= 3 ? "fleiss" : "cohen";
}

static const char *
source_label (Compare *c,
              guint    source)
{
  if (source == KAYNAK_AGREEMENT_NO_SOURCE)
    return NULL;
  return kaynak_agreement_get_source_label (c->agreement, source);
}

static char *
quote_of (Compare                   *c,
          guint                      document,
          const KaynakAgreementSpan *span)
{
  const char *text = g_ptr_array_index (c->files->texts, document);
  const char *start = g_utf8_offset_to_pointer (text, span->start);
  const char *end = g_utf8_offset_to_pointer (start, span->end - span->start);

  return g_strndup (start, end - start);
}

static const char * const kind_ids[] = {
  "missing-span", "different-span", "different-source", "different-status",
  "different-attribution", "different-source-type",
};

static const char *
kind_label (guint bit)
{
  switch (bit)
    {
    case 0: return _("missing span");
    case 1: return _("different span");
    case 2: return _("different source");
    case 4: return _("different attribution");
    case 5: return _("different source type");
    default: return _("different status");
    }
}

/* --- The report ------------------------------------------------------------- */

static void
append_value (GString              *out,
              const char           *name,
              KaynakAgreementValue  value)
{
  if (value.defined)
    g_string_append_printf (out, "%s %.3f", name, value.value);
  else
    /* Translators: a figure that cannot be computed, e.g. "kappa undefined" */
    g_string_append_printf (out, _("%s undefined"), name);
}

static void
append_figures (GString                      *out,
                Compare                      *c,
                const KaynakAgreementFigures *f)
{
  /* Translators: the claims counted and the units they form; no plural
   * forms needed with the colons */
  g_string_append_printf (out, _("claims: %u, units: %u; "), f->n_spans, f->n_units);
  append_value (out, _("span F1 exact"), f->exact_f1);
  g_string_append (out, ", ");
  append_value (out, _("overlap"), f->overlap_f1);
  g_string_append (out, "; ");
  append_value (out, c->n_annotators >= 3 ? _("Fleiss’ kappa") : _("Cohen’s kappa"), f->kappa);
  g_string_append (out, "; ");
  append_value (out, _("Krippendorff’s alpha"), f->alpha);
}

static void
print_report (Compare   *c,
              GPtrArray *disagreements)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_documents = kaynak_agreement_get_n_documents (c->agreement);
  guint n_sources = kaynak_agreement_get_n_sources (c->agreement);
  KaynakAgreementFigures f;

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u annotator", "%u annotators",
                                             c->n_annotators), c->n_annotators);
  g_string_append (out, ": ");
  for (guint a = 0; a < c->n_annotators; a++)
    g_string_append_printf (out, "%s%s", a > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (c->files->annotators, a));
  g_string_append (out, "\n");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u article compared\n",
                                             "%u articles compared\n", n_documents), n_documents);

  kaynak_agreement_get_overall (c->agreement, &f);
  g_string_append (out, _("Overall: "));
  append_figures (out, c, &f);
  g_string_append (out, "\n");

  if (n_documents > 1)
    {
      g_string_append_printf (out, "\n%s\n", _("Per article:"));
      for (guint d = 0; d < n_documents; d++)
        {
          kaynak_agreement_get_document (c->agreement, d, &f);
          g_string_append_printf (out, "  %s (%u): ", kaynak_agreement_get_document_name (c->agreement, d),
                                  kaynak_agreement_get_document_n_annotators (c->agreement, d));
          append_figures (out, c, &f);
          g_string_append (out, "\n");
        }
    }

  if (n_sources > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Per source (that source against the rest):"));
      for (guint s = 0; s < n_sources; s++)
        {
          kaynak_agreement_get_source (c->agreement, s, &f);
          if (f.n_spans == 0)
            continue;
          g_string_append_printf (out, "  %s: ", kaynak_agreement_get_source_label (c->agreement, s));
          append_figures (out, c, &f);
          g_string_append (out, "\n");
        }
    }

  kaynak_cli_compare_fields_text (out, c->files, c->fields);

  g_string_append_printf (out, "\n%s (%u)\n", _("Disagreements"), disagreements->len);
  for (guint i = 0; i < disagreements->len; i++)
    {
      const KaynakDisagreement *d = g_ptr_array_index (disagreements, i);
      gboolean first = TRUE;

      g_string_append_printf (out, "  %s: ", kaynak_agreement_get_document_name (c->agreement, d->document));
      for (guint bit = 0; bit < G_N_ELEMENTS (kind_ids); bit++)
        if (d->kinds & (1u << bit))
          {
            g_string_append_printf (out, "%s%s", first ? "" : ", ", kind_label (bit));
            first = FALSE;
          }
      g_string_append (out, "\n");
      for (guint a = 0; a < c->n_annotators; a++)
        {
          const KaynakAgreementSpan *span = d->spans[a];
          const char *name = g_ptr_array_index (c->files->annotators, a);

          if (span == NULL)
            {
              /* an annotator without the article is not missing a span */
              if (kaynak_agreement_get_document_has_annotator (c->agreement, d->document, a))
                g_string_append_printf (out, "    %s: %s\n", name, _("(not marked)"));
            }
          else
            {
              g_autofree char *quote = quote_of (c, d->document, span);
              const char *label = source_label (c, span->source);

              g_string_append_printf (out, "    %s: %u–%u “%s” — %s, %s\n", name, span->start, span->end, quote,
                                      label != NULL ? label : _("no source"),
                                      kaynak_claim_status_to_label ((KaynakClaimStatus) span->status));
            }
        }
    }

  if (c->files->unpartnered->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Files without a partner (no other folder has their article):"));
      for (guint i = 0; i < c->files->unpartnered->len; i++)
        g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (c->files->unpartnered, i));
    }

  fputs (out->str, stdout);
}

/* --- JSON ------------------------------------------------------------------- */

static void
json_value (JsonBuilder          *builder,
            const char           *name,
            KaynakAgreementValue  value)
{
  json_builder_set_member_name (builder, name);
  if (value.defined)
    json_builder_add_double_value (builder, value.value);
  else
    json_builder_add_null_value (builder);
}

static void
json_figures (JsonBuilder                  *builder,
              Compare                      *c,
              const KaynakAgreementFigures *f)
{
  json_builder_set_member_name (builder, "claims");
  json_builder_add_int_value (builder, f->n_spans);
  json_builder_set_member_name (builder, "units");
  json_builder_add_int_value (builder, f->n_units);
  json_value (builder, "exact_f1", f->exact_f1);
  json_value (builder, "overlap_f1", f->overlap_f1);
  json_value (builder, "kappa", f->kappa);
  json_builder_set_member_name (builder, "kappa_kind");
  json_builder_add_string_value (builder, kappa_kind (c));
  json_value (builder, "alpha", f->alpha);
}

static void
print_json (Compare   *c,
            GPtrArray *disagreements)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  KaynakAgreementFigures f;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "annotators");
  json_builder_begin_array (builder);
  for (guint a = 0; a < c->n_annotators; a++)
    json_builder_add_string_value (builder, g_ptr_array_index (c->files->annotators, a));
  json_builder_end_array (builder);

  kaynak_agreement_get_overall (c->agreement, &f);
  json_builder_set_member_name (builder, "overall");
  json_builder_begin_object (builder);
  json_figures (builder, c, &f);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint d = 0; d < kaynak_agreement_get_n_documents (c->agreement); d++)
    {
      kaynak_agreement_get_document (c->agreement, d, &f);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, kaynak_agreement_get_document_name (c->agreement, d));
      json_builder_set_member_name (builder, "annotators");
      json_builder_add_int_value (builder, kaynak_agreement_get_document_n_annotators (c->agreement, d));
      json_figures (builder, c, &f);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint s = 0; s < kaynak_agreement_get_n_sources (c->agreement); s++)
    {
      kaynak_agreement_get_source (c->agreement, s, &f);
      if (f.n_spans == 0)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, kaynak_agreement_get_source_label (c->agreement, s));
      json_figures (builder, c, &f);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "disagreements");
  json_builder_begin_array (builder);
  for (guint i = 0; i < disagreements->len; i++)
    {
      const KaynakDisagreement *d = g_ptr_array_index (disagreements, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      json_builder_add_string_value (builder, kaynak_agreement_get_document_name (c->agreement, d->document));
      json_builder_set_member_name (builder, "kinds");
      json_builder_begin_array (builder);
      for (guint bit = 0; bit < G_N_ELEMENTS (kind_ids); bit++)
        if (d->kinds & (1u << bit))
          json_builder_add_string_value (builder, kind_ids[bit]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "spans");
      json_builder_begin_array (builder);
      for (guint a = 0; a < c->n_annotators; a++)
        {
          const KaynakAgreementSpan *span = d->spans[a];
          g_autofree char *quote = NULL;
          const char *label;

          if (span == NULL)
            {
              json_builder_add_null_value (builder);
              continue;
            }
          quote = quote_of (c, d->document, span);
          label = source_label (c, span->source);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, span->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, span->end);
          json_builder_set_member_name (builder, "quote");
          json_builder_add_string_value (builder, quote);
          json_builder_set_member_name (builder, "source");
          if (label != NULL)
            json_builder_add_string_value (builder, label);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, kaynak_claim_status_to_id ((KaynakClaimStatus) span->status));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  kaynak_cli_compare_fields_json (builder, c->files, c->fields);

  json_builder_set_member_name (builder, "unpartnered");
  json_builder_begin_array (builder);
  for (guint i = 0; i < c->files->unpartnered->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (c->files->unpartnered, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* --- CSV -------------------------------------------------------------------- */

static void
csv_number (GString *out,
            guint64  value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GUINT64_FORMAT, value);
  kaynak_csv_append_field (out, buffer, -1, FALSE, FALSE);
}

static void
csv_value (GString              *out,
           KaynakAgreementValue  value,
           gboolean              last)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* an undefined figure is an empty cell, never NaN */
  kaynak_csv_append_field (out, value.defined ? g_ascii_formatd (buffer, sizeof buffer, "%.6f", value.value)
                                              : NULL, -1, FALSE, last);
}

static void
csv_row (GString                      *out,
         Compare                      *c,
         const char                   *scope,
         const char                   *name,
         guint                         n_annotators,
         const KaynakAgreementFigures *f)
{
  kaynak_csv_append_field (out, scope, -1, FALSE, FALSE);
  kaynak_csv_append_field (out, name, -1, FALSE, FALSE);
  csv_number (out, n_annotators);
  csv_number (out, f->n_spans);
  csv_number (out, f->n_units);
  csv_value (out, f->exact_f1, FALSE);
  csv_value (out, f->overlap_f1, FALSE);
  csv_value (out, f->kappa, FALSE);
  kaynak_csv_append_field (out, kappa_kind (c), -1, FALSE, FALSE);
  csv_value (out, f->alpha, TRUE);
}

static void
print_csv (Compare *c)
{
  g_autoptr(GString) out = g_string_new ("scope,name,annotators,claims,units,exact_f1,overlap_f1,kappa,kappa_kind,alpha\r\n");
  KaynakAgreementFigures f;

  kaynak_agreement_get_overall (c->agreement, &f);
  csv_row (out, c, "overall", "", c->n_annotators, &f);
  for (guint d = 0; d < kaynak_agreement_get_n_documents (c->agreement); d++)
    {
      kaynak_agreement_get_document (c->agreement, d, &f);
      csv_row (out, c, "article", kaynak_agreement_get_document_name (c->agreement, d),
               kaynak_agreement_get_document_n_annotators (c->agreement, d), &f);
    }
  for (guint s = 0; s < kaynak_agreement_get_n_sources (c->agreement); s++)
    {
      kaynak_agreement_get_source (c->agreement, s, &f);
      if (f.n_spans > 0)
        csv_row (out, c, "source", kaynak_agreement_get_source_label (c->agreement, s), c->n_annotators, &f);
    }
  kaynak_cli_compare_fields_csv (out, c->files, c->fields);
  fwrite (out->str, 1, out->len, stdout);
}

int
kaynak_cli_compare (char                  **paths,
                    KaynakCliCompareOutput  output)
{
  g_autoptr(KaynakAgreementFiles) files = NULL;
  g_autoptr(GPtrArray) disagreements = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GError) error = NULL;
  Compare c;

  files = kaynak_agreement_files_load ((const char * const *) paths, &error);
  if (files == NULL)
    {
      g_printerr ("kaynak: %s\n", error->message);
      return KAYNAK_CLI_EXIT_FAILED;
    }
  c.files = files;
  c.agreement = files->agreement;
  c.n_annotators = kaynak_agreement_get_n_annotators (files->agreement);

  if (kaynak_agreement_get_n_documents (c.agreement) == 0)
    {
      g_printerr ("kaynak: %s\n", _("No article is in two of the folders: nothing to compare"));
      return KAYNAK_CLI_EXIT_FAILED;
    }

  disagreements = kaynak_agreement_list_disagreements (c.agreement);
  fields = kaynak_agreement_fields_compute (files);
  c.fields = fields;
  switch (output)
    {
    case KAYNAK_CLI_COMPARE_JSON:
      print_json (&c, disagreements);
      break;
    case KAYNAK_CLI_COMPARE_CSV:
      print_csv (&c);
      break;
    case KAYNAK_CLI_COMPARE_TEXT:
    default:
      print_report (&c, disagreements);
      break;
    }
  return KAYNAK_CLI_EXIT_OK;
}
