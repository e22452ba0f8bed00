/**
 * Government purchase of services (政府购买服务): a district's tenders (draft, published, amended with
 * history, cancelled) and the sealed bids of service organisations. Who sees which row is decided
 * by {@link org.carebridge.funding.tender.control.TenderAccess} alone.
 */
package org.carebridge.funding.tender;
