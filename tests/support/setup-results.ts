// Setup that calls the app (save a listing, add a photo) must stop the file when the app says no:
// falling back to a made-up id would let later tests pass against nothing.

type Refusal = {
  ok: false;
  reason?: string;
  message?: string;
  fieldErrors?: Record<string, string | undefined>;
};

function describeRefusal(result: Refusal): string {
  const fields = Object.entries(result.fieldErrors ?? {})
    .filter(([, message]) => message)
    .map(([field, message]) => `${field}: ${message}`);
  return [result.reason, result.message, ...fields].filter(Boolean).join("; ") || JSON.stringify(result);
}

/** The successful result, or a thrown error that says what was refused and why. */
export function setupResult<T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> {
  if (!result.ok)
    throw new Error(
      `Test setup failed: ${what} was refused (${describeRefusal(result as unknown as Refusal)})`,
    );
  return result as Extract<T, { ok: true }>;
}
