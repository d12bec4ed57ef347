-- A WEEE registration lists the Annex III categories (by number, "5, 6") and the household / professional
-- scope it covers. Registrations recorded before cover nothing until an administrator records them again:
-- the register never assumed a category, and the gate refuses rather than guess.
ALTER TABLE weee_registrations
    ADD COLUMN categories          VARCHAR(20) NOT NULL DEFAULT '',
    ADD COLUMN covers_household    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN covers_professional BOOLEAN     NOT NULL DEFAULT FALSE;

-- Outside the home country a battery registration is held by an authorised representative (Batteries
-- Regulation (EU) 2023/1542 art. 55). The kinds now include France's packaging IDU and Germany's LUCID number.
ALTER TABLE producer_registrations
    ADD COLUMN authorised_representative VARCHAR(200) NULL,
    ADD COLUMN mandate_reference         VARCHAR(200) NULL;
