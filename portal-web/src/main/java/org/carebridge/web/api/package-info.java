/** The REST API (/api/v1): resources translate HTTP and delegate to one boundary call each. */
package org.carebridge.web.api;
