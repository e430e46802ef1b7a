/**
 * One codec per kind (and per shared part: metadata, pod specs): how each record reads from a
 * located tree and writes to a sorted tree, both directions side by side so that they stay each
 * other's inverse. {@link dev.dslab.yaml.codec.Kinds} is the registry the reader dispatches on.
 */
package dev.dslab.yaml.codec;
