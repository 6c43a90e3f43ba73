#!/usr/bin/env node
// Bundles the browser pages: every `src/web/client/<name>.entry.ts(x)` becomes
// `dist/web/<name>.js` (and `<name>.css` when it imports CSS), with every dependency inside, so
// the pages load nothing from any host but the service (no CDN; the newsroom may be offline).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = /^(.+)\.entry\.tsx?$/;

/** The entry points under `root`, as esbuild's `{ out: in }` map. */
export function webEntries(root) {
  const dir = path.join(root, 'src', 'web', 'client');
  const entries = {};
  for (const file of readdirSync(dir)) {
    const match = ENTRY.exec(file);
    if (match) entries[match[1]] = path.join(dir, file);
  }
  return entries;
}

export async function buildWeb(root) {
  await build({
    entryPoints: webEntries(root),
    outdir: path.join(root, 'dist', 'web'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    // a dynamic import() becomes a chunk of its own: Cytoscape loads only on /connect
    splitting: true,
    chunkNames: 'chunk-[name]-[hash]',
    target: ['chrome110', 'firefox110', 'safari16'],
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
}
