# journeys_curation2.py: what Compare With… does beyond one other file
# (issue 15, Curation): the marks in the article's margin (named, one per
# difference, clickable, gone once resolved), several other annotators'
# files with Take From choosing whose version Take Theirs takes, and Leave
# Out (Keep Mine of a claim only they marked), undone and redone.  The
# curated file is read back: sources, agreed_by and the left-out range.
# SPDX-License-Identifier: GPL-3.0-or-later
import copy
import json
import os
import time

import kaynak_e2e

from journeys_curate import (ABD, KREMLIN, MINE, NATO, PLAN, THEIRS, TROOPS, TROOPS_LONG,
                             claim, focus_toplevel, rows, select_row, two_annotators,
                             type_location)
from kaynak_e2e import (Window, audit_names, fail, is_selected, journey, load_json, log,
                        wait_for, wait_for_file)

THIRD = 'zeynep.kaynak.json'


def three_annotators(desktop):
    """Ayşe's and Mehmet's files (journeys_curate.py) and Zeynep's: she
    gives ABD's words to the Kremlin, marks the troops as Ayşe did, and
    NATO's words as Mehmet did."""
    folder = two_annotators(desktop)
    base = load_json(os.path.join(folder, MINE))
    text = base['article']['text']
    # the others' files in a folder of their own, to be chosen together
    others = os.path.join(folder, 'others')
    os.makedirs(others)
    os.rename(os.path.join(folder, THEIRS), os.path.join(others, THEIRS))
    third = copy.deepcopy(base)
    third['claims'] = [claim(text, 'z1', PLAN, 'ukraine'),
                       claim(text, 'z2', ABD, 'kremlin'),
                       claim(text, 'z3', TROOPS, 'white-house'),
                       claim(text, 'z4', NATO, 'eu-nato-joint-statement')]
    with open(os.path.join(others, THIRD), 'w', encoding='utf-8') as f:
        json.dump(third, f, ensure_ascii=False, indent=2)
    return folder


def first_lines(app, window):
    return [r.name.split('\n')[0] for r in rows(app, window)]


def select_first_line(app, window, first):
    names = [r.name for r in rows(app, window)]
    match = [n for n in names if n.split('\n')[0] == first]
    if not match:
        fail('no difference %r among %r' % (first, names))
    select_row(app, window, match[0])


def selected_first_line(app, window):
    return [r.name.split('\n')[0] for r in rows(app, window) if is_selected(r)]


def margin_marks(app):
    """The margin's marks in the main window, by name"""
    return [b for b in app.find_all(role='push button', name_re=r'^Difference \d+ of \d+: ')
            if kaynak_e2e.is_visible(b)]


def wait_marks(app, count, what):
    try:
        return wait_for(lambda: (lambda m: m if len(m) == count else None)(margin_marks(app)),
                        what)
    except kaynak_e2e.JourneyFailure:
        log(app.dump(app.article()))
        fail('%s: the margin holds %r' % (what, [m.name for m in margin_marks(app)]))


def open_compare(app, folder, names):
    """Ctrl+Shift+D; the folder FOLDER typed into the chooser, its first
    file clicked, Ctrl+A to choose them all (NAMES), and Compare"""
    app.input.key('ctrl+shift+d')
    chooser = app.toplevel('Compare With')
    type_location(app, chooser, folder + '/', 'Compare')
    # GTK 4.8 does not name the rows of the chooser's file list: the
    # first one is clicked just under its "Name" heading
    heading = app.find(chooser, role='label', name='Name')
    time.sleep(0.5)
    x, y = app.center(heading)
    app.input.click(x, y + heading.queryComponent().getExtents(0).height + 14)
    app.input.key('ctrl+a')
    app.click(app.find(chooser, role='push button', name='Compare'))
    title = 'Compare With %s' % ', '.join(names)
    return title, app.toplevel(title)


def move_toplevel(app, title, x):
    """No window manager places the windows: all of them open at (0, 0),
    where the helpers' clicks expect them.  Moved to X, the Compare With
    window leaves the article's margin free to click."""
    # waited for: the tree shows the window before X has mapped it
    app.input.xdotool('windowmove', '--sync', app.x_window_named(title), x, 0)


@journey('compare-with-margin-marks-several-files-take-from-leave-out')
def margin_several_leave_out(desktop):
    """Three annotators (the others' two files chosen together in the
    chooser): a mark beside each difference, named; a mark
    clicked selects its difference; Take From chooses Zeynep's source for
    ABD's words and Alt+T takes it; Leave Out (Alt+M) on the NATO claim
    only they marked: the difference and its mark go, Ctrl+Z brings them
    back, Ctrl+Shift+Z takes them again (both in the Compare With
    window); the saved file."""
    folder = three_annotators(desktop)
    mine_path = os.path.join(folder, MINE)
    app = Window(desktop, [mine_path])
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN,
                         '“%s”, United States, Unverified' % ABD,
                         '“%s”, White House, Unverified' % TROOPS,
                         '“%s”, Kremlin, Unverified' % KREMLIN])
    title, window = open_compare(app, os.path.join(folder, 'others'), [THEIRS, THIRD])
    problems = audit_names(window, 'Compare With window')
    if problems:
        fail('\n'.join(problems))

    only_nato = 'Only %s marked “%s”' % (THEIRS, NATO)
    abd = '“%s”: another source in %s' % (ABD, THEIRS)
    expected = [abd,
                '“%s”: another span (%s marked “%s”)' % (TROOPS, THEIRS, TROOPS_LONG),
                'Only you marked “%s”' % KREMLIN,
                only_nato]
    wait_for(lambda: first_lines(app, window) == expected,
             'the four differences (they read %r)' % first_lines(app, window))
    # each row says who marked what
    abd_row = [r.name for r in rows(app, window) if r.name.startswith(abd)][0]
    for version in ('%s: “%s”, White House, Unverified' % (THEIRS, ABD),
                    '%s: “%s”, Kremlin, Unverified' % (THIRD, ABD)):
        if version not in abd_row.split('\n'):
            fail('the ABD row does not list %r: %r' % (version, abd_row))
    nato_row = [r.name for r in rows(app, window) if r.name.startswith(only_nato)][0]
    if '%s, %s: “%s”, EU–NATO joint statement, Unverified' % (THEIRS, THIRD, NATO) \
            not in nato_row.split('\n'):
        fail('the NATO row does not say both marked it alike: %r' % nato_row)

    # the margin: one named mark a difference
    marks = wait_marks(app, 4, 'four marks in the margin')
    names = sorted(m.name for m in marks)
    if not names[3].startswith('Difference 4 of 4: ' + only_nato):
        fail('the fourth mark is named %r' % names[3])
    # a mark clicked selects its difference
    move_toplevel(app, title, 900)
    app.click([m for m in marks if m.name.startswith('Difference 4 of 4')][0])
    wait_for(lambda: selected_first_line(app, window) == [only_nato],
             'the NATO difference selected by its mark')
    move_toplevel(app, title, 0)

    # Leave Out: Keep Mine (Alt+M) of a claim only they marked
    focus_toplevel(app, title)
    app.find(window, role='push button', name='Leave Out')
    app.input.key('alt+m')
    wait_for(lambda: first_lines(app, window) == expected[:3], 'the NATO difference left out')
    wait_marks(app, 3, 'three marks after Leave Out')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN,
                         '“%s”, United States, Unverified' % ABD,
                         '“%s”, White House, Unverified' % TROOPS,
                         '“%s”, Kremlin, Unverified' % KREMLIN])
    # Ctrl+Z and Ctrl+Shift+Z work in the Compare With window too
    app.input.key('ctrl+z')
    wait_for(lambda: first_lines(app, window) == expected, 'Leave Out undone')
    wait_marks(app, 4, 'four marks after undo')
    app.input.key('ctrl+shift+z')
    wait_for(lambda: first_lines(app, window) == expected[:3], 'Leave Out redone')

    # Take From: Zeynep's version of ABD's words, by the keyboard
    focus_toplevel(app, title)
    app.click(rows(app, window)[0])
    select_first_line(app, window, abd)
    drop = wait_for(lambda: next((a for a in app.find_all(window, name='Take From')
                                  if kaynak_e2e.role_name(a) != 'label'), None),
                    'the Take From drop-down')
    windows = len(app.popup_windows())
    app.input.key('alt+f')
    app.input.key('space')
    # the versions' list pops up (an X window of its own)
    wait_for(lambda: len(app.popup_windows()) > windows,
             'Take From’s list to open on Alt+F, Space')
    app.input.key('Down')
    app.input.key('Return')
    wait_for(lambda: any(THIRD in (a.name or '') for a in kaynak_e2e.walk(drop)),
             'Zeynep’s version chosen under Take From')
    focus_toplevel(app, title)
    app.input.key('alt+t')
    wait_for(lambda: len(rows(app, window)) == 2, 'the ABD difference taken')
    wait_marks(app, 2, 'two marks after Take Theirs')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % PLAN,
                         '“%s”, Kremlin, Unverified' % ABD,
                         '“%s”, White House, Unverified' % TROOPS,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    # Save As: ABD's words are Zeynep's alone; NATO's range left out
    app.click(app.find(window, role='push button', name='Save As…'))
    dialog = app.toplevel('Save As')
    name = app.find(dialog, role='text', name='Name:')
    wait_for(lambda: kaynak_e2e.text_of(name) == 'ayse-curated.kaynak.json',
             'the proposed name ayse-curated.kaynak.json')
    app.focus_x_window('Save As')
    app.input.key('Return')
    saved = os.path.join(folder, 'ayse-curated.kaynak.json')
    wait_for_file(saved)
    data = wait_for(lambda: _complete(saved), 'the curated file to be written')
    agreed = {c['quote']: c.get('agreed_by') for c in data['claims']}
    want = {PLAN: [MINE, THEIRS, THIRD], ABD: [THIRD], TROOPS: None, KREMLIN: None}
    if agreed != want:
        fail('the curated file holds %r, not %r' % (agreed, want))
    sources = {c['quote']: c['source'] for c in data['claims']}
    if sources[ABD] != 'kremlin':
        fail('Take Theirs left %r as the source of %r' % (sources[ABD], ABD))
    left_out = [r.get('quote') for r in data.get('rejected_suggestions', [])]
    if left_out != [NATO]:
        fail('the left-out range is not recorded: %r' % data.get('rejected_suggestions'))
    log('saved %s: %r, left out %r' % (saved, agreed, left_out))
    app.input.key('ctrl+q')


def _complete(path):
    try:
        return load_json(path)
    except (ValueError, OSError):
        return None
