package org.svyaz.journal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.springframework.stereotype.Component;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.SideValues;

/** The entities the modules declared, by their names in the journal, and the values they keep beside them. */
@Component
class EntityRegistry {

    private final Map<String, JournaledEntity> entities;
    private final List<SideValues> sideValues;
    private final Map<String, Optional<SideValues>> keepers = new ConcurrentHashMap<>();
    private final Map<String, List<Child>> children;

    EntityRegistry(List<JournaledEntity> entities, List<SideValues> sideValues) {
        this.entities = entities.stream().collect(Collectors.toUnmodifiableMap(JournaledEntity::name, Function.identity()));
        this.sideValues = List.copyOf(sideValues);
        this.children = entities.stream()
                .flatMap(child -> child.parents().stream().map(parent -> Map.entry(parent.entity(), new Child(child, parent.column()))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
        children.keySet().forEach(this::entity);
    }

    /** An entity whose records belong to records of another, through the column holding the other's id. */
    record Child(JournaledEntity entity, Field<UUID> column) {
    }

    /** The entities whose records belong to the entity's records (a contact's notes), none for most. */
    List<Child> childrenOf(String entity) {
        return children.getOrDefault(entity, List.of());
    }

    JournaledEntity entity(String name) {
        JournaledEntity entity = entities.get(name);
        if (entity == null) {
            throw new IllegalArgumentException("No module declared the journaled entity " + name);
        }
        return entity;
    }

    Collection<JournaledEntity> entities() {
        return entities.values();
    }

    /** The module keeping that field beside the entity's rows, or null when the field is the entity's own. */
    SideValues keeperOf(String entity, String field) {
        // asked for every field of every entry a replay applies
        return keepers.computeIfAbsent(entity + "." + field,
                key -> sideValues.stream().filter(values -> values.keeps(entity, field)).findFirst()).orElse(null);
    }

    List<SideValues> sideValues() {
        return sideValues;
    }
}
