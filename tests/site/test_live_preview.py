"""The live preview panel: Wagtail sends a made-up request for the page's public URL
through the middleware, so the preview must not get the public frame-ancestors 'none'."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, get_page_models

pytestmark = pytest.mark.django_db


def frame_ancestors(response) -> str:
    policy = response.headers["Content-Security-Policy"]
    return next(part.strip() for part in policy.split(";") if "frame-ancestors" in part)


def test_every_page_type_previews_framed_by_the_admin_only(client):
    call_command("load_demo", stdout=io.StringIO())
    models = [model for model in get_page_models() if model is not Page]
    for model in models:
        page = model.objects.order_by("pk").first()
        assert page is not None, f"the demo has no {model.__name__} to preview"
        for mode, _label in page.preview_modes:
            response = page.make_preview_request(preview_mode=mode)
            assert response.status_code == 200, model
            assert frame_ancestors(response) == "frame-ancestors 'self'", model
            assert response["X-Frame-Options"] == "SAMEORIGIN"
    # The public page itself may still not be framed by anyone.
    assert frame_ancestors(client.get("/")) == "frame-ancestors 'none'"


def test_the_preview_view_in_the_admin_sends_the_admin_only_policy(client, home_page):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="editor"))
    home_page.save_revision()
    revision = home_page.latest_revision
    response = client.get(f"/admin/pages/{home_page.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert frame_ancestors(response) == "frame-ancestors 'self'"
