// Where photo files are kept: the local disk on one machine, or an S3-compatible bucket every instance reads.
export interface PhotoStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}
