package vn.sotreem.exchange.ownlist;

import java.util.List;
import vn.sotreem.exchange.workbook.ImportReport;

/**
 * What importing an officer's own list with a column mapping found and did: the usual
 * {@link ImportReport} (issues with row numbers, counts, new villages, possible duplicates, whether
 * it was written) and the row numbers that add a child and that update one.
 */
public record MappedImportReport(ImportReport report, List<Integer> rowsToAdd, List<Integer> rowsToUpdate) {
}
