DROP INDEX "listings_live_recent_idx";--> statement-breakpoint
DROP INDEX "listings_category_recent_idx";--> statement-breakpoint
DROP INDEX "listings_category_price_idx";--> statement-breakpoint
CREATE INDEX "listings_live_newest_idx" ON "listings" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "listings"."status" = 'live' and "listings"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "listings_live_category_newest_idx" ON "listings" USING btree ("category","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "listings"."status" = 'live' and "listings"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "listings_live_price_idx" ON "listings" USING btree ("asking_price_cents","id") WHERE "listings"."status" = 'live' and "listings"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "listings_live_category_price_idx" ON "listings" USING btree ("category","asking_price_cents","id") WHERE "listings"."status" = 'live' and "listings"."deleted_at" is null;