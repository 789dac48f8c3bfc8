package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * More requests at once than the server works on (the test stack admits {@link TestStack#MAX_IN_FLIGHT}):
 * the excess is refused at once with 503, Retry-After and problem+json, and the rest are served.
 */
class AdmissionControlIT {

    @Test
    void aBurstBeyondCapacity_isPartlyServed_andTheRestRefusedWith503() throws Exception {
        String alice = patientIdOf(ALICE);
        String token = TestStack.tokens().of(ALICE);
        int clients = 48;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Reply>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < clients * 4; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return TestStack.api().withBearer(token).get("/patients/" + alice);
                }));
            }
            start.countDown();
            List<ApiClient.Reply> replies = new ArrayList<>();
            for (Future<ApiClient.Reply> call : calls) {
                replies.add(call.get());
            }
            List<ApiClient.Reply> refused = replies.stream().filter(r -> r.status() == 503).toList();
            assertThat(replies).allSatisfy(r -> assertThat(r.status()).isIn(200, 503));
            assertThat(replies).anySatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(refused).isNotEmpty().allSatisfy(r -> {
                assertThat(r.header("Retry-After")).isEqualTo("1");
                assertThat(Fixtures.problem(r).getInt("status")).isEqualTo(503);
            });
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestStack.api().withBearer(token).get("/patients/" + alice).status()).isEqualTo(200);
    }
}
