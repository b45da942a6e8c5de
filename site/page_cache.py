"""HTTP caching of public pages, and the header policy every public HTML or feed answer uses.

Browsers always revalidate (``max-age=0``, ``must-revalidate``, an ETag, 304s), so a page
made private, unpublished or moved is never shown again from a browser's cache. Shared
caches (a CDN) may keep an answer for ``PAGE_CACHE_SHARED_MAX_AGE`` seconds (``s-maxage``)
only when a frontend cache is configured, because every public content change purges it
(``public_content``); without one they revalidate too. A visitor with a session cookie (an
editor) gets ``private, no-cache``.

Anonymous GETs of a Wagtail page answered 200 with HTML that set no cookie and used no CSRF
token (so a page with a form is never shared) are also kept in Django's cache, keyed by the
content version (``public_content.content_version()``): any change (a publish, a privacy
change, a sign-up, the clock passing an event's start) makes every stored copy unreachable
at once. ``PAGE_CACHE_MAX_AGE`` (``PAGE_CACHE_LIST_MAX_AGE`` for pages that list others)
bounds how long a copy lives.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from wagtail import hooks

from .public_content import content_version, frontend_cache_configured

EXCLUDED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/api/",
    "/documents/",
    "/healthz",
    "/static/",
    "/media/",
)


def is_list_page(page) -> bool:
    """Page types that list other pages declare ``http_cache_role = "list"``."""
    return getattr(page.specific_class, "http_cache_role", "detail") == "list"


def max_age_for(page) -> int:
    """How long this process keeps a page: lists change whenever a listed page does."""
    if is_list_page(page):
        return settings.PAGE_CACHE_LIST_MAX_AGE
    return settings.PAGE_CACHE_MAX_AGE


def _shared(seconds: int | None = None) -> int:
    """``s-maxage``: only a cache we purge may keep public answers without revalidating."""
    if not frontend_cache_configured():
        return 0
    return settings.PAGE_CACHE_SHARED_MAX_AGE if seconds is None else seconds


def patch_public_revalidate(
    response, *, query_string: str = "", shared_max_age: int | None = None
) -> None:
    """Cache-Control for a public answer: browsers revalidate, a purged CDN may keep it.

    Query-string variants are endless and cannot be purged one by one: shared caches
    revalidate those too."""
    shared = 0 if query_string else _shared(shared_max_age)
    options = {"public": True, "max_age": 0, "must_revalidate": True}
    if shared:
        options["s_maxage"] = shared
    patch_cache_control(response, **options)


def patch_private(response) -> None:
    patch_cache_control(response, private=True, no_cache=True)


def revalidated(request, response):
    """ETag, public Cache-Control and 304 for a public GET answer (feeds, sitemap, exports)."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if getattr(response, "streaming", False) or response.has_header("Cache-Control"):
        return response
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    patch_public_revalidate(response, query_string=request.META.get("QUERY_STRING", ""))
    return get_conditional_response(request, etag=response["ETag"], response=response) or response


def public_revalidate(view):
    """Decorator form of ``revalidated`` for function views and class-based feeds."""
    from functools import wraps

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return revalidated(request, view(request, *args, **kwargs))

    return wrapped


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    request.atelier_cache_max_age = max_age_for(page)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self.cache_key(request)
        if key is not None and settings.PAGE_CACHE_STORE:
            stored = cache.get(key)
            if stored is not None:
                response = self.rebuild(stored)
                return (
                    get_conditional_response(request, etag=response["ETag"], response=response)
                    or response
                )
        response = self.get_response(request)
        is_page = hasattr(request, "atelier_cache_max_age")
        if key is None or not is_page or not self.is_shareable(request, response):
            if (
                (is_page or settings.SESSION_COOKIE_NAME in request.COOKIES)
                and self.is_html(response)
                and not response.has_header("Cache-Control")
            ):
                patch_private(response)  # a session, a form, an error page: never shared
            return response
        max_age = request.atelier_cache_max_age
        patch_public_revalidate(response, query_string=request.META.get("QUERY_STRING", ""))
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        if max_age and settings.PAGE_CACHE_STORE:
            cache.set(
                key, (response.status_code, list(response.items()), response.content), max_age
            )
        return (
            get_conditional_response(request, etag=response["ETag"], response=response) or response
        )

    @staticmethod
    def cache_key(request) -> str | None:
        if request.method not in ("GET", "HEAD") or request.path.startswith(EXCLUDED_PREFIXES):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:  # maybe an editor: never shared
            return None
        raw = f"{request.get_host()}|{request.get_full_path()}|{content_version()}"
        return "page-cache:" + hashlib.sha256(raw.encode()).hexdigest()

    @staticmethod
    def is_html(response) -> bool:
        return response.get("Content-Type", "").startswith("text/html")

    @classmethod
    def is_shareable(cls, request, response) -> bool:
        return (
            response.status_code == 200
            and cls.is_html(response)
            and not response.cookies
            and not response.has_header("Cache-Control")
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not getattr(response, "streaming", False)
        )

    @staticmethod
    def rebuild(stored) -> HttpResponse:
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response
