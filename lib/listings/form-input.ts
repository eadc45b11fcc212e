import { manyValueKeys } from "@/lib/catalogue/categories";

// Turns the sell form's flat FormData ("shipping.0.price", repeated "knownIssues") into the nested
// object the listing schemas read. Pure, so the browser and the server action share it.

export type ListingInput = Record<string, unknown>;

/** Fields a seller can tick several of (the descriptors' "many" fields): always arrays, even with one or no box ticked. */
const multiValueFields = manyValueKeys;

type Nested = Record<string, unknown> | unknown[];

function setPath(target: Nested, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const container = target as Record<string, unknown>;
  if (rest.length === 0) {
    container[head] = value;
    return;
  }
  const nextIsIndex = /^\d{1,2}$/.test(rest[0]!);
  container[head] ??= nextIsIndex ? [] : {};
  setPath(container[head] as Nested, rest, value);
}

export function formDataToListingInput(formData: FormData): ListingInput {
  const input: ListingInput = {};
  for (const name of multiValueFields) input[name] = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (multiValueFields.has(name)) {
      (input[name] as string[]).push(value);
      continue;
    }
    // Only short, known-shaped paths: a crafted "__proto__.x" name must not reach the object.
    const path = name.split(".");
    if (path.length > 3 || path.some((part) => !/^[a-zA-Z][a-zA-Z0-9]{0,39}$|^\d{1,2}$/.test(part))) continue;
    setPath(input, path, value);
  }
  // Rows added then cleared leave holes; drop them so "shipping.3" after a removal still parses.
  for (const key of ["shipping", "fits"]) {
    if (Array.isArray(input[key])) input[key] = (input[key] as unknown[]).filter((row) => row !== undefined);
  }
  return input;
}

/** Drops blank strings (and rows left wholly blank), so "not filled in" reads as absent rather than invalid. */
export function withoutBlanks(value: unknown): unknown {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    return value
      .map(withoutBlanks)
      .filter((row) => row !== undefined && !(isPlainObject(row) && Object.keys(row).length === 0));
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const cleaned = withoutBlanks(inner);
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return out;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
