// Run `next build` only when there is no build yet or the sources changed since the last one.
//
// The fingerprint is a sha256 over the relative path, mtime and size of every source file that
// can change the build (see SOURCE_DIRS / SOURCE_FILES). It is written to
// .next/beachhead-build-fingerprint after a successful build, and removed before a build starts,
// so a failed or interrupted build is always retried.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, bin, fail, failureMessage, log, run } from './run.mjs';

/** Directories whose files feed the build (scanned recursively). */
export const SOURCE_DIRS = ['app', 'components', 'db', 'lib', 'public'];

/** Top-level files that feed the build, when they exist. */
export const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'next.config.ts',
  'next.config.mjs',
  'next.config.js',
  'tsconfig.json',
  'proxy.ts',
  'middleware.ts',
  'instrumentation.ts',
  'instrumentation-client.ts',
  'postcss.config.mjs',
  'postcss.config.js',
  '.env',
  '.env.production',
  '.env.local',
  '.env.production.local',
];

/** Directory names never scanned (build output, installs, databases); dot-entries are skipped too. */
const SKIP_DIRS = new Set(['node_modules', '.next', 'data']);

export const FINGERPRINT_FILE = path.join('.next', 'beachhead-build-fingerprint');

function collect(root, rel, out) {
  let entries;
  try {
    entries = readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .DS_Store, editor swap files, .git
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) collect(root, child, out);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      out.push(child);
    }
  }
}

/** The list of files the fingerprint covers (relative, '/'-separated, sorted). */
export function sourceFiles(root = ROOT) {
  const files = [];
  for (const dir of SOURCE_DIRS) collect(root, dir, files);
  for (const file of SOURCE_FILES) {
    try {
      if (lstatSync(path.join(root, file)).isFile()) files.push(file);
    } catch {
      // Absent: fine.
    }
  }
  return [...new Set(files)].sort();
}

/** sha256 (hex) over path, mtime and size of every source file. */
export function computeFingerprint(root = ROOT) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) {
    const stat = lstatSync(path.join(root, file));
    hash.update(`${file}\0${Math.trunc(stat.mtimeMs)}\0${stat.size}\n`);
  }
  return hash.digest('hex');
}

function storedFingerprint(root) {
  try {
    return readFileSync(path.join(root, FINGERPRINT_FILE), 'utf8').trim();
  } catch {
    return null;
  }
}

/** Why a build is needed, or null when .next is current. */
export function buildReason(root = ROOT) {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) return 'no previous build';
  const stored = storedFingerprint(root);
  if (!stored) return 'previous build not fingerprinted';
  if (stored !== computeFingerprint(root)) return 'sources changed';
  return null;
}

/**
 * Build when needed. Returns { built, status }: status 0 = the build is current.
 * Does not exit: callers decide (start.mjs exits, test.mjs reports a failed stage).
 */
export async function buildIfNeeded(root = ROOT) {
  const reason = buildReason(root);
  if (!reason) {
    log('Build is up to date.');
    return { built: false, status: 0 };
  }
  log(`Building (${reason})…`);
  const next = bin('next');
  if (!existsSync(next)) fail('node_modules/.bin/next is missing: run `npm install` first.');
  // Fingerprint taken before the build: an edit made during the build triggers the next one.
  const fingerprint = computeFingerprint(root);
  rmSync(path.join(root, FINGERPRINT_FILE), { force: true });
  const result = await run(next, ['build'], { cwd: root });
  if (result.status !== 0) {
    console.error(`[beachhead] ${failureMessage('next', ['build'], result)}`);
    return { built: false, status: result.status || 1 };
  }
  writeFileSync(path.join(root, FINGERPRINT_FILE), `${fingerprint}\n`);
  log('Build finished.');
  return { built: true, status: 0 };
}
