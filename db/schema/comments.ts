import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { listings } from "./listings";
import { users } from "./users";

/** held: a new account's first comment, seen only by its author and admins; hidden: taken down by an admin. */
export const commentStatus = pgEnum("comment_status", ["held", "visible", "hidden"]);

/** The public questions and comments under a listing, plain text, oldest first. */
export const listingComments = pgTable(
  "listing_comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    status: commentStatus("status").notNull(),
    /** When an admin let a held comment through (null for one that was never held). */
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("listing_comments_listing_idx").on(t.listingId, t.id),
    index("listing_comments_author_idx").on(t.authorId, t.status),
    index("listing_comments_held_idx")
      .on(t.id)
      .where(sql`status = 'held'`),
  ],
);

/** One report per person per comment. */
export const commentReports = pgTable(
  "comment_reports",
  {
    commentId: integer("comment_id")
      .notNull()
      .references(() => listingComments.id, { onDelete: "cascade" }),
    reporterId: uuid("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.reporterId] })],
);

/** What each admin did, to what, and when: written in the same transaction as the change. */
export const adminActions = pgTable(
  "admin_actions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    adminId: uuid("admin_id")
      .notNull()
      .references(() => users.id),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("admin_actions_subject_idx").on(t.subjectType, t.subjectId)],
);

export type CommentStatus = (typeof commentStatus.enumValues)[number];
