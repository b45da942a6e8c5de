"""HTTP behaviour shared by every machine-readable GET: conditional requests, a response
cache, and CORS.

``ApiHttpMiddleware`` applies it to everything under ``/api/``. Its ETag is derived from the
content version (``public_content.content_version()``, bumped by every publish, unpublish,
privacy change, snippet edit, sign-up and by the clock) and the request (host, path, query,
``Accept``, language), so a matching ``If-None-Match`` is answered 304 before any view runs:
no query, nothing rendered. Equal versions mean nothing public changed, so the body for the
same request is the same; a changed version gives a new ETag even when the body happens to
be equal (a 200 more, never a stale 304). Answers are also kept in the cache under that ETag
(``API_RESPONSE_CACHE``, for ``API_RESPONSE_CACHE_TIMEOUT`` seconds): a version bump makes
them unreachable at once. Both need a cache that every process shares (``CACHE_URL``), since
the version lives there; without one (``API_VERSIONED_ETAGS`` off) the ETag is a hash of
the body, as for the other feeds.

Other read-only feeds (the embeddable agenda) call ``conditional_get`` on their own
responses, with an ETag hashed from the body.

``Last-Modified`` is the later of the newest content timestamp a view reports and the moment
this answer was first served, so an ``If-Modified-Since`` never gets a 304 for a body that
changed without a publish.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_etags, parse_http_date_safe

from ..page_cache import patch_public_revalidate
from ..public_content import content_version
from .errors import problem_response

API_PREFIX = "/api/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_REQUEST_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since"
CORS_EXPOSED_HEADERS = "ETag, Last-Modified"
FIRST_SEEN_TIMEOUT = 60 * 60 * 24 * 30
_LAST_MODIFIED_ATTR = "_atelier_last_modified"


def body_etag(content: bytes) -> str:
    """A strong ETag for a response body."""
    return '"' + hashlib.sha256(content).hexdigest()[:40] + '"'


def note_last_modified(request, *moments) -> None:
    """Views call this with the update times of what they show (None values are skipped)."""
    known = [m for m in moments if m is not None]
    previous = getattr(request, _LAST_MODIFIED_ATTR, None)
    if previous is not None:
        known.append(previous)
    if known:
        setattr(request, _LAST_MODIFIED_ATTR, max(known))


def request_etag(request, version: int | None = None) -> str:
    """The validator of a GET under /api/: the content version and what selects the body."""
    version = content_version() if version is None else version
    raw = "|".join(
        (
            str(version),
            request.get_host(),
            request.get_full_path(),
            request.headers.get("Accept", ""),
            request.headers.get("Accept-Language", ""),
            request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        )
    )
    return '"v' + hashlib.sha256(raw.encode()).hexdigest()[:40] + '"'


def _first_served(request, etag: str) -> datetime:
    # Keyed by the content version too: after a change (say, private and public again) the
    # same body counts as new, so If-Modified-Since never skips the change.
    raw = f"{request.get_full_path()}|{etag}|{content_version()}"
    key = "atelier:etag-first-served:" + hashlib.sha256(raw.encode()).hexdigest()
    now = timezone.now().replace(microsecond=0)
    first = cache.get(key)
    if first is None:
        cache.set(key, now, FIRST_SEEN_TIMEOUT)
        first = now
    return first


def _not_modified(request, etag: str, last_modified: datetime) -> bool:
    if request.headers.get("If-None-Match"):
        # RFC 9110 13.1.2: If-Modified-Since is ignored when this is sent
        return _matches(request, etag)
    if_modified_since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    if if_modified_since is None:
        return False
    return int(last_modified.timestamp()) <= if_modified_since


def conditional_get(request, response, *, max_age: int | None = None, etag: str | None = None):
    """Add ETag, Last-Modified, Cache-Control and Vary to a 200 GET response; 304 if fresh.

    ``etag`` defaults to a hash of the body. Browsers revalidate every time
    (``max-age=0``); ``max_age`` (default ``API_CACHE_MAX_AGE``) is what a purged frontend
    cache may keep (``s-maxage``), see ``page_cache.patch_public_revalidate``."""
    if response.status_code != 200 or response.streaming:
        return response
    etag = etag or body_etag(response.content)
    noted = getattr(request, _LAST_MODIFIED_ATTR, None)
    moments = [_first_served(request, etag)]
    if noted is not None:
        moments.append(noted.astimezone(UTC).replace(microsecond=0))
    last_modified = max(moments)
    if max_age is None:
        max_age = settings.API_CACHE_MAX_AGE
    headers = {
        "ETag": etag,
        "Last-Modified": http_date(last_modified.timestamp()),
    }
    for name, value in headers.items():
        response[name] = value
    _cache_headers(request, response, max_age)
    if _not_modified(request, etag, last_modified):
        return _not_modified_response(request, response, max_age)
    return response


def _cache_headers(request, response, max_age: int | None = None) -> None:
    if max_age is None:
        max_age = settings.API_CACHE_MAX_AGE
    if "Cache-Control" in response:
        del response["Cache-Control"]
    patch_public_revalidate(
        response, query_string=request.META.get("QUERY_STRING", ""), shared_max_age=max_age
    )
    patch_vary_headers(response, ("Accept", "Origin"))


def _not_modified_response(request, response, max_age: int | None = None):
    """A 304 carrying the validators and caching headers of ``response``."""
    not_modified = HttpResponseNotModified()
    for name in ("ETag", "Last-Modified"):
        if name in response:
            not_modified[name] = response[name]
    _cache_headers(request, not_modified, max_age)
    return not_modified


def _matches(request, etag: str) -> bool:
    if_none_match = request.headers.get("If-None-Match")
    if not if_none_match:
        return False
    tags = {tag.removeprefix("W/") for tag in parse_etags(if_none_match)}  # weak comparison
    return "*" in tags or etag in tags


_CACHED_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language", "Last-Modified")
_CACHED_TYPES = ("application/json", "text/calendar")


def _storable(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(_CACHED_TYPES)
    )


def _response_key(etag: str) -> str:
    return "atelier:api-response:" + etag.strip('"')


def allowed_origin(request) -> str | None:
    origin = request.headers.get("Origin")
    if not origin:
        return None
    allowed = getattr(settings, "API_CORS_ORIGINS", []) or []
    if "*" in allowed:
        return "*"
    return origin if origin in allowed else None


def add_cors_headers(request, response, *, preflight: bool = False):
    origin = allowed_origin(request)
    patch_vary_headers(response, ("Origin",))
    if origin is None:
        return response
    response["Access-Control-Allow-Origin"] = origin
    response["Access-Control-Expose-Headers"] = CORS_EXPOSED_HEADERS
    if preflight:
        response["Access-Control-Allow-Methods"] = ", ".join(READ_METHODS)
        response["Access-Control-Allow-Headers"] = CORS_REQUEST_HEADERS
        response["Access-Control-Max-Age"] = "86400"
    return response


class ApiHttpMiddleware:
    """Read-only, cacheable, CORS-aware answers for everything under /api/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ", ".join(READ_METHODS)
            return add_cors_headers(request, response, preflight=True)
        if request.method not in READ_METHODS:
            response = problem_response(405, "The content API is read-only: use GET.")
            response["Allow"] = ", ".join(READ_METHODS)
            return add_cors_headers(request, response)

        is_head = request.method == "HEAD"
        if is_head:
            # django-ninja routes GET only; HEAD is the same answer without its body
            request.method = "GET"
        response = self.answer(request)
        response = add_cors_headers(request, response)
        if is_head and not response.streaming:
            response.content = b""
        return response

    def answer(self, request):
        if not settings.API_VERSIONED_ETAGS:
            # The content version lives in each process (no shared cache): validators must
            # come from the body, or a change made through one worker would not reach the
            # 304s of another.
            response = self.get_response(request)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
            return conditional_get(request, response)
        etag = request_etag(request)
        if _matches(request, etag):  # before any view: no query, nothing rendered
            response = HttpResponse(status=200)
            response["ETag"] = etag
            return _not_modified_response(request, response)
        use_cache = settings.API_RESPONSE_CACHE
        stored = cache.get(_response_key(etag)) if use_cache else None
        if stored is not None:
            response = HttpResponse(stored["content"])
            for name, value in stored["headers"].items():
                response[name] = value
        else:
            response = self.get_response(request)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
        response = conditional_get(request, response, etag=etag)
        if stored is None and use_cache and _storable(response):
            headers = {name: response[name] for name in _CACHED_HEADERS if name in response}
            cache.set(
                _response_key(etag),
                {"headers": headers, "content": response.content},
                settings.API_RESPONSE_CACHE_TIMEOUT,
            )
        return response
