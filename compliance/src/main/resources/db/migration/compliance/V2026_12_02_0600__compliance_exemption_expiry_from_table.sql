-- A RoHS exemption's expiry is no longer typed by the team: the exemptions table
-- (rohs/exemptions.csv) gives it for the dossier's RoHS category. The typed dates go with their column.
ALTER TABLE dossier_part_evidence DROP COLUMN exemption_expires;
