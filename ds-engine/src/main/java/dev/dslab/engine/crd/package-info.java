/**
 * CustomResourceDefinitions at work, after apiextensions-apiserver's controllers: the naming
 * controller accepts a CRD's names (or reports the ones another CRD of its group holds), the
 * establishing controller makes its resources served, the finalizer controller deletes its custom
 * resources before the CRD goes, and the cluster's {@link dev.dslab.engine.api.KindRegistry}
 * follows every change.
 */
package dev.dslab.engine.crd;
