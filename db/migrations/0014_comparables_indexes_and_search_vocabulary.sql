CREATE TABLE "search_vocabulary" (
	"word" text PRIMARY KEY NOT NULL,
	"listings" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "sold_items_category_model_idx";--> statement-breakpoint
DROP INDEX "sold_items_category_era_idx";--> statement-breakpoint
CREATE INDEX "search_vocabulary_word_trgm_idx" ON "search_vocabulary" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sold_items_category_newest_idx" ON "sold_items" USING btree ("category","sold_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "sold_items_model_newest_idx" ON "sold_items" USING btree ("category","model","sold_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "sold_items_era_newest_idx" ON "sold_items" USING btree ("category","era","sold_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "sold_items_toy_newest_idx" ON "sold_items" USING btree (("attributes"->>'toy'),"sold_at" DESC NULLS FIRST) WHERE "sold_items"."category" = 'toy';--> statement-breakpoint
CREATE INDEX "sold_items_part_type_newest_idx" ON "sold_items" USING btree (("attributes"->>'partType'),"sold_at" DESC NULLS FIRST) WHERE "sold_items"."category" = 'part';