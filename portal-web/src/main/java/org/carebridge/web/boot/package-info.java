/** Datasource definition and start-up (migrations, first-run seeding). */
package org.carebridge.web.boot;
