package vn.sotreem.domain.abuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.common.DateText;

/**
 * The audit text of a saved case: what was created, or which parts changed and which procedure
 * steps were added. It names parts, not contents — the log is read by administrators, and the
 * details stay in the case, which records its own openings.
 */
public final class AbuseCaseChanges {

    private AbuseCaseChanges() {
    }

    public static String between(AbuseCase before, AbuseCase after) {
        if (before == null) {
            return "Tiếp nhận " + DateText.format(after.getIntake().receivedOn())
                    + (after.getIntake().receivedTime() == null ? "" : " " + after.getIntake().receivedTime())
                    + "; " + after.getVictims().size() + " trẻ, " + after.getPerpetrators().size() + " đối tượng"
                    + "; bước hiện tại: " + after.currentStep().label()
                    + (after.getConclusion() == null ? "" : "; kết luận: " + after.getConclusion().label());
        }
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.getCode(), after.getCode())) {
            changes.add("Mã vụ việc: " + before.getCode() + " → " + after.getCode());
        }
        if (!Objects.equals(before.getIntake(), after.getIntake()) || before.isMarkedEmergency() != after.isMarkedEmergency()) {
            changes.add("Sửa thông tin tiếp nhận");
        }
        if (!before.getVictims().equals(after.getVictims())) {
            changes.add("Trẻ bị xâm hại: " + before.getVictims().size() + " → " + after.getVictims().size() + " trẻ");
        }
        if (!before.getPerpetrators().equals(after.getPerpetrators())) {
            changes.add("Đối tượng xâm hại: " + before.getPerpetrators().size() + " → " + after.getPerpetrators().size());
        }
        List<CaseStepRecord> steps = after.getSteps();
        if (steps.size() >= before.getSteps().size() && steps.subList(0, before.getSteps().size()).equals(before.getSteps())) {
            for (CaseStepRecord added : steps.subList(before.getSteps().size(), steps.size())) {
                changes.add("Thêm bước: " + added.step().label() + " ngày " + DateText.format(added.date())
                        + (added.risk() == null ? "" : ", nguy cơ " + added.risk().label()));
            }
        } else {
            changes.add("Sửa các bước: " + before.currentStep().label() + " → " + after.currentStep().label());
        }
        if (!Objects.equals(before.getSeparation(), after.getSeparation())) {
            changes.add("Tạm thời cách ly");
        }
        if (!before.getPlanItems().equals(after.getPlanItems())) {
            changes.add("Kế hoạch: " + before.getPlanItems().size() + " → " + after.getPlanItems().size() + " dòng");
        }
        if (!before.getReviews().equals(after.getReviews())) {
            changes.add("Rà soát, đánh giá: " + before.getReviews().size() + " → " + after.getReviews().size());
        }
        if (before.getConclusion() != after.getConclusion()) {
            changes.add("Kết luận: " + conclusionText(before) + " → " + conclusionText(after));
        }
        if (before.isProcedureTracked() != after.isProcedureTracked()) {
            changes.add(after.isProcedureTracked() ? "Theo dõi thời hạn quy trình" : "Không theo dõi thời hạn quy trình");
        }
        return changes.isEmpty() ? "Không thay đổi" : String.join("\n", changes);
    }

    private static String conclusionText(AbuseCase c) {
        return c.getConclusion() == null ? "chưa có" : c.getConclusion().label();
    }
}
