// Small process helpers shared by scripts/start.mjs, scripts/test.mjs and scripts/serve-e2e.mjs.
// Plain Node ESM with node: built-ins only: these run before `npm install`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the directory holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a locally installed CLI, e.g. bin('next'). */
export function bin(name) {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

export function log(message) {
  console.log(`[beachhead] ${message}`);
}

export function logError(message) {
  console.error(`[beachhead] ${message}`);
}

/** Print a message and exit. */
export function fail(message, code = 1) {
  logError(message);
  process.exit(code);
}

/** Shell-ish rendering of a command for messages. */
export function describeCommand(cmd, args = []) {
  return [cmd, ...args]
    .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : JSON.stringify(part)))
    .join(' ');
}

/** Exit status a shell would report for a child that ended with `code` or was killed by `signal`. */
export function exitStatus(code, signal) {
  if (code !== null && code !== undefined) return code;
  const number = signal ? constants.signals[signal] : undefined;
  return number ? 128 + number : 1;
}

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Run a command with inherited stdio (or `stdio` given) and resolve when it ends. While it runs,
 * SIGINT/SIGTERM/SIGHUP sent to this process are forwarded to the child, once per signal kind
 * (a terminal's Ctrl+C also reaches the child directly through the process group, so the child
 * may see a signal twice: its handler must be idempotent). Never rejects.
 *
 * Resolves to { status, code, signal, interrupted, error }:
 *   status      - shell-style exit status (0 = success; 128+n when killed by signal n)
 *   interrupted - the first signal this process received while the child ran, if any
 *   error       - set when the command could not be started at all (e.g. not found)
 */
export function run(cmd, args = [], { env = process.env, cwd = ROOT, stdio = 'inherit' } = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, { env, cwd, stdio });
    } catch (error) {
      resolve({ status: 127, code: null, signal: null, interrupted: null, error });
      return;
    }
    let interrupted = null;
    const forwarded = new Set();
    const handlers = new Map();
    for (const sig of FORWARDED_SIGNALS) {
      const handler = () => {
        interrupted ??= sig;
        if (forwarded.has(sig)) return;
        forwarded.add(sig);
        if (child.exitCode === null && child.signalCode === null) {
          try {
            child.kill(sig);
          } catch {
            // Already gone.
          }
        }
      };
      handlers.set(sig, handler);
      process.on(sig, handler);
    }
    const cleanup = () => {
      for (const [sig, handler] of handlers) process.off(sig, handler);
    };
    let settled = false;
    child.once('error', (error) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve({ status: error.code === 'ENOENT' ? 127 : 126, code: null, signal: null, interrupted, error });
    });
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve({ status: exitStatus(code, signal), code, signal, interrupted, error: null });
    });
  });
}

/** One line explaining why a finished command failed (or '' if it succeeded). */
export function failureMessage(cmd, args, result) {
  const shown = describeCommand(cmd, args);
  if (result.error) {
    if (result.error.code === 'ENOENT') return `could not run \`${shown}\`: ${cmd} not found`;
    return `could not run \`${shown}\`: ${result.error.message}`;
  }
  if (result.status === 0) return '';
  if (result.signal) return `\`${shown}\` was killed by ${result.signal}`;
  return `\`${shown}\` failed with exit code ${result.status}`;
}

/** Run a command; on failure print a clear message and exit with its status. */
export async function runOrExit(cmd, args = [], options = {}) {
  const result = await run(cmd, args, options);
  if (result.status !== 0) fail(failureMessage(cmd, args, result), result.status || 1);
  return result;
}

/**
 * Run `next start` in the foreground (stdio inherited, signals forwarded) with
 * NEXT_MANUAL_SIG_HANDLE=1 so the app's own handler closes the database, then exit this process
 * with the server's exit status.
 */
export async function serveAndExit({ host = '127.0.0.1', port, env = process.env }) {
  const next = bin('next');
  if (!existsSync(next)) fail(`${path.relative(ROOT, next)} is missing: run \`npm install\` first.`);
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    fail('no production build in .next/: run `npm run build` first (`npm start` builds automatically).');
  }
  const args = ['start', '-H', host, '-p', String(port)];
  const result = await run(next, args, { env: { ...env, NEXT_MANUAL_SIG_HANDLE: '1' } });
  if (result.error) fail(failureMessage('next', args, result), result.status);
  if (result.status !== 0 && !result.interrupted) logError(failureMessage('next', args, result));
  process.exit(result.status);
}

/** Validate a PORT value (string or undefined) and return it as a number. */
export function parsePort(value, fallback) {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`PORT must be a whole number from 1 to 65535, got ${JSON.stringify(value)}.`);
  }
  return port;
}
