CREATE TABLE `analytics_rollups` (
	`period` varchar(16) NOT NULL,
	`computed_at` datetime(3) NOT NULL,
	`data` json NOT NULL,
	CONSTRAINT `analytics_rollups_period` PRIMARY KEY(`period`)
);
--> statement-breakpoint
CREATE TABLE `auth_tokens` (
	`id` int AUTO_INCREMENT NOT NULL,
	`user_id` int NOT NULL,
	`purpose` enum('verify_email','reset_password','set_password') NOT NULL,
	`token_hash` char(64) NOT NULL,
	`email` varchar(254) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`expires_at` datetime(3) NOT NULL,
	`used_at` datetime(3),
	CONSTRAINT `auth_tokens_id` PRIMARY KEY(`id`),
	CONSTRAINT `auth_tokens_hash_idx` UNIQUE(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`job_id` varchar(100) NOT NULL,
	`schedule_id` int,
	`spec` json NOT NULL,
	`source_ns` varchar(255) NOT NULL,
	`target_ns` varchar(255) NOT NULL,
	`mode` varchar(16) NOT NULL,
	`origin` enum('user','schedule','cli','retry') NOT NULL,
	`queued_by_user_id` int,
	`state` enum('queued','active','completed','failed','cancelled','interrupted','skipped','lost') NOT NULL,
	`attempt` int NOT NULL DEFAULT 1,
	`queued_at` datetime(3),
	`started_at` datetime(3),
	`finished_at` datetime(3),
	`copied` bigint NOT NULL DEFAULT 0,
	`deleted` bigint NOT NULL DEFAULT 0,
	`duplicates` bigint NOT NULL DEFAULT 0,
	`docs_per_sec` double,
	`verification` json,
	`error` varchar(2000),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `sync_runs_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `sync_schedules` (
	`id` int AUTO_INCREMENT NOT NULL,
	`name` varchar(100) NOT NULL,
	`spec` json NOT NULL,
	`cron` varchar(120),
	`timezone` varchar(64) NOT NULL DEFAULT 'UTC',
	`every_ms` int,
	`enabled` boolean NOT NULL DEFAULT true,
	`overlap` enum('skip','queue') NOT NULL DEFAULT 'skip',
	`created_by_user_id` int,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `sync_schedules_id` PRIMARY KEY(`id`),
	CONSTRAINT `sync_schedules_name_idx` UNIQUE(`name`)
);
--> statement-breakpoint
ALTER TABLE `users` ADD `email_verified_at` datetime(3);--> statement-breakpoint
ALTER TABLE `users` ADD `disabled_reason` varchar(500);--> statement-breakpoint
ALTER TABLE `users` ADD `analytics_customer_id` varchar(200);--> statement-breakpoint
ALTER TABLE `users` ADD `analytics_username` varchar(200);--> statement-breakpoint
ALTER TABLE `auth_tokens` ADD CONSTRAINT `auth_tokens_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `sync_runs` ADD CONSTRAINT `sync_runs_queued_by_user_id_users_id_fk` FOREIGN KEY (`queued_by_user_id`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `sync_schedules` ADD CONSTRAINT `sync_schedules_created_by_user_id_users_id_fk` FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `auth_tokens_user_idx` ON `auth_tokens` (`user_id`,`purpose`);--> statement-breakpoint
CREATE INDEX `sync_runs_job_idx` ON `sync_runs` (`job_id`,`attempt`);--> statement-breakpoint
CREATE INDEX `sync_runs_created_idx` ON `sync_runs` (`created_at`);--> statement-breakpoint
CREATE INDEX `sync_runs_state_idx` ON `sync_runs` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `sync_runs_schedule_idx` ON `sync_runs` (`schedule_id`,`created_at`);