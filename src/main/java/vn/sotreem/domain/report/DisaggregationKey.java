package vn.sotreem.domain.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Sex;

/**
 * A disaggregation (phân tổ) of the indicator report. The declaration order is the order of the
 * keys inside {@code phan_to} ({@code loai=08;gioi_tinh=nu}); the values are the codes of the code
 * list named here, except {@code thon}, whose values are the register's village names.
 */
public enum DisaggregationKey {
    LOAI("loai", "Loại TNTT", "loai_tntt", InjuryType.values()),
    NHOM("nhom", "Nhóm HCĐB", "hcdb_nhom", HcdbGroup.values()),
    HINH_THUC("hinh_thuc", "Hình thức xâm hại", "hinh_thuc_xam_hai", AbuseForm.values()),
    MOI_TRUONG("moi_truong", "Môi trường xâm hại", "moi_truong_xam_hai", AbuseSetting.values()),
    DIA_DIEM("dia_diem", "Địa điểm TNTT", "dia_diem_tntt", InjuryPlace.values()),
    GIOI_TINH("gioi_tinh", "Giới tính", "gioi_tinh", Sex.values()),
    NHOM_TUOI("nhom_tuoi", "Nhóm tuổi", "nhom_tuoi", null),
    THON("thon", "Thôn/Tổ dân phố", null, null);

    private final String key;
    private final String label;
    private final String codeList;
    private final List<Coded> values;

    DisaggregationKey(String key, String label, String codeList, Coded[] values) {
        this.key = key;
        this.label = label;
        this.codeList = codeList;
        this.values = values == null ? null : List.of(values);
    }

    /** The key as written in {@code phan_to} and in the catalogue. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The list of {@code code-lists.csv} its values come from; null for {@code thon}. */
    public String codeList() {
        return codeList;
    }

    /**
     * The codes of its values in list order; for {@code thon}, the given village names.
     * {@code nhom_tuoi} is the list of {@link AgeBand}, which is not a {@link Coded}.
     */
    public List<String> codes(List<String> villageNames) {
        if (this == THON) {
            return villageNames;
        }
        if (this == NHOM_TUOI) {
            return Arrays.stream(AgeBand.values()).map(AgeBand::code).toList();
        }
        return values.stream().map(Coded::code).toList();
    }

    /** The Vietnamese label of a value code ({@code nu} → "Nữ"); a village name is its own label. */
    public String valueLabel(String code) {
        if (this == THON) {
            return code;
        }
        if (this == NHOM_TUOI) {
            return Arrays.stream(AgeBand.values()).filter(b -> b.code().equals(code)).map(AgeBand::label)
                    .findFirst().orElse(code);
        }
        return values.stream().filter(v -> v.code().equals(code)).map(Coded::label).findFirst().orElse(code);
    }

    public static Optional<DisaggregationKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
