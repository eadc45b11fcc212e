CREATE TYPE "public"."listing_hidden_reason" AS ENUM('admin', 'suspension');--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "hidden_reason" "listing_hidden_reason";