CREATE TABLE `analytics_trades` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`account_id` int NOT NULL,
	`at` datetime(3) NOT NULL,
	`code` varchar(16) NOT NULL,
	`symbol` varchar(32) NOT NULL,
	`amount` int NOT NULL,
	`price` varchar(64) NOT NULL,
	`total` varchar(64) NOT NULL,
	CONSTRAINT `analytics_trades_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `analytics_trades_account_idx` ON `analytics_trades` (`account_id`,`at`);