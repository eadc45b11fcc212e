import { HttpError } from "@/lib/kernel/errors";

// Request bodies are read through here only, so none is ever read whole before its size is known:
// a declared Content-Length over the cap is refused before reading, and a chunked (or lying) body
// is counted while it streams and cancelled at the first byte past the cap.

/** Caps per kind of body, in bytes. */
export const bodyLimits = {
  /** JSON APIs (valuation questions are a few hundred bytes). */
  json: 64 * 1024,
  /** Stripe events are a few kilobytes; Stripe documents no event near this size. */
  webhook: 256 * 1024,
  /** Sign-in and sign-up forms. */
  form: 16 * 1024,
} as const;

type Limit = { maxBytes: number };

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    "payload_too_large",
    `The request body is over ${formatBytes(maxBytes)}; send at most ${formatBytes(maxBytes)}.`,
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** The raw bytes of the body, refusing (413) anything over maxBytes without reading past it. */
async function readBodyBytes(request: Request, { maxBytes }: Limit): Promise<Uint8Array<ArrayBuffer>> {
  const body = request.body;
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    await body?.cancel().catch(() => {});
    throw tooLarge(maxBytes);
  }
  if (!body) return new Uint8Array(new ArrayBuffer(0));
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as UTF-8 text (for signatures over the exact bytes, e.g. Stripe's webhook). */
export async function readTextBody(request: Request, limit: Limit): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/** The body parsed as JSON; 400 when it is not JSON, 413 when it is too large. */
export async function readJsonBody(
  request: Request,
  limit: Limit & { invalidMessage?: string },
): Promise<unknown> {
  const text = await readTextBody(request, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError("bad_request", limit.invalidMessage ?? "Send a JSON body.");
  }
}

/** Multipart or URL-encoded form data, parsed only once the whole body is known to be within maxBytes. */
export async function readFormDataBody(
  request: Request,
  limit: Limit & { invalidMessage?: string },
): Promise<FormData> {
  const bytes = await readBodyBytes(request, limit);
  try {
    return await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new HttpError("bad_request", limit.invalidMessage ?? "Send the request as form data.");
  }
}

/**
 * The same request with its body read under the cap, for handlers that read the body themselves
 * (next-auth). Methods without a body pass through untouched.
 */
export async function withBoundedBody<R extends Request>(request: R, limit: Limit): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return request;
  const bytes = await readBodyBytes(request, limit);
  return new Request(request, { body: bytes });
}
