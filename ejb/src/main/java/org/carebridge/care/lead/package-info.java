/** Active discovery (主动发现): leads recorded in the field or imported, followed up, converted or closed. */
package org.carebridge.care.lead;
