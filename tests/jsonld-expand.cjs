// jsonld-expand.cjs: expands W3C Web Annotation exports with a real JSON-LD
// processor (npm's jsonld, in safe mode) and fails on every term that
// expansion would drop: a key the context does not define is data an RDF
// consumer never sees.
//
//   node jsonld-expand.cjs NODE_MODULES ANNO_CONTEXT EXPORT.jsonld…
//
// The W3C context (http://www.w3.org/ns/anno.jsonld) is served from the
// copy in tests/data/w3c by the document loader: no network.  Any other
// remote context is refused.  Before the exports, a canary with a term
// the context lacks must fail, so that the test cannot pass by checking
// nothing.
//
// SPDX-License-Identifier: GPL-3.0-or-later
'use strict';

const fs = require('fs');
const path = require('path');

const [modules, contextPath, ...files] = process.argv.slice(2);
if (!modules || !contextPath || files.length === 0) {
  console.error('usage: node jsonld-expand.cjs NODE_MODULES ANNO_CONTEXT EXPORT.jsonld…');
  process.exit(2);
}

let jsonld;
try {
  jsonld = require(path.resolve(modules, 'jsonld'));
} catch (e) {
  console.error(`jsonld is not installed in ${modules} (${e.message}).\n` +
                'Run build-aux/setup-deps.sh, which installs tests/node with npm ci.');
  process.exit(1);
}

const anno = JSON.parse(fs.readFileSync(contextPath, 'utf8'));
const ANNO_URLS = ['http://www.w3.org/ns/anno.jsonld', 'https://www.w3.org/ns/anno.jsonld'];

async function documentLoader(url) {
  if (ANNO_URLS.includes(url))
    return { contextUrl: null, documentUrl: url, document: anno };
  throw new Error(`refusing to fetch ${url}: only the W3C annotation context is served`);
}

// Once with an event handler that records every lossy step (dropped
// terms, relative IRIs…), so that all are named; once in safe mode, which
// throws on the first: both must be clean.
async function expand(doc) {
  const problems = [];
  try {
    await jsonld.expand(doc, {
      documentLoader,
      eventHandler: ({ event, next }) => {
        problems.push(`${event.code}: ${JSON.stringify(event.details)}`);
        next();
      },
    });
    await jsonld.expand(doc, { documentLoader, safe: true });
  } catch (e) {
    problems.push(e.details && e.details.event
      ? `safe mode: ${e.details.event.code}: ${JSON.stringify(e.details.event.details)}`
      : `${e.name}: ${e.message}`);
  }
  return problems;
}

(async () => {
  const canary = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    target: 'urn:x:1',
    notInTheContext: 'dropped by expansion',
  };
  if ((await expand(canary)).length === 0) {
    console.error('the canary with an undefined term expanded without a complaint: ' +
                  'this check would not catch a dropped term');
    process.exit(1);
  }

  let failed = false;
  for (const file of files) {
    const problems = await expand(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (problems.length > 0) {
      failed = true;
      console.error(`${file}: expansion is lossy:\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`${file}: expands without dropping anything`);
    }
  }
  process.exit(failed ? 1 : 0);
})();
