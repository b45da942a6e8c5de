import pytest
from atelier.models import SiteSettings
from django.contrib.auth import get_user_model
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_public_pages_have_a_strict_policy_and_the_admin_is_left_to_wagtail(client, home_page):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    client.force_login(get_user_model().objects.get(username="editor"))
    # The admin needs inline scripts, and frames its own page and block previews.
    assert "Content-Security-Policy" not in client.get("/admin/").headers


def test_newsletter_provider_is_allowed_as_form_target_only_where_the_form_is(client, home_page):
    SiteSettings.objects.filter(site=Site.objects.get(is_default_site=True)).update(
        newsletter_url="https://lijst.example.net/inschrijven"
    )
    with_form = client.get("/inclusieve-wijken/").headers["Content-Security-Policy"]
    assert "form-action 'self' https://lijst.example.net" in with_form
    without_form = client.get("/privacyverklaring/").headers["Content-Security-Policy"]
    assert "example.net" not in without_form
