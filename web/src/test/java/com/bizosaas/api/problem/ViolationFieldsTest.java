package com.bizosaas.api.problem;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ViolationFieldsTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    record Draft(@NotBlank String title, @NotNull @Size(max = 3) String body, @Valid List<@Valid Line> lines) {
    }

    record Line(@NotBlank String text) {
    }

    static class Resource {
        public void publish(@NotNull @Valid Draft draft, @Max(100) int size) {
        }
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void bodyFieldsAreNamedAsTheClientSentThem() throws Exception {
        Method publish = Resource.class.getMethod("publish", Draft.class, int.class);
        var violations = validator.forExecutables().validateParameters(new Resource(), publish,
                new Object[]{new Draft(" ", "too long", List.of(new Line(""))), 5});

        assertThat(ViolationFields.of(violations)).extracting(Problem.FieldError::field)
                .containsExactly("body", "lines[0].text", "title");
    }

    @Test
    void queryParametersAndMissingBodiesAreNamedByTheirParameter() throws Exception {
        Method publish = Resource.class.getMethod("publish", Draft.class, int.class);
        var violations = validator.forExecutables().validateParameters(new Resource(), publish, new Object[]{null, 1000});

        assertThat(ViolationFields.of(violations)).extracting(Problem.FieldError::field)
                .containsExactly("draft", "size");
    }

    @Test
    void unknownEnumValuesAreRefusedWithTheAllowedOnes() {
        assertThat(InvalidParameterException.enumParameter("severity", java.time.DayOfWeek.class, " monday "))
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(InvalidParameterException.enumParameter("severity", java.time.DayOfWeek.class, "")).isNull();
        try {
            InvalidParameterException.enumParameter("day", java.time.DayOfWeek.class, "someday");
        } catch (InvalidParameterException e) {
            assertThat(e.parameter()).isEqualTo("day");
            assertThat(e.getMessage()).startsWith("must be one of MONDAY, TUESDAY");
            return;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void everyStatusHasAStableType() {
        assertThat(ProblemType.forStatus(404).uri()).isEqualTo("/problems/not-found");
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }
}
