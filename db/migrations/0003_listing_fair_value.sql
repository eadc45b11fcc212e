ALTER TABLE "listings" ADD COLUMN "fair_value_low_cents" integer;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "fair_value_cents" integer;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "fair_value_high_cents" integer;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "deal_permille" integer GENERATED ALWAYS AS (case when fair_value_cents > 0 then (asking_price_cents::bigint * 1000 / fair_value_cents)::int end) STORED;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "valued_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "listings_live_deal_idx" ON "listings" USING btree ("deal_permille","id") WHERE "listings"."status" = 'live' and "listings"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "listings_live_category_deal_idx" ON "listings" USING btree ("category","deal_permille","id") WHERE "listings"."status" = 'live' and "listings"."deleted_at" is null;