# journeys_claims.py: working on claims once they are made: details,
# deleting, undoing, moving between them, filtering.
# SPDX-License-Identifier: GPL-3.0-or-later
import time

from kaynak_e2e import (Window, claims_by_quote, fail, is_focused, is_selected,
                        journey, role_name, sample_in_home, text_of, wait_for)

QUOTE = 'üç binden fazla asker'
OTHER = 'Kremlin şimdilik sessiz'
THIRD = 'AB ve NATO yetkilileri toplandı'


def open_article(desktop, **kwargs):
    """The sample with its own sources, from a Kaynak file in HOME"""
    path = sample_in_home(desktop)
    return Window(desktop, [path], **kwargs), path


def tag(app, words, key):
    app.select_words(words)
    app.input.key(key)
    app.wait_tag_popover_closed()


def focused_name(app):
    focused = app.focused()
    return (role_name(focused), focused.name) if focused else None


@journey('enter-edits-the-claim-in-the-details-pane')
def claim_details(desktop):
    """Enter on a claim puts the focus on the status in the details pane;
    the source can be changed there too, and the note takes two lines (a
    plain Enter there is a new line).  Each change is made at once: there
    is nothing to apply."""
    app, saved = open_article(desktop)
    tag(app, QUOTE, '1')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE])
    app.input.key('Return')
    details = app.find(name='Claim details')
    status = app.find(details, role='combo box', name='Status')
    wait_for(lambda: is_focused(status),
             'the status to have the focus (it is on %r)' % (focused_name(app),))
    # Status: Unverified → Refuted
    app.input.key('Return')
    app.find(details, role='list item', name='Refuted')
    app.input.key('Down', 'Down', 'Return')
    wait_for(lambda: app.find_now(details, role='list item', name='Supported') is None,
             'the status list to close')
    app.wait_claim_rows(['“%s”, Ukraine, Refuted' % QUOTE])
    # Source, above Attribution: Ukraine → Kremlin
    app.input.key('shift+Tab', 'shift+Tab')
    source = app.find(details, role='combo box', name='Source')
    wait_for(lambda: is_focused(source), 'Shift+Tab to reach the source')
    app.input.key('Return')
    app.find(details, role='list item', name='Kremlin')
    app.input.key('Down', 'Down', 'Down', 'Return')
    wait_for(lambda: app.find_now(details, role='list item', name='United States') is None,
             'the source list to close')
    app.wait_claim_rows(['“%s”, Kremlin, Refuted' % QUOTE])
    # The note, two lines (after Attribution and Status)
    app.input.key('Tab', 'Tab', 'Tab')
    note = app.find(details, role='text', name='Note')
    wait_for(lambda: is_focused(note), 'Tab to reach the note (focus on %r)'
             % (focused_name(app),))
    app.input.type('Pentagon says 10,000.')
    app.input.key('Return')
    app.input.type('Ukraine says 12,000.')
    wait_for(lambda: text_of(note) == 'Pentagon says 10,000.\nUkraine says 12,000.',
             'the two lines of the note (it reads %r)' % text_of(note))
    data = app.save_in_place(saved)
    got = claims_by_quote(data)
    want = {QUOTE: ('Kremlin', 'refuted',
                    'Pentagon says 10,000.\nUkraine says 12,000.')}
    if got != want:
        fail('saved %r, expected %r' % (got, want))


def three_claims(app):
    tag(app, QUOTE, '1')
    tag(app, OTHER, '5')
    tag(app, THIRD, '1')
    rows = ['“%s”, Ukraine, Unverified' % QUOTE,
            '“%s”, EU–NATO joint statement, Unverified' % OTHER,
            '“%s”, Ukraine, Unverified' % THIRD]
    app.wait_claim_rows(rows)
    return rows


@journey('delete-and-undo-from-the-toast')
def delete_and_undo(desktop):
    """Delete removes the selected claim and says so; the toast's Undo
    puts it back."""
    app, saved = open_article(desktop)
    rows = three_claims(app)
    app.click(app.claim_row(OTHER))
    wait_for(lambda: is_selected(app.claim_row(OTHER)), 'the row to be selected')
    app.click_at_offset(app.article(), app.article_text().index(OTHER) + 2)
    app.input.key('Delete')
    app.wait_claim_rows([rows[0], rows[2]])
    undo = app.find(role='push button', name='Undo')
    # the message beside the button, looked for within the toast: a walk
    # of the whole window can outlast the toast's 5 s on a loaded machine
    app.find(undo.parent, name='Claim deleted')
    app.click(undo)
    app.wait_claim_rows(rows)
    data = app.save_in_place(saved)
    if len(data['claims']) != 3:
        fail('saved %d claims, expected 3' % len(data['claims']))


@journey('undo-and-redo-five-actions')
def undo_redo(desktop):
    """Ctrl+Z takes back five different actions one by one, Ctrl+Shift+Z
    brings them back; the file holds the end state."""
    app, saved = open_article(desktop)
    states = [[]]
    tag(app, QUOTE, '1')                                  # 1 tag
    states.append(['“%s”, Ukraine, Unverified' % QUOTE])
    app.wait_claim_rows(states[-1])
    tag(app, OTHER, '2')                                  # 2 tag another
    states.append(states[-1] + ['“%s”, White House, Unverified' % OTHER])
    app.wait_claim_rows(states[-1])
    tag(app, QUOTE, '3')                                  # 3 retag
    states.append(['“%s”, United States, Unverified' % QUOTE, states[-1][1]])
    app.wait_claim_rows(states[-1])
    app.input.key('Return')                               # 4 status
    details = app.find(name='Claim details')
    status = app.find(details, role='combo box', name='Status')
    wait_for(lambda: is_focused(status), 'the status to have the focus')
    app.input.key('Return')
    app.find(details, role='list item', name='Supported')
    app.input.key('Down', 'Return')
    wait_for(lambda: app.find_now(details, role='list item', name='Refuted') is None,
             'the status list to close')
    states.append(['“%s”, United States, Supported' % QUOTE, states[-1][1]])
    app.wait_claim_rows(states[-1])
    app.click(app.claim_row(OTHER))                       # 5 delete
    wait_for(lambda: is_selected(app.claim_row(OTHER)), 'the row to be selected')
    app.click_at_offset(app.article(), app.article_text().index(OTHER) + 2)
    app.input.key('Delete')
    states.append(states[-1][:1])
    app.wait_claim_rows(states[-1])

    for state in reversed(states[:-1]):
        app.input.key('ctrl+z')
        app.wait_claim_rows(state, 'Ctrl+Z to go back to %r' % (state,))
    for state in states[1:]:
        app.input.key('ctrl+shift+z')
        app.wait_claim_rows(state, 'Ctrl+Shift+Z to bring back %r' % (state,))
    data = app.save_in_place(saved)
    got = claims_by_quote(data)
    if got != {QUOTE: ('United States', 'supported', '')}:
        fail('saved %r' % got)


@journey('alt-down-and-alt-up-walk-the-claims')
def alt_down_up(desktop):
    """Alt+Down and Alt+Up go from claim to claim in article order; the
    list follows, and a digit then retags the claim reached."""
    app, saved = open_article(desktop)
    three_claims(app)
    app.click_at_offset(app.article(), 0)
    app.input.key('Escape')
    for quote in (QUOTE, OTHER, THIRD):
        app.input.key('alt+Down')
        wait_for(lambda: is_selected(app.claim_row(quote)),
                 'Alt+Down to select %r' % quote)
    app.input.key('alt+Up')
    wait_for(lambda: is_selected(app.claim_row(OTHER)), 'Alt+Up to go back')
    article = app.article()
    wait_for(lambda: article.queryText().caretOffset ==
             app.article_text().index(OTHER), 'the caret to follow to the claim')
    app.input.key('2')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE,
                         '“%s”, White House, Unverified' % OTHER,
                         '“%s”, Ukraine, Unverified' % THIRD])
    data = app.save_in_place(saved)
    if claims_by_quote(data)[OTHER][0] != 'White House':
        fail('saved %r' % claims_by_quote(data))


@journey('filter-the-list-by-source')
def filter_by_source(desktop):
    """The button above the list shows one source's claims, with a count
    of each source's claims, and back to all."""
    app, saved = open_article(desktop)
    rows = three_claims(app)
    app.click(app.find(role='push button', name='Filter by source'))
    choice = app.find(role='list item', name='Ukraine (2)')
    app.find(role='list item', name='All Sources (3)')
    app.find(role='list item', name='EU–NATO joint statement (1)')
    app.click(choice)
    app.wait_claim_rows([rows[0], rows[2]])
    app.find(role='label', name='2 of 3 Claims')
    app.click(app.find(role='push button', name='Filter by source'))
    app.click(app.find(role='list item', name='All Sources (3)'))
    app.wait_claim_rows(rows)
    app.find(role='label', name='3 Claims')
    data = app.save_in_place(saved)
    if len(data['claims']) != 3:
        fail('saved %d claims' % len(data['claims']))
