package org.carebridge.care.figures.boundary;

/** A district the viewer may filter the figures by. */
public record DistrictOption(long id, String code, String nameZh, String nameEn) {
}
