package se.regionrum.analysis.servicepoint;

/**
 * A place where a service is offered, in SWEREF 99 TM metres.
 *
 * @param id the file's id, or for OSM {@code node/123} or {@code way/456}
 * @param type a service type such as {@code grocery_full} (see {@link ServiceTypeIndex})
 * @param name empty when the source has none
 */
public record ServicePoint(String id, String type, String name, double x, double y) {
}
