# journeys_folder.py: a folder's progress (issue 18), as a dataset builder
# works through a folder of articles: Open Folder… shows each article's
# state and "2 of 5 done", Next Unfinished (Ctrl+Alt+N) opens the next one
# that is not done, the header's state menu marks it done, the list
# follows the save, and the command line exports only the done articles
# with --state.
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os
import subprocess
import time
import uuid

import kaynak_e2e
from kaynak_e2e import (Window, audit_names, children, fail, find, journey,
                        kaynak_binary, load_json, log, role_name, sample_text,
                        wait_for)

QUOTES = ['üç binden fazla asker', 'Kremlin şimdilik sessiz']

# (file stem, title, state or None for a plain .txt article, claims)
ARTICLES = [
    ('01-ukrayna', 'Kuzey Kore askerleri', 'done', 2),
    ('02-beyaz-saray', 'Beyaz Saray doğruladı', 'in-progress', 1),
    ('03-kremlin', 'Kremlin sessiz', 'done', 1),
    ('04-nato', None, None, 0),
    ('05-ab', 'AB–NATO ortak açıklaması', 'new', 0),
]


def write_article(folder, stem, title, state, n_claims):
    """One article of the folder: a .kaynak.json as Kaynak writes it, in
    STATE with N_CLAIMS claims, or (STATE None) a plain .txt article."""
    text = sample_text()
    if state is None:
        with open(os.path.join(folder, stem + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        return
    claims = []
    for quote in QUOTES[:n_claims]:
        start = text.index(quote)           # code points: Python's str
        claims.append({
            'id': str(uuid.uuid4()), 'start': start, 'end': start + len(quote),
            'quote': quote, 'source': None, 'status': 'unverified',
            'created': '2026-12-01T10:00:00Z', 'modified': '2026-12-01T10:00:00Z'})
    data = {'format': 'kaynak', 'version': 1}
    if state != 'new':
        data['state'] = state
    data.update({
        'metadata': {'title': title},
        'article': {'sha256': hashlib.sha256(text.encode('utf-8')).hexdigest(),
                    'text': text},
        'sources': [], 'claims': claims, 'links': []})
    with open(os.path.join(folder, stem + '.kaynak.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=2)


def progress_label(app, text):
    return app.find(role='label', name=text)


def open_folder_with_dialog(app, folder):
    """Ctrl+Alt+O; type the folder's path into the chooser and take it"""
    app.input.key('ctrl+alt+o')
    dialog = app.toplevel('Open a Folder of Articles')
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(folder + '/')
    wait_for(lambda: any(kaynak_e2e.text_of(t) == folder + '/'
                         for t in app.find_all(dialog, role='text')),
             'the folder typed into the chooser')
    app.input.key('Return')
    # Return goes into the folder; "Open" takes the folder the chooser is in
    time.sleep(0.5)
    if [c for c in children(app.app) if c.name == 'Open a Folder of Articles']:
        app.click(app.find(dialog, role='push button', name='Open'))
    app.toplevel_gone('Open a Folder of Articles')


@journey('folder-progress-next-unfinished-and-export-done')
def folder_progress(desktop):
    """A dataset builder opens a folder of five articles (two done) with
    Open Folder…, reads "2 of 5 done" and each article's state in the list,
    jumps to the next unfinished one with Ctrl+Alt+N, marks it done from
    the header's state menu and saves: the list says "3 of 5 done".  The
    next Ctrl+Alt+N goes on to the plain article, and `kaynak --export
    jsonl --state done` exports only the three done articles."""
    folder = os.path.join(desktop.home, 'dataset')
    os.makedirs(folder)
    for article in ARTICLES:
        write_article(folder, *article)

    app = Window(desktop, [])
    open_folder_with_dialog(app, folder)
    progress_label(app, '2 of 5 done')
    articles = app.find(role='list', name='Articles of the Folder')
    wait_for(lambda: [c.name for c in children(articles) if role_name(c) == 'list item'] == [
        'Kuzey Kore askerleri, Done · 2 claims · 0 sources',
        'Beyaz Saray doğruladı, In Progress · 1 claim · 0 sources',
        'Kremlin sessiz, Done · 1 claim · 0 sources',
        '04-nato.txt, New',
        'AB–NATO ortak açıklaması, New'] or None,
        'the five articles with their states in the list (they are %r)'
        % [c.name for c in children(articles)])
    problems = audit_names(articles.parent.parent.parent, 'folder list')
    if problems:
        fail('controls of the folder list without a name:\n' + '\n'.join(problems))

    # The next article that is not done: the one in progress
    app.input.key('ctrl+alt+n')
    wait_for(lambda: (app.header_title() or ('',))[0] == 'Beyaz Saray doğruladı' or None,
             'Ctrl+Alt+N to open 02-beyaz-saray.kaynak.json')
    state_button = app.find(role='push button', name='Article State: In Progress')

    # Marked done from the header's menu, then saved
    app.click(state_button)
    done = wait_for(lambda: next((a for a in kaynak_e2e.walk(app.app)
                                  if a.name == 'Done' and 'menu item' in role_name(a)), None),
                    'the state menu’s Done')
    problems = audit_names(done.parent.parent, 'state menu')
    if problems:
        fail('items of the state menu without a name:\n' + '\n'.join(problems))
    app.click(done)
    app.find(role='push button', name='Article State: Done')
    saved = app.save_in_place(os.path.join(folder, '02-beyaz-saray.kaynak.json'))
    if saved.get('state') != 'done':
        fail('the saved file’s state is %r, not "done"' % saved.get('state'))
    progress_label(app, '3 of 5 done')

    # Undo takes the state back, and is saved back as such
    app.input.key('ctrl+z')
    app.find(role='push button', name='Article State: In Progress')
    app.input.key('ctrl+alt+3')
    app.find(role='push button', name='Article State: Done')

    # The next one round the list is the plain article
    app.input.key('ctrl+s')
    wait_for(lambda: not (app.header_title() or ('•',))[0].startswith('•'),
             'the title to lose its unsaved mark')
    app.input.key('ctrl+alt+n')
    wait_for(lambda: (app.header_title() or ('',))[0] in ('04-nato', '04-nato.txt') or None,
             'Ctrl+Alt+N to open 04-nato.txt')
    app.find(role='push button', name='Article State: New')

    # Only the done ones, from the command line (the new 05-ab is left
    # out; the plain 04-nato.txt has no annotation to export)
    run = subprocess.run([kaynak_binary(), '--export', 'jsonl', '--state', 'done,reviewed',
                          folder], env=desktop.env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, timeout=60)
    err = run.stderr.decode()
    if run.returncode != 0:
        fail('the export failed (%d): %s' % (run.returncode, err))
    if 'Exported 3 articles, 4 claims as jsonl' not in err or \
       '1 article skipped for its state' not in err:
        fail('the export reports %r' % err)
    lines = [json.loads(line) for line in run.stdout.decode().splitlines() if line]
    quotes = sorted(line['quote'] for line in lines)
    if quotes != sorted(['üç binden fazla asker', 'Kremlin şimdilik sessiz',
                         'üç binden fazla asker', 'üç binden fazla asker']):
        fail('the export holds %r' % quotes)
    log('exported: %s' % err.strip())
