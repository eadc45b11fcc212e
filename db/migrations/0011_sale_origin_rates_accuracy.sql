CREATE TYPE "public"."sale_origin" AS ENUM('marketplace', 'imported', 'demo');--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rates_on" date NOT NULL,
	"currency" text NOT NULL,
	"per_usd" numeric(18, 8) NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_per_usd_positive" CHECK ("exchange_rates"."per_usd" > 0)
);
--> statement-breakpoint
CREATE TABLE "valuation_accuracy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"category" "listing_category" NOT NULL,
	"sample_size" integer NOT NULL,
	"median_error_basis_points" integer NOT NULL,
	"inside_range_basis_points" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sold_items" ALTER COLUMN "source" SET DEFAULT 'external';--> statement-breakpoint
ALTER TABLE "sold_items" ADD COLUMN "origin" "sale_origin" DEFAULT 'marketplace' NOT NULL;--> statement-breakpoint
ALTER TABLE "sold_items" ADD COLUMN "source_name" text;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_currency_day_key" ON "exchange_rates" USING btree ("currency","rates_on");--> statement-breakpoint
CREATE INDEX "valuation_accuracy_measured_idx" ON "valuation_accuracy" USING btree ("measured_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "sold_items_url_key" ON "sold_items" USING btree ("url");