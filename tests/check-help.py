#!/usr/bin/env python3
# check-help.py YELP_CHECK MESON BUILD_ROOT SOURCE_ROOT: the user guide
# (data/help/) is valid Mallard, its links and figures resolve, and
# `meson install` puts it in share/help/ in English (C) and in every
# language of data/help/LINGUAS, translated.
#
# yelp-check (Debian's yelp-tools, which build-aux/setup-deps.sh
# installs) is required: without it this test fails, never skips, so CI
# cannot pass without having checked the guide.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import shutil
import subprocess
import sys
import tempfile

APP_ID = 'io.github.kaynak.Kaynak'
problems = []


def problem(message):
    problems.append(message)
    print('check-help: ' + message, file=sys.stderr)


def yelp_check(yelp, command, *paths, cwd=None):
    """Run `yelp-check COMMAND PATHS`; it prints one line per problem and,
    for validate, exits non-zero on any."""
    r = subprocess.run([yelp, command] + list(paths), cwd=cwd,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0 or r.stdout.strip():
        problem('yelp-check %s %s:\n%s' % (command, ' '.join(paths), r.stdout.strip()))


def page_title(path):
    with open(path, encoding='utf-8') as f:
        m = re.search(r'<title>\s*([^<]+?)\s*</title>', f.read())
    return m.group(1) if m else None


def main():
    yelp, meson, build_root, source_root = sys.argv[1:5]
    help_dir = os.path.join(source_root, 'data', 'help')
    if not yelp or not os.path.exists(yelp):
        print('check-help: yelp-check is not installed (Debian: yelp-tools; '
              'bash build-aux/setup-deps.sh installs it)', file=sys.stderr)
        return 1

    pages = sorted(p for p in os.listdir(os.path.join(help_dir, 'C'))
                   if p.endswith('.page'))
    with open(os.path.join(help_dir, 'LINGUAS')) as f:
        languages = [w for line in f for w in line.split('#')[0].split()]

    # The sources: valid Mallard, every xref names a page, every figure is there
    yelp_check(yelp, 'validate', 'C', cwd=help_dir)
    yelp_check(yelp, 'links', 'C', cwd=help_dir)
    yelp_check(yelp, 'media', 'C', cwd=help_dir)

    # Installed as gnome.yelp() installs it, into a folder of our own
    with tempfile.TemporaryDirectory(prefix='kaynak-help.') as destdir:
        r = subprocess.run([meson, 'install', '-C', build_root, '--no-rebuild',
                            '--quiet', '--destdir', destdir],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           env=dict(os.environ, DESTDIR=destdir))
        if r.returncode != 0:
            problem('meson install failed:\n' + r.stdout)
            return 1
        roots = [d for d, _, _ in os.walk(destdir)
                 if d.endswith(os.path.join('share', 'help'))]
        if len(roots) != 1:
            problem('no share/help/ in the installed tree (%r)' % roots)
            return 1
        installed = roots[0]
        c_dir = os.path.join(installed, 'C', APP_ID)
        for page in pages + ['figures/window.png', 'figures/tag-as.png']:
            if not os.path.isfile(os.path.join(c_dir, page)):
                problem('C/%s/%s is not installed' % (APP_ID, page))
        for lang in languages:
            lang_dir = os.path.join(installed, lang, APP_ID)
            for page in pages:
                path = os.path.join(lang_dir, page)
                if not os.path.isfile(path):
                    problem('%s/%s/%s is not installed' % (lang, APP_ID, page))
                    continue
                # translated: a title that is not the English one
                english = page_title(os.path.join(c_dir, page))
                if page != 'index.page' and page_title(path) == english:
                    problem('%s/%s is not translated (title “%s”)' % (lang, page, english))
            # the figures the pages show are there for the language too
            for figure in ('figures/window.png', 'figures/tag-as.png'):
                if not os.path.exists(os.path.join(lang_dir, figure)):
                    problem('%s/%s/%s is missing' % (lang, APP_ID, figure))
            if os.path.isdir(lang_dir):
                yelp_check(yelp, 'validate', *pages, cwd=lang_dir)

    if problems:
        return 1
    print('check-help: %d pages valid, installed in C and %s'
          % (len(pages), ', '.join(languages)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
