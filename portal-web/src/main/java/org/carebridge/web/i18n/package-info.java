/** Message bundles (zh-CN default, English) and lookups outside JSF. */
package org.carebridge.web.i18n;
