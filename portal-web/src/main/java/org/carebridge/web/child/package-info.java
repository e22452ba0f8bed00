/** The register of children: list, record, registration form. */
package org.carebridge.web.child;
