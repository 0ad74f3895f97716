package org.misibench.web.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.misibench.jobs.hbonds.ComplexBonds;
import org.misibench.jobs.hbonds.ComplexBondsFinder;
import org.misibench.jobs.review.ItemContent;
import org.misibench.jobs.review.ItemRecord;
import org.misibench.jobs.store.PreparedComplexStore;

/**
 * The H-bonds of an item's complex for the item page. Application-scoped so that every curator's
 * page shares one {@link ComplexBondsFinder} and its cache: a complex's bonds are found once (about
 * 100 ms) and then only its files are hashed again, for the check against the item's provenance.
 */
@ApplicationScoped
public class ComplexBondsCache {

    /** Complexes whose bonds are kept; a release has a few hundred, a row list is a few kB. */
    private static final int CAPACITY = 512;

    @Inject
    DataSource dataSource;

    private final ComplexBondsFinder finder = new ComplexBondsFinder(CAPACITY);

    public ComplexBonds bonds(ItemRecord item, ItemContent content) throws SQLException {
        return finder.bonds(item.complexId(), new PreparedComplexStore(dataSource).source(item.complexId()),
                content.provenance().get("source_sha256"), content.provenance().get("criteria"));
    }
}
