# journeys_sources.py: sources as the people and institutions they are:
# describing one in the Sources dialog, removing a used one, what a new one
# gets, and the sample's own sources.
# SPDX-License-Identifier: GPL-3.0-or-later
import time

from kaynak_e2e import (Window, article_in_home, audit_names, children,
                        claims_by_quote, fail, find, is_visible,
                        journey, log, on_screen, role_name, sample_in_home, text_of,
                        wait_for)

QUOTE = 'üç binden fazla asker'
OTHER = 'Kremlin şimdilik sessiz'

# The first palette colours, in the order new sources take them
# (app/core/kaynak-source.c)
PALETTE = ['#00a3cc', '#f22440', '#a2f200', '#0000f2', '#804400', '#a91fcc']


def tag(app, words, key):
    app.select_words(words)
    app.input.key(key)
    app.wait_tag_popover_closed()


def open_sources(app):
    app.focus_window()
    app.input.key('ctrl+shift+o')
    dialog = app.toplevel('Sources')
    time.sleep(0.3)
    return dialog


def open_source_row(app, dialog, label):
    """Click the source's row so that its settings show; returns the row."""
    row = app.find(dialog, role='list item', name=label)
    app.click(row)
    wait_for(lambda: on_screen(app.find(row, role='combo box', name='Kind')),
             'the settings of %s to show' % label)
    return row


def choose(app, row, combo_name, item, window=None):
    """Open the drop-down COMBO_NAME of ROW (scrolled into WINDOW's view)
    and click ITEM in it."""
    combo = app.find(row, role='combo box', name=combo_name)
    if window is not None:
        app.scroll_into_view(combo, window)
    app.click(combo)
    app.click(app.find(combo, role='list item', name=item))


def type_exactly(app, entry, text):
    """Type TEXT at the end of ENTRY's text and check it arrived whole.

    xdotool types a letter the keyboard map lacks (ı, ş, ğ) by remapping
    a spare key just before pressing it; a press that races GTK's reading
    of the new map is lost.  So the text is checked, and typed again from
    scratch when a letter went missing."""
    before = text_of(entry)
    for attempt in range(3):
        app.input.type(text)
        try:
            wait_for(lambda: text_of(entry) == before + text,
                     'the field to read %r' % (before + text), timeout=3)
            return
        except Exception:
            log('typed %r, the field reads %r: again' % (text, text_of(entry)))
            app.input.key('ctrl+a', 'BackSpace')
            if before:
                app.input.type(before)
    fail('could not type %r into %r' % (text, entry.name))


def edit_field(app, row, title, text, replace=True, window=None):
    """Type TEXT into ROW's entry titled TITLE and press Enter (apply)."""
    entry = app.find(row, role='text', name=title)
    if window is not None:
        app.scroll_into_view(entry, window)
    app.click(entry)
    # GTK 4.8 tells no focus for the text of an entry row: the text typed
    # is what is checked
    wait_for(lambda: on_screen(entry), 'the %s field' % title)
    if replace:
        app.input.key('ctrl+a', 'BackSpace')
    else:
        app.input.key('End')
    type_exactly(app, entry, text)
    app.input.key('Return')
    return entry


def source_by_id(data, source_id):
    found = [s for s in data['sources'] if s['id'] == source_id]
    if not found:
        fail('no source %r in %r' % (source_id, [s['id'] for s in data['sources']]))
    return found[0]


@journey('describe-a-source-in-the-sources-dialog')
def describe_a_source(desktop):
    """In the Sources dialog (Ctrl+Shift+O), describe the United States:
    kind "No comment or silence", one more name, a description, the colour
    Navy and key 8; save: the file holds them all, under the same id.  Back
    in the window, Ctrl+Z takes back the last edit only."""
    path = sample_in_home(desktop)
    app = Window(desktop, [path])
    dialog = open_sources(app)
    row = open_source_row(app, dialog, 'United States')

    choose(app, row, 'Kind', 'No comment or silence', dialog)
    # ASCII: xdotool loses letters it must remap (ş) in these fields
    edit_field(app, row, 'Other Names, Separated by Commas', ', Washington',
               replace=False, window=dialog)
    edit_field(app, row, 'Description', 'US officials, not the White House',
               window=dialog)
    choose(app, row, 'Colour', 'Navy', dialog)
    choose(app, row, 'Shortcut Key', '8', dialog)
    wait_for(lambda: app.find_now(dialog, role='list item', name='United States',
                                  description='No comment or silence · Key 8 · 0 claims'),
             'the row to say the new kind and key')
    problems = audit_names(dialog, 'Sources dialog')
    if problems:
        fail('\n'.join(problems))
    app.input.key('Escape')
    app.toplevel_gone('Sources')

    data = app.save_in_place(path)
    usa = source_by_id(data, 'united-states')
    want = {'label': 'United States', 'kind': 'no-comment',
            'aliases': ['ABD', 'Amerika Birleşik Devletleri', 'Washington'],
            'description': 'US officials, not the White House',
            'color': '#262680', 'shortcut': 8}
    got = {k: usa.get(k) for k in want}
    if got != want:
        fail('the saved source is %r, expected %r' % (got, want))

    # One step back: the key only
    app.input.key('ctrl+z')
    wait_for(lambda: (app.header_title() or ('',))[0].startswith('•'),
             'Ctrl+Z to change the document')
    data = app.save_in_place(path)
    usa = source_by_id(data, 'united-states')
    if usa.get('shortcut') != 3 or usa.get('color') != '#262680' or \
       usa.get('kind') != 'no-comment':
        fail('after one Ctrl+Z the source is %r' % usa)
    # The key went back to 3, so 3 tags with it again
    tag(app, QUOTE, '3')
    app.wait_claim_rows(['“%s”, United States, Unverified' % QUOTE])


@journey('delete-a-used-source-and-move-its-claims')
def delete_a_used_source(desktop):
    """Removing Ukraine, which a claim uses, asks where its claim goes:
    Cancel keeps all; Move Claims to the United States removes Ukraine and
    moves the claim, in one step that Ctrl+Z takes back."""
    path = sample_in_home(desktop)
    app = Window(desktop, [path])
    tag(app, QUOTE, '1')
    tag(app, OTHER, '4')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE,
                         '“%s”, Kremlin, Unverified' % OTHER])
    dialog = open_sources(app)
    row = open_source_row(app, dialog, 'Ukraine')

    def ask():
        remove = app.find(row, role='push button', name='Remove Source')
        app.scroll_into_view(remove, dialog)
        app.click(remove)
        return app.find(role='push button', name='Move Claims')

    # Escape is Cancel: nothing changes
    ask()
    app.input.key('Escape')
    wait_for(lambda: app.find_now(role='push button', name='Move Claims') is None,
             'the question to close')
    if app.find_now(dialog, role='list item', name='Ukraine') is None:
        fail('Cancel removed the source')

    # Move, to the United States, from the keyboard: the question opens on
    # the drop-down of the other sources (White House first)
    ask()
    question = wait_for(lambda: [c for c in children(app.app) if is_visible(c) and
                                 find(c, role='push button', name='Move Claims')] or None,
                        'the question before removing a source')[0]
    problems = audit_names(question, 'the question before removing a source')
    if problems:
        fail('\n'.join(problems))
    wait_for(lambda: app.focused() is not None and
             app.focused().name == 'Move the claims to',
             'the focus on where the claims go (it is on %r)'
             % (app.focused() and app.focused().name))
    app.input.key('space')
    app.find(role='list item', name='United States')
    app.input.key('Down', 'Return')
    wait_for(lambda: app.focused() is not None and
             role_name(app.focused()) != 'list item',
             'the drop-down\'s list to close')
    app.tab_to('Move Claims', limit=6)
    app.input.key('Return')
    wait_for(lambda: app.find_now(dialog, role='list item', name='Ukraine') is None,
             'Ukraine to leave the list')
    # (without a window manager the closed question leaves no window with
    # the keyboard focus, so the dialog's close button, not Escape)
    app.click(app.find(dialog, role='push button', name='Close'))
    app.toplevel_gone('Sources')
    app.wait_claim_rows(['“%s”, United States, Unverified' % QUOTE,
                         '“%s”, Kremlin, Unverified' % OTHER])
    data = app.save_in_place(path)
    if 'ukraine' in [s['id'] for s in data['sources']]:
        fail('Ukraine was saved')
    if claims_by_quote(data)[QUOTE][0] != 'United States':
        fail('saved %r' % claims_by_quote(data))

    # One Ctrl+Z brings back the source and its claim's source
    app.input.key('ctrl+z')
    app.wait_claim_rows(['“%s”, Ukraine, Unverified' % QUOTE,
                         '“%s”, Kremlin, Unverified' % OTHER])
    data = app.save_in_place(path)
    if source_by_id(data, 'ukraine').get('shortcut') != 1:
        fail('Ukraine came back as %r' % source_by_id(data, 'ukraine'))


@journey('new-source-gets-a-slug-and-a-distinct-colour')
def new_source_gets_a_slug(desktop):
    """A new annotation starts with Unattributed alone.  A source typed
    into Tag as… and one added in the Sources dialog get ids made from
    their names (Turkish letters spelt plainly), the next free keys and
    the palette colours farthest from those in use; renaming keeps the id;
    a name the document has (any case) adds nothing."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    app = Window(desktop, [path])
    app.select_words(QUOTE)
    app.tag_popover()
    wait_for(lambda: app.popover_rows() == ['Unattributed, key 1'],
             'Tag as… to list Unattributed alone (it lists %r)' % app.popover_rows())
    app.input.type('D')
    entry = app.find(role='text', name='New source')
    type_exactly(app, entry, 'ışişleri Bakanlığı')
    app.find(role='label', name='Enter adds “Dışişleri Bakanlığı” as a new source')
    app.input.key('Return')
    app.wait_claim_rows(['“%s”, Dışişleri Bakanlığı, Unverified' % QUOTE])
    app.wait_tag_popover_closed()

    dialog = open_sources(app)
    # The header's + takes the focus to the new source's name
    app.click(app.find(dialog, role='push button', name='Add a Source'))
    add = app.find(dialog, role='text', name='New Source’s Name')
    type_exactly(app, add, 'Beyaz Saray')
    app.input.key('Return')
    app.find(dialog, role='list item', name='Beyaz Saray')
    # the same name again, in capitals: no second source, that one opens
    app.click(app.find(dialog, role='push button', name='Add a Source'))
    add = app.find(dialog, role='text', name='New Source’s Name')
    type_exactly(app, add, 'BEYAZ SARAY')
    app.input.key('Return')
    # the field empties and the existing source opens; the file shows that
    # nothing was added
    wait_for(lambda: text_of(add) == '', 'the new source field to empty')
    # renaming keeps the id
    row = open_source_row(app, dialog, 'Dışişleri Bakanlığı')
    edit_field(app, row, 'Name', 'Foreign Ministry', window=dialog)
    app.find(dialog, role='list item', name='Foreign Ministry')
    app.click(app.find(dialog, role='push button', name='Close'))
    app.toplevel_gone('Sources')

    data = app.save_in_dialog(saved)
    got = [(s['id'], s['label'], s['color'], s.get('shortcut')) for s in data['sources']]
    want = [('unattributed', 'Unattributed', PALETTE[0], 1),
            ('disisleri-bakanligi', 'Foreign Ministry', PALETTE[1], 2),
            ('beyaz-saray', 'Beyaz Saray', PALETTE[2], 3)]
    if got != want:
        fail('saved sources %r, expected %r' % (got, want))
    if claims_by_quote(data)[QUOTE][0] != 'Foreign Ministry':
        fail('saved %r' % claims_by_quote(data))


@journey('sample-opens-with-its-own-sources')
def sample_opens_with_its_own_sources(desktop):
    """Try the Sample Article: Tag as… lists the article's own sources on
    the keys 1–6; typing another name of one ("abd") finds it, and Enter
    tags with it; the Sources dialog shows the Kremlin as no comment."""
    app = Window(desktop, [])
    app.click(app.find(role='push button', name='Try the Sample Article'))
    article = app.article()
    wait_for(lambda: article.queryText().characterCount > 2000, 'the sample article')

    app.select_words(QUOTE)
    app.tag_popover()
    want = ['Ukraine, key 1', 'White House, key 2', 'United States, key 3',
            'Kremlin, key 4', 'EU–NATO joint statement, key 5', 'Unattributed, key 6']
    wait_for(lambda: app.popover_rows() == want,
             'Tag as… to list the sample\'s sources (it lists %r)' % app.popover_rows())
    app.input.type('abd')
    wait_for(lambda: app.popover_rows() == ['United States, key 3'],
             'typing "abd" to leave the United States (it lists %r)' % app.popover_rows())
    app.find(role='label', name='Enter tags with “United States”')
    app.input.key('Return')
    app.wait_claim_rows(['“%s”, United States, Unverified' % QUOTE])
    app.wait_tag_popover_closed()

    dialog = open_sources(app)
    app.find(dialog, role='list item', name='Kremlin',
             description='No comment or silence · Key 4 · 0 claims')
    app.find(dialog, role='list item', name='EU–NATO joint statement',
             description='Official statement · Key 5 · 0 claims')
    app.find(dialog, role='list item', name='United States',
             description='Named source · Key 3 · 1 claim')
    log('the sample opened with its sources')
