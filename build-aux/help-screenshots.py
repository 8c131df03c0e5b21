#!/usr/bin/python3
# help-screenshots.py: take the pictures of the user guide
# (data/help/C/figures/) and of the AppStream metadata (data/screenshots/)
# from the real app, as the end-to-end journeys drive it: a private Xvfb,
# real X input (xdotool), the accessibility tree to know when the window
# is ready.  Run it after a build, from anywhere:
#
#   /usr/bin/python3 build-aux/help-screenshots.py          # writes the PNGs in place
#   /usr/bin/python3 build-aux/help-screenshots.py /tmp/shots # or into a folder
#
# The pictures are of tests/data/example.kaynak.json (a Turkish article
# with four sources and five claims), 1000x640, light and dark; the
# folder list (figures/folder.png) is of the folder-progress journey's
# five articles.
#
#   /usr/bin/python3 build-aux/help-screenshots.py --folder /tmp/shots # that one alone
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, 'tests', 'e2e'))
os.environ.setdefault('KAYNAK_SOURCE_ROOT', root)
os.environ.setdefault('KAYNAK_BINARY', os.path.join(root, '_build', 'app', 'kaynak'))
os.environ.setdefault('GSETTINGS_SCHEMA_DIR', os.path.join(root, '_build', 'data'))

import kaynak_e2e  # noqa: E402
from kaynak_e2e import Desktop, Window, wait_for  # noqa: E402

SIZE = (1000, 640)
# words of the example that no claim covers, for Tag as…
UNTAGGED = 'Vladimir Putin haziranda Kuzey Kore’ye resmi ziyarette bulunmuş'


def crop(desktop, geometry, path):
    """The screen's rectangle GEOMETRY (x, y, w, h) as the PNG PATH."""
    full = os.path.join(desktop.tmp, 'screen.png')
    desktop.screenshot(full)
    x, y, w, h = geometry
    subprocess.run(['convert', full, '-crop', '%dx%d+%d+%d' % (w, h, x, y),
                    '+repage', '-strip', path], check=True)
    print('help-screenshots: %s' % path)


def other_window(app):
    """The biggest visible X window of the app that is not the main one."""
    out = app.input.xdotool('search', '--onlyvisible', '--pid', str(app.proc.pid))
    best = None
    for wid in (int(x) for x in out.split()):
        if wid == app.wid:
            continue
        g = app.geometry(wid)
        if best is None or g[2] * g[3] > best[1][2] * best[1][3]:
            best = (wid, g)
    return best


def shoot(scheme, out_help, out_shots):
    desktop = Desktop('shots-' + scheme, 1600, 900)
    try:
        desktop.start()
        # a compositing manager, as a desktop has: without one, GTK paints
        # the popovers' shadows black
        desktop.procs.append(subprocess.Popen(['xcompmgr'], env=desktop.env,
                                              stderr=subprocess.DEVNULL))
        path = os.path.join(desktop.home, 'kuzey-kore.kaynak.json')
        shutil.copyfile(os.path.join(root, 'tests', 'data', 'example.kaynak.json'), path)
        app = Window(desktop, [path], size=SIZE,
                     env={'KAYNAK_COLOR_SCHEME': scheme})
        wait_for(lambda: len(app.claim_rows()) == 5, 'the five claims')
        app.input.move(desktop.width - 1, desktop.height - 1)
        # the window drawn with its highlights, the caret not blinking away
        wait_for(lambda: app.geometry()[2] >= SIZE[0] - 40, 'the window size')
        time.sleep(1.0)
        if scheme == 'light':
            crop(desktop, app.geometry(), os.path.join(out_help, 'window.png'))
            crop(desktop, app.geometry(), os.path.join(out_shots, 'window.png'))
        else:
            crop(desktop, app.geometry(), os.path.join(out_shots, 'window-dark.png'))
            return

        app.select_words(UNTAGGED)
        app.tag_popover()
        time.sleep(0.5)
        crop(desktop, app.geometry(), os.path.join(out_help, 'tag-as.png'))
        crop(desktop, app.geometry(), os.path.join(out_shots, 'tag-as.png'))
        app.input.key('Escape')
        app.wait_tag_popover_closed()
        # the second Escape clears the selection
        app.input.key('Escape')
        wait_for(lambda: app.selection(app.article()) in (None, ())
                 or app.selection(app.article())[0] == app.selection(app.article())[1],
                 'the selection to be cleared')

        app.input.key('ctrl+shift+t')
        app.toplevel('Statistics')
        wid = wait_for(lambda: other_window(app), 'the Statistics window')
        # side by side, as the README describes it: beside the article
        main = app.geometry()
        app.input.xdotool('windowmove', '--sync', wid[0], main[0] + main[2], main[1])
        time.sleep(1.0)
        stats = app.geometry(wid[0])
        crop(desktop, (main[0], main[1], main[2] + stats[2], max(main[3], stats[3])),
             os.path.join(out_shots, 'statistics.png'))
    finally:
        desktop.stop()


def shoot_folder(out_help):
    """The folder list of figures/folder.png: the journey's dataset of five
    articles, two done, opened as `kaynak FOLDER`, and Next Unfinished's
    article beside it."""
    import journeys_folder
    desktop = Desktop('shots-folder', 1600, 900)
    try:
        desktop.start()
        desktop.procs.append(subprocess.Popen(['xcompmgr'], env=desktop.env,
                                              stderr=subprocess.DEVNULL))
        folder = os.path.join(desktop.home, 'dataset')
        os.makedirs(folder)
        for article in journeys_folder.ARTICLES:
            journeys_folder.write_article(folder, *article)
        app = Window(desktop, [folder], size=SIZE,
                     env={'KAYNAK_COLOR_SCHEME': 'light'})
        app.find(role='label', name='2 of 5 done')
        app.input.key('ctrl+alt+n')
        wait_for(lambda: (app.header_title() or ('',))[0] == 'Beyaz Saray doğruladı' or None,
                 'Next Unfinished to open the article in progress')
        app.input.move(desktop.width - 1, desktop.height - 1)
        wait_for(lambda: app.geometry()[2] >= SIZE[0] - 40, 'the window size')
        time.sleep(1.0)
        x, y, w, h = app.geometry()
        # the list alone (its width is the panel's): small enough for the page
        crop(desktop, (x, y, 266, 440), os.path.join(out_help, 'folder.png'))
    finally:
        desktop.stop()


def main():
    if len(sys.argv) == 5 and sys.argv[1] == '--scheme':
        shoot(sys.argv[2], sys.argv[3], sys.argv[4])
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == '--folder-pass':
        shoot_folder(sys.argv[2])
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == '--folder':
        out = os.path.abspath(sys.argv[2])
        os.makedirs(out, exist_ok=True)
        subprocess.run([sys.executable, os.path.abspath(__file__), '--folder-pass', out],
                       check=True)
        return 0
    if len(sys.argv) > 1:
        out_help = out_shots = os.path.abspath(sys.argv[1])
    else:
        out_help = os.path.join(root, 'data', 'help', 'C', 'figures')
        out_shots = os.path.join(root, 'data', 'screenshots')
    os.makedirs(out_help, exist_ok=True)
    os.makedirs(out_shots, exist_ok=True)
    # one process per style: pyatspi stays bound to the first desktop's
    # accessibility bus
    for scheme in ('light', 'dark'):
        subprocess.run([sys.executable, os.path.abspath(__file__), '--scheme',
                        scheme, out_help, out_shots], check=True)
    subprocess.run([sys.executable, os.path.abspath(__file__), '--folder-pass',
                    out_help], check=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
