package dev.dslab.model.meta;

import java.util.regex.Pattern;

/**
 * The syntax rules of label keys and values (apimachinery validation.IsQualifiedName,
 * IsValidLabelValue).
 */
public final class LabelValues {
  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private LabelValues() {}

  public static boolean isValidValue(String value) {
    return value.isEmpty() || (value.length() <= 63 && NAME.matcher(value).matches());
  }

  public static boolean isValidKey(String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        return false;
      }
    }
    return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches();
  }

  public static boolean isDnsSubdomain(String name) {
    return name != null
        && !name.isEmpty()
        && name.length() <= 253
        && DNS_SUBDOMAIN.matcher(name).matches();
  }

  public static boolean isDnsLabel(String name) {
    return name != null
        && !name.isEmpty()
        && name.length() <= 63
        && DNS_LABEL.matcher(name).matches();
  }
}
