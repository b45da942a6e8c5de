"""Known-item searches on real page types: events with workshops and speakers, reports with
documents (the knowledge demo), people; and reindexing when a person is edited."""

import re

import pytest

from search import service
from tests.programme.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSpeakerFactory,
    PersonFactory,
    ProgrammeItemFactory,
    WorkshopFactory,
)

pytestmark = pytest.mark.django_db
API = "/api/v1/search"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def agenda(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def day_of_the_neighbourhood(agenda):
    event = EventPageFactory(
        parent=agenda, title="Dag van de Buurt", summary="Een online dag in de snoezelbuurt."
    )
    WorkshopFactory(
        page=event,
        title="Buurtkompas in de praktijk",
        description="<p>Werken met het zeefdrukraam van de wijk.</p>",
    )
    EventSpeakerFactory(page=event, person=PersonFactory(name="Bertha Vanderlinden"))
    ProgrammeItemFactory(page=event, title="Opening", description="<p>Welkom</p>")
    ProgrammeItemFactory(
        page=event,
        title="Besloten nagesprek",
        description="<p>vertrouwelijkheidsronde</p>",
        is_public=False,
    )
    other = EventPageFactory(
        parent=agenda, title="Kennisatelier", summary="Zeefdruk in de snoezelbuurt."
    )
    return publish(event), publish(other)


def test_a_workshops_distinctive_word_finds_its_event_first(client, day_of_the_neighbourhood):
    event, _ = day_of_the_neighbourhood
    items = client.get(API, {"q": "zeefdrukraam"}).json()["items"]
    assert items[0]["id"] == event.pk
    assert items[0]["type"] == "event"
    assert "<mark>zeefdrukraam</mark>" in items[0]["snippet"]
    assert service.search("buurtkompas").items[0].object.pk == event.pk


def test_a_speakers_name_finds_their_events(client, day_of_the_neighbourhood):
    event, other = day_of_the_neighbourhood
    ids = [item["id"] for item in client.get(API, {"q": "Vanderlinden"}).json()["items"]]
    assert ids == [event.pk]


def test_closed_programme_items_are_not_searchable(client, day_of_the_neighbourhood):
    assert client.get(API, {"q": "vertrouwelijkheidsronde"}).json()["count"] == 0
    html = client.get("/zoeken/", {"q": "nagesprek"}).content.decode()
    assert "vertrouwelijkheidsronde" not in html


def test_editing_a_person_reindexes_the_pages_that_show_them(day_of_the_neighbourhood):
    event, _ = day_of_the_neighbourhood
    person = event.speakers.get().person
    person.name = "Bertha Kwakernaak"
    person.save()
    assert [hit.object.pk for hit in service.search("Kwakernaak").items] == [event.pk]
    assert service.search("Vanderlinden").count == 0


def test_people_with_a_public_profile_form_their_own_group(day_of_the_neighbourhood):
    event, _other = day_of_the_neighbourhood
    jorien = PersonFactory(name="Jorien Zwanenburg", public_profile=True)
    karel = PersonFactory(name="Karel Zwanenburg", public_profile=False)
    PersonFactory(name="Lotte Zwanenburg", public_profile=True)  # on no public page
    for person in (jorien, karel):
        EventSpeakerFactory(page=event, person=person)
    publish(event)
    results = service.search("Zwanenburg")
    assert [hit.title for hit in results.people] == ["Jorien Zwanenburg"]
    assert results.people[0].type == "person"


def test_people_are_found_by_the_beginning_of_their_name(day_of_the_neighbourhood):
    event, _other = day_of_the_neighbourhood
    person = PersonFactory(name="Matthijs Uyterlinde", public_profile=True)
    EventSpeakerFactory(page=event, person=person)
    publish(event)
    assert [hit.title for hit in service.search("uyterl").people] == ["Matthijs Uyterlinde"]
    assert [hit.title for hit in service.search("matthijs uyterl").people] == [
        "Matthijs Uyterlinde"
    ]


def test_a_name_is_found_however_many_bios_mention_it(day_of_the_neighbourhood):
    """The people group compares names, so people whose bios only mention the query word,
    however many and however well they rank, do not push the named person out."""
    event, _other = day_of_the_neighbourhood
    named = PersonFactory(name="Jorien Zwanenburg", public_profile=True, bio="Onderzoeker.")
    admirers = [
        PersonFactory(
            name=f"Bewonderaar {number}",
            public_profile=True,
            bio="Zwanenburg! " * 12,
        )
        for number in range(service.PEOPLE_CANDIDATES + 5)
    ]
    for person in (named, *admirers):
        EventSpeakerFactory(page=event, person=person)
    publish(event)
    assert [hit.title for hit in service.search("Zwanenburg").people] == ["Jorien Zwanenburg"]


def test_theme_facet_and_filter(client, day_of_the_neighbourhood, home_page):
    from atelier.models import Theme

    event, other = day_of_the_neighbourhood
    theme = Theme.objects.create(
        name="Inclusieve wijken", slug="inclusieve-wijken", locale=home_page.locale
    )
    event.themes.add(theme)
    event.save()  # a ParentalManyToMany is written when the page is saved
    publish(event)
    body = client.get(API, {"q": "snoezelbuurt"}).json()
    assert body["facets"]["theme"] == {"inclusieve-wijken": 1}
    assert body["facets"]["type"] == {"event": 2}
    filtered = client.get(API, {"q": "snoezelbuurt", "theme": "inclusieve-wijken"}).json()
    assert [item["id"] for item in filtered["items"]] == [event.pk]
    page = client.get("/zoeken/", {"q": "snoezelbuurt", "theme": "inclusieve-wijken"})
    assert page.status_code == 200
    assert other.title not in page.content.decode()


def test_filter_queryset_restricts_and_orders_by_relevance(day_of_the_neighbourhood):
    from programme.models import EventPage

    event, other = day_of_the_neighbourhood
    matches = service.filter_queryset(EventPage.objects.live().filter(themes=None), "snoezelbuurt")
    assert set(matches.values_list("pk", flat=True)) == {event.pk, other.pk}
    assert list(service.filter_queryset(EventPage.objects.all(), "Vanderlinden")) == [event]
    assert not service.filter_queryset(EventPage.objects.all(), "?!").exists()


# --- The knowledge demo: reports with documents -------------------------------------------


# `demo` (tests/conftest.py): the whole demo, built once per process and shared; each
# test's changes are rolled back.


def test_a_word_only_inside_a_reports_pdf_finds_the_report(client, demo):
    items = client.get(API, {"q": "fichekapstok"}).json()["items"]
    assert items
    assert items[0]["type"] == "report"
    assert "fiches" in items[0]["title"]


def test_text_of_documents_in_private_collections_is_never_found(client, demo):
    from atelier.models import AtelierDocument

    embargoed = [d for d in AtelierDocument.objects.all() if not d.is_public]
    assert embargoed, "the demo has a document under embargo"
    assert client.get(API, {"q": "embargoverkenning"}).json()["count"] == 0
    assert (
        "embargoverkenning"
        not in client.get("/zoeken/", {"q": "embargoverkenning"})
        .content.decode()
        .split("<main")[1]
        .split("value=")[0]
    )


def test_a_collection_turning_private_takes_its_document_texts_out_of_search(client, demo):
    from atelier.models import AtelierDocument
    from wagtail.models import CollectionViewRestriction

    document = AtelierDocument.objects.filter(extracted_text__icontains="fichekapstok").first()
    assert client.get(API, {"q": "fichekapstok"}).json()["count"] >= 1
    CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type="password", password="geheim"
    )
    assert client.get(API, {"q": "fichekapstok"}).json()["count"] == 0


def _event_titles(client, q):
    items = client.get(API, {"q": q}).json()["items"]
    return [item["title"] for item in items if item["type"] == "event"], items


def test_demo_workshop_words_find_their_event_first(client, demo):
    for word in ("Afrikaanderwijk", "burgerbegroting"):
        titles, items = _event_titles(client, word)
        assert items[0]["title"] == "Dag van de Buurt", word
        assert "<mark>" in items[0]["snippet"]


def test_demo_speakers_name_finds_their_events(client, demo):
    from programme.models import EventSpeaker

    speaker = EventSpeaker.objects.filter(page__live=True).select_related("person").first()
    expected = set(
        EventSpeaker.objects.filter(person=speaker.person, page__live=True).values_list(
            "page__title", flat=True
        )
    )
    titles, _ = _event_titles(client, speaker.person.name)
    assert expected <= set(titles)
    assert set(titles[: len(expected)]) == expected


def test_the_search_page_speaks_visitors_words_and_finds_places_and_organisers(client, demo):
    """Venue, place and organiser find their events; type labels in visitors' words; on
    the page the results come first, the (collapsible) filters after them."""
    for query in ("Vechtclub", "Utrecht", "Stadskracht"):
        html = client.get("/zoeken/", {"q": query}).content.decode()
        types = re.findall(r'class="search-result__type">([^<]*)<', html)
        assert "Activiteit" in types, query
    html = client.get("/zoeken/", {"q": "buurt"}).content.decode()
    types = set(re.findall(r'class="search-result__type">([^<]*)<', html))
    assert types and not types & {"Inhoudspagina", "Landingspagina", "Content page"}
    assert html.index('class="search-result__type"') < html.index("Resultaten filteren")
    assert "<details" in html[html.index("Resultaten filteren") - 400 :]


def test_a_hit_is_dated_on_the_day_it_takes_place_here(agenda):
    import datetime

    from django.utils import timezone

    midnight = timezone.make_aware(datetime.datetime(2017, 11, 8, 0, 0))  # 23:00 UTC the 7th
    publish(EventPageFactory(parent=agenda, title="Inclusieve samenleving", start=midnight))
    (hit,) = service.search("inclusieve samenleving").items
    assert hit.date == datetime.date(2017, 11, 8)
