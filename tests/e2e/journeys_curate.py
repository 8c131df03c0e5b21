# journeys_curate.py: Compare With… (issue 15, Curation): two annotators'
# files of the sample article, one opened, compared with the other typed
# into the file chooser; the differences read through AT-SPI, Take Theirs,
# Keep Mine and Keep Both each on one, one undone, and the result saved as
# a new file and read back (claims, agreed_by).  Another article is
# refused with a message that says why.
# SPDX-License-Identifier: GPL-3.0-or-later
import copy
import hashlib
import json
import os
import time

import kaynak_e2e

from kaynak_e2e import (Window, audit_names, children, fail, is_selected, journey,
                        load_json, log, wait_for, wait_for_file)

MINE = 'ayse.kaynak.json'
THEIRS = 'mehmet.kaynak.json'
PLAN = ('Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 Ekim’de '
        'konuşlandırılmasının planlandığı')
ABD = 'Bunu ABD de doğrulamıştı'
TROOPS = 'Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği'
TROOPS_LONG = TROOPS + ' ve bunların bazılarının'
KREMLIN = 'Kremlin şimdilik sessiz'
NATO = 'NATO-AB arasındaki yakın ve stratejik ortaklığın önemi üzerinde durulduğu'
ROWS = ['“%s”: another source in %s' % (ABD, THEIRS),
        '“%s”: another span (%s marked “%s”)' % (TROOPS, THEIRS, TROOPS_LONG),
        'Only you marked “%s”' % KREMLIN,
        'Only %s marked “%s”' % (THEIRS, NATO)]


def claim(text, cid, words, source):
    start = text.index(words)
    end = start + len(words)
    return {'id': cid, 'start': start, 'end': end, 'quote': words,
            'prefix': text[max(0, start - 32):start], 'suffix': text[end:end + 32],
            'source': source, 'status': 'unverified', 'note': '', 'cues': [],
            'author': '', 'created': '2026-12-05T08:00:00Z',
            'modified': '2026-12-05T08:00:00Z'}


def two_annotators(desktop):
    """Ayşe's and Mehmet's files of the sample article (its sources), in
    HOME/curate: one claim alike, one with another source, one with
    another span, one each that the other did not mark."""
    path = kaynak_e2e.sample_in_home(desktop, 'curate')
    base = load_json(path)
    text = base['article']['text']
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine['claims'] = [claim(text, 'a1', PLAN, 'ukraine'),
                      claim(text, 'a2', ABD, 'united-states'),
                      claim(text, 'a3', TROOPS, 'white-house'),
                      claim(text, 'a4', KREMLIN, 'kremlin')]
    theirs['claims'] = [claim(text, 'm1', PLAN, 'ukraine'),
                        claim(text, 'm2', ABD, 'white-house'),
                        claim(text, 'm3', TROOPS_LONG, 'white-house'),
                        claim(text, 'm4', NATO, 'eu-nato-joint-statement')]
    folder = os.path.dirname(path)
    for name, data in ((MINE, mine), (THEIRS, theirs)):
        with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
    return folder


def type_location(app, dialog, path, button):
    """Ctrl+L in the file dialog DIALOG (once its BUTTON is there), type
    PATH into its location and press Enter."""
    wait_for(lambda: app.find_now(dialog, role='push button', name=button),
             'the dialog\'s %s button' % button)
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(path)
    wait_for(lambda: any(kaynak_e2e.text_of(t) == path
                         for t in app.find_all(dialog, role='text')),
             'the path typed into the dialog')
    app.input.key('Return')


def focus_toplevel(app, title):
    """No window manager runs: give the X focus to the window TITLE."""
    app.focus_x_window(title)


def rows(app, window):
    lists = [l for l in app.find_all(window, role='list box', name='Differences')]
    if not lists:
        lists = [l for l in app.find_all(window, role='list', name='Differences')]
    if not lists:
        return []
    return [c for c in children(lists[0]) if kaynak_e2e.is_visible(c)]


def row_names(app, window):
    return [r.name for r in rows(app, window)]


def wait_rows(app, window, expected, what):
    try:
        wait_for(lambda: row_names(app, window) == expected, what)
    except kaynak_e2e.JourneyFailure:
        fail('%s: the differences read %r, not %r' % (what, row_names(app, window), expected))


def select_row(app, window, name):
    """Down (or Up) in the list until the row NAME is selected."""
    for _ in range(10):
        selected = [r.name for r in rows(app, window) if is_selected(r)]
        if selected == [name]:
            return
        names = row_names(app, window)
        if name not in names or not selected:
            fail('cannot select %r among %r (selected: %r)' % (name, names, selected))
        app.input.key('Down' if names.index(name) > names.index(selected[0]) else 'Up')
        time.sleep(0.2)
    fail('Up/Down never selected %r' % name)


@journey('compare-with-another-annotator-and-curate')
def compare_and_curate(desktop):
    """Ctrl+Shift+D, the other file typed into the chooser; four
    differences listed and named; Take Theirs, Keep Mine and Keep Both by
    their accelerators, one undone; Save As proposes a new file; the
    saved claims and their agreed_by."""
    folder = two_annotators(desktop)
    mine_path = os.path.join(folder, MINE)
    before = open(mine_path, 'rb').read()
    app = Window(desktop, [mine_path])
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN,
                         '“%s”, United States, Unverified' % ABD,
                         '“%s”, White House, Unverified' % TROOPS,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    app.input.key('ctrl+shift+d')
    chooser = app.toplevel('Compare With')
    type_location(app, chooser, os.path.join(folder, THEIRS), 'Compare')
    title = 'Compare With %s' % THEIRS
    window = app.toplevel(title)
    problems = audit_names(window, 'Compare With window')
    if problems:
        fail('\n'.join(problems))
    wait_rows(app, window, ROWS, 'the differences listed')
    for name in ('Keep Mine', 'Take Theirs', 'Keep Both', 'Save As…'):
        app.find(window, role='push button', name=name)

    # F8 from the article goes to the next difference
    app.focus_window()
    app.input.key('F8')
    wait_for(lambda: [r.name for r in rows(app, window) if is_selected(r)] == [ROWS[1]],
             'F8 to select the second difference')
    app.input.key('shift+F8')
    wait_for(lambda: [r.name for r in rows(app, window) if is_selected(r)] == [ROWS[0]],
             'Shift+F8 to select the first difference again')

    focus_toplevel(app, title)
    # the list has the focus: Up/Down move through it
    app.click(rows(app, window)[0])
    # Take Theirs on the other source (Alt+T)
    select_row(app, window, ROWS[0])
    app.input.key('alt+t')
    wait_rows(app, window, ROWS[1:], 'after Take Theirs')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN,
                         '“%s”, White House, Unverified' % ABD,
                         '“%s”, White House, Unverified' % TROOPS,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    # Keep Mine on the claim only Ayşe marked (Alt+M)
    select_row(app, window, ROWS[2])
    app.input.key('alt+m')
    wait_rows(app, window, [ROWS[1], ROWS[3]], 'after Keep Mine')

    # Keep Both on the other span (Alt+B): both claims are there
    select_row(app, window, ROWS[1])
    app.input.key('alt+b')
    wait_rows(app, window, [ROWS[3]], 'after Keep Both')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN,
                         '“%s”, White House, Unverified' % ABD,
                         '“%s”, White House, Unverified' % TROOPS_LONG,
                         '“%s”, White House, Unverified' % TROOPS,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    # Undo (in the main window) takes Keep Both back, one step
    app.focus_window()
    app.input.key('ctrl+z')
    wait_rows(app, window, [ROWS[1], ROWS[3]], 'after undoing Keep Both')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN,
                         '“%s”, White House, Unverified' % ABD,
                         '“%s”, White House, Unverified' % TROOPS,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    # Save As…: a new file, never Ayşe's own
    focus_toplevel(app, title)
    app.click(app.find(window, role='push button', name='Save As…'))
    dialog = app.toplevel('Save As')
    name = app.find(dialog, role='text', name='Name:')
    wait_for(lambda: kaynak_e2e.text_of(name) == 'ayse-curated.kaynak.json',
             'the proposed name ayse-curated.kaynak.json (it is %r)' % kaynak_e2e.text_of(name))
    app.focus_x_window('Save As')
    app.input.key('Return')
    saved = os.path.join(folder, 'ayse-curated.kaynak.json')
    wait_for_file(saved)
    data = wait_for(lambda: _complete(saved), 'the curated file to be written')
    if open(mine_path, 'rb').read() != before:
        fail('Ayşe\'s own file was overwritten')

    agreed = {c['quote']: c.get('agreed_by') for c in data['claims']}
    expected = {PLAN: [MINE, THEIRS], ABD: [THEIRS], TROOPS: None, KREMLIN: [MINE]}
    if agreed != expected:
        fail('the curated file holds %r, not %r' % (agreed, expected))
    sources = {c['quote']: c['source'] for c in data['claims']}
    if sources[ABD] != 'white-house':
        fail('Take Theirs left %r as the source of %r' % (sources[ABD], ABD))
    log('saved %s: %r' % (saved, agreed))
    app.input.key('ctrl+q')


def _complete(path):
    try:
        return load_json(path)
    except (ValueError, OSError):
        return None


@journey('compare-with-another-article-is-refused')
def compare_other_article(desktop):
    """A file of another article: a dialog says its SHA-256 differs, and
    no Compare With window opens."""
    folder = two_annotators(desktop)
    other = load_json(os.path.join(folder, THEIRS))
    other['article']['text'] = 'Başka bir haber metni burada.'
    other['article']['sha256'] = hashlib.sha256(
        other['article']['text'].encode('utf-8')).hexdigest()
    other['claims'] = []
    other_path = os.path.join(folder, 'baska.kaynak.json')
    with open(other_path, 'w', encoding='utf-8') as f:
        json.dump(other, f, ensure_ascii=False)
    app = Window(desktop, [os.path.join(folder, MINE)])
    app.input.key('ctrl+shift+d')
    chooser = app.toplevel('Compare With')
    type_location(app, chooser, other_path, 'Compare')
    alert = wait_for(lambda: next((c for c in children(app.app)
                                   if 'SHA-256' in _all_text(c)), None),
                     'a message that the article differs')
    if 'baska.kaynak.json' not in _all_text(alert):
        fail('the message does not name the file: %r' % _all_text(alert))
    if any(c.name.startswith('Compare With ') for c in children(app.app)
           if kaynak_e2e.is_visible(c)):
        fail('a Compare With window opened for another article')


def _all_text(acc):
    parts = []
    for a in kaynak_e2e.walk(acc):
        try:
            parts.append(a.name or '')
            parts.append(kaynak_e2e.text_of(a) or '')
        except Exception:
            pass
    return ' '.join(parts)
