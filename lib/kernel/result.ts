// The shape of every "did it work" answer from lib: `ok: true` with what it made, or `ok: false`
// with why. Forms add field errors (ActionResult); state kept by a form between submits is FormState
// in ./forms.

/** `ok: true` with `Value`'s fields, or `ok: false` with `Failure`'s (a message by default). */
export type Result<Value extends object = object, Failure extends object = { message: string }> =
  ({ ok: true } & Value) | ({ ok: false } & Failure);

/** A refusal a person can read, with a machine-readable reason. */
export type Refusal<Reason extends string, Extra extends object = object> = {
  ok: false;
  reason: Reason;
  message: string;
} & Extra;

/** The answer to a submitted form: a message either way, and on refusal the first error per field. */
export type ActionResult<Value extends object = object> = Result<
  { message: string } & Value,
  { message: string; fieldErrors: Record<string, string> }
>;
