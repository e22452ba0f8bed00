/** The outcome reports page of a service project: submitting, reading and reviewing reports. */
package org.carebridge.web.report;
