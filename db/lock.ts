import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

// PGlite has no lock of its own: two processes on one data directory lose acknowledged writes
// or corrupt it (STACK-NOTES). This lock file holds the owner's pid; a second opener fails at once.

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    readonly holderSince: string,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${holderPid} (since ${holderSince}). ` +
        `PGlite allows one process per data directory: stop that process first, or point PGLITE_DIR ` +
        `at another directory, or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = 'DatabaseLockedError';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}.lock`;
}

/** Takes the lock or throws DatabaseLockedError. Returns a release function. */
export function acquireDataDirLock(dataDir: string): () => void {
  const path = lockPathFor(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const current = readLock(path);
        if (current?.pid === process.pid) unlinkSync(path);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      if (holder && holder.pid !== process.pid && holder.host === hostname() && isAlive(holder.pid)) {
        throw new DatabaseLockedError(dataDir, holder.pid, holder.since);
      }
      if (holder && holder.host !== hostname()) {
        throw new DatabaseLockedError(dataDir, holder.pid, `${holder.since} on host ${holder.host}`);
      }
      // The holder died without cleaning up (kill -9, power loss): the lock is stale.
      try {
        unlinkSync(path);
      } catch {
        // another process removed it first; retry
      }
    }
  }
  throw new Error(`Could not take the lock ${path}: it keeps reappearing.`);
}
