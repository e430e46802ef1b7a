/**
 * What the API server does for each kind of object on create and update, as upstream's per-resource
 * REST strategies (pkg/registry/&lt;group&gt;/&lt;resource&gt;/strategy.go): defaulting, the fields
 * the server sets or keeps, and validation. Pure functions of the request and the stored object.
 */
package dev.dslab.engine.registry;
