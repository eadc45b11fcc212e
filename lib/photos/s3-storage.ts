import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { PhotoStorage } from "./photo-storage";
import { isSafePhotoKey, PhotoStorageUnavailableError } from "./storage-errors";

export type S3PhotoStorageSettings = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Longest wait for one call to the store. */
  timeoutMs?: number;
};

// Photos in an S3-compatible bucket, so every instance reads the same files. Keys are the same
// opaque names as on disk; a store that cannot be reached raises PhotoStorageUnavailableError,
// which uploads turn into a message for the seller.
export class S3PhotoStorage implements PhotoStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly timeoutMs: number;

  constructor(settings: S3PhotoStorageSettings) {
    this.bucket = settings.bucket;
    this.timeoutMs = settings.timeoutMs ?? 5_000;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // One try: an upload that fails is refused and the seller tries again.
      maxAttempts: 1,
    });
  }

  private signal(): AbortSignal {
    return AbortSignal.timeout(this.timeoutMs);
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    if (!isSafePhotoKey(key)) throw new Error(`Invalid photo key: ${key}`);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          CacheControl: "public, max-age=3600",
        }),
        { abortSignal: this.signal() },
      );
    } catch (error) {
      throw new PhotoStorageUnavailableError("put", error);
    }
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isSafePhotoKey(key)) return null;
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }), {
        abortSignal: this.signal(),
      });
      if (!answer.Body) return null;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (error) {
      if (
        error instanceof NoSuchKey ||
        (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
      )
        return null;
      throw new PhotoStorageUnavailableError("get", error);
    }
  }

  async delete(key: string): Promise<void> {
    if (!isSafePhotoKey(key)) throw new Error(`Invalid photo key: ${key}`);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }), {
        abortSignal: this.signal(),
      });
    } catch (error) {
      throw new PhotoStorageUnavailableError("delete", error);
    }
  }
}
