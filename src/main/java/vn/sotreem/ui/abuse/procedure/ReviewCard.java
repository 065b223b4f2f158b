package vn.sotreem.ui.abuse.procedure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.ui.common.Views;

/** The Mẫu 06 form of one child: its earlier rounds, and the current review edited into the working copy. */
final class ReviewCard {

    @FXML
    private VBox box;
    @FXML
    private Label title;
    @FXML
    private VBox earlierBox;
    @FXML
    private TextField date;
    @FXML
    private TextField officer;
    @FXML
    private GridPane criteriaGrid;
    @FXML
    private Label counts;
    @FXML
    private TextArea conclusion;
    @FXML
    private ToggleGroup recommendation;
    @FXML
    private RadioButton close;
    @FXML
    private RadioButton newPlan;
    @FXML
    private Button startNew;
    @FXML
    private Label message;

    private final CaseReviewModel reviews;
    private final long childId;
    private final String who;
    private final Parent root;
    private final Map<ReviewCriterion, ToggleGroup> levels = new EnumMap<>(ReviewCriterion.class);
    private final Map<ReviewCriterion, TextField> evidence = new EnumMap<>(ReviewCriterion.class);
    private final Runnable onEdited;
    private List<Problem> problems = List.of();

    /** {@code onStartNew} replaces this card by a fresh one once the round is kept as an earlier one. */
    ReviewCard(CaseReviewModel reviews, long childId, String who, Runnable onEdited, Consumer<ReviewCard> onStartNew) {
        this.reviews = reviews;
        this.childId = childId;
        this.who = who;
        this.onEdited = onEdited;
        this.root = Views.load("ReviewCard.fxml", this);
        String id = String.valueOf(childId);
        box.setId("review" + id);
        title.setText("Trẻ: " + who);
        for (Review earlier : reviews.earlier(childId)) {
            Label line = new Label(CaseReviewModel.earlierText(earlier));
            line.getStyleClass().add("muted");
            line.setWrapText(true);
            earlierBox.getChildren().add(line);
        }
        earlierBox.setManaged(!earlierBox.getChildren().isEmpty());
        date.setId("reviewDate" + id);
        officer.setId("reviewOfficer" + id);
        counts.setId("reviewCounts" + id);
        conclusion.setId("reviewConclusion" + id);
        close.setId("reviewClose" + id);
        close.setUserData(Boolean.TRUE);
        newPlan.setId("reviewNewPlan" + id);
        newPlan.setUserData(Boolean.FALSE);
        startNew.setId("reviewStartNew" + id);
        startNew.setOnAction(e -> onStartNew.accept(this));
        message.setId("reviewMessage" + id);
        ProcedureParts.hideWhenEmpty(message);
        addCriteria(id);
        load(reviews.current(childId));
        date.textProperty().addListener((o, was, now) -> edited());
        officer.textProperty().addListener((o, was, now) -> edited());
        conclusion.textProperty().addListener((o, was, now) -> edited());
        recommendation.selectedToggleProperty().addListener((o, was, now) -> edited());
        levels.values().forEach(g -> g.selectedToggleProperty().addListener((o, was, now) -> edited()));
        evidence.values().forEach(f -> f.textProperty().addListener((o, was, now) -> edited()));
    }

    /** One grid row per criterion: its name, a choice per level and the evidence. */
    private void addCriteria(String id) {
        int row = 0;
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            Label name = new Label(criterion.label());
            name.setWrapText(true);
            criteriaGrid.add(name, 0, row);
            ToggleGroup group = new ToggleGroup();
            int col = 1;
            for (RiskLevel level : RiskLevel.values()) {
                RadioButton b = new RadioButton(level.label());
                b.setUserData(level);
                b.setToggleGroup(group);
                b.setId("review" + id + "-" + criterion.code() + "-" + level.code());
                criteriaGrid.add(b, col++, row);
            }
            levels.put(criterion, group);
            TextField why = new TextField();
            why.setPromptText("Căn cứ, nhận xét");
            why.setId("review" + id + "-" + criterion.code() + "-evidence");
            evidence.put(criterion, why);
            criteriaGrid.add(why, 4, row);
            row++;
        }
    }

    Parent root() {
        return root;
    }

    long childId() {
        return childId;
    }

    void focusDate() {
        date.requestFocus();
    }

    /** The errors that must stop the case from being saved, each naming the child. */
    List<String> errors() {
        return ProcedureParts.errors("Rà soát " + who + ": ", problems);
    }

    private void load(CaseReviewModel.ReviewInput in) {
        date.setText(in.date());
        officer.setText(in.officer());
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            RiskLevel level = in.levels().get(criterion);
            ToggleGroup group = levels.get(criterion);
            group.selectToggle(group.getToggles().stream().filter(t -> t.getUserData() == level).findFirst().orElse(null));
            evidence.get(criterion).setText(in.evidence().getOrDefault(criterion, ""));
        }
        conclusion.setText(in.conclusion());
        recommendation.selectToggle(in.closeRecommended() == null ? null : in.closeRecommended() ? close : newPlan);
        problems = in.isBlank() ? List.of() : reviews.problems(in);
        showState(in);
    }

    private CaseReviewModel.ReviewInput input() {
        Map<ReviewCriterion, RiskLevel> chosen = new EnumMap<>(ReviewCriterion.class);
        Map<ReviewCriterion, String> why = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            if (levels.get(criterion).getSelectedToggle() != null) {
                chosen.put(criterion, (RiskLevel) levels.get(criterion).getSelectedToggle().getUserData());
            }
            why.put(criterion, evidence.get(criterion).getText());
        }
        Boolean recommended = recommendation.getSelectedToggle() == null ? null
                : (Boolean) recommendation.getSelectedToggle().getUserData();
        return new CaseReviewModel.ReviewInput(date.getText(), officer.getText(), chosen, why, conclusion.getText(),
                recommended);
    }

    private void edited() {
        CaseReviewModel.ReviewInput in = input();
        problems = reviews.apply(childId, in);
        showState(in);
        onEdited.run();
    }

    private void showState(CaseReviewModel.ReviewInput in) {
        counts.setText("Số tiêu chí tổn hại theo mức — " + CaseReviewModel.countsText(in));
        ProcedureParts.show(message, problems);
        startNew.setDisable(!reviews.canStartNew(childId, in));
    }
}
