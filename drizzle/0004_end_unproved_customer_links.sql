-- Issue #15: a link to an analytics customer record now needs proof from the record (account number + birth date)
-- or an admin's hand. Links made automatically from a "verified" email are kept only where they still pass that
-- old rule: the email is verified and has not changed since the link was made. Every other automatic link (or one
-- of unknown origin) ends here, audited as `customer.unlinked`; the customer links again with proof. Links whose
-- latest link event is an admin's (`user.customer_linked`) are kept.
CREATE TEMPORARY TABLE `unproved_links` AS
SELECT u.`id`, u.`analytics_customer_id`, u.`analytics_username`
FROM `users` u
WHERE u.`analytics_customer_id` IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM `audit_events` a
    WHERE a.`id` = (
      SELECT MAX(b.`id`) FROM `audit_events` b
      WHERE b.`target` = CONCAT('user:', u.`id`) AND b.`action` IN ('customer.linked', 'user.customer_linked')
    ) AND a.`action` = 'user.customer_linked'
  )
  AND (
    u.`email_verified_at` IS NULL
    OR EXISTS (
      SELECT 1 FROM `audit_events` c
      WHERE c.`target` = CONCAT('user:', u.`id`) AND c.`action` = 'auth.email_changed'
        AND c.`id` > COALESCE((
          SELECT MAX(d.`id`) FROM `audit_events` d WHERE d.`target` = CONCAT('user:', u.`id`) AND d.`action` = 'customer.linked'
        ), 0)
    )
  );
--> statement-breakpoint
INSERT INTO `audit_events` (`action`, `target`, `detail`)
SELECT 'customer.unlinked', CONCAT('user:', `id`),
  JSON_OBJECT('customerId', `analytics_customer_id`, 'username', `analytics_username`, 'rule', 'migration: automatic link no longer proved')
FROM `unproved_links`;
--> statement-breakpoint
UPDATE `users` u JOIN `unproved_links` x ON x.`id` = u.`id` SET u.`analytics_customer_id` = NULL, u.`analytics_username` = NULL;
--> statement-breakpoint
DROP TEMPORARY TABLE `unproved_links`;
