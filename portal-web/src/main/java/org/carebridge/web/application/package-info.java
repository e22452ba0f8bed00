/** The applications page. */
package org.carebridge.web.application;
