package vn.sotreem.exchange;

import java.util.List;

/** One row of an officer's own list: its number as the officer sees it (1 = first row) and its cells by column. */
record TabularRow(int number, List<TabularCell> cells) {

    TabularCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : TabularCell.BLANK;
    }

    String text(int index) {
        return cell(index).text();
    }

    /** The cells' texts (blank as empty), for header matching. */
    List<String> texts() {
        return cells.stream().map(c -> c.text() == null ? "" : c.text()).toList();
    }
}
