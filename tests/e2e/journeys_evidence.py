# journeys_evidence.py: a claim as it is checked (issue 18) — the
# checkable claim and the evidence a fact-checker found, written in the
# claim details pane, reordered, removed and brought back with undo,
# saved, and found in the ClaimReview export made from the window.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os

from journeys_consumers import export_claimreview
import pyatspi

from kaynak_e2e import (Window, article_in_home, audit_names, children, fail,
                        find, is_focused, journey, role_name, text_of,
                        wait_for)

QUOTE = 'üç binden fazla asker'
URL = 'https://example.org/haber/kuzey-kore'
FACT_CHECK = 'https://example.org/dogrulama/kuzey-kore'
SENTENCE = 'North Korea has sent more than 3,000 soldiers to Russia.'
# short, so that typing them on a loaded machine stays quick
REUTERS = 'https://reuters.com/k'
ARCHIVE = 'https://archive.org/k'
PENTAGON = 'https://defense.gov/b'


def fill(app, dialog, name, value):
    """Click the field NAME, replace what it holds with VALUE (ASCII, in
    the keymap: typed in one go) and check it arrived there."""
    entry = app.find(dialog, role='text', name=name)
    app.click(entry)
    app.input.key('ctrl+a')
    app.input.key('BackSpace')
    wait_for(lambda: text_of(entry) == '', 'the %s field to empty' % name)
    app.input.type(value)
    wait_for(lambda: text_of(entry) == value,
             'the %s field to read %r (it reads %r)' % (name, value, text_of(entry)))
    return entry


def details_pane(app):
    """The claim details pane (the one with a place on the screen: a
    window's title may carry the name too)"""
    def look():
        for acc in app.find_all(name='Claim details'):
            try:
                acc.queryComponent()
                return acc
            except NotImplementedError:
                continue
        return None
    return wait_for(look, 'the claim details pane')


def scroll_into_pane(app, acc):
    """Turn the mouse wheel over the pane until ACC is inside the window,
    as a person scrolls to a row below the fold; returns ACC.  (The pane
    fills the window's lower right: the window's box is the pane's bottom,
    and a point three quarters down in ACC's column is over the pane.)"""
    frame = app._main_frame()

    def extents(a):
        return a.queryComponent().getExtents(pyatspi.WINDOW_COORDS)

    for _ in range(40):
        box, ext = extents(frame), extents(acc)
        if box.y <= ext.y and ext.y + ext.height <= box.y + box.height - 8:
            return acc
        x, y = app.to_screen(frame, ext.x + ext.width / 2, box.y + box.height * 3 / 4)
        app.input.move(x, y)
        app.input.xdotool('click', '5' if ext.y > box.y else '4')
    fail('%r did not scroll into the pane' % acc.name)


def pane_control(app, root=None, **criteria):
    """pane_find() then scroll_into_pane(): the control, in sight.  The
    pane builds its rows again when the claim changes (a status chosen
    just before, say), and a control found a moment earlier can be gone
    by the time its place is asked (AT-SPI then has no component for it):
    then it is looked up again."""
    for attempt in range(5):
        try:
            return scroll_into_pane(app, pane_find(app, root, **criteria))
        except NotImplementedError:
            if attempt == 4:
                raise
    return None


def pane_find(app, root=None, **criteria):
    """A control of the pane, scrolled to with the mouse wheel over the
    pane (at the window's right, three quarters down) until it shows"""
    frame = app._main_frame()
    for _ in range(60):
        acc = find(root or app.app, **criteria)
        if acc is not None:
            return acc
        box = frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        x, y = app.to_screen(frame, box.x + box.width - 150, box.y + box.height * 3 / 4)
        app.input.move(x, y)
        app.input.xdotool('click', '5')
    fail('the pane never showed %r' % (criteria,))


def evidence_rows(app):
    lst = find(app.app, role='list', name='Evidence')
    if lst is None:
        return None
    return [c.name for c in children(lst) if role_name(c) == 'list item']


def wait_evidence(app, urls, what):
    def check():
        rows = evidence_rows(app) or []
        return len(rows) == len(urls) and all(
            row.startswith('Evidence %d: %s,' % (i + 1, url))
            for i, (row, url) in enumerate(zip(rows, urls)))
    try:
        wait_for(check, what)
    except Exception as e:
        fail('%s; the list reads %r' % (e, evidence_rows(app)))


def add_evidence(app, keys, url, date, note, bad_first=None):
    """Open Add Evidence (KEYS, or a click on the pane's button when KEYS
    is None), fill its named fields, and Save with Enter; BAD_FIRST is an
    address tried first, which the dialog must refuse and say why."""
    if keys:
        app.input.key(keys)
    else:
        app.click(pane_control(app, role='push button', name='Add Evidence'))
    dialog = app.toplevel('Add Evidence')
    problems = audit_names(dialog, 'Add Evidence')
    if problems:
        fail('controls without a proper name:\n  ' + '\n  '.join(problems))
    app.find(dialog, role='text', name='Address (https://…)')
    # no window manager here: a click (in fill()) gives the dialog the keyboard
    if bad_first:
        fill(app, dialog, 'Address (https://…)', bad_first)
        app.input.key('Return')
        app.find(dialog, role='label', name_re='is not a web address')
    fill(app, dialog, 'Address (https://…)', url)
    if date:
        fill(app, dialog, 'Date (YYYY-MM-DD, optional)', date)
    if note:
        fill(app, dialog, 'Note (optional)', note)
    app.input.key('Return')
    app.toplevel_gone('Add Evidence')


@journey('write-the-checkable-claim-and-its-evidence')
def checkable_and_evidence(desktop):
    """A fact-checker checks "üç binden fazla asker": Refuted; the pane's
    Checkable Claim shows the words until the sentence is written over
    them; two pieces of evidence (Ctrl+Alt+E, then the Add Evidence
    button; a bad address refused in the dialog), the second moved up
    with its Move Up button; one removed and Ctrl+Z brings it back; saved,
    and the ClaimReview exported with Ctrl+E reviews the sentence and
    cites both, in the user's order."""
    path = article_in_home(desktop)
    folder = os.path.dirname(path)
    saved = path[:-4] + '.kaynak.json'
    output = os.path.join(folder, 'seed-article.claimreview.jsonld')
    app = Window(desktop, [path])

    # ClaimReview needs (filled first, as a fact-checker starts) the article's and the fact-check's addresses
    app.input.key('alt+Return')
    details_dialog = app.toplevel('Article Details')
    fill(app, details_dialog, 'Web Address', URL)
    fill(app, details_dialog, 'Fact-Check Address', FACT_CHECK)
    app.click(app.find(details_dialog, role='push button', name='Apply'))
    app.toplevel_gone('Article Details')

    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    app.wait_tag_popover_closed()
    app.click(app.claim_row(QUOTE))
    app.input.key('Return')
    details = details_pane(app)
    status = app.find(details, role='combo box', name='Status')
    wait_for(lambda: is_focused(status), 'the status to have the focus')
    app.input.key('Return')
    app.find(details, role='list item', name='Refuted')
    app.input.key('Down', 'Down', 'Return')
    app.wait_claim_rows(['“%s”, Unattributed, Refuted' % QUOTE])

    # The checkable claim starts as the highlighted words
    checkable = pane_control(app, details, role='text', name='Checkable Claim')
    wait_for(lambda: text_of(checkable) == QUOTE,
             'the checkable claim to show the words (it reads %r)' % text_of(checkable))
    app.click(checkable)
    app.input.key('ctrl+a')
    app.input.type(SENTENCE)
    wait_for(lambda: text_of(checkable) == SENTENCE,
             'the sentence typed (it reads %r)' % text_of(checkable))

    # Two pieces of evidence: the accelerator, then the pane's button
    add_evidence(app, 'ctrl+alt+e', REUTERS, '2024-11-05', 'Reuters', bad_first='reuters.com')
    wait_evidence(app, [REUTERS], 'the first evidence listed')
    add_evidence(app, None, PENTAGON, '2024-11-04', 'Pentagon briefing')
    wait_evidence(app, [REUTERS, PENTAGON], 'the second evidence listed')
    # An archived copy for the first, edited in place (Enter on its row)
    app.click(pane_control(app, details, role='list item',
                           name_re='^Evidence 1: '))
    dialog = app.toplevel('Edit Evidence')
    fill(app, dialog, 'Archived Copy (optional)', ARCHIVE)
    app.input.key('Return')
    app.toplevel_gone('Edit Evidence')

    # The Pentagon's briefing came first: Move Up
    app.click(pane_control(app, details, role='push button',
                           name='Move Evidence 2 Up'))
    wait_evidence(app, [PENTAGON, REUTERS], 'the Pentagon\'s evidence to move up')
    # the focus followed it: its own button, for the keyboard to go on
    wait_for(lambda: (app.focused() is not None and
                      app.focused().name == 'Move Evidence 1 Down'),
             'the focus on the moved evidence\'s Move Down (it is on %r)'
             % (app.focused() and app.focused().name,))

    # Removed, and Ctrl+Z brings it back in its place
    app.click(pane_control(app, details, role='push button',
                           name='Remove Evidence 1'))
    wait_evidence(app, [REUTERS], 'the Pentagon\'s evidence removed')
    app.input.key('ctrl+z')
    wait_evidence(app, [PENTAGON, REUTERS], 'Ctrl+Z to bring the evidence back')

    data = app.save_in_dialog(saved)
    claim = [c for c in data['claims'] if c['quote'] == QUOTE][0]
    if claim.get('checkable') != SENTENCE:
        fail('saved checkable %r' % claim.get('checkable'))
    got = [(e.get('url'), e.get('date'), e.get('archived', '')) for e in claim.get('evidence', [])]
    want = [(PENTAGON, '2024-11-04', ''), (REUTERS, '2024-11-05', ARCHIVE)]
    if got != want:
        fail('saved evidence %r, expected %r' % (got, want))

    export_claimreview(app)
    wait_for(lambda: os.path.exists(output), output)
    app.toplevel_gone('Export')
    with open(output, encoding='utf-8') as f:
        reviews = json.load(f)
    review = reviews[0]
    if review.get('claimReviewed') != SENTENCE:
        fail('claimReviewed is %r' % review.get('claimReviewed'))
    citations = [(c.get('@type'), c.get('url'), c.get('datePublished'))
                 for c in review.get('citation', [])]
    want = [('CreativeWork', PENTAGON, '2024-11-04'), ('CreativeWork', REUTERS, '2024-11-05')]
    if citations != want:
        fail('citations %r, expected %r' % (citations, want))
    if review['citation'][1].get('archivedAt') != ARCHIVE:
        fail('the archived copy is not cited: %r' % review['citation'][1])
