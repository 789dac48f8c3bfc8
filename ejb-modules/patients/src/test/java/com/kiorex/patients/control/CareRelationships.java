package com.kiorex.patients.control;

import com.kiorex.kernel.security.CareRelationship;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/** The care-relationship sources CDI would inject, as a fixed list; only iteration is supported. */
final class CareRelationships implements Instance<CareRelationship> {

    private final List<CareRelationship> sources;

    private CareRelationships(List<CareRelationship> sources) {
        this.sources = sources;
    }

    static CareRelationships of(CareRelationship... sources) {
        return new CareRelationships(List.of(sources));
    }

    @Override
    public Iterator<CareRelationship> iterator() {
        return sources.iterator();
    }

    @Override
    public CareRelationship get() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instance<CareRelationship> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends CareRelationship> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends CareRelationship> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
        return sources.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
        return sources.size() > 1;
    }

    @Override
    public void destroy(CareRelationship instance) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Handle<CareRelationship> getHandle() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<CareRelationship>> handles() {
        throw new UnsupportedOperationException();
    }
}
