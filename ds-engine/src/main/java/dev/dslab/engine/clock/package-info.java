/** The virtual clock and its queue of timed work. The engine never reads the wall clock. */
package dev.dslab.engine.clock;
