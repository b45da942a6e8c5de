import io

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_dutch_with_a_skip_link(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert 'class="skip-link" href="#main"' in html
    assert home_page.intro in html


def test_english_home_page_lives_under_en(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Knowledge about neighbourhoods" in html
    assert 'hreflang="nl"' in html


def test_unknown_page_answers_404_in_the_site_style(client, home_page):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_admin_login_renders_and_accepts_the_demo_admin(client, home_page):
    assert client.get("/admin/login/").status_code == 200
    response = client.post("/admin/login/", {"username": "admin", "password": "admin"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


def test_healthz_answers_503_when_the_cache_is_unreachable(client, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "unavailable"


def test_load_demo_runs_twice_without_duplicates(db):
    from django.core.management import call_command
    from wagtail.models import Page

    call_command("load_demo", stdout=io.StringIO())
    first = Page.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == first
