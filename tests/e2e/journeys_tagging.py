# journeys_tagging.py: tagging a claim, every way the README tells.
# SPDX-License-Identifier: GPL-3.0-or-later
from kaynak_e2e import (Window, claims_by_quote, fail, is_selected, journey,
                        offset_of, on_screen, sample_in_home, text_of,
                        wait_for)

QUOTE = 'üç binden fazla asker'


def open_article(desktop):
    """The sample with its own sources, from a Kaynak file in HOME"""
    path = sample_in_home(desktop)
    app = Window(desktop, [path])
    return app, path


def expect_saved(app, saved_path, expected):
    """Save with Ctrl+S; the file holds exactly EXPECTED
    ({quote: (source, status, note)})."""
    data = app.save_in_place(saved_path)
    got = claims_by_quote(data)
    if got != expected:
        fail('the saved file holds %r, expected %r' % (got, expected))
    return data


@journey('tag-by-mouse-then-digit')
def tag_by_mouse_then_digit(desktop):
    """The README's first promise: select words with the mouse, let go,
    press 1.  The digit tags; it never types into "New source…"."""
    app, saved = open_article(desktop)
    app.select_words(QUOTE)
    rows = app.popover_rows()
    if not rows or not rows[0].startswith('Ukraine'):
        fail('Tag as… lists %r' % rows)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE])
    app.wait_tag_popover_closed()
    data = expect_saved(app, saved, {QUOTE: ('Ukraine', 'unverified', '')})
    if len(data['sources']) != 6:
        fail('a source was added: %r' % [s['label'] for s in data['sources']])


@journey('tag-by-mouse-then-click-in-tag-as')
def tag_by_mouse_then_click(desktop):
    app, saved = open_article(desktop)
    app.select_words(QUOTE)
    row = app.find(role='list item', name='White House, key 2')
    app.click(row)
    app.wait_claim_rows(['“%s”, White House, Unverified' % QUOTE])
    expect_saved(app, saved, {QUOTE: ('White House', 'unverified', '')})


@journey('tag-by-mouse-then-arrows-and-enter')
def tag_by_mouse_then_arrows(desktop):
    app, saved = open_article(desktop)
    app.select_words(QUOTE)
    app.tag_popover()
    app.input.key('Down', 'Down', 'Return')
    app.wait_claim_rows(['“%s”, United States, Unverified' % QUOTE])
    expect_saved(app, saved, {QUOTE: ('United States', 'unverified', '')})


@journey('shift-f10-then-digit')
def shift_f10_then_digit(desktop):
    """Select from the keyboard, open Tag as… with Shift+F10 (a source row
    has the focus), press 4."""
    app, saved = open_article(desktop)
    article = app.article()
    start, end = offset_of(app.article_text(), QUOTE)
    app.click_at_offset(article, start)
    app.input.key(*(['shift+Right'] * len(QUOTE)))
    wait_for(lambda: app.selection(article) == (start, end),
             'the keyboard selection of %r' % QUOTE)
    app.input.key('shift+F10')
    app.tag_popover()
    app.input.key('4')
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % QUOTE])
    expect_saved(app, saved, {QUOTE: ('Kremlin', 'unverified', '')})


@journey('tag-by-keyboard-only')
def tag_by_keyboard_only(desktop):
    """The README's keyboard example: click to place the caret on "ü",
    Shift+Ctrl+Right four times, then 1."""
    app, saved = open_article(desktop)
    article = app.article()
    start, end = offset_of(app.article_text(), QUOTE)
    app.click_at_offset(article, start)
    app.input.key(*(['shift+ctrl+Right'] * 4))
    wait_for(lambda: app.selection(article) == (start, end),
             'Shift+Ctrl+Right ×4 to select %r' % QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE])
    expect_saved(app, saved, {QUOTE: ('Ukraine', 'unverified', '')})


@journey('new-source-by-typing-a-name')
def new_source_by_typing(desktop):
    """Type a new source's name into Tag as…; then type an existing name in
    another case: the list filters as you type and Enter picks the existing
    source instead of making a second one."""
    app, saved = open_article(desktop)
    app.select_words(QUOTE)
    app.tag_popover()
    # A letter with a row focused starts the name in "New source…"
    app.input.type('Kuzey Kore')
    entry = app.find(role='text', name='New source')
    wait_for(lambda: text_of(entry) == 'Kuzey Kore',
             'the name typed into New source…')
    app.find(role='label', name='Enter adds “Kuzey Kore” as a new source')
    app.input.key('Return')
    app.wait_claim_rows(['“%s”, Kuzey Kore, Unverified' % QUOTE])

    second = 'Kremlin şimdilik sessiz'
    app.select_words(second)
    app.tag_popover()
    app.input.type('kuzey')
    wait_for(lambda: app.popover_rows() == ['Kuzey Kore, key 7'],
             'the list to show only the sources matching "kuzey"')
    app.input.type(' KORE')
    app.find(role='label', name='Enter tags with “Kuzey Kore”')
    app.input.key('Return')
    app.wait_claim_rows(['“%s”, Kuzey Kore, Unverified' % QUOTE,
                         '“%s”, Kuzey Kore, Unverified' % second])
    data = expect_saved(app, saved, {
        QUOTE: ('Kuzey Kore', 'unverified', ''),
        second: ('Kuzey Kore', 'unverified', '')})
    labels = [s['label'] for s in data['sources']]
    if labels.count('Kuzey Kore') != 1 or len(labels) != 7:
        fail('sources saved: %r' % labels)


@journey('retag-existing-claim')
def retag_existing_claim(desktop):
    """Selecting exactly a claim's words again and choosing another source
    retags it; clicking the claim and pressing a digit does too."""
    app, saved = open_article(desktop)
    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE])
    app.select_words(QUOTE)
    app.input.key('3')
    app.wait_claim_rows(['“%s”, United States, Unverified' % QUOTE])
    app.wait_tag_popover_closed()
    # Click inside the highlight: the claim is selected, a digit retags it
    article = app.article()
    start, end = offset_of(app.article_text(), QUOTE)
    app.click_at_offset(article, start + 3)
    wait_for(lambda: is_selected(app.claim_row(QUOTE)),
             'the clicked claim to be selected in the list')
    app.input.key('5')
    app.wait_claim_rows(['“%s”, EU–NATO joint statement, Unverified' % QUOTE])
    expect_saved(app, saved, {QUOTE: ('EU–NATO joint statement', 'unverified', '')})


@journey('overlapping-claims')
def overlapping_claims(desktop):
    """A claim inside another: both are kept, in article order."""
    app, saved = open_article(desktop)
    outer = 'Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği'
    app.select_words(outer)
    app.input.key('2')
    app.wait_claim_rows(['“%s”, White House, Unverified' % outer])
    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, White House, Unverified' % outer,
                         '“%s”, Ukraine, Unverified' % QUOTE])
    data = expect_saved(app, saved, {
        outer: ('White House', 'unverified', ''),
        QUOTE: ('Ukraine', 'unverified', '')})
    text = data['article']['text']
    for claim in data['claims']:
        if text[claim['start']:claim['end']] != claim['quote']:
            fail('offsets %d–%d do not hold the quote %r'
                 % (claim['start'], claim['end'], claim['quote']))


@journey('tag-as-lists-sources-by-key')
def tag_as_lists_by_key(desktop):
    """Tag as… lists the sources in the order of their keys, then those
    without a key: after Unattributed takes key 1 in the Sources dialog,
    it comes first and Ukraine, which lost the key, comes last."""
    app, saved = open_article(desktop)
    app.input.key('ctrl+shift+o')
    dialog = app.toplevel('Sources')
    row = app.find(dialog, role='list item', name='Unattributed')
    app.click(row)
    combo = app.find(row, role='combo box', name='Shortcut Key')
    wait_for(lambda: on_screen(combo), 'the source to open its settings')
    app.scroll_into_view(combo, dialog)
    app.click(combo)
    app.click(app.find(combo, role='list item', name='1'))
    # the key moved: Ukraine has none now
    app.find(dialog, role='list item', name='Ukraine',
             description_re='^Named source · [0-9]+ claims?$')
    app.input.key('Escape')
    app.toplevel_gone('Sources')

    app.select_words(QUOTE)
    app.tag_popover()
    wait_for(lambda: app.popover_rows() == [
        'Unattributed, key 1', 'White House, key 2',
        'United States, key 3', 'Kremlin, key 4',
        'EU–NATO joint statement, key 5', 'Ukraine'],
        'Tag as… in the order of the keys (it lists %r)' % app.popover_rows())
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    data = app.save_in_place(saved)
    keys = {s['label']: s.get('shortcut') for s in data['sources']}
    if keys.get('Unattributed') != 1 or keys.get('Ukraine') is not None:
        fail('saved keys %r' % keys)


@journey('menu-with-nothing-selected-opens-the-text-menu')
def menu_with_nothing_selected(desktop):
    """With no text and no claim selected, the keys Kaynak gives the article
    (Menu, Return, Delete, Escape) are the text view's again: Menu opens its
    context menu (Copy, Select All), not Tag as…; then, with a claim
    selected, Menu opens Tag as…"""
    app, saved = open_article(desktop)
    article = app.article()
    start, end = offset_of(app.article_text(), QUOTE)
    app.click_at_offset(article, start)
    app.input.key('Return', 'Delete', 'Escape')
    app.input.key('Menu')
    app.find(name='Select All')
    if app.find_now(name='Tag as') is not None:
        fail('Menu with nothing selected opened Tag as…')
    app.input.key('Escape')
    wait_for(lambda: app.find_now(name='Select All') is None, 'the context menu to close')
    if app.claim_rows():
        fail('keys with nothing selected made claims: %r' % app.claim_rows())
    app.input.key(*(['shift+ctrl+Right'] * 4))
    wait_for(lambda: app.selection(article) == (start, end),
             'Shift+Ctrl+Right ×4 to select %r' % QUOTE)
    app.input.key('1')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE])
    app.input.key('Menu')
    app.tag_popover()
    if app.find_now(name='Select All') is not None:
        fail('Menu on a claim opened the text view\'s menu too')
