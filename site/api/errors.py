"""Errors of the content API as RFC 9457 problem details (``application/problem+json``).

One handler set for the whole NinjaAPI, so every router answers bad input the same way:
400 for validation problems and unknown parameters (django-ninja says 422 and ignores
unknown parameters), 404 for a missing object, 503 when the search engine is down, and a
logged 500 without a traceback for anything unexpected.
"""

from __future__ import annotations

import json
import logging
from functools import wraps
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpResponse
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from ..registry import registry
from .params import query_list_names

logger = logging.getLogger("atelier.api")

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "/api/v1/docs#problems/"

TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    500: "Internal server error",
    503: "Service unavailable",
}


class ProblemError(Exception):
    """Raise from a view to answer with a problem document."""

    status = 400
    slug = "bad-request"

    def __init__(self, detail: str, *, status: int | None = None, errors=None, slug=None):
        super().__init__(detail)
        self.detail = detail
        self.status = status or self.status
        self.slug = slug or self.slug
        self.errors = errors or []


class InvalidParameter(ProblemError):
    """A query parameter the operation does not know, or a value it cannot use."""

    slug = "invalid-parameter"

    def __init__(self, name: str, message: str):
        super().__init__(message, errors=[{"name": name, "message": message}])


class ServiceUnavailable(ProblemError):
    """A backing service (the search engine) cannot answer right now: a 503 problem.
    An app's service raises this (or a subclass) when what it relies on is unreachable."""

    status = 503
    slug = "service-unavailable"


def problem_document(status: int, detail: str, *, slug: str | None = None, errors=None) -> dict:
    document = {
        "type": PROBLEM_TYPE_BASE + (slug or TITLES.get(status, "error").lower().replace(" ", "-")),
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if errors:
        document["errors"] = errors
    return document


def problem_response(status: int, detail: str, *, slug=None, errors=None) -> HttpResponse:
    body = problem_document(status, detail, slug=slug, errors=errors)
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEM_CONTENT_TYPE
    )


def _field_errors(exc: NinjaValidationError) -> list[dict[str, Any]]:
    errors = []
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", ())]
        # ("query", "filters", "limit") -> "limit": partners know the parameter, not our
        # models; ("query", "params", "type", "0") -> "type": the parameter, not the
        # position of the repeated value.
        names = [part for part in loc if not part.isdigit()]
        name = names[-1] if names else ""
        errors.append({"name": name, "loc": loc, "message": error.get("msg", "invalid value")})
    return errors


def install_problem_handlers(api) -> None:
    """Replace django-ninja's default handlers (422, plain 404, tracebacks) with problems."""

    def on_validation_error(request, exc):
        return problem_response(
            400,
            "One or more parameters are not valid.",
            slug="invalid-parameter",
            errors=_field_errors(exc),
        )

    def on_problem(request, exc: ProblemError):
        return problem_response(exc.status, exc.detail, slug=exc.slug, errors=exc.errors)

    def on_not_found(request, exc):
        return problem_response(404, "No public object exists at this address.")

    def on_http_error(request, exc: HttpError):
        return problem_response(exc.status_code, str(exc))

    def on_unexpected(request, exc):
        logger.exception("Unexpected error in the content API at %s", request.get_full_path())
        return problem_response(500, "Something went wrong on our side; it has been logged.")

    api.add_exception_handler(NinjaValidationError, on_validation_error)
    api.add_exception_handler(ProblemError, on_problem)
    api.add_exception_handler(Http404, on_not_found)
    api.add_exception_handler(ObjectDoesNotExist, on_not_found)
    # An id beyond the database's integer range (/events/9223372036854775808) names
    # nothing that can exist: the same 404 as any other missing object.
    api.add_exception_handler(OverflowError, on_not_found)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(Exception, on_unexpected)
    for mapping in registry.error_mappings:  # an app's own outages (the search engine: 503)
        for exception in mapping.exceptions:
            api.add_exception_handler(exception, _mapped_handler(mapping))


def _mapped_handler(mapping):
    def on_mapped(request, exc):
        logger.warning("%s for %s: %r", mapping.detail, request.path, exc)
        return problem_response(mapping.status, mapping.detail, slug=mapping.slug)

    return on_mapped


def declared_query_names(operation) -> set[str]:
    """The query parameter names an operation declares (aliases, flattened schemas)."""
    names: set[str] = set()
    for model in operation.models:
        if getattr(model, "__ninja_param_source__", None) == "query":
            names.update(getattr(model, "__ninja_flatten_map__", {}).keys())
    return names


def reject_unknown_query_parameters(run):
    """A view-mode decorator for every operation: unknown query parameters are a 400, and
    so is a parameter that is not repeatable (not ``theme`` or ``type``) given twice.

    A typo such as ``?thema=wijken`` would otherwise silently return everything. (NUL
    characters never get this far: ``request_guard`` refuses them for every URL.)"""
    operation = getattr(run, "__self__", None)
    allowed = declared_query_names(operation) if operation is not None else None
    repeatable = query_list_names(operation) if operation is not None else set()

    @wraps(run)
    def guarded(request, *args, **kwargs):
        repeated = sorted(
            name
            for name, values in request.GET.lists()
            if len(values) > 1 and name not in repeatable
        )
        if repeated:
            # Which of two values would count is a guess; refusing is the safe policy.
            return problem_response(
                400,
                f"Parameter given more than once: {', '.join(repeated)}.",
                slug="repeated-parameter",
                errors=[
                    {"name": name, "message": "Give this parameter once."} for name in repeated
                ],
            )
        if allowed is not None:
            unknown = sorted(set(request.GET.keys()) - allowed)
            if unknown:
                known = ", ".join(sorted(allowed)) or "none"
                errors = [
                    {"name": name, "message": f"Unknown parameter. Known parameters: {known}."}
                    for name in unknown
                ]
                return problem_response(
                    400,
                    f"Unknown query parameter: {', '.join(unknown)}.",
                    slug="unknown-parameter",
                    errors=errors,
                )
        return run(request, *args, **kwargs)

    return guarded
