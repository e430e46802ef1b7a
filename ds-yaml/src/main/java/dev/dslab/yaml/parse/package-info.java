/**
 * Text to located trees: Jackson's streaming YAML and JSON parsers, hardened against hostile input,
 * feeding a builder that records the line of every value.
 */
package dev.dslab.yaml.parse;
