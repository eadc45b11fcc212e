import { z } from "zod";

// Settings that auctions and their emails read, checked once (all optional).
const settingsSchema = z.object({
  /** How long a winner has to pay before the order lapses and the seller may offer the item to the next bidder. */
  AUCTION_PAYMENT_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(72),
  /** "Ending soon" alerts go out this many minutes before the end. */
  AUCTION_ENDING_SOON_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** SMTP server for emails, e.g. smtp://user:pass@mail.example.com:587. Unset: emails are written to the log. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Moskvitch Market <market@moskvitch.example>"),
  /** Public URL for links in emails. */
  NEXTAUTH_URL: z.string().url().optional(),
});

export type AuctionSettings = z.infer<typeof settingsSchema>;

export function getAuctionSettings(): AuctionSettings {
  const parsed = settingsSchema.safeParse(process.env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Configuration error: ${first?.path.join(".")}: ${first?.message}`);
  }
  return parsed.data;
}

export function siteUrl(): string {
  return (getAuctionSettings().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
