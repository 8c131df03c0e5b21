# journeys_mergeleft.py: Take Theirs for what issue 15's merge review left
# (a claim's checkable sentence and evidence, and a link, which keeps its
# id).  Two annotators wrote a different checkable sentence for one claim
# of the sample article, different evidence for another, and gave a link
# between them different types; the real `kaynak --merge` merges the three
# versions (exit 1).  In the window, by keyboard: Review (Ctrl+Shift+M),
# Take Theirs (Alt+T) on the link, on the checkable sentence (undone with
# Ctrl+Z and taken again), on the evidence; Ctrl+S; the saved file, read
# back with Python's JSON parser, has theirs' values, the link's own id,
# and no "disagreements" anywhere.
# SPDX-License-Identifier: GPL-3.0-or-later
import copy
import os

import kaynak_e2e

from kaynak_e2e import Window, audit_names, fail, journey, load_json, log, wait_for
from journeys_merge_review import (ABD, PLAN, TITLE, bar_shown, claim, focus_toplevel,
                                   merge_three, selected_rows, wait_rows)

LINK = 'a1b2c3d4-0000-4000-8000-00000000l1nk'
OURS_CHECKABLE = 'Kuzey Koreli askerler Ekim sonunda cepheye gidecekti.'
THEIRS_CHECKABLE = 'Kuzey Koreli askerlerin 27-28 Ekim’de cepheye gitmesi planlanmıştı.'
OURS_EVIDENCE = [{'url': 'https://example.org/bizim-kaynak'}]
THEIRS_EVIDENCE = [{'url': 'https://example.org/pentagon', 'date': '2024-10-29',
                    'note': 'Pentagon sözcüsünün açıklaması.'},
                   {'url': 'https://example.com/ikinci'}]
ROW_LINK = 'Link %s\nType: yours Contradicts, theirs Repeats' % LINK
ROW_CHECKABLE = ('Claim “%s”\nCheckable claim: yours “%s”, theirs “%s”'
                 % (PLAN, OURS_CHECKABLE, THEIRS_CHECKABLE))
ROW_EVIDENCE = ('Claim “%s”\nEvidence: yours https://example.org/bizim-kaynak, '
                'theirs https://example.org/pentagon, https://example.com/ikinci' % ABD)


def merged_file(desktop):
    """Base, Ayşe's (ours) and Mehmet's (theirs) versions, merged by the
    real driver into Ayşe's file; returns its path."""
    path = kaynak_e2e.sample_in_home(desktop, 'mergeleft')
    folder = os.path.dirname(path)
    base = load_json(path)
    text = base['article']['text']
    base['claims'] = [claim(text, 'c1', PLAN, 'ukraine'),
                      claim(text, 'c2', ABD, 'white-house')]
    base['links'] = [{'id': LINK, 'type': 'confirms', 'from': 'c2', 'to': 'c1'}]
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours['claims'][0]['checkable'] = OURS_CHECKABLE
    theirs['claims'][0]['checkable'] = THEIRS_CHECKABLE
    ours['claims'][1]['evidence'] = OURS_EVIDENCE
    theirs['claims'][1]['evidence'] = THEIRS_EVIDENCE
    ours['links'][0]['type'] = 'contradicts'
    theirs['links'][0]['type'] = 'repeats'
    return merge_three(folder, base, ours, theirs)


def take_theirs(app, window, row, left, what):
    """Wait for ROW to be selected, Alt+T, wait for the rows LEFT."""
    wait_for(lambda: selected_rows(app, window) == [row], '%s selected' % what)
    app.input.key('alt+t')
    wait_rows(app, window, left, 'after Take Theirs on %s' % what)


@journey('take-theirs-checkable-and-evidence-from-a-merge')
def take_theirs_checkable_and_evidence(desktop):
    """Take Theirs by keyboard on a link, a checkable sentence (undone
    and taken again) and an evidence list; the saved file has theirs."""
    path = merged_file(desktop)
    app = Window(desktop, [path])
    wait_for(lambda: bar_shown(app, '3 disagreements from a merge'),
             'the bar saying "3 disagreements from a merge"')

    app.focus_window()
    app.input.key('ctrl+shift+m')
    window = app.toplevel(TITLE)
    problems = audit_names(window, 'Disagreements from a Merge window')
    if problems:
        fail('\n'.join(problems))
    wait_rows(app, window, [ROW_LINK, ROW_CHECKABLE, ROW_EVIDENCE], 'the disagreements listed')
    focus_toplevel(app, TITLE)

    take_theirs(app, window, ROW_LINK, [ROW_CHECKABLE, ROW_EVIDENCE], 'the link')
    take_theirs(app, window, ROW_CHECKABLE, [ROW_EVIDENCE], 'the checkable sentence')
    wait_for(lambda: bar_shown(app, '1 disagreement from a merge'), 'the bar to count one')

    # Ctrl+Z: the sentence and its record come back as one step
    app.input.key('ctrl+z')
    wait_rows(app, window, [ROW_CHECKABLE, ROW_EVIDENCE], 'after Ctrl+Z')
    wait_for(lambda: bar_shown(app, '2 disagreements from a merge'), 'the bar to count two again')
    # the row comes back; once a row is selected, Up selects the first
    # (the checkable sentence) whichever it is
    wait_for(lambda: len(selected_rows(app, window)) == 1, 'a disagreement selected after Ctrl+Z')
    if selected_rows(app, window) != [ROW_CHECKABLE]:
        app.input.key('Up')
    take_theirs(app, window, ROW_CHECKABLE, [ROW_EVIDENCE], 'the checkable sentence again')
    take_theirs(app, window, ROW_EVIDENCE, [], 'the evidence')
    wait_for(lambda: not bar_shown(app, '1 disagreement from a merge'), 'the bar to go')

    data = app.save_in_place(path)
    text = open(path, encoding='utf-8').read()
    if 'disagreements' in text:
        fail('the saved file still has "disagreements":\n%s' % text)
    claims = {c['id']: c for c in data['claims']}
    if claims['c1'].get('checkable') != THEIRS_CHECKABLE:
        fail('the saved checkable sentence is %r, not theirs %r'
             % (claims['c1'].get('checkable'), THEIRS_CHECKABLE))
    if claims['c2'].get('evidence') != THEIRS_EVIDENCE:
        fail('the saved evidence is %r, not theirs %r'
             % (claims['c2'].get('evidence'), THEIRS_EVIDENCE))
    links = [(l['id'], l['type'], l['from'], l['to']) for l in data['links']]
    if links != [(LINK, 'repeats', 'c2', 'c1')]:
        fail('the saved links are %r, not theirs with its own id' % links)
    log('saved %s: theirs checkable, evidence and link %s' % (path, LINK))
    app.input.key('ctrl+q')
