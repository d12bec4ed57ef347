-- The EU Declaration of Conformity names the revision it declares (label and BOM hash), who signed it
-- for the manufacturer (name and function), where and when. Rows already there get empty values: a
-- declaration without them does not name its revision, and an approval or a sale then asks for them.
ALTER TABLE dossiers
    ADD COLUMN doc_revision_label     VARCHAR(40)  NOT NULL DEFAULT '' AFTER doc_number,
    ADD COLUMN doc_bom_hash           VARCHAR(64)  NOT NULL DEFAULT '' AFTER doc_revision_label,
    ADD COLUMN doc_signatory_name     VARCHAR(200) NOT NULL DEFAULT '' AFTER doc_bom_hash,
    ADD COLUMN doc_signatory_function VARCHAR(200) NOT NULL DEFAULT '' AFTER doc_signatory_name,
    ADD COLUMN doc_place              VARCHAR(200) NOT NULL DEFAULT '' AFTER doc_signatory_function,
    ADD COLUMN doc_signed_on          DATE         NULL AFTER doc_place;
