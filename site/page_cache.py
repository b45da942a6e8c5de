"""HTTP caching for public pages seen by anonymous visitors.

A CDN (and this process) may keep a page when nothing about the answer is personal: an
anonymous GET of a Wagtail page, answered 200 with HTML, that set no cookie and used no
CSRF token (so a page with a form is never shared). Such answers get
``Cache-Control: public, max-age=…, stale-while-revalidate=…`` (shorter on list pages),
an ETag, and 304s; they are also kept in Django's cache for max-age seconds, so repeat
visitors skip rendering. Saving or deleting any page (publishing saves it) or snippet (a
speaker's bio shows on event pages) starts a new cache generation, so this process never
serves a stale copy of those; Wagtail's frontend-cache purge covers the CDN in production.
Registration counts on a page may lag by at most max-age.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from wagtail import hooks

GENERATION_KEY = "page-cache:generation"
EXCLUDED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/api/",
    "/documents/",
    "/healthz",
    "/static/",
    "/media/",
)


def max_age_for(page) -> int:
    """Pages that list other pages change whenever one of those does: a shorter life."""
    if getattr(page.specific_class, "http_cache_role", "detail") == "list":
        return settings.PAGE_CACHE_LIST_MAX_AGE
    return settings.PAGE_CACHE_MAX_AGE


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    request.atelier_cache_max_age = max_age_for(page)


def new_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def connect_invalidation() -> None:
    """Any saved or deleted page (publishing saves it) or snippet starts a new generation."""
    from wagtail.models import Page
    from wagtail.snippets.models import get_snippet_models

    def changed(sender, instance, **kwargs):
        # Snippets register late (wagtail_hooks), so the list is read when a save happens.
        if isinstance(instance, Page) or sender in get_snippet_models():
            new_generation()

    post_save.connect(changed, weak=False, dispatch_uid="page_cache_saved")
    post_delete.connect(changed, weak=False, dispatch_uid="page_cache_deleted")


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self.cache_key(request)
        if key is not None:
            stored = cache.get(key)
            if stored is not None:
                response = self.rebuild(stored)
                return (
                    get_conditional_response(request, etag=response["ETag"], response=response)
                    or response
                )
        response = self.get_response(request)
        if key is None or not self.is_shareable(request, response):
            return response
        max_age = request.atelier_cache_max_age
        patch_cache_control(
            response,
            public=True,
            max_age=max_age,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        )
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
        generation = cache.get(GENERATION_KEY) or 0
        raw = f"{request.get_host()}|{request.get_full_path()}|{generation}"
        return "page-cache:" + hashlib.sha256(raw.encode()).hexdigest()

    @staticmethod
    def is_shareable(request, response) -> bool:
        return (
            hasattr(request, "atelier_cache_max_age")
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
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
