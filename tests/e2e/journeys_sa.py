# journeys_sa.py: Suggest Claims with the user's source library (issue
# 15): a name only the library knows is found in the article, and
# accepting the suggestion brings the library's source into the file with
# its kind and other names.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import subprocess

from kaynak_e2e import Window, fail, journey, wait_for
from journeys_suggest import suggestion_rows, wait_claims, wait_suggestions

ARTICLE = ('Kızılay’dan yapılan açıklamada bölgeye iki bin çadır gönderildiği '
           'belirtildi.\n')
LIBRARY = {
    'format': 'kaynak-scheme', 'version': 1,
    'sources': [{'id': 'turk-kizilay', 'label': 'Türk Kızılay', 'color': '#c01c28',
                 'kind': 'official-statement', 'aliases': ['Kızılay']}],
}


@journey('suggest-claims-from-the-source-library')
def suggest_from_the_library(desktop):
    """A library (XDG_DATA_HOME/kaynak/library.json) knows “Türk Kızılay”,
    also called “Kızılay”; a new annotation of an article naming
    “Kızılay’dan” has no source of that name.  Ctrl+Shift+P lists one
    suggestion “— from Türk Kızılay”; Enter accepts it; Ctrl+S saves the
    claim with the library's source, its kind and its other name."""
    library = os.path.join(desktop.env['XDG_DATA_HOME'], 'kaynak', 'library.json')
    os.makedirs(os.path.dirname(library), exist_ok=True)
    with open(library, 'w', encoding='utf-8') as f:
        json.dump(LIBRARY, f, ensure_ascii=False)
    folder = os.path.join(desktop.home, 'articles')
    os.makedirs(folder, exist_ok=True)
    txt = os.path.join(folder, 'kizilay.txt')
    path = os.path.join(folder, 'kizilay.kaynak.json')
    with open(txt, 'w', encoding='utf-8') as f:
        f.write(ARTICLE)
    made = subprocess.run([os.environ['KAYNAK_BINARY'], '--new', txt, '--output', path],
                          env=desktop.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=60)
    if made.returncode != 0:
        fail('kaynak --new failed: %s' % made.stderr.decode())

    app = Window(desktop, [path])
    app.article()
    app.focus_window()
    app.input.key('ctrl+shift+p')
    rows = wait_suggestions(app, 1, 'after Ctrl+Shift+P')
    if not rows[0].endswith('— from Türk Kızılay'):
        fail('the suggestion does not name the library source: %r' % rows[0])
    app.input.key('Return')
    wait_claims(app, 1)
    wait_for(lambda: suggestion_rows(app) == [], 'the accepted suggestion to leave the list')
    app.input.key('Escape')
    data = app.save_in_place(path)
    sources = {s['id']: s for s in data['sources']}
    claims = data['claims']
    if len(claims) != 1:
        fail('saved claims %r' % (claims,))
    source = sources.get(claims[0].get('source'))
    if source is None or source['label'] != 'Türk Kızılay' or \
       source['kind'] != 'official-statement' or 'Kızılay' not in source.get('aliases', []):
        fail('the claim\'s source is %r, not the library\'s' % (source,))
    app.input.key('ctrl+q')
    app.wait_exit()
