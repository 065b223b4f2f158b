package vn.sotreem.domain.abuse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What Mẫu 01 (Báo cáo tiếp nhận thông tin trẻ em, NĐ 56/2017) records when the information
 * arrives. Channel, body and hour may be unknown for cases copied from an old workbook.
 *
 * @param receivedTime       the hour of receipt; the 12-hour emergency limit counts from it
 * @param village            the village where it happened, or null when outside the commune
 * @param childState         the child's present state (tình trạng hiện tại)
 * @param fearedConsequences what is feared if the child gets no help
 * @param familySituation    parents, carer and family circumstances
 * @param actionsTaken       what was already done to help
 * @param reporter           null unless the reporter agreed to be named
 */
public record Intake(LocalDate receivedOn, LocalTime receivedTime, IntakeChannel channel, ReceivingBody receivingBody,
                     String receivingOfficer, LocalDate occurredOn, String village, String placeDetail,
                     AbuseSetting setting, String childState, String fearedConsequences, String familySituation,
                     String actionsTaken, Reporter reporter, String note) {

    /** The moment of receipt; without an hour, the start of the day, so that no deadline is missed. */
    public LocalDateTime receivedAt() {
        return receivedOn.atTime(receivedTime == null ? LocalTime.MIDNIGHT : receivedTime);
    }
}
