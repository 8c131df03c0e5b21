# journeys_help.py: the user guide.  F1 and Help in the main menu ask the
# desktop to show help:io.github.kaynak.Kaynak.  Whether GNOME's Help app
# (yelp) is installed is the machine's business, so the journey puts its
# own handler for help: URIs in the desktop's private XDG folders (a
# .desktop file that writes the URI it is given to a file, made the
# default in mimeapps.list) and reads what Kaynak asked for; without any
# handler, Kaynak must say so in the window.  That the guide is installed
# in English and Turkish is tests/check-help.py's.
# SPDX-License-Identifier: GPL-3.0-or-later
import os

from kaynak_e2e import (Window, article_in_home, audit_names, fail, journey,
                        wait_for)

HELP_URI = 'help:io.github.kaynak.Kaynak'
# the names GNOME's Help app has had as a handler of help: URIs
YELP_IDS = 'yelp.desktop;org.gnome.Yelp.desktop;'


def install_recorder(desktop):
    """A handler of help: URIs that writes the URI to a file; returns the
    file's path."""
    out = os.path.join(desktop.tmp, 'help-uri')
    script = os.path.join(desktop.tmp, 'record-help-uri')
    with open(script, 'w') as f:
        f.write('#!/bin/sh\nprintf "%%s\\n" "$@" > "%s.part" && mv "%s.part" "%s"\n'
                % (out, out, out))
    os.chmod(script, 0o755)
    apps = os.path.join(desktop.env['XDG_DATA_HOME'], 'applications')
    os.makedirs(apps, exist_ok=True)
    with open(os.path.join(apps, 'kaynak-help-recorder.desktop'), 'w') as f:
        f.write('[Desktop Entry]\nType=Application\nName=Help Recorder\n'
                'Exec=%s %%u\nMimeType=x-scheme-handler/help;\nNoDisplay=true\n'
                % script)
    write_mimeapps(desktop, '[Default Applications]\n'
                   'x-scheme-handler/help=kaynak-help-recorder.desktop\n'
                   '[Removed Associations]\nx-scheme-handler/help=%s\n' % YELP_IDS)
    return out


def write_mimeapps(desktop, text):
    with open(os.path.join(desktop.env['XDG_CONFIG_HOME'], 'mimeapps.list'), 'w') as f:
        f.write(text)


@journey('f1-opens-the-user-guide')
def f1_opens_the_user_guide(desktop):
    """F1 in the window asks the desktop's handler of help: URIs to show
    help:io.github.kaynak.Kaynak, the id the guide is installed under."""
    out = install_recorder(desktop)
    app = Window(desktop, [article_in_home(desktop)])
    app.input.key('F1')
    wait_for(lambda: os.path.exists(out), 'the help handler to be started')
    with open(out) as f:
        uris = f.read().split()
    if uris != [HELP_URI]:
        fail('the help handler was given %r, not %r' % (uris, HELP_URI))
    if app.find_now(name='Could Not Open the User Guide') is not None:
        fail('an error was shown although the guide was opened')


@journey('help-without-a-help-app-says-so')
def help_without_a_help_app(desktop):
    """Help in the main menu, on a desktop with no handler of help: URIs
    (no yelp), says in the window what is missing instead of doing
    nothing; Close goes back to the article."""
    write_mimeapps(desktop, '[Removed Associations]\nx-scheme-handler/help=%s\n'
                   % YELP_IDS)
    app = Window(desktop, [article_in_home(desktop)])
    app.click(app.find(role='push button', name='Main Menu'))
    app.click(app.find(role='menu item', name='Help'))
    dialog = app.toplevel('Could Not Open the User Guide')
    app.find(dialog, role='label', name_re=r'Install Help \(yelp\)')
    problems = audit_names(dialog, 'the help error')
    if problems:
        fail('\n'.join(problems))
    app.click(app.find(dialog, role='push button', name='Close'))
    app.toplevel_gone('Could Not Open the User Guide')
