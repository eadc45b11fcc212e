ALTER TABLE "sold_items" ALTER COLUMN "origin" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "valuation_accuracy" ALTER COLUMN "median_error_basis_points" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "valuation_accuracy" ALTER COLUMN "inside_range_basis_points" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "valuation_accuracy" ADD COLUMN "demo_sales" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "sold_items" DROP COLUMN "source";--> statement-breakpoint
DROP TYPE "public"."sold_source";