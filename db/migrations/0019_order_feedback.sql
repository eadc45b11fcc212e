CREATE TYPE "public"."feedback_kind" AS ENUM('rating', 'unpaid_auction');--> statement-breakpoint
CREATE TYPE "public"."feedback_rating" AS ENUM('positive', 'neutral', 'negative');--> statement-breakpoint
CREATE TYPE "public"."feedback_side" AS ENUM('buyer', 'seller');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'feedback';--> statement-breakpoint
CREATE TABLE "order_feedback" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "order_feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"order_id" integer NOT NULL,
	"kind" "feedback_kind" NOT NULL,
	"author_id" uuid,
	"subject_id" uuid NOT NULL,
	"subject_side" "feedback_side" NOT NULL,
	"rating" "feedback_rating" NOT NULL,
	"comment" text NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_feedback_rating_has_author" CHECK ("order_feedback"."kind" <> 'rating' or "order_feedback"."author_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "order_feedback" ADD CONSTRAINT "order_feedback_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_feedback" ADD CONSTRAINT "order_feedback_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_feedback" ADD CONSTRAINT "order_feedback_subject_id_users_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_feedback_once_idx" ON "order_feedback" USING btree ("order_id","subject_side","kind");--> statement-breakpoint
CREATE INDEX "order_feedback_subject_idx" ON "order_feedback" USING btree ("subject_id","created_at" DESC NULLS LAST);