-- Comments per dossier item that come with a decision (e.g. changes requested). Append-only.
CREATE TABLE review_comments (
    decision_id CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    item        VARCHAR(100)  NOT NULL,
    comment     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_review_comments_decision FOREIGN KEY (decision_id) REFERENCES review_decisions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
