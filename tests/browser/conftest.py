"""Fixtures for browser tests: headless Chromium, a fresh page per test, and the live
server with the demo frame loaded. See docs/testing.md."""

import os

import pytest

from .harness import CHROMIUM_ARGS, require_chromium


@pytest.fixture
def browser(site_url):
    """One Chromium per test, started after the database is set up and stopped before it is
    flushed: while Playwright runs, Django hands out a different connection object, and
    the serialized rollback that restores Wagtail's root page must not see that one."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API drives an event loop from this thread; Django's ORM would otherwise
    # refuse to be called from the test body ("You cannot call this from an async context").
    # Only while the browser runs: subprocess tests must not inherit it (check --deploy).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=executable, args=CHROMIUM_ARGS, headless=True
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def site_url(live_server, django_db_serialized_rollback):
    """The live server's base URL with the demo frame (home pages, site, accounts) loaded.

    The database is flushed after each live-server test; serialized rollback puts back
    what migrations created (root page, root collection, groups). Pages that need more
    content create it in the test or in their own fixture, before using ``page``."""
    from home.demo import load_home_demo

    load_home_demo()
    return live_server.url


@pytest.fixture
def content_site(site_url):
    """The live server with the programme and knowledge demo (the seeds' pages, Dutch)."""
    from knowledge.demo import load_knowledge_demo
    from programme.demo import load_programme_demo

    load_programme_demo()
    load_knowledge_demo()
    return site_url


@pytest.fixture
def full_demo_site(site_url):
    """The live server with the whole demo, English included, as `manage.py load_demo`
    builds it."""
    import io

    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())
    return site_url
