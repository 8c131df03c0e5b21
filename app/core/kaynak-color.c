/* kaynak-color.c: painted highlight colours and CIEDE2000.
 *
 * The formula follows Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference
 * Formula: Implementation Notes, Supplementary Test Data, and Mathematical
 * Observations" (Color Research and Application 30(1), 2005), whose test
 * pairs tests/test-color.c checks to four decimals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kaynak-color.h"

/* libadwaita 1.2's @view_bg_color in each style */
static const double view_bg[KAYNAK_N_COLOR_STYLES][3] = {
  { 1.0, 1.0, 1.0 },
  { 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0 },
};
static const double highlight_alpha[KAYNAK_N_COLOR_STYLES] = {
  KAYNAK_HIGHLIGHT_ALPHA_LIGHT,
  KAYNAK_HIGHLIGHT_ALPHA_DARK,
};
/* libadwaita 1.2: selection:focus-within { background-color:
 * alpha(@accent_bg_color, 0.3) }, @accent_bg_color being @blue_3 */
#define SELECTION_COLOR "#3584e4"
#define SELECTION_ALPHA 0.3

gboolean
kaynak_color_parse (const char *color,
                    double      rgb[3])
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  for (guint i = 0; i < 3; i++)
    rgb[i] = (g_ascii_xdigit_value (color[1 + 2 * i]) * 16 +
              g_ascii_xdigit_value (color[2 + 2 * i])) / 255.0;
  return TRUE;
}

static double
linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  /* (6/29)^3 and the straight segment below it, as CIE 15 gives them */
  return t > 216.0 / 24389.0 ? cbrt (t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
}

void
kaynak_color_rgb_to_lab (const double  rgb[3],
                         KaynakLab    *lab)
{
  double r = linear (rgb[0]), g = linear (rgb[1]), b = linear (rgb[2]);
  double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
  double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
  double fx = lab_f (x / 0.95047), fy = lab_f (y), fz = lab_f (z / 1.08883);

  lab->l = 116.0 * fy - 16.0;
  lab->a = 500.0 * (fx - fy);
  lab->b = 200.0 * (fy - fz);
}

static double
deg (double radians)
{
  return radians * 180.0 / G_PI;
}

static double
rad (double degrees)
{
  return degrees * G_PI / 180.0;
}

/* The hue angle in degrees, 0–360; 0 for a grey, as the paper says */
static double
hue (double b,
     double a)
{
  double h;

  if (a == 0 && b == 0)
    return 0;
  h = deg (atan2 (b, a));
  return h < 0 ? h + 360.0 : h;
}

double
kaynak_color_ciede2000 (const KaynakLab *x,
                        const KaynakLab *y)
{
  const double pow25_7 = 6103515625.0; /* 25^7 */
  double c1 = hypot (x->a, x->b), c2 = hypot (y->a, y->b);
  double c_mean = (c1 + c2) / 2.0;
  double c_mean7 = pow (c_mean, 7);
  double g = 0.5 * (1.0 - sqrt (c_mean7 / (c_mean7 + pow25_7)));
  double a1 = (1.0 + g) * x->a, a2 = (1.0 + g) * y->a;
  double c1p = hypot (a1, x->b), c2p = hypot (a2, y->b);
  double h1p = hue (x->b, a1), h2p = hue (y->b, a2);
  double dl = y->l - x->l, dc = c2p - c1p, dh = 0, dH;
  double l_mean = (x->l + y->l) / 2.0, cp_mean = (c1p + c2p) / 2.0, h_mean;
  double t, d_theta, cp_mean7, rc, sl, sc, sh, rt, l50;

  if (c1p * c2p != 0)
    {
      dh = h2p - h1p;
      if (dh > 180)
        dh -= 360;
      else if (dh < -180)
        dh += 360;
    }
  dH = 2.0 * sqrt (c1p * c2p) * sin (rad (dh / 2.0));

  if (c1p * c2p == 0)
    h_mean = h1p + h2p;
  else if (fabs (h1p - h2p) <= 180)
    h_mean = (h1p + h2p) / 2.0;
  else if (h1p + h2p < 360)
    h_mean = (h1p + h2p + 360) / 2.0;
  else
    h_mean = (h1p + h2p - 360) / 2.0;

  t = 1.0 - 0.17 * cos (rad (h_mean - 30)) + 0.24 * cos (rad (2 * h_mean)) +
      0.32 * cos (rad (3 * h_mean + 6)) - 0.20 * cos (rad (4 * h_mean - 63));
  d_theta = 30.0 * exp (-pow ((h_mean - 275.0) / 25.0, 2));
  cp_mean7 = pow (cp_mean, 7);
  rc = 2.0 * sqrt (cp_mean7 / (cp_mean7 + pow25_7));
  l50 = (l_mean - 50.0) * (l_mean - 50.0);
  sl = 1.0 + 0.015 * l50 / sqrt (20.0 + l50);
  sc = 1.0 + 0.045 * cp_mean;
  sh = 1.0 + 0.015 * cp_mean * t;
  rt = -sin (rad (2.0 * d_theta)) * rc;

  return sqrt ((dl / sl) * (dl / sl) + (dc / sc) * (dc / sc) + (dH / sh) * (dH / sh) +
               rt * (dc / sc) * (dH / sh));
}

static void
over_view (const double      rgb[3],
           double            alpha,
           KaynakColorStyle  style,
           KaynakLab        *lab)
{
  double mixed[3];

  for (guint i = 0; i < 3; i++)
    mixed[i] = alpha * rgb[i] + (1.0 - alpha) * view_bg[style][i];
  kaynak_color_rgb_to_lab (mixed, lab);
}

gboolean
kaynak_color_drawn_lab (const char       *color,
                        KaynakColorStyle  style,
                        KaynakLab        *lab)
{
  double rgb[3];

  g_return_val_if_fail (style < KAYNAK_N_COLOR_STYLES, FALSE);

  if (!kaynak_color_parse (color, rgb))
    return FALSE;
  over_view (rgb, highlight_alpha[style], style, lab);
  return TRUE;
}

void
kaynak_color_selection_lab (KaynakColorStyle  style,
                            KaynakLab        *lab)
{
  double rgb[3];

  g_return_if_fail (style < KAYNAK_N_COLOR_STYLES);

  kaynak_color_parse (SELECTION_COLOR, rgb);
  over_view (rgb, SELECTION_ALPHA, style, lab);
}

void
kaynak_color_view_lab (KaynakColorStyle  style,
                       KaynakLab        *lab)
{
  g_return_if_fail (style < KAYNAK_N_COLOR_STYLES);

  kaynak_color_rgb_to_lab (view_bg[style], lab);
}

double
kaynak_color_drawn_distance (const char *a,
                             const char *b)
{
  double least = G_MAXDOUBLE;

  for (guint style = 0; style < KAYNAK_N_COLOR_STYLES; style++)
    {
      KaynakLab la, lb;

      if (!kaynak_color_drawn_lab (a, style, &la) || !kaynak_color_drawn_lab (b, style, &lb))
        return 0;
      least = MIN (least, kaynak_color_ciede2000 (&la, &lb));
    }
  return least;
}

double
kaynak_color_selection_distance (const char *color)
{
  double least = G_MAXDOUBLE;

  for (guint style = 0; style < KAYNAK_N_COLOR_STYLES; style++)
    {
      KaynakLab lc, ls;

      if (!kaynak_color_drawn_lab (color, style, &lc))
        return 0;
      kaynak_color_selection_lab (style, &ls);
      least = MIN (least, kaynak_color_ciede2000 (&lc, &ls));
    }
  return least;
}
