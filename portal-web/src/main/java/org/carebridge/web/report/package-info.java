/**
 * Reporting pages: a service project's outcome reports ({@code ReportsBean}), the figures with their
 * charts ({@code FiguresBean}) and the work report ({@code WorkReportBean}).
 */
package org.carebridge.web.report;
