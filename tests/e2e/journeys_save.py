# journeys_save.py: saves written off the main thread: Ctrl+S and quitting
# at once keeps the work, and a save that fails says so in the window.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil

from kaynak_e2e import (Window, children, claims_by_quote, fail, is_visible,
                        journey, load_json, log, sample_in_home, wait_for)

QUOTE = 'üç binden fazla asker'


def tag(app, words, key):
    app.select_words(words)
    app.input.key(key)
    app.wait_tag_popover_closed()


def temp_files(folder):
    """What an interrupted atomic write would leave: .~NAME.XXXXXX"""
    return [n for n in os.listdir(folder) if n.startswith('.~')]


@journey('ctrl-s-then-quit-at-once-keeps-the-claim')
def save_then_quit(desktop):
    """Tag a claim, Ctrl+S and Ctrl+Q straight after: the save is written
    on a worker, and quitting waits for it instead of asking about unsaved
    work or leaving a half file; the saved file has the claim."""
    path = sample_in_home(desktop)
    before = load_json(path)
    app = Window(desktop, [path])
    tag(app, QUOTE, '4')
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % QUOTE])
    wait_for(lambda: (app.header_title() or ('',))[0].startswith('•'),
             'the title to show the unsaved mark')
    app.input.key('ctrl+s')
    app.input.key('ctrl+q')
    status = app.wait_exit()
    if status != 0:
        fail('kaynak exited with %d after Ctrl+S, Ctrl+Q' % status)

    data = load_json(path)
    claims = claims_by_quote(data)
    if claims.get(QUOTE, (None,))[0] != 'Kremlin':
        fail('the saved file has %r for “%s”' % (claims.get(QUOTE), QUOTE))
    if len(data['claims']) != len(before['claims']) + 1:
        fail('the saved file has %d claims, not %d'
             % (len(data['claims']), len(before['claims']) + 1))
    leftovers = temp_files(os.path.dirname(path))
    if leftovers:
        fail('temporary files left beside the file: %r' % leftovers)


@journey('a-save-that-fails-says-so')
def save_fails(desktop):
    """The document's folder disappears (a USB stick pulled, a share gone);
    Ctrl+S, written on a worker, fails: the window says so in the usual
    dialog, and the work stays marked unsaved."""
    path = sample_in_home(desktop, folder='stick')
    app = Window(desktop, [path])
    tag(app, QUOTE, '4')
    app.wait_claim_rows(['“%s”, Kremlin, Unverified' % QUOTE])
    wait_for(lambda: (app.header_title() or ('',))[0].startswith('•'),
             'the title to show the unsaved mark')
    shutil.rmtree(os.path.dirname(path))
    log('removed %s' % os.path.dirname(path))

    app.input.key('ctrl+s')

    def error_dialog():
        for c in children(app.app):
            if (c.name or '').startswith('Could Not Save') and is_visible(c):
                return c
        return None
    dialog = wait_for(error_dialog, 'the “Could Not Save” dialog')
    heading = dialog.name
    if 'seed-article.kaynak.json' not in heading:
        fail('the error dialog is titled %r' % heading)
    app.find(dialog, role='label', name_re='seed-article.kaynak.json')
    app.click(app.find(dialog, role='push button', name='Close'))
    app.toplevel_gone(heading)
    if not (app.header_title() or ('',))[0].startswith('•'):
        fail('after the failed save the title reads %r' % (app.header_title(),))
    if app.alive() is False:
        fail('kaynak is gone')
    app.kill()
