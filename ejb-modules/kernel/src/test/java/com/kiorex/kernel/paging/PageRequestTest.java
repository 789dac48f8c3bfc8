package com.kiorex.kernel.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void new_refusesNegativePage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(-1, 20));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, PageRequest.MAX_SIZE + 1, Integer.MAX_VALUE})
    void new_refusesSizeOutsideOneToMax(int size) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(0, size));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE})
    void new_acceptsSizesFromOneToMax(int size) {
        assertThat(new PageRequest(0, size).size()).isEqualTo(size);
    }

    @Test
    void offset_startsAtZeroAndAdvancesByOnePagePerPage() {
        assertThat(new PageRequest(0, 25).offset()).isZero();
        for (int page = 0; page < 5; page++) {
            assertThat(new PageRequest(page + 1, 25).offset() - new PageRequest(page, 25).offset()).isEqualTo(25);
        }
    }

    /** {@code page * size} would overflow int: such a page is refused rather than turned negative. */
    @Test
    void new_refusesAPageWhoseOffsetWouldOverflow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE));
        assertThat(new PageRequest(Integer.MAX_VALUE / PageRequest.MAX_SIZE, PageRequest.MAX_SIZE).offset())
                .isNotNegative();
    }
}
