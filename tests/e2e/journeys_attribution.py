# journeys_attribution.py: attribution corpora (brat events tying Content,
# Source and Cue spans, as PolNeAR and PARC 3.0 are distributed) in through
# Import a brat Folder… and out through the Export dialog's attribution
# style, on the corpus of tests/data/brat-attribution (text/ and
# attributions/, two annotators).
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import time

import kaynak_e2e
import pyatspi

from kaynak_e2e import Window, audit_names, fail, journey, wait_for

REPORT = ('Imported 3 documents: 8 attributions as claims, 6 sources, 8 cues; '
          '10 spans of other kinds not imported')
# the first event of a_ef2d.ann: its Content, named by its Source, with the
# status the Content span has
ENDORSEMENT = '“Hillary Clinton for president”, The Washington Post, Supported'


def corpus_in_home(desktop):
    """The test corpus copied into the journey's HOME; its folder."""
    source = os.path.join(os.environ.get('KAYNAK_SOURCE_ROOT', ''),
                          'tests', 'data', 'brat-attribution')
    if not os.path.isdir(os.path.join(source, 'attributions')):
        fail('the test corpus is not at %s' % source)
    path = os.path.join(desktop.home, 'corpus')
    shutil.copytree(source, path)
    return path


def type_location(app, dialog, path, button):
    """Ctrl+L in the file dialog DIALOG (once its BUTTON is there) and type
    PATH into its location."""
    wait_for(lambda: app.find_now(dialog, role='push button', name=button),
             'the dialog\'s %s button' % button)
    time.sleep(0.5)
    app.input.key('ctrl+l')
    app.input.type(path)
    wait_for(lambda: any(kaynak_e2e.text_of(t) == path
                         for t in app.find_all(dialog, role='text')),
             'the path typed into the dialog')


def is_line_break(c):
    return c in '\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029'


def attributions(ann_path, txt_path):
    """Every event of a .ann with a Content, as (content, source, cue),
    each the characters its spans cover, line breaks left out (however
    they were cut at line breaks), as sorted tuples of ranges."""
    with open(txt_path, encoding='utf-8', newline='') as f:
        text = f.read()
    spans, events = {}, []
    with open(ann_path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    for line in lines:
        if line.startswith('T'):
            tid, middle = line.split('\t')[:2]
            spans[tid] = [tuple(map(int, frag.split()))
                          for frag in middle.split(' ', 1)[1].split(';')]

    def chars(args, role):
        covered = set()
        for arg in args:
            name, _, tid = arg.partition(':')
            if name.rstrip('0123456789').lower() == role:
                for s, e in spans[tid]:
                    covered.update(k for k in range(s, e) if not is_line_break(text[k]))
        return tuple(sorted(covered))
    for line in lines:
        if line.startswith('E'):
            args = line.split('\t')[1].split()[1:]
            content = chars(args, 'content')
            if content:
                events.append((content, chars(args, 'source'), chars(args, 'cue')))
    return sorted(events)


@journey('import-an-attribution-corpus-folder')
def import_corpus(desktop):
    """Import a brat Folder… (Ctrl+Shift+I) on a corpus laid out as
    distributed (text/NAME.txt, attributions/NAME_<annotator>.ann): the
    report says what its events became and what was left out; each
    annotator's file opens as its own document, and the first attribution
    is a claim from The Washington Post, as its Source span names it; the
    source library is left alone."""
    corpus = corpus_in_home(desktop)
    app = Window(desktop, [])
    app.input.key('ctrl+shift+i')
    dialog = app.toplevel('Import a brat Folder')
    type_location(app, dialog, corpus, 'Import')
    app.click(app.find(dialog, role='push button', name='Import'))
    app.toplevel_gone('Import a brat Folder')

    report = app.toplevel('Attribution Corpus Imported')
    app.find(report, role='label', name=REPORT)
    problems = audit_names(report, 'the import report')
    if problems:
        fail('controls without a good name: %s' % '; '.join(problems))
    app.click(app.find(report, role='push button', name='Close'))
    app.toplevel_gone('Attribution Corpus Imported')

    app.find(role='list item', name=ENDORSEMENT)
    if len(app.claim_rows()) != 5:
        fail('a_ef2d.ann has five attributions; the list shows %r' % app.claim_rows())
    wait_for(lambda: any('a_ef2d' in label for label in (app.header_title() or ())),
             'the window to be named after a_ef2d.ann (it shows %r)' % (app.header_title(),))
    # one window per annotator's file
    wait_for(lambda: len(app.frames()) >= 3,
             'a window for each of the three .ann files (there are %d)' % len(app.frames()))
    # the corpus's sources stay in its documents, out of the source library
    library = os.path.join(desktop.env['XDG_DATA_HOME'], 'kaynak', 'library.json')
    if os.path.exists(library):
        with open(library, encoding='utf-8') as f:
            if 'Washington' in f.read():
                fail('the import put the corpus\'s sources into the source library')


@journey('export-in-the-attribution-style')
def export_attribution(desktop):
    """A document imported from the corpus, Ctrl+E, brat, the Attribution
    corpus style switched on, Export… into a folder: the .ann there holds
    the same Content, Source and Cue ranges per event as the corpus's, and
    annotation.conf declares the Attribution event."""
    corpus = corpus_in_home(desktop)
    out = os.path.join(desktop.home, 'out')
    os.makedirs(out)
    subprocess.run([kaynak_e2e.kaynak_binary(), '--import', 'brat',
                    os.path.join(corpus, 'attributions', 'a_ef2d.ann')],
                   env=desktop.env, check=True, capture_output=True)
    saved = os.path.join(corpus, 'attributions', 'a_ef2d.kaynak.json')
    app = Window(desktop, [saved])
    app.find(role='list item', name=ENDORSEMENT)

    app.input.key('ctrl+e')
    dialog = app.toplevel('Export')
    app.click(app.find(dialog, role='list item', name_re='^brat'))
    # below the formats: scrolled to, as a person does
    switch = wait_for(lambda: [a for a in kaynak_e2e.find_all(dialog, showing_only=False,
                                                              name='Attribution corpus style')
                               if kaynak_e2e.role_name(a) in ('switch', 'toggle button',
                                                               'check box')] or None,
                      'the Attribution corpus style switch')[0]
    app.scroll_into_view(switch, dialog)
    app.click(switch)
    wait_for(lambda: kaynak_e2e.is_checked(switch) or
             kaynak_e2e.states(switch).contains(pyatspi.STATE_PRESSED),
             'the switch to be on')
    problems = audit_names(dialog, 'the Export dialog')
    if problems:
        fail('controls without a good name: %s' % '; '.join(problems))
    app.click(app.find(dialog, role='push button', name_re='^Export'))
    chooser = app.toplevel('Export Into a Folder')
    type_location(app, chooser, out, 'Export')
    app.input.key('Return')
    ann = os.path.join(out, 'a_ef2d.ann')
    conf = os.path.join(out, 'annotation.conf')
    wait_for(lambda: os.path.exists(ann) and os.path.exists(conf),
             'a_ef2d.ann and annotation.conf in %s (it has %r)' % (out, os.listdir(out)))

    got = attributions(ann, os.path.join(out, 'a_ef2d.txt'))
    want = attributions(os.path.join(corpus, 'attributions', 'a_ef2d.ann'),
                        os.path.join(corpus, 'text', 'a.txt'))
    if got != want:
        fail('the exported attributions differ from the corpus\'s:\n%r\n%r' % (got, want))
    with open(conf, encoding='utf-8') as f:
        if 'Attribution\tContent:Content, Source?:Source, Cue?:Cue' not in f.read():
            fail('annotation.conf does not declare the Attribution event')
