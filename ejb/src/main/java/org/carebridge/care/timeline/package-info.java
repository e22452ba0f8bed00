/** A child's timeline: every application step, assessment, visit, action, case plan and service in order, paged in SQL. */
package org.carebridge.care.timeline;
