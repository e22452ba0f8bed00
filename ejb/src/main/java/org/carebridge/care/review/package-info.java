/**
 * Monthly dynamic review (动态管理): a month-end board per district of admission and exit candidates
 * (automatic triggers and proposals), street sign-off, district confirmation, exits effective next
 * month, and the month's 增员/减员 CSV.
 */
package org.carebridge.care.review;
