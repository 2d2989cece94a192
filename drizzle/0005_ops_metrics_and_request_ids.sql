CREATE TABLE `metric_counters` (
	`name` varchar(64) NOT NULL,
	`label` varchar(64) NOT NULL,
	`value` bigint unsigned NOT NULL DEFAULT 0,
	CONSTRAINT `metric_counters_name_label_pk` PRIMARY KEY(`name`,`label`)
);
--> statement-breakpoint
ALTER TABLE `audit_events` ADD `request_id` varchar(36);