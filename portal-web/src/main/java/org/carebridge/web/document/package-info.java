/** The documents section of a child's page: upload, list, download (logged), remove. */
package org.carebridge.web.document;
