package dev.dslab.engine.api;

import java.util.Random;

/**
 * Everything the API server draws at random — generated names, uids, service IPs and node ports —
 * drawn from the cluster's seed, each from its own stream so that one kind of draw never shifts
 * another. Same seed, same names.
 */
public final class Identities {
  /** k8s.io/apimachinery/pkg/util/rand: no vowels, no 0, 1 or 3, so that no words are spelled. */
  public static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

  /** names.MaxGeneratedNameLength: 63 minus the five random characters. */
  static final int MAX_GENERATED_BASE = 58;

  private final long seed;
  private final Random names;
  private final Random uids;
  private final Random serviceAccountUids;
  private final Random serviceIps;
  private final Random nodePorts;

  public Identities(long seed) {
    this.seed = seed;
    names = new Random(seed);
    uids = new Random(seed ^ 0x5DEECE66DL);
    serviceAccountUids = new Random(seed * 13 + 11);
    serviceIps = new Random(seed * 31 + 7);
    nodePorts = new Random(seed * 17 + 3);
  }

  /**
   * The draws of dry-run requests, from streams of their own: a dry run answers with names and uids
   * as a real request would, and never shifts what the real requests after it draw.
   */
  public Identities forDryRuns() {
    return new Identities(~seed * 0x9E3779B97F4A7C15L);
  }

  /**
   * SimpleNameGenerator.GenerateName: the base cut to 58 characters plus five random characters.
   */
  public String generateName(String base) {
    String b = base.length() > MAX_GENERATED_BASE ? base.substring(0, MAX_GENERATED_BASE) : base;
    StringBuilder s = new StringBuilder(b);
    for (int i = 0; i < 5; i++) {
      s.append(ALPHANUMS.charAt(names.nextInt(ALPHANUMS.length())));
    }
    return s.toString();
  }

  /** A version-4 UUID in its usual text form. */
  public String uid() {
    return uid(uids);
  }

  /**
   * The uid of a ServiceAccount, from a stream of its own: the serviceaccounts controller makes a
   * {@code default} account in every namespace, and those draws must not shift the uids every other
   * object of a preset or a saved session had before the controller existed.
   */
  public String serviceAccountUid() {
    return uid(serviceAccountUids);
  }

  private static String uid(Random stream) {
    long hi = stream.nextLong();
    long lo = stream.nextLong();
    hi = (hi & ~0xF000L) | 0x4000L;
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new java.util.UUID(hi, lo).toString();
  }

  /**
   * A random address of the default service range 10.96.0.0/12 (never .0, .1 or .10 of the first
   * /24).
   */
  public String serviceIp() {
    while (true) {
      int offset = 1 + serviceIps.nextInt((1 << 20) - 2);
      String ip =
          "10." + (96 + (offset >> 16)) + "." + ((offset >> 8) & 0xFF) + "." + (offset & 0xFF);
      if (offset > 10 && (offset & 0xFF) != 0 && (offset & 0xFF) != 255) {
        return ip;
      }
    }
  }

  /** A random port of the default node-port range 30000-32767. */
  public int nodePort() {
    return 30000 + nodePorts.nextInt(2768);
  }
}
