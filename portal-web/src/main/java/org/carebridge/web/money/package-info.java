/** Money pages: the tenant's funds and top-ups, payment requests with approval and payment, the ledger. */
package org.carebridge.web.money;
