-- A company's donation (docs/donations.md): its tax receipt is the one of CGI article 238 bis
-- (model Cerfa n° 16216), which names the company by its name (the donor's name), its legal form
-- and its SIREN number. A company that gave with its order is known by its VAT number, whose SIREN
-- is kept when it is French. Both stay NULL for a person's donation.
ALTER TABLE donations
    ADD COLUMN donor_legal_form VARCHAR(60) NULL,
    ADD COLUMN donor_company_id VARCHAR(20) NULL;
