/* kaynak-window-bench.c: the window measured where the user stops the
 * clock, from outside the real `kaynak` binary (issue 13):
 *
 *   - open: from the moment the benchmark starts the process (just before
 *     fork and exec) to the first frame painted in which the document is
 *     shown, the text on screen has its highlights and the claim list
 *     holds every claim.  Runs alternate between the 100,000-claim file and
 *     the same article without claims (A B A B…); the figure is the median
 *     of each, and of the per-pair ratios;
 *   - keys: a key sent through the X server with XTest, not a call into
 *     the app, to the first frame painted after it: a digit that tags the
 *     selected word (a new claim and its highlight) against Shift+Ctrl+Right
 *     that only extends a selection, in pairs, the app at rest (using no
 *     CPU) before each key; the figure is the median of the per-pair
 *     differences (what tagging adds) and ratios, in wall and CPU time.
 *
 * The frame times come from the app itself: with KAYNAK_BENCH_PROBE set,
 * its window writes a line from its frame clock's "after-paint" for each
 * (app/ui/kaynak-bench-probe.h), in CLOCK_MONOTONIC, which this process
 * reads too.  Animations are off (gtk-enable-animations=0 in a settings.ini
 * of a fresh XDG_CONFIG_HOME), settings in memory.  --screenshots DIR holds
 * the first open of each file at its "open" frame and saves the screen, to
 * look at what the figure stopped on.
 *
 * Needs a display: run it under `xvfb-run -a -s "-screen 0 1280x1024x24"`.
 * A benchmark, not a test: it prints figures, the load average and the
 * date, and exits 1 when a target is missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "kaynak-ui-bench-generate.h"

#define TARGET_OPEN_S      1.2
#define TARGET_TAG_EXTRA_MS 8.0

typedef struct
{
  GPid    pid;
  char   *probe_path;
  gsize   probe_read;    /* bytes of the probe file already parsed */
  GString *pending;      /* a line not yet complete */
  gint64  t_exec;
  gint64  open_paint;
  gint64  open_cpu;
  guint   open_claims;
  GArray *keys;          /* KeyLine */
} Run;

typedef struct
{
  guint  keyval;
  gint64 arrival;
  gint64 paint;
  gint64 cpu_arrival;
  gint64 cpu_paint;
} KeyLine;

static char *tmp_root;
/* --callgrind DIR: the keys' app runs under callgrind, writing there, and
 * every wait is this many times longer */
static char *callgrind_dir;
static double slowdown = 1.0;
/* --keys-kaynak PROGRAM: the keys go to another build (before and after a
 * change, measured one run after the other under the same load) */
static char *keys_kaynak;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  if (sorted->len % 2 == 1)
    return g_array_index (sorted, double, sorted->len / 2);
  return (g_array_index (sorted, double, sorted->len / 2 - 1) +
          g_array_index (sorted, double, sorted->len / 2)) / 2;
}

static double
array_min (GArray *values)
{
  double m = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    m = MIN (m, g_array_index (values, double, i));
  return m;
}

static double
array_max (GArray *values)
{
  double m = -G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    m = MAX (m, g_array_index (values, double, i));
  return m;
}

static char *
load_average (void)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    return g_strdup ("?");
  fields = g_strsplit (contents, " ", 4);
  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

/* --- The app under test ---------------------------------------------------- */

static char **
make_env (const char *probe,
          const char *hold)
{
  char **env = g_get_environ ();
  g_autofree char *config = g_build_filename (tmp_root, "config", NULL);
  g_autofree char *gtk_dir = g_build_filename (config, "gtk-4.0", NULL);
  g_autofree char *ini = g_build_filename (gtk_dir, "settings.ini", NULL);

  /* No animation: the frame measured is the one that shows the document,
   * not a step of the stack's crossfade; no blinking caret, whose frames
   * would keep the app from ever being at rest */
  g_mkdir_with_parents (gtk_dir, 0700);
  g_file_set_contents (ini, "[Settings]\ngtk-enable-animations=0\ngtk-cursor-blink=0\n", -1, NULL);

  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  {
    g_autofree char *data = g_build_filename (tmp_root, "data", NULL);
    g_autofree char *cache = g_build_filename (tmp_root, "cache", NULL);
    g_autofree char *state = g_build_filename (tmp_root, "state", NULL);

    env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
    env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
    env = g_environ_setenv (env, "XDG_STATE_HOME", state, TRUE);
  }
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", KAYNAK_BENCH_SCHEMA_DIR, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "KAYNAK_BENCH_PROBE", probe, TRUE);
  if (callgrind_dir != NULL)
    {
      env = g_environ_setenv (env, "KAYNAK_BENCH_PROBE_CALLGRIND", "1", TRUE);
      /* the draft timer would fire inside a key's frame, which callgrind
       * stretches to seconds */
      env = g_environ_setenv (env, "KAYNAK_DRAFT_DELAY_MS", "600000", TRUE);
      /* GL on llvmpipe rasterises in software threads that valgrind runs
       * one instruction at a time: minutes a frame.  Cairo counts what
       * the app does, as the earlier profiles did */
      env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
    }
  if (hold != NULL)
    env = g_environ_setenv (env, "KAYNAK_BENCH_PROBE_HOLD", hold, TRUE);
  else
    env = g_environ_unsetenv (env, "KAYNAK_BENCH_PROBE_HOLD");
  return env;
}

static Run *
run_start (const char *kaynak,
           const char *file,
           const char *hold,
           GError    **error)
{
  static guint counter;
  Run *run = g_new0 (Run, 1);
  g_auto(GStrv) env = NULL;
  g_autofree char *out_file = callgrind_dir != NULL
    ? g_strdup_printf ("--callgrind-out-file=%s/callgrind.out.%%p", callgrind_dir) : NULL;
  char *plain_argv[] = { (char *) kaynak, (char *) file, NULL };
  /* the instructions are counted only from a key to its frame: the probe
   * turns instrumentation on and off (KAYNAK_BENCH_PROBE_CALLGRIND) */
  char *callgrind_argv[] = { (char *) "valgrind", (char *) "--tool=callgrind",
                             (char *) "--instr-atstart=no", out_file,
                             (char *) kaynak, (char *) file, NULL };
  char **argv = callgrind_dir != NULL ? callgrind_argv : plain_argv;

  run->probe_path = g_strdup_printf ("%s/probe-%u.txt", tmp_root, counter++);
  g_unlink (run->probe_path);
  run->pending = g_string_new (NULL);
  run->keys = g_array_new (FALSE, FALSE, sizeof (KeyLine));
  env = make_env (run->probe_path, hold);

  /* The clock starts before fork and exec: the process's start-up is part
   * of what the user waits for */
  run->t_exec = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, argv, env, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH,
                      NULL, NULL, &run->pid, error))
    {
      g_free (run->probe_path);
      g_free (run);
      return NULL;
    }
  return run;
}

static void
run_free (Run *run)
{
  int status;

  if (run->pid > 0)
    {
      kill (run->pid, SIGKILL);
      waitpid (run->pid, &status, 0);
      g_spawn_close_pid (run->pid);
    }
  g_unlink (run->probe_path);
  g_free (run->probe_path);
  g_string_free (run->pending, TRUE);
  g_array_unref (run->keys);
  g_free (run);
}

/* Reads the lines the probe wrote since last time */
static void
run_poll (Run *run)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (run->probe_path, &contents, &length, NULL) || length <= run->probe_read)
    return;
  g_string_append_len (run->pending, contents + run->probe_read, length - run->probe_read);
  run->probe_read = length;

  for (char *nl; (nl = strchr (run->pending->str, '\n')) != NULL;)
    {
      g_autofree char *line = g_strndup (run->pending->str, nl - run->pending->str);

      g_string_erase (run->pending, 0, nl - run->pending->str + 1);
      if (g_str_has_prefix (line, "open "))
        sscanf (line, "open %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %u",
                &run->open_paint, &run->open_cpu, &run->open_claims);
      else if (g_str_has_prefix (line, "key "))
        {
          KeyLine key = { 0, };
          guint event_time;

          if (sscanf (line, "key %u %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                      " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                      &key.keyval, &event_time, &key.arrival, &key.paint,
                      &key.cpu_arrival, &key.cpu_paint) == 6)
            g_array_append_val (run->keys, key);
        }
    }
}

static gboolean
run_exited (Run *run)
{
  int status;

  if (waitpid (run->pid, &status, WNOHANG) == run->pid)
    {
      g_spawn_close_pid (run->pid);
      run->pid = 0;
      return TRUE;
    }
  return FALSE;
}

/* Polls the probe's file until @done; the times measured are the probe's,
 * so how often this looks only decides how soon it notices */
static gboolean
run_wait (Run      *run,
          gboolean (*done) (Run *run, gpointer data),
          gpointer  data,
          double    timeout_s)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (timeout_s * slowdown * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < deadline)
    {
      run_poll (run);
      if (done (run, data))
        return TRUE;
      if (run_exited (run))
        return FALSE;
      g_usleep (2000);
    }
  return FALSE;
}

static gboolean
is_open (Run     *run,
         gpointer data)
{
  return run->open_paint > 0;
}

static gboolean
has_keys (Run     *run,
          gpointer data)
{
  return run->keys->len >= GPOINTER_TO_UINT (data);
}

/* --- Opening --------------------------------------------------------------- */

typedef struct
{
  double wall_s;
  double cpu_s;
} OpenFigure;

static gboolean
measure_open (const char *kaynak,
              const char *file,
              const char *screenshot,
              OpenFigure *figure,
              GError    **error)
{
  g_autofree char *hold = NULL;
  Run *run;
  gboolean ok;

  if (screenshot != NULL)
    {
      hold = g_build_filename (tmp_root, "hold", NULL);
      g_unlink (hold);
      if (mkfifo (hold, 0600) != 0)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                       "mkfifo %s: %s", hold, g_strerror (errno));
          return FALSE;
        }
    }

  run = run_start (kaynak, file, hold, error);
  if (run == NULL)
    return FALSE;
  ok = run_wait (run, is_open, NULL, 120);
  if (ok)
    {
      figure->wall_s = (run->open_paint - run->t_exec) / (double) G_USEC_PER_SEC;
      figure->cpu_s = run->open_cpu / (double) G_USEC_PER_SEC;
      if (screenshot != NULL)
        {
          /* the app waits on the FIFO: the screen is that frame */
          const char *argv[] = { "import", "-window", "root", screenshot, NULL };
          g_autoptr(GError) local = NULL;
          int fd;

          if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                             NULL, NULL, NULL, &local))
            g_printerr ("kaynak-window-bench: no screenshot: %s\n", local->message);
          fd = open (hold, O_WRONLY | O_CLOEXEC);
          if (fd >= 0)
            {
              (void) !write (fd, "x", 1);
              close (fd);
            }
        }
    }
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 "kaynak did not show %s within 120 s (or exited)", file);
  run_free (run);
  if (hold != NULL)
    g_unlink (hold);
  return ok;
}

/* --- Keys through the X server --------------------------------------------- */

static Window
find_window (Display *display,
             Window   window,
             GPid     pid)
{
  Atom pid_atom = XInternAtom (display, "_NET_WM_PID", True);
  Window root_return, parent_return, *children = NULL;
  unsigned int n_children = 0;
  Window found = None;

  if (pid_atom != None)
    {
      Atom type;
      int format;
      unsigned long n_items, after;
      unsigned char *prop = NULL;

      if (XGetWindowProperty (display, window, pid_atom, 0, 1, False, XA_CARDINAL, &type,
                              &format, &n_items, &after, &prop) == Success && prop != NULL)
        {
          XWindowAttributes attributes;

          if (n_items == 1 && *(unsigned long *) prop == (unsigned long) pid &&
              XGetWindowAttributes (display, window, &attributes) &&
              attributes.map_state == IsViewable)
            found = window;
          XFree (prop);
          if (found != None)
            return found;
        }
    }

  if (!XQueryTree (display, window, &root_return, &parent_return, &children, &n_children))
    return None;
  for (unsigned int i = 0; i < n_children && found == None; i++)
    found = find_window (display, children[i], pid);
  if (children != NULL)
    XFree (children);
  return found;
}

/* Sends a key (with @modifiers held) through XTest and waits for the
 * frame painted after it; returns that key's line */
static gboolean
send_key (Display *display,
          Run     *run,
          KeySym  *modifiers,
          guint    n_modifiers,
          KeySym   keysym,
          gint64  *t_send,
          KeyLine *line)
{
  guint before = run->keys->len;

  for (guint i = 0; i < n_modifiers; i++)
    XTestFakeKeyEvent (display, XKeysymToKeycode (display, modifiers[i]), True, CurrentTime);
  XSync (display, False);
  /* the modifiers alone draw nothing; the clock starts with the key */
  *t_send = g_get_monotonic_time ();
  XTestFakeKeyEvent (display, XKeysymToKeycode (display, keysym), True, CurrentTime);
  XFlush (display);
  XTestFakeKeyEvent (display, XKeysymToKeycode (display, keysym), False, CurrentTime);
  for (guint i = n_modifiers; i > 0; i--)
    XTestFakeKeyEvent (display, XKeysymToKeycode (display, modifiers[i - 1]), False, CurrentTime);
  XFlush (display);

  if (!run_wait (run, has_keys, GUINT_TO_POINTER (before + 1), 30))
    return FALSE;
  *line = g_array_index (run->keys, KeyLine, before);
  return TRUE;
}

/* The CPU time the app has used so far, in clock ticks (utime + stime of
 * /proc/PID/stat), or -1 */
static gint64
run_cpu_ticks (Run *run)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) run->pid);
  g_autofree char *contents = NULL;
  unsigned long utime, stime;
  char *after;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return -1;
  /* the fields after the command name, which may hold spaces */
  after = strrchr (contents, ')');
  if (after == NULL ||
      sscanf (after + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2)
    return -1;
  return (gint64) utime + (gint64) stime;
}

/* Waits until the app is at rest: it used (almost) no CPU during the
 * last @quiet_ms, so that what runs after a key (the next frame's work)
 * is the key's and not what an earlier change or GTK's background layout
 * of the article left.  On a loaded machine a fixed pause is not enough. */
static void
settle (Run  *run,
        guint quiet_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (60 * slowdown * G_USEC_PER_SEC);
  gint64 before = run_cpu_ticks (run);

  while (g_get_monotonic_time () < deadline)
    {
      gint64 now;

      g_usleep (quiet_ms * 1000);
      now = run_cpu_ticks (run);
      /* a clock tick (10 ms) at most: the caret's blink */
      if (now < 0 || now - before <= 1)
        break;
      before = now;
    }
  run_poll (run);
}

static gboolean
measure_keys (const char *file,
              guint       n_pairs,
              GArray     *select_ms,
              GArray     *tag_ms,
              GArray     *select_cpu_ms,
              GArray     *tag_cpu_ms,
              GArray     *arrival_ms,
              GError    **error)
{
  Display *display;
  Window window;
  Run *run;
  int event_base, error_base, major, minor;
  gboolean ok = FALSE;

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no X display");
      return FALSE;
    }
  if (!XTestQueryExtension (display, &event_base, &error_base, &major, &minor))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the X server has no XTest");
      XCloseDisplay (display);
      return FALSE;
    }

  run = run_start (keys_kaynak != NULL ? keys_kaynak : KAYNAK_BENCH_KAYNAK, file, NULL, error);
  if (run == NULL)
    {
      XCloseDisplay (display);
      return FALSE;
    }
  if (!run_wait (run, is_open, NULL, 120))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "kaynak did not open %s", file);
      goto out;
    }
  /* Tagging is measured once the window is at rest: the highlights of
   * the rest of the article painted and GTK's layout of it done */
  settle (run, 1000);

  window = find_window (display, DefaultRootWindow (display), run->pid);
  if (window == None)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "kaynak's window is not on the display");
      goto out;
    }
  /* No window manager: give it the focus as xdotool windowfocus does */
  XSetInputFocus (display, window, RevertToParent, CurrentTime);
  XSync (display, False);
  settle (run, 300);

  for (guint i = 0; i < n_pairs; i++)
    {
      KeySym ctrl[] = { XK_Control_L };
      KeySym shift_ctrl[] = { XK_Shift_L, XK_Control_L };
      KeyLine line;
      gint64 t_send;
      double ms;

      /* to the next word, unmeasured: a fresh place for each claim */
      if (!send_key (display, run, ctrl, 1, XK_Right, &t_send, &line))
        goto lost;
      settle (run, 300);

      /* B: a key that only extends the selection over the word */
      if (!send_key (display, run, shift_ctrl, 2, XK_Right, &t_send, &line))
        goto lost;
      ms = (line.paint - t_send) / 1000.0;
      g_array_append_val (select_ms, ms);
      ms = (line.cpu_paint - line.cpu_arrival) / 1000.0;
      g_array_append_val (select_cpu_ms, ms);
      ms = (line.arrival - t_send) / 1000.0;
      g_array_append_val (arrival_ms, ms);
      settle (run, 300);

      /* A: a digit tags the selected word with that source */
      if (!send_key (display, run, NULL, 0, XK_1 + i % 9, &t_send, &line))
        goto lost;
      ms = (line.paint - t_send) / 1000.0;
      g_array_append_val (tag_ms, ms);
      ms = (line.cpu_paint - line.cpu_arrival) / 1000.0;
      g_array_append_val (tag_cpu_ms, ms);
      ms = (line.arrival - t_send) / 1000.0;
      g_array_append_val (arrival_ms, ms);
      settle (run, 300);
    }
  ok = TRUE;
  goto out;

lost:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               "no frame was painted after a key within 30 s (or kaynak exited)");
out:
  run_free (run);
  XCloseDisplay (display);
  return ok;
}

/* --- Main ------------------------------------------------------------------ */

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (path == NULL)
    return;
  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  /* what cannot be removed is left, the rest still goes */
  g_remove (path);
}

static double
load_cpu_s (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) document = NULL;
  struct timespec a, b;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &a);
  document = kaynak_file_load (file, NULL, NULL, NULL);
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &b);
  return document != NULL ? (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9 : -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *baseline = NULL;
  g_autofree char *screenshots = NULL;
  g_autofree char *kaynak_b = NULL;
  g_autofree char *generated_a = NULL;
  g_autofree char *generated_b = NULL;
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M UTC");
  g_autoptr(GArray) open_a = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_b = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_a = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_b = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tag_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tag_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) arrival = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) extra = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tag_ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) extra_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  int n_opens = 7, n_pairs = 15, n_claims = 100000;
  gboolean no_keys = FALSE, no_open = FALSE;
  gboolean ok = TRUE;
  double open_median, extra_median;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &path,
      "Open this .kaynak.json instead of a generated one", "FILE" },
    { "baseline", 0, 0, G_OPTION_ARG_FILENAME, &baseline,
      "…against this one (default: the generated article without claims)", "FILE" },
    { "baseline-kaynak", 0, 0, G_OPTION_ARG_FILENAME, &kaynak_b,
      "Run B with this kaynak binary (e.g. an older build; with --baseline FILE the same file)", "PROGRAM" },
    { "keys-kaynak", 0, 0, G_OPTION_ARG_FILENAME, &keys_kaynak,
      "Send the keys to this kaynak binary (e.g. a build before a change)", "PROGRAM" },
    { "claims", 0, 0, G_OPTION_ARG_INT, &n_claims,
      "Claims in the generated document (default 100000)", "N" },
    { "opens", 0, 0, G_OPTION_ARG_INT, &n_opens,
      "Pairs of opens, interleaved (default 7)", "N" },
    { "pairs", 0, 0, G_OPTION_ARG_INT, &n_pairs,
      "Pairs of keys, select then tag (default 15)", "N" },
    { "no-keys", 0, 0, G_OPTION_ARG_NONE, &no_keys, "Only measure opening", NULL },
    { "no-open", 0, 0, G_OPTION_ARG_NONE, &no_open, "Only measure keys", NULL },
    { "callgrind", 0, 0, G_OPTION_ARG_FILENAME, &callgrind_dir,
      "Run the keys' kaynak under valgrind --tool=callgrind, one dump per key in DIR (with --no-open; times are then meaningless)", "DIR" },
    { "screenshots", 0, 0, G_OPTION_ARG_FILENAME, &screenshots,
      "Save the screen at the first \"open\" frame of each file in DIR", "DIR" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
    "Measures the real kaynak binary from outside: exec to the first frame\n"
    "showing the highlighted document, and keys sent through XTest to the\n"
    "frame painted after them.  Run under xvfb-run.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("kaynak-window-bench: %s\n", error->message);
      return 2;
    }
  if (n_opens < 1 || n_pairs < 1 || n_claims < 1)
    {
      g_printerr ("kaynak-window-bench: a value is out of range (see --help)\n");
      return 2;
    }
  if (callgrind_dir != NULL)
    {
      if (!no_open)
        {
          g_printerr ("kaynak-window-bench: --callgrind counts the keys' instructions; add --no-open\n");
          return 2;
        }
      g_mkdir_with_parents (callgrind_dir, 0700);
      slowdown = 20.0;
    }
  if (g_getenv ("DISPLAY") == NULL)
    {
      g_printerr ("kaynak-window-bench: no display; run it under xvfb-run -a\n");
      return 77;
    }

  tmp_root = g_dir_make_tmp ("kaynak-window-bench-XXXXXX", &error);
  if (tmp_root == NULL)
    {
      g_printerr ("kaynak-window-bench: %s\n", error->message);
      return 1;
    }

  if (path == NULL || baseline == NULL)
    {
      g_autoptr(GFile) a = NULL;
      g_autoptr(GFile) b = NULL;

      g_print ("kaynak-window-bench: generating %d claims over 5 MB of text, and the same text alone…\n",
               n_claims);
      if (path == NULL && (a = generate_file ((guint) n_claims, &error)) == NULL)
        {
          g_printerr ("kaynak-window-bench: %s\n", error->message);
          return 1;
        }
      if (baseline == NULL && (b = generate_file (0, &error)) == NULL)
        {
          g_printerr ("kaynak-window-bench: %s\n", error->message);
          return 1;
        }
      if (path == NULL)
        {
          g_autoptr(GFile) folder = g_file_get_parent (a);

          path = g_file_get_path (a);
          generated_a = g_file_get_path (folder);
        }
      if (baseline == NULL)
        {
          g_autoptr(GFile) folder = g_file_get_parent (b);

          baseline = g_file_get_path (b);
          generated_b = g_file_get_path (folder);
        }
    }
  if (screenshots != NULL)
    g_mkdir_with_parents (screenshots, 0700);

  load_before = load_average ();
  g_print ("\n%s, %u CPUs, load average %s\nA: %s %s\nB: %s %s\n",
           date, g_get_num_processors (), load_before, KAYNAK_BENCH_KAYNAK, path,
           kaynak_b != NULL ? kaynak_b : KAYNAK_BENCH_KAYNAK, baseline);
  if (keys_kaynak != NULL)
    g_print ("keys: %s\n", keys_kaynak);

  if (!no_open)
    {
      for (int i = 0; i < n_opens; i++)
        {
          OpenFigure a, b;
          g_autofree char *shot_a = NULL, *shot_b = NULL;
          double ratio;

          if (i == 0 && screenshots != NULL)
            {
              shot_a = g_build_filename (screenshots, "open-claims.png", NULL);
              shot_b = g_build_filename (screenshots, "open-baseline.png", NULL);
            }
          if (!measure_open (KAYNAK_BENCH_KAYNAK, path, shot_a, &a, &error) ||
              !measure_open (kaynak_b != NULL ? kaynak_b : KAYNAK_BENCH_KAYNAK, baseline, shot_b, &b, &error))
            {
              g_printerr ("kaynak-window-bench: %s\n", error->message);
              return 1;
            }
          /* the runs that waited for a screenshot are not counted */
          if (shot_a != NULL)
            {
              i--;
              g_clear_pointer (&screenshots, g_free);
              continue;
            }
          g_array_append_val (open_a, a.wall_s);
          g_array_append_val (open_b, b.wall_s);
          g_array_append_val (cpu_a, a.cpu_s);
          g_array_append_val (cpu_b, b.cpu_s);
          ratio = a.wall_s / b.wall_s;
          g_array_append_val (ratios, ratio);
          g_print ("  open pair %d: A %.3f s (CPU %.3f s), B %.3f s (CPU %.3f s)\n",
                   i + 1, a.wall_s, a.cpu_s, b.wall_s, b.cpu_s);
        }
    }

  if (!no_keys &&
      !measure_keys (path, (guint) n_pairs, select_ms, tag_ms, select_cpu, tag_cpu, arrival, &error))
    {
      g_printerr ("kaynak-window-bench: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < tag_ms->len; i++)
    {
      double d = g_array_index (tag_ms, double, i) - g_array_index (select_ms, double, i);
      double r = g_array_index (tag_ms, double, i) / g_array_index (select_ms, double, i);

      g_array_append_val (extra, d);
      g_array_append_val (tag_ratios, r);
      d = g_array_index (tag_cpu, double, i) - g_array_index (select_cpu, double, i);
      g_array_append_val (extra_cpu, d);
    }

  load_after = load_average ();
  g_print ("\nload average at the end %s\n", load_after);
  if (!no_open)
    {
      double load_s[3];

      for (int i = 0; i < 3; i++)
        load_s[i] = load_cpu_s (path);
      qsort (load_s, 3, sizeof (double), compare_doubles);
      open_median = median (open_a);
      g_print ("%-52s %.3f s median (%.3f–%.3f), CPU %.3f s  (target ≤ %.1f s) %s\n",
               "open A: exec → first frame, highlighted, listed", open_median,
               array_min (open_a), array_max (open_a), median (cpu_a), TARGET_OPEN_S,
               open_median <= TARGET_OPEN_S ? "ok" : "MISSED");
      g_print ("%-52s %.3f s median (%.3f–%.3f), CPU %.3f s\n",
               kaynak_b != NULL ? "open B: exec → first frame, the other kaynak" : "open B: exec → first frame, the text alone", median (open_b),
               array_min (open_b), array_max (open_b), median (cpu_b));
      g_print ("%-52s %.2f× median of %u pairs (%.2f–%.2f)\n", "open A / B",
               median (ratios), ratios->len, array_min (ratios), array_max (ratios));
      g_print ("%-52s %.3f s CPU (median of 3, in this process)\n",
               "the file A alone: kaynak_file_load", load_s[1]);
      ok &= open_median <= TARGET_OPEN_S;
    }
  if (!no_keys)
    {
      extra_median = median (extra);
      g_print ("%-52s %.1f ms median (%.1f–%.1f), CPU %.1f ms\n",
               "key → frame: Shift+Ctrl+Right (selection only)", median (select_ms),
               array_min (select_ms), array_max (select_ms), median (select_cpu));
      g_print ("%-52s %.1f ms median (%.1f–%.1f), CPU %.1f ms\n",
               "key → frame: a digit tags the word", median (tag_ms),
               array_min (tag_ms), array_max (tag_ms), median (tag_cpu));
      g_print ("%-52s %.1f ms median of %u pairs (%.1f–%.1f), ratio %.2f×  (target ≤ %.0f ms) %s\n",
               "tagging adds", extra_median, extra->len, array_min (extra), array_max (extra),
               median (tag_ratios), TARGET_TAG_EXTRA_MS,
               extra_median <= TARGET_TAG_EXTRA_MS ? "ok" : "MISSED");
      g_print ("%-52s %.1f ms median of %u pairs (%.1f–%.1f)\n",
               "tagging adds, CPU time of kaynak", median (extra_cpu), extra_cpu->len,
               array_min (extra_cpu), array_max (extra_cpu));
      g_print ("%-52s %.1f ms median\n", "key sent → delivered to the window (X, GTK)",
               median (arrival));
      ok &= extra_median <= TARGET_TAG_EXTRA_MS;
    }

  remove_tree (tmp_root);
  remove_tree (generated_a);
  remove_tree (generated_b);

  g_print ("\nkaynak-window-bench: %s\n", ok ? "every target met" : "a target was missed");
  return ok ? 0 : 1;
}
