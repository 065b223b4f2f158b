package vn.sotreem.exchange.tabular;

import java.util.List;

/** One row of an officer's own list: its number as the officer sees it (1 = first row) and its cells by column. */
public record TabularRow(int number, List<TabularCell> cells) {

    public TabularCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : TabularCell.BLANK;
    }

    public String text(int index) {
        return cell(index).text();
    }

    /** The cells' texts (blank as empty), for header matching. */
    public List<String> texts() {
        return cells.stream().map(c -> c.text() == null ? "" : c.text()).toList();
    }
}
