-- A photo's large rendition (a metadata-free JPEG fitted in 1600 pixels), for the product page's
-- srcset. Photos added before it have none: their page offers the thumbnail alone.
ALTER TABLE board_photos ADD COLUMN large_key CHAR(64) NULL, ADD INDEX ix_board_photos_large (large_key);
