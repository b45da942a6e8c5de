"""The OpenAPI document states every answer an operation can give.

django-ninja documents only the 200 of each operation. Here every GET also lists:
``304`` (conditional requests, ``atelier.api.http``), ``400`` (an unknown, repeated or invalid
parameter, ``atelier.api.errors``; NUL characters and over-long values, ``request_guard``),
``404`` where a path names an object, ``414`` (the web server's limit on the request
line, before the application), and ``503`` where the search engine answers (``q``
filters, search, suggest); each error with the problem-details schema and media type. A
200 documents the validators and caching headers it always carries. Any method other than
GET, HEAD or OPTIONS is a 405 problem with an ``Allow`` header, described in
``components.responses.MethodNotAllowed`` and in the document's description.
"""

from __future__ import annotations

from .errors import PROBLEM_CONTENT_TYPE

PROBLEM_SCHEMA = {
    "title": "Problem",
    "description": "RFC 9457 problem details.",
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "description": "A URI naming the kind of problem."},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "description": "One entry per parameter that is wrong.",
            "items": {
                "type": "object",
                "required": ["name", "message"],
                "properties": {
                    "name": {"type": "string"},
                    "message": {"type": "string"},
                    "loc": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    },
}
PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
CACHE_HEADERS = {
    "ETag": {"description": "A strong validator of the body.", "schema": {"type": "string"}},
    "Last-Modified": {"description": "HTTP date.", "schema": {"type": "string"}},
    "Cache-Control": {
        "description": "`public, max-age=0, must-revalidate`, with `s-maxage` when a CDN "
        "that is purged on every change sits in front.",
        "schema": {"type": "string"},
    },
}
DESCRIPTIONS = {
    "304": "Not modified: the `If-None-Match` or `If-Modified-Since` validator still holds.",
    "400": "A parameter is unknown, given twice (only `theme` and `type` repeat), or has a "
    "value the server cannot use.",
    "404": "No live, public object exists at this address.",
    "405": "Only GET, HEAD and OPTIONS are allowed; see `Allow`.",
    "503": "The search engine is unavailable; try again shortly.",
    # Answered by the web server before the application (gunicorn's limit_request_line).
    "414": "The request line is longer than the web server accepts (4,094 bytes with the "
    "default gunicorn configuration); shorten the query.",
}


def problem(status: str) -> dict:
    return {
        "description": DESCRIPTIONS[status],
        "content": {PROBLEM_CONTENT_TYPE: {"schema": PROBLEM_REF}},
    }


def _parameter_names(operation: dict) -> set[str]:
    return {p["name"] for p in operation.get("parameters", [])}


def complete(schema: dict) -> dict:
    """Add the problem responses and caching headers to a django-ninja document."""
    components = schema.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    components.setdefault("responses", {})["MethodNotAllowed"] = {
        **problem("405"),
        "headers": {"Allow": {"schema": {"type": "string"}, "description": "GET, HEAD, OPTIONS"}},
    }
    for path, item in schema.get("paths", {}).items():
        operation = item.get("get")
        if operation is None:
            continue
        # django-ninja keys some responses by int (200), others by str ("200")
        responses = {str(code): value for code, value in operation.get("responses", {}).items()}
        operation["responses"] = responses
        ok = responses.get("200")
        if ok is not None:
            ok.setdefault("headers", {}).update(CACHE_HEADERS)
        responses["304"] = {"description": DESCRIPTIONS["304"]}
        responses["400"] = problem("400")
        responses["414"] = {"description": DESCRIPTIONS["414"]}
        if "{" in path:
            responses["404"] = problem("404")
        if "q" in _parameter_names(operation) or path.rstrip("/").split("/")[-2:].count("search"):
            responses["503"] = problem("503")
    return schema
