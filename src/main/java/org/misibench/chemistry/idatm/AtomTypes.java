package org.misibench.chemistry.idatm;

import java.util.Arrays;
import java.util.List;
import org.misibench.chemistry.Rings;

/** The IDATM types of a molecule's atoms, by atom index, and the rings they were found with. */
public final class AtomTypes {

    private final String[] types;
    private final Rings rings;

    AtomTypes(String[] types, Rings rings) {
        this.types = types.clone();
        this.rings = rings;
    }

    public String of(int atom) {
        return types[atom];
    }

    public List<String> all() {
        return Arrays.asList(types.clone());
    }

    public Rings rings() {
        return rings;
    }
}
