package org.carebridge.web.api;

/** RFC 9457 problem details, as every API error is returned ({@code application/problem+json}). */
public record Problem(String type, String title, int status, String detail, String messageKey, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
