# journeys_snap.py: articles as they come and selections as a hand makes
# them (issue 18): Ctrl+V on the empty window makes an article of the
# clipboard's text, saved under a name from its first line; a careless
# drag selects whole words, and Alt keeps the exact characters.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import time

from kaynak_e2e import (Window, article_in_home, claims_by_quote, fail,
                        journey, load_json, offset_of, wait_for)

PASTED = ("ABD: Kuzey Kore askerleri Rusya'da\n"
          "\n"
          "Beyaz Saray, Kuzey Kore'nin Rusya'ya üç binden fazla asker "
          "gönderdiğini açıkladı. Sözcü, askerlerin bu hafta içinde cepheye "
          "gideceğini ve bunun için bir plan olduğunu söyledi.\n")
PASTED_NAME = 'abd-kuzey-kore-askerleri-rusya-da.kaynak.json'

QUOTE = 'üç binden fazla asker'


def set_clipboard(desktop, text):
    """Put TEXT on the X clipboard as another program would: xclip stays
    in the background and hands it out until the display goes"""
    if shutil.which('xclip') is None:
        fail('xclip is not installed (bash build-aux/setup-deps.sh installs it)')
    subprocess.run(['xclip', '-selection', 'clipboard', '-i'],
                   input=text.encode('utf-8'), env=desktop.env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, timeout=30)

    def served():
        out = subprocess.run(['xclip', '-selection', 'clipboard', '-o'],
                             env=desktop.env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=30)
        return out.stdout.decode('utf-8', 'replace') == text
    wait_for(served, 'xclip to hold the text')


@journey('paste-an-article-on-the-empty-window')
def paste_on_empty_window(desktop):
    """Ctrl+V on the empty window with nothing on the clipboard says so;
    with an article's text copied, Ctrl+V shows it as a new, unsaved
    article; Ctrl+S asks where, proposing a name made from its first
    line, and the file holds the text as copied, detected as Turkish."""
    app = Window(desktop, [])
    app.find(role='push button', name='New From Clipboard')

    app.input.key('ctrl+v')
    app.find(role='label', name='The clipboard is empty')

    set_clipboard(desktop, PASTED)
    app.focus_window()
    app.input.key('ctrl+v')
    wait_for(lambda: app.find_now(role='text', name='Article') is not None,
             'the article to be shown')
    wait_for(lambda: app.article_text() == PASTED, 'the pasted text in the article')
    wait_for(lambda: (app.header_title() or ('',))[0].startswith('•'),
             'the window to say the article is unsaved (%r)' % (app.header_title(),))

    # Ctrl+V in the article changes nothing: the article is read-only
    app.input.key('ctrl+v')
    time.sleep(0.3)
    if app.article_text() != PASTED:
        fail('Ctrl+V in the article changed it')
    if len(app.frames()) != 1:
        fail('Ctrl+V in the article opened another window')

    saved = os.path.join(desktop.home, 'Documents', PASTED_NAME)
    data = app.save_in_dialog(saved)
    if data['article']['text'] != PASTED:
        fail('the saved article is %r' % data['article']['text'][:80])
    metadata = data.get('metadata', {})
    if metadata.get('language') != 'tr':
        fail('the pasted article was not detected as Turkish: %r' % metadata)
    if metadata.get('retrieved') != time.strftime('%Y-%m-%d'):
        fail('the pasted article was retrieved %r, not today' % metadata.get('retrieved'))
    if metadata.get('title') != "ABD: Kuzey Kore askerleri Rusya'da":
        fail('the pasted article is titled %r' % metadata.get('title'))


def drag_and_tag(desktop, alt):
    """Drag from inside "üç" to inside "asker" (ALT held or not), press 1;
    returns (the selection the drag made, the quote's offsets, the saved
    claims)"""
    path = article_in_home(desktop)
    app = Window(desktop, [path])
    text_acc = app.article()
    start, end = offset_of(app.article_text(), QUOTE)
    x0, y0 = app.text_point(text_acc, start + 1)
    x1, y1 = app.text_point(text_acc, end - 1)
    time.sleep(0.5)           # no double click with the calibration's clicks
    if alt:
        app.input.xdotool('keydown', 'alt')
    try:
        app.input.drag(x0, y0, x1, y1)
    finally:
        if alt:
            app.input.xdotool('keyup', 'alt')
    wanted = (start + 1, end - 1) if alt else (start, end)
    try:
        wait_for(lambda: app.selection(text_acc) == wanted, 'the selection after the drag')
    except Exception:
        fail('the drag selected %r, wanted %r' % (app.selection(text_acc), wanted))
    app.tag_popover()
    app.input.key('1')
    quote = app.article_text()[wanted[0]:wanted[1]]
    app.wait_claim_rows(['“%s”, Unattributed, Unverified' % quote])
    app.wait_tag_popover_closed()
    saved = os.path.join(os.path.dirname(path), 'seed-article.kaynak.json')
    data = app.save_in_dialog(saved)
    return wanted, data


@journey('drag-inside-words-selects-whole-words')
def drag_selects_whole_words(desktop):
    """A careless drag from inside "üç" to inside "asker" selects
    "üç binden fazla asker" as the pointer moves, and 1 tags those whole
    words: the saved claim's range covers them."""
    (start, end), data = drag_and_tag(desktop, alt=False)
    claims = data['claims']
    if len(claims) != 1 or (claims[0]['start'], claims[0]['end']) != (start, end) \
       or claims[0]['quote'] != QUOTE:
        fail('the saved claims are %r, wanted %r at (%d, %d)' % (claims, QUOTE, start, end))


@journey('alt-drag-keeps-the-exact-characters')
def alt_drag_keeps_characters(desktop):
    """The same drag with Alt held selects exactly the characters dragged
    over, "ç binden fazla aske", and 1 tags those."""
    (start, end), data = drag_and_tag(desktop, alt=True)
    got = claims_by_quote(data)
    claims = data['claims']
    if len(claims) != 1 or (claims[0]['start'], claims[0]['end']) != (start, end) \
       or 'ç binden fazla aske' not in got:
        fail('the saved claims are %r, wanted “ç binden fazla aske” at (%d, %d)'
             % (claims, start, end))
