import { z } from "zod";
import { idSchema } from "@/lib/kernel/forms";

// The rules of a listing's question-and-comment thread, pure so the unit tests and the form share them.

export const commentLimits = {
  minLength: 1,
  maxLength: 2_000,
  /** Comments one account may post in a window, across all listings. */
  perAccount: { points: 10, durationSeconds: 10 * 60 },
  /** An account younger than this with no comment shown yet has its comment held for an admin. */
  newAccountHours: 24,
} as const;

// Control characters would only hide text (or, NUL, break the database); newlines and tabs stay.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Plain text a member writes (a comment, a message): control characters dropped, line ends made
 * one kind, trimmed, then 1 to `maxLength` characters. Never HTML.
 */
export function plainTextSchema({ empty, maxLength }: { empty: string; maxLength: number }) {
  return z
    .string({ error: empty })
    .transform((text) => text.replace(controlCharacters, "").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(commentLimits.minLength, empty)
        .max(maxLength, `Keep it under ${maxLength.toLocaleString("en-US")} characters.`),
    );
}

export const commentBodySchema = plainTextSchema({
  empty: "Write your question or comment.",
  maxLength: commentLimits.maxLength,
});

export const commentIdSchema = idSchema("That comment does not exist.");

export const newCommentSchema = z.object({
  listingId: idSchema("That listing does not exist."),
  body: commentBodySchema,
});

/**
 * Whether a new comment waits for an admin before anyone else sees it. Held: the first comment of
 * an account younger than a day (no comment of theirs has been shown yet). Never held: an admin's,
 * or the seller's on their own listing (they already write its description).
 */
export function holdsForReview(input: {
  accountCreatedAt: Date;
  now: Date;
  hasShownComment: boolean;
  isAdmin: boolean;
  isSeller: boolean;
}): boolean {
  if (input.isAdmin || input.isSeller || input.hasShownComment) return false;
  const ageMs = input.now.getTime() - input.accountCreatedAt.getTime();
  return ageMs < commentLimits.newAccountHours * 3_600_000;
}

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const urlPattern = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/**
 * A comment's text cut into plain runs and web addresses, so the page can show the addresses as
 * links (http and https only; closing punctuation stays text) and everything else as text, never HTML.
 */
export function commentTextParts(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of body.matchAll(urlPattern)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, "");
    const start = match.index;
    if (start > last) parts.push({ kind: "text", text: body.slice(last, start) });
    parts.push({ kind: "link", text: url, href: safeHref(url) ?? "" });
    last = start + url.length;
  }
  if (last < body.length) parts.push({ kind: "text", text: body.slice(last) });
  return parts.map((part) => (part.kind === "link" && !part.href ? { kind: "text", text: part.text } : part));
}

function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
