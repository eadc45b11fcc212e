import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/transaction";
import { relatedAccounts, users } from "@/db/schema";

// Who may deal on a seller's listing or order: not the seller themselves, and not an account an
// admin marked as related to the seller (lib/moderation/related-accounts.ts). The one rule bids,
// offers, best offers and feedback ask, inside their own transaction.

export type PartyConflict = "own" | "related";

/** The two ids of a pair in the order related_accounts stores them. */
export function orderedPair(a: string, b: string): { accountId: string; otherId: string } {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? { accountId: x, otherId: y } : { accountId: y, otherId: x };
}

/**
 * Why `accountId` may not deal with `sellerId`, or null when they may. Takes a key-share lock on
 * the account's row, which an admin's mark waits for (and which waits for a mark in progress), so a
 * bid and a mark never pass each other unseen.
 */
export async function conflictWithSeller(
  tx: Pick<Executor, "select">,
  { accountId, sellerId }: { accountId: string; sellerId: string },
): Promise<PartyConflict | null> {
  if (accountId === sellerId) return "own";
  await tx.select({ id: users.id }).from(users).where(eq(users.id, accountId)).for("key share");
  const pair = orderedPair(accountId, sellerId);
  const [related] = await tx
    .select({ accountId: relatedAccounts.accountId })
    .from(relatedAccounts)
    .where(and(eq(relatedAccounts.accountId, pair.accountId), eq(relatedAccounts.otherId, pair.otherId)));
  return related ? "related" : null;
}

/** What a refused account is told when an admin linked it to the seller. */
export const relatedToSellerMessage =
  "Your account is marked as related to the seller's, so it cannot bid on, make offers on or rate their listings.";
