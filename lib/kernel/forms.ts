import { z } from "zod";
import { parseMoneyToCents } from "./money";

// What every form shares: the state a server action hands back to its form, one way of turning
// zod's issues into "first message per field", and the id and money schemas.

/** The first error message per field, keyed by the field's dotted path ("item.era"). */
export type FieldErrors<Field extends string = string> = string extends Field
  ? Record<string, string>
  : Partial<Record<Field, string>>;

/** What a server action returns to its form: whether it worked, errors by field, a message, and values to refill. */
export type FormState<
  Field extends string = string,
  Values extends object = Partial<Record<Field, string>>,
> = {
  ok: boolean;
  fieldErrors: FieldErrors<Field>;
  message?: string;
  values?: Values;
};

type Issues = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/**
 * zod issues as { "item.era": "message" }, the first message per field. Issues about the whole
 * input (an empty path) go under `root` ("form" unless told; the JSON API says "body").
 */
export function fieldErrorsOf(error: Issues, root = "form"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || root;
    errors[key] ??= issue.message;
  }
  return errors;
}

/** What a form says above its fields when some of them did not pass. */
export const checkFieldsMessage = "Check the highlighted fields.";

/** A form's refusal: the first error per field (from zod's issues, or already mapped) under the one message. */
export function fieldRefusal(errors: Issues | Record<string, string>): {
  ok: false;
  message: string;
  fieldErrors: Record<string, string>;
} {
  const fieldErrors =
    "issues" in errors && Array.isArray(errors.issues) ? fieldErrorsOf(errors as Issues) : errors;
  return { ok: false, message: checkFieldsMessage, fieldErrors: fieldErrors as Record<string, string> };
}

/** The largest id a PostgreSQL `integer` column holds. */
const maxId = 2_147_483_647;

/** A row id from a form, a URL or JSON ("12" or 12); every refusal says `message` (e.g. "That listing does not exist."). */
export function idSchema(message: string) {
  return z.coerce.number({ error: message }).int(message).positive(message).max(maxId, message);
}

/** An amount typed by a person ("350", "1,250.50", "$99") as integer cents: `missing` when absent, `notMoney` when it is not an amount. */
export function typedCentsSchema({ missing, notMoney }: { missing: string; notMoney: string }) {
  return z.union([z.string(), z.number()], { error: missing }).transform((typed, ctx) => {
    const cents = parseMoneyToCents(String(typed));
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: notMoney });
      return z.NEVER;
    }
    return cents;
  });
}
