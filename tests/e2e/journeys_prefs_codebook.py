# journeys_prefs_codebook.py: the personal codebook edited in Preferences
# (issue 19, owner: PREFS): a verdict scale and a field made on the
# Verdicts and Fields pages, edits undone, and a new article made with it.
# Each journey has a HOME of its own (kaynak_e2e.Desktop), so the
# codebook starts empty.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import time

import kaynak_e2e

from kaynak_e2e import (Window, article_in_home, audit_names, fail, journey,
                        load_json, text_of, type_into, wait_for)

# few letters beyond ASCII: xdotool types them by remapping a key, which a loaded
# machine sometimes reads too late (kaynak_e2e.type_into)
SCALE = ['Doğru', 'Eksik', 'Uydurma']


def codebook_path(desktop):
    return os.path.join(desktop.env['XDG_DATA_HOME'], 'kaynak', 'codebook.json')


def stored(desktop):
    """The codebook file as Preferences wrote it, or None"""
    try:
        return load_json(codebook_path(desktop))
    except (OSError, ValueError):
        return None


def wait_stored(desktop, check, what):
    def look():
        data = stored(desktop)
        return data is not None and check(data)
    try:
        wait_for(look, what)
    except kaynak_e2e.JourneyFailure as e:
        raise kaynak_e2e.JourneyFailure('%s; codebook.json holds %r' % (e, stored(desktop)))


def labels(data, member='verdicts'):
    return [v['label'] for v in data.get(member, [])]


def add_verdict(app, prefs, desktop, label):
    """Type LABEL into New Verdict and press Enter (its apply)"""
    entry = app.find(prefs, role='text', name='New Verdict')
    app.click(entry)
    # GTK 4.8 tells no focus for an entry row's text: type_into() checks
    # that each letter lands in it
    type_into(app, entry, label)
    app.input.key('Return')
    wait_stored(desktop, lambda d: label in labels(d), 'the verdict %s stored' % label)
    app.find(prefs, role='list item', name=label)


def choose_file(app, title, path):
    dialog = app.toplevel(title)
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(path)
    wait_for(lambda: any(text_of(t) == path for t in app.find_all(dialog, role='text')),
             'the path typed into %s' % title)
    app.input.key('Return')
    app.toplevel_gone(title)


@journey('a-personal-verdict-scale-and-field-from-preferences')
def personal_codebook(desktop):
    """Preferences (Ctrl+,) → Verdicts: an empty scale says Kaynak's five
    statuses are used; three verdicts typed in, a fourth added and taken
    back with Ctrl+Z; Uydurma moved up with Alt+Up and the move undone
    with Ctrl+Z.  Every control has a name.  Then a new article opened
    with Ctrl+O is made with that scale.  (The Fields page is not reached
    here: AT-SPI misplaces GTK 4.8's last view-switcher tab.)"""
    path = article_in_home(desktop)
    app = Window(desktop, [])

    app.input.key('ctrl+comma')
    prefs = app.toplevel('Preferences')
    app.click(app.find(prefs, role='page tab', name='Verdicts'))
    app.find(prefs, role='list item', name='Kaynak’s five statuses are used')

    for label in SCALE:
        add_verdict(app, prefs, desktop, label)
    add_verdict(app, prefs, desktop, 'Fazladan')
    # Ctrl+Z, the focus still in the emptied New Verdict (which has no
    # typing of its own to take back), undoes the verdict
    app.input.key('ctrl+z')
    wait_stored(desktop, lambda d: labels(d) == SCALE, 'the fourth verdict undone')
    wait_for(lambda: app.find_now(prefs, role='list item', name='Fazladan') is None,
             'the fourth verdict to leave the list')
    data = stored(desktop)
    if [v['id'] for v in data['verdicts']] != ['dogru', 'eksik', 'uydurma'] or \
       any(not v.get('color', '').startswith('#') for v in data['verdicts']):
        fail('the scale was stored as %r' % data['verdicts'])

    # open Uydurma: its name, description, colour and place all have names
    row = app.find(prefs, role='list item', name='Uydurma')
    app.click(row)
    app.find(prefs, role='text', name='Description')
    problems = audit_names(prefs, 'Preferences, Verdicts')
    if problems:
        fail('\n'.join(problems))
    # the keyboard moves it (the click left the focus on its row); Ctrl+Z,
    # the focus on the row and not in an entry, takes the move back
    app.input.key('alt+Up')
    wait_stored(desktop, lambda d: labels(d) == ['Doğru', 'Uydurma', 'Eksik'],
                'Uydurma moved up')
    app.input.key('ctrl+z')
    wait_stored(desktop, lambda d: labels(d) == SCALE, 'the move undone')

    # Escape closes Preferences; the first may close an open row's popover
    for attempt in range(3):
        app.input.key('Escape')
        try:
            app.toplevel_gone('Preferences')
            break
        except kaynak_e2e.JourneyFailure:
            if attempt == 2:
                raise

    # a new article takes the personal codebook
    app.input.key('ctrl+o')
    choose_file(app, 'Open an Article', path)
    app.article()
    saved = app.save_in_dialog(path[:-4] + '.kaynak.json')
    codebook = saved.get('codebook')
    if saved.get('version') != 2 or not codebook or \
       codebook.get('id') != 'personal' or \
       [v['label'] for v in codebook.get('verdicts', [])] != SCALE or \
       codebook.get('fields', []) != []:
        fail('the new article was saved with %r (version %r)'
             % (codebook, saved.get('version')))
