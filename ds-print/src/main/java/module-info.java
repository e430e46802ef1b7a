/**
 * kubectl's printers: the tables of {@code get} (dsctl prints them; the API server sends their
 * columns as server-side Tables), the pages of {@code describe}, ages and durations as kubectl
 * writes them. Pure functions of objects and a time: no cluster, no I/O.
 */
module dev.dslab.print {
  requires transitive dev.dslab.model;

  exports dev.dslab.print;
}
