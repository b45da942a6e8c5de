"""The admin roles (atelier/roles.py): made by data migrations, and what each can open.

Editors write; moderators also publish, manage redirects, menus and registrations; the
Registrations group (event staff) sees only the registrations back office."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Site

pytestmark = pytest.mark.django_db


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_the_migrations_make_the_three_roles_without_the_demo():
    editors, moderators, staff = (codenames(n) for n in ("Editors", "Moderators", "Registrations"))
    people = {"add_person", "change_person", "add_venue", "change_venue", "add_organisation"}
    assert people <= editors and people <= moderators
    assert {"add_theme", "change_theme", "access_admin"} <= editors
    assert "delete_person" in moderators and "delete_person" not in editors
    back_office = {"view_personal_data", "manage_registrations"}
    assert back_office <= moderators and back_office <= staff
    assert not back_office & editors
    assert {
        "change_sitesettings",
        "add_navigation",
        "change_navigation",
        "add_redirect",
    } <= moderators
    assert not {"change_sitesettings", "add_redirect"} & editors
    # (Wagtail's own migrations give every admin group "choose" on its stock image and
    # document models, which this site does not use.)
    assert staff - {"choose_image", "choose_document"} == {
        "access_admin",
        "view_personal_data",
        "manage_registrations",
        "delete_registration",
    }

    def page_rights(group_name):
        return set(
            GroupPagePermission.objects.filter(group__name=group_name).values_list(
                "permission__codename", flat=True
            )
        )

    assert page_rights("Editors") == {"add_page", "change_page"}
    assert "publish_page" in page_rights("Moderators")
    assert page_rights("Registrations") == set()
    media = set(
        GroupCollectionPermission.objects.filter(group__name="Editors").values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_atelierimage", "change_atelierdocument"} <= media


@pytest.fixture
def user_in(home_page):
    def make(group_name):
        user = get_user_model().objects.create_user(f"user-{group_name}", password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def opens(client, url) -> bool:
    response = client.get(url)
    assert response.status_code in (200, 302, 403), (url, response.status_code)
    if response.status_code == 302:
        assert "/login/" not in response["Location"]
    return response.status_code == 200


def admin_urls(home_page):
    site = Site.objects.get(is_default_site=True)
    return {
        "edit page": f"/admin/pages/{home_page.pk}/edit/",
        "add person": "/admin/snippets/programme/person/add/",
        "add venue": "/admin/snippets/programme/venue/add/",
        "add organisation": "/admin/snippets/programme/organisation/add/",
        "add theme": "/admin/snippets/atelier/theme/add/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "redirects": "/admin/redirects/",
        "menu": "/admin/snippets/atelier/navigation/",
        "site settings": f"/admin/settings/atelier/sitesettings/{site.pk}/",
        "registrations": "/admin/registration/registration/",
        "registrations export": "/admin/registration/registration/?export=csv",
        "users": "/admin/users/",
        "groups": "/admin/groups/",
    }


EDITOR_OPENS = {
    "edit page",
    "add person",
    "add venue",
    "add organisation",
    "add theme",
    "images",
    "documents",
}
MODERATOR_OPENS = EDITOR_OPENS | {
    "redirects",
    "menu",
    "site settings",
    "registrations",
    "registrations export",
}
STAFF_OPENS = {"registrations", "registrations export"}


@pytest.mark.parametrize(
    ("group_name", "expected"),
    [("Editors", EDITOR_OPENS), ("Moderators", MODERATOR_OPENS), ("Registrations", STAFF_OPENS)],
)
def test_what_each_role_can_and_cannot_open(client, home_page, user_in, group_name, expected):
    client.force_login(user_in(group_name))
    assert opens(client, "/admin/")
    urls = admin_urls(home_page)
    opened = {name for name, url in urls.items() if opens(client, url)}
    assert opened == expected


def test_editors_create_people_and_venues_from_the_choosers(client, home_page, user_in):
    from programme.models import Person

    client.force_login(user_in("Editors"))
    chooser = client.get("/admin/snippets/choose/programme/person/")
    html = chooser.json()["html"]
    assert 'id="tab-create"' in html and "Functie" in html  # create tab, job title column
    response = client.post(
        "/admin/snippets/choose/programme/person/create/",
        {"honorific": "dr.", "name": "Anna Jansen", "job_title": "onderzoeker"},
    )
    assert response.json()["step"] == "chosen"
    person = Person.objects.get(name="Anna Jansen")
    assert response.json()["result"]["string"] == "dr. Anna Jansen — onderzoeker"
    assert response.json()["result"]["id"] == str(person.pk)
    venue = client.post(
        "/admin/snippets/choose/programme/venue/create/",
        {"name": "Vechtclub XL", "city": "Utrecht", "country": "NL"},
    )
    assert venue.json()["result"]["string"] == "Vechtclub XL, Utrecht"


def test_event_staff_cannot_create_people_in_the_chooser(client, home_page, user_in):
    client.force_login(user_in("Registrations"))
    response = client.post(
        "/admin/snippets/choose/programme/person/create/", {"name": "Niet Toegestaan"}
    )
    assert response.status_code in (302, 403)
    from programme.models import Person

    assert not Person.objects.filter(name="Niet Toegestaan").exists()
