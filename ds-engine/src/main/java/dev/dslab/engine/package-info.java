/** The simulation facade: a cluster on a virtual clock, and the controllers that keep it. */
package dev.dslab.engine;
