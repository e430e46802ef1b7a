package dev.dslab.model.apiextensions;

/**
 * One of a CRD version's {@code additionalPrinterColumns}: what {@code kubectl get} prints for it
 * (the API server's table convertor for custom resources).
 *
 * @param type the OpenAPI type: integer, number, string, boolean or date
 * @param priority 0 for the default table, more for {@code -o wide} only
 * @param jsonPath where the value lives in the object, as {@code .spec.replicas}
 */
public record PrinterColumn(
    String name, String type, String format, String description, int priority, String jsonPath) {}
