#!/usr/bin/env python3
# validate-metainfo.py APPSTREAMCLI METAINFO SOURCE_ROOT: the AppStream
# metadata as Flathub and GNOME Software read it.
#
# 1. `appstreamcli validate --pedantic --no-net` reports nothing but the
#    issues in ALLOWED, each of which cannot be fixed (the README,
#    "AppStream", says why).  appstreamcli's own exit status passes
#    pedantic hints and infos, so its report is read instead.
# 2. What Flathub asks for and the validator of Debian 12 (0.16) does not
#    check: a <developer id>, the homepage, bugtracker, vcs-browser,
#    translate and help URLs, a caption on every screenshot, a
#    description on every release, a content rating.
# 3. Every screenshot URL is a file committed under data/screenshots/ on
#    the main branch, whose size is the one declared.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

# (tag, hint): issues that cannot be fixed here
ALLOWED = {
    # The id's last part is the app's name in CamelCase, as GNOME's apps
    # and the reverse-DNS convention have it; it is also the GSettings
    # schema, the D-Bus name and the desktop file's name, so renaming it
    # would lose every user's settings.  Flathub accepts it.
    ('cid-contains-uppercase-letter', 'io.github.kaynak.Kaynak'),
    # AppStream 0.16 (Debian 12) does not know <developer>, which
    # AppStream 1.0 and Flathub require; <developer_name> is there too
    ('unknown-tag', 'developer'),
    # ... and AppStream 1.0 calls <developer_name> deprecated
    ('developer-name-tag-deprecated', None),
}

URL_BASE = 'https://raw.githubusercontent.com/kaynak/kaynak/main/'
REQUIRED_URLS = ('homepage', 'bugtracker', 'vcs-browser', 'translate', 'help')

problems = []


def problem(message):
    problems.append(message)
    print('validate-metainfo: ' + message, file=sys.stderr)


def issues(report):
    """(tag, severity, hint) of each issue in appstreamcli's YAML report."""
    found, current = [], None
    for line in report.splitlines():
        stripped = line.strip()
        if stripped.startswith('- tag: '):
            current = {'tag': stripped[len('- tag: '):]}
            found.append(current)
        elif current is not None and ':' in stripped and line.startswith('  '):
            key, _, value = stripped.partition(': ')
            if key in ('severity', 'hint') and key not in current:
                current[key] = value
    return [(i['tag'], i.get('severity'), i.get('hint')) for i in found]


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if head[:8] != b'\x89PNG\r\n\x1a\n':
        return None
    return struct.unpack('>II', head[16:24])


def main():
    appstreamcli, metainfo, source_root = sys.argv[1:4]
    if not os.path.exists(appstreamcli):
        print('validate-metainfo: appstreamcli is not installed (Debian: appstream; '
              'bash build-aux/setup-deps.sh installs it)', file=sys.stderr)
        return 1
    r = subprocess.run([appstreamcli, 'validate', '--pedantic', '--no-net',
                        '--format', 'yaml', metainfo],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(r.stdout)
    if 'Passed: yes' not in r.stdout and r.returncode != 0:
        problem('appstreamcli validate failed')
    for tag, severity, hint in issues(r.stdout):
        if (tag, hint) not in ALLOWED and (tag, None) not in ALLOWED:
            problem('%s: %s (%s)' % (severity, tag, hint))

    root = ET.parse(metainfo).getroot()
    developer = root.find('developer')
    if developer is None or not developer.get('id') or developer.findtext('name', '').strip() == '':
        problem('no <developer id=…> with a <name>')
    urls = {u.get('type'): (u.text or '').strip() for u in root.findall('url')}
    for kind in REQUIRED_URLS:
        if not urls.get(kind, '').startswith('https://'):
            problem('no https <url type="%s">' % kind)
    if root.find('content_rating') is None:
        problem('no <content_rating>')
    releases = root.findall('releases/release')
    if not releases:
        problem('no <release>')
    for release in releases:
        if release.find('description') is None:
            problem('release %s has no description' % release.get('version'))

    shots = root.findall('screenshots/screenshot')
    if not shots:
        problem('no screenshots')
    if sum(1 for s in shots if s.get('type') == 'default') != 1:
        problem('not exactly one default screenshot')
    for shot in shots:
        if not (shot.findtext('caption') or '').strip():
            problem('a screenshot without a caption')
        for image in shot.findall('image'):
            url = (image.text or '').strip()
            if not url.startswith(URL_BASE + 'data/screenshots/'):
                problem('%s is not a file of data/screenshots/ on the main branch' % url)
                continue
            path = os.path.join(source_root, url[len(URL_BASE):])
            if not os.path.isfile(path):
                problem('%s: %s is not in the repository' % (url, path))
                continue
            size = png_size(path)
            declared = (int(image.get('width', 0)), int(image.get('height', 0)))
            if size != declared:
                problem('%s is %r, declared %r' % (path, size, declared))

    if problems:
        return 1
    print('validate-metainfo: pedantic-clean but for %d known issue(s); '
          '%d screenshots, %d releases' % (len(issues(r.stdout)), len(shots), len(releases)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
