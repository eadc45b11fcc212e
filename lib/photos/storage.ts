import fs from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/kernel/env";

// Photos live behind this interface so an S3-compatible store can replace the local disk
// without touching listings code. Keys are opaque, slash-free names chosen by the caller.

export interface PhotoStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const safeKey = /^[a-zA-Z0-9_-]+\.(webp|jpg|png)$/;

export class LocalDiskPhotoStorage implements PhotoStorage {
  constructor(private readonly folder: string) {}

  private pathFor(key: string): string {
    if (!safeKey.test(key)) throw new Error(`Invalid photo key: ${key}`);
    return path.join(this.folder, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathFor(key);
    await fs.mkdir(this.folder, { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temp = `${target}.${process.pid}.tmp`;
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!safeKey.test(key)) return null;
    try {
      return await fs.readFile(this.pathFor(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathFor(key), { force: true });
  }
}

let storage: PhotoStorage | undefined;

export function getPhotoStorage(): PhotoStorage {
  storage ??= new LocalDiskPhotoStorage(path.resolve(getEnv().DATA_DIR, "photos"));
  return storage;
}
