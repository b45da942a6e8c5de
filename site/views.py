"""Views that belong to the site as a whole rather than to one app."""

import contextlib

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    """For load balancers and uptime checks: is the database and the cache reachable?"""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # any failure means unhealthy; the body says which part
        checks["database"] = "unavailable"
    try:
        cache.set("healthz", "ok", 5)
        checks["cache"] = "ok" if cache.get("healthz") == "ok" else "unavailable"
    except Exception:
        checks["cache"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


@require_safe
def robots_txt(request):
    """Crawlers may read everything public; the admin, the API's interactive docs and
    search result pages (endless combinations of filters) they may skip. The sitemap
    lists every page, person pages and translations included."""
    from django.conf import settings
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    from .hosts import absolute_url

    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/v1/docs"]
    for code, _name in settings.LANGUAGES:
        # Without a search app there is nothing to disallow.
        with translation.override(code), contextlib.suppress(NoReverseMatch):
            lines.append(f"Disallow: {reverse('search:search')}")
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'), request)}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says."""
    from django.templatetags.static import static

    return HttpResponsePermanentRedirect(static("atelier/icons/favicon.ico"))
