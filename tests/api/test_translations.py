"""An event translated through wagtail-localize's own machinery (a TranslationSource of the
Dutch page, a StringTranslation per segment, then publish) reads in English on /en/ and in
the API, with the shared facts (dates, capacity, speakers, rounds, places) unchanged."""

import pytest
from django.utils.timezone import now
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from programme.models import EventPage

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Dag van de Buurt": "Neighbourhood Day",
    "Opening": "Opening words",
    "Besloten deel": "Closed session",
    "Ronde 1": "Round one",
    "Ronde 2": "Round two",
    "Buurtrecht": "Neighbourhood law",
    "Alleen ronde 2": "Second round only",
}


def english_version_of(segment_text: str) -> str:
    return ENGLISH.get(segment_text, f"[en] {segment_text}")


@pytest.fixture
def english_conference(conference, django_capture_on_commit_callbacks):
    """The conference translated segment by segment, as a translator would, and published
    (wagtail-localize publishes on commit)."""
    en = Locale.objects.get(language_code="en")
    event = EventPage.objects.get(pk=conference.pk)
    source, _created = TranslationSource.get_or_create_from_instance(event)
    translation = Translation.objects.create(source=source, target_locale=en)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    assert segments.count() >= len(ENGLISH)  # title, programme, rounds and workshops
    for segment in segments:
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=en,
            context=segment.context,
            data=english_version_of(segment.string.data),
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = EventPage.objects.get(translation_key=event.translation_key, locale=en)
    assert english.live
    return event, english


def test_the_english_event_page_shows_the_translated_segments(client, english_conference):
    _dutch, english = english_conference
    assert english.url.startswith("/en/")
    html = client.get(english.url).content.decode()
    for text in ("Neighbourhood Day", "Opening words", "Neighbourhood law", "Second round only"):
        assert text in html
    assert "Buurtrecht" not in html
    assert 'lang="en"' in html.split(">", 2)[1]  # <html lang="en">


def test_the_api_returns_the_translation_with_the_shared_facts_unchanged(
    client, english_conference
):
    dutch, english = english_conference
    nl = client.get(f"/api/v1/events/{dutch.pk}").json()
    en = client.get(f"/api/v1/events/{dutch.pk}?locale=en").json()
    assert en["id"] == english.pk and en["locale"] == "en"
    assert en["title"] == "Neighbourhood Day"
    assert en == client.get(f"/api/v1/events/{english.pk}").json()
    for shared in ("start", "end", "is_all_day", "format", "status", "is_online"):
        assert en[shared] == nl[shared], shared
    # The price is shared; only its label reads in the event's language.
    assert {**en["price"], "label": None} == {**nl["price"], "label": None}
    assert (en["price"]["label"], nl["price"]["label"]) == ("Free", "Gratis")
    assert en["registration"]["mode"] == nl["registration"]["mode"]
    assert en["registration"]["places_left"] == nl["registration"]["places_left"]
    assert [(s["person"]["name"], s["role"]) for s in en["speakers"]] == [
        (s["person"]["name"], s["role"]) for s in nl["speakers"]
    ]
    assert [(i["start"], i["end"], i["is_public"]) for i in en["programme"]] == [
        (i["start"], i["end"], i["is_public"]) for i in nl["programme"]
    ]
    assert [i["title"] for i in en["programme"]] == ["Opening words", "Closed session"]
    assert [(r["start"], r["end"]) for r in en["rounds"]] == [
        (r["start"], r["end"]) for r in nl["rounds"]
    ]
    assert [r["title"] for r in en["rounds"]] == ["Round one", "Round two"]

    def runs(detail):
        return [
            [(w["capacity"], w["places_left"], [p["name"] for p in w["facilitators"]])]
            for r in detail["rounds"]
            for w in r["workshops"]
        ]

    assert runs(en) == runs(nl)
    assert {(t["locale"], t["id"]) for t in en["translations"]} == {("nl", dutch.pk)}
    assert {(t["locale"], t["id"]) for t in nl["translations"]} == {("en", english.pk)}


def test_a_registration_on_the_dutch_event_counts_for_the_english_workshop_places(
    client, english_conference
):
    from programme.models import WorkshopRun
    from programme.registration.models import Registration, WorkshopChoice

    dutch, english = english_conference
    run = WorkshopRun.objects.filter(workshop__page=dutch, workshop__capacity=20).first()
    registration = Registration.objects.create(
        page=dutch, name="Ans", email="ans@example.org", status="confirmed", consent_at=now()
    )
    WorkshopChoice.objects.create(
        registration=registration, run=run, round_id=run.round_id, status="confirmed"
    )
    nl = client.get(f"/api/v1/events/{dutch.pk}").json()
    en = client.get(f"/api/v1/events/{english.pk}").json()
    places = [w["places_left"] for r in nl["rounds"] for w in r["workshops"]]
    assert 19 in places
    assert [w["places_left"] for r in en["rounds"] for w in r["workshops"]] == places


def test_the_english_list_holds_the_translation_and_links_back(client, english_conference):
    dutch, english = english_conference
    items = client.get("/api/v1/events?locale=en&when=all").json()["items"]
    assert [item["id"] for item in items] == [english.pk]
    assert items[0]["translations"][0]["id"] == dutch.pk
    dutch_ids = [i["id"] for i in client.get("/api/v1/events?locale=nl&when=all").json()["items"]]
    assert english.pk not in dutch_ids and dutch.pk in dutch_ids


def test_locale_on_a_detail_says_404_without_a_version_and_400_for_an_unknown_language(
    client, conference
):
    response = client.get(f"/api/v1/events/{conference.pk}?locale=en")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    response = client.get(f"/api/v1/events/{conference.pk}?locale=fr")
    assert response.status_code == 400
    assert response.json()["status"] == 400
    assert client.get(f"/api/v1/events/{conference.pk}?locale=nl").json()["id"] == conference.pk


def test_people_read_in_the_language_of_the_event(client, english_conference, speaker):
    from atelier.content_translation import translate

    _dutch, english = english_conference
    en = Locale.objects.get(language_code="en")
    translate(speaker, en, [("onderzoeker", "researcher")])
    detail = client.get(f"/api/v1/events/{english.pk}").json()
    jobs = {s["person"]["name"]: s["person"]["job_title"] for s in detail["speakers"]}
    assert jobs["Jan Jansen"] == "researcher"
    html = client.get(english.url).content.decode()
    assert "researcher" in html and "onderzoeker" not in html


def test_a_persons_english_profile_lists_the_english_events(client, english_conference, speaker):
    from atelier.content_translation import translate

    dutch, english = english_conference
    en = Locale.objects.get(language_code="en")
    english_speaker = translate(speaker, en, [("onderzoeker", "researcher")])
    # One address per person and language: the Dutch version's id under /en/ redirects.
    response = client.get(f"/en/personen/{speaker.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/en/personen/{english_speaker.pk}/"
    assert client.get(f"/personen/{english_speaker.pk}/")["Location"] == (
        f"/personen/{speaker.pk}/"
    )
    html = client.get(response["Location"]).content.decode()
    assert "researcher" in html and "Neighbourhood Day" in html
    assert "Dag van de Buurt" not in html
    data = client.get(f"/api/v1/people/{english_speaker.pk}").json()
    assert [event["id"] for event in data["events"]] == [english.pk]
    data = client.get(f"/api/v1/people/{speaker.pk}").json()
    assert [event["id"] for event in data["events"]] == [dutch.pk]


def test_an_english_profile_lists_a_dutch_only_event_too(client, english_conference, speaker):
    from atelier.content_translation import translate

    dutch, english = english_conference
    english.unpublish()  # the event is Dutch only now
    english_speaker = translate(speaker, Locale.objects.get(language_code="en"), [])
    html = client.get(f"/en/personen/{english_speaker.pk}/").content.decode()
    assert "Dag van de Buurt" in html and "There are no events" not in html
    data = client.get(f"/api/v1/people/{english_speaker.pk}").json()
    assert [event["id"] for event in data["events"]] == [dutch.pk]


def test_sync_brings_later_changes_of_the_dutch_event_to_the_english_one(
    client, english_conference, django_capture_on_commit_callbacks
):
    import datetime

    from django.contrib.auth import get_user_model

    from tests.programme.factories import ProgrammeItemFactory

    dutch, english = english_conference
    dutch = EventPage.objects.get(pk=dutch.pk)
    week = datetime.timedelta(days=7)
    dutch.start = dutch.start.replace(second=0, microsecond=0) + week
    dutch.end = dutch.end.replace(second=0, microsecond=0) + week if dutch.end else None
    dutch.capacity = 80
    dutch.save_revision().publish()
    ProgrammeItemFactory(page=dutch, title="Afsluiting", start_time=datetime.time(17))
    source = TranslationSource.objects.get(object_id=dutch.translation_key)
    client.force_login(get_user_model().objects.get(username="admin"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.start == dutch.start and english.capacity == 80
    titles = [
        item["title"] for item in client.get(f"/api/v1/events/{english.pk}").json()["programme"]
    ]
    # Kept translations stay; the new item shows the Dutch until it is translated.
    assert titles == ["Opening words", "Closed session", "Afsluiting"]
