/** Figures across districts for the city bureau: counts only, never a child's record. */
package org.carebridge.care.figures;
