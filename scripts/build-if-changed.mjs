#!/usr/bin/env node
// `npm start`'s build step: runs tsc and bundles the web pages (build-web.mjs) only when a
// source changed since the last build. A full tsc takes 5 s on an idle 2-core machine (30 s on
// a busy one) and `tsc --incremental` with nothing changed still takes 4 s; comparing mtimes
// takes milliseconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './build-web.mjs';

/**
 * What the build reads; a folder's own mtime changes when a file in it is added or removed.
 * README.md: its graphql blocks are GraphiQL's examples (build-web.mjs).
 */
const INPUTS = ['src', 'scripts', 'tsconfig.json', 'package-lock.json', 'README.md'];
const STAMP = path.join('dist', '.build-stamp');

function newestMtime(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** Why a build is needed under `root`, or null when dist/ is current. */
export function staleReason(root) {
  const stamp = statSync(path.join(root, STAMP), { throwIfNoEntry: false });
  if (!stamp || !existsSync(path.join(root, 'dist', 'src', 'server', 'main.js')) || !existsSync(path.join(root, 'dist', 'web')))
    return 'no build yet';
  for (const input of INPUTS) if (newestMtime(path.join(root, input)) > stamp.mtimeMs) return `${input} changed`;
  return null;
}

async function build(root) {
  // the stamp gets the start time, so that an edit made during the build is seen next time
  const startedAt = new Date();
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  await buildWeb(root);
  writeFileSync(path.join(root, STAMP), '');
  utimesSync(path.join(root, STAMP), startedAt, startedAt);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const reason = staleReason(root);
  if (reason) {
    console.error(`build: ${reason}, running tsc and bundling the pages`);
    await build(root);
  }
}
