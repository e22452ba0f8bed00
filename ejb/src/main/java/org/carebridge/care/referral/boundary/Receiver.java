package org.carebridge.care.referral.boundary;

/** An organisation a district can refer children to. */
public record Receiver(String code, String name, String kind) {
}
