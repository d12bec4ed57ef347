-- The association's register as a producer, kept by administrators; dossiers refer to it.
ALTER TABLE weee_registrations
    ADD COLUMN authorised_representative VARCHAR(200) NULL,
    ADD COLUMN mandate_reference         VARCHAR(200) NULL,
    ADD COLUMN compliance_scheme         VARCHAR(200) NULL;

CREATE TABLE producer_registrations (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    country             CHAR(2)      NOT NULL,
    registration_number VARCHAR(100) NOT NULL,
    holder              VARCHAR(200) NOT NULL,
    valid_until         DATE         NOT NULL,
    CONSTRAINT uk_producer_registrations UNIQUE (kind, country)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
