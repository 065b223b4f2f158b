package vn.sotreem.ui.abuse.procedure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.child.Child;
import vn.sotreem.ui.common.Views;

/** "Rà soát, đánh giá sau khi thực hiện kế hoạch" (Mẫu 06): one {@link ReviewCard} per victim. */
final class ReviewPart {

    @FXML
    private VBox reviewsBox;

    private final Parent root;
    private final Map<Long, ReviewCard> cards = new LinkedHashMap<>();
    private CaseReviewModel reviews;
    private Map<Long, Child> children = Map.of();
    private boolean readOnly;
    private Runnable onEdited = () -> { };

    ReviewPart() {
        this.root = Views.load("ReviewPart.fxml", this);
    }

    Parent root() {
        return root;
    }

    /** Runs after each change written into the working copy. */
    void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    /** {@code victims}: the register's record of each victim by id, for the names on the cards. */
    void edit(CaseReviewModel reviews, Map<Long, Child> victims) {
        this.reviews = reviews;
        this.children = Map.copyOf(victims);
        cards.clear();
        for (long childId : reviews.childIds()) {
            cards.put(childId, card(childId));
        }
        if (cards.isEmpty()) {
            Label none = new Label("Vụ việc chưa có trẻ bị xâm hại: thêm trẻ ở tab \"Trẻ bị xâm hại\" trước.");
            none.getStyleClass().add("muted");
            reviewsBox.getChildren().setAll(none);
        } else {
            reviewsBox.getChildren().setAll(cards.values().stream().map(c -> (Node) c.root()).toList());
        }
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        ProcedureParts.lock(root, readOnly, null);
    }

    /** The errors that must stop the case from being saved. */
    List<String> errors() {
        List<String> result = new ArrayList<>();
        cards.values().forEach(card -> result.addAll(card.errors()));
        return result;
    }

    private ReviewCard card(long childId) {
        return new ReviewCard(reviews, childId, CaseReviewModel.childLabel(childId, children), () -> onEdited.run(),
                this::startNew);
    }

    private void startNew(ReviewCard card) {
        if (readOnly) {
            return;
        }
        reviews.startNew(card.childId());
        ReviewCard fresh = card(card.childId());
        cards.put(card.childId(), fresh);
        int at = reviewsBox.getChildren().indexOf(card.root());
        reviewsBox.getChildren().set(at, fresh.root());
        setReadOnly(readOnly);
        fresh.focusDate();
    }
}
