/** The guardianship-capacity assessment form. */
package org.carebridge.web.assessment;
