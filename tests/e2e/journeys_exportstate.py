# journeys_exportstate.py: Export a Folder… with the articles' state
# filter (the command line's --state), all by keyboard: a dataset builder
# exports only the done articles of a folder whose work is half done.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os

from kaynak_e2e import (JourneyFailure, Window, audit_names, children, fail, find, journey,
                        is_focused, role_name, text_of, walk, wait_for)
from journeys_codebook_export import focused_in, same
from journeys_folder import ARTICLES, write_article

DIALOG = 'Export a Folder'
FOLDER_CHOOSER = 'Choose the Folder to Export'


def focus_row(app, dialog, name, limit=24):
    """Tab until the combo row NAME has the focus in DIALOG (an
    AdwComboRow may read its title and its value: "Which Articles All
    Articles"); the focus is read in the dialog, the main window keeps
    its own."""
    def name_of(acc):
        return acc.name if acc is not None else None

    focused = focused_in(app, dialog)
    for _ in range(limit):
        now = name_of(focused)
        if now is not None and (now == name or now.startswith(name + ' ')):
            return focused
        before = focused
        app.input.key('Tab')
        try:
            focused = wait_for(lambda: (lambda f: (f,) if f is not None and not same(f, before)
                                        else None)(focused_in(app, dialog)),
                               'Tab to move the focus from %r' % name_of(before), timeout=5)[0]
        except JourneyFailure:
            focused = focused_in(app, dialog)
    fail('Tab never reached %r (the focus is on %r)' % (name, name_of(focused)))


def wait_item_focused(app, label):
    """Wait until the item LABEL of an open combo list has the focus"""
    def focused_item():
        for a in walk(app.app):
            try:
                if role_name(a) == 'list item' and a.name == label and is_focused(a):
                    return a
            except Exception:
                pass
        return None
    wait_for(focused_item, 'the list item %r to have the focus' % label)


@journey('export-a-folder-only-done-articles')
def export_done_only(desktop):
    """A folder of four Kaynak files, two done, one in progress, one new.
    Ctrl+Shift+E opens Export a Folder…; Alt+H and the folder typed into
    the chooser; Tab to Which Articles, Return opens its list, Down twice
    to Done Only, a click takes it; Alt+O and Return takes the proposed dataset.jsonl beside the
    folder; Alt+E exports.  The summary says 2 exported and 2 skipped for
    their state, and the JSON Lines file holds the claims of the two done
    articles only."""
    folder = os.path.join(desktop.home, 'dataset')
    os.makedirs(folder)
    for article in ARTICLES:
        write_article(folder, *article)
    done = sorted(stem + '.kaynak.json' for stem, _, state, _ in ARTICLES if state == 'done')
    output = os.path.join(desktop.home, 'dataset.jsonl')

    app = Window(desktop, [])
    app.focus_window()
    app.input.key('ctrl+shift+e')
    dialog = app.toplevel(DIALOG)
    row = app.find(dialog, role='combo box', name_re='^Which Articles')
    problems = audit_names(dialog, DIALOG)
    if problems:
        fail('controls of Export a Folder without a good name:\n' + '\n'.join(problems))

    # The folder: Alt+H (C_hoose…), its path typed, Alt+S (_Select)
    app.input.key('alt+h')
    chooser = app.toplevel(FOLDER_CHOOSER)
    wait_for(lambda: app.find_now(chooser, role='push button', name='Select'),
             'the chooser\'s Select button')
    app.input.key('ctrl+l')
    app.input.type(folder + '/')
    wait_for(lambda: any(text_of(t) == folder + '/' for t in app.find_all(chooser, role='text')),
             'the folder typed into the chooser')
    app.input.key('alt+s')
    app.toplevel_gone(FOLDER_CHOOSER)

    # Which Articles: Done Only, from the keyboard
    focus_row(app, dialog, 'Which Articles')
    app.input.key('Return')
    # each press waits for the focus to move in the open list: read too
    # soon, the next press goes before the list has the keyboard
    wait_item_focused(app, 'All Articles')
    app.input.key('Down')
    wait_item_focused(app, 'Done and Reviewed')
    app.input.key('Down')
    wait_item_focused(app, 'Done Only')
    # Return on the focused item closed the list without taking it here
    # (GTK 4.8 under Xvfb; see the report): the item is taken by a click
    app.click(app.find(role='list item', name='Done Only'))
    wait_for(lambda: find(row, name='Done Only') is not None or
             any(role_name(a) == 'label' and a.name == 'Done Only' for a in children(row)) or
             'Done Only' in (row.name or ''),
             'the row Which Articles to show Done Only')

    # The output: the chooser proposes dataset.jsonl beside the folder
    app.input.key('alt+o')
    chooser = app.toplevel('Export As')
    name = app.find(chooser, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'dataset.jsonl',
             'the proposed name dataset.jsonl (it is %r)' % text_of(name))
    app.input.key('Return')
    app.toplevel_gone('Export As')

    app.input.key('alt+e')
    app.find(dialog, role='label', name='Exported 2 Articles')
    app.find(dialog, role='label', name_re='2 articles were skipped for their state')
    wait_for(lambda: os.path.exists(output), output)

    with open(output, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f if line.strip()]
    got = sorted({r.get('document_path') for r in rows})
    if got != done:
        fail('the JSON Lines file holds the claims of %r, expected only the done %r'
             % (got, done))
    if len(rows) != 3:
        fail('%d claims exported, expected 3 (two in the first done article, one in the other)'
             % len(rows))
