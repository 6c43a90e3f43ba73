#!/usr/bin/env node
// Bundles the browser pages: every `src/web/client/<name>.entry.ts(x)` becomes
// `dist/web/<name>.js` (and `<name>.css` when it imports CSS), with every dependency inside, so
// the pages load nothing from any host but the service (no CDN; the newsroom may be offline).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeExamples } from './readme-examples.mjs';

const ENTRY = /^(.+)\.entry\.tsx?$/;
/** Web workers (GraphiQL's Monaco editor runs its language services in them): classic scripts, not modules. */
const WORKER = /^(.+\.worker)\.ts$/;

/** The entry points under `root` whose file names match `pattern`, as esbuild's `{ out: in }` map. */
export function webEntries(root, pattern = ENTRY) {
  const dir = path.join(root, 'src', 'web', 'client');
  const entries = {};
  for (const file of readdirSync(dir)) {
    const match = pattern.exec(file);
    if (match) entries[match[1]] = path.join(dir, file);
  }
  return entries;
}

export async function buildWeb(root) {
  const outdir = path.join(root, 'dist', 'web');
  await build({
    entryPoints: webEntries(root),
    outdir,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    // .tsx entries (GraphiQL is React): the JSX runtime import, as tsconfig.web.json's react-jsx
    jsx: 'automatic',
    // a dynamic import() becomes a chunk of its own: Cytoscape loads only on /connect
    splitting: true,
    chunkNames: 'chunk-[name]-[hash]',
    target: ['chrome110', 'firefox110', 'safari16'],
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await build({
    entryPoints: webEntries(root, WORKER),
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  writeExamples(root, outdir);
}

/** GraphiQL's examples (/assets/graphiql-examples.json): the README's graphql blocks. */
function writeExamples(root, outdir) {
  const examples = readmeExamples(readFileSync(path.join(root, 'README.md'), 'utf8'));
  mkdirSync(outdir, { recursive: true });
  writeFileSync(path.join(outdir, 'graphiql-examples.json'), JSON.stringify(examples));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
}
