#!/usr/bin/env python3
# generate.py: writes the hostile input corpus in this folder (robust
# helper).  The files are committed; run this again only to change them.
# Larger or generated-at-test-time inputs (100,000 nested brackets, a
# sparse file over the size limit, every field with every wrong type) are
# made by tests/test-hostile.c itself.
#
# fuzz-*.kaynak.json are inputs the fuzzer (tests/fuzz) found, minimised
# and kept as they are; this script does not make them.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import json
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
example = open(os.path.join(here, '..', 'example.kaynak.json'), 'rb').read()

TEXT = 'hello world'
SHA = hashlib.sha256(TEXT.encode()).hexdigest()


def doc(title='"t"', start='0', end='5', version='1', text_json='"hello world"',
        sha=SHA):
    """A small valid document as bytes, with raw JSON fragments spliced in."""
    return ('{"format":"kaynak","version":%s,"metadata":{"title":%s},'
            '"article":{"sha256":"%s","text":%s},'
            '"claims":[{"id":"a","start":%s,"end":%s,"quote":"hello",'
            '"status":"unverified","created":"2026-11-29T09:12:44Z",'
            '"modified":"2026-11-29T09:12:44Z"}]}\n'
            % (version, title, sha, text_json, start, end)).encode()


def write(name, data):
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)


# Not JSON at all, or not all of it
write('truncated.kaynak.json', example[:1000])
write('truncated-in-string.kaynak.json', example[:example.index(b'Kuzey') + 3])
write('truncated-after-key.kaynak.json', b'{"format":"kaynak","version":')
write('trailing-garbage.kaynak.json', doc() + b'garbage\n')
write('two-roots.kaynak.json', doc() + doc())
write('trailing-list.kaynak.json', doc() + b'[1]\n')
write('invalid-escape.kaynak.json', doc(title=r'"bad \q escape"'))
write('invalid-unicode-escape.kaynak.json', doc(title=r'"bad \uZZZZ escape"'))
write('short-unicode-escape.kaynak.json', doc(title=r'"bad \u12"'))
# Found by the fuzzer: json-glib 1.6 reads the bytes of "ı" (C4 B1) as hex
# digits of "\ud…" and makes a title that is not UTF-8; the file loaded,
# and saving it wrote a file that no longer loaded.
write('escape-eats-utf8.kaynak.json', doc().replace(b'"t"', b'"a\\ud\xc4\xb1"'))
write('empty.kaynak.json', b'')
write('whitespace-only.kaynak.json', b' \n\t\r\n ')

# Text that is not Unicode
write('lone-high-surrogate.kaynak.json', doc(title=r'"a \ud800 b"'))
write('lone-low-surrogate.kaynak.json', doc(title=r'"a \udc00 b"'))
write('reversed-surrogates.kaynak.json', doc(title=r'"a \udc00\ud800 b"'))
write('surrogate-at-end.kaynak.json', doc(title=r'"\ud83d"'))
write('escaped-nul.kaynak.json', doc(title=r'"a \u0000 b"'))
write('invalid-utf8.kaynak.json', doc().replace(b'"t"', b'"a\xffb"'))
write('overlong-utf8.kaynak.json', doc().replace(b'"t"', b'"\xc0\xaf"'))
write('utf8-surrogate.kaynak.json', doc().replace(b'"t"', b'"\xed\xa0\x80"'))
write('truncated-utf8.kaynak.json', doc().replace(b'"t"', b'"\xc3"'))
write('nul-byte.kaynak.json', doc().replace(b'"t"', b'"a\x00b"'))
write('nul-after.kaynak.json', doc() + b'\x00' * 16)

# Numbers no offset can be
write('huge-integer-offset.kaynak.json', doc(start='99999999999999999999'))
write('huge-float-offset.kaynak.json', doc(end='1e400'))
write('negative-offset.kaynak.json', doc(start='-1'))
write('fraction-offset.kaynak.json', doc(end='5.5'))
write('offset-past-uint.kaynak.json', doc(end='4294967296'))
write('huge-version.kaynak.json', doc(version='1e400'))
write('huge-integer-version.kaynak.json', doc(version='99999999999999999999'))

# Valid JSON that is not a (readable) Kaynak file
write('not-an-object.kaynak.json', b'[1, 2, 3]\n')
write('other-format.kaynak.json', b'{"format":"other","version":1}\n')
write('newer-version.kaynak.json', doc(version='2'))
# An empty article and nothing else wrong: no claims to be past its end
empty_sha = hashlib.sha256(b'').hexdigest()
write('empty-article.kaynak.json',
      ('{"format":"kaynak","version":1,"metadata":{"title":"t"},'
       '"article":{"sha256":"%s","text":""},"claims":[]}\n' % empty_sha).encode())
write('empty-article.txt', b'')

# Binary data under a text or Kaynak name: deterministic pseudo-random
# bytes after a PNG signature, with NULs and control characters.
rng = random.Random(5)
binary = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(rng.randrange(256) for _ in range(2048))
write('binary.txt', binary)
write('binary.kaynak.json', binary)

# JSON that json-glib 1.6 reads but RFC 8259 does not allow (the strict
# guard refuses each with its line and column; test-json-strict.c has a
# case for every rule of the grammar, these are whole files)
write('comment.kaynak.json',
      example.replace(b'  "metadata" : {', b'  // written by hand\n  "metadata" : {', 1))
write('block-comment.kaynak.json',
      example.replace(b'"version" : 1,', b'"version" : 1, /* v1 */', 1))
write('single-quotes.kaynak.json',
      example.replace(b'"outlet" : "\xc3\x96rnek Haber"', b"'outlet' : '\xc3\x96rnek Haber'", 1))
write('hex-number.kaynak.json', example.replace(b'"start" : 317,', b'"start" : 0x13D,', 1))
write('leading-zero.kaynak.json', example.replace(b'"start" : 317,', b'"start" : 0317,', 1))
write('negative-leading-zero.kaynak.json', doc(start='-01'))
write('trailing-dot.kaynak.json', example.replace(b'"start" : 317,', b'"start" : 317.,', 1))
write('tab-in-string.kaynak.json', doc(title='"a\tb"'))
write('newline-in-string.kaynak.json', doc(title='"two\nlines"'))
write('trailing-comma.kaynak.json', example.replace(b'"language" : "tr",\n', b'"language" : "tr",\n', 1)
      .replace(b'"notes" : "Makalenin ilk \xc3\xbc\xc3\xa7 paragraf\xc4\xb1; Kaynak bi\xc3\xa7iminin \xc3\xb6rne\xc4\x9fi."',
               b'"notes" : "Makalenin ilk \xc3\xbc\xc3\xa7 paragraf\xc4\xb1; Kaynak bi\xc3\xa7iminin \xc3\xb6rne\xc4\x9fi.",', 1))
write('unquoted-key.kaynak.json', example.replace(b'"url" :', b'url :', 1))
write('nan.kaynak.json', doc(end='NaN'))
