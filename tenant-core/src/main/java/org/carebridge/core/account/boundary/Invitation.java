package org.carebridge.core.account.boundary;

/** The result of inviting someone: their membership and, for a new account, the one-time password to hand over. */
public record Invitation(MemberView member, String temporaryPassword) {
}
