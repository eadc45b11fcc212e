import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { S3PhotoStorage } from "@/lib/photos/s3-storage";

// A local S3-compatible server (s3rver) for the photo store's tests, with one empty bucket.
// s3rver accepts its own fixed credentials.
const s3TestCredentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export type S3TestServer = { endpoint: string; bucket: string; directory: string; close(): Promise<void> };

export async function startS3TestServer({
  port = 0,
  bucket = "moskvitch-photos",
}: { port?: number; bucket?: string } = {}): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "moskvitch-s3-"));
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    directory,
    close: async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

export function s3StorageOn(endpoint: string, bucket: string): S3PhotoStorage {
  return new S3PhotoStorage({
    bucket,
    endpoint,
    region: "us-east-1",
    ...s3TestCredentials,
    forcePathStyle: true,
    timeoutMs: 2_000,
  });
}
