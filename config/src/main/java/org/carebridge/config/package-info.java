/** Typed settings with defaults, and the database migration runner. No domain code. */
package org.carebridge.config;
