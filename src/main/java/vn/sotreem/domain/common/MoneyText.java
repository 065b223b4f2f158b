package vn.sotreem.domain.common;

import java.util.Locale;

/** Amounts of đồng as Vietnamese offices write them: {@code 1.500.000} (dots between thousands). */
public final class MoneyText {

    private MoneyText() {
    }

    public static String format(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }
}
