-- The first photo's thumbnail, kept with the board so that the storefront list stays one query
-- without a per-card look-up (see catalog/Board#coverThumbnailKey).
ALTER TABLE boards ADD COLUMN cover_thumbnail_key CHAR(64) NULL;

UPDATE boards b
SET cover_thumbnail_key = (SELECT p.thumbnail_key FROM board_photos p WHERE p.board_id = b.id AND p.position = 0);
