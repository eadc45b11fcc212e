import { z } from "zod";
import type { Database } from "@/db/client";
import { soldItems, type NewSoldItem } from "@/db/schema";
import { itemColumns } from "./sold-item-columns";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { currencies } from "@/lib/catalogue/vocabulary";
import { parseMoneyToCents } from "@/lib/kernel/money";
import { parseCsv } from "./csv";

// `npm run sales:import <file.csv>`: real results from public sources (auction houses, marketplaces),
// so the engine learns from the market rather than from the demo. A file is taken whole or not at
// all: one bad row and nothing is stored, with a message per row and field. Each result is keyed by
// its source address, so importing the same file again adds nothing.

const salesImportColumns = [
  "title",
  "category",
  "attributes",
  "price",
  "currency",
  "sold_on",
  "country",
  "source_name",
  "source_url",
] as const;

const rowSchema = z.object({
  title: z
    .string()
    .min(3, "Give the sale a title of a few words")
    .max(200, "Keep the title under 200 characters"),
  price: z.string().transform((text, ctx) => {
    const cents = parseMoneyToCents(text);
    if (cents === null || cents <= 0) {
      ctx.addIssue({
        code: "custom",
        message: "Write the price as a number like 5225 or 5225.00 (no currency sign)",
      });
      return z.NEVER;
    }
    return cents;
  }),
  currency: z.enum(currencies, { error: `Use one of ${currencies.join(", ")}` }),
  sold_on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Write the sale date as YYYY-MM-DD")
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T12:00:00Z`)) && new Date(`${d}T12:00:00Z`).toISOString().startsWith(d),
      "That date does not exist",
    ),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "Use the two-letter country code of where it sold, like US or GB")
    .transform((c) => c.toUpperCase()),
  source_name: z
    .string()
    .min(2, "Name the public source (an auction house, a marketplace)")
    .max(120, "Keep the source name under 120 characters"),
  source_url: z.url({
    protocol: /^https?$/,
    error: "Give the result's public address, starting with https://",
  }),
  shipping: z.string().optional(),
});

export type ImportProblem = { line: number; field: string; message: string };
export type ImportCheck = { ok: true; rows: NewSoldItem[] } | { ok: false; problems: ImportProblem[] };

function attributesOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads and checks every row; returns the rows to store, or every problem found (by line and field). */
function checkSalesFile(text: string, now: Date): ImportCheck {
  const { header, rows } = parseCsv(text);
  const missing = salesImportColumns.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          field: "header",
          message: `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`,
        },
      ],
    };
  if (rows.length === 0)
    return {
      ok: false,
      problems: [{ line: 1, field: "file", message: "The file has a header but no sales" }],
    };
  const problems: ImportProblem[] = [];
  const stored: NewSoldItem[] = [];
  const seenUrls = new Map<string, number>();
  for (const { line, fields } of rows) {
    const parsed = rowSchema.safeParse(fields);
    const attributes = attributesOf(fields.attributes ?? "");
    const item = itemSchema.safeParse(
      attributes && typeof attributes === "object"
        ? { ...attributes, category: fields.category }
        : { category: fields.category },
    );
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push({ line, field: issue.path.map(String).join(".") || "row", message: issue.message });
    if (attributes === undefined || typeof attributes !== "object" || Array.isArray(attributes))
      problems.push({
        line,
        field: "attributes",
        message: 'Write the attributes as a JSON object, like {"model":"400","body":"sedan"}',
      });
    else if (!item.success)
      for (const issue of item.error.issues)
        problems.push({
          line,
          field: issue.path[0] === "category" ? "category" : `attributes.${issue.path.map(String).join(".")}`,
          message: issue.message,
        });
    if (!parsed.success || !item.success) continue;
    const soldAt = new Date(`${parsed.data.sold_on}T12:00:00Z`);
    if (soldAt > now) problems.push({ line, field: "sold_on", message: "That date is in the future" });
    const earlier = seenUrls.get(parsed.data.source_url);
    if (earlier)
      problems.push({ line, field: "source_url", message: `The same address is already on line ${earlier}` });
    seenUrls.set(parsed.data.source_url, line);
    const shipping = parsed.data.shipping ? parseMoneyToCents(parsed.data.shipping) : null;
    if (parsed.data.shipping && shipping === null)
      problems.push({
        line,
        field: "shipping",
        message: "Write shipping as a number like 120 or leave it empty",
      });
    stored.push({
      origin: "imported",
      sourceName: parsed.data.source_name,
      url: parsed.data.source_url,
      category: item.data.category,
      title: parsed.data.title,
      attributes: item.data,
      ...itemColumns(item.data),
      soldPriceCents: parsed.data.price,
      shippingCents: shipping,
      currency: parsed.data.currency,
      country: parsed.data.country,
      soldAt,
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows: stored };
}

/** Stores a checked file in one transaction; results already on record (same address) are skipped. */
export async function importSales(
  db: Database,
  text: string,
  now: Date,
): Promise<{ ok: true; added: number; alreadyKnown: number } | { ok: false; problems: ImportProblem[] }> {
  const checked = checkSalesFile(text, now);
  if (!checked.ok) return checked;
  const added = await db.transaction(async (tx) => {
    let count = 0;
    for (let i = 0; i < checked.rows.length; i += 100) {
      const inserted = await tx
        .insert(soldItems)
        .values(checked.rows.slice(i, i + 100))
        .onConflictDoNothing({ target: soldItems.url })
        .returning({ id: soldItems.id });
      count += inserted.length;
    }
    return count;
  });
  return { ok: true, added, alreadyKnown: checked.rows.length - added };
}
