/** Exports of list pages, as the audit trail records them: who took which list, in which format, how many rows. */
package org.carebridge.care.export;
