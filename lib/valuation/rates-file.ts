import { z } from "zod";
import { parseCsv } from "./csv";
import { valuationCurrencies, type ExchangeRate } from "./currency";

// `npm run rates:refresh <file.csv>`: columns date, currency, per_usd, source. per_usd is how many
// units of the currency one US dollar buys that day. A file is taken whole or not at all. Pure.

const rowSchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Write the date as YYYY-MM-DD")
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "That date does not exist"),
  currency: z.enum(valuationCurrencies.filter((c) => c !== "USD") as ["EUR", "GBP", "RUB"], {
    error: "Use EUR, GBP or RUB (a dollar is always 1 dollar)",
  }),
  per_usd: z
    .string()
    .regex(/^\d{1,10}(\.\d{1,8})?$/, "Write the rate as a plain number, like 0.9605 (units per US dollar)")
    .transform(Number)
    .refine((n) => n > 0, "A rate must be above 0"),
  source: z.string().min(3, "Say where the figure comes from (e.g. ECB reference rates)"),
});

export function checkRatesFile(
  text: string,
):
  | { ok: true; rates: ExchangeRate[] }
  | { ok: false; problems: { line: number; field: string; message: string }[] } {
  const { header, rows } = parseCsv(text);
  const missing = ["date", "currency", "per_usd", "source"].filter((c) => !header.includes(c));
  if (missing.length)
    return {
      ok: false,
      problems: [{ line: 1, field: "header", message: `Missing columns: ${missing.join(", ")}` }],
    };
  const problems: { line: number; field: string; message: string }[] = [];
  const rates: ExchangeRate[] = [];
  for (const { line, fields } of rows) {
    const parsed = rowSchema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ line, field: issue.path.map(String).join("."), message: issue.message });
      continue;
    }
    rates.push({
      currency: parsed.data.currency,
      ratesOn: parsed.data.date,
      perUsd: parsed.data.per_usd,
      source: parsed.data.source,
    });
  }
  if (rows.length === 0)
    problems.push({ line: 1, field: "file", message: "The file has a header but no rates" });
  return problems.length ? { ok: false, problems } : { ok: true, rates };
}
