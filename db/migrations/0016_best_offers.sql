CREATE TYPE "public"."best_offer_status" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
ALTER TYPE "public"."auction_offer_kind" ADD VALUE 'best_offer';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'best_offer';--> statement-breakpoint
CREATE TABLE "best_offers" (
	"listing_id" integer PRIMARY KEY NOT NULL,
	"bidder_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" "best_offer_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"order_id" integer
);
--> statement-breakpoint
ALTER TABLE "best_offers" ADD CONSTRAINT "best_offers_listing_id_auctions_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."auctions"("listing_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "best_offers" ADD CONSTRAINT "best_offers_bidder_id_users_id_fk" FOREIGN KEY ("bidder_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "best_offers" ADD CONSTRAINT "best_offers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;