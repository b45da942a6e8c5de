import pytest
from atelier.registry import ListingSource, registry
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage, HomePage, LandingPage
from tests.site.factories import DocumentFactory, ImageFactory, every_block_body

pytestmark = pytest.mark.django_db


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def every_source(home_page):
    registry.add_listing_source(
        ListingSource(
            "every",
            "Nieuwste pagina's",
            lambda theme=None, limit=3, locale=None: (
                ContentPage.objects.live()
                .public()
                .filter(locale=locale)
                .order_by("-first_published_at")[:limit]
            ),
        )
    )
    yield
    registry.listing_sources.pop("every", None)


@pytest.fixture
def landing_with_every_block(home_page, every_source):
    image = ImageFactory()
    document = DocumentFactory(title="Startnotitie")
    about = ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")
    return publish(
        home_page,
        LandingPage(
            title="Alle blokken",
            slug="alle-blokken",
            intro="Een pagina met elk blok.",
            image=image,
            hero_link_page=about,
            hero_link_text="Meer weten",
            body=every_block_body(image, document, about),
        ),
    )


def test_a_landing_page_made_of_every_block_renders(client, landing_with_every_block):
    response = client.get(landing_with_every_block.url)
    assert response.status_code == 200
    html = response.content.decode()
    for snippet in (
        '<h1 id="hero-title">Alle blokken</h1>',
        'class="button hero__button" href="/over-atelier/"',
        "Wat is een kennisatelier?",  # heading preview
        "<figcaption>Bijschrift",
        "<blockquote>",
        "Video afspelen:",
        "<caption>Programma van de ochtend</caption>",
        "<summary>Kost deelname iets?</summary>",
        "Startnotitie",
        "Nieuwste pagina&#x27;s",
        '<h2 class="c-cta__heading">Doe mee</h2>',
        '<a class="button" href="/over-atelier/">Over Atelier</a>',
    ):
        assert snippet in html, snippet


def test_listing_on_a_page_shows_only_live_public_pages(client, home_page, every_source):
    from wagtail.models import PageViewRestriction

    publish(home_page, ContentPage(title="Gepubliceerd", slug="gepubliceerd"))
    draft = home_page.add_child(
        instance=ContentPage(title="Nog een concept", slug="concept", live=False)
    )
    draft.save_revision()
    secret = publish(home_page, ContentPage(title="Alleen intern", slug="intern"))
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    page = publish(
        home_page,
        LandingPage(
            title="Lijst",
            slug="lijst",
            body=[{"type": "listing", "value": {"source": "every", "limit": 12}}],
        ),
    )
    html = client.get(page.url).content.decode()
    assert "Gepubliceerd" in html
    assert "Nog een concept" not in html and "Alleen intern" not in html


def test_content_and_landing_pages_live_under_home_and_under_each_other():
    assert set(HomePage.clean_subpage_models()) >= {ContentPage, LandingPage}
    assert set(ContentPage.clean_subpage_models()) >= {ContentPage, LandingPage}
    assert set(LandingPage.clean_subpage_models()) >= {ContentPage, LandingPage}
    assert HomePage in ContentPage.clean_parent_page_models()


def test_home_page_has_a_body_from_the_block_library(client, home_page):
    home_page.body = [{"type": "quote", "value": {"text": "Samen weten we meer."}}]
    home_page.save_revision().publish()
    assert "Samen weten we meer." in client.get("/").content.decode()


def test_landing_page_button_needs_a_destination_and_a_text(home_page):
    page = LandingPage(title="Campagne", slug="campagne", hero_link_text="Meld je aan")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "kies een pagina of vul een" in str(error.value.message_dict["hero_link_page"]).lower()
    page = LandingPage(title="Campagne", slug="campagne", hero_link_url="https://example.org/")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "hero_link_text" in error.value.message_dict


@pytest.mark.parametrize("model", [HomePage, ContentPage, LandingPage])
def test_every_page_type_has_a_working_preview(admin_client, home_page, model):
    page = home_page if model is HomePage else model.objects.filter(locale=home_page.locale).first()
    page = page or publish(home_page, model(title="Voorbeeld", slug="voorbeeld"))
    assert page.preview_modes
    url = f"/admin/pages/{page.pk}/edit/preview/"
    data = {
        "title": "Nieuwe titel in voorbeeld",
        "slug": page.slug,
        "intro": "Ingekort",
        "body-count": "0",
    }
    if model is LandingPage:
        data |= {"hero_link_page": "", "hero_link_url": "", "hero_link_text": ""}
    response = admin_client.post(url, data)
    assert response.json()["is_valid"], response.json()
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Nieuwe titel in voorbeeld" in response.content.decode()


def test_an_editor_creates_a_landing_page_in_the_admin(client, home_page):
    client.login(username="editor", password="editor")
    url = f"/admin/pages/add/home/landingpage/{home_page.pk}/"
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Lerend netwerk",
            "slug": "lerend-netwerk",
            "intro": "Vier sessies.",
            "hero_link_url": "https://example.org/aanmelden",
            "hero_link_text": "",
            "body": streamfield(
                [("quote", {"text": "Samen leren.", "attribution": "", "role": ""})]
            ),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200  # the form comes back with the error, nothing lost
    assert "Geef de knop een tekst" in response.content.decode()
    data["hero_link_text"] = "Meld je aan"
    response = client.post(url, data)
    assert response.status_code == 302
    page = LandingPage.objects.get(slug="lerend-netwerk")
    assert not page.live and page.body[0].value["text"] == "Samen leren."
    assert Page.objects.filter(slug="lerend-netwerk").count() == 1
