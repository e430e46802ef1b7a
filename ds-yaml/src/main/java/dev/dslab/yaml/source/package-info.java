/**
 * Manifest text before parsing: bytes decoded (and checked) as UTF-8, and the stream cut into
 * documents.
 */
package dev.dslab.yaml.source;
