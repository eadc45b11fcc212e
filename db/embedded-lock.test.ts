import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EmbeddedDatabaseLockedError, lockEmbeddedFolder } from "./embedded-lock";

const folders: string[] = [];
function tempFolder() {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lock-test-")), "pglite");
  folders.push(path.dirname(folder));
  return folder;
}
afterEach(() => folders.splice(0).forEach((f) => fs.rmSync(f, { recursive: true, force: true })));

describe("embedded database lock", () => {
  it("refuses a second process with one line naming the holder and DATABASE_URL", async () => {
    const folder = tempFolder();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      fs.writeFileSync(
        `${folder}.lock`,
        JSON.stringify({
          pid: holder.pid,
          host: os.hostname(),
          command: "next start",
          since: "2026-01-01T00:00:00Z",
        }),
      );
      let caught: unknown;
      try {
        lockEmbeddedFolder(folder);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(EmbeddedDatabaseLockedError);
      const message = (caught as Error).message;
      expect(message).toContain(`process ${holder.pid}`);
      expect(message).toContain("DATABASE_URL");
      expect(message).not.toContain("\n");
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that died", () => {
    const folder = tempFolder();
    fs.writeFileSync(
      `${folder}.lock`,
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: os.hostname(),
        command: "gone",
        since: "2026-01-01T00:00:00Z",
      }),
    );
    const release = lockEmbeddedFolder(folder);
    expect(JSON.parse(fs.readFileSync(`${folder}.lock`, "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);
  });
});
