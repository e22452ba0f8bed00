/**
 * Referrals: a district refers a child to another organisation for a service, on a recorded legal
 * basis or guardian consent; the receiver accepts or rejects, completes it; the sender may revoke it.
 * The receiver sees only the grant the referral carries, and only while it is open.
 */
package org.carebridge.care.referral;
