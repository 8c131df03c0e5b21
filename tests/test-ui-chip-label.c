/* test-ui-chip-label.c: the source chip's name measures and draws as the
 * GtkLabel it replaced, and lays each name out once to measure it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-chip-label.h"
#include "kaynak-test-ui-util.h"

static const char * const texts[] = {
  "", "A", "Beyaz Saray", "İçişleri Bakanlığı", "the influential US daily",
  "The Washington Post, the influential United States daily newspaper of record",
  "وزارة الخارجية", "No source",
};

static void
measure_all (GtkWidget *widget,
             int        out[6])
{
  int dummy;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &out[0], &out[1], &dummy, &dummy);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &out[2], &out[3], &out[4], &out[5]);
}

/* Beside a GtkLabel as the claim row had it (ellipsized at the end,
 * xalign 0, the caption style), in a window, for each kind of text: the
 * same minimum and natural width, height and baselines */
static void
test_measures_as_a_label (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *chip = kaynak_chip_label_new ();

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (chip, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), chip);
  gtk_window_set_child (GTK_WINDOW (window), box);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      int a[6], b[6];

      gtk_label_set_text (GTK_LABEL (label), texts[i]);
      kaynak_chip_label_set_text (KAYNAK_CHIP_LABEL (chip), texts[i]);
      measure_all (label, a);
      measure_all (chip, b);
      for (int k = 0; k < 6; k++)
        {
          if (a[k] != b[k])
            g_test_message ("“%s”: measure %d: label %d, chip %d", texts[i], k, a[k], b[k]);
          g_assert_cmpint (a[k], ==, b[k]);
        }
      /* and it tells a screen reader its text */
      g_assert_cmpstr (kaynak_chip_label_get_text (KAYNAK_CHIP_LABEL (chip)), ==, texts[i]);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the cache is for: rows bound again and again with the same few
 * names measure without laying the names out again */
static void
test_names_laid_out_once (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *chips[50];
  guint before;

  gtk_window_set_child (GTK_WINDOW (window), box);
  for (guint i = 0; i < G_N_ELEMENTS (chips); i++)
    {
      chips[i] = kaynak_chip_label_new ();
      gtk_widget_add_css_class (chips[i], "caption");
      gtk_box_append (GTK_BOX (box), chips[i]);
    }

  before = _kaynak_chip_label_get_n_measured_layouts ();
  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < G_N_ELEMENTS (chips); i++)
      {
        g_autofree char *name = g_strdup_printf ("Kaynak %u", (i + round) % 5);
        int m[6];

        kaynak_chip_label_set_text (KAYNAK_CHIP_LABEL (chips[i]), name);
        measure_all (chips[i], m);
        g_assert_cmpint (m[1], >, 0);
      }
  /* five names, 200 measures */
  g_assert_cmpuint (_kaynak_chip_label_get_n_measured_layouts () - before, ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_tests (void)
{
  g_test_add_func ("/kaynak/chip-label/measures-as-a-label", test_measures_as_a_label);
  g_test_add_func ("/kaynak/chip-label/names-laid-out-once", test_names_laid_out_once);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "chip-label", add_tests);
}
