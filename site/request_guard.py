"""Input every public URL refuses before a view, a parser or the database sees it.

- A NUL character in the path or in a query value: PostgreSQL cannot store or compare
  text containing it, so it can never match anything. The path gets a 404 (no address
  contains it), a query value a 400.
- An over-long path (``MAX_PATH_LENGTH``) is a 404; an over-long query value
  (``MAX_QUERY_VALUE_LENGTH``) or too many query values (``MAX_QUERY_VALUES``) a 400.

- More query values than Django reads at all (``DATA_UPLOAD_MAX_NUMBER_FIELDS``) is the
  same 400, never Django's ``TooManyFieldsSent`` error.

Under /api/ the answer is in English (the API's language), under /api/v1/ a problem
document, on the v2 mount ``{"message": …}`` as Wagtail answers there, elsewhere a short
plain-text page in the visitor's language. The admin is left to Wagtail and Django
(editors paste long texts), except for NUL characters.
"""

from __future__ import annotations

from django.core.exceptions import TooManyFieldsSent
from django.http import HttpResponse, JsonResponse, QueryDict
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .api.errors import problem_response

MAX_PATH_LENGTH = 1024
MAX_QUERY_VALUE_LENGTH = 1000
MAX_QUERY_VALUES = 50
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def _refuse(request, status: int, message, name: str | None = None, **values):
    """``message``: lazy, so that the API's answer is made in English."""
    language = "en" if request.path.startswith("/api/") else translation.get_language()
    with translation.override(language):
        detail = str(message) % values if values else str(message)
    if request.path.startswith("/api/v1/"):
        errors = [{"name": name, "message": detail}] if name else None
        slug = "invalid-parameter" if name else None
        return problem_response(status, detail, slug=slug, errors=errors)
    if request.path.startswith("/api/"):  # Wagtail's v2 mount has its own error shape
        return JsonResponse({"message": detail}, status=status)
    return HttpResponse(detail, status=status, content_type="text/plain; charset=utf-8")


def check_request(request):
    """A response refusing the request, or None when its path and query are acceptable."""
    is_admin = request.path.startswith(ADMIN_PREFIXES)
    if "\x00" in request.path or (not is_admin and len(request.path) > MAX_PATH_LENGTH):
        return _refuse(request, 404, _("There is no page at this address."))
    try:
        query = request.GET
    except TooManyFieldsSent:
        request.GET = QueryDict()  # what reads it later (an error page) must not fail again
        return _refuse(request, 400, _("Too many query parameters."))
    if not is_admin and sum(len(values) for values in query.lists()) > MAX_QUERY_VALUES:
        return _refuse(request, 400, _("Too many query parameters."))
    for name, values in query.lists():
        for value in (name, *values):
            if "\x00" in value:
                return _refuse(
                    request, 400, _("Query values may not contain NUL characters."), name[:50]
                )
            if not is_admin and len(value) > MAX_QUERY_VALUE_LENGTH:
                return _refuse(
                    request,
                    400,
                    _("A query value is longer than %(max)d characters."),
                    name[:50],
                    max=MAX_QUERY_VALUE_LENGTH,
                )
    return None


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return check_request(request) or self.get_response(request)
