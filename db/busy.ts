// The database could not serve a request in time: a row lock held too long, a statement past its
// timeout, or no free connection. Callers answer "busy, try again" (503) rather than fail (500).
export class DatabaseBusyError extends Error {
  /** Next passes a thrown error's digest to the error page unchanged, so pages can say "busy" rather than "broken". */
  readonly digest = databaseBusyDigest;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseBusyError";
  }
}

const databaseBusyDigest = "DATABASE_BUSY";

// SQLSTATEs for "gave up waiting": lock_not_available (lock_timeout), query_canceled
// (statement_timeout), and the connection limit reached on the server.
const busyCodes = new Set(["55P03", "57014", "53300"]);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  return codeOf((error as { cause?: unknown }).cause);
}

function messageChain(error: unknown): string {
  if (!(error instanceof Error)) return "";
  return `${error.message} ${messageChain(error.cause)}`;
}

/** True for the errors of waiting too long: lock and statement timeouts, and a pool with no free connection. */
export function isBusyError(error: unknown): boolean {
  if (error instanceof DatabaseBusyError) return true;
  const code = codeOf(error);
  if (code && busyCodes.has(code)) return true;
  // node-postgres's pool says this when connectionTimeoutMillis passes without a free client.
  return /timeout exceeded when trying to connect/i.test(messageChain(error));
}

/** Rethrows waiting-too-long errors as DatabaseBusyError, everything else as it was. */
export function asBusyError(error: unknown): unknown {
  if (error instanceof DatabaseBusyError || !isBusyError(error)) return error;
  return new DatabaseBusyError("The database is busy: a lock or a connection was not free in time.", {
    cause: error,
  });
}
