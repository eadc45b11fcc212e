ALTER TYPE "public"."notification_kind" ADD VALUE 'auction_cancelled' BEFORE 'saved_search_match';--> statement-breakpoint
CREATE TABLE "auction_description_additions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "auction_description_additions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"listing_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auctions" ADD COLUMN "terms_at_first_bid" jsonb;--> statement-breakpoint
ALTER TABLE "auction_description_additions" ADD CONSTRAINT "auction_description_additions_listing_id_auctions_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."auctions"("listing_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auction_description_additions_listing_idx" ON "auction_description_additions" USING btree ("listing_id","id");