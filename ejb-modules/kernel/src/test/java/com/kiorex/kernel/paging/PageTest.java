package com.kiorex.kernel.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest(name = "{0} items in pages of {1} make {2} pages")
    @CsvSource({"0, 20, 0", "1, 20, 1", "19, 20, 1", "20, 20, 1", "21, 20, 2", "41, 20, 3", "100, 1, 100",
            "5000000000, 100, 50000000"})
    void totalPages_countsTheLastPartialPage(long total, int size, long pages) {
        assertThat(new Page<>(List.of(), 0, size, total).totalPages()).isEqualTo(pages);
    }

    @Test
    void map_convertsEveryItemAndKeepsThePaging() {
        Page<Integer> numbers = new Page<>(List.of(1, 2, 3), 2, 3, 9);

        Page<String> texts = numbers.map(n -> "#" + n);

        assertThat(texts.items()).containsExactly("#1", "#2", "#3");
        assertThat(texts.page()).isEqualTo(2);
        assertThat(texts.size()).isEqualTo(3);
        assertThat(texts.total()).isEqualTo(9);
    }

    @Test
    void new_keepsItsOwnUnmodifiableCopyOfTheItems() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        Page<String> page = new Page<>(source, 0, 20, 2);

        source.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }
}
