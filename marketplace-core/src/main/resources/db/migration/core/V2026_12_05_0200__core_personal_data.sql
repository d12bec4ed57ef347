-- When the person erased their account (privacy.PersonalData.erase): the row stays, anonymised, for
-- the orders, invoices and unit trace that name its id; null for an account in use.
ALTER TABLE users ADD COLUMN erased_at DATETIME(6) NULL;

-- A person's address book (account.AddressBook): shipping addresses kept to fill checkout's fields.
-- Deleted with the account's erasure; an order keeps its own copy of the address it was shipped to.
CREATE TABLE addresses (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    user_id     CHAR(36)     NOT NULL,
    name        VARCHAR(200) NOT NULL,
    line1       VARCHAR(200) NOT NULL,
    line2       VARCHAR(200) NOT NULL,
    postal_code VARCHAR(20)  NOT NULL,
    city        VARCHAR(100) NOT NULL,
    country     CHAR(2)      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    KEY ix_addresses_user (user_id, created_at),
    CONSTRAINT fk_addresses_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
