"""Validators shared by the apps' forms."""

import ipaddress

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Top-level names that never reach a public mail server (RFC 2606, RFC 6761, RFC 6762,
# ICANN's .internal); "example.org" and the like are ordinary public domains.
NON_PUBLIC_TLDS = frozenset(
    {"localhost", "local", "test", "invalid", "example", "internal", "lan", "home", "onion"}
)


def public_email_domain(value: str) -> None:
    """An address we can mail: a domain name with a public top-level domain, not a bare
    host name (``a@localhost``) or an address literal (``a@[127.0.0.1]``)."""
    if "@" not in value:
        return  # not an address at all: the e-mail field's own check says so, once
    domain = value.rpartition("@")[2].strip().rstrip(".").lower()
    message = _("Use an e-mail address with a public domain name, such as name@example.org.")
    if not domain or domain.startswith("["):
        raise ValidationError(message, code="non_public_domain")
    try:
        ipaddress.ip_address(domain)
    except ValueError:
        pass
    else:
        raise ValidationError(message, code="non_public_domain")
    labels = domain.split(".")
    tld = labels[-1]
    if len(labels) < 2 or tld in NON_PUBLIC_TLDS or not (tld.isalpha() or tld.startswith("xn--")):
        raise ValidationError(message, code="non_public_domain")
