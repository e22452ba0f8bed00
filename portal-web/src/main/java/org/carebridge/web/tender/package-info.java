/** Tender pages: a district's tenders (draft, publish, cancel), organisations' opportunities and bids, one tender. */
package org.carebridge.web.tender;
