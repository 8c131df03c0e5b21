# journeys_sandbox.py: what works in the Flatpak sandbox, where Kaynak
# reads only the files a person chose: a brat article imported by choosing
# its files together or its folder, what is said when only the .ann was
# chosen, and a file opened from the file manager going to the running
# Kaynak over D-Bus (DBusActivatable).
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import time

import kaynak_e2e

from kaynak_e2e import (Input, Window, audit_names, children, fail, journey,
                        sample_text, wait_for)

APP_ID = 'io.github.kaynak.Kaynak'
KREMLIN = 'Kremlin şimdilik sessiz'
KREMLIN_ROW = '“%s”, Kremlin (Dışişleri), Unverified' % KREMLIN


def brat_files(desktop, folder, with_txt=True, with_visual=True, stem='haber'):
    """The sample article as brat keeps it, in FOLDER of the journey's
    HOME: STEM.txt, STEM.ann with one claim of the type
    Kremlin_Disisleri, and visual.conf that labels and colours it."""
    text = sample_text()
    start = text.find(KREMLIN)
    if start < 0:
        fail('the sample article lacks %r' % KREMLIN)
    path = os.path.join(desktop.home, folder)
    os.makedirs(path, exist_ok=True)
    if with_txt:
        with open(os.path.join(path, stem + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
    with open(os.path.join(path, stem + '.ann'), 'w', encoding='utf-8') as f:
        f.write('T1\tKremlin_Disisleri %d %d\t%s\n' % (start, start + len(KREMLIN), KREMLIN))
    if with_visual:
        with open(os.path.join(path, 'visual.conf'), 'w', encoding='utf-8') as f:
            f.write('[labels]\nKremlin_Disisleri | Kremlin (Dışişleri)\n\n'
                    '[drawing]\nKremlin_Disisleri\tbgColor:#a51d2d\n')
    return path


def type_location(app, dialog, path):
    """Ctrl+L in the file dialog DIALOG and type PATH into its location."""
    # the dialog takes keys once its location entry can have the focus
    wait_for(lambda: app.find_now(dialog, role='push button', name='Import'),
             'the dialog\'s Import button')
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(path)
    wait_for(lambda: any(kaynak_e2e.text_of(t) == path
                         for t in app.find_all(dialog, role='text')),
             'the path typed into the dialog')


def wait_title(app, name):
    wait_for(lambda: any(name in label for label in (app.header_title() or ())),
             'the window title to name %s (it shows %r)' % (name, app.header_title()))


@journey('import-brat-by-choosing-both-files')
def choose_both(desktop):
    """Import Annotations… (Ctrl+I), goes to a brat folder of two
    articles, selects haber.ann and, with Shift+Down, haber.txt,
    ikinci.ann and ikinci.txt too, and presses Import: both articles open,
    haber in this window and ikinci in another, each with its claim under
    the label visual.conf gives.  (In the sandbox only the chosen files
    can be read.)"""
    folder = brat_files(desktop, 'brat')
    brat_files(desktop, 'brat', stem='ikinci')
    app = Window(desktop, [])
    app.input.key('ctrl+i')
    dialog = app.toplevel('Import Annotations')
    type_location(app, dialog, folder + '/')
    app.input.key('Return')
    # the folder's files are listed by name and the list has the focus:
    # the first (haber.ann), then Shift+Down adds haber.txt, ikinci.ann and
    # ikinci.txt to the selection
    def list_has_focus():
        focused = app.focused()
        return focused is not None and kaynak_e2e.role_name(focused) != 'text'
    wait_for(list_has_focus, 'the folder\'s file list to take the focus')
    time.sleep(0.5)
    app.input.key('Home')
    app.input.key('shift+Down', 'shift+Down', 'shift+Down')
    app.click(app.find(dialog, role='push button', name='Import'))
    app.toplevel_gone('Import Annotations')
    app.wait_claim_rows([KREMLIN_ROW])
    wait_title(app, 'haber')
    # (the "Imported 2 articles" toast goes after a few seconds: a loaded
    # machine may miss it, the second window stays)

    def other_window():
        for frame in app.frames():
            if frame != app.window and any(
                    kaynak_e2e.role_name(a) == 'label' and a.name and 'ikinci' in a.name
                    for a in kaynak_e2e.walk(frame)):
                return frame
        return None
    frame = wait_for(other_window, 'a second window with ikinci')
    if not kaynak_e2e.find(frame, role='list item', name=KREMLIN_ROW):
        fail('the second window has no claim %r' % KREMLIN_ROW)


@journey('import-only-the-ann-says-choose-both')
def only_the_ann(desktop):
    """Chooses haber.ann alone where its .txt is not beside it (as the
    document portal shows a granted file, alone in a folder): the message
    says to choose haber.txt as well, or the folder, and nothing opens.
    Then Import a brat Folder… (Ctrl+Shift+I) on the whole folder opens the
    article with its claim."""
    granted = brat_files(desktop, 'granted', with_txt=False, with_visual=False)
    folder = brat_files(desktop, 'brat')
    app = Window(desktop, [])
    app.input.key('ctrl+i')
    dialog = app.toplevel('Import Annotations')
    type_location(app, dialog, os.path.join(granted, 'haber.ann'))
    app.input.key('Return')
    app.toplevel_gone('Import Annotations')

    message = ('“haber.ann” was chosen without “haber.txt”: '
               'choose both files, or the folder.')
    app.find(role='label', name=message)
    error = app.toplevel('Could Not Import “haber.ann”')
    audit_names(error, 'the import error')
    app.click(app.find(error, role='push button'))
    app.toplevel_gone('Could Not Import “haber.ann”')
    if app.claim_rows():
        fail('an article opened without its text: %r' % app.claim_rows())

    app.input.key('ctrl+shift+i')
    dialog = app.toplevel('Import a brat Folder')
    type_location(app, dialog, folder)
    app.click(app.find(dialog, role='push button', name='Import'))
    app.toplevel_gone('Import a brat Folder')
    app.wait_claim_rows([KREMLIN_ROW])
    wait_title(app, 'haber')


# --- D-Bus activation -------------------------------------------------------

class _Process:
    """A process Kaynak did not start itself (D-Bus did), as Window wants
    its proc: pid, poll() and returncode."""

    def __init__(self, pid):
        self.pid = pid
        self.returncode = None

    def poll(self):
        try:
            with open('/proc/%d/stat' % self.pid) as f:
                state = f.read().rsplit(')', 1)[1].split()[0]
        except OSError:
            state = 'X'
        if state in ('Z', 'X'):
            self.returncode = -1
        return self.returncode

    def send_signal(self, sig):
        os.kill(self.pid, sig)

    def wait(self, timeout=None):
        wait_for(lambda: self.poll() is not None, 'process %d to end' % self.pid, timeout)
        return self.returncode


class Activated(Window):
    """The Kaynak that D-Bus started, found by its process id."""

    def __init__(self, desktop, pid):
        self.desktop = desktop
        self.input = Input(desktop)
        self.proc = _Process(pid)
        self.app = wait_for(self._find_app, 'the activated Kaynak on the accessibility bus')
        self.app.set_cache_mask(kaynak_e2e.Atspi.Cache.NONE)
        self.window = wait_for(self._main_frame, 'the window of the activated Kaynak')
        self.wid = wait_for(self._x_window, 'the X window of the activated Kaynak')
        self.focus_window()

    def output(self):
        return '(its output went to the D-Bus daemon)'


def app_environment(desktop):
    """What a Kaynak started by a journey runs with (kaynak_e2e.Kaynak)."""
    env = dict(desktop.env)
    env.update({
        'GTK_A11Y': 'atspi', 'NO_AT_BRIDGE': '0', 'GDK_BACKEND': 'x11',
        'GSETTINGS_BACKEND': 'keyfile',
        'GSETTINGS_SCHEMA_DIR': os.environ['GSETTINGS_SCHEMA_DIR'],
    })
    for name in ('ASAN_OPTIONS', 'UBSAN_OPTIONS', 'LSAN_OPTIONS', 'G_DEBUG'):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def gdbus(desktop, *args):
    out = subprocess.run(['gdbus', 'call', '--session'] + list(args),
                         env=desktop.env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, timeout=60)
    if out.returncode != 0:
        fail('gdbus call %s failed: %s' % (' '.join(args), out.stderr.decode()))
    return out.stdout.decode()


def install_service(desktop):
    """The built service file, as `meson install` puts it in
    share/dbus-1/services, in the journey's XDG_DATA_HOME (a folder the
    session bus reads) with Exec pointing at the built binary."""
    with open(os.environ['KAYNAK_DBUS_SERVICE'], encoding='utf-8') as f:
        service = f.read()
    if not re.search(r'^Name=%s$' % re.escape(APP_ID), service, re.M):
        fail('the service file does not name %s:\n%s' % (APP_ID, service))
    exec_line = re.search(r'^Exec=(\S+) --gapplication-service$', service, re.M)
    if not exec_line or os.path.basename(exec_line.group(1)) != 'kaynak':
        fail('the service file does not start kaynak --gapplication-service:\n%s' % service)
    with open(os.environ['KAYNAK_DESKTOP_FILE'], encoding='utf-8') as f:
        if 'DBusActivatable=true' not in f.read().splitlines():
            fail('the desktop file does not say DBusActivatable=true')
    folder = os.path.join(desktop.env['XDG_DATA_HOME'], 'dbus-1', 'services')
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, APP_ID + '.service'), 'w', encoding='utf-8') as f:
        f.write(service.replace(exec_line.group(1), os.environ['KAYNAK_BINARY']))


@journey('open-from-the-file-manager-reuses-kaynak')
def open_from_file_manager(desktop):
    """As GNOME Files does for a DBusActivatable app: asks D-Bus to open an
    article with io.github.kaynak.Kaynak's org.freedesktop.Application.Open
    while Kaynak is not running; D-Bus starts it as a service and a window
    shows the article.  A second article opened from a terminal with
    `kaynak FILE` goes to that same Kaynak: the command returns at once,
    no second process shows a window, and the article is in a window of
    the first."""
    install_service(desktop)
    first = os.path.join(desktop.home, 'articles', 'birinci.txt')
    second = os.path.join(desktop.home, 'articles', 'ikinci.txt')
    os.makedirs(os.path.dirname(first))
    for path in (first, second):
        with open(path, 'w', encoding='utf-8') as f:
            f.write(sample_text())
    env = app_environment(desktop)
    # what a session's launcher passes on to D-Bus-started apps
    gdbus(desktop, '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus',
          '--method', 'org.freedesktop.DBus.UpdateActivationEnvironment',
          '{%s}' % ', '.join("'%s': '%s'" % (k, v) for k, v in env.items()
                             if k not in desktop.env or desktop.env[k] != v))

    gdbus(desktop, '--dest', APP_ID, '--object-path', '/io/github/kaynak/Kaynak',
          '--method', 'org.freedesktop.Application.Open',
          "['file://%s']" % first, '{}')
    reply = gdbus(desktop, '--dest', 'org.freedesktop.DBus', '--object-path',
                  '/org/freedesktop/DBus', '--method',
                  'org.freedesktop.DBus.GetConnectionUnixProcessID', APP_ID)
    pid = int(re.search(r'uint32 (\d+)', reply).group(1))
    with open('/proc/%d/cmdline' % pid, 'rb') as f:
        cmdline = f.read().split(b'\0')
    if b'--gapplication-service' not in cmdline:
        fail('D-Bus started %r, not kaynak --gapplication-service' % cmdline)
    app = Activated(desktop, pid)
    wait_title(app, 'birinci')

    started = time.monotonic()
    other = subprocess.run([os.environ['KAYNAK_BINARY'], second], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=60)
    if other.returncode != 0:
        fail('`kaynak %s` exited with %d:\n%s' % (second, other.returncode,
                                                  other.stdout.decode()))
    took = time.monotonic() - started

    def shows_second():
        for frame in app.frames():
            for a in kaynak_e2e.walk(frame):
                if kaynak_e2e.role_name(a) == 'label' and a.name and 'ikinci' in a.name:
                    return True
        return False
    wait_for(shows_second, 'a window of the first Kaynak to show ikinci.txt')
    apps = [a for a in children(kaynak_e2e.pyatspi.Registry.getDesktop(0))
            if a.name and 'kaynak' in a.name.lower()]
    if len(apps) != 1:
        fail('%d Kaynak applications on the accessibility bus, not one' % len(apps))
    if app.proc.poll() is not None:
        fail('the first Kaynak ended')
    kaynak_e2e.log('`kaynak ikinci.txt` handed the file over in %.2f s' % took)
