// Install npm dependencies when they are missing or older than package.json / package-lock.json.
// `npm install`, not `npm ci`: the lockfile cannot list the macOS/Windows builds of @next/swc-*,
// so `npm ci` refuses on this stack (STACK-NOTES.md, "Installing").
import { existsSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { ROOT, fail, failureMessage, log, run } from './run.mjs';

function mtimeMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** Why dependencies must be installed, or null when node_modules is up to date. */
export function installReason(root = ROOT) {
  const nodeModules = path.join(root, 'node_modules');
  if (!existsSync(nodeModules)) return 'node_modules is missing';
  const marker = mtimeMs(path.join(nodeModules, '.package-lock.json'));
  if (marker === null) return 'node_modules/.package-lock.json is missing';
  for (const name of ['package.json', 'package-lock.json']) {
    const changed = mtimeMs(path.join(root, name));
    if (changed !== null && changed > marker) return `${name} changed since the last install`;
  }
  return null;
}

/** Run `npm install` when needed; exits the process with a clear message if it fails. */
export async function ensureDeps(root = ROOT) {
  const reason = installReason(root);
  if (!reason) return false;
  log(`Installing dependencies… (${reason})`);
  const args = ['install', '--no-audit', '--no-fund'];
  const result = await run('npm', args, { cwd: root });
  if (result.status !== 0)
    fail(`${failureMessage('npm', args, result)}; dependencies are not installed.`, result.status || 1);
  // npm may leave the marker untouched when nothing changed (e.g. package.json only touched);
  // mark the install as current so the next start does not reinstall.
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker)) {
    const now = new Date();
    utimesSync(marker, now, now);
  }
  return true;
}
