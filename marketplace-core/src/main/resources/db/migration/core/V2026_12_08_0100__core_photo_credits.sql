-- A photo's credit, shown under it on the product page: CC-BY and CC-BY-SA photos must name their
-- author and licence next to the photo. Optional; at most 200 characters (BoardPhoto.MAX_CREDIT).
ALTER TABLE board_photos ADD COLUMN credit VARCHAR(200) NULL;
