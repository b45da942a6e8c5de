"""/api/v1/search and /api/v1/search/suggest: thin over search.service (see docs/api.md)."""

from datetime import date
from typing import Literal

from atelier.api.pagination import MAX_OFFSET
from atelier.api.params import MAX_REPEATS, NO_NUL_PATTERN, LocaleCode, Slug
from atelier.hosts import absolute_url
from ninja import Query, Router, Schema
from pydantic import Field

from . import service
from .forms import MAX_QUERY_LENGTH

router = Router(tags=["search"])


class SearchItem(Schema):
    type: str
    id: int
    title: str
    url: str | None
    api_url: str | None
    snippet: str
    date: date | None


class SearchFacets(Schema):
    type: dict[str, int]
    theme: dict[str, int]


class SearchPage(Schema):
    count: int
    next: str | None
    previous: str | None
    items: list[SearchItem]
    facets: SearchFacets
    people: list[SearchItem]


SearchType = Literal[tuple(sorted(service.page_types()))]  # type: ignore[valid-type]


class SearchParams(Schema):
    q: str = Field(
        ...,
        min_length=1,
        max_length=MAX_QUERY_LENGTH,
        pattern=NO_NUL_PATTERN,
        description="Search words (the first 20 are used).",
    )
    type: list[SearchType] = Field(
        default_factory=list, max_length=MAX_REPEATS, description="Result type; repeatable."
    )
    theme: list[Slug] = Field(
        default_factory=list, max_length=MAX_REPEATS, description="Theme slug; repeatable."
    )
    year: int | None = Field(None, ge=1900, le=2100)
    locale: LocaleCode | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class Suggestion(Schema):
    title: str
    url: str | None
    type: str


class SuggestParams(Schema):
    q: str = Field(..., min_length=1, max_length=MAX_QUERY_LENGTH, pattern=NO_NUL_PATTERN)
    limit: int = Field(8, ge=1, le=20)
    locale: LocaleCode | None = None


def _absolute(request, url):
    return absolute_url(url, request) if url else None


def _item(request, hit: service.SearchHit) -> dict:
    return {
        "type": hit.type,
        "id": hit.object.pk,
        "title": hit.title,
        "url": _absolute(request, hit.url),
        "api_url": _absolute(request, hit.api_url),
        "snippet": str(hit.snippet),
        "date": hit.date,
    }


def _page_url(request, offset):
    params = request.GET.copy()
    params["offset"] = offset
    return absolute_url(f"{request.path}?{params.urlencode()}", request)


@router.get("", response={200: SearchPage}, summary="Search everything public, ranked")
def search(request, params: Query[SearchParams]):
    # SearchUnavailable (engine down) becomes a 503 problem in the API's handlers.
    results = service.search(
        params.q,
        types=params.type,
        theme=params.theme,
        year=params.year,
        locale=params.locale,
        limit=params.limit,
        offset=params.offset,
    )
    end = params.offset + params.limit
    return {
        "count": results.count,
        "next": _page_url(request, end) if end < results.count else None,
        "previous": _page_url(request, max(0, params.offset - params.limit))
        if params.offset
        else None,
        "items": [_item(request, hit) for hit in results.items],
        "facets": results.facets,
        "people": [_item(request, hit) for hit in results.people],
    }


@router.get("/suggest", response={200: list[Suggestion]}, summary="Autocomplete for a search box")
def suggest(request, params: Query[SuggestParams]):
    suggestions = service.suggest(params.q, limit=params.limit, locale=params.locale)
    return [{**s, "url": _absolute(request, s["url"])} for s in suggestions]
