/**
 * Families checking the status of a child's application and support without a staff login (issue 6):
 * the client address behind trusted proxies, the attempt limits per client, per target and overall,
 * and the one-time codes sent to the guardian's mobile on file.
 */
package org.carebridge.care.family;
