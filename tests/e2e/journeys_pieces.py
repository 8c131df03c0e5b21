# journeys_pieces.py: claims in pieces and where a claim's source and cue
# stand (issue 17), as the model, the file and the exports carry them: a
# file with a claim in pieces exported to a format that has no pieces says
# it widened it; an article edited under a file drops the place of a
# source whose words are gone, says so, and keeps the rest.  Then the
# window's own controls (the second half): a quotation interrupted by "the
# minister told reporters" made one claim in two pieces with Ctrl+J, and
# where a claim's source is named and its cue stands marked from the
# keyboard, each read back from the saved file.
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os

from kaynak_e2e import (Window, article_in_home, audit_names, children, fail,
                        find, is_focused, is_selected, journey, load_json, log,
                        offset_of, role_name, sample_text, text_of, wait_for)

FIRST = 'Rusya’ya üç binden fazla asker getirildiği'
SECOND = 'Kursk bölgesine yerleştirildiği'
SOURCE = 'Beyaz Saray'
CUE = 'açıklanmıştı'


def ranges(text, *words):
    return [dict(zip(('start', 'end'), offset_of(text, w)), quote=w) for w in words]


def file_with_a_claim_in_pieces(saved_text, text=None):
    """A Kaynak file over TEXT (SAVED_TEXT unless given) whose claims were
    made on SAVED_TEXT: one claim in two pieces, FIRST and SECOND, its
    source named at SOURCE and its cue at CUE."""
    pieces = ranges(saved_text, FIRST, SECOND)
    for p in pieces:
        p['prefix'] = saved_text[max(0, p['start'] - 32):p['start']]
        p['suffix'] = saved_text[p['end']:p['end'] + 32]
    start, end = pieces[0]['start'], pieces[-1]['end']
    claim = {'id': 'c-pieces', 'start': start, 'end': end, 'quote': saved_text[start:end],
             'prefix': pieces[0]['prefix'], 'suffix': pieces[-1]['suffix'],
             'source': 'beyaz-saray', 'status': 'unverified', 'note': '', 'cues': [CUE],
             'author': '', 'created': '2026-12-01T10:00:00Z',
             'modified': '2026-12-01T10:00:00Z', 'pieces': pieces,
             'source_ranges': ranges(saved_text, SOURCE), 'cue_ranges': ranges(saved_text, CUE)}
    doc = {
        'format': 'kaynak', 'version': 1,
        'metadata': {'title': 'Pieces', 'url': '', 'outlet': '', 'published': '',
                     'language': 'tr', 'notes': ''},
        'article': {'sha256': hashlib.sha256(saved_text.encode()).hexdigest(),
                    'text': text if text is not None else saved_text},
        'sources': [{'id': 'beyaz-saray', 'label': 'Beyaz Saray', 'color': '#e66100',
                     'shortcut': 1, 'kind': 'official-statement', 'aliases': [],
                     'description': ''}],
        'claims': [claim],
        'links': [],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def toast(app, words):
    """The toast label WORDS.  Toasts queue, one shown at a time; these stay
    until dismissed, so the one before may have to time out first"""
    return app.find(role='label', name=words, timeout=60)


@journey('a-claim-in-pieces-exported-to-doccano-is-said-widened')
def doccano_widened(desktop):
    """A file with a claim in two pieces: Ctrl+E, doccano, Export…, Enter;
    doccano has no pieces, so the file holds the range that covers both
    and the window says one claim was widened; JSONL, which has pieces,
    keeps both."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    text = sample_text()
    with open(saved, 'w', encoding='utf-8') as f:
        f.write(file_with_a_claim_in_pieces(text))
    app = Window(desktop, [saved])
    wait_for(lambda: len(app.claim_rows()) == 1, 'the claim in pieces in the list')

    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^doccano'))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export As')
    name = app.find(chooser, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'seed-article.doccano.jsonl',
             'the proposed name seed-article.doccano.jsonl (it is %r)' % text_of(name))
    wait_for(lambda: is_focused(name), 'the name to have the focus')
    app.input.key('Return')
    output = os.path.join(os.path.dirname(path), 'seed-article.doccano.jsonl')
    wait_for(lambda: os.path.exists(output), output)
    app.toplevel_gone('Export')
    with open(output, encoding='utf-8') as f:
        line = json.loads(f.readline())
    cover = [offset_of(text, FIRST)[0], offset_of(text, SECOND)[1], 'Beyaz Saray']
    if line['label'] != [cover]:
        fail('doccano holds %r, not the covering range %r' % (line['label'], cover))
    label = toast(app, '1 claim in pieces was exported as the one range covering its pieces')
    log('the window says: %s' % label.name)

    # a format with pieces keeps them, and says nothing of widening
    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^JSON Lines'))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export As')
    name = app.find(chooser, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'seed-article.jsonl', 'the proposed name seed-article.jsonl')
    wait_for(lambda: is_focused(name), 'the name to have the focus')
    app.input.key('Return')
    output = os.path.join(os.path.dirname(path), 'seed-article.jsonl')
    wait_for(lambda: os.path.exists(output), output)
    app.toplevel_gone('Export')
    with open(output, encoding='utf-8') as f:
        line = json.loads(f.readline())
    got = [(p['start'], p['end'], p['quote']) for p in line['pieces']]
    want = [offset_of(text, FIRST) + (FIRST,), offset_of(text, SECOND) + (SECOND,)]
    if got != want:
        fail('JSONL holds the pieces %r, not %r' % (got, want))
    if [r['quote'] for r in line['source_ranges']] != [SOURCE] or \
       [r['quote'] for r in line['cue_ranges']] != [CUE]:
        fail('JSONL holds the source and cue places %r %r' % (line['source_ranges'],
                                                            line['cue_ranges']))
    app.input.key('ctrl+q')
    app.wait_exit()


@journey('a-source-whose-words-are-gone-is-dropped-and-said')
def source_words_gone(desktop):
    """The article under a file was edited: "Beyaz Saray’dan" is gone.
    Opening it finds both pieces of the claim again where they moved, keeps
    its cue's place, drops the place of its source and says so; Ctrl+S
    writes exactly that."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    old = sample_text()
    new = old.replace('Beyaz Saray’dan aynı gün', 'Aynı gün', 1)
    if new == old:
        fail('the sample has no “Beyaz Saray’dan aynı gün” to delete')
    with open(saved, 'w', encoding='utf-8') as f:
        f.write(file_with_a_claim_in_pieces(old, new))
    app = Window(desktop, [saved])
    wait_for(lambda: len(app.claim_rows()) == 1, 'the claim in pieces in the list')
    label = toast(app, 'The words of 1 source or cue are no longer in the article; '
                       'their place was dropped')
    log('the window says: %s' % label.name)

    # an edit, so that Ctrl+S has something to write
    app.select_words('Kremlin şimdilik sessiz')
    app.input.key('1')
    app.wait_tag_popover_closed()
    wait_for(lambda: len(app.claim_rows()) == 2, 'the new claim in the list')
    data = app.save_in_place(saved)

    claim = [c for c in data['claims'] if c['id'] == 'c-pieces'][0]
    got = [(p['start'], p['end'], p['quote']) for p in claim['pieces']]
    want = [offset_of(new, FIRST) + (FIRST,), offset_of(new, SECOND) + (SECOND,)]
    if got != want:
        fail('the pieces were saved at %r, not %r' % (got, want))
    if claim.get('orphaned'):
        fail('the claim became an orphan')
    if 'source_ranges' in claim:
        fail('the gone source words were kept: %r' % claim['source_ranges'])
    cues = claim.get('cue_ranges', [])
    if [(r['start'], r['end'], r['quote']) for r in cues] != [offset_of(new, CUE) + (CUE,)]:
        fail('the cue was saved at %r, not where “%s” now stands' % (cues, CUE))
    app.input.key('ctrl+q')
    app.wait_exit()


# --- The window's controls: Ctrl+J, the pane's pieces, Mark Source/Cue
# Words (engineer U) -------------------------------------------------------

INTERRUPTED = ('“We will not retreat,” the minister told reporters on '
               'Tuesday, “and we will win this war.”\n'
               'The Washington Post backs Hillary Clinton for president.\n')
PART_ONE = 'We will not retreat,'
PART_TWO = 'and we will win this war.'
JOINED = PART_ONE + ' … ' + PART_TWO
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
    app.select_words(PART_ONE)
    app.tag_popover()
    app.input.key('1')
    app.wait_tag_popover_closed()
    wait_row(app, PART_ONE)
    app.select_words(PART_TWO)
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
    wait_pane_list(app, 'Pieces', [PART_ONE, PART_TWO])
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
    app.click_at_offset(app.article(), text.index(PART_TWO) + 4)
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
    if len(claims) != 1 or pieces_of(claims[0]) != [PART_ONE, PART_TWO]:
        fail('saved %r, expected one claim with the pieces %r'
             % (claims, [PART_ONE, PART_TWO]))
    want = offset_of(text, PART_ONE)[0], offset_of(text, PART_TWO)[1]
    if (claims[0]['start'], claims[0]['end']) != want:
        fail('the claim covers %r, expected %r'
             % ((claims[0]['start'], claims[0]['end']), want))

    # Remove the second piece in the pane, then Ctrl+Z
    click_in_pane(app, 'Remove Piece 2')
    wait_row(app, PART_ONE, 'Remove Piece 2 to leave the first piece')
    if find(app.app, role='push button', name='Remove Piece 1') is not None:
        fail('the last piece of a claim has a remove button')
    app.input.key('ctrl+z')
    wait_row(app, JOINED, 'Ctrl+Z to bring the second piece back')
    if app.claim_rows()[0] != row:
        fail('after Ctrl+Z the row reads %r, not %r' % (app.claim_rows()[0], row))
    wait_pane_list(app, 'Pieces', [PART_ONE, PART_TWO])
    app.input.key('ctrl+shift+z')
    wait_row(app, PART_ONE, 'Ctrl+Shift+Z to remove it again')
    data = app.save_in_place(saved)
    if 'pieces' in data['claims'][0] or data['claims'][0]['quote'] != PART_ONE:
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
