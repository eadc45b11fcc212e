CREATE TABLE "related_accounts" (
	"account_id" uuid NOT NULL,
	"other_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"marked_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "related_accounts_account_id_other_id_pk" PRIMARY KEY("account_id","other_id"),
	CONSTRAINT "related_accounts_ordered_pair" CHECK (account_id < other_id)
);
--> statement-breakpoint
ALTER TABLE "related_accounts" ADD CONSTRAINT "related_accounts_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_accounts" ADD CONSTRAINT "related_accounts_other_id_users_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_accounts" ADD CONSTRAINT "related_accounts_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "related_accounts_other_idx" ON "related_accounts" USING btree ("other_id");