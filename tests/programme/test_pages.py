"""Each page type: allowed parents, renders, previews; people pages; snippet admin."""

import pytest
from django.urls import reverse

from home.models import HomePage
from programme.models import (
    EventIndexPage,
    EventPage,
    EventSeriesPage,
    EventSpeaker,
    WorkshopRound,
)
from tests.programme.factories import (
    EventPageFactory,
    EventSeriesPageFactory,
    PersonFactory,
    WorkshopFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parents", "not_parents"),
    [
        (EventIndexPage, [HomePage], [EventIndexPage, EventSeriesPage, EventPage]),
        (EventSeriesPage, [EventIndexPage], [HomePage, EventSeriesPage, EventPage]),
        (EventPage, [EventIndexPage, EventSeriesPage], [HomePage, EventPage]),
    ],
)
def test_page_types_are_creatable_only_under_their_parents(child, parents, not_parents):
    for parent in parents:
        assert child in parent.clean_subpage_models(), f"{child} under {parent}"
        assert parent in child.clean_parent_page_models()
    for parent in not_parents:
        assert child not in parent.clean_subpage_models(), f"{child} not under {parent}"


def test_event_page_renders_practical_info_speakers_and_rounds(agenda, client):
    event = EventPageFactory(parent=agenda, title="Dag van de Wijk", audience="Bewoners")
    speaker = PersonFactory(name="Ada Spreker", bio="<p>Werkt in Zuid.</p>")
    event.speakers = [EventSpeaker(person=speaker, role="keynote")]
    event.workshop_rounds = [WorkshopRound(sort_order=0, start_time=event.start.time())]
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "<h1>Dag van de Wijk</h1>" in html
    assert f'datetime="{event.start.isoformat()}"' in html or "<time datetime=" in html
    assert "Voor wie?" in html and "Bewoners" in html
    assert "<details" in html and "Werkt in Zuid." in html and "Ada Spreker" in html


def test_series_page_lists_sessions_in_order_with_their_lecturers(agenda, client):
    from tests.programme.factories import aware

    series = EventSeriesPageFactory(parent=agenda)
    late = EventPageFactory(parent=series, title="Tweede sessie", start=aware(2030, 4, 1, 12))
    early = EventPageFactory(parent=series, title="Eerste sessie", start=aware(2030, 3, 1, 12))
    early.speakers = [EventSpeaker(person=PersonFactory(name="Lector Een"), role="lecturer")]
    early.save_revision().publish()
    html = client.get(series.url).content.decode()
    assert html.index("Eerste sessie") < html.index("Tweede sessie")
    assert "Lector Een" in html
    assert late.series.pk == series.pk


def test_agenda_and_series_and_event_preview(agenda, rf, admin_client):
    series = EventSeriesPageFactory(parent=agenda)
    event = EventPageFactory(parent=series)
    # A workshop added in the editor but not yet saved shows up in the preview.
    event.workshop_rounds = [WorkshopRound(start_time=event.start.time())]
    event.workshops = [WorkshopFactory.build(title="Nog niet opgeslagen", round_numbers=[1])]
    for page, expected in [(agenda, agenda.title), (series, series.title), (event, "Nog niet")]:
        response = page.make_preview_request()
        assert response.status_code == 200
        assert expected in response.content.decode()


def test_person_page_only_for_public_profiles(agenda, client):
    public = PersonFactory(name="Open Profiel", public_profile=True)
    hidden = PersonFactory(name="Geen Akkoord", public_profile=False)
    event = EventPageFactory(parent=agenda, title="Open activiteit")
    event.speakers = [EventSpeaker(person=public), EventSpeaker(person=hidden)]
    event.save_revision().publish()
    response = client.get(reverse("programme:person", args=[public.pk]))
    assert response.status_code == 200
    assert "Open activiteit" in response.content.decode()
    assert client.get(reverse("programme:person", args=[hidden.pk])).status_code == 404
    assert client.get(reverse("programme:person", args=[999999])).status_code == 404


def test_person_page_does_not_list_drafts(agenda, client):
    person = PersonFactory(public_profile=True)
    draft = EventPageFactory(parent=agenda, title="Geheim concept", live=False)
    draft.speakers = [EventSpeaker(person=person)]
    draft.save()
    html = client.get(reverse("programme:person", args=[person.pk])).content.decode()
    assert "Geheim concept" not in html


def test_snippet_admin_lists_searches_and_shows_usage(agenda, admin_client):
    person = PersonFactory(name="Zoekbare Spreker")
    PersonFactory(name="Andere Naam")
    event = EventPageFactory(parent=agenda, title="Waar gebruikt")
    event.speakers = [EventSpeaker(person=person)]
    event.save_revision().publish()
    listing = admin_client.get(reverse("wagtailsnippets_programme_person:list"), {"q": "Zoekbare"})
    assert listing.status_code == 200
    assert "Zoekbare Spreker" in listing.content.decode()
    assert "Andere Naam" not in listing.content.decode()
    usage = admin_client.get(reverse("wagtailsnippets_programme_person:usage", args=[person.pk]))
    assert usage.status_code == 200 and "Waar gebruikt" in usage.content.decode()
    for name in ["organisation", "venue"]:
        url = reverse(f"wagtailsnippets_programme_{name}:list")
        assert admin_client.get(url).status_code == 200


def test_materials_in_a_private_collection_stay_off_the_page(agenda, client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    from programme.models import EventMaterial

    root = Collection.get_first_root_node()
    embargo = root.add_child(name="Embargo")
    CollectionViewRestriction.objects.create(
        collection=embargo, restriction_type=CollectionViewRestriction.LOGIN
    )
    Document = get_document_model()
    hidden = Document(title="Concept", collection=embargo)
    hidden.file.save("concept.txt", ContentFile(b"nog geheim"), save=True)
    shown = Document(title="Slides", collection=root)
    shown.file.save("slides.txt", ContentFile(b"openbaar"), save=True)
    event = EventPageFactory(parent=agenda)
    event.materials = [
        EventMaterial(sort_order=0, title="Verslag (embargo)", kind="report", document=hidden),
        EventMaterial(sort_order=1, title="Presentatie", kind="slides", document=shown),
        EventMaterial(
            sort_order=2, title="Opname", kind="recording", url="https://video.example.org/1"
        ),
    ]
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "Presentatie" in html and "https://video.example.org/1" in html
    assert "Verslag (embargo)" not in html and hidden.url not in html


def test_editors_can_open_the_add_and_edit_forms_of_each_page_type(agenda, admin_client):
    series = EventSeriesPageFactory(parent=agenda)
    event = EventPageFactory(parent=series)
    for model, parent in [("eventseriespage", agenda), ("eventpage", series)]:
        url = reverse("wagtailadmin_pages:add", args=("programme", model, parent.pk))
        assert admin_client.get(url).status_code == 200
    for page in [agenda, series, event]:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert response.status_code == 200
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).content.decode()
    assert "Workshoprondes" in html and "vink je aan in de ronde(s)" in html


def test_the_api_labels_an_english_event_in_english(agenda, client):
    """Fallback labels (an untitled round, the price) follow the event's language."""
    import datetime

    from wagtail.models import Locale

    from programme.models import WorkshopRound

    english_agenda = agenda.copy_for_translation(Locale.objects.get(language_code="en"))
    english_agenda.save_revision().publish()
    labels = {}
    for parent in (agenda, english_agenda):
        event = EventPageFactory.build(is_free=True, price_label="")
        event.workshop_rounds = [WorkshopRound(title="", start_time=datetime.time(14))]
        parent.add_child(instance=event)
        event.save_revision().publish()
        data = client.get(f"/api/v1/events/{event.pk}").json()
        labels[parent.locale.language_code] = (data["price"]["label"], data["rounds"][0]["title"])

    assert labels == {"nl": ("Gratis", "Ronde 1"), "en": ("Free", "Round 1")}
