/**
 * The in-memory API store: objects by kind, namespace and name, with uids, resourceVersions and
 * watches.
 */
package dev.dslab.engine.api;
