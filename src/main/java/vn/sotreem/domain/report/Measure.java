package vn.sotreem.domain.report;

import static vn.sotreem.domain.report.DisaggregationKey.DIA_DIEM;
import static vn.sotreem.domain.report.DisaggregationKey.GIOI_TINH;
import static vn.sotreem.domain.report.DisaggregationKey.HINH_THUC;
import static vn.sotreem.domain.report.DisaggregationKey.LOAI;
import static vn.sotreem.domain.report.DisaggregationKey.MOI_TRUONG;
import static vn.sotreem.domain.report.DisaggregationKey.NHOM;
import static vn.sotreem.domain.report.DisaggregationKey.NHOM_TUOI;
import static vn.sotreem.domain.report.DisaggregationKey.THON;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** A counted indicator whose rule is written here, with the disaggregations its records carry. */
enum Measure {
    POPULATION("tre_em.so_luong", Keys.CHILD),
    HCDB_CHILDREN("hcdb.so_tre", Keys.CHILD),
    HCDB_BY_GROUP("hcdb.theo_nhom", with(Keys.CHILD, NHOM)),
    HCDB_SUPPORTED("hcdb.duoc_tro_giup", Keys.CHILD),
    ABUSE_VICTIMS("xam_hai.so_tre", with(Keys.CHILD, HINH_THUC, MOI_TRUONG)),
    ABUSE_CASES("xam_hai.so_vu", EnumSet.of(HINH_THUC, MOI_TRUONG)),
    ABUSE_VICTIMS_SUPPORTED("xam_hai.duoc_ho_tro", with(Keys.CHILD, HINH_THUC, MOI_TRUONG)),
    ABUSE_ADMINISTRATIVE("xam_hai.xu_ly_hanh_chinh", EnumSet.of(HINH_THUC, MOI_TRUONG)),
    ABUSE_FINES("xam_hai.tien_phat", EnumSet.of(HINH_THUC, MOI_TRUONG)),
    INJURED("tntt.so_tre", with(Keys.CHILD, LOAI, DIA_DIEM)),
    INJURY_DEATHS("tntt.tu_vong", with(Keys.CHILD, LOAI, DIA_DIEM)),
    INJURY_DISABLED("tntt.khuyet_tat", with(Keys.CHILD, LOAI, DIA_DIEM));

    private final String id;
    final Set<DisaggregationKey> keys;

    Measure(String id, Set<DisaggregationKey> keys) {
        this.id = id;
        this.keys = keys;
    }

    static Measure byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst().orElse(null);
    }

    private static Set<DisaggregationKey> with(Set<DisaggregationKey> base, DisaggregationKey... more) {
        EnumSet<DisaggregationKey> keys = EnumSet.copyOf(base);
        keys.addAll(Arrays.asList(more));
        return keys;
    }

    /** The keys every record about a child carries. */
    private static final class Keys {
        static final Set<DisaggregationKey> CHILD = EnumSet.of(GIOI_TINH, NHOM_TUOI, THON);
    }
}
