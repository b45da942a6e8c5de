"""Interface strings are English in the code and Dutch through the catalogs: the site's frame
speaks the page's language, the admin the editor's, and stored workflow names are Dutch."""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error
from wagtail.models import Locale, Task, Workflow
from wagtail.users.models import UserProfile

from home.workflows import WAGTAIL_WORKFLOW_NAME, WORKFLOW_NAME

from .factories import DocumentFactory

pytestmark = pytest.mark.django_db

FRAME = {
    # (Dutch, English) pairs from base.html, the header and the footer of the demo site.
    "skip link": ("Naar de inhoud", "Skip to content"),
    "main menu": ('aria-label="Hoofdmenu"', 'aria-label="Main menu"'),
    "social media": ("Volg ons", "Follow us"),
    "footer": ('aria-label="Voettekst"', 'aria-label="Footer"'),
}


def test_the_frame_of_a_dutch_page_is_dutch(client, home_page):
    html = client.get("/").content.decode()
    for name, (dutch, english) in FRAME.items():
        assert dutch in html, name
        assert english not in html, name


def test_the_frame_of_an_english_page_is_english(client, home_page):
    html = client.get("/en/").content.decode()
    for name, (dutch, english) in FRAME.items():
        assert english in html, name
        assert dutch not in html, name


def test_the_404_page_speaks_the_visitors_language_and_links_to_that_home(client, home_page):
    dutch = client.get("/bestaat-niet/")
    english = client.get("/en/does-not-exist/")
    assert dutch.status_code == english.status_code == 404
    assert "Pagina niet gevonden" in dutch.content.decode()
    html = english.content.decode()
    assert "<title>Page not found</title>" in html and "Pagina niet gevonden" not in html
    assert '<a href="/en/">Go to the home page</a>' in html


@pytest.mark.parametrize(
    ("language", "heading", "absent"),
    [
        ("nl", "Er ging iets mis", "Something went wrong"),
        ("en", "Something went wrong", "Er ging iets mis"),
    ],
)
def test_the_500_page_speaks_the_active_language(language, heading, absent):
    with translation.override(language):
        html = server_error(RequestFactory().get("/")).content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html and absent not in html


def test_block_labels_follow_the_admin_language():
    from atelier.blocks import BaseStreamBlock

    labels = {name: block.label for name, block in BaseStreamBlock().child_blocks.items()}
    with translation.override("nl"):
        assert str(labels["heading"]) == "Tussenkop" and str(labels["table"]) == "Tabel"
    with translation.override("en"):
        assert str(labels["heading"]) == "Subheading" and str(labels["table"]) == "Table"


def test_the_webhooks_admin_follows_the_users_language(client, home_page):
    from atelier.webhooks.models import WebhookEndpoint

    WebhookEndpoint.objects.create(url="https://partner.example/hook", event_types=["published"])
    admin = get_user_model().objects.get(username="admin")
    client.force_login(admin)
    dutch = client.get("/admin/webhooks/").content.decode()
    assert "Mislukt op rij" in dutch and "Failed in a row" not in dutch

    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"
    profile.save()
    english = client.get("/admin/webhooks/").content.decode()
    assert "Failed in a row" in english and "Mislukt op rij" not in english


def test_the_workflow_name_migration_runs_after_wagtail_made_its_workflow():
    recorder = MigrationRecorder(connection)
    applied = recorder.applied_migrations()
    assert ("home", "0003_dutch_workflow_name") in applied
    migration = importlib.import_module("home.migrations.0003_dutch_workflow_name")
    assert ("wagtailcore", "0098_apitoken") in migration.Migration.dependencies
    assert (migration.WAGTAIL_NAME, migration.DUTCH_NAME) == (WAGTAIL_WORKFLOW_NAME, WORKFLOW_NAME)


def test_the_workflow_name_migration_renames_only_wagtails_name_and_reverses():
    migration = importlib.import_module("home.migrations.0003_dutch_workflow_name")
    Workflow.objects.all().delete()
    wagtails = Workflow.objects.create(name=WAGTAIL_WORKFLOW_NAME)
    own = Workflow.objects.create(name="Juridische toets")

    task = Task.objects.create(name=WAGTAIL_WORKFLOW_NAME)

    migration.to_dutch(apps, None)
    for row in (wagtails, own, task):
        row.refresh_from_db()
    assert (wagtails.name, own.name, task.name) == (
        WORKFLOW_NAME,
        "Juridische toets",
        WORKFLOW_NAME,
    )

    migration.to_english(apps, None)
    wagtails.refresh_from_db()
    assert wagtails.name == WAGTAIL_WORKFLOW_NAME


def test_content_languages_are_named_in_the_admin_language_and_switcher_stays_native(
    client, home_page
):
    english = Locale.objects.get(language_code="en")
    with translation.override("nl"):
        assert english.get_display_name() == "Engels"
    with translation.override("en"):
        assert english.get_display_name() == "English"
    html = client.get("/").content.decode()
    assert 'lang="en">English</a>' in html  # the language switch names English in English


def test_our_catalog_translates_what_wagtails_dutch_leaves_english(client, home_page):
    DocumentFactory(title="Eindrapport")
    client.force_login(get_user_model().objects.get(username="editor"))
    html = client.get("/admin/documents/").content.decode()
    assert "Bestand" in html
    assert not re.search(r">\s*File\s*<", html)


@pytest.mark.parametrize("username", ["editor", "moderator", "aanmeldingen"])
def test_a_demo_user_can_switch_the_admin_to_english_on_the_account_page(
    client, home_page, username
):
    """Wagtail's account page saves nothing while the name is empty: the demo accounts
    have one, so the language preference saves at once."""
    from lxml import html

    user = get_user_model().objects.get(username=username)
    client.force_login(user)
    page = html.fromstring(client.get("/admin/account/").content)
    data = {
        field.name: field.value or ""
        for field in page.xpath("//form//input[@name] | //form//select[@name]")
        if field.get("type") not in ("checkbox", "file", "password")
    }
    data["locale-preferred_language"] = "en"
    response = client.post("/admin/account/", data)
    assert response.status_code == 302, response.content.decode()[:500]
    assert UserProfile.get_for_user(user).preferred_language == "en"


def test_english_dates_are_written_day_month_year():
    import datetime

    from django.utils.formats import date_format

    day = datetime.date(2020, 11, 20)
    with translation.override("en"):
        assert date_format(day) == "20 November 2020"
    with translation.override("nl"):
        assert date_format(day) == "20 november 2020"
