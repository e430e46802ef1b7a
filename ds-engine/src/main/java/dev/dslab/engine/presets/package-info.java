/** Built-in clusters that reproduce the tutorials' clusters: docker-desktop, kind, kubeadm, gke. */
package dev.dslab.engine.presets;
