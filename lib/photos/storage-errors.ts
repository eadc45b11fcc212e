// Shared by the photo stores: which keys are allowed, and the one error a store that cannot be reached raises.

const safeKey = /^[a-zA-Z0-9_-]+\.(webp|jpg|png)$/;

export function isSafePhotoKey(key: string): boolean {
  return safeKey.test(key);
}

export class PhotoStorageUnavailableError extends Error {
  constructor(operation: "put" | "get" | "delete", cause: unknown) {
    super(`The photo store could not ${operation} a photo: ${(cause as Error)?.message ?? String(cause)}`, {
      cause,
    });
    this.name = "PhotoStorageUnavailableError";
  }
}
