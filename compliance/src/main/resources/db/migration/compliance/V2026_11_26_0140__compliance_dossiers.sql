-- The compliance dossier of a revision (one per revision), its evidence files and, once submitted,
-- the revision it covers frozen (label, BOM hash, firmware, BOM lines).
CREATE TABLE dossiers (
    id                     CHAR(36)      NOT NULL PRIMARY KEY,
    revision_id            CHAR(36)      NOT NULL,
    version                BIGINT        NOT NULL,
    board_name             VARCHAR(200)  NOT NULL,
    revision_label         VARCHAR(40)   NOT NULL,
    bom_hash               VARCHAR(64)   NOT NULL,
    firmware_version       VARCHAR(40)   NOT NULL,
    frozen_at              DATETIME(6)   NULL,
    updated_at             DATETIME(6)   NOT NULL,
    scope_rationale        TEXT          NOT NULL,
    intended_use           VARCHAR(40)   NOT NULL,
    supply_voltage         VARCHAR(200)  NOT NULL,
    mains_supplied         BOOLEAN       NOT NULL,
    radio                  BOOLEAN       NOT NULL,
    internet_connected     BOOLEAN       NOT NULL,
    emc_class              CHAR(1)       NULL,
    technical_file_ref     VARCHAR(500)  NOT NULL,
    doc_number             VARCHAR(100)  NOT NULL,
    doc_file               CHAR(64)      NULL,
    radio_evidence_file    CHAR(64)      NULL,
    rohs_category          INT           NULL,
    solder_description     VARCHAR(500)  NOT NULL,
    solder_file            CHAR(64)      NULL,
    pcb_finish             VARCHAR(200)  NOT NULL,
    weee_household         BOOLEAN       NOT NULL,
    weee_categories        VARCHAR(200)  NOT NULL,
    take_back              TEXT          NOT NULL,
    manufacturer_name      VARCHAR(200)  NOT NULL,
    postal_address         VARCHAR(500)  NOT NULL,
    email                  VARCHAR(200)  NOT NULL,
    product_identification VARCHAR(500)  NOT NULL,
    battery_on_board       BOOLEAN       NOT NULL,
    battery_description    VARCHAR(500)  NOT NULL,
    battery_removable      BOOLEAN       NOT NULL,
    svhc_present           BOOLEAN       NOT NULL,
    svhc_disclosure        TEXT          NOT NULL,
    CONSTRAINT uq_dossiers_revision UNIQUE (revision_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_acts (
    dossier_id CHAR(36)    NOT NULL,
    act        VARCHAR(10) NOT NULL,
    PRIMARY KEY (dossier_id, act),
    CONSTRAINT fk_dossier_acts FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_standards (
    dossier_id    CHAR(36)     NOT NULL,
    position      INT          NOT NULL,
    number        VARCHAR(100) NOT NULL,
    edition       VARCHAR(100) NOT NULL,
    cited_in_oj   BOOLEAN      NOT NULL,
    parts_applied VARCHAR(500) NOT NULL,
    withdrawn_on  DATE         NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_dossier_standards FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_part_evidence (
    dossier_id        CHAR(36)     NOT NULL,
    position          INT          NOT NULL,
    line_references   TEXT         NOT NULL,
    manufacturer      VARCHAR(200) NOT NULL,
    mpn               VARCHAR(200) NOT NULL,
    evidence_type     VARCHAR(40)  NULL,
    file_sha256       CHAR(64)     NULL,
    document_date     DATE         NULL,
    distributor_flag  VARCHAR(100) NOT NULL,
    flag_read_on      DATE         NULL,
    exemption         VARCHAR(100) NOT NULL,
    exemption_expires DATE         NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_dossier_part_evidence FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_warnings (
    dossier_id CHAR(36) NOT NULL,
    language   CHAR(2)  NOT NULL,
    warnings   TEXT     NOT NULL,
    PRIMARY KEY (dossier_id, language),
    CONSTRAINT fk_dossier_warnings FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_files (
    dossier_id   CHAR(36)     NOT NULL,
    position     INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_dossier_files FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_bom_lines (
    dossier_id      CHAR(36)      NOT NULL,
    position        INT           NOT NULL,
    line_references TEXT          NOT NULL,
    manufacturer    VARCHAR(200)  NOT NULL,
    mpn             VARCHAR(200)  NOT NULL,
    alternates      VARCHAR(1000) NOT NULL,
    do_not_place    BOOLEAN       NOT NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_dossier_bom_lines FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What an approval saw: the checklist items the reviewer confirmed and the evidence hashes.
CREATE TABLE review_decision_checklist (
    decision_id CHAR(36)    NOT NULL,
    item        VARCHAR(40) NOT NULL,
    PRIMARY KEY (decision_id, item),
    CONSTRAINT fk_decision_checklist FOREIGN KEY (decision_id) REFERENCES review_decisions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_decision_evidence (
    decision_id CHAR(36)     NOT NULL,
    item        VARCHAR(200) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    PRIMARY KEY (decision_id, item),
    CONSTRAINT fk_decision_evidence FOREIGN KEY (decision_id) REFERENCES review_decisions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
