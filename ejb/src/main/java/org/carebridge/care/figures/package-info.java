/**
 * Figures and the work report: counts and sums computed in SQL over the viewer's scope (a district, an
 * organisation, or the city bureau's districts added up — never a child's record), and the work report
 * written from them as DOCX or PDF with an editable text whose numbers are placeholders.
 */
package org.carebridge.care.figures;
