/** The members page (tenant administrators). */
package org.carebridge.web.members;
