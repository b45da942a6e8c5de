"""Bilingual content: the language switch and its notice, hreflang in the head and the
sitemap, menus per language, translation through wagtail-localize (editor, moderation,
machine translation), and pages translated before wagtail-localize."""

import datetime
import json
import re
import subprocess
import sys
from html import unescape
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from lxml import etree
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from home.models import ContentPage

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture
def en(home_page):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def about(home_page):
    return ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")


@pytest.fixture
def team(about):
    """A Dutch page under a translated section, with no English version of its own."""
    page = about.add_child(instance=ContentPage(title="Ons team", slug="team", intro="Wie."))
    page.save_revision().publish()
    return page


def switcher(html: str) -> str:
    start = html.index('class="language-switcher"')
    return html[start : html.index("</nav>", start)]


def editor_props(client, page) -> dict:
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    return json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


# --- the language switch ---------------------------------------------------------------


def test_the_switch_goes_to_the_translation_of_the_page(client, about):
    html = client.get("/over-atelier/").content.decode()
    assert 'href="/en/about-atelier/" hreflang="en" lang="en">English<' in switcher(html)
    back = switcher(client.get("/en/about-atelier/").content.decode())
    assert 'href="/over-atelier/" hreflang="nl" lang="nl">Nederlands<' in back


def test_an_untranslated_page_switches_to_its_nearest_translated_section_with_a_notice(
    client, team
):
    link = switcher(client.get("/over-atelier/team/").content.decode())
    assert f'href="/en/about-atelier/?untranslated={team.pk}"' in link
    assert 'href="/en/"' not in link  # never a silent jump to the home page
    response = client.get(f"/en/about-atelier/?untranslated={team.pk}")
    assert response.status_code == 200
    notice = re.search(r'<p class="translation-notice".*?</p>', response.content.decode(), re.S)
    assert notice, "the English section says the page exists in Dutch only"
    assert "only available in Dutch" in notice.group(0)
    assert 'href="/over-atelier/team/" hreflang="nl" lang="nl">Ons team</a>' in notice.group(0)


@pytest.mark.parametrize("value", ["abc", "-1", "99999999", "1" * 40, ""])
def test_a_bad_untranslated_parameter_shows_no_notice(client, team, value):
    response = client.get(f"/en/about-atelier/?{urlencode({'untranslated': value})}")
    assert response.status_code == 200
    assert "translation-notice" not in response.content.decode()


def test_the_notice_only_names_a_page_inside_the_section_shown(client, team, home_page):
    other = home_page.add_child(instance=ContentPage(title="Elders", slug="elders"))
    other.save_revision().publish()
    html = client.get(f"/en/about-atelier/?untranslated={other.pk}").content.decode()
    assert "translation-notice" not in html
    draft = team.add_child(instance=ContentPage(title="Concept", slug="concept", live=False))
    html = client.get(f"/en/about-atelier/?untranslated={draft.pk}").content.decode()
    assert "translation-notice" not in html and "Concept" not in html


# --- wagtail-localize: translating a page without its parents first ----------------------


@pytest.fixture
def translated_child(team, en):
    """A page translated while its parent (team's section 'over-atelier' is translated, but
    team itself is not) has no English version: wagtail-localize puts an alias there."""
    from atelier.content_translation import translate

    child = team.add_child(instance=ContentPage(title="Vacatures", slug="vacatures"))
    child.save_revision().publish()
    english = translate(child, en, [("Vacatures", "Vacancies"), ("vacatures", "vacancies")])
    return child, english


def test_translating_a_page_creates_its_missing_parent_as_an_alias(translated_child, team, en):
    _child, english = translated_child
    parent = english.get_parent().specific
    assert parent.alias_of_id == team.pk and parent.locale == en
    assert english.url == "/en/about-atelier/team/vacancies/"


def test_an_alias_shows_the_dutch_text_marked_as_dutch_and_is_no_translation(
    client, translated_child, team
):
    html = client.get("/en/about-atelier/team/").content.decode()
    assert '<main id="main" tabindex="-1" lang="nl">' in html
    assert "only available in Dutch" in html
    assert '<link rel="canonical" href="http://testserver/over-atelier/team/">' in html
    head = client.get("/over-atelier/team/").content.decode().split("<body")[0]
    assert 'hreflang="en"' not in head
    link = switcher(client.get("/over-atelier/team/").content.decode())
    assert "untranslated=" in link  # the alias is not offered as the English page


def test_the_sitemap_has_hreflang_alternates_and_no_aliases(client, translated_child, about):
    response = client.get("/sitemap.xml")
    tree = etree.fromstring(response.content)
    urls = {
        url.findtext("s:loc", namespaces=SITEMAP_NS): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", namespaces=SITEMAP_NS)
        }
        for url in tree.findall("s:url", namespaces=SITEMAP_NS)
    }
    about_links = {
        "nl": "http://testserver/over-atelier/",
        "en": "http://testserver/en/about-atelier/",
        "x-default": "http://testserver/over-atelier/",
    }
    assert urls["http://testserver/over-atelier/"] == about_links
    assert urls["http://testserver/en/about-atelier/"] == about_links
    assert urls["http://testserver/over-atelier/team/"] == {}
    assert "http://testserver/en/about-atelier/team/" not in urls  # the alias
    assert "http://testserver/en/about-atelier/team/vacancies/" in urls
    for url in tree.findall("s:url", namespaces=SITEMAP_NS):
        for link in url.findall("x:link", namespaces=SITEMAP_NS):
            assert link.get("rel") == "alternate"


def test_hreflang_in_the_head_lists_every_language_and_x_default(client, about):
    head = client.get("/en/about-atelier/").content.decode().split("<body")[0]
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))
    assert alternates == {
        "nl": "http://testserver/over-atelier/",
        "en": "http://testserver/en/about-atelier/",
        "x-default": "http://testserver/over-atelier/",
    }


# --- menus per language ------------------------------------------------------------------


def menu(html: str) -> str:
    start = html.index('class="main-menu"')
    return html[start : html.index("</ul>", start)]


def test_the_english_menu_is_translated_and_leaves_out_dutch_only_pages(client, team, en):
    from atelier.content_translation import translate
    from atelier.models import Navigation

    from home.navigation import add_to_main_menu

    add_to_main_menu(team, "Het team")
    dutch = Navigation.objects.get(locale__language_code="nl")
    translate(dutch, en, [("Inclusieve wijken", "Inclusive neighbourhoods"), ("Het team", "Team")])
    english_menu = menu(client.get("/en/").content.decode())
    assert '<a href="/en/inclusive-neighbourhoods/">Inclusive neighbourhoods</a>' in english_menu
    assert '<a href="/en/about-atelier/">About Atelier</a>' in english_menu
    assert "team" not in english_menu.lower()  # no English version: not in the English menu
    assert "Inclusieve wijken" not in english_menu
    assert '<a href="/over-atelier/team/">Het team</a>' in menu(client.get("/").content.decode())


def test_without_an_english_menu_the_dutch_one_shows_the_english_titles(client, home_page):
    english_menu = menu(client.get("/en/").content.decode())
    assert '<a href="/en/inclusive-neighbourhoods/">' in english_menu
    assert "Inclusieve wijken" not in english_menu
    assert "Working together on inclusive neighbourhoods" in english_menu


# --- editing translations ----------------------------------------------------------------


@pytest.fixture
def event(home_page):
    from tests.programme.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        ProgrammeItemFactory,
        WorkshopFactory,
        WorkshopRoundFactory,
    )

    agenda = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=agenda, title="Buurtdag", summary="Een dag over buurten.")
    ProgrammeItemFactory(page=event, title="Opening", start_time=datetime.time(13))
    WorkshopRoundFactory(page=event, title="Ronde 1", start_time=datetime.time(14))
    WorkshopFactory(page=event, title="Buurtbudget", round_numbers=[1], capacity=20)
    event.save_revision().publish()
    return event


def test_the_translation_editor_shows_programme_rounds_and_workshops_as_segments(client, event, en):
    login(client, "editor")
    response = client.post(f"/admin/localize/submit/page/{event.pk}/", {"locales": [en.pk]})
    assert response.status_code == 302
    english = event.get_translation(en)
    assert not english.live  # a draft until it is published or approved
    props = editor_props(client, english)
    sources = {s["source"] for s in props["segments"] if s["type"] == "string"}
    assert {"Buurtdag", "Een dag over buurten.", "Opening", "Ronde 1", "Buurtbudget"} <= sources
    fields = {s["location"]["field"] for s in props["segments"]}
    assert not any("Begin" in field or "start" in field.lower() for field in fields)


def test_shared_facts_are_synchronised_not_translated():
    from wagtail_localize.fields import get_translatable_fields

    from programme.models import EventPage, Person, Workshop

    def translated(model):
        return {f.field_name for f in get_translatable_fields(model) if f.is_translated(model())}

    def synchronised(model):
        return {f.field_name for f in get_translatable_fields(model) if f.is_synchronized(model())}

    event_fields = translated(EventPage)
    assert {"title", "summary", "intro", "body", "audience", "programme_items"} <= event_fields
    assert {"workshops", "workshop_rounds", "speakers"} <= event_fields
    shared = {"start", "end", "capacity", "venue", "themes", "organisers", "registration_mode"}
    assert shared <= synchronised(EventPage) and not shared & event_fields
    assert {"capacity", "round_numbers", "facilitators"} <= synchronised(Workshop)
    assert translated(Person) == {"honorific", "job_title", "bio"}
    assert "name" in synchronised(Person)


def test_an_editor_submits_a_translation_for_moderation_and_a_moderator_approves_it(
    client, event, en
):
    from django.test import Client

    login(client, "editor")
    client.post(f"/admin/localize/submit/page/{event.pk}/", {"locales": [en.pk]})
    english = event.get_translation(en)
    props = editor_props(client, english)
    title = next(s for s in props["segments"] if s.get("source") == "Buurtdag")
    response = client.put(
        title["editUrl"],
        data=urlencode({"value": "Neighbourhood day"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201  # created
    translation = Translation.objects.get(source__object_id=event.translation_key)
    assert (
        "submit-for-moderation" in client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    )
    response = client.post(f"/admin/translations/{translation.pk}/submit-for-moderation/")
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.workflow_in_progress and not english.live
    assert english.get_latest_revision_as_object().title == "Neighbourhood day"

    moderator = login(Client(), "moderator")
    task_state = english.current_workflow_state.current_task_state
    response = moderator.post(
        f"/admin/pages/workflow/action/{english.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live and english.title == "Neighbourhood day"
    assert "Neighbourhood day" in Client().get(english.url).content.decode()


def test_submitting_for_moderation_needs_edit_rights_and_a_post(client, event, en):
    from atelier.content_translation import translate

    translate(event, en, [("Buurtdag", "Neighbourhood day")], publish=False)
    translation = Translation.objects.get(source__object_id=event.translation_key)
    url = f"/admin/translations/{translation.pk}/submit-for-moderation/"
    assert client.post(url).status_code == 302  # anonymous: to the login page
    assert not event.get_translation(en).workflow_in_progress
    login(client, "editor")
    assert client.get(url).status_code == 405
    assert client.post("/admin/translations/999999/submit-for-moderation/").status_code == 404


def test_snippets_visitors_read_are_translatable_in_the_translation_editor(client, home_page):
    from atelier.models import Navigation, Theme
    from wagtail.models import TranslatableMixin

    from programme.models import Organisation, Person, Venue
    from tests.programme.factories import PersonFactory

    for model in (Person, Organisation, Venue, Theme, Navigation):
        assert issubclass(model, TranslatableMixin)
    person = PersonFactory(locale=Locale.get_default(), job_title="onderzoeker")
    login(client, "admin")
    url = f"/admin/localize/submit/snippet/programme/person/{person.pk}/"
    assert client.get(url).status_code == 200


def test_machine_translation_is_offered_with_the_configured_backend(client, event, en):
    from atelier.content_translation import translate
    from wagtail_localize.models import StringTranslation

    english = translate(event, en, [], publish=False)
    login(client, "admin")
    assert editor_props(client, english)["machineTranslator"] is not None
    translation = Translation.objects.get(source__object_id=event.translation_key)
    response = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(translation_type="machine", locale=en)
    # The dummy backend reverses the words: "Een dag over buurten." -> "buurten. over dag Een"
    assert "buurten. over dag Een" in set(machine.values_list("data", flat=True))


@pytest.mark.parametrize(
    "environment, expected",
    [
        ({}, "None"),
        ({"MACHINE_TRANSLATOR": "deepl", "DEEPL_API_KEY": "abc:fx"}, "DeepLTranslator"),
        ({"MACHINE_TRANSLATOR": "deepl"}, "ImproperlyConfigured"),
        ({"MACHINE_TRANSLATOR": "babelfish"}, "ImproperlyConfigured"),
    ],
)
def test_machine_translation_is_off_by_default_and_switched_on_by_environment(
    environment, expected, monkeypatch
):
    code = (
        "import os, django\n"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'atelier.settings.production'\n"
        "from django.core.exceptions import ImproperlyConfigured\n"
        "try:\n"
        "    from django.conf import settings\n"
        "    value = getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)\n"
        "    print(value['CLASS'].rsplit('.', 1)[1] if value else None)\n"
        "except ImproperlyConfigured:\n"
        "    print('ImproperlyConfigured')\n"
    )
    env = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "example.org", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], env={**env, **environment}, capture_output=True, text=True
    )
    assert result.stdout.strip().splitlines()[-1] == expected, result.stderr


# --- pages translated with simple_translation, before the switch ---------------------------


@pytest.fixture
def old_translation(event, en):
    """An English copy made the simple_translation way (copy_for_translation and edit by
    hand), with its rows unlinked as right after the schema migration."""
    import uuid

    from programme.models import ProgrammeItem, Workshop

    agenda = event.get_parent().specific.copy_for_translation(en)  # parents first, then
    agenda.save_revision().publish()
    english = event.copy_for_translation(en)
    english.title = "Neighbourhood day"
    english.slug = "neighbourhood-day"
    english.save_revision().publish()
    for model in (ProgrammeItem, Workshop):
        for row in model.objects.filter(page=english):
            model.objects.filter(pk=row.pk).update(translation_key=uuid.uuid4())
    Translation.objects.filter(source__object_id=event.translation_key).delete()
    return english


def test_the_row_migration_links_the_copied_rows_to_the_source_rows(event, old_translation):
    from atelier.translatable_rows import link_translated_rows
    from django.apps import apps

    from programme.models import Workshop

    link_translated_rows(apps, "programme", "Workshop", "page")
    dutch = Workshop.objects.get(page=event)
    english = Workshop.objects.get(page=old_translation)
    assert english.translation_key == dutch.translation_key
    assert (dutch.locale.language_code, english.locale.language_code) == ("nl", "en")
    assert english.get_translation(dutch.locale) == dutch


def test_a_page_translated_the_old_way_stays_linked_on_the_site_and_in_the_api(
    client, event, old_translation
):
    html = client.get(event.url).content.decode()
    assert 'href="/en/agenda/neighbourhood-day/" hreflang="en"' in switcher(html)
    data = client.get(f"/api/v1/events/{event.pk}").json()
    assert data["translations"] == [
        {
            "locale": "en",
            "id": old_translation.pk,
            "url": "http://testserver/en/agenda/neighbourhood-day/",
        }
    ]


def test_a_page_translated_the_old_way_is_adopted_by_wagtail_localize_keeping_its_text(
    client, event, old_translation, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    call_command("adopt_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    translation = Translation.objects.get(source__object_id=event.translation_key)
    assert not translation.enabled  # the ordinary editor until an editor starts syncing
    login(client, "admin")
    response = client.post(
        f"/admin/pages/{old_translation.pk}/edit/", {"localize-restart-translation": "1"}
    )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.enabled
    props = editor_props(client, old_translation)
    assert props["initialStringTranslations"], "the English text is in the segments"
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    old_translation.refresh_from_db()
    assert old_translation.title == "Neighbourhood day"
    assert old_translation.slug == "neighbourhood-day"


def test_the_permission_of_simple_translation_carries_over(home_page):
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    old_type, _ = ContentType.objects.get_or_create(
        app_label="simple_translation", model="simpletranslation"
    )
    old = Permission.objects.create(
        content_type=old_type, codename="submit_translation", name="Can submit translations"
    )
    group = Group.objects.create(name="Vertalers")
    group.permissions.add(old)
    migration = importlib.import_module("atelier.migrations.0006_translation_permissions")
    migration.carry_over(apps, None)
    assert group.permissions.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).exists()


def test_page_query_for_real_translations_leaves_out_aliases(translated_child, team):
    from atelier.localization import translations_of

    alias = Page.objects.get(alias_of=team)
    assert alias not in translations_of(team)


def test_the_english_landing_page_answers_its_questions_in_english(client, home_page):
    html = client.get("/en/inclusive-neighbourhoods/").content.decode()
    assert "Frequently asked questions" in html
    assert "Who are the events for?" in html and "Does taking part cost anything?" in html
    assert "Voor wie zijn de bijeenkomsten?" not in html and "Kost meedoen iets?" not in html
