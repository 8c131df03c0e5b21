# journeys_faith.py: files that keep faith: what Kaynak does not know in a
# file survives a save, and JSON that RFC 8259 refuses is refused with
# where it goes wrong.
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os
import re

from kaynak_e2e import (Window, article_in_home, audit_names, fail, journey,
                        load_json, log, offset_of, sample_text)

QUOTE = 'üç binden fazla asker'
OTHER = 'Kremlin şimdilik sessiz'

# Members no Kaynak knows, at every level, with values json-glib would
# write otherwise (0.10, 1.50, 1e5, "\u00e7"): each must come back as
# written, in the object it was in, after the members Kaynak knows
UNKNOWN = {
    'metadata': ('x-meta', '0.10'),
    'article': ('x-article', '{"checked": true}'),
    'source': ('x-source', '"wire service"'),
    'claim': ('x-claim', '{"score": 1.50, "by": "\\u00e7ete"}'),
    'link': ('x-link', '1e5'),
    'top': ('x-top', '[1, 2.0]'),
}


def member(level):
    name, value = UNKNOWN[level]
    return '"%s": %s' % (name, value)


def file_with_unknown_members(text):
    """A Kaynak file of TEXT with a source, two claims, a link and a member
    Kaynak does not know at every level, as another tool might write it."""
    def claim(cid, words):
        start, end = offset_of(text, words)
        return {'id': cid, 'start': start, 'end': end, 'quote': words,
                'prefix': '', 'suffix': '', 'source': 'kremlin',
                'status': 'unverified', 'note': '', 'cues': [], 'author': '',
                'created': '2026-11-29T09:12:44Z', 'modified': '2026-11-29T09:12:44Z'}
    doc = {
        'format': 'kaynak', 'version': 1,
        'metadata': {'title': 'Faith', 'url': '', 'outlet': '', 'published': '',
                     'language': 'tr', 'notes': ''},
        'article': {'sha256': hashlib.sha256(text.encode()).hexdigest(), 'text': text},
        'sources': [{'id': 'kremlin', 'label': 'Kremlin', 'color': '#1c71d8',
                     'shortcut': 1, 'kind': 'official-statement', 'aliases': [],
                     'description': ''}],
        'claims': [claim('c-other', OTHER), claim('c-third', 'AB ve NATO yetkilileri')],
        'links': [{'id': 'l1', 'type': 'confirms', 'from': 'c-third', 'to': 'c-other'}],
    }
    s = json.dumps(doc, ensure_ascii=False, indent=2)
    # the raw members, spliced in after each object's last known member
    s = s.replace('"notes": ""', '"notes": "", ' + member('metadata'), 1)
    s = s.replace('"text": ' + json.dumps(text, ensure_ascii=False),
                  '"text": %s, %s' % (json.dumps(text, ensure_ascii=False), member('article')), 1)
    s = s.replace('"description": ""', '"description": "", ' + member('source'), 1)
    s = s.replace('"id": "c-other",', '"id": "c-other", %s,' % member('claim'), 1)
    s = s.replace('"to": "c-other"', '"to": "c-other", ' + member('link'), 1)
    s = s[:s.rindex('}')] + ', ' + member('top') + '\n}\n'
    json.loads(s)   # still JSON
    return s


@journey('unknown-members-survive-a-save')
def unknown_members_survive(desktop):
    """A file with members this Kaynak does not know at every level: open
    it, tag a claim, Ctrl+S; every one of them is still in the file, with
    its value as written, in the object it was in; the new claim has none."""
    path = article_in_home(desktop)
    saved = path[:-4] + '.kaynak.json'
    with open(saved, 'w', encoding='utf-8') as f:
        f.write(file_with_unknown_members(sample_text()))

    app = Window(desktop, [saved])
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % OTHER,
                         '“AB ve NATO yetkilileri”, Kremlin, Unverified'])
    app.select_words(QUOTE)
    app.input.key('1')
    app.wait_tag_popover_closed()
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % QUOTE,
                         '“%s”, Kremlin, Unverified' % OTHER,
                         '“AB ve NATO yetkilileri”, Kremlin, Unverified'])
    data = app.save_in_place(saved)

    with open(saved, encoding='utf-8') as f:
        raw = f.read()
    log('saved:\n' + raw[:400] + ' … ' + raw[-400:])
    # byte for byte, as the values were written
    for level, (name, value) in UNKNOWN.items():
        if '"%s" : %s' % (name, value) not in raw:
            fail('the %s member %s is not in the saved file as %s' % (level, name, value))
    # where they were
    if list(data['metadata'])[-1] != 'x-meta' or list(data['article'])[-1] != 'x-article':
        fail('metadata or article lost its member: %r %r' % (list(data['metadata']),
                                                             list(data['article'])))
    if list(data['sources'][0])[-1] != 'x-source':
        fail('the source lost its member: %r' % list(data['sources'][0]))
    if list(data['links'][0])[-1] != 'x-link':
        fail('the link lost its member: %r' % list(data['links'][0]))
    if list(data)[-1] != 'x-top':
        fail('the file lost its top member: %r' % list(data))
    claims = {c['quote']: c for c in data['claims']}
    if set(claims) != {QUOTE, OTHER, 'AB ve NATO yetkilileri'}:
        fail('the claims saved are %r' % sorted(claims))
    if claims[OTHER].get('x-claim') != {'score': 1.5, 'by': 'çete'}:
        fail('the claim lost its member: %r' % claims[OTHER])
    if [c for c in (QUOTE, 'AB ve NATO yetkilileri') if 'x-claim' in claims[c]]:
        fail('another claim got the member')
    app.input.key('ctrl+q')
    app.wait_exit()


@journey('a-comment-in-a-file-is-refused-with-its-line-and-column')
def comment_refused(desktop):
    """A Kaynak file someone edited by hand, with a comment in it: JSON has
    none, so opening it says so, with the line and column, and opens
    nothing."""
    path = article_in_home(desktop)
    broken = path[:-4] + '.kaynak.json'
    lines = file_with_unknown_members(sample_text()).split('\n')
    lines.insert(2, '  // checked by hand')
    with open(broken, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))

    app = Window(desktop, [broken])
    dialog = app.toplevel('Could Not Open “%s”' % os.path.basename(broken))
    label = app.find(dialog, role='label',
                     name_re=re.escape('The file is not valid JSON: line 3, column 3: '
                                       'JSON has no comments'))
    log('the window says: %s' % label.name)
    problems = audit_names(dialog, 'the error dialog')
    if problems:
        fail('\n'.join(problems))
    app.click(app.find(dialog, role='push button', name='Close'))
    app.toplevel_gone('Could Not Open “%s”' % os.path.basename(broken))
    if app.claim_rows():
        fail('claims were opened from the refused file: %r' % app.claim_rows())
    app.input.key('ctrl+q')
    app.wait_exit()
