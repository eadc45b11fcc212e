import fs from "node:fs/promises";
import path from "node:path";
import { getEnv, type Env } from "@/lib/kernel/env";
import type { PhotoStorage } from "./photo-storage";
import { S3PhotoStorage } from "./s3-storage";
import { isSafePhotoKey } from "./storage-errors";

// Photos live behind this interface: the local disk (one machine) or an S3-compatible bucket
// (PHOTO_STORAGE=s3, every machine), chosen by the settings. Keys are opaque, slash-free names
// chosen by the caller.

export type { PhotoStorage };

class LocalDiskPhotoStorage implements PhotoStorage {
  constructor(private readonly folder: string) {}

  private pathFor(key: string): string {
    if (!isSafePhotoKey(key)) throw new Error(`Invalid photo key: ${key}`);
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
    if (!isSafePhotoKey(key)) return null;
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

function photoStorageFor(env: Env): PhotoStorage {
  if (env.PHOTO_STORAGE === "s3") {
    return new S3PhotoStorage({
      bucket: env.S3_BUCKET!,
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "true",
    });
  }
  return new LocalDiskPhotoStorage(path.resolve(env.DATA_DIR, "photos"));
}

export function getPhotoStorage(): PhotoStorage {
  storage ??= photoStorageFor(getEnv());
  return storage;
}

/** Points the process at another store (tests run the S3 store against a local server). */
export function usePhotoStorage(replacement: PhotoStorage | undefined): void {
  storage = replacement;
}
