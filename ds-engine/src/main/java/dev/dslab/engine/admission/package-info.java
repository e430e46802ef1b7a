/**
 * The API server's mutating admission plugins that concern the simulated kinds
 * (plugin/pkg/admission): they change a request's object after defaulting and before validation.
 */
package dev.dslab.engine.admission;
