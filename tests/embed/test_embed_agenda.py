"""The embeddable agenda: upcoming public events only, filters, clear 400s, cacheable."""

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def titles(response):
    from lxml import html

    tree = html.fromstring(response.content)
    return [a.text_content().strip() for a in tree.xpath("//h2[@class='embed-event__title']/a")]


def test_the_embed_lists_upcoming_public_events_soonest_first(client, agenda):
    response = client.get("/embed/agenda/")

    assert response.status_code == 200
    assert titles(response) == [
        "Kennisatelier buurtaanpak",
        "Webinar schulden",
        "Netwerksessie twee",
    ]
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "<h1" in html
    assert 'target="_top"' in html
    assert agenda["kennisatelier"].get_full_url() in html
    start = timezone.localtime(agenda["kennisatelier"].start)
    assert f'<time datetime="{start.strftime("%Y-%m-%dT%H:%M:%S%z")}">' in html
    assert "Vechtclub XL, Utrecht" in html
    assert "Online" in html
    assert "style=" not in html


def test_drafts_private_and_past_events_never_show(client, agenda):
    html = client.get("/embed/agenda/?limit=50").content.decode()
    for hidden in ("Geheim concept", "Besloten overleg", "Terugblik congres"):
        assert hidden not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=inclusieve-wijken", ["Kennisatelier buurtaanpak"]),
        ("format=webinar", ["Webinar schulden"]),
        ("limit=2", ["Kennisatelier buurtaanpak", "Webinar schulden"]),
        ("theme=armoede&format=kennisatelier", []),
    ],
)
def test_filters_narrow_the_list(client, agenda, query, expected):
    response = client.get(f"/embed/agenda/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_the_series_filter_shows_that_learning_network_only(client, agenda):
    response = client.get(f"/embed/agenda/?series={agenda['network'].pk}")
    assert titles(response) == ["Netwerksessie twee"]
    assert "Lerend netwerk wijkteams" in response.content.decode()


def test_english_shows_english_events_in_english(client, agenda):
    from wagtail.models import Locale

    from tests.programme.factories import EventPageFactory

    english_index = agenda["index"].copy_for_translation(Locale.objects.get(language_code="en"))
    english_index.save_revision().publish()
    english = EventPageFactory(
        parent=english_index, title="Knowledge studio", start=agenda["webinar"].start
    )

    response = client.get("/embed/agenda/?language=en")

    assert '<html lang="en">' in response.content.decode()
    assert titles(response) == [english.title]
    assert '<h1 class="embed-agenda__heading">Events</h1>' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=51",
        "limit=abc",
        "limit=-1",
        "theme=geen%20slug!",
        "format=rave",
        "series=abc",
        "series=0",
        "language=de",
        "scheme=purple",
        "css=body%7Bdisplay:none%7D",
        "limit=2&limit=3",
        "thema=armoede",
    ],
)
def test_bad_filter_values_answer_400_with_a_short_message(client, agenda, query):
    response = client.get(f"/embed/agenda/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert 0 < len(response.content) < 300


@pytest.mark.parametrize("query", ["theme=bestaat-niet", "series=999999", "series={webinar}"])
def test_a_well_formed_value_that_names_nothing_is_an_empty_agenda(client, agenda, query):
    # The same policy as the API (programme/filters.py): a valid question, an empty answer.
    response = client.get("/embed/agenda/?" + query.format(webinar=agenda["webinar"].pk))
    assert response.status_code == 200
    assert titles(response) == []


def test_locale_is_accepted_as_well_as_language(client, agenda):
    assert client.get("/embed/agenda/?locale=nl").status_code == 200
    assert client.get("/embed/agenda/?locale=nl&language=nl").status_code == 200
    assert client.get("/embed/agenda/?locale=en&language=nl").status_code == 400
    assert client.get("/embed/agenda/?locale=de").status_code == 400


def test_scheme_picks_a_styling_class_not_arbitrary_css(client, agenda):
    html = client.get("/embed/agenda/?scheme=dark").content.decode()
    assert 'class="embed embed--dark"' in html
    assert "atelier/css/embed.css" in html


def test_the_embed_is_cacheable_with_an_etag(client, agenda, settings):
    settings.API_CACHE_MAX_AGE = 120
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.embed.recording_cache.RecordingBackend"}
    }
    first = client.get("/embed/agenda/")
    directives = {d.strip() for d in first["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "must-revalidate", "s-maxage=120"}

    again = client.get("/embed/agenda/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304

    other = client.get("/embed/agenda/?limit=1", HTTP_IF_NONE_MATCH=first["ETag"])
    assert other.status_code == 200


def test_the_etag_changes_when_an_event_is_published(client, agenda):
    from tests.programme.factories import EventPageFactory

    first = client.get("/embed/agenda/")
    EventPageFactory(parent=agenda["index"], title="Nieuw", start=agenda["webinar"].start)
    assert client.get("/embed/agenda/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_the_list_takes_a_fixed_number_of_queries(client, agenda, django_assert_max_num_queries):
    from tests.programme.factories import EventPageFactory

    for number in range(5):
        EventPageFactory(
            parent=agenda["index"], title=f"Extra {number}", start=agenda["webinar"].start
        )
    with django_assert_max_num_queries(12):
        assert client.get("/embed/agenda/?limit=50").status_code == 200


def test_head_answers_like_get_without_a_body(client, agenda):
    get = client.get("/embed/agenda/")
    head = client.head("/embed/agenda/")
    assert head.status_code == 200
    assert head["ETag"] == get["ETag"]
    assert head.content == b""
    assert client.post("/embed/agenda/").status_code == 405
