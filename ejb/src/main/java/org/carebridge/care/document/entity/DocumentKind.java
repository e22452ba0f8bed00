package org.carebridge.care.document.entity;

/** What a document proves or records. */
public enum DocumentKind {
    ID_CARD, HUKOU, DEATH_CERTIFICATE, PRISON_CERTIFICATE, MEDICAL_REPORT, DISABILITY_CERTIFICATE, CONSENT_FORM,
    OTHER
}
