/**
 * The engine's controller log: what upstream's controllers report through utilruntime.HandleError
 * (a failed sync and why), at virtual times, for front ends to show next to the events.
 */
package dev.dslab.engine.log;
