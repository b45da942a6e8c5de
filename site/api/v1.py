"""The content API at /api/v1/: one NinjaAPI, filled with the routers apps register.

Contract: docs/api.md (for partner developers). Everything here is read-only and public;
the shared behaviour lives beside this module in ``atelier.api``: ``errors`` (problem
details, unknown parameters), ``pagination`` (lists), ``filters`` (the ``theme`` and ``q``
filters every content type shares), ``schemas`` (images, rich text, blocks, translations),
``http`` (ETag, CORS), ``openapi`` (the document's completion), ``v2`` (Wagtail's API).
"""

import datetime
from typing import Any

import orjson
from django.http import HttpResponse
from django.utils import timezone
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder

from ..registry import registry
from .errors import install_problem_handlers, problem_response, reject_unknown_query_parameters
from .openapi import complete
from .themes import router as themes_router


class LocalTimeJSONEncoder(NinjaJSONEncoder):
    """Moments in the site's time zone with their offset (``2026-03-12T10:00:00+01:00``), as
    partners show them; the offset keeps them unambiguous."""

    def default(self, o):
        if isinstance(o, datetime.datetime) and timezone.is_aware(o):
            return timezone.localtime(o).isoformat(timespec="seconds")
        return super().default(o)


_ENCODER = LocalTimeJSONEncoder()
JSON_CONTENT_TYPE = "application/json; charset=utf-8"  # as django-ninja sends its own
# Dates and times go through the encoder above (local time, whole seconds), not orjson's
# own formats; keys that are not strings become strings, as ``json.dumps`` makes them.
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_NON_STR_KEYS


def dumps(data: Any) -> bytes:
    """The API's JSON: UTF-8 (no ``\\u`` escapes), compact, rendered by orjson; what orjson
    does not know (moments, decimals, lazy strings, pydantic models) is rendered exactly as
    ``LocalTimeJSONEncoder`` renders it."""
    return orjson.dumps(data, default=_ENCODER.default, option=_ORJSON_OPTIONS)


def json_response(data: Any, status: int = 200) -> HttpResponse:
    """A JSON response for data already in the shape of the operation's response schema.

    Hot endpoints return this instead of a dict: django-ninja then skips validating the data
    against the schema (the schema still documents the operation; tests/api check that
    every such body equals what the schema would have produced)."""
    return HttpResponse(dumps(data), status=status, content_type=JSON_CONTENT_TYPE)


class ApiJSONRenderer(JSONRenderer):
    def render(self, request, data, *, response_status):
        return dumps(data)


class AtelierNinjaAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        return complete(schema)


# Kept in English: the API speaks English (docs/api.md has the same, at more length).
API_POLICIES = (
    "\n\nErrors are RFC 9457 problem documents (`application/problem+json`). Every operation "
    "answers 400 to an unknown parameter, to an invalid value and to a parameter given twice "
    "(only `theme` and `type` may repeat); 404 where no public object has the address; 503 "
    "when search is down; 405 with `Allow` to any method but GET, HEAD and OPTIONS. An "
    "unknown `locale` is a 400 everywhere."
)


def build_api() -> NinjaAPI:
    api = AtelierNinjaAPI(
        title="Atelier content API",
        version="1.0.0",
        # English, like the rest of the API: not translated.
        description=(
            "Read-only, public content: events, series, people, projects, reports, articles."
            + API_POLICIES
        ),
        urls_namespace="api_v1",
        openapi_url="/openapi.json",
        docs_url="/docs",
        renderer=ApiJSONRenderer(),
    )
    install_problem_handlers(api)
    # "view" mode runs before django-ninja validates, so a typo'd filter is caught first
    api.add_decorator(reject_unknown_query_parameters, mode="view")
    routers = [("themes", themes_router), *registry.api_routers]
    for prefix, router in routers:
        api.add_router(prefix, router)
    return api


def api_not_found(request, *args, **kwargs):
    """Any other address under /api/v1/: a 404 problem (not a redirect to a slash URL)."""
    return problem_response(404, "There is no endpoint at this address; see /api/v1/docs.")
