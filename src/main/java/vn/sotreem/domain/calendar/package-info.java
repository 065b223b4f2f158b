/**
 * Calendars for legal deadlines: the lunar calendar (Tết and other lunar holidays), working days
 * and the days off or make-up days the government announces.
 */
package vn.sotreem.domain.calendar;
