#!/usr/bin/env node
// Builds the embedded Neo4j launcher (neo4j/pom.xml) when its outputs are
// missing or older than its inputs. Plain ESM so it runs before any tsc build:
//   node scripts/ensure-neo4j.mjs
// Once ~/.m2 holds the artifacts, rebuilding needs no network.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.join(repoRoot, 'neo4j');
const pomFile = path.join(moduleDir, 'pom.xml');
const sourceDir = path.join(moduleDir, 'src', 'main', 'java');
export const mainClassFile = path.join(moduleDir, 'target', 'classes', 'dev', 'limelight', 'neo4j', 'EmbeddedNeo4j.class');
export const classpathFile = path.join(moduleDir, 'target', 'classpath.txt');
// Maven leaves outputs untouched when it finds nothing to redo (e.g. after a
// pom whitespace edit), so their own mtimes would look stale forever.
const stampFile = path.join(moduleDir, 'target', '.ensure-neo4j.stamp');

// Measured with an empty local Maven repository (Neo4j 5.26.30 + plugins).
const FIRST_DOWNLOAD_MB = 160;

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function mtime(file) {
  return statSync(file).mtimeMs;
}

/** True when the outputs exist, the last successful build postdates every input, and the jars it named are still on disk. */
export function isNeo4jBuildFresh() {
  if (![mainClassFile, classpathFile, stampFile].every(existsSync)) return false;
  const newestInput = Math.max(mtime(pomFile), ...listFiles(sourceDir).map(mtime));
  if (mtime(stampFile) < newestInput) return false;
  // A wiped ~/.m2 leaves target/ looking fresh but unrunnable.
  const jars = readFileSync(classpathFile, 'utf8').trim().split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((jar) => existsSync(jar));
}

function requireTool(command, args, hint) {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`embedded Neo4j needs \`${command}\` on PATH (${hint})`);
  }
}

// Maven 3.8 emits stray colour resets even with -q -B.
function stripAnsi(text) {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function runMaven() {
  const result = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', pomFile, 'compile'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw new Error(`could not run mvn: ${result.error.message}`);
  if (result.status !== 0) {
    const output = stripAnsi(`${result.stdout}${result.stderr}`).trim();
    throw new Error(`building embedded Neo4j failed (mvn exit ${result.status}):\n${output}`);
  }
}

/**
 * Idempotent and cheap when nothing changed (a few stat calls). Synchronous on
 * purpose: callers run it once before spawning java, and the build is the slow
 * part either way.
 */
export function ensureNeo4jBuilt({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (isNeo4jBuildFresh()) return;
  requireTool('java', ['-version'], 'install a JDK 17+');
  requireTool('mvn', ['-v'], 'install Maven 3.8+');
  log(`building embedded Neo4j (first run downloads ~${FIRST_DOWNLOAD_MB} MB from Maven Central)`);
  const started = Date.now();
  runMaven();
  writeFileSync(stampFile, `${new Date().toISOString()}\n`);
  if (!isNeo4jBuildFresh()) {
    throw new Error(`mvn succeeded but ${path.relative(repoRoot, mainClassFile)} or ${path.relative(repoRoot, classpathFile)} is missing`);
  }
  log(`embedded Neo4j built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    ensureNeo4jBuilt();
  } catch (error) {
    process.stderr.write(`ensure-neo4j: ${error.message}\n`);
    process.exit(1);
  }
}
