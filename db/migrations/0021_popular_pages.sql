CREATE TABLE "popular_pages" (
	"page" text PRIMARY KEY NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"last_asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "popular_pages_promoted_idx" ON "popular_pages" USING btree ("page") WHERE "popular_pages"."promoted_at" is not null;