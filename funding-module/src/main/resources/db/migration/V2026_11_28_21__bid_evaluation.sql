-- Evaluation of sealed bids: each panel member's score per bid and criterion (0–100), and the
-- district's decision (the awarded bid, or none when unsuccessful) with its justification.
CREATE TABLE cb_bid_score (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    tender_id     BIGINT       NOT NULL,
    bid_id        BIGINT       NOT NULL,
    criterion     INT          NOT NULL,
    panel_member  VARCHAR(80)  NOT NULL,
    score         INT          NOT NULL,
    scored_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uq_bid_score UNIQUE (bid_id, criterion, panel_member),
    CONSTRAINT fk_score_tender FOREIGN KEY (tender_id) REFERENCES cb_tender (id),
    CONSTRAINT fk_score_bid FOREIGN KEY (bid_id) REFERENCES cb_bid (id)
);
CREATE INDEX ix_bid_score_tender ON cb_bid_score (tender_id);

ALTER TABLE cb_tender ADD COLUMN awarded_bid_id BIGINT;
ALTER TABLE cb_tender ADD COLUMN decision_note VARCHAR(1000);
ALTER TABLE cb_tender ADD COLUMN decided_by VARCHAR(80);
ALTER TABLE cb_tender ADD CONSTRAINT fk_tender_awarded_bid FOREIGN KEY (awarded_bid_id) REFERENCES cb_bid (id);
