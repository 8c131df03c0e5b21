/* kaynak-bench-probe.c: frame timestamps for the window benchmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "kaynak-bench-probe.h"
#include "kaynak-window-private.h"

#ifdef HAVE_VALGRIND_CALLGRIND_H
# include <valgrind/callgrind.h>
#endif

typedef struct
{
  KaynakWindow *window;      /* unowned: the probe lives as long as it */
  FILE         *out;
  char         *hold;
  gboolean      open_written;
  gboolean      key_pending;
  /* KAYNAK_BENCH_PROBE_CALLGRIND: under callgrind started with
   * --instr-atstart=no, count the instructions of each key, from its
   * arrival to the frame painted after it, as one dump named after it */
  gboolean      callgrind;
  guint         state;
  guint         keyval;
  guint32       event_time;
  gint64        arrival;
  gint64        cpu_arrival;
  gulong        paint_handler;
  GdkFrameClock *clock;
} Probe;

static gint64
cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* What the user waits for when opening: the document page (not the empty
 * page, nor a crossfade between them), the text it shows highlighted and
 * every claim in the list */
static gboolean
document_shown (Probe *probe)
{
  KaynakWindow *window = probe->window;
  KaynakDocument *document = kaynak_window_get_document (window);
  GListModel *claims;

  if (document == NULL)
    return FALSE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (window->stack), "document") != 0 ||
      gtk_stack_get_transition_running (window->stack))
    return FALSE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (window->article_view)) ||
      !kaynak_article_view_get_shown_highlighted (window->article_view))
    return FALSE;
  claims = kaynak_window_get_claim_model (window);
  if (claims == NULL || g_list_model_get_n_items (claims) != kaynak_document_get_n_claims (document))
    return FALSE;
  /* the list is on screen when it has room for it */
  if (adw_flap_get_reveal_flap (window->flap) && !gtk_widget_get_mapped (GTK_WIDGET (window->claim_list)))
    return FALSE;
  return TRUE;
}

static void
wait_for_hold (Probe *probe)
{
  char byte;
  int fd;

  if (probe->hold == NULL)
    return;
  fd = open (probe->hold, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return;
  while (read (fd, &byte, 1) < 0 && errno == EINTR)
    ;
  close (fd);
}

static void
on_after_paint (GdkFrameClock *clock,
                Probe         *probe)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = cpu_us ();

  if (!probe->open_written && document_shown (probe))
    {
      probe->open_written = TRUE;
      fprintf (probe->out, "open %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %u\n", now, cpu,
               kaynak_document_get_n_claims (kaynak_window_get_document (probe->window)));
      fflush (probe->out);
      wait_for_hold (probe);
    }

  if (probe->key_pending)
    {
      probe->key_pending = FALSE;
#ifdef HAVE_VALGRIND_CALLGRIND_H
      if (probe->callgrind)
        {
          g_autofree char *name = g_strdup_printf ("key %u state %u", probe->keyval, probe->state);

          CALLGRIND_STOP_INSTRUMENTATION;
          CALLGRIND_DUMP_STATS_AT (name);
        }
#endif
      fprintf (probe->out, "key %u %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
               " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
               probe->keyval, probe->event_time, probe->arrival, now, probe->cpu_arrival, cpu);
      fflush (probe->out);
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Probe                 *probe)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  /* A modifier alone changes nothing on screen */
  if (event != NULL && gdk_key_event_is_modifier (event))
    return FALSE;

  probe->key_pending = TRUE;
  probe->keyval = keyval;
  probe->event_time = gtk_event_controller_get_current_event_time (GTK_EVENT_CONTROLLER (controller));
  probe->arrival = g_get_monotonic_time ();
  probe->cpu_arrival = cpu_us ();
  probe->state = state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK);
#ifdef HAVE_VALGRIND_CALLGRIND_H
  if (probe->callgrind)
    {
      CALLGRIND_START_INSTRUMENTATION;
      CALLGRIND_ZERO_STATS;
    }
#endif
  /* the window handles it as usual */
  return FALSE;
}

static void
on_realize (GtkWidget *widget,
            Probe     *probe)
{
  probe->clock = gtk_widget_get_frame_clock (widget);
  probe->paint_handler = g_signal_connect (probe->clock, "after-paint",
                                           G_CALLBACK (on_after_paint), probe);
}

static void
on_unrealize (GtkWidget *widget,
              Probe     *probe)
{
  if (probe->clock != NULL)
    g_clear_signal_handler (&probe->paint_handler, probe->clock);
  probe->clock = NULL;
}

static void
probe_free (gpointer data)
{
  Probe *probe = data;

  if (probe->clock != NULL)
    g_clear_signal_handler (&probe->paint_handler, probe->clock);
  if (probe->out != NULL)
    fclose (probe->out);
  g_free (probe->hold);
  g_free (probe);
}

void
kaynak_bench_probe_attach (KaynakWindow *window)
{
  const char *path = g_getenv ("KAYNAK_BENCH_PROBE");
  GtkEventController *keys;
  Probe *probe;

  g_return_if_fail (KAYNAK_IS_WINDOW (window));

  if (path == NULL || path[0] == '\0')
    return;

  probe = g_new0 (Probe, 1);
  probe->window = window;
  probe->out = fopen (path, "ae");
  if (probe->out == NULL)
    {
      g_warning ("KAYNAK_BENCH_PROBE: cannot write %s: %s", path, g_strerror (errno));
      g_free (probe);
      return;
    }
  probe->hold = g_strdup (g_getenv ("KAYNAK_BENCH_PROBE_HOLD"));
#ifdef HAVE_VALGRIND_CALLGRIND_H
  probe->callgrind = g_strcmp0 (g_getenv ("KAYNAK_BENCH_PROBE_CALLGRIND"), "1") == 0 &&
                     RUNNING_ON_VALGRIND;
#endif

  /* Before any other controller sees the key */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), probe);
  gtk_widget_add_controller (GTK_WIDGET (window), keys);

  g_signal_connect (window, "realize", G_CALLBACK (on_realize), probe);
  g_signal_connect (window, "unrealize", G_CALLBACK (on_unrealize), probe);
  g_object_set_data_full (G_OBJECT (window), "kaynak-bench-probe", probe, probe_free);
}
