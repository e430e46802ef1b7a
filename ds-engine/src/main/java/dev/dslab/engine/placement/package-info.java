/**
 * Pure placement rules: node selectors, node affinity, taints and tolerations,
 * NodeShouldRunDaemonPod.
 */
package dev.dslab.engine.placement;
