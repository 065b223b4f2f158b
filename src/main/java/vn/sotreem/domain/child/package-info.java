/**
 * A child of the commune: the record and its catalogue of fields ({@code ChildField}), status
 * (in the commune, moved away, died), ages and age bands, Vietnamese name order (given name first),
 * ethnic groups, personal ID checks, the rules on entry, the filter of the children list, the
 * duplicate reasons and the dates an event must fall within (between birth and death).
 */
package vn.sotreem.domain.child;
