package vn.sotreem.ui.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.ui.UiTestSupport;

/** The review part (Mẫu 06) alone, on a case whose plan is carried out, in a real register. */
@ExtendWith(ApplicationExtension.class)
class ReviewPartUiTest {

    static final LocalDate TODAY = ProcedureRegister.TODAY;

    @TempDir
    Path dir;
    private ProcedureRegister register;
    private ReviewPart part;
    private final AtomicInteger edits = new AtomicInteger();
    private String id;

    @Start
    void start(Stage stage) {
        register = ProcedureRegister.create(dir, c -> {
            SupportPlanPartUiTest.planning(c);
            c.getSteps().add(new CaseStepRecord(CaseStep.PLAN_APPROVED, TODAY, LocalTime.of(13, 0), null, null, null));
            c.getSteps().add(new CaseStepRecord(CaseStep.IMPLEMENTING, TODAY, LocalTime.of(14, 0), null, null, null));
        });
        id = String.valueOf(register.child.getId());
        part = new ReviewPart();
        part.setOnEdited(edits::incrementAndGet);
        part.edit(new CaseReviewModel(register.workingCopy, TODAY), register.victims());
        ProcedureRegister.mount(stage, part.root());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        register.close();
    }

    private void click(FxRobot robot, String query) {
        UiTestSupport.reveal(robot, query);
        robot.clickOn(query);
    }

    @Test
    void aReviewIsCountedRefusedWithoutARecommendationAndSaved(FxRobot robot) {
        assertTrue(robot.lookup("#review" + id + " .field-label").queryLabeled().getText().startsWith("Trẻ: Nguyễn Thị Hoà (TE"));
        assertTrue(part.errors().isEmpty(), "a blank review is no review");

        robot.interact(() -> robot.lookup("#reviewDate" + id).queryAs(TextField.class).setText("05/10/2026"));
        robot.interact(() -> robot.lookup("#reviewOfficer" + id).queryAs(TextField.class).setText("Nguyễn Thị Lan"));
        click(robot, "#review" + id + "-muc_do_ton_hai-cao");
        click(robot, "#review" + id + "-kha_nang_tiep_can-trung_binh");
        click(robot, "#review" + id + "-tu_bao_ve-cao");
        assertEquals("Số tiêu chí tổn hại theo mức — Cao: 1 · Trung bình: 1 · Thấp: 0",
                UiTestSupport.text(robot, "#reviewCounts" + id));
        assertTrue(UiTestSupport.text(robot, "#reviewMessage" + id).contains(CaseReviewModel.NO_RECOMMENDATION));
        assertEquals(List.of("Rà soát Nguyễn Thị Hoà (" + register.child.getCode() + "): " + CaseReviewModel.NO_RECOMMENDATION),
                part.errors());
        assertTrue(robot.lookup("#reviewStartNew" + id).queryButton().isDisabled(), "no new round while this one has errors");

        click(robot, "#reviewNewPlan" + id);
        assertEquals(List.of(), part.errors());
        assertTrue(edits.get() > 0);
        assertFalse(robot.lookup("#reviewStartNew" + id).queryButton().isDisabled());

        AbuseCase saved = register.saveAndReadBack();
        assertEquals(1, saved.getReviews().size());
        Review review = saved.getReviews().get(0);
        assertEquals(TODAY, review.date());
        assertEquals("Nguyễn Thị Lan", review.officer());
        assertFalse(review.closeRecommended());
        assertEquals(1, review.count(RiskLevel.HIGH), "capacity rated Cao is not harm");
        assertEquals(RiskLevel.HIGH, review.ratings().stream().filter(r -> r.criterion() == ReviewCriterion.SELF_PROTECTION)
                .findFirst().orElseThrow().level());
    }
}
