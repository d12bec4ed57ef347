-- A professional buyer's company, and what VIES last answered about its VAT number and when.
ALTER TABLE orders
    ADD COLUMN company_name        VARCHAR(200) NULL,
    ADD COLUMN vat_number          VARCHAR(20)  NULL,
    ADD COLUMN vat_check           VARCHAR(20)  NULL,
    ADD COLUMN vat_checked_at      DATETIME(6)  NULL,
    ADD COLUMN vat_registered_name VARCHAR(200) NULL,
    ADD INDEX ix_orders_status (status);
