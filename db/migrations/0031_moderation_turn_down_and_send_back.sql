ALTER TABLE "employers" ADD COLUMN "turned_down_reason" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "sent_back_reason" text;