"""One host name in every absolute URL: pages, feeds, the sitemap, JSON-LD, calendar files
and the API all build theirs here, so no output mixes the Site's address with whatever
host a request happened to use.

- In production the Wagtail Site's root URL wins (``https://www.example.org``), whatever
  ``Host`` header arrived (another allowed name, an internal address).
- In development (``ABSOLUTE_URLS_FROM_REQUEST``, on with ``DEBUG``) the request's own
  scheme and host win, so a dev server on another port links to itself; for page URLs
  ``RequestHostMiddleware`` sees to that.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def follows_request() -> bool:
    return bool(getattr(settings, "ABSOLUTE_URLS_FROM_REQUEST", settings.DEBUG))


def request_root(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _site(request=None) -> Site | None:
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.filter(is_default_site=True).first()


def site_root_url(request=None) -> str:
    """``scheme://host[:port]`` for absolute URLs, without a trailing slash."""
    if request is not None and follows_request():
        return request_root(request)
    cached = getattr(request, "_atelier_site_root", None) if request is not None else None
    if cached:
        return cached
    site = _site(request)
    root = (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    if request is not None:
        request._atelier_site_root = root
    return root


def host_name(request=None) -> str:
    """The host name alone (no port), for identifiers such as calendar UIDs."""
    return urlsplit(site_root_url(request)).hostname or "localhost"


def absolute_url(location: str | None, request=None) -> str | None:
    """``location`` (a path) as an absolute URL on the one host; full URLs pass through."""
    if not location:
        return location
    parts = urlsplit(location)
    if parts.scheme:
        return location
    root = site_root_url(request)
    if parts.netloc:  # protocol-relative (a CDN): the site's scheme
        return f"{urlsplit(root).scheme}:{location}"
    if not location.startswith("/"):
        location = "/" + location
    return root + location


class RequestHostMiddleware:
    """Development only (``ABSOLUTE_URLS_FROM_REQUEST``): every page's full URL uses the
    request's host. Wagtail builds page URLs from the site root paths it keeps on the
    request; these get the request's root instead of the Site's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if follows_request():
            root = request_root(request)
            request._wagtail_cached_site_root_paths = [
                path._replace(root_url=root) for path in Site.get_site_root_paths()
            ]
        return self.get_response(request)
