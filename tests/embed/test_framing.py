"""Only /embed/ may be framed, and only by the configured partner origins."""

import pytest

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    directives = dict(
        part.strip().split(" ", 1) for part in policy.split(";") if " " in part.strip()
    )
    return directives["frame-ancestors"].split()


def test_the_embed_may_be_framed_by_the_configured_origins(client, agenda, settings):
    settings.EMBED_ALLOWED_ORIGINS = ["https://www.partner.example", "https://wijk.example"]
    response = client.get("/embed/agenda/")
    assert frame_ancestors(response) == [
        "'self'",
        "https://www.partner.example",
        "https://wijk.example",
    ]
    assert "X-Frame-Options" not in response


def test_without_origins_only_the_site_itself_may_frame_the_embed(client, agenda, settings):
    settings.EMBED_ALLOWED_ORIGINS = []
    response = client.get("/embed/agenda/")
    assert frame_ancestors(response) == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.parametrize("path", ["/", "/en/", "/agenda/"])
def test_every_other_page_refuses_framing(client, agenda, settings, path):
    settings.EMBED_ALLOWED_ORIGINS = ["https://www.partner.example"]
    response = client.get(path)
    assert response.status_code == 200
    assert frame_ancestors(response) == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_a_bad_request_to_the_embed_is_not_framable_by_strangers(client, agenda, settings):
    settings.EMBED_ALLOWED_ORIGINS = []
    response = client.get("/embed/agenda/?limit=0")
    assert response.status_code == 400
    assert frame_ancestors(response) == ["'self'"]
