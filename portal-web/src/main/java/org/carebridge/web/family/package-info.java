/**
 * The public family status page ({@code /family.xhtml}, no staff login): a guardian's three steps —
 * details, one-time code, the child's status — over {@code FamilyAccess}, with nothing about the family
 * kept in the session beyond the step reached.
 */
package org.carebridge.web.family;
