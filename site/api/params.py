"""Query and path parameter types shared by every router of the content API, so the OpenAPI
document states exactly what the server enforces: a request valid by the document is never
refused with a 400, an invalid one never accepted.

- ``LocaleCode``: one of the content languages (``nl``, ``en``); any other value is a 400
  on every operation, lists and details alike.
- ``SEARCH_TEXT``: 1–200 characters without NUL (PostgreSQL cannot hold it); the search
  service then uses the first 20 words (``atelier.search_limits``).
- ``Slug`` / ``SLUG_PATTERN``: a theme slug, letters, digits, ``-`` and ``_``.
- ``MAX_REPEATS``: how often a repeatable parameter (``theme``, ``type``) may be given.
"""

from __future__ import annotations

import datetime
import re
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from django.conf import settings
from django.utils import timezone
from ninja import Field
from pydantic import BeforeValidator, StringConstraints

from ..search_limits import MAX_SEARCH_CHARS

SLUG_PATTERN = r"^[-a-zA-Z0-9_]{1,100}$"
NO_NUL_PATTERN = r"^[^\x00]*$"
MAX_REPEATS = 20
EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2200, 12, 31)

LocaleCode = Literal[tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)]  # type: ignore[valid-type]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]


def search_text_field(description: str = "Search words (the first 20 are used)."):
    return Field(
        None,
        min_length=1,
        max_length=MAX_SEARCH_CHARS,
        pattern=NO_NUL_PATTERN,
        description=description,
    )


def locale_field(description: str):
    return Field(None, description=description)


# --- dates -------------------------------------------------------------------------------
# ISO 8601 as JSON Schema's `date` and `date-time` formats define it. Any valid date is
# accepted; moments before 1900 or after 2200 (where the database's conversion to UTC would
# overflow) are clamped, which selects the same content.

_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:?\d{2})?"
)


# "…T10:00:00+01:00" pasted into a query string unescaped arrives as "…T10:00:00 01:00"
_PLUS_AS_SPACE = re.compile(r"(.*[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?) (\d{2}:?\d{2})")


def _iso_moment_only(value: Any) -> Any:
    """pydantic also reads a bare number as a Unix time; the document says ISO 8601. A
    positive offset whose + became a space in the query string is read as meant."""
    if isinstance(value, str):
        value = value.strip()
        unescaped = _PLUS_AS_SPACE.fullmatch(value)
        if unescaped:
            value = f"{unescaped.group(1)}+{unescaped.group(2)}"
        if not _DATE_TIME.fullmatch(value):
            raise ValueError("must be an ISO 8601 moment, e.g. 2026-03-01T10:00:00+01:00")
    return value


def clamp_moment(value: datetime.datetime | None) -> datetime.datetime | None:
    if value is None:
        return None
    if value.year < EARLIEST.year:
        return timezone.make_aware(datetime.datetime.combine(EARLIEST, datetime.time.min))
    if value.year > LATEST.year:
        return timezone.make_aware(datetime.datetime.combine(LATEST, datetime.time.max))
    return timezone.make_aware(value) if timezone.is_naive(value) else value


def clamp_date(value: datetime.date | None) -> datetime.date | None:
    if value is None:
        return None
    return min(max(value, EARLIEST), LATEST)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    if isinstance(value, str) and not _DATE.fullmatch(value.strip()):
        raise ValueError("must be an ISO 8601 date, e.g. 2026-03-01")
    return value


IsoMoment = Annotated[datetime.datetime, BeforeValidator(_iso_moment_only)]
IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date_only)]


def query_list_names(operation) -> set[str]:
    """The query parameters of an operation that may be repeated (list-typed)."""
    names: set[str] = set()
    for model in operation.models:
        if getattr(model, "__ninja_param_source__", None) != "query":
            continue
        for alias, path in getattr(model, "__ninja_flatten_map__", {}).items():
            field = None
            current = model
            for part in path:
                fields = getattr(current, "model_fields", {})
                if part not in fields:
                    field = None
                    break
                field = fields[part]
                current = field.annotation
            if field is not None and _is_list(field.annotation):
                names.add(alias)
    return names


def _is_list(annotation) -> bool:
    origin = get_origin(annotation)
    if origin in (list, tuple, set):
        return True
    if origin in (Union, types.UnionType):
        return any(_is_list(arg) for arg in get_args(annotation))
    return False
