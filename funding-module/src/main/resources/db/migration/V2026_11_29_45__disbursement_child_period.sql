-- A payment request may be for one child of the register and a period (first and last month): the
-- double-funding check compares it, before approval, with every other payment for the same child,
-- need (purpose) and overlapping months — other requests and allowance scheme payments. What it found
-- is kept on the request, and an approver who approves anyway is recorded.
ALTER TABLE cb_disbursement ADD COLUMN child_id BIGINT;
ALTER TABLE cb_disbursement ADD COLUMN period_from DATE;
ALTER TABLE cb_disbursement ADD COLUMN period_to DATE;
ALTER TABLE cb_disbursement ADD COLUMN overlap_note VARCHAR(1000);
ALTER TABLE cb_disbursement ADD COLUMN overlap_acknowledged_by VARCHAR(80);
CREATE INDEX ix_disbursement_child ON cb_disbursement (tenant_id, child_id, purpose);
