/**
 * Executable tutorials: a Markdown tutorial read into steps (files to write, kubectl commands with
 * the output the tutorial printed, clock advances, figures), the shell filters a tutorial pipes
 * into ({@code grep}, {@code head}, {@code tail}, {@code wc}), the masked comparison of a printed
 * output with the simulated one, and the document rewritten with the simulated outputs. Pure
 * functions over text; running the commands is the front end's (dsctl's {@code tutorial}).
 */
package dev.dslab.session.tutorial;
