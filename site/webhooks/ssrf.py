"""Refuse endpoint URLs that point into our own network (server-side request forgery).

Checked when an endpoint is saved and again before every delivery, because DNS answers
can change after the form was accepted.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ALLOWED_SCHEMES = {"http", "https"}


def is_forbidden_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        # Also shared (carrier-grade NAT) and other ranges that are not on the public internet.
        or not address.is_global
    )


def resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ValidationError(
            _("The name %(host)s does not exist or cannot be found."), params={"host": host}
        ) from exc
    # getaddrinfo can hand back scoped IPv6 addresses ("fe80::1%eth0"); the scope is not ours.
    return [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]


def check_endpoint_url(url: str) -> None:
    """Raise ValidationError unless ``url`` is http(s) and resolves to public addresses only."""
    parts = urlsplit(url)
    if parts.scheme not in ALLOWED_SCHEMES:
        raise ValidationError(_("Only http and https addresses are allowed."))
    if not parts.hostname:
        raise ValidationError(_("The address has no host name."))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise ValidationError(_("The port number is invalid.")) from exc
    if getattr(settings, "WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", False):
        return
    addresses = resolve(parts.hostname, port)
    if not addresses or any(is_forbidden_address(address) for address in addresses):
        raise ValidationError(
            _(
                "%(host)s points to an internal, local or reserved network address; "
                "Atelier sends no messages there."
            ),
            params={"host": parts.hostname},
        )
