/** JSF infrastructure: messages, exception handling, language, lazy paging, the current user. */
package org.carebridge.web.faces;
