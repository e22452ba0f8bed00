/**
 * Self-validating value objects for the data the portal keeps about people and money (amounts in
 * CNY, resident IDs, mobile numbers, region codes, names), so an invalid or unmasked value cannot
 * travel through the system; each comes with a JPA converter.
 */
package org.carebridge.core.value;
