/** Reading and writing Kubernetes manifests. */
package dev.dslab.yaml;
