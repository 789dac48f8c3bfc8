package com.kiorex.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayReceiptsTest {

    @Test
    void signature_isHmacSha256OfTheBody_underTheKey() {
        // RFC 4231 test case 2
        assertThat(GatewayReceipts.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void onlyTheExactSignature_isValid() {
        String body = "{\"reference\":\"x\",\"status\":\"delivered\"}";
        String good = GatewayReceipts.sign("key", body);
        assertThat(GatewayReceipts.validSignature("key", body, good)).isTrue();
        assertThat(GatewayReceipts.validSignature("other", body, good)).isFalse();
        assertThat(GatewayReceipts.validSignature("key", body + " ", good)).isFalse();
        assertThat(GatewayReceipts.validSignature("key", body, null)).isFalse();
        assertThat(GatewayReceipts.validSignature("", body, "sha256=00")).isFalse();
    }
}
