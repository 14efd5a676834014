package com.bizosaas.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void countsPagesAndKnowsWhetherMoreFollow() {
        Page<String> first = Page.of(List.of("a", "b"), new PageRequest(0, 2), 5);
        Page<String> last = Page.of(List.of("e"), new PageRequest(2, 2), 5);

        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(Page.of(List.of(), PageRequest.first(20), 0).totalPages()).isZero();
    }

    @Test
    void mapsItemsAndKeepsThePosition() {
        Page<Integer> lengths = Page.of(List.of("ab", "c"), new PageRequest(1, 2), 4).map(String::length);

        assertThat(lengths.items()).containsExactly(2, 1);
        assertThat(lengths.page()).isEqualTo(1);
        assertThat(lengths.totalItems()).isEqualTo(4);
    }

    @Test
    void refusesPagesOutsideTheLimits() {
        assertThat(new PageRequest(3, 10).offset()).isEqualTo(30);
        assertThatThrownBy(() -> new PageRequest(-1, 10)).hasMessageContaining("page");
        assertThatThrownBy(() -> new PageRequest(0, 0)).hasMessageContaining("size");
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).hasMessageContaining("size");
    }
}
