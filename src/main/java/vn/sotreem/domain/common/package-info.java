/**
 * What every feature of the domain shares and none owns: Vietnamese text (accent-free search,
 * folding), dates and times as officers write them, money in words, problems found by a rule
 * (error or warning by field key), coded values and the bundled reference CSVs, the confidentiality
 * marks of NĐ 56/2017 Điều 24, the person's sex code. Depends on no feature package.
 */
package vn.sotreem.domain.common;
