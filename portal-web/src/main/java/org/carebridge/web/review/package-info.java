/** The monthly dynamic review board page and the proposal form on a child's page. */
package org.carebridge.web.review;
