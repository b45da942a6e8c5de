"""/api/v1/search and /api/v1/search/suggest: thin over search.service (see API.md)."""

from datetime import date

from atelier.api_errors import InvalidParameter
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


class SearchParams(Schema):
    q: str = Field(..., min_length=1, max_length=MAX_QUERY_LENGTH)
    type: list[str] = Field(default_factory=list)
    theme: list[str] = Field(default_factory=list)
    year: int | None = Field(None, ge=1900, le=2100)
    locale: str | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0)


class Suggestion(Schema):
    title: str
    url: str | None
    type: str


class SuggestParams(Schema):
    q: str = Field(..., min_length=1, max_length=MAX_QUERY_LENGTH)
    limit: int = Field(8, ge=1, le=20)
    locale: str | None = None


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


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
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


@router.get("", response={200: SearchPage}, summary="Search everything public, ranked")
def search(request, params: Query[SearchParams]):
    known = service.page_types()
    unknown = sorted(set(params.type) - set(known))
    if unknown:
        raise InvalidParameter(
            "type", f"Unknown type {', '.join(unknown)}. Known types: {', '.join(sorted(known))}."
        )
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
