# journeys_pieces.py: a claim in several pieces (a quotation interrupted by
# "the minister told reporters") and where a claim's source is named and
# its cue stands, made in the window and read back from the saved file.
# SPDX-License-Identifier: GPL-3.0-or-later
import os

from kaynak_e2e import (Window, audit_names, children, fail, find,
                        is_selected, journey, offset_of, role_name,
                        wait_for)

INTERRUPTED = ('“We will not retreat,” the minister told reporters on '
               'Tuesday, “and we will win this war.”\n'
               'The Washington Post backs Hillary Clinton for president.\n')
FIRST = 'We will not retreat,'
SECOND = 'and we will win this war.'
JOINED = FIRST + ' … ' + SECOND
GAP = 'the minister told reporters'

ENDORSEMENT = ('The Washington Post backs Hillary Clinton for president.\n'
               'Its editors called the choice easy.\n')
CONTENT = 'Hillary Clinton for president'
SOURCE_WORDS = 'The Washington Post'
CUE_WORDS = 'backs'


def article(desktop, name, text):
    """An article of our own in the journey's HOME; returns the path of
    the Kaynak file a save proposes for it."""
    path = os.path.join(desktop.home, 'articles', name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return path, path[:-4] + '.kaynak.json'


def pane_list(app, name):
    """The names of the rows of the pane's list NAME, or None when it is
    not shown."""
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


def wait_row(app, quote, what=None):
    """Wait for the claim list to be one row whose quote is QUOTE; returns
    its source's name."""
    def check():
        rows = app.claim_rows()
        return len(rows) == 1 and rows[0].startswith('“%s”, ' % quote)
    try:
        wait_for(check, what or 'the claim row “%s”' % quote)
    except Exception as e:
        fail('%s; the rows are %r' % (e, app.claim_rows()))
    return app.claim_rows()[0]


def pane_button(app, name):
    return app.find(find(app.app, name='Claim details'), role='push button', name=name)


def click_in_pane(app, name):
    """Click the pane's button NAME, scrolled into sight first."""
    details = app.find(name='Claim details')
    button = pane_button(app, name)
    for _ in range(40):
        box = details.queryComponent().getExtents(0)
        ext = button.queryComponent().getExtents(0)
        if box.y <= ext.y and ext.y + ext.height <= box.y + box.height:
            break
        x, y = app.to_screen(details, box.x + box.width / 2, box.y + box.height / 2)
        app.input.move(x, y)
        app.input.xdotool('click', '5' if ext.y > box.y else '4')
    app.click(button)


def pieces_of(claim):
    return [p.get('quote') for p in claim.get('pieces', [])]


def two_pieces(desktop):
    """Drag over the first part of the interrupted quotation, 1; drag over
    the second part, Ctrl+J (Tag as…, open after the drag, passes it on
    to the window): one claim in two pieces."""
    path, saved = article(desktop, 'minister.txt', INTERRUPTED)
    app = Window(desktop, [path])
    app.select_words(FIRST)
    app.tag_popover()
    app.input.key('1')
    app.wait_tag_popover_closed()
    wait_row(app, FIRST)
    app.select_words(SECOND)
    app.tag_popover()
    app.input.key('ctrl+j')
    app.wait_tag_popover_closed()
    wait_row(app, JOINED, 'Ctrl+J to add the second part to the claim')
    return app, saved


@journey('an-interrupted-quotation-is-one-claim-in-two-pieces')
def interrupted_quotation(desktop):
    """A quotation interrupted by "the minister told reporters" becomes
    one claim in two pieces: the row shows them joined with " … ", the
    words between are not the claim's (a click there selects nothing), a
    selection overlapping a piece is refused with a message, and the file
    keeps both pieces.  In the pane, Remove Piece 2 and Ctrl+Z."""
    app, saved = two_pieces(desktop)
    row = app.claim_rows()[0]
    wait_pane_list(app, 'Pieces', [FIRST, SECOND])
    # Every control of the pane has a name, the remove buttons too
    problems = audit_names(app.find(name='Claim details'), 'Claim details')
    if problems:
        fail('controls without a proper name:\n' + '\n'.join(problems))

    # A click between the pieces selects no claim; one in a piece does
    text = app.article_text()
    app.click_at_offset(app.article(), text.index(GAP) + 4)
    app.find(role='label', name='No Claim Selected')
    if is_selected(app.claim_row(JOINED)):
        fail('a click between the pieces left the claim selected')
    app.click_at_offset(app.article(), text.index(SECOND) + 4)
    wait_for(lambda: is_selected(app.claim_row(JOINED)),
             'a click in the second piece to select the claim')

    # Words overlapping a piece are not added to it twice
    app.select_words('not retreat')
    app.tag_popover()
    app.input.key('ctrl+j')
    wait_for(lambda: find(app.app, role='label', name_re='overlap') is not None,
             'a message that the words overlap a piece')
    app.input.key('Escape')
    app.wait_tag_popover_closed()
    wait_row(app, JOINED)

    data = app.save_in_dialog(saved)
    claims = data['claims']
    if len(claims) != 1 or pieces_of(claims[0]) != [FIRST, SECOND]:
        fail('saved %r, expected one claim with the pieces %r'
             % (claims, [FIRST, SECOND]))
    want = offset_of(text, FIRST)[0], offset_of(text, SECOND)[1]
    if (claims[0]['start'], claims[0]['end']) != want:
        fail('the claim covers %r, expected %r'
             % ((claims[0]['start'], claims[0]['end']), want))

    # Remove the second piece in the pane, then Ctrl+Z
    click_in_pane(app, 'Remove Piece 2')
    wait_row(app, FIRST, 'Remove Piece 2 to leave the first piece')
    if find(app.app, role='push button', name='Remove Piece 1') is not None:
        fail('the last piece of a claim has a remove button')
    app.input.key('ctrl+z')
    wait_row(app, JOINED, 'Ctrl+Z to bring the second piece back')
    if app.claim_rows()[0] != row:
        fail('after Ctrl+Z the row reads %r, not %r' % (app.claim_rows()[0], row))
    wait_pane_list(app, 'Pieces', [FIRST, SECOND])
    app.input.key('ctrl+shift+z')
    wait_row(app, FIRST, 'Ctrl+Shift+Z to remove it again')
    data = app.save_in_place(saved)
    if 'pieces' in data['claims'][0] or data['claims'][0]['quote'] != FIRST:
        fail('saved %r after removing the second piece' % data['claims'])


@journey('mark-where-the-source-and-cue-stand-by-keyboard')
def source_and_cue_words(desktop):
    """From the keyboard: tag "Hillary Clinton for president" with 1,
    select "The Washington Post" with Shift+Ctrl+Right and press Ctrl+U
    (Mark Source Words), select "backs" and press Ctrl+Shift+K (Mark Cue
    Words); the pane lists them and the file keeps them; Ctrl+K on the cue
    adds the cue and where it stands in one step; Ctrl+Z takes back each."""
    path, saved = article(desktop, 'endorsement.txt', ENDORSEMENT)
    app = Window(desktop, [path])
    text_acc = app.article()
    text = app.article_text()

    # The claim: Ctrl+Home, Ctrl+Right ×4 to after "backs", then
    # Shift+Ctrl+Right ×4 over "Hillary Clinton for president"
    app.click_at_offset(text_acc, 1)
    app.input.key('ctrl+Home', 'ctrl+Right', 'ctrl+Right', 'ctrl+Right', 'ctrl+Right')
    for _ in range(4):
        app.input.key('shift+ctrl+Right')
    start, end = offset_of(text, CONTENT)
    wait_for(lambda: app.selection(text_acc) in ((start - 1, end), (start, end)),
             'Shift+Ctrl+Right to select "%s" (selected %r)'
             % (CONTENT, app.selection(text_acc)))
    app.input.key('1')
    wait_row(app, CONTENT)

    # The source's words: Ctrl+Home, Shift+Ctrl+Right ×3, Ctrl+U
    app.input.key('ctrl+Home', 'shift+ctrl+Right', 'shift+ctrl+Right', 'shift+ctrl+Right')
    s_start, s_end = offset_of(text, SOURCE_WORDS)
    wait_for(lambda: app.selection(text_acc) == (s_start, s_end),
             'the selection of "%s"' % SOURCE_WORDS)
    app.input.key('ctrl+u')
    wait_pane_list(app, 'Source words', [SOURCE_WORDS])

    # The cue's words: Shift+Ctrl+Right from there, Ctrl+Shift+K
    c_start, c_end = offset_of(text, CUE_WORDS)
    app.input.key('shift+ctrl+Right')
    wait_for(lambda: app.selection(text_acc) in ((s_end, c_end), (c_start, c_end)),
             'the selection of "%s"' % CUE_WORDS)
    app.input.key('ctrl+shift+k')
    wait_pane_list(app, 'Cue words', [CUE_WORDS])
    wait_pane_list(app, 'Cues', [], 'Mark Cue Words to leave the cues alone')

    data = app.save_in_dialog(saved)
    claim = data['claims'][0]
    got = ([(r['start'], r['end'], r.get('quote')) for r in claim.get('source_ranges', [])],
           [(r['start'], r['end'], r.get('quote')) for r in claim.get('cue_ranges', [])])
    want = ([(s_start, s_end, SOURCE_WORDS)], [(c_start, c_end, CUE_WORDS)])
    if got != want:
        fail('saved source and cue ranges %r, expected %r' % (got, want))

    # Ctrl+Z takes back each: the cue's place, then the source's
    app.input.key('ctrl+z')
    wait_pane_list(app, 'Cue words', [], 'Ctrl+Z to take back the cue words')
    wait_pane_list(app, 'Source words', [SOURCE_WORDS])
    app.input.key('ctrl+z')
    wait_pane_list(app, 'Source words', [], 'Ctrl+Z to take back the source words')
    wait_row(app, CONTENT)

    # Ctrl+K on the cue: the cue and where it stands, one step
    app.input.key('ctrl+Home', 'ctrl+Right', 'ctrl+Right', 'ctrl+Right', 'shift+ctrl+Right')
    wait_for(lambda: app.selection(text_acc) in ((s_end, c_end), (c_start, c_end)),
             'the selection of "%s" again' % CUE_WORDS)
    app.input.key('ctrl+k')
    wait_pane_list(app, 'Cues', [CUE_WORDS])
    wait_pane_list(app, 'Cue words', [CUE_WORDS])
    app.input.key('ctrl+z')
    wait_pane_list(app, 'Cues', [], 'one Ctrl+Z to take back the cue')
    wait_pane_list(app, 'Cue words', [], 'the same Ctrl+Z to take back where it stands')
    app.input.key('ctrl+shift+z')
    wait_pane_list(app, 'Cue words', [CUE_WORDS])

    data = app.save_in_place(saved)
    claim = data['claims'][0]
    if 'source_ranges' in claim or claim.get('cues') != [CUE_WORDS] or \
       [(r['start'], r['end']) for r in claim.get('cue_ranges', [])] != [(c_start, c_end)]:
        fail('saved %r after the undos and Ctrl+K' % claim)
