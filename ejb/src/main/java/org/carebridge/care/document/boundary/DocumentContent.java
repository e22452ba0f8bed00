package org.carebridge.care.document.boundary;

/** A document's bytes with the name and type to send them under. */
public record DocumentContent(String fileName, String mediaType, byte[] bytes) {
}
