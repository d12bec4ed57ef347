-- A team may pause taking orders (volunteers' holidays) until a day, when it takes orders again by
-- itself; who paused it and when. Every pause and early resumption stays in its log.
ALTER TABLE teams
    ADD COLUMN paused_until DATE        NULL,
    ADD COLUMN paused_by    CHAR(36)    NULL,
    ADD COLUMN paused_at    DATETIME(6) NULL;

CREATE TABLE team_pauses (
    team_id      CHAR(36)    NOT NULL,
    position     INT         NOT NULL,
    action       VARCHAR(8)  NOT NULL,
    paused_until DATE        NULL,
    done_by      CHAR(36)    NOT NULL,
    done_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (team_id, position),
    CONSTRAINT fk_team_pauses_team FOREIGN KEY (team_id) REFERENCES teams (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The minutes a unit took to assemble and to test, as the team entered them (none when it did not).
ALTER TABLE order_units
    ADD COLUMN assembly_minutes INT NULL,
    ADD COLUMN test_minutes     INT NULL;
