import { z } from "zod";
import { parseMoneyToCents } from "@/lib/kernel/money";

// Field builders for the listing schemas. Each accepts what a form posts (strings) as well as typed
// values (tests, stored drafts), and words its messages for the collector filling the form in.

/** One of a fixed list; missing and wrong values get different messages. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? `Choose ${what}` : `Choose ${what} from the list`),
  });
}

export function text(max: number, what: string) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .max(max, `Keep ${what} under ${max} characters`);
}

const maxCents = 100_000_000_00;

/** Money typed in units ("350", "1,250.50"), stored as integer cents: no float arithmetic anywhere. */
export function money(what: string, { minCents }: { minCents: number }) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Enter ${what}` : `Enter ${what} as a number, like 350 or 1,250.50`,
    })
    .transform((typed, ctx) => {
      const cents = parseMoneyToCents(typed);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: `Enter ${what} as a number, like 350 or 1,250.50` });
        return z.NEVER;
      }
      return cents;
    })
    .pipe(
      z
        .number()
        .int()
        .min(minCents, minCents > 0 ? `Enter ${what} above zero` : `Enter ${what}, or 0 for free`)
        .max(maxCents, `Enter ${what} under 100,000,000`),
    );
}

/** Countries and shipping destinations are checked by the one country schema the whole market uses. */
export {
  countryCodeSchema,
  shippingDestinationSchema as shippingDestination,
} from "@/lib/shipping/countries";
