package com.kiorex.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationProblemMapperTest {

    private record Node(String getName, ElementKind getKind) implements Path.Node {
        @Override
        public boolean isInIterable() {
            return false;
        }

        @Override
        public Integer getIndex() {
            return null;
        }

        @Override
        public Object getKey() {
            return null;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            throw new UnsupportedOperationException();
        }
    }

    /** A path as Hibernate Validator builds it: alternating kinds and names. */
    private static Path path(Object... kindsAndNames) {
        List<Path.Node> nodes = new ArrayList<>();
        for (int i = 0; i < kindsAndNames.length; i += 2) {
            nodes.add(new Node((String) kindsAndNames[i + 1], (ElementKind) kindsAndNames[i]));
        }
        return nodes::iterator;
    }

    @Test
    void fieldOf_namesAPropertyInsideTheBodyByItsPathFromTheBody() {
        Path path = path(ElementKind.METHOD, "registerFamilyMember", ElementKind.PARAMETER, "details",
                ElementKind.PROPERTY, "person", ElementKind.PROPERTY, "birthDate");

        assertThat(ValidationProblemMapper.fieldOf(path)).isEqualTo("person.birthDate");
    }

    @Test
    void fieldOf_namesAQueryParameterThatIsItselfWrong() {
        Path path = path(ElementKind.METHOD, "search", ElementKind.PARAMETER, "size");

        assertThat(ValidationProblemMapper.fieldOf(path)).isEqualTo("size");
    }

    @Test
    void fieldOf_leavesOutMethodAndReturnValueNodes() {
        Path path = path(ElementKind.METHOD, "record", ElementKind.RETURN_VALUE, "<return value>",
                ElementKind.PROPERTY, "display");

        assertThat(ValidationProblemMapper.fieldOf(path)).isEqualTo("display");
    }

    @Test
    void fieldOf_callsItBodyWhenNeitherPropertyNorParameterIsNamed() {
        assertThat(ValidationProblemMapper.fieldOf(path(ElementKind.BEAN, null))).isEqualTo("body");
        assertThat(ValidationProblemMapper.fieldOf(path())).isEqualTo("body");
    }
}
