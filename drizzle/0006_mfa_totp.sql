CREATE TABLE `known_devices` (
	`user_id` int NOT NULL,
	`device_hash` char(64) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`last_seen_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `known_devices_user_id_device_hash_pk` PRIMARY KEY(`user_id`,`device_hash`)
);
--> statement-breakpoint
CREATE TABLE `mfa_credentials` (
	`user_id` int NOT NULL,
	`secret_encrypted` varchar(255) NOT NULL,
	`confirmed_at` datetime(3),
	`last_used_step` bigint,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `mfa_credentials_user_id` PRIMARY KEY(`user_id`)
);
--> statement-breakpoint
CREATE TABLE `mfa_recovery_codes` (
	`id` int AUTO_INCREMENT NOT NULL,
	`user_id` int NOT NULL,
	`code_hash` char(64) NOT NULL,
	`used_at` datetime(3),
	CONSTRAINT `mfa_recovery_codes_id` PRIMARY KEY(`id`),
	CONSTRAINT `mfa_recovery_codes_user_hash_idx` UNIQUE(`user_id`,`code_hash`)
);
--> statement-breakpoint
ALTER TABLE `known_devices` ADD CONSTRAINT `known_devices_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mfa_credentials` ADD CONSTRAINT `mfa_credentials_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `mfa_recovery_codes` ADD CONSTRAINT `mfa_recovery_codes_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;