/**
 * The presets as users start them: nodes from the engine, the system workloads of each real
 * distribution from manifests kept beside these classes.
 */
package dev.dslab.session.presets;
