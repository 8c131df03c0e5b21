# journeys_details.py: the claim details pane: editing a claim in place,
# cues picked from the article, links between claims made, followed,
# saved and taken away with a claim.
# SPDX-License-Identifier: GPL-3.0-or-later
import pyatspi

from kaynak_e2e import (Window, article_in_home, children, fail, find,
                        is_focused, is_selected, journey, load_json,
                        role_name, text_of, wait_for)

# Ukraine's claim in the sample article, and the sentence that confirms it
UKRAINE = ('Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 '
           'Ekim’de konuşlandırılmasının planlandığı')
CONFIRMATION = 'Bunu ABD de doğrulamıştı'


def open_article(desktop, **kwargs):
    path = article_in_home(desktop)
    return Window(desktop, [path], **kwargs), path[:-4] + '.kaynak.json'


def tag_as_new_source(app, words, label):
    """Select WORDS and type LABEL into Tag as…'s New source…: the sources
    this file needs are made here, whatever a new document starts with."""
    app.select_words(words)
    app.tag_popover()
    app.input.type(label)
    entry = app.find(role='text', name='New source')
    wait_for(lambda: text_of(entry) == label, 'the name typed into New source…')
    app.input.key('Return')
    app.wait_tag_popover_closed()


def tag(app, words, key):
    app.select_words(words)
    app.input.key(key)
    app.wait_tag_popover_closed()


def pane(app):
    return app.find(name='Claim details')


def scroll_into_pane(app, acc):
    """Turn the mouse wheel over the pane until ACC is inside it, as a
    person scrolls to a row below the fold; returns ACC."""
    details = pane(app)

    def inside():
        box = details.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        ext = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return box.y <= ext.y and ext.y + ext.height <= box.y + box.height
    for _ in range(40):
        if inside():
            return acc
        box = details.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        ext = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        x, y = app.to_screen(details, box.x + box.width / 2, box.y + box.height / 2)
        app.input.move(x, y)
        app.input.xdotool('click', '5' if ext.y > box.y else '4')
    fail('%r did not scroll into the pane' % acc.name)


def pane_list(app, name):
    """The names of the rows of the pane's list NAME ('Links', 'Cues')."""
    lst = find(app.app, role='list', name=name)
    if lst is None:
        return None
    return [c.name for c in children(lst) if role_name(c) == 'list item']


def wait_pane_list(app, name, expected, what=None):
    try:
        wait_for(lambda: pane_list(app, name) == expected,
                 what or 'the pane\'s %s to be %r' % (name, expected))
    except Exception as e:
        fail('%s; they are %r' % (e, pane_list(app, name)))


def wait_pane_quote(app, quote):
    wait_for(lambda: find(app.app, role='label', name='“%s”' % quote),
             'the pane to show “%s”' % quote)


def focused_name(app):
    focused = app.focused()
    return (role_name(focused), focused.name) if focused else None


def links_of(data):
    """[(type, from quote, to quote)] of a saved file"""
    quotes = {c['id']: c['quote'] for c in data['claims']}
    return [(link['type'], quotes.get(link['from']), quotes.get(link['to']))
            for link in data.get('links', [])]


@journey('link-the-confirmation-to-the-claim-it-confirms')
def link_confirmation(desktop):
    """"Bunu ABD de doğrulamıştı" confirms Ukraine's claim: Ctrl+L on the
    confirmation, search the claims for "koreli", Enter; the link is listed
    in both panes, following it shows Ukraine's claim, and it comes back
    from the saved file."""
    app, saved = open_article(desktop)
    tag_as_new_source(app, UKRAINE, 'Ukrayna')
    tag_as_new_source(app, CONFIRMATION, 'ABD')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, ABD, Unverified' % CONFIRMATION])
    # Tagging selected the confirmation: the pane shows it
    wait_pane_quote(app, CONFIRMATION)

    app.input.key('ctrl+l')
    search = app.find(name='Search claims')
    wait_for(lambda: is_focused(search), 'the claim search to have the focus')
    app.input.type('KORELİ')
    claims = app.find(role='list', name='Claims to link to')
    wait_for(lambda: [c.name for c in children(claims) if role_name(c) == 'list item']
             == ['“%s”, Ukrayna, Unverified' % UKRAINE],
             'the search to find only Ukraine\'s claim')
    app.input.key('Return')
    outgoing = 'Confirms: “%s” (Ukrayna)' % UKRAINE
    incoming = 'Confirmed by: “%s” (ABD)' % CONFIRMATION
    wait_pane_list(app, 'Links', [outgoing])

    # Following the link selects Ukraine's claim, and its pane reads the
    # link from the other end
    app.click(scroll_into_pane(app, app.find(role='list item', name=outgoing)))
    wait_pane_quote(app, UKRAINE)
    wait_for(lambda: is_selected(app.claim_row(UKRAINE)),
             'Ukraine\'s claim to be selected in the list')
    wait_pane_list(app, 'Links', [incoming])

    data = app.save_in_dialog(saved)
    want = [('confirms', CONFIRMATION, UKRAINE)]
    if links_of(data) != want:
        fail('saved links %r, expected %r' % (links_of(data), want))

    # Reopened, both panes read it back
    app.input.key('ctrl+w')
    app.wait_exit()
    app = Window(desktop, [saved])
    app.click(app.claim_row(CONFIRMATION))
    wait_pane_quote(app, CONFIRMATION)
    wait_pane_list(app, 'Links', [outgoing])
    app.click(app.claim_row(UKRAINE))
    wait_pane_quote(app, UKRAINE)
    wait_pane_list(app, 'Links', [incoming])


@journey('edit-a-claim-in-the-pane-and-undo')
def edit_in_pane(desktop):
    """Enter on a claim puts the focus on the pane's status; the status,
    the source, a two-line note and a cue picked from the article's words
    (Ctrl+K) are changed there, and Ctrl+Z takes back each, the note typed
    in one go as one step, even from inside the note."""
    app, saved = open_article(desktop)
    tag_as_new_source(app, CONFIRMATION, 'ABD')
    tag_as_new_source(app, UKRAINE, 'Ukrayna')
    app.click(app.claim_row(CONFIRMATION))
    wait_pane_quote(app, CONFIRMATION)
    app.click_at_offset(app.article(), app.article_text().index(CONFIRMATION) + 2)
    app.input.key('Return')
    details = pane(app)
    status = app.find(details, role='combo box', name='Status')
    wait_for(lambda: is_focused(status),
             'Enter to put the focus on the status (it is on %r)' % (focused_name(app),))
    # Status: Unverified → Supported
    app.input.key('Return')
    app.find(role='list item', name='Supported')
    app.input.key('Down', 'Return')
    wait_for(lambda: app.find_now(role='list item', name='Refuted') is None,
             'the status list to close')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, ABD, Supported' % CONFIRMATION])
    # Source, above Attribution: ABD → Ukrayna, clicked in its list
    app.input.key('shift+Tab', 'shift+Tab')
    source = app.find(details, role='combo box', name='Source')
    wait_for(lambda: is_focused(source), 'Shift+Tab to reach the source')
    app.input.key('Return')
    app.click(app.find(role='list item', name='Ukrayna'))
    wait_for(lambda: app.find_now(role='list item', name='No source') is None,
             'the source list to close')
    wait_for(lambda: is_focused(source), 'the focus back on the source')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, Ukrayna, Supported' % CONFIRMATION])
    # The note, two lines, typed in place: nothing to apply (after
    # Attribution and Status)
    app.input.key('Tab', 'Tab', 'Tab')
    note = app.find(details, role='text', name='Note')
    wait_for(lambda: is_focused(note), 'Tab to reach the note (focus on %r)'
             % (focused_name(app),))
    two_lines = 'Pentagon says 10,000.\nUkraine says 12,000.'
    app.input.type('Pentagon says 10,000.')
    app.input.key('Return')
    app.input.type('Ukraine says 12,000.')
    wait_for(lambda: text_of(note) == two_lines,
             'the two lines of the note (it reads %r)' % text_of(note))
    # Ctrl+Z inside the note takes back the whole note, and redo brings it
    app.input.key('ctrl+z')
    wait_for(lambda: text_of(note) == '', 'Ctrl+Z to take back the note')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, Ukrayna, Supported' % CONFIRMATION],
                        'one Ctrl+Z to leave the status alone')
    app.input.key('ctrl+shift+z')
    wait_for(lambda: text_of(note) == two_lines, 'Ctrl+Shift+Z to bring the note back')

    # A cue: the words selected in the article, Ctrl+K (Tag as…, open
    # after the mouse selection, closes: the words were not a claim)
    app.select_words('doğrulamıştı')
    app.tag_popover()
    app.input.key('ctrl+k')
    wait_pane_list(app, 'Cues', ['doğrulamıştı'])
    app.wait_tag_popover_closed()

    # Ctrl+Z takes back each, one at a time
    app.input.key('ctrl+z')
    wait_pane_list(app, 'Cues', [], 'Ctrl+Z to take back the cue')
    if text_of(note) != two_lines:
        fail('one Ctrl+Z took the note too: %r' % text_of(note))
    app.input.key('ctrl+z')
    wait_for(lambda: text_of(note) == '', 'Ctrl+Z to take back the note')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, Ukrayna, Supported' % CONFIRMATION])
    app.input.key('ctrl+z')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, ABD, Supported' % CONFIRMATION],
                        'Ctrl+Z to take back the source')
    app.input.key('ctrl+z')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, ABD, Unverified' % CONFIRMATION],
                        'Ctrl+Z to take back the status')
    # ... and Ctrl+Shift+Z brings them all back, to be saved
    app.input.key('ctrl+shift+z', 'ctrl+shift+z', 'ctrl+shift+z', 'ctrl+shift+z')
    wait_pane_list(app, 'Cues', ['doğrulamıştı'], 'redo to bring back the cue')
    data = app.save_in_dialog(saved)
    claim = [c for c in data['claims'] if c['quote'] == CONFIRMATION][0]
    labels = {s['id']: s['label'] for s in data['sources']}
    got = (labels.get(claim.get('source')), claim.get('status'), claim.get('note'),
           claim.get('cues'))
    want = ('Ukrayna', 'supported', two_lines, ['doğrulamıştı'])
    if got != want:
        fail('saved %r, expected %r' % (got, want))


@journey('deleting-a-claim-takes-its-links-and-undo-brings-them-back')
def delete_takes_links(desktop):
    """Link by picking in the article (Escape cancels a pick), then delete
    the linked claim: its link goes with it from the other claim's pane,
    and one Ctrl+Z brings back both."""
    app, saved = open_article(desktop)
    tag_as_new_source(app, UKRAINE, 'Ukrayna')
    tag_as_new_source(app, CONFIRMATION, 'ABD')
    wait_pane_quote(app, CONFIRMATION)
    wait_pane_list(app, 'Links', [])

    # Pick in the article, cancelled with Escape
    app.input.key('ctrl+l')
    pick = app.find(role='push button', name='Pick in the Article')
    app.click(pick)
    app.find(role='label', name='Click the other claim in the article')
    app.input.key('Escape')
    wait_for(lambda: find(app.app, role='label',
                          name='Click the other claim in the article') is None,
             'Escape to stop picking')
    wait_pane_quote(app, CONFIRMATION)

    # ... and for real: a click on Ukraine's highlight
    app.input.key('ctrl+l')
    app.click(app.find(role='push button', name='Pick in the Article'))
    app.find(role='label', name='Click the other claim in the article')
    app.click_at_offset(app.article(), app.article_text().index(UKRAINE) + 5)
    outgoing = 'Confirms: “%s” (Ukrayna)' % UKRAINE
    wait_pane_list(app, 'Links', [outgoing])
    wait_pane_quote(app, CONFIRMATION)

    # Delete Ukraine's claim: the confirmation's pane loses the link
    app.click(app.claim_row(UKRAINE))
    wait_pane_quote(app, UKRAINE)
    wait_pane_list(app, 'Links', ['Confirmed by: “%s” (ABD)' % CONFIRMATION])
    app.click_at_offset(app.article(), app.article_text().index(UKRAINE) + 5)
    app.input.key('Delete')
    app.wait_claim_rows(['“%s”, ABD, Unverified' % CONFIRMATION])
    app.click(app.claim_row(CONFIRMATION))
    wait_pane_quote(app, CONFIRMATION)
    wait_pane_list(app, 'Links', [], 'the link to go with the deleted claim')

    # One Ctrl+Z: the claim and its link
    app.input.key('ctrl+z')
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % UKRAINE,
                         '“%s”, ABD, Unverified' % CONFIRMATION])
    wait_pane_list(app, 'Links', [outgoing], 'Ctrl+Z to bring the link back')
    data = app.save_in_dialog(saved)
    want = [('confirms', CONFIRMATION, UKRAINE)]
    if links_of(data) != want or len(data['claims']) != 2:
        fail('saved %d claims and links %r, expected 2 and %r'
             % (len(data['claims']), links_of(data), want))
