package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Database id ↔ file ref (1-based position) for one kind of record. */
final class Refs {

    private final Map<Long, Integer> refOfId = new HashMap<>();
    private final List<Long> idOfRef = new ArrayList<>();

    /** Registers the next record: on export its ref is its position, on import its new id is remembered. */
    int add(long id) {
        idOfRef.add(id);
        refOfId.put(id, idOfRef.size());
        return idOfRef.size();
    }

    Integer ref(Long id) {
        return id == null ? null : refOfId.get(id);
    }

    List<Integer> refs(List<Long> ids) {
        return ids.stream().map(refOfId::get).sorted().toList();
    }

    Long id(Integer ref) {
        if (ref == null) {
            return null;
        }
        if (ref < 1 || ref > idOfRef.size()) {
            throw new IllegalArgumentException("no record " + ref);
        }
        return idOfRef.get(ref - 1);
    }

    List<Long> ids(List<Integer> refs) {
        return refs.stream().map(this::id).toList();
    }
}
