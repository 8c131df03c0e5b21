#!/usr/bin/env python3
# flatpak-manifests.py: checks Kaynak's Flatpak manifests without
# flatpak-builder (which needs the network to fetch the runtime).
#
#   flatpak-manifests.py --app-id ID --version V --metainfo FILE \
#                        --dev MANIFEST --release MANIFEST
#
# Each manifest must have the keys flatpak-builder needs (id, runtime,
# runtime-version, sdk, command, modules with sources), the same runtime,
# and exactly the finish-args the README promises: ipc, wayland,
# fallback-x11 and dri.  Nothing in it may grant a filesystem or the
# network, neither to the app nor to its build.  The development manifest
# builds the working tree (a "dir" source); the release one builds the tag
# of this version from the repository the metainfo names.  --dev and
# --release may be given alone, for tests that show a bad manifest fails.
# With --flatpak-builder, flatpak-builder's own parser reads each manifest
# too (--show-manifest, which needs no network): it must warn about
# nothing and keep every source.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ALLOWED_FINISH_ARGS = {'--share=ipc', '--socket=wayland',
                       '--socket=fallback-x11', '--device=dri'}
RUNTIME = 'org.gnome.Platform'
SDK = 'org.gnome.Sdk'
COMMAND = 'kaynak'

problems = []


def problem(where, message):
    problems.append('%s: %s' % (where, message))


def strings_in(value):
    """Every string anywhere in a JSON value (with the path to it)."""
    if isinstance(value, str):
        yield '', value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            for path, s in strings_in(item):
                yield '[%d]%s' % (i, path), s
    elif isinstance(value, dict):
        for key, item in value.items():
            for path, s in strings_in(item):
                yield '.%s%s' % (key, path), s


def grants_access(arg):
    """A sandbox permission to the host's files or to the network."""
    return (arg.startswith('--filesystem') or arg == '--share=network' or
            arg.startswith('--persist') or arg.startswith('--socket=system-bus') or
            arg.startswith('--socket=session-bus') or arg == '--device=all')


def check_common(where, manifest, app_id):
    if not isinstance(manifest, dict):
        problem(where, 'the manifest is not a JSON object')
        return
    # flatpak-builder takes "app-id" as an older name for "id"
    if manifest.get('id', manifest.get('app-id')) != app_id:
        problem(where, 'id is %r, not %r' % (manifest.get('id'), app_id))
    for key, expected in (('runtime', RUNTIME), ('sdk', SDK), ('command', COMMAND)):
        if manifest.get(key) != expected:
            problem(where, '%s is %r, not %r' % (key, manifest.get(key), expected))
    version = manifest.get('runtime-version')
    if not isinstance(version, str) or not version:
        problem(where, 'runtime-version is missing (a string such as "50")')

    finish_args = manifest.get('finish-args')
    if not isinstance(finish_args, list):
        problem(where, 'finish-args is missing')
    else:
        if len(finish_args) != len(set(finish_args)):
            problem(where, 'finish-args has a permission twice')
        extra = sorted(set(finish_args) - ALLOWED_FINISH_ARGS)
        missing = sorted(ALLOWED_FINISH_ARGS - set(finish_args))
        if extra:
            problem(where, 'finish-args grants more than ipc, wayland, fallback-x11 and dri: %s'
                    % ', '.join(extra))
        if missing:
            problem(where, 'finish-args lacks %s' % ', '.join(missing))

    # Anywhere else (build-options' build-args, a module's own options):
    # no filesystem and no network, for the app or its build
    for path, s in strings_in(manifest):
        if path.startswith('.finish-args'):
            continue
        if grants_access(s):
            problem(where, '%s grants %s' % (path, s))

    modules = manifest.get('modules')
    if not isinstance(modules, list) or not modules:
        problem(where, 'modules is missing or empty')
        return
    for i, module in enumerate(modules):
        if isinstance(module, str):
            continue  # a module in a file of its own, checked where it is
        name = module.get('name') if isinstance(module, dict) else None
        if not name:
            problem(where, 'modules[%d] has no name' % i)
            continue
        sources = module.get('sources')
        if not isinstance(sources, list) or not sources:
            problem(where, 'module %s has no sources' % name)
            continue
        for j, source in enumerate(sources):
            if not isinstance(source, dict) or not source.get('type'):
                problem(where, 'module %s: sources[%d] has no type' % (name, j))
    last = modules[-1]
    if not isinstance(last, dict) or last.get('name') != 'kaynak' or last.get('buildsystem') != 'meson':
        problem(where, 'the last module must be kaynak, built with meson')


def app_sources(manifest):
    try:
        return manifest['modules'][-1]['sources']
    except (KeyError, IndexError, TypeError):
        return []


def check_dev(where, manifest):
    dirs = [s for s in app_sources(manifest) if isinstance(s, dict) and s.get('type') == 'dir']
    if len(dirs) != 1 or dirs[0].get('path') != '..':
        problem(where, 'kaynak must be built from the working tree: one source of type "dir", path ".."')


def check_release(where, manifest, homepage, version):
    gits = [s for s in app_sources(manifest) if isinstance(s, dict) and s.get('type') == 'git']
    if len(gits) != 1:
        problem(where, 'kaynak must be built from one source of type "git"')
        return
    git = gits[0]
    if homepage and git.get('url') != homepage.rstrip('/') + '.git':
        problem(where, 'the git url %r is not the homepage the metainfo names (%s) + .git'
                % (git.get('url'), homepage))
    if git.get('tag') != 'v' + version:
        problem(where, 'the git source must be the tag of this version, v%s, not %r'
                % (version, git.get('tag')))
    if 'branch' in git:
        problem(where, 'a release builds a tag, never a branch')


def check_with_flatpak_builder(where, manifest, flatpak_builder):
    """flatpak-builder reads the manifest into its own model and prints it
    back: a key of the wrong type or a source type it does not know is a
    warning, and a source it could not read is missing from what it
    prints."""
    if not os.path.exists(flatpak_builder):
        problem(where, 'flatpak-builder is not installed (build-aux/setup-deps.sh installs it)')
        return
    out = subprocess.run([flatpak_builder, '--show-manifest', where],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    errors = out.stderr.decode('utf-8', 'replace')
    if out.returncode != 0 or 'WARNING' in errors or 'CRITICAL' in errors:
        problem(where, 'flatpak-builder --show-manifest: %s' % (errors.strip() or out.returncode))
        return
    try:
        parsed = json.loads(out.stdout.decode('utf-8'))
    except ValueError as e:
        problem(where, 'flatpak-builder --show-manifest printed no JSON: %s' % e)
        return
    if [len(m.get('sources', [])) for m in parsed.get('modules', []) if isinstance(m, dict)] != \
       [len(m.get('sources', [])) for m in manifest.get('modules', []) if isinstance(m, dict)]:
        problem(where, 'flatpak-builder did not read every source: %s' % json.dumps(parsed.get('modules')))


def load(path):
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        problem(path, 'cannot be read as JSON: %s' % e)
        return None


def homepage_of(metainfo):
    root = ET.parse(metainfo).getroot()
    for url in root.iter('url'):
        if url.get('type') == 'homepage':
            return url.text.strip()
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--app-id', required=True)
    parser.add_argument('--version', required=True)
    parser.add_argument('--metainfo', required=True)
    parser.add_argument('--dev')
    parser.add_argument('--release')
    parser.add_argument('--flatpak-builder')
    args = parser.parse_args()

    homepage = homepage_of(args.metainfo)
    if not homepage:
        problem(args.metainfo, 'no <url type="homepage">')
    runtimes = {}
    for path, check in ((args.dev, lambda w, m: check_dev(w, m)),
                        (args.release, lambda w, m: check_release(w, m, homepage, args.version))):
        if path is None:
            continue
        manifest = load(path)
        if manifest is None:
            continue
        check_common(path, manifest, args.app_id)
        if isinstance(manifest, dict):
            check(path, manifest)
            if args.flatpak_builder:
                check_with_flatpak_builder(path, manifest, args.flatpak_builder)
            runtimes[path] = manifest.get('runtime-version')
    if len(set(runtimes.values())) > 1:
        problem('manifests', 'the development and release manifests use different runtimes: %s'
                % runtimes)
    if args.dev is None and args.release is None:
        problem('arguments', 'no manifest given')

    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print('ok: %s' % ', '.join(p for p in (args.dev, args.release) if p))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
