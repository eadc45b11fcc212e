import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Two accounts an admin found to be one person or acting together (a shill bidder and the seller).
 * Stored once per pair, the smaller id first; unmarking deletes the row (the audit log keeps both).
 */
export const relatedAccounts = pgTable(
  "related_accounts",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    otherId: uuid("other_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    markedBy: uuid("marked_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.otherId] }),
    index("related_accounts_other_idx").on(t.otherId),
    check("related_accounts_ordered_pair", sql`account_id < other_id`),
  ],
);

export type RelatedAccounts = typeof relatedAccounts.$inferSelect;
