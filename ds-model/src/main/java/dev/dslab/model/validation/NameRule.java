package dev.dslab.model.validation;

/** How a kind's names are checked: most as DNS subdomains, RBAC's as path segments. */
public enum NameRule {
  DNS_SUBDOMAIN,
  /** ValidateRBACName: path.IsValidPathSegmentName, so {@code metallb-system:speaker} is a name. */
  PATH_SEGMENT
}
