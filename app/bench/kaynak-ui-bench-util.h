/* kaynak-ui-bench-util.h: what the window's benchmarks share: the
 * generated Turkish article (a fixed seed, so every machine measures the
 * same text) and waiting for the frame that shows a change, where the
 * user stops the clock.  Header only: each benchmark is its own program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#define RNG_SEED G_GUINT64_CONSTANT (0x6b61796e616b2121)
static guint64 rng_state = RNG_SEED;

static inline guint
rng_below (guint n)
{
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (guint) (((rng_state * G_GUINT64_CONSTANT (2685821657736338717)) >> 33) % n);
}

static const char * const words[] = {
  "açıklama", "Bakanlık", "sözcüsü", "yaptığı", "göre", "Ukrayna", "Rusya",
  "asker", "bölgesine", "üç", "binden", "fazla", "iddia", "edildi", "şimdilik",
  "sessiz", "yetkilileri", "toplandı", "güvenlik", "işbirliği", "çözüm",
  "ortaklık", "anlaşması", "Kuzey", "Kore", "ziyaret", "hafta", "görüştü",
};

static inline char *
generate_text (gsize size)
{
  GString *text = g_string_sized_new (size + 64);
  guint in_sentence = 0;

  while (text->len < size)
    {
      g_string_append (text, words[rng_below (G_N_ELEMENTS (words))]);
      if (++in_sentence > 8 + rng_below (12))
        {
          g_string_append (text, rng_below (6) == 0 ? ".\n\n" : ". ");
          in_sentence = 0;
        }
      else
        g_string_append_c (text, ' ');
    }

  return g_string_free (text, FALSE);
}

static inline void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the window has painted a frame that started
 * after now: only then is a change on screen. */
static inline void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert (clock != NULL);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static inline void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static inline GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}
