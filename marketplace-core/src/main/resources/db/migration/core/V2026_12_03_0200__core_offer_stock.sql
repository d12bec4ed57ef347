-- Assembled boards a team holds on its shelf for a full-kit offer. NULL: the offer is made to
-- order (it books the team's assembly slots); a number: the offer is sold from stock only, one
-- board taken off per unit ordered, never below zero (the store's conditional updates keep it so,
-- and this check refuses any other writer). An order line says which of the two it was placed as,
-- so that the end of its reservation gives its boards back to the right place.
ALTER TABLE offers
    ADD COLUMN stock INT NULL,
    ADD CONSTRAINT ck_offers_stock CHECK (stock IS NULL OR stock >= 0);

ALTER TABLE order_lines
    ADD COLUMN from_stock BOOLEAN NOT NULL DEFAULT FALSE;
