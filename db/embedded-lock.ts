import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// PGlite takes no lock of its own, and two processes on one data folder lose writes and then
// corrupt it. This lock file lets exactly one process open the folder.

type LockHolder = { pid: number; host: string; command: string; since: string };

export class EmbeddedDatabaseLockedError extends Error {
  constructor(folder: string, holder: LockHolder) {
    super(
      `The embedded database ${folder} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        `Stop that process, or set DATABASE_URL to a PostgreSQL server to run several processes.`,
    );
    this.name = "EmbeddedDatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Takes the folder's lock or throws EmbeddedDatabaseLockedError naming the holder. Released when the process exits. */
export function lockEmbeddedFolder(folder: string): () => void {
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  const lockPath = `${folder}.lock`;
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command:
      process.argv
        .slice(1, 3)
        .map((a) => path.basename(a))
        .join(" ") || "node",
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      const release = () => {
        if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder && holder.pid === process.pid) return () => {};
      if (holder && (holder.host !== me.host || isAlive(holder.pid))) {
        throw new EmbeddedDatabaseLockedError(folder, holder);
      }
      // The holder on this machine died without cleaning up: the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database ${folder}`);
}
