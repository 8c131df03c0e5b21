/* test-color.c: CIEDE2000 against its published test data, and the source
 * palette held apart as the article view paints it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-color.h"
#include "kaynak-source.h"

/* Table 1 of Sharma, Wu and Dalal (2005): the 34 pairs and their CIEDE2000
 * differences to four decimals, chosen to reach every branch of the
 * formula (the hue wrap around 0°/360°, the blue rotation term, greys). */
static const struct {
  KaynakLab x, y;
  double    expected;
} sharma[] = {
  { { 50.0000, 2.6772, -79.7751 }, { 50.0000, 0.0000, -82.7485 }, 2.0425 },
  { { 50.0000, 3.1571, -77.2803 }, { 50.0000, 0.0000, -82.7485 }, 2.8615 },
  { { 50.0000, 2.8361, -74.0200 }, { 50.0000, 0.0000, -82.7485 }, 3.4412 },
  { { 50.0000, -1.3802, -84.2814 }, { 50.0000, 0.0000, -82.7485 }, 1.0000 },
  { { 50.0000, -1.1848, -84.8006 }, { 50.0000, 0.0000, -82.7485 }, 1.0000 },
  { { 50.0000, -0.9009, -85.5211 }, { 50.0000, 0.0000, -82.7485 }, 1.0000 },
  { { 50.0000, 0.0000, 0.0000 }, { 50.0000, -1.0000, 2.0000 }, 2.3669 },
  { { 50.0000, -1.0000, 2.0000 }, { 50.0000, 0.0000, 0.0000 }, 2.3669 },
  { { 50.0000, 2.4900, -0.0010 }, { 50.0000, -2.4900, 0.0009 }, 7.1792 },
  { { 50.0000, 2.4900, -0.0010 }, { 50.0000, -2.4900, 0.0010 }, 7.1792 },
  { { 50.0000, 2.4900, -0.0010 }, { 50.0000, -2.4900, 0.0011 }, 7.2195 },
  { { 50.0000, 2.4900, -0.0010 }, { 50.0000, -2.4900, 0.0012 }, 7.2195 },
  { { 50.0000, -0.0010, 2.4900 }, { 50.0000, 0.0009, -2.4900 }, 4.8045 },
  { { 50.0000, -0.0010, 2.4900 }, { 50.0000, 0.0010, -2.4900 }, 4.8045 },
  { { 50.0000, -0.0010, 2.4900 }, { 50.0000, 0.0011, -2.4900 }, 4.7461 },
  { { 50.0000, 2.5000, 0.0000 }, { 50.0000, 0.0000, -2.5000 }, 4.3065 },
  { { 50.0000, 2.5000, 0.0000 }, { 73.0000, 25.0000, -18.0000 }, 27.1492 },
  { { 50.0000, 2.5000, 0.0000 }, { 61.0000, -5.0000, 29.0000 }, 22.8977 },
  { { 50.0000, 2.5000, 0.0000 }, { 56.0000, -27.0000, -3.0000 }, 31.9030 },
  { { 50.0000, 2.5000, 0.0000 }, { 58.0000, 24.0000, 15.0000 }, 19.4535 },
  { { 50.0000, 2.5000, 0.0000 }, { 50.0000, 3.1736, 0.5854 }, 1.0000 },
  { { 50.0000, 2.5000, 0.0000 }, { 50.0000, 3.2972, 0.0000 }, 1.0000 },
  { { 50.0000, 2.5000, 0.0000 }, { 50.0000, 1.8634, 0.5757 }, 1.0000 },
  { { 50.0000, 2.5000, 0.0000 }, { 50.0000, 3.2592, 0.3350 }, 1.0000 },
  { { 60.2574, -34.0099, 36.2677 }, { 60.4626, -34.1751, 39.4387 }, 1.2644 },
  { { 63.0109, -31.0961, -5.8663 }, { 62.8187, -29.7946, -4.0864 }, 1.2630 },
  { { 61.2901, 3.7196, -5.3901 }, { 61.4292, 2.2480, -4.9620 }, 1.8731 },
  { { 35.0831, -44.1164, 3.7933 }, { 35.0232, -40.0716, 1.5901 }, 1.8645 },
  { { 22.7233, 20.0904, -46.6940 }, { 23.0331, 14.9730, -42.5619 }, 2.0373 },
  { { 36.4612, 47.8580, 18.3852 }, { 36.2715, 50.5065, 21.2231 }, 1.4146 },
  { { 90.8027, -2.0831, 1.4410 }, { 91.1528, -1.6435, 0.0447 }, 1.4441 },
  { { 90.9257, -0.5406, -0.9208 }, { 88.6381, -0.8985, -0.7239 }, 1.5381 },
  { { 6.7747, -0.2908, -2.4247 }, { 5.8714, -0.0985, -2.2286 }, 0.6377 },
  { { 2.0776, 0.0795, -1.1350 }, { 0.9033, -0.0636, -0.5514 }, 0.9082 },
};

static void
test_sharma_pairs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sharma); i++)
    {
      double there = kaynak_color_ciede2000 (&sharma[i].x, &sharma[i].y);
      double back = kaynak_color_ciede2000 (&sharma[i].y, &sharma[i].x);

      /* to the four decimals the paper prints, and the same both ways */
      g_assert_cmpfloat_with_epsilon (there, sharma[i].expected, 0.00005);
      g_assert_cmpfloat_with_epsilon (back, there, 1e-9);
    }
}

/* sRGB to Lab against values any colour calculator gives (D65) */
static void
test_rgb_to_lab (void)
{
  static const struct {
    const char *color;
    KaynakLab   lab;
  } known[] = {
    { "#ffffff", { 100.0, 0.0, 0.0 } },
    { "#000000", { 0.0, 0.0, 0.0 } },
    { "#ff0000", { 53.2408, 80.0925, 67.2032 } },
    { "#0000ff", { 32.2970, 79.1875, -107.8602 } },
    { "#808080", { 53.5850, 0.0, 0.0 } },
  };
  double rgb[3];

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      KaynakLab lab;

      g_assert_true (kaynak_color_parse (known[i].color, rgb));
      kaynak_color_rgb_to_lab (rgb, &lab);
      g_assert_cmpfloat_with_epsilon (lab.l, known[i].lab.l, 0.01);
      g_assert_cmpfloat_with_epsilon (lab.a, known[i].lab.a, 0.01);
      g_assert_cmpfloat_with_epsilon (lab.b, known[i].lab.b, 0.01);
    }

  g_assert_false (kaynak_color_parse ("red", rgb));
  g_assert_false (kaynak_color_parse ("#12345", rgb));
  g_assert_false (kaynak_color_parse ("#12345g", rgb));
  g_assert_false (kaynak_color_parse (NULL, rgb));
  g_assert_cmpfloat (kaynak_color_drawn_distance ("#ff0000", "nope"), ==, 0);
}

/* Every two palette colours, painted as highlights in the light and the
 * dark style, are KAYNAK_PALETTE_MIN_DISTANCE apart at least; so is each
 * from the text selection, from the grey of a claim with no source and
 * from the page itself. */
static void
test_palette_distinct (void)
{
  guint n = kaynak_source_palette_size ();
  double least = G_MAXDOUBLE;

  g_assert_cmpuint (n, >=, 12);

  for (guint style = 0; style < KAYNAK_N_COLOR_STYLES; style++)
    {
      KaynakLab selection, grey, page;

      kaynak_color_selection_lab (style, &selection);
      kaynak_color_view_lab (style, &page);
      g_assert_true (kaynak_color_drawn_lab (KAYNAK_NO_SOURCE_COLOR, style, &grey));

      for (guint i = 0; i < n; i++)
        {
          KaynakLab a;

          g_assert_true (kaynak_color_drawn_lab (kaynak_source_palette_color (i), style, &a));
          /* and a highlight must show on the page at all */
          if (kaynak_color_ciede2000 (&a, &selection) < KAYNAK_PALETTE_MIN_DISTANCE ||
              kaynak_color_ciede2000 (&a, &grey) < KAYNAK_PALETTE_MIN_DISTANCE ||
              kaynak_color_ciede2000 (&a, &page) < KAYNAK_PALETTE_MIN_DISTANCE)
            g_error ("%s is too near the selection, the no-source grey or the page in the %s style",
                     kaynak_source_palette_color (i), style ? "dark" : "light");

          for (guint j = i + 1; j < n; j++)
            {
              KaynakLab b;
              double d;

              g_assert_true (kaynak_color_drawn_lab (kaynak_source_palette_color (j), style, &b));
              d = kaynak_color_ciede2000 (&a, &b);
              least = MIN (least, d);
              if (d < KAYNAK_PALETTE_MIN_DISTANCE)
                g_error ("%s and %s are only %.2f apart in the %s style",
                         kaynak_source_palette_color (i), kaynak_source_palette_color (j),
                         d, style ? "dark" : "light");
            }
        }
    }
  g_test_message ("least difference between two palette colours: %.2f", least);

  /* the one-call forms agree with the above */
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat (kaynak_color_selection_distance (kaynak_source_palette_color (i)),
                       >=, KAYNAK_PALETTE_MIN_DISTANCE);

  /* and the check can fail: GNOME's blue is the selection colour itself */
  g_assert_cmpfloat (kaynak_color_selection_distance ("#3584e4"), <, 1.0);
}

/* A new source takes the palette colour farthest from those in use: in an
 * empty document the first, then each time one unlike all before it, and
 * never a colour in use while a free one is left */
static void
test_palette_pick (void)
{
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  guint n = kaynak_source_palette_size ();
  const char *user_blue[] = { "#0000f0", NULL };

  g_assert_cmpstr (kaynak_source_palette_pick (NULL), ==, kaynak_source_palette_color (0));

  for (guint i = 0; i < n; i++)
    {
      const char *picked;

      g_ptr_array_add (used, NULL);
      picked = kaynak_source_palette_pick ((const char * const *) used->pdata);
      g_ptr_array_remove_index (used, used->len - 1);
      for (guint j = 0; j < used->len; j++)
        g_assert_cmpstr (picked, !=, g_ptr_array_index (used, j));
      g_ptr_array_add (used, (gpointer) picked);
    }

  /* a colour the user chose counts too: next to a hand-picked blue, the
   * palette's blue is not the one taken */
  g_assert_cmpstr (kaynak_source_palette_pick (user_blue), !=, "#0000f2");
  g_assert_cmpfloat (kaynak_color_drawn_distance (kaynak_source_palette_pick (user_blue), "#0000f0"),
                     >=, KAYNAK_PALETTE_MIN_DISTANCE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/color/ciede2000-sharma-test-pairs", test_sharma_pairs);
  g_test_add_func ("/kaynak/color/srgb-to-lab", test_rgb_to_lab);
  g_test_add_func ("/kaynak/color/palette-distinct-in-light-and-dark", test_palette_distinct);
  g_test_add_func ("/kaynak/color/new-source-takes-the-most-distant-colour", test_palette_pick);

  return g_test_run ();
}
