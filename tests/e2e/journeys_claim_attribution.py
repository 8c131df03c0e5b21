# journeys_claim_attribution.py: how one claim is attributed (issue 19):
# the White House of the sample article speaks through "an official who
# asked not to be named" in one claim; the claim is marked anonymous in
# the claim details, by keyboard, without a second source, undone and
# redone, saved, and counted so by the statistics.  And what a source is
# (person, organization, government…), said in the Sources dialog.
# (The brat attribution corpora are journeys_attribution.py's.)
# SPDX-License-Identifier: GPL-3.0-or-later
from kaynak_e2e import (Window, audit_names, fail, is_focused, journey, log,
                        on_screen, role_name, sample_in_home, wait_for)

QUOTE = 'üç binden fazla asker'
ROW = '“%s”, White House, Unverified' % QUOTE


def focused_name(app):
    focused = app.focused()
    return (role_name(focused), focused.name) if focused else None


def claim_of(data, quote):
    claims = [c for c in data['claims'] if c['quote'] == quote]
    if len(claims) != 1:
        fail('saved %d claims of %r' % (len(claims), quote))
    return claims[0]


def white_house(data):
    sources = [s for s in data['sources'] if s['id'] == 'white-house']
    if len(sources) != 1:
        fail('the saved sources are %r' % [s['id'] for s in data['sources']])
    return sources[0]


@journey('mark-a-claim-anonymous-without-a-second-source')
def mark_anonymous(desktop):
    """Tag the White House's claim with its key, Enter to the details,
    Shift+Tab to Attribution (it reads "As its source (Official
    statement)"), pick Anonymous source with the arrows; Ctrl+Z and
    Ctrl+Shift+Z take it back and bring it again; Alt+B from the article
    opens the drop-down on the claim's choice.  The saved claim says
    "attribution": "anonymous", the White House stays an official
    statement, no source is added, and Statistics counts one anonymous
    claim."""
    path = sample_in_home(desktop)
    app = Window(desktop, [path])
    app.select_words(QUOTE)
    app.input.key('2')
    app.wait_tag_popover_closed()
    app.wait_claim_rows([ROW])

    app.input.key('Return')
    details = app.find(name='Claim details')
    status = app.find(details, role='combo box', name='Status')
    wait_for(lambda: is_focused(status),
             'the status to have the focus (it is on %r)' % (focused_name(app),))
    app.input.key('shift+Tab')
    attribution = app.find(details, role='combo box', name='Attribution')
    wait_for(lambda: is_focused(attribution),
             'Shift+Tab to reach Attribution (focus on %r)' % (focused_name(app),))
    app.input.key('Return')
    app.find(details, role='list item', name='As its source (Official statement)')
    app.find(details, role='list item', name='Anonymous source')
    # As its source → Named source → Anonymous source
    app.input.key('Down', 'Down', 'Return')
    wait_for(lambda: app.find_now(details, role='list item', name='No comment or silence') is None,
             'the attribution list to close')

    data = app.save_in_place(path)
    claim = claim_of(data, QUOTE)
    if claim.get('attribution') != 'anonymous':
        fail('the saved claim is %r' % claim)
    if claim.get('source') != 'white-house':
        fail('the claim moved to %r' % claim.get('source'))
    if white_house(data)['kind'] != 'official-statement':
        fail('the White House became %r' % white_house(data))
    if len(data['sources']) != 6:
        fail('a source was added: %r' % [s['id'] for s in data['sources']])
    log('saved as anonymous, the White House still an official statement')

    # One undo step takes it back, one redo brings it again
    app.input.key('ctrl+z')
    data = app.save_in_place(path)
    if 'attribution' in claim_of(data, QUOTE):
        fail('Ctrl+Z left %r' % claim_of(data, QUOTE))
    app.input.key('ctrl+shift+z')
    data = app.save_in_place(path)
    if claim_of(data, QUOTE).get('attribution') != 'anonymous':
        fail('Ctrl+Shift+Z gave %r' % claim_of(data, QUOTE))

    app.input.key('Escape')
    wait_for(lambda: is_focused(app.article()), 'Escape to give the article the focus')
    # Alt+B, from the article, opens its list on the claim's choice
    app.input.key('alt+b')
    wait_for(lambda: focused_name(app) == ('list item', 'Anonymous source'),
             'Alt+B to open Attribution on its choice (focus on %r)' % (focused_name(app),))
    app.input.key('Escape')
    wait_for(lambda: app.find_now(details, role='list item', name='No comment or silence') is None,
             'Escape to close the attribution list')

    # The statistics count the claim as its attribution says
    app.input.key('ctrl+shift+t')
    stats = app.toplevel('Statistics')
    app.find(stats, role='list item', name='Anonymous source: 1 claim')
    app.find(stats, role='list item', name='Official statement: 0 claims')
    log('the statistics count one anonymous claim')


@journey('say-what-a-source-is-in-the-sources-dialog')
def source_type(desktop):
    """Open the Sources dialog, the White House's row, and set its Type to
    Government by keyboard; Ctrl+Z in the window takes it back, Ctrl+Shift+Z
    brings it again; saved as "type": "government" with its kind kept."""
    path = sample_in_home(desktop)
    app = Window(desktop, [path])
    app.focus_window()
    app.input.key('ctrl+shift+o')
    dialog = app.toplevel('Sources')
    row = app.find(dialog, role='list item', name='White House')
    app.click(row)
    kind_type = wait_for(lambda: app.find_now(row, role='combo box', name='Type'),
                         'the White House\'s Type')
    wait_for(lambda: on_screen(kind_type), 'the Type row to show')
    problems = audit_names(dialog, 'Sources')
    if problems:
        fail('controls without a proper name:\n' + '\n'.join(problems))
    app.click(kind_type)
    app.find(dialog, role='list item', name='Government')
    # Not set → Person → Organization → Government
    app.input.key('Down', 'Down', 'Down', 'Return')
    wait_for(lambda: app.find_now(dialog, role='list item', name='Document') is None,
             'the type list to close')
    app.input.key('Escape')
    app.toplevel_gone('Sources')
    app.focus_window()
    data = app.save_in_place(path)
    if white_house(data).get('type') != 'government' or \
       white_house(data)['kind'] != 'official-statement':
        fail('the White House saved as %r' % white_house(data))

    app.input.key('ctrl+z')
    data = app.save_in_place(path)
    if 'type' in white_house(data):
        fail('Ctrl+Z left %r' % white_house(data))
    app.input.key('ctrl+shift+z')
    data = app.save_in_place(path)
    if white_house(data).get('type') != 'government':
        fail('Ctrl+Shift+Z gave %r' % white_house(data))
