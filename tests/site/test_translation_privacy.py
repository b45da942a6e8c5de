"""Making a Dutch page private makes its translations private too: the English version of
a private publication, and the files and text both show, never stay public."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(home_page):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def report(home_page, english):
    from tests.knowledge.factories import ReportIndexPageFactory, ReportPageFactory

    index = ReportIndexPageFactory(parent=home_page)
    dutch = ReportPageFactory(parent=index, title="Startnota", slug="startnota")
    dutch.save_revision().publish()
    translated = dutch.copy_for_translation(english, copy_parents=True)
    translated.title = "Start note"
    translated.save_revision().publish()
    return dutch, translated


def restrictions(page):
    return list(
        PageViewRestriction.objects.filter(page=page).values_list("restriction_type", "password")
    )


def test_a_dutch_page_made_private_takes_its_translation_along(client, report):
    dutch, translated = report
    assert client.get(f"/api/v1/reports/{translated.pk}").status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=dutch, restriction_type="password", password="geheim"
    )
    assert restrictions(translated) == [("password", "geheim")]
    assert client.get(f"/api/v1/reports/{translated.pk}").status_code == 404
    assert translated.pk not in [r["id"] for r in client.get("/api/v1/reports").json()["items"]]

    restriction.restriction_type, restriction.password = "login", ""
    restriction.save()
    assert restrictions(translated) == [("login", "")]

    restriction.delete()
    assert restrictions(translated) == []
    assert client.get(f"/api/v1/reports/{translated.pk}").status_code == 200


def test_groups_are_mirrored_and_a_later_translation_is_private_from_the_start(
    report, english, home_page
):
    from tests.knowledge.factories import ReportPageFactory

    dutch, translated = report
    editors = Group.objects.create(name="Projectgroep")
    restriction = PageViewRestriction.objects.create(page=dutch, restriction_type="groups")
    restriction.groups.add(editors)
    (copy,) = PageViewRestriction.objects.filter(page=translated)
    assert list(copy.groups.all()) == [editors]

    other = ReportPageFactory(parent=dutch.get_parent(), title="Eindrapport", slug="eind")
    PageViewRestriction.objects.create(page=other, restriction_type="login")
    later = Page.objects.get(pk=other.pk).specific.copy_for_translation(english)
    assert restrictions(later) == [("login", "")]


def test_a_translation_made_private_on_its_own_leaves_the_dutch_page_public(report):
    dutch, translated = report
    PageViewRestriction.objects.create(page=translated, restriction_type="login")
    assert restrictions(dutch) == []


def test_deleting_the_private_dutch_page_leaves_its_translation_private(report):
    dutch, translated = report
    PageViewRestriction.objects.create(page=dutch, restriction_type="login")
    dutch.delete()
    assert restrictions(translated) == [("login", "")]
