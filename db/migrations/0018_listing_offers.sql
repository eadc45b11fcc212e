CREATE TYPE "public"."listing_offer_status" AS ENUM('open', 'countered', 'accepted', 'declined');--> statement-breakpoint
ALTER TYPE "public"."order_source" ADD VALUE 'offer';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'offer';--> statement-breakpoint
CREATE TABLE "listing_offer_settings" (
	"listing_id" integer PRIMARY KEY NOT NULL,
	"decline_below_cents" integer,
	"accept_from_cents" integer,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "listing_offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"listing_id" integer NOT NULL,
	"buyer_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" "listing_offer_status" DEFAULT 'open' NOT NULL,
	"counter_cents" integer,
	"countered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"order_id" integer
);
--> statement-breakpoint
ALTER TABLE "listing_offer_settings" ADD CONSTRAINT "listing_offer_settings_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_offers" ADD CONSTRAINT "listing_offers_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_offers" ADD CONSTRAINT "listing_offers_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_offers" ADD CONSTRAINT "listing_offers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_offers_listing_idx" ON "listing_offers" USING btree ("listing_id","status");--> statement-breakpoint
CREATE INDEX "listing_offers_buyer_idx" ON "listing_offers" USING btree ("buyer_id","created_at" DESC NULLS LAST);