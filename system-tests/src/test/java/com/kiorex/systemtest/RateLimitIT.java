package com.kiorex.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A caller over their role's rate gets 429 with Retry-After, and others are not affected. */
class RateLimitIT {

    @Test
    void callerOverTheLimit_gets429WithRetryAfter() {
        // other test classes may already have spent some of this user's budget: count, don't assume
        List<ApiClient.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 2 * TestStack.RATE_LIMITED_PER_MINUTE; i++) {
            replies.add(Fixtures.api(Fixtures.BILLING).get("/me/inbox"));
        }
        long granted = replies.stream().filter(r -> r.status() == 200).count();
        assertThat(granted).isBetween(1L, (long) TestStack.RATE_LIMITED_PER_MINUTE);
        assertThat(replies.subList((int) granted, replies.size())).allSatisfy(r -> assertThat(r.status()).isEqualTo(429));
        ApiClient.Reply limited = replies.get(replies.size() - 1);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(Fixtures.problem(limited).getString("title")).isEqualTo("Too many requests");

        assertThat(Fixtures.api(Fixtures.BATCH).get("/me/inbox").status()).isEqualTo(200);
    }
}
