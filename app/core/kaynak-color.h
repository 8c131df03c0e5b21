/* kaynak-color.h: how far apart two highlight colours look.
 *
 * A source's colour is never seen as it is: the article view paints it
 * translucent over the view's background, and the light and the dark
 * style use different backgrounds and opacities.  Whether two sources can
 * be told apart, or a highlight from the text selection, is a question
 * about those painted colours, so this unit knows how they are painted
 * (the highlighter takes its opacities from here) and measures them with
 * CIEDE2000 (Sharma, Wu and Dalal, 2005), the CIE's colour difference
 * formula: about 1 is a just-noticeable difference, 10 and more reads as
 * another colour at a glance.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The opacity of a source's highlight, and of the selected claim's, in
 * each style: a dark background needs more colour to show it. */
#define KAYNAK_HIGHLIGHT_ALPHA_LIGHT 0.30
#define KAYNAK_HIGHLIGHT_ALPHA_DARK  0.42
#define KAYNAK_SELECTED_ALPHA_LIGHT  0.55
#define KAYNAK_SELECTED_ALPHA_DARK   0.70

/* The grey of a claim without a source */
#define KAYNAK_NO_SOURCE_COLOR "#9a9996"

typedef enum
{
  KAYNAK_COLOR_STYLE_LIGHT,
  KAYNAK_COLOR_STYLE_DARK,
} KaynakColorStyle;
#define KAYNAK_N_COLOR_STYLES 2

typedef struct
{
  double l;
  double a;
  double b;
} KaynakLab;

/* "#rrggbb" to red, green and blue in 0–1; FALSE for anything else */
gboolean kaynak_color_parse       (const char       *color,
                                   double            rgb[3]);
/* sRGB (0–1) to CIELAB, D65 white */
void     kaynak_color_rgb_to_lab  (const double      rgb[3],
                                   KaynakLab        *lab);
/* The CIEDE2000 difference, with kL = kC = kH = 1 */
double   kaynak_color_ciede2000   (const KaynakLab  *x,
                                   const KaynakLab  *y);

/* @color as the article view paints a source's highlight in @style: at the
 * style's opacity over libadwaita 1.2's view background (#ffffff light,
 * #1e1e1e dark).  FALSE if @color is not "#rrggbb". */
gboolean kaynak_color_drawn_lab   (const char       *color,
                                   KaynakColorStyle  style,
                                   KaynakLab        *lab);
/* The text selection as libadwaita 1.2 paints it in a focused text view:
 * the accent colour #3584e4 at 30 % over the view background. */
void     kaynak_color_selection_lab (KaynakColorStyle  style,
                                     KaynakLab        *lab);

/* The view's background itself (libadwaita 1.2's @view_bg_color), which a
 * highlight must stand out from */
void     kaynak_color_view_lab      (KaynakColorStyle  style,
                                     KaynakLab        *lab);

/* The smaller of the two styles' CIEDE2000 differences between @a and @b
 * painted as highlights: how far apart they look where they look closest.
 * 0 if either is not "#rrggbb". */
double   kaynak_color_drawn_distance     (const char *a,
                                          const char *b);
/* The same between @color's highlight and the text selection */
double   kaynak_color_selection_distance (const char *color);

G_END_DECLS
