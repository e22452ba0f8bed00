/**
 * Public open data: the tenders of districts and foundations with what followed them as an OCDS 1.1
 * release package, and foundations' grants to organisations with children's allowances (aggregated,
 * small counts suppressed) as 360Giving grants. Organisations only; no personal data leaves here.
 */
package org.carebridge.care.opendata;
