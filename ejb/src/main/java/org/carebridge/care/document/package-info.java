/**
 * A child's documents (certificates, reports, consent forms): PDF, PNG or JPEG recognised from their
 * first bytes, size-limited, stored outside the web application under a random name, downloaded
 * only through the boundary (access rules and an audit entry each time).
 */
package org.carebridge.care.document;
