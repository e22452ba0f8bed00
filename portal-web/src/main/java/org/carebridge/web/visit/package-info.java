/** Visit pages: the district's visit list, one visit with its follow-up actions, planning from a child's page. */
package org.carebridge.web.visit;
