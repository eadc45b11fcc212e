import { isBusyError } from "@/db/busy";

// One error type for route handlers: a code decides the HTTP status and what the caller is told.
// Anything else thrown is our own fault and stays a 500 (Next logs it).

export const httpErrorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  busy: 503,
  /** Switched off by the deployment's settings. */
  unavailable: 503,
} as const;
export type HttpErrorCode = keyof typeof httpErrorStatus;

export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(code: HttpErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = "HttpError";
    this.code = code;
    this.status = httpErrorStatus[code];
    this.headers = headers;
  }
}

/** Seconds a caller is asked to wait when the database is busy. */
const busyRetryAfterSeconds = 5;
const busyMessage = "The market is busy right now. Please try again in a few seconds.";

/** The HttpError a thrown value stands for, or null when it is not one we answer on purpose. */
export function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (isBusyError(error))
    return new HttpError("busy", busyMessage, { "Retry-After": String(busyRetryAfterSeconds) });
  return null;
}

/** A JSON response for an HttpError (or a busy database); anything else is thrown on. */
export function errorResponse(error: unknown): Response {
  const known = toHttpError(error);
  if (!known) throw error;
  return Response.json(
    { error: known.message, code: known.code },
    { status: known.status, headers: { "Cache-Control": "no-store", ...known.headers } },
  );
}

/** Wraps a route handler so HttpErrors and a busy database answer with their status, not a 500. */
export function withErrorResponses<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Promise<Response>,
) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
