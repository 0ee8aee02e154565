package cn.jinghai.crm.common.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForeignAmountTest {

    @Test
    void convertsHalfUpToTheFen() {
        assertThat(ForeignAmount.of("1000000", "USD", "6.7261").toCny()).isEqualTo(CnyAmount.parse("6726100"));
        assertThat(ForeignAmount.of("0.01", "USD", "6.725").toCny()).isEqualTo(CnyAmount.parse("0.07"));
        assertThat(ForeignAmount.of("0.02", "JPY", "0.0525").toCny()).isEqualTo(CnyAmount.parse("0"));
        assertThat(ForeignAmount.of("10.10", "EUR", "7.15055").toCny()).isEqualTo(CnyAmount.parse("72.22"));
        assertThat(ForeignAmount.of("1234.5", "CNY", "1").toCny()).isEqualTo(CnyAmount.parse("1234.50"));
    }

    @Test
    void refusesBadParts_namingTheField() {
        assertField(() -> ForeignAmount.of("0", "USD", "7"), "amount");
        assertField(() -> ForeignAmount.of("-1", "USD", "7"), "amount");
        assertField(() -> ForeignAmount.of("1.001", "USD", "7"), "amount");
        assertField(() -> ForeignAmount.of("1e3", "USD", "7"), "amount");
        assertField(() -> ForeignAmount.of("1", "usd", "7"), "currency");
        assertField(() -> ForeignAmount.of("1", "XYZ", "7"), "currency");
        assertField(() -> ForeignAmount.of("1", null, "7"), "currency");
        assertField(() -> ForeignAmount.of("1", "USD", "0"), "rateToCny");
        assertField(() -> ForeignAmount.of("1", "USD", "-7"), "rateToCny");
        assertField(() -> ForeignAmount.of("1", "USD", "7.1234567"), "rateToCny");
        assertField(() -> ForeignAmount.of("1", "CNY", "1.1"), "rateToCny");
        assertField(() -> ForeignAmount.of("999999999999999", "USD", "999999"), "amount");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
