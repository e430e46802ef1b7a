/** dsctl, the command line. */
package dev.dslab.cli;
