package com.kiorex.web.problem;

import java.util.Set;

/** The exception mappers, registered together by the application. */
public final class ProblemMappers {

    public static final Set<Class<?>> ALL = Set.of(ValidationProblemMapper.class, DomainProblemMapper.class,
            WebProblemMapper.class, EjbProblemMapper.class, FallbackProblemMapper.class,
            InvalidParameterProblemMapper.class);

    private ProblemMappers() {
    }
}
