"""/api/v1/people and /api/v1/organisations: only those live public content mentions
(and, for people, only who agreed to a public profile)."""

from __future__ import annotations

from atelier.api.filters import MAX_ID, search_filter
from atelier.api.pagination import ListParams, page_schema, paginate, snippet_ids_updated_since
from atelier.api.params import search_text_field
from atelier.api.references import referenced_q
from atelier.api.schemas import locale_code, snippet_translations
from atelier.api.v1 import json_response
from atelier.registry import registry
from django.db.models import Q
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router

from ..models import Organisation, Person
from ..queries import person_events, public_people
from . import serializers as out
from .routes import published
from .schemas import OrganisationOut, PersonDetail, PersonOut

people_router = Router(tags=["people"])
organisations_router = Router(tags=["organisations"])


class PeopleFilters(ListParams):
    q: str | None = search_text_field()
    organisation: int | None = Field(None, ge=1, le=MAX_ID, description="Organisation id.")


class OrganisationFilters(ListParams):
    q: str | None = search_text_field()


def visible_people():
    """The public people (``queries.public_people``, the one rule), with their links."""
    return public_people().prefetch_related("links")


def visible_organisations():
    """Organisations live public content mentions, directly or as a mentioned person's."""
    mentioned_people = Person.objects.filter(referenced_q(Person)).values("organisation")
    return Organisation.objects.filter(
        referenced_q(Organisation) | Q(pk__in=mentioned_people)
    ).select_related("logo")


def _snippet_filters(queryset, model, filters):
    if filters.locale:
        queryset = queryset.filter(locale__language_code=filters.locale)
    if filters.updated_since:
        queryset = queryset.filter(pk__in=snippet_ids_updated_since(model, filters.updated_since))
    return queryset


def _person(request, person, translations) -> dict:
    return {
        **out.person_summary(request, person),
        "locale": locale_code(request, person.locale_id),
        "translations": translations.get(person.pk, []),
        "links": [{"label": link.label, "url": link.url} for link in person.links.all()],
    }


def _people(request, people) -> list[dict]:
    translations = snippet_translations(
        request, people, visible_people(), lambda request, p: out.person_url(request, p)
    )
    return [_person(request, person, translations) for person in people]


PeopleList = page_schema(PersonOut, "PeopleList")


@people_router.get("", response=PeopleList, summary="Speakers, authors and other people")
def list_people(request, filters: Query[PeopleFilters]):
    people = _snippet_filters(visible_people(), Person, filters).order_by("name", "pk")
    if filters.organisation:
        people = people.filter(organisation=filters.organisation)
    people = search_filter(people, filters.q, ("name", "job_title"))
    return json_response(paginate(request, people, filters, lambda rows: _people(request, rows)))


@people_router.get("/{int:person_id}", response=PersonDetail, summary="One person")
def person_detail(request, person_id: int):
    person = get_object_or_404(visible_people(), pk=person_id)
    events = list(person_events(person).prefetch_related("image__renditions"))
    data = _people(request, [person])[0]
    data["events"] = out.event_items(request, events)
    for name, section in registry.person_sections.items():
        data[name] = section(request, person)
    published(request, events)
    return data


def _organisations(request, organisations) -> list[dict]:
    translations = snippet_translations(request, organisations, visible_organisations())
    return [
        {
            **out.organisation_summary(request, org),
            "description": org.description,
            "locale": locale_code(request, org.locale_id),
            "translations": translations.get(org.pk, []),
        }
        for org in organisations
    ]


OrganisationList = page_schema(OrganisationOut, "OrganisationList")


@organisations_router.get("", response=OrganisationList, summary="Organisations")
def list_organisations(request, filters: Query[OrganisationFilters]):
    organisations = _snippet_filters(visible_organisations(), Organisation, filters)
    organisations = search_filter(organisations.order_by("name", "pk"), filters.q, ("name",))
    return paginate(request, organisations, filters, lambda rows: _organisations(request, rows))


@organisations_router.get(
    "/{int:organisation_id}", response=OrganisationOut, summary="One organisation"
)
def organisation_detail(request, organisation_id: int):
    org = get_object_or_404(visible_organisations(), pk=organisation_id)
    return _organisations(request, [org])[0]
