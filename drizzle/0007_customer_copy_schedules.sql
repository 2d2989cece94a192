CREATE TABLE `analytics_copies` (
	`name` varchar(32) NOT NULL,
	`copied_at` datetime(3) NOT NULL,
	CONSTRAINT `analytics_copies_name` PRIMARY KEY(`name`)
);
--> statement-breakpoint
ALTER TABLE `sync_schedules` ADD `built_in` varchar(32);--> statement-breakpoint
ALTER TABLE `sync_schedules` ADD CONSTRAINT `sync_schedules_built_in_idx` UNIQUE(`built_in`);