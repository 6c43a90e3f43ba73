#!/usr/bin/env node
// The browser tests drive Debian's Chromium (never a downloaded browser). This finds it, and
// installs the `chromium` package with apt when it is missing and we may (root, apt present).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function found() {
  return CANDIDATES.find((file) => existsSync(file)) ?? null;
}

function apt(args) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

/** The Chromium executable; installs Debian's package first when none is there. Throws when it cannot. */
export function ensureChromium() {
  const existing = found();
  if (existing) return existing;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) throw new Error("no Chromium: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH");
  console.error("ensure-chromium: installing Debian's chromium package (apt-get)");
  if (!apt(['install', '-y', '-qq', 'chromium'])) {
    apt(['update', '-qq']);
    if (!apt(['install', '-y', '-qq', 'chromium'])) throw new Error('apt-get install chromium failed');
  }
  const installed = found();
  if (!installed) throw new Error('apt-get installed chromium, but no executable was found');
  return installed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureChromium());
}
