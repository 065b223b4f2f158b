/**
 * Injury cases (tai nạn thương tích) by the 11 types and the places of the injury report form, and
 * their rules.
 */
package vn.sotreem.domain.injury;
