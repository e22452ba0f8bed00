/** First start of a database: the first platform administrator, or the demo tenants and accounts. */
package org.carebridge.care.setup;
