package vn.sotreem.ui.report;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** The report page's 12-month trend of injured and abused children, drawn in the page's trend pane. */
final class ReportTrendChart {

    private final StackPane trendPane;
    private final Label chartEmpty = new Label();

    ReportTrendChart(StackPane trendPane) {
        this.trendPane = trendPane;
        chartEmpty.setId("trendEmpty");
        chartEmpty.getStyleClass().add("muted");
        chartEmpty.setWrapText(true);
        chartEmpty.setMouseTransparent(true);
        chartEmpty.setVisible(false);
        trendPane.getChildren().setAll(chartEmpty);
    }

    /**
     * A new chart for every trend: a category axis given other months keeps its old labels, or
     * mixes old and new ones when it ranges itself (JavaFX 21), so it is not reused.
     */
    void show(ReportTrendModel trend) {
        CategoryAxis monthAxis = new CategoryAxis(javafx.collections.FXCollections.observableArrayList(
                trend.points().stream().map(ReportTrendModel::monthLabel).toList()));
        monthAxis.setAutoRanging(false);
        monthAxis.setAnimated(false);
        monthAxis.setLabel("Tháng");
        int highest = trend.highest();
        int unit = Math.max(1, (int) Math.ceil(highest / 8.0));
        NumberAxis countAxis = new NumberAxis(0, Math.max(5, (int) Math.ceil(highest / (double) unit) * unit), unit);
        countAxis.setAnimated(false);
        countAxis.setMinorTickVisible(false);
        countAxis.setLabel("Số trẻ");
        LineChart<String, Number> chart = new LineChart<>(monthAxis, countAxis);
        chart.setId("trendChart");
        chart.getStyleClass().add("trend-chart");
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setTitle(trend.title());
        XYChart.Series<String, Number> injured = new XYChart.Series<>();
        injured.setName(ReportTrendModel.INJURED);
        XYChart.Series<String, Number> abused = new XYChart.Series<>();
        abused.setName(ReportTrendModel.ABUSED);
        for (ReportTrendModel.Point p : trend.points()) {
            String month = ReportTrendModel.monthLabel(p);
            injured.getData().add(new XYChart.Data<>(month, p.injured()));
            abused.getData().add(new XYChart.Data<>(month, p.abused()));
        }
        chart.getData().setAll(List.of(injured, abused));
        for (XYChart.Series<String, Number> s : chart.getData()) {
            for (int i = 0; i < s.getData().size(); i++) {
                XYChart.Data<String, Number> d = s.getData().get(i);
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(trend.points().get(i).period().labelWithDates() + "\n"
                            + s.getName() + ": " + d.getYValue()));
                }
            }
        }
        chartEmpty.setText(trend.isEmpty() ? "Không có trẻ bị tai nạn, thương tích hay bị xâm hại nào trong 12 tháng này." : "");
        chartEmpty.setVisible(trend.isEmpty());
        trendPane.getChildren().setAll(chart, chartEmpty);
    }

    /** No trend (the computation failed). */
    void clear() {
        trendPane.getChildren().clear();
    }
}
