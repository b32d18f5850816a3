package se.regionrum.followup.mapcomposer;

import org.springframework.data.relational.core.mapping.Table;

/** One layer of a composition: its kind and its options as JSON ({@link LayerOptions}). */
@Table
public record MapLayer(LayerKind kind, String options) {
}
