package com.bizosaas.identity.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesInThreeGroupsWithoutLookAlikes() {
        List<String> codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
        assertThat(codes).allMatch(c -> c.matches("[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}"));
        assertThat(codes).allMatch(RecoveryCodes::looksLikeOne);
    }

    @Test
    void theHashIgnoresCaseSpacesAndDashesAndDiffersPerCode() {
        String code = RecoveryCodes.generate().get(0);
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code));
        assertThat(RecoveryCodes.hash(code)).hasSize(64).isNotEqualTo(code);
        var hashes = new HashSet<String>();
        RecoveryCodes.generate().forEach(c -> hashes.add(RecoveryCodes.hash(c)));
        assertThat(hashes).hasSize(RecoveryCodes.COUNT);
    }

    @Test
    void anAppsSixDigitsAreNotARecoveryCode() {
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("123 456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
    }
}
