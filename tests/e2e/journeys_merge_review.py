# journeys_merge_review.py: the disagreements `kaynak --merge` left, in
# the window (issue 15, Teams on git).  Two annotators changed the same
# claims of the sample article, one the status, the other the source, to
# different values; the real `kaynak --merge BASE OURS THEIRS` merges the
# three versions (exit 1: conflicts left).  The merged file opens with a
# bar that says so; Review (Ctrl+Shift+M) lists the disagreements, named
# for a screen reader; by keyboard: Down, Take Theirs (Alt+T) on one, Keep
# Mine (Alt+M) on the other, Ctrl+Z and again; Ctrl+S saves, and the saved
# file (read back with Python's JSON parser) has the chosen values and no
# "disagreements" anywhere.
# SPDX-License-Identifier: GPL-3.0-or-later
import copy
import json
import os
import subprocess

import kaynak_e2e

from kaynak_e2e import (Window, audit_names, children, fail, is_selected, journey,
                        load_json, log, wait_for)

PLAN = ('Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 Ekim’de '
        'konuşlandırılmasının planlandığı')
ABD = 'Bunu ABD de doğrulamıştı'
KREMLIN = 'Kremlin şimdilik sessiz'
TITLE = 'Disagreements from a Merge'
ROW_PLAN = 'Claim “%s”\nStatus: yours Supported, theirs Refuted' % PLAN
ROW_ABD = 'Claim “%s”\nSource: yours United States, theirs Unattributed' % ABD


def claim(text, cid, words, source):
    start = text.index(words)
    end = start + len(words)
    return {'id': cid, 'start': start, 'end': end, 'quote': words,
            'prefix': text[max(0, start - 32):start], 'suffix': text[end:end + 32],
            'source': source, 'status': 'unverified', 'note': '', 'cues': [],
            'author': '', 'created': '2026-12-05T08:00:00Z',
            'modified': '2026-12-05T08:00:00Z'}


def merge_three(folder, base, ours, theirs):
    """Writes BASE, OURS (Ayşe's) and THEIRS (Mehmet's) into FOLDER and
    merges them with the real `kaynak --merge`, which must leave
    disagreements (exit 1); returns the merged file, Ayşe's."""
    names = {'base': 'base.kaynak.json', 'ours': 'ayse.kaynak.json',
             'theirs': 'mehmet.kaynak.json'}
    for key, data in (('base', base), ('ours', ours), ('theirs', theirs)):
        with open(os.path.join(folder, names[key]), 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
    result = subprocess.run([kaynak_e2e.kaynak_binary(), '--merge', names['base'],
                             names['ours'], names['theirs']],
                            cwd=folder, capture_output=True, text=True)
    if result.returncode != 1:
        fail('kaynak --merge exited %d, not 1 (conflicts left):\n%s%s'
             % (result.returncode, result.stdout, result.stderr))
    return os.path.join(folder, names['ours'])


def merged_file(desktop):
    """Base, Ayşe's (ours) and Mehmet's (theirs) versions of the sample
    article, merged by the real driver into Ayşe's file; returns its path."""
    path = kaynak_e2e.sample_in_home(desktop, 'merge')
    folder = os.path.dirname(path)
    base = load_json(path)
    text = base['article']['text']
    base['claims'] = [claim(text, 'c1', PLAN, 'ukraine'),
                      claim(text, 'c2', ABD, 'white-house'),
                      claim(text, 'c3', KREMLIN, 'kremlin')]
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours['claims'][0]['status'] = 'supported'
    theirs['claims'][0]['status'] = 'refuted'
    ours['claims'][1]['source'] = 'united-states'
    theirs['claims'][1]['source'] = 'unattributed'
    # a one-sided edit, merged without a disagreement
    theirs['claims'][2]['note'] = 'Yorum yok.'
    merged = merge_three(folder, base, ours, theirs)
    data = load_json(merged)
    recorded = [c['id'] for c in data['claims'] if c.get('disagreements')]
    if recorded != ['c1', 'c2']:
        fail('the merge recorded disagreements on %r, not c1 and c2' % recorded)
    return merged


def focus_toplevel(app, title):
    """No window manager runs: give the X focus to the window TITLE."""
    app.focus_x_window(title)


def rows(app, window):
    for role in ('list box', 'list'):
        lists = app.find_all(window, role=role, name='Disagreements')
        if lists:
            return [c for c in children(lists[0]) if kaynak_e2e.is_visible(c)]
    return []


def row_names(app, window):
    return [r.name for r in rows(app, window)]


def selected_rows(app, window):
    return [r.name for r in rows(app, window) if is_selected(r)]


def wait_rows(app, window, expected, what):
    try:
        wait_for(lambda: row_names(app, window) == expected, what)
    except kaynak_e2e.JourneyFailure:
        fail('%s: the disagreements read %r, not %r' % (what, row_names(app, window), expected))


def selected_claims(app):
    """The names of the selected claim rows of the main window."""
    lst = kaynak_e2e.find(app.app, role='list', name='Claims')
    if lst is None:
        return []
    return [c.name for c in children(lst) if kaynak_e2e.role_name(c) == 'list item'
            and kaynak_e2e.is_visible(c) and is_selected(c)]


def bar_shown(app, text):
    """The bar above the article says TEXT (its accessible name)."""
    return any(a.name == text and kaynak_e2e.is_visible(a)
               for a in kaynak_e2e.walk(app.window))


@journey('review-disagreements-from-a-merge')
def review_disagreements(desktop):
    """The merged file opens with "2 disagreements from a merge"; Review
    by keyboard: Take Theirs on the source, Keep Mine on the status, one
    undone and done again; saved without any disagreements left."""
    path = merged_file(desktop)
    app = Window(desktop, [path])
    app.wait_claim_rows(['“%s”, Ukraine, Supported' % PLAN,
                         '“%s”, United States, Unverified' % ABD,
                         '“%s”, Kremlin, Unverified' % KREMLIN])
    wait_for(lambda: bar_shown(app, '2 disagreements from a merge'),
             'the bar saying "2 disagreements from a merge"')
    app.find(app.window, role='push button', name='Review')

    app.focus_window()
    app.input.key('ctrl+shift+m')
    window = app.toplevel(TITLE)
    problems = audit_names(window, 'Disagreements from a Merge window')
    if problems:
        fail('\n'.join(problems))
    for name in ('Keep Mine', 'Take Theirs'):
        app.find(window, role='push button', name=name)
    wait_rows(app, window, [ROW_PLAN, ROW_ABD], 'the disagreements listed')
    focus_toplevel(app, TITLE)
    wait_for(lambda: selected_rows(app, window) == [ROW_PLAN], 'the first disagreement selected')
    # selecting a claim's disagreement selects the claim in the article
    wait_for(lambda: selected_claims(app)
             == ['“%s”, Ukraine, Supported' % PLAN], 'its claim selected in the list')

    # Down to the source, Take Theirs (Alt+T)
    app.input.key('Down')
    wait_for(lambda: selected_rows(app, window) == [ROW_ABD], 'Down to select the second disagreement')
    wait_for(lambda: selected_claims(app)
             == ['“%s”, United States, Unverified' % ABD], 'its claim selected in the list')
    app.input.key('alt+t')
    wait_rows(app, window, [ROW_PLAN], 'after Take Theirs')
    app.wait_claim_rows(['“%s”, Ukraine, Supported' % PLAN,
                         '“%s”, Unattributed, Unverified' % ABD,
                         '“%s”, Kremlin, Unverified' % KREMLIN])
    wait_for(lambda: bar_shown(app, '1 disagreement from a merge'), 'the bar to count one')

    # Keep Mine (Alt+M) on the status
    wait_for(lambda: selected_rows(app, window) == [ROW_PLAN], 'the status disagreement selected')
    app.input.key('alt+m')
    wait_rows(app, window, [], 'after Keep Mine')
    app.find(window, name='No disagreements left. Save to write the file without them.')

    # Ctrl+Z undoes Keep Mine, one step: the record is back
    app.input.key('ctrl+z')
    wait_rows(app, window, [ROW_PLAN], 'after Ctrl+Z')
    wait_for(lambda: bar_shown(app, '1 disagreement from a merge'), 'the bar to count one again')
    wait_for(lambda: selected_rows(app, window) == [ROW_PLAN], 'the status disagreement selected again')
    app.input.key('alt+m')
    wait_rows(app, window, [], 'after Keep Mine again')
    wait_for(lambda: not bar_shown(app, '1 disagreement from a merge'), 'the bar to go')
    app.wait_claim_rows(['“%s”, Ukraine, Supported' % PLAN,
                         '“%s”, Unattributed, Unverified' % ABD,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    # Ctrl+S from the review window saves the document in its file
    data = app.save_in_place(path)
    text = open(path, encoding='utf-8').read()
    if 'disagreements' in text:
        fail('the saved file still has "disagreements":\n%s' % text)
    got = {c['id']: (c['status'], c['source'], c.get('note', '')) for c in data['claims']}
    expected = {'c1': ('supported', 'ukraine', ''), 'c2': ('unverified', 'unattributed', ''),
                'c3': ('unverified', 'kremlin', 'Yorum yok.')}
    if got != expected:
        fail('the saved claims are %r, not %r' % (got, expected))
    log('saved %s without disagreements: %r' % (path, got))
    app.input.key('ctrl+q')
