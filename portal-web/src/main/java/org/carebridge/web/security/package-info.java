/** Authentication (one mechanism for pages and API), the per-request call context, security headers. */
package org.carebridge.web.security;
