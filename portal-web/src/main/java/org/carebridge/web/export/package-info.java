/**
 * Exports of list pages to Excel and CSV: what a table shows, through the page's own paged model, with
 * spreadsheet formulas neutralised; large lists are written in the background and fetched once by the
 * person who asked.
 */
package org.carebridge.web.export;
