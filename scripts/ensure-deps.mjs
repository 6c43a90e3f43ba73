#!/usr/bin/env node
// First step of `npm start` and `npm test` (their pre-scripts): makes a fresh clone runnable.
// npm has already installed node_modules when it runs this through a pre-script only if the user
// ran `npm install`; so check for it, then build the embedded Neo4j launcher if needed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`ensure-deps: \`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function nodeModulesCurrent() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(path.join(root, 'package-lock.json')).mtimeMs;
}

if (!nodeModulesCurrent()) {
  console.error('ensure-deps: installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
const { ensureNeo4jBuilt } = await import('./ensure-neo4j.mjs');
await ensureNeo4jBuilt();
