CREATE TABLE `analytics_account_owners` (
	`customer_id` varchar(200) NOT NULL,
	`account_id` int NOT NULL,
	`position` int NOT NULL,
	CONSTRAINT `analytics_account_owners_customer_id_account_id_pk` PRIMARY KEY(`customer_id`,`account_id`)
);
--> statement-breakpoint
CREATE TABLE `analytics_accounts` (
	`account_id` int NOT NULL,
	`account_limit` double,
	`products` json NOT NULL,
	CONSTRAINT `analytics_accounts_account_id` PRIMARY KEY(`account_id`)
);
--> statement-breakpoint
CREATE TABLE `analytics_latest_trades` (
	`account_id` int NOT NULL,
	`symbol` varchar(32) NOT NULL,
	`price` varchar(64) NOT NULL,
	`at` datetime(3) NOT NULL,
	CONSTRAINT `analytics_latest_trades_account_id_symbol_pk` PRIMARY KEY(`account_id`,`symbol`)
);
--> statement-breakpoint
CREATE TABLE `analytics_trade_groups` (
	`account_id` int NOT NULL,
	`symbol` varchar(32) NOT NULL,
	`month` char(7) NOT NULL,
	`code` varchar(16) NOT NULL,
	`trades` int NOT NULL,
	`amount` bigint NOT NULL,
	`total` decimal(65,30) NOT NULL,
	CONSTRAINT `analytics_trade_groups_account_id_symbol_month_code_pk` PRIMARY KEY(`account_id`,`symbol`,`month`,`code`)
);
