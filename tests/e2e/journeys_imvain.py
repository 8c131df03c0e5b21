# journeys_imvain.py: source evaluation for the classroom (issue 19,
# IMVAIN): a student opens the seed article, takes the IMVAIN codebook the
# teacher handed out with Use Codebook…, marks three claims and links the
# confirmation, rates a source's independence and a claim's verification
# from the keyboard, and reads the scorecard in Statistics as a screen
# reader does; the saved file holds the ratings.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import time

from kaynak_e2e import (Window, audit_names, children, fail, find, is_focused,
                        journey, log, role_name, sample_in_home, text_of,
                        wait_for)

CODEBOOK = os.path.join(os.environ.get('KAYNAK_SOURCE_ROOT', ''), 'data', 'codebooks',
                        'imvain.kaynak-codebook.json')
UKRAINE = ('Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 '
           'Ekim’de konuşlandırılmasının planlandığı')
CONFIRMATION = 'Bunu ABD de doğrulamıştı'
KREMLIN = 'Kremlin şimdilik sessiz'


def choose_file(app, title, path):
    """In the file dialog TITLE, type PATH into its location and press
    Enter; wait for the dialog to close."""
    dialog = app.toplevel(title)
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(path)
    wait_for(lambda: any(text_of(t) == path for t in app.find_all(dialog, role='text')),
             'the path typed into %s' % title)
    app.input.key('Return')
    app.toplevel_gone(title)


def tag(app, words, key):
    app.select_words(words)
    app.input.key(key)
    app.wait_tag_popover_closed()


def focused_name(app):
    focused = app.focused()
    return focused.name if focused is not None else None


def tab_to(app, name, keys=('Tab',), limit=40):
    """Press KEYS (Tab) until the control named NAME has the focus, as a
    keyboard user moves through a form; fails after LIMIT presses."""
    focused = app.focused()
    for _ in range(limit):
        now = focused.name if focused is not None else None
        log('focus on %r' % now)
        # an AdwComboRow may read its title twice ("Verifies or asserts
        # Verifies or asserts": its label and its title)
        if now is not None and (now == name or now.startswith(name + ' ')):
            return focused
        # wait for each press to move the focus: read too soon, the focus
        # was an earlier press's and the next press overshot
        for key in keys:
            focused = app.press_for_focus(key, before=focused)
    fail('%r never had the focus (it is on %r)' % (name, focused_name(app)))


def choose_in_combo(app, name, label, keys):
    """With the combo row NAME focused: Enter opens its list, KEYS move to
    LABEL, Enter takes it; wait until the row shows it."""
    combo = app.focused()
    app.input.key('Return')
    app.find(role='list item', name=label)
    app.input.key(*keys)
    app.input.key('Return')
    wait_for(lambda: any(role_name(a) == 'label' and a.name == label
                         for a in children(combo)) or label in (combo.name or '')
             or find(combo, name=label) is not None,
             'the row %r to show %r' % (name, label))


def scorecard_rows(stats):
    """The names of the rows of the Source Evaluation list"""
    lst = find(stats, role='list', name='Source Evaluation (IMVAIN)')
    if lst is None:
        return None
    return [c.name for c in children(lst) if role_name(c) == 'list item']


@journey('a-student-rates-sources-and-reads-the-imvain-scorecard')
def student_scorecard(desktop):
    """A student opens the seed article with its sources, takes the IMVAIN
    codebook with Use Codebook… (Ctrl+Alt+B), marks Ukraine's claim, the
    United States' confirmation of it (linked with Ctrl+L) and the
    Kremlin's silence; in Sources rates Ukraine self-interested, in the
    claim details rates Ukraine's claim as asserting, all from the
    keyboard.  Statistics (Ctrl+Shift+T) reads the scorecard worked out by
    hand; the saved file is version 2 with the codebook and both ratings."""
    saved = sample_in_home(desktop)
    handed_out = os.path.join(desktop.home, 'course', 'imvain.kaynak-codebook.json')
    os.makedirs(os.path.dirname(handed_out))
    shutil.copyfile(CODEBOOK, handed_out)
    app = Window(desktop, [saved])
    app.article()

    app.input.key('ctrl+alt+b')
    choose_file(app, 'Use Codebook', handed_out)
    # Taking a codebook is an edit of the document (the fields below, the
    # scorecard and the saved file show which one it took)
    wait_for(lambda: (app.header_title() or ('',))[0].startswith('•'),
             'the document to take the codebook')

    tag(app, UKRAINE, '1')
    tag(app, CONFIRMATION, '3')
    tag(app, KREMLIN, '4')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % UKRAINE,
                         '“%s”, United States, Unverified' % CONFIRMATION,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    # The United States confirm Ukraine's claim: Ctrl+L on the confirmation
    app.click(app.claim_row(CONFIRMATION))
    app.input.key('ctrl+l')
    app.find(name='Search claims')
    app.input.type('Koreli')
    claims = app.find(role='list', name='Claims to link to')
    wait_for(lambda: [c.name for c in children(claims) if role_name(c) == 'list item']
             == ['“%s”, Ukraine, Unverified' % UKRAINE],
             'the search to find only Ukraine\'s claim')
    app.input.key('Return')

    # Ukraine's claim asserts: Enter on it, Tab to its field, choose
    app.click(app.claim_row(UKRAINE))
    app.input.key('Return')
    tab_to(app, 'Verifies or asserts')
    choose_in_combo(app, 'Verifies or asserts', 'Asserts', ['Down', 'Down'])
    details = app.find(name='Claim details')
    problems = audit_names(details, 'claim details with the IMVAIN codebook')
    if problems:
        fail('controls of the claim details without a name:\n' + '\n'.join(problems))

    # Ukraine is self-interested: Sources, its row, Tab to its field
    app.input.key('ctrl+shift+o')
    sources = app.toplevel('Sources')
    row = app.find(sources, role='list item', name_re='^Ukraine')
    app.click(row)
    tab_to(app, 'Independent or self-interested')
    choose_in_combo(app, 'Independent or self-interested', 'Self-interested', ['Down', 'Down'])
    app.find(sources, role='label', name='Self-interested')
    app.input.key('Escape')
    app.toplevel_gone('Sources')

    # The scorecard, as a screen reader reads it.  Three claims of three
    # sources; Ukraine's is confirmed by the United States: 2 of 3 rest on
    # one source.  Named, named, no comment: none anonymous of 3
    # attributed.  Ukraine self-interested, 2 sources not rated; Ukraine's
    # claim asserts, 2 claims not rated; authority: nobody rated.
    app.input.key('ctrl+shift+t')
    stats = app.toplevel('Statistics')
    want = ['Claims resting on a single source: 2 of 3 · 66.7 %',
            'Anonymous attributions: 0 of 3 · 0.0 %',
            'Self-interested sources: 1 of 3 · 33.3 %, 2 not rated yet',
            'Claims that assert without verifying: 1 of 3 · 33.3 %, 2 not rated yet',
            'Sources neither authoritative nor informed: 0 of 3 · 0.0 %, 3 not rated yet']
    try:
        wait_for(lambda: scorecard_rows(stats) == want, 'the scorecard %r' % want)
    except Exception as e:
        fail('%s; it reads %r' % (e, scorecard_rows(stats)))
    problems = audit_names(stats, 'Statistics with the scorecard')
    if problems:
        fail('controls of Statistics without a name:\n' + '\n'.join(problems))
    app.input.key('Escape')
    app.toplevel_gone('Statistics')

    data = app.save_in_place(saved)
    if data.get('version') != 2:
        fail('the saved file is version %r, not 2' % data.get('version'))
    if (data.get('codebook') or {}).get('id') != 'kaynak-imvain':
        fail('the saved file’s codebook is %r' % data.get('codebook'))
    ukraine = next(s for s in data['sources'] if s['id'] == 'ukraine')
    if (ukraine.get('fields') or {}).get('independence') != 'self-interested':
        fail('Ukraine’s saved fields are %r' % ukraine.get('fields'))
    claim = next(c for c in data['claims'] if c['quote'] == UKRAINE)
    if (claim.get('fields') or {}).get('verification') != 'asserts':
        fail('Ukraine’s claim’s saved fields are %r' % claim.get('fields'))
    rated = [c for c in data['claims'] if c.get('fields')]
    if len(rated) != 1:
        fail('%d claims have fields saved, not 1' % len(rated))
    log('saved: Ukraine %r, its claim %r' % (ukraine['fields'], claim['fields']))
