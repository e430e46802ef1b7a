/**
 * Reading and writing Kubernetes manifests. {@link dev.dslab.yaml.ManifestReader} turns YAML or
 * JSON text into model records and problems that name file, document, line and field; {@link
 * dev.dslab.yaml.ManifestWriter} prints records as {@code kubectl -o json} and {@code -o yaml} do.
 * Jackson stays inside this module.
 */
package dev.dslab.yaml;
