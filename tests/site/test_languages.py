"""Dutch first: the admin speaks Dutch, editors can translate, times are Amsterdam's."""

import pytest
from django.conf import settings
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_admin_login_is_in_dutch_by_default(client):
    html = client.get("/admin/login/").content.decode()
    assert 'lang="nl"' in html
    assert "Inloggen" in html
    assert "Sign in" not in html


def test_time_zone_is_amsterdam():
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    with timezone.override(settings.TIME_ZONE):
        assert timezone.get_current_timezone_name() == "Europe/Amsterdam"


def test_editors_can_submit_a_page_for_translation(client, home_page):
    from django.contrib.auth import get_user_model
    from wagtail.models import Locale

    # Take the English translation away so that English is offered again.
    home_page.get_translation(Locale.objects.get(language_code="en")).delete()
    editor = get_user_model().objects.get(username="editor")
    assert editor.has_perm("wagtail_localize.submit_translation")
    client.force_login(editor)
    response = client.get(f"/admin/localize/submit/page/{home_page.pk}/")
    assert response.status_code == 200
    locales = response.context["form"].fields["locales"].queryset
    assert "en" in {locale.language_code for locale in locales}


def test_an_editor_without_the_permission_cannot_translate(client, home_page):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    Group.objects.get(name="Editors").permissions.remove(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get(f"/admin/localize/submit/page/{home_page.pk}/")
    assert response.status_code in (302, 403)
