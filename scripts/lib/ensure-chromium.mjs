// Make sure Debian's Chromium is at /usr/bin/chromium (Playwright uses it; see playwright.config.ts).
// Installs it with apt when missing: directly as root, with `sudo -n` otherwise. Never
// `npx playwright install` (STACK-NOTES.md, "Playwright with Debian's Chromium").
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { describeCommand, failureMessage, log, logError, run } from './run.mjs';

export const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-liberation'];
const MANUAL = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return path.join(dir, name);
    } catch {
      // Not here.
    }
  }
  return null;
}

/** `chromium --version` output, or null if it does not run. */
export function chromiumVersion() {
  if (!existsSync(CHROMIUM)) return null;
  const result = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Returns true when Chromium is usable (installing it if needed); prints why not otherwise. */
export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const tell = (why) => {
    logError(`${why}`);
    logError(`Playwright needs Debian's Chromium at ${CHROMIUM}. Install it with:`);
    logError(`  ${MANUAL}`);
    return false;
  };
  if (!onPath('apt-get')) return tell(`${CHROMIUM} is missing and apt-get is not available.`);
  let prefix = [];
  if (process.getuid?.() !== 0) {
    if (!onPath('sudo')) return tell(`${CHROMIUM} is missing; not root and sudo is not available.`);
    prefix = ['sudo', '-n'];
  }
  log(`Installing Chromium with apt (${PACKAGES.join(', ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps = [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', ...PACKAGES],
  ];
  for (const step of steps) {
    const [cmd, ...args] = [...prefix, ...step];
    log(`$ ${describeCommand(cmd, args)}`);
    const result = await run(cmd, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) return tell(`${failureMessage(cmd, args, result)}.`);
  }
  const version = chromiumVersion();
  if (!version) return tell(`apt finished but ${CHROMIUM} does not run.`);
  log(`Installed ${version}.`);
  return true;
}
