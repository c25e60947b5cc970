/**
 * Writing data/ safely when two builds run at once (two terminals, CI and a dev server, a watch script).
 *
 * - `acquireCacheLock` takes an exclusive lock for the whole build: `<cache>.lock`, created with `open(…, "wx")`
 *   (O_CREAT|O_EXCL: exactly one process wins), holding the owner's pid. A second build waits for it (polling) up
 *   to a timeout and then fails with a message naming the owner. A lock whose pid is no longer running (a build
 *   killed with SIGKILL, a crashed machine) is stale and taken over.
 * - `swapInCache` replaces the folder without ever leaving it incomplete: the new files go into `<cache>.tmp-<pid>`,
 *   the old folder is renamed aside, the new one renamed in, and only then is the old one deleted. A reader sees
 *   the old complete folder or the new complete one (for the instant between the two renames: none), never a folder
 *   with files missing. Before, `rmSync` then `renameSync` let two builds leave 14 of 23 files (issue 12).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync
} from "node:fs";
import {basename, dirname, join} from "node:path";

export interface CacheLock {
  file: string;
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another build's lock before failing (ms). */
  timeoutMs?: number;
  /** Polling interval (ms). */
  pollMs?: number;
  /** Called when this build starts waiting for a lock, and again whenever the lock passes to another owner. */
  onWait?: (owner: LockOwner) => void;
}

export interface LockOwner {
  pid: number;
  started: string;
}

export function lockFileOf(cache: string): string {
  return `${cache}.lock`;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, "utf-8")) as Partial<LockOwner>;
    return {pid: Number(owner.pid), started: String(owner.started)};
  } catch {
    // Missing (released meanwhile) or being written right now: read it again on the next poll.
    return undefined;
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, "wx");
    try {
      writeSync(fd, JSON.stringify({pid: process.pid, started: new Date().toISOString()}));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Removes a lock whose owner is dead. The file is first renamed to a name only this process uses, so that two
 * builds finding the same stale lock cannot both delete it, and one cannot delete a fresh lock the other just took.
 */
function removeStale(file: string, stale: LockOwner): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // Someone else moved it first.
  }
  const moved = readOwner(aside);
  if (moved && moved.pid !== stale.pid) {
    // We moved a fresh lock that replaced the stale one between our read and the rename: put it back.
    try {
      renameSync(aside, file);
    } catch {
      // Cannot happen while we own `aside`; leave it for inspection.
    }
    return;
  }
  rmSync(aside, {force: true});
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Takes the cache lock, waiting for another build to finish; throws after the timeout. */
export async function acquireCacheLock(cache: string, options: LockOptions = {}): Promise<CacheLock> {
  const {timeoutMs = 15 * 60_000, pollMs = 250, onWait} = options;
  const file = lockFileOf(cache);
  mkdirSync(dirname(cache), {recursive: true});
  const deadline = Date.now() + timeoutMs;
  let reported: number | undefined;
  for (;;) {
    if (tryCreate(file)) break;
    const owner = readOwner(file);
    if (owner && !isRunning(owner.pid)) {
      removeStale(file, owner);
      continue;
    }
    if (owner && owner.pid !== reported) {
      reported = owner.pid;
      onWait?.(owner);
    }
    if (Date.now() >= deadline) {
      const who = owner ? `build pid ${owner.pid} (started ${owner.started})` : "another build";
      throw new Error(
        `${basename(cache)}/ is locked by ${who}; gave up after ${Math.round(timeoutMs / 1000)} s. ` +
          `If no data build is running, delete ${file}.`
      );
    }
    await sleep(pollMs);
  }
  const release = () => {
    process.off("exit", release);
    if (readOwner(file)?.pid === process.pid) rmSync(file, {force: true});
  };
  process.on("exit", release);
  removeLeftovers(cache);
  return {file, release};
}

/** Temp and old folders of builds that died mid-swap (called under the lock, so no live build owns them). */
function removeLeftovers(cache: string): void {
  const dir = dirname(cache);
  const prefix = basename(cache);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const match = name.startsWith(prefix) && /^\.(tmp|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (match && (Number(match[2]) === process.pid || !isRunning(Number(match[2])))) {
      rmSync(join(dir, name), {recursive: true, force: true});
    }
  }
}

/**
 * Writes the files into `<cache>.tmp-<pid>`, then swaps that folder in (see the module comment). Call while
 * holding the lock.
 */
export function swapInCache(cache: string, files: readonly {name: string; bytes: Uint8Array}[]): void {
  const temporary = `${cache}.tmp-${process.pid}`;
  const old = `${cache}.old-${process.pid}`;
  rmSync(temporary, {recursive: true, force: true});
  rmSync(old, {recursive: true, force: true});
  mkdirSync(temporary, {recursive: true});
  for (const {name, bytes} of files) writeFileSync(join(temporary, name), bytes);
  const hadOld = existsSync(cache);
  if (hadOld) renameSync(cache, old);
  renameSync(temporary, cache);
  if (hadOld) rmSync(old, {recursive: true, force: true});
}
