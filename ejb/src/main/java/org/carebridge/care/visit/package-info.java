/** Visits (巡视探访): planned by a team, recorded with findings and needs, followed up by owned, dated actions. */
package org.carebridge.care.visit;
