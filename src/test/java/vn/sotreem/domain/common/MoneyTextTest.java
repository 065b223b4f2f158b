package vn.sotreem.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void thousandsAreSeparatedByDots() {
        assertEquals("0", MoneyText.format(0));
        assertEquals("950", MoneyText.format(950));
        assertEquals("1.500.000", MoneyText.format(1_500_000));
        assertEquals("13.250.000", MoneyText.format(13_250_000));
        assertEquals("-2.500", MoneyText.format(-2_500));
    }
}
