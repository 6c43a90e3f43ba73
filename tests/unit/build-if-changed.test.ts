import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

type StaleReason = (root: string) => string | null;
const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'build-if-changed.mjs');

let root: string;
let staleReason: StaleReason;
const past = new Date(Date.now() - 60_000);

function write(rel: string, text = '', at = past): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, at, at);
}

/** A built tree: every input and folder older than the stamp. */
beforeEach(async () => {
  staleReason = ((await import(SCRIPT)) as { staleReason: StaleReason }).staleReason;
  root = mkdtempSync(path.join(os.tmpdir(), 'limelight-build-'));
  write('src/a.ts');
  write('src/server/main.ts');
  write('scripts/x.ts');
  write('tsconfig.json', '{}');
  write('package-lock.json', '{}');
  write('dist/src/server/main.js');
  write('dist/web/app.js');
  for (const dir of ['src', 'src/server', 'scripts']) utimesSync(path.join(root, dir), past, past);
  write('dist/.build-stamp', '', new Date(Date.now() - 30_000));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build only when sources changed', () => {
  it('a built tree needs no build', () => {
    expect(staleReason(root)).toBeNull();
  });

  it('no stamp or no output: build', () => {
    rmSync(path.join(root, 'dist/.build-stamp'));
    expect(staleReason(root)).toBe('no build yet');
  });

  it('no bundled web pages: build', () => {
    rmSync(path.join(root, 'dist/web'), { recursive: true });
    expect(staleReason(root)).toBe('no build yet');
  });

  it('an edited source, config or lock file: build', () => {
    write('src/server/main.ts', 'x', new Date());
    expect(staleReason(root)).toBe('src changed');
    write('src/server/main.ts', 'x', past);
    write('tsconfig.json', '{}', new Date());
    expect(staleReason(root)).toBe('tsconfig.json changed');
    write('tsconfig.json', '{}', past);
    write('README.md', '```graphql\n{ a }\n```\n', new Date()); // GraphiQL's examples come from it
    expect(staleReason(root)).toBe('README.md changed');
  });

  it('a deleted source (its folder changes): build', () => {
    rmSync(path.join(root, 'scripts/x.ts'));
    expect(staleReason(root)).toBe('scripts changed');
  });
});
