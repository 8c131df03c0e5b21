# journeys_suggest.py: Suggest Claims in the window (issue 15): the
# suggestions read through AT-SPI, one accepted with Enter, one retagged
# and accepted with 2, one rejected with Delete, each undone and redone,
# saved and read from the file; reopened, the rejected one is not proposed
# again, and a click on a suggestion's words makes it current.
# SPDX-License-Identifier: GPL-3.0-or-later
from kaynak_e2e import (Window, audit_names, children, fail, is_selected, is_visible,
                        journey, load_json, log, offset_of, role_name, sample_in_home,
                        wait_for, find)

FIRST = 'Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 Ekim’de konuşlandırılmasının planlandığı'
SECOND = 'Bunu ABD de doğrulamıştı'
THIRD = 'Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği ve bunların bazılarının muhtemelen Kursk bölgesine yerleştirildiği'
KREMLIN = 'Kremlin şimdilik sessiz'


def suggestion_rows(app):
    """The names of the suggestion rows, top to bottom ([] when the bar is
    not showing)."""
    lst = find(app.app, role='list', name='Suggestions')
    if lst is None or not is_visible(lst):
        return []
    return [c.name for c in children(lst) if role_name(c) == 'list item' and is_visible(c)]


def wait_suggestions(app, n, what):
    wait_for(lambda: len(suggestion_rows(app)) == n,
             '%d suggestions %s (there are %d: %r)'
             % (n, what, len(suggestion_rows(app)), suggestion_rows(app)[:3]))
    return suggestion_rows(app)


def current_row(app):
    lst = find(app.app, role='list', name='Suggestions')
    for c in children(lst) if lst is not None else []:
        if role_name(c) == 'list item' and is_selected(c):
            return c.name
    return None


def wait_current(app, words):
    wait_for(lambda: (current_row(app) or '').find('“%s' % words[:40]) >= 0,
             'the current suggestion to be “%s…” (it is %r)' % (words[:40], current_row(app)))


def wait_claims(app, n):
    wait_for(lambda: len(app.claim_rows()) == n,
             '%d claims in the list (there are %r)' % (n, app.claim_rows()))


@journey('suggest-claims-accept-retag-reject')
def suggest_accept_retag_reject(desktop):
    """Open the sample (its sources on the keys 1–6) and press Ctrl+Shift+P:
    nine suggestions are listed, each named with its words and its source,
    the first current.  Enter accepts it (Ukraine); 2 accepts the next with
    White House instead of the United States; Delete rejects the third.
    Ctrl+Z three times takes back the rejection and the two claims (the
    suggestions come back), Ctrl+Shift+Z three times redoes them.  Escape
    leaves; saved, the file has the two claims with their sources and cues
    and the rejected range.  Reopened, Ctrl+Shift+P proposes the others but
    not the rejected one, and a click on “Kremlin şimdilik sessiz” in the
    article makes it the current suggestion."""
    path = sample_in_home(desktop)
    app = Window(desktop, [path])
    app.article()
    app.focus_window()
    app.input.key('ctrl+shift+p')
    rows = wait_suggestions(app, 9, 'after Ctrl+Shift+P')
    if not rows[0].startswith('Suggestion 1 of 9: “%s' % FIRST[:60]) or \
       not rows[0].endswith('” — from Ukraine'):
        fail('the first suggestion reads %r' % rows[0])
    for row in rows:
        if '— from ' not in row and '— no source named' not in row:
            fail('a suggestion does not say its source: %r' % row)
    wait_current(app, FIRST)
    problems = audit_names(app.window, 'the window with the suggestions bar')
    if problems:
        fail('\n'.join(problems))

    app.input.key('Return')
    wait_claims(app, 1)
    wait_suggestions(app, 8, 'after Enter accepted one')
    wait_current(app, SECOND)
    app.input.key('2')
    wait_claims(app, 2)
    wait_suggestions(app, 7, 'after 2 accepted one')
    wait_current(app, THIRD)
    app.input.key('Delete')
    wait_suggestions(app, 6, 'after Delete rejected one')
    if any(THIRD[:40] in r for r in suggestion_rows(app)):
        fail('the rejected suggestion is still listed')
    wait_current(app, KREMLIN)

    # each one undo step, and the suggestion comes back
    app.input.key('ctrl+z')
    wait_suggestions(app, 7, 'after undoing the rejection')
    wait_claims(app, 2)
    app.input.key('ctrl+z')
    wait_claims(app, 1)
    wait_suggestions(app, 8, 'after undoing the retagged acceptance')
    app.input.key('ctrl+z')
    wait_claims(app, 0)
    wait_suggestions(app, 9, 'after undoing the first acceptance')
    for _ in range(3):
        app.input.key('ctrl+shift+z')
    wait_claims(app, 2)
    wait_suggestions(app, 6, 'after redoing all three')

    app.input.key('Escape')
    wait_for(lambda: suggestion_rows(app) == [], 'Escape to leave the suggestions')
    data = app.save_in_place(path)
    labels = {s['id']: s['label'] for s in data['sources']}
    got = [(c['quote'], labels.get(c['source']), c.get('cues')) for c in data['claims']]
    want = [(FIRST, 'Ukraine', ['iddia edilmişti']),
            (SECOND, 'White House', ['doğrulamıştı'])]
    if got != want:
        fail('saved claims %r, expected %r' % (got, want))
    rejected = data.get('rejected_suggestions')
    text = app.article_text()
    start, end = offset_of(text, THIRD)
    # the place with the words around it, as a claim's (docs/FORMAT.md)
    want_rejected = [{'start': start, 'end': end, 'quote': THIRD,
                      'prefix': text[max(0, start - 32):start],
                      'suffix': text[end:end + 32]}]
    want_rejected = [{k: v for k, v in r.items() if v != ''} for r in want_rejected]
    if rejected != want_rejected:
        fail('saved rejected_suggestions %r, expected %r' % (rejected, want_rejected))
    app.input.key('ctrl+q')
    app.wait_exit()

    again = Window(desktop, [path])
    again.article()
    again.focus_window()
    again.input.key('ctrl+shift+p')
    rows = wait_suggestions(again, 6, 'in the reopened file')
    if any(THIRD[:40] in r for r in rows):
        fail('the rejected suggestion is proposed again: %r' % rows)
    k_start, _ = offset_of(again.article_text(), KREMLIN)
    again.click_at_offset(again.article(), k_start + 3)
    wait_current(again, KREMLIN)
    log('suggestions accepted, retagged, rejected, undone, saved and not proposed again')


@journey('suggest-claims-says-when-the-language-is-neither')
def suggest_other_language(desktop):
    """An article in German: Ctrl+Shift+P says in a dialog that claims are
    suggested for Turkish or English articles and how to say the article
    is one; every control of the dialog has a name; Escape closes it and
    no suggestions bar shows."""
    import os
    path = os.path.join(desktop.home, 'articles', 'bericht.txt')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('Die Regierung hat am Montag mitgeteilt, dass die Gespräche '
                'mit den Nachbarländern fortgesetzt werden. Der Sprecher sagte, '
                'man sei zuversichtlich, bis zum Sommer eine Einigung zu finden.\n')
    app = Window(desktop, [path])
    app.article()
    app.focus_window()
    app.input.key('ctrl+shift+p')
    dialog = app.toplevel('No Claims Can Be Suggested')
    app.find(dialog, name_re='Claims are suggested for articles in Turkish or English')
    problems = audit_names(dialog, 'the dialog that no claims can be suggested')
    if problems:
        fail('\n'.join(problems))
    app.input.key('Escape')
    app.toplevel_gone('No Claims Can Be Suggested')
    if suggestion_rows(app):
        fail('suggestions are listed for a German article')
    log('a German article: the dialog says why, and nothing is suggested')
