# journeys_stats.py: pictures of the sourcing: the statistics window (who
# is quoted how much, copied as CSV) and the sourcing map beside the
# article.  The sources are made here by typing their names into Tag as…,
# so the journeys do not depend on which sources a new document starts
# with.
# SPDX-License-Identifier: GPL-3.0-or-later
import re
import shutil
import subprocess

import kaynak_e2e
from kaynak_e2e import (Window, article_in_home, audit_names, fail,
                        is_selected, journey, log, wait_for)

CONFIRMS = 'Bunu ABD de doğrulamıştı'
QUOTE = 'üç binden fazla asker'
KREMLIN = 'Kremlin şimdilik sessiz'
LAST = 'ortak bir strateji geliştirebilir'


def tag_with_name(app, words, name, new):
    """Select WORDS with the mouse and tag them with the source NAME,
    typed into Tag as…: made there when NEW, picked when it exists."""
    app.select_words(words)
    app.tag_popover()
    app.input.type(name)
    if new:
        app.find(role='label', name='Enter adds “%s” as a new source' % name)
    else:
        app.find(role='label', name='Enter tags with “%s”' % name)
    app.input.key('Return')
    app.wait_tag_popover_closed()


def share(chars, length):
    """As the window writes a share: one decimal (C locale in the tests)."""
    return '%.1f' % (100.0 * chars / length)


def bar_counts(description):
    """{label: claims} from the chart's description, "A: 2 claims. B: 1
    claim." (the labels here have no ": ")."""
    return {m.group(1): int(m.group(2))
            for m in re.finditer(r'(?:^| )([^:]+): (\d+) claims?\.', description)}


@journey('see-who-is-quoted-how-much')
def see_who_is_quoted(desktop):
    """Tag three claims of two new sources, open Statistics with
    Ctrl+Shift+T and read who is quoted how much as a screen reader does
    (the chart's description, the share rows); Copy as CSV puts the same
    numbers on the clipboard; a new claim updates the open window."""
    if shutil.which('xclip') is None:
        fail('xclip is not installed (bash build-aux/setup-deps.sh installs it)')
    path = article_in_home(desktop)
    app = Window(desktop, [path])
    text = app.article_text()
    tag_with_name(app, CONFIRMS, 'Beyaz Saray', True)
    tag_with_name(app, QUOTE, 'Beyaz Saray', False)
    tag_with_name(app, KREMLIN, 'Kremlin', True)
    app.wait_claim_rows(['“%s”, Beyaz Saray, Unverified' % CONFIRMS,
                         '“%s”, Beyaz Saray, Unverified' % QUOTE,
                         '“%s”, Kremlin, Unverified' % KREMLIN])

    app.input.key('ctrl+shift+t')
    stats = app.toplevel('Statistics')
    chart = app.find(stats, role='image')
    # a new window: every control in it has a name (as every-control-has-a-name
    # checks the others)
    app.find(stats, role='push button', name='Copy as CSV')
    problems = audit_names(stats, 'Statistics')
    if problems:
        fail('controls without a proper name:\n' + '\n'.join(problems))
    counts = bar_counts(chart.description)
    if counts.get('Beyaz Saray') != 2 or counts.get('Kremlin') != 1 \
       or sum(counts.values()) != 3:
        fail('the chart says %r' % chart.description)
    # The characters each source covers: "Bunu ABD de doğrulamıştı" and
    # the quote, apart, are Beyaz Saray's
    white_house = len(CONFIRMS) + len(QUOTE)
    for label, chars in (('Beyaz Saray', white_house), ('Kremlin', len(KREMLIN))):
        app.find(stats, role='list item',
                 name='%s: %d characters, %s %% of the article'
                 % (label, chars, share(chars, len(text))))
    app.find(stats, role='list item', name='Unverified: 3 claims')
    app.find(stats, role='label',
             name_re=r'^3 claims\. %s %% of the article is attributed'
             % re.escape(share(white_house + len(KREMLIN), len(text))))

    app.click(app.find(stats, role='push button', name='Copy as CSV'))
    app.find(stats, name='Copied as CSV')

    def clipboard():
        out = subprocess.run(['xclip', '-o', '-selection', 'clipboard'],
                             env=desktop.env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=10)
        return out.stdout.decode('utf-8') if out.returncode == 0 else ''
    csv = wait_for(lambda: clipboard() or None, 'the CSV on the clipboard')
    lines = csv.split('\r\n')
    log('clipboard: %r' % lines[:3])
    if lines[0] != 'section,id,label,kind,claims,orphaned,characters,share_percent':
        fail('the clipboard starts %r' % lines[0])
    for label, claims, chars in (('Beyaz Saray', 2, white_house),
                                 ('Kremlin', 1, len(KREMLIN))):
        want = re.compile(r'^source,[^,]+,%s,[a-z-]+,%d,0,%d,%s$'
                          % (re.escape(label), claims, chars,
                             re.escape(share(chars, len(text)))))
        if not any(want.match(line) for line in lines):
            fail('no CSV row for %s with %d claims and %d characters in %r'
                 % (label, claims, chars, lines))
    if 'total,article,Article,,3,0,%d,100.0' % len(text) not in lines:
        fail('no total row for 3 claims of %d characters in %r' % (len(text), lines))
    # no verdict scale: the five statuses, as the window shows them
    if 'status,unverified,Unverified,,3,,,' not in lines \
       or any(line.startswith('verdict,') for line in lines):
        fail('no status row for 3 unverified claims (or a verdict row) in %r' % lines)

    # Live: a claim tagged in the main window while Statistics is open
    # beside it (no window manager places it: it is moved off the article)
    # waited for: the tree shows the window before X has mapped it
    app.input.xdotool('windowmove', '--sync', app.x_window_named('Statistics'), 1000, 0)
    app.focus_window()
    tag_with_name(app, 'AB ve NATO yetkilileri toplandı', 'Kremlin', False)
    wait_for(lambda: bar_counts(chart.description).get('Kremlin') == 2,
             'the chart to count the new claim (it says %r)' % chart.description)


def map_marks(app, strip):
    """The marks the sourcing map draws, top to bottom, as the screen
    centres of runs of coloured pixels down the middle of the strip."""
    ext = strip.queryComponent().getExtents(kaynak_e2e.pyatspi.WINDOW_COORDS)
    x, y = app.to_screen(strip, ext.x + ext.width / 2, ext.y)
    out = subprocess.run(['import', '-display', app.desktop.display, '-window', 'root',
                          '-crop', '1x%d+%d+%d' % (ext.height, int(x), int(y)), 'txt:-'],
                         env=app.desktop.env, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, timeout=30).stdout.decode()
    coloured = []
    for line in out.splitlines():
        m = re.match(r'0,(\d+): \((\d+),(\d+),(\d+)', line)
        if m:
            rgb = [int(v) for v in m.group(2, 3, 4)]
            if max(rgb) - min(rgb) > 40:        # a source's colour, not the grey track
                coloured.append(int(m.group(1)))
    runs = []
    for row in coloured:
        if runs and row <= runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    return [(x, y + (a + b) / 2) for a, b in runs]


@journey('click-the-sourcing-map-to-jump-to-a-claim')
def click_the_map(desktop):
    """The strip beside the article shows a mark for each claim, at its
    place in the article; clicking the mark of a claim far below selects
    it and scrolls the article to it, and Alt+Up goes on from there."""
    path = article_in_home(desktop)
    app = Window(desktop, [path], size=(1000, 420))
    article = app.article()
    text = app.article_text()
    tag_with_name(app, CONFIRMS, 'Ukrayna', True)
    last = text.index(LAST)
    app.scroll_text_to(article, last)
    tag_with_name(app, LAST, 'Beyaz Saray', True)
    app.wait_claim_rows(['“%s”, Ukrayna, Unverified' % CONFIRMS,
                         '“%s”, Beyaz Saray, Unverified' % LAST])
    # back to the top: the last claim is out of sight
    app.scroll_text_to(article, 0)
    top = app.geometry()[1]
    wait_for(lambda: app.char_box(article, last)[1] > top + 420,
             'the last claim to be scrolled out of sight')

    strip = app.find(role='image', name='Sourcing map, 2 claims')
    if 'Alt+Down' not in strip.description:
        fail('the map does not tell keyboard users the way: %r' % strip.description)
    marks = wait_for(lambda: (lambda m: m if len(m) == 2 else None)(map_marks(app, strip)),
                     'two marks on the sourcing map')
    log('marks at %r' % marks)
    app.input.click(*marks[1])
    wait_for(lambda: is_selected(app.claim_row(LAST)),
             'a click on the lower mark to select the last claim')
    wait_for(lambda: article.queryText().caretOffset == last,
             'the caret to go to the last claim')
    wait_for(lambda: top < app.char_box(article, last)[1] < top + 420,
             'the article to scroll to the last claim')
    # keyboard users reach the same claims: Alt+Up goes on from there
    app.input.key('alt+Up')
    wait_for(lambda: is_selected(app.claim_row(CONFIRMS)),
             'Alt+Up to select the first claim')
    # and the upper mark, where the strip shows it, selects it again
    app.input.key('alt+Down')
    wait_for(lambda: is_selected(app.claim_row(LAST)), 'Alt+Down back to the last claim')
    app.input.click(*marks[0])
    wait_for(lambda: is_selected(app.claim_row(CONFIRMS)),
             'a click on the upper mark to select the first claim')
