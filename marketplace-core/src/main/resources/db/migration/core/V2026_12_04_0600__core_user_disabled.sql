-- When an administrator disabled the account (null: it works). A disabled account signs in
-- nowhere, its access tokens are revoked and its sessions end on their next request; its orders,
-- invoices and unit trace stay.
ALTER TABLE users ADD COLUMN disabled_at DATETIME(6) NULL;
