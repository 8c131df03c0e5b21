# journeys_files.py: work that outlives the window: saving, reopening,
# a crash and its draft, the README's first steps.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import time

import kaynak_e2e

from kaynak_e2e import (Window, article_in_home, audit_names, claims_by_quote,
                        fail, is_checked, is_focused, journey, load_json, log,
                        offset_of, text_of, wait_for)

QUOTE = 'üç binden fazla asker'
OTHER = 'Kremlin şimdilik sessiz'
THIRD = 'AB ve NATO yetkilileri toplandı'


def tag(app, words, key):
    app.select_words(words)
    app.input.key(key)
    app.wait_tag_popover_closed()


def tag_with_new_source(app, words, name):
    """Tag WORDS with a source made on the spot by typing NAME into Tag
    as…: a new annotation starts with Unattributed only."""
    app.select_words(words)
    app.tag_popover()
    app.input.type(name)
    app.find(role='label', name='Enter adds “%s” as a new source' % name)
    app.input.key('Return')
    app.wait_tag_popover_closed()


@journey('save-close-and-reopen')
def save_close_reopen(desktop):
    """Ctrl+S, Enter in the save dialog, Ctrl+W; open the file again:
    every claim, source, status and the title are as left."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    app = Window(desktop, [path])
    tag(app, QUOTE, '1')
    tag_with_new_source(app, OTHER, 'Kremlin')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE,
                         '“%s”, Kremlin, Unverified' % OTHER])
    rows = app.claim_rows()
    data = app.save_in_dialog(saved)
    if app.header_title() != ('seed-article', '~/articles/seed-article.kaynak.json') and \
       app.header_title()[0] != 'seed-article':
        fail('after saving the title reads %r' % (app.header_title(),))
    app.input.key('ctrl+w')
    if app.wait_exit() != 0:
        fail('kaynak exited with %d after Ctrl+W' % app.proc.returncode)

    again = Window(desktop, [saved])
    again.wait_claim_rows(rows)
    title = again.header_title()
    if title[0] != 'seed-article' or title[0].startswith('•'):
        fail('the reopened file is titled %r' % (title,))
    # Saving again without a change writes the same bytes
    again.input.key('ctrl+s')
    time.sleep(1)
    if load_json(saved) != data:
        fail('saving the reopened file changed it')
    again.input.key('ctrl+q')
    again.wait_exit()


@journey('killed-then-restored-from-the-draft')
def killed_then_restored(desktop):
    """kill -9 once the draft holds an edit; the next start offers the work
    back; Restore brings the claim back, unsaved; Save As proposes the
    article's own folder."""
    path = article_in_home(desktop)
    app = Window(desktop, [path])
    tag(app, QUOTE, '1')
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    # The draft is written 400 ms after the edit (KAYNAK_DRAFT_DELAY_MS);
    # waiting for it rather than for three seconds, which a loaded machine
    # running the sanitizer build can outlast
    drafts = os.path.join(desktop.env['XDG_STATE_HOME'], 'kaynak', 'drafts')

    def draft_has_the_edit():
        for name in os.listdir(drafts):
            # a draft, not its temporary file before the rename
            if not name.endswith('.kaynak.json') or name.startswith('.'):
                continue
            with open(os.path.join(drafts, name), 'rb') as f:
                data = f.read()
            if QUOTE.encode() in data or \
               json.dumps(QUOTE).strip('"').encode() in data:
                return True
        return False
    wait_for(draft_has_the_edit, 'a draft holding the claim in %s' % drafts)
    app.kill()
    log('killed kaynak with SIGKILL')

    again = Window(desktop, [])
    dialog = again.toplevel('Recover Unsaved Work')
    problems = audit_names(dialog, 'recovery dialog')
    if problems:
        fail('\n'.join(problems))
    again.click(again.find(dialog, role='push button', name='Restore'))
    again.toplevel_gone('Recover Unsaved Work')
    again.wait_claim_rows(['“%s”, Unattributed, Unverified' % QUOTE])
    if not again.header_title()[0].startswith('•'):
        fail('the restored work is not marked unsaved: %r' % (again.header_title(),))
    data = again.save_in_dialog(path[:-4] + '.kaynak.json', keys=('ctrl+shift+s',))
    if claims_by_quote(data) != {QUOTE: ('Unattributed', 'unverified', '')}:
        fail('saved %r' % claims_by_quote(data))


@journey('readme-first-steps')
def readme_first_steps(desktop):
    """The README's first steps, as written: Try the Sample Article, then
    three claims with three of the sample's own sources, by mouse and
    digit, by mouse and a click in Tag as…, and from the keyboard; save (it
    proposes Documents), quit, start again on the file: everything is as
    left."""
    app = Window(desktop, [])
    app.click(app.find(role='push button', name='Try the Sample Article'))
    article = app.article()
    wait_for(lambda: article.queryText().characterCount > 2000, 'the sample article')

    tag(app, QUOTE, '1')
    app.select_words(OTHER)
    app.click(app.find(role='list item', name='Kremlin, key 4'))
    app.wait_tag_popover_closed()
    start, end = offset_of(app.article_text(), THIRD)
    app.click_at_offset(article, start)
    app.input.key(*(['shift+ctrl+Right'] * 5))
    wait_for(lambda: app.selection(article) == (start, end),
             'Shift+Ctrl+Right ×5 to select %r' % THIRD)
    app.input.key('6')
    rows = ['“%s”, Ukraine, Unverified' % QUOTE,
            '“%s”, Kremlin, Unverified' % OTHER,
            '“%s”, Unattributed, Unverified' % THIRD]
    app.wait_claim_rows(rows)

    saved = os.path.join(desktop.home, 'Documents', 'sample-article.kaynak.json')
    data = app.save_in_dialog(saved)
    want = {QUOTE: ('Ukraine', 'unverified', ''),
            OTHER: ('Kremlin', 'unverified', ''),
            THIRD: ('Unattributed', 'unverified', '')}
    if claims_by_quote(data) != want:
        fail('saved %r' % claims_by_quote(data))
    app.input.key('ctrl+q')
    if app.wait_exit() != 0:
        fail('Ctrl+Q ended with %d' % app.proc.returncode)

    again = Window(desktop, [saved])
    again.wait_claim_rows(rows)
    if again.header_title()[0].startswith('•'):
        fail('the reopened file is marked unsaved')


FILE_MANAGER = '''#!/bin/sh
# Stands in for the file manager: notes what it was asked to show
printf '%s\\n' "$@" >> "$HOME/shown.txt"
'''


def install_file_manager(desktop):
    """A file manager that only writes down the folders it is asked to
    show, as the default application for folders in the journey's HOME."""
    script = os.path.join(desktop.home, 'file-manager.sh')
    with open(script, 'w') as f:
        f.write(FILE_MANAGER)
    os.chmod(script, 0o755)
    apps = os.path.join(desktop.env['XDG_DATA_HOME'], 'applications')
    os.makedirs(apps, exist_ok=True)
    with open(os.path.join(apps, 'test-files.desktop'), 'w') as f:
        f.write('[Desktop Entry]\nType=Application\nName=Files\n'
                'Exec=%s %%u\nMimeType=inode/directory;\n' % script)
    with open(os.path.join(desktop.env['XDG_CONFIG_HOME'], 'mimeapps.list'), 'w') as f:
        f.write('[Default Applications]\ninode/directory=test-files.desktop\n')
    return os.path.join(desktop.home, 'shown.txt')


@journey('export-csv-and-show-it')
def export_csv(desktop):
    """Ctrl+E, CSV, Export…, Enter in the file dialog: the CSV holds the
    claims with their offsets; the toast's Open shows its folder in the
    file manager; the next Export dialog, after a restart, starts on CSV."""
    import csv
    shown = install_file_manager(desktop)
    path = article_in_home(desktop)
    app = Window(desktop, [path])
    tag(app, QUOTE, '1')
    tag_with_new_source(app, OTHER, 'Kremlin')

    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^CSV'))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export As')
    name = app.find(chooser, role='text', name='Name:')
    wait_for(lambda: text_of(name) == 'seed-article.csv',
             'the proposed name seed-article.csv (it is %r)' % text_of(name))
    wait_for(lambda: is_focused(name), 'the name to have the focus')
    app.input.key('Return')
    output = path[:-4] + '.csv'
    wait_for(lambda: os.path.exists(output), output)
    app.toplevel_gone('Export')
    with open(output, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    text = app.article_text()
    got = {(r['quote'], r['source_label']) for r in rows}
    if got != {(QUOTE, 'Unattributed'), (OTHER, 'Kremlin')}:
        fail('the CSV holds %r' % got)
    for r in rows:
        if text[int(r['start']):int(r['end'])] != r['quote']:
            fail('the CSV offsets %s–%s do not hold %r' % (r['start'], r['end'], r['quote']))

    toast = app.find(role='label', name='Exported to “seed-article.csv”')
    app.click(app.find(toast.parent.parent, role='push button', name='Open'))
    wait_for(lambda: os.path.exists(shown) and
             open(shown).read().split() == [os.path.dirname(path)],
             'the file manager to be asked to show %s (it was asked %r)'
             % (os.path.dirname(path),
                open(shown).read() if os.path.exists(shown) else None))

    app.input.key('ctrl+q')
    app.find(role='push button', name='Discard')
    app.click(app.find(role='push button', name='Discard'))
    app.wait_exit()
    again = Window(desktop, [path])
    tag(again, QUOTE, '1')
    again.input.key('ctrl+e')
    dialog = again.toplevel('Export')
    wait_for(lambda: any(is_checked(c) and c.name.startswith('CSV')
                         for c in again.find_all(dialog, role='check box')),
             'the Export dialog to start on CSV, the format chosen last time')


@journey('export-refuses-a-planted-link')
def export_refuses_a_link(desktop):
    """An HTML export into a folder where someone planted a symbolic link
    at the report's name: the window says which link it refused, the file
    the link points to outside the folder is untouched, and no temporary
    file is left behind."""
    path = article_in_home(desktop)
    folder = os.path.dirname(path)
    outside = os.path.join(desktop.home, 'outside.html')
    with open(outside, 'w') as f:
        f.write('not yours')
    os.symlink(outside, os.path.join(folder, 'seed-article.html'))
    before = sorted(os.listdir(folder))

    app = Window(desktop, [path])
    tag(app, QUOTE, '1')
    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^HTML'))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export Into a Folder')
    time.sleep(0.5)
    # The chooser opens on the article's folder: accept it
    app.click(app.find(chooser, role='push button', name='Export'))
    message = wait_for(lambda: [a for a in app.find_all(role='label')
                                if 'symbolic link' in (a.name or '')] or None,
                       'a message about the link')[0]
    if 'seed-article.html' not in message.name:
        fail('the message does not name the link: %r' % message.name)
    with open(outside) as f:
        if f.read() != 'not yours':
            fail('the file behind the link was written')
    if not os.path.islink(os.path.join(folder, 'seed-article.html')):
        fail('the link was replaced')
    if sorted(os.listdir(folder)) != before:
        fail('the folder changed: %r' % sorted(os.listdir(folder)))


def open_with_dialog(app, path):
    """Ctrl+O; the dialog opens on the folder of the window's document:
    type the file's name and press Enter"""
    app.input.key('ctrl+o')
    dialog = app.toplevel('Open an Article')
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(os.path.basename(path))
    wait_for(lambda: any(kaynak_e2e.text_of(t) == os.path.basename(path)
                         for t in app.find_all(dialog, role='text')),
             'the name typed into the file dialog')
    app.input.key('Return')
    wait_for(lambda: not [c for c in kaynak_e2e.children(app.app)
                          if c.name == 'Open an Article'],
             'the file dialog to close')


@journey('open-a-file-already-open-brings-its-window')
def open_already_open(desktop):
    """Ctrl+O on a file another window has open brings that window to the
    front instead of opening the file a second time (two windows, two
    drafts, one save overwriting the other)."""
    path = article_in_home(desktop)
    other = article_in_home(desktop, name='other.txt')
    saved = path[:-4] + '.kaynak.json'
    app = Window(desktop, [path])
    tag(app, QUOTE, '1')
    app.save_in_dialog(saved)
    tag(app, OTHER, '1')            # unsaved work: this window is taken

    open_with_dialog(app, other)
    second = wait_for(lambda: [f for f in app.frames() if f.name == 'other'] or None,
                      'a second window for other.txt')[0]
    first = [f for f in app.frames() if f.name.endswith('seed-article')][0]

    # From the second window (which holds nothing to lose), open the first
    # window's file
    second_wid = wait_for(lambda: [w for w in app.x_windows() if w != app.wid],
                          'the second window on X')[0]
    app.input.xdotool('windowfocus', '--sync', second_wid)
    wait_for(lambda: second.getState().contains(kaynak_e2e.pyatspi.STATE_ACTIVE),
             'the second window to be active')
    open_with_dialog(app, saved)
    wait_for(lambda: first.getState().contains(kaynak_e2e.pyatspi.STATE_ACTIVE),
             'the window that has the file to come to the front')
    frames = sorted(f.name for f in app.frames())
    if frames != ['other', '• seed-article']:
        fail('the windows are %r: the file was opened a second time' % frames)
