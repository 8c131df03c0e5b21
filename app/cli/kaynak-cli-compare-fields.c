/* kaynak-cli-compare-fields.c: agreement per codebook field, written out
 * (see the header; the figures are core's, kaynak-agreement-fields.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-cli-compare-fields.h"
#include "kaynak-csv.h"

static const char *
kappa_name (KaynakAgreementFiles *files)
{
  return files->annotators->len >= 3 ? _("Fleiss’ kappa") : _("Cohen’s kappa");
}

static const char *
kappa_kind (KaynakAgreementFiles *files)
{
  return files->annotators->len >= 3 ? "fleiss" : "cohen";
}

static const char *
method_label (KaynakFieldAgreementMethod method)
{
  switch (method)
    {
    case KAYNAK_FIELD_AGREEMENT_NOMINAL:
      return _("nominal");
    case KAYNAK_FIELD_AGREEMENT_INTERVAL:
      return _("interval");
    case KAYNAK_FIELD_AGREEMENT_MASI:
      return _("MASI");
    case KAYNAK_FIELD_AGREEMENT_LISTED:
    default:
      return _("listed, not scored");
    }
}

static void
append_value (GString              *out,
              const char           *name,
              KaynakAgreementValue  value)
{
  if (value.defined)
    g_string_append_printf (out, "%s %.3f", name, value.value);
  else
    g_string_append_printf (out, _("%s undefined"), name);
}

void
kaynak_cli_compare_fields_text (GString              *out,
                                KaynakAgreementFiles *files,
                                GPtrArray            *fields)
{
  if (fields->len == 0)
    return;
  g_string_append_printf (out, "\n%s\n", _("Per field:"));
  for (guint i = 0; i < fields->len; i++)
    {
      KaynakFieldAgreement *field = g_ptr_array_index (fields, i);

      g_string_append_printf (out, "  %s (%s): ", field->label, method_label (field->method));
      if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED)
        {
          g_string_append_printf (out, _("units: %u, differing: %u\n"), field->n_units,
                                  field->differences->len);
          for (guint k = 0; k < field->differences->len; k++)
            {
              KaynakFieldDifference *difference = g_ptr_array_index (field->differences, k);

              g_string_append_printf (out, "    %s: “%s”\n",
                                      kaynak_agreement_get_document_name (files->agreement,
                                                                          difference->document),
                                      difference->where ? difference->where : "");
              for (guint a = 0; a < files->annotators->len; a++)
                if (kaynak_agreement_files_get_document (files, difference->document, a) != NULL)
                  g_string_append_printf (out, "      %s: %s\n",
                                          (const char *) g_ptr_array_index (files->annotators, a),
                                          *difference->values[a] ? difference->values[a] : _("(none)"));
            }
          continue;
        }
      /* the count printed first: a G_GUINT64_FORMAT inside a translatable
       * string cannot be extracted by xgettext */
      {
        g_autofree char *values = g_strdup_printf ("%" G_GUINT64_FORMAT, field->n_values);

        g_string_append_printf (out, _("units: %u, values: %s; "), field->n_units, values);
      }
      if (field->method == KAYNAK_FIELD_AGREEMENT_NOMINAL)
        {
          append_value (out, kappa_name (files), field->kappa);
          g_string_append (out, "; ");
        }
      append_value (out, _("Krippendorff’s alpha"), field->alpha);
      g_string_append_c (out, '\n');
    }
}

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

void
kaynak_cli_compare_fields_json (JsonBuilder          *builder,
                                KaynakAgreementFiles *files,
                                GPtrArray            *fields)
{
  if (fields->len == 0)
    return;
  json_builder_set_member_name (builder, "fields");
  json_builder_begin_array (builder);
  for (guint i = 0; i < fields->len; i++)
    {
      KaynakFieldAgreement *field = g_ptr_array_index (fields, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      if (field->id != NULL)
        json_builder_add_string_value (builder, field->id);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, field->label);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, kaynak_field_agreement_type_id (field));
      json_builder_set_member_name (builder, "target");
      json_builder_add_string_value (builder, kaynak_field_target_to_string (field->target));
      json_builder_set_member_name (builder, "method");
      json_builder_add_string_value (builder, kaynak_field_agreement_method_to_string (field->method));
      json_builder_set_member_name (builder, "units");
      json_builder_add_int_value (builder, field->n_units);
      if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED)
        {
          json_builder_set_member_name (builder, "differences");
          json_builder_begin_array (builder);
          for (guint k = 0; k < field->differences->len; k++)
            {
              KaynakFieldDifference *difference = g_ptr_array_index (field->differences, k);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "article");
              json_builder_add_string_value (builder,
                                             kaynak_agreement_get_document_name (files->agreement,
                                                                                 difference->document));
              json_builder_set_member_name (builder, "where");
              json_builder_add_string_value (builder, difference->where ? difference->where : "");
              json_builder_set_member_name (builder, "values");
              json_builder_begin_array (builder);
              for (guint a = 0; a < files->annotators->len; a++)
                if (kaynak_agreement_files_get_document (files, difference->document, a) == NULL ||
                    *difference->values[a] == '\0')
                  json_builder_add_null_value (builder);
                else
                  json_builder_add_string_value (builder, difference->values[a]);
              json_builder_end_array (builder);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      else
        {
          json_builder_set_member_name (builder, "values");
          json_builder_add_int_value (builder, (gint64) field->n_values);
          if (field->method == KAYNAK_FIELD_AGREEMENT_NOMINAL)
            {
              json_value (builder, "kappa", field->kappa);
              json_builder_set_member_name (builder, "kappa_kind");
              json_builder_add_string_value (builder, kappa_kind (files));
            }
          json_value (builder, "alpha", field->alpha);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
csv_value (GString              *out,
           KaynakAgreementValue  value,
           gboolean              last)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  kaynak_csv_append_field (out, value.defined ? g_ascii_formatd (buffer, sizeof buffer, "%.6f", value.value)
                                              : NULL, -1, FALSE, last);
}

void
kaynak_cli_compare_fields_csv (GString              *out,
                               KaynakAgreementFiles *files,
                               GPtrArray            *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      KaynakFieldAgreement *field = g_ptr_array_index (fields, i);
      g_autofree char *annotators = g_strdup_printf ("%u", files->annotators->len);
      g_autofree char *values = g_strdup_printf ("%" G_GUINT64_FORMAT, field->n_values);
      g_autofree char *units = g_strdup_printf ("%u", field->n_units);
      KaynakAgreementValue none = { FALSE, 0 };
      gboolean nominal = field->method == KAYNAK_FIELD_AGREEMENT_NOMINAL;

      if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED)
        continue;
      /* the report's columns: "claims" holds the values compared, and the
       * span figures are empty */
      kaynak_csv_append_field (out, "field", -1, FALSE, FALSE);
      /* Kaynak's own values by their type: "verdict", "attribution",
       * "source-type" */
      kaynak_csv_append_field (out, field->id ? field->id : kaynak_field_agreement_type_id (field),
                               -1, FALSE, FALSE);
      kaynak_csv_append_field (out, annotators, -1, FALSE, FALSE);
      kaynak_csv_append_field (out, values, -1, FALSE, FALSE);
      kaynak_csv_append_field (out, units, -1, FALSE, FALSE);
      csv_value (out, none, FALSE);
      csv_value (out, none, FALSE);
      csv_value (out, nominal ? field->kappa : none, FALSE);
      kaynak_csv_append_field (out, nominal ? kappa_kind (files) : kaynak_field_agreement_method_to_string (field->method),
                               -1, FALSE, FALSE);
      csv_value (out, field->alpha, TRUE);
    }
}
