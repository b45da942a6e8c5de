import pytest
from atelier.blocks import BaseStreamBlock, parse_video_url
from atelier.registry import ListingSource, registry
from django.template import engines
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Collection, CollectionViewRestriction

from .factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db

# The least an editor can fill in for each block: only its required fields.
MINIMAL_VALUES = {
    "heading": {"text": "Programma"},
    "paragraph": "<p>Kort.</p>",
    "image": {"image": None},  # filled in by the test: an image is required
    "quote": {"text": "Samen weten we meer."},
    "call_to_action": {
        "heading": "Doe mee",
        "link": {"url": "https://example.org/", "label": "Ja"},
    },
    "video": {"url": "https://vimeo.com/76979871", "title": "Terugblik"},
    "table": {"columns": [{"type": "text", "heading": "Tijd"}], "rows": [{"values": ["10.00"]}]},
    "accordion": {"items": [{"question": "Kost het iets?", "answer": "<p>Nee.</p>"}]},
    "downloads": {"documents": []},
    "people": {"people": []},
    "newsletter": {"heading": "Nieuwsbrief", "button_label": "Aanmelden"},
    "listing": {"source": "fake", "limit": 3},
}


@pytest.fixture
def fake_source(home_page):
    calls = []

    def items(theme=None, limit=3, locale=None):
        calls.append({"theme": theme, "limit": limit, "locale": locale})
        return [home_page] * 20

    registry.add_listing_source(ListingSource("fake", "Nepbron", items))
    yield calls
    registry.listing_sources.pop("fake", None)


def render(name, value, **context):
    block = BaseStreamBlock().child_blocks[name]
    return block.render(block.normalize(value), context=context)


def test_every_block_has_a_dutch_label_an_icon_a_description_and_a_template():
    for name, block in BaseStreamBlock().child_blocks.items():
        assert block.meta.icon not in (None, "placeholder"), name
        assert str(block.label), name
        assert str(block.get_description()), name
        assert getattr(block.meta, "template", None), name
        assert block.is_previewable, name


def test_every_block_renders_its_preview_value(home_page, fake_source):
    ImageFactory()
    DocumentFactory()
    for name, block in BaseStreamBlock().child_blocks.items():
        value = block.get_preview_value()
        html = block.render(value, context=block.get_preview_context(value, parent_context={}))
        if name not in {"newsletter", "people"}:  # no list URL / no people: nothing to show
            assert html.strip(), name


def test_every_block_renders_with_its_optional_fields_empty(home_page, fake_source):
    image = ImageFactory()
    stream = BaseStreamBlock()
    for name, value in MINIMAL_VALUES.items():
        if name not in stream.child_blocks:
            continue
        if name == "image":
            value = {"image": image}
        block = stream.child_blocks[name]
        block.render(block.normalize(value), context={})  # no exception is the point here
    assert "Programma" in render("heading", MINIMAL_VALUES["heading"])
    assert "Kost het iets?" in render("accordion", MINIMAL_VALUES["accordion"])


def test_image_takes_alt_text_and_credit_from_the_library():
    image = ImageFactory(description="Twee bewoners bij een buurtkaart", credit="Foto: Ali B.")
    html = render("image", {"image": image, "caption": "Tijdens de wandeling"})
    assert 'alt="Twee bewoners bij een buurtkaart"' in html
    assert "Foto: Ali B." in html and "Tijdens de wandeling" in html
    decorative = ImageFactory(is_decorative=True)
    assert 'alt=""' in render("image", {"image": decorative})


def test_image_block_reads_values_stored_by_wagtails_own_image_block():
    image = ImageFactory()
    block = BaseStreamBlock().child_blocks["image"]
    assert block.to_python(image.pk)["image"] == image
    assert (
        block.to_python({"image": image.pk, "alt_text": "x", "decorative": False})["image"] == image
    )


@pytest.mark.parametrize(
    "url,provider,video_id",
    [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", "youtube", "aqz-KE-bpKQ"),
        ("https://youtu.be/aqz-KE-bpKQ?t=10", "youtube", "aqz-KE-bpKQ"),
        ("https://www.youtube.com/shorts/aqz-KE-bpKQ", "youtube", "aqz-KE-bpKQ"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
        ("https://player.vimeo.com/video/76979871", "vimeo", "76979871"),
    ],
)
def test_video_links_from_youtube_and_vimeo_are_recognised(url, provider, video_id):
    source = parse_video_url(url)
    assert (source.provider, source.video_id) == (provider, video_id)


@pytest.mark.parametrize(
    "url", ["https://example.org/video", "https://www.youtube.com/watch?v=<script>", "javascript:x"]
)
def test_other_links_are_not_videos(url):
    assert parse_video_url(url) is None


def test_video_contacts_no_platform_before_a_click():
    html = render("video", {"url": "https://youtu.be/aqz-KE-bpKQ", "title": "Terugblik"})
    assert "<iframe" not in html and "<script" not in html
    assert 'href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"' in html  # works without JS
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' in html
    assert "Video afspelen: Terugblik" in html


def test_video_block_explains_how_to_fix_a_wrong_link():
    from wagtail.blocks import StructBlockValidationError

    block = BaseStreamBlock().child_blocks["video"]
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.normalize({"url": "https://example.org/clip", "title": "Clip"}))
    assert "Delen" in str(error.value.block_errors["url"])


def test_call_to_action_needs_a_page_or_an_address_not_both(home_page):
    from wagtail.blocks import StructBlockValidationError

    block = BaseStreamBlock().child_blocks["call_to_action"]
    for link in ({}, {"page": home_page, "url": "https://example.org/", "label": "x"}):
        with pytest.raises(StructBlockValidationError):
            block.clean(block.normalize({"heading": "Doe mee", "link": link}))
    html = render("call_to_action", {"heading": "Doe mee", "link": {"page": home_page}})
    assert f'href="{home_page.url}"' in html and home_page.title in html


def test_table_has_column_headers_and_a_caption():
    block = BaseStreamBlock().child_blocks["table"]
    html = block.render(block.get_preview_value(), context={})
    assert "<caption>Programma van de ochtend</caption>" in html
    assert '<th scope="col">Tijd</th>' in html and "<td>09.30</td>" in html


def test_downloads_show_type_size_and_pages_but_never_a_private_document():
    public = DocumentFactory(title="Eindrapport")
    root = Collection.get_first_root_node()
    embargo = root.add_child(name="Embargo")
    CollectionViewRestriction.objects.create(
        collection=embargo, restriction_type=CollectionViewRestriction.LOGIN
    )
    inside = embargo.add_child(name="Embargo 2026")
    hidden = DocumentFactory(title="Nog niet verschenen", collection=inside)
    html = render("downloads", {"heading": "Downloads", "documents": [hidden, public]})
    assert "Eindrapport" in html and "Nog niet verschenen" not in html
    assert "(Tekst, " in html and "KB" in html
    assert render("downloads", {"documents": [hidden]}).strip() == ""


def test_people_grid_shows_only_people_who_agreed_to_a_public_profile():
    from django.apps import apps

    if not apps.is_installed("programme"):
        pytest.skip("programme app not installed")
    Person = apps.get_model("programme", "Person")
    shown = Person.objects.create(name="Jan Jansen", job_title="onderzoeker", public_profile=True)
    hidden = Person.objects.create(name="Piet Geheim", public_profile=False)
    html = render("people", {"heading": "Sprekers", "people": [hidden, shown]})
    assert "Jan Jansen" in html and "onderzoeker" in html and "Piet Geheim" not in html


def test_newsletter_form_posts_to_the_configured_list_and_csp_allows_it(home_page):
    from atelier.models import SiteSettings
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.filter(site=site).update(newsletter_url="")
    assert render("newsletter", MINIMAL_VALUES["newsletter"]).strip() == ""
    SiteSettings.objects.update_or_create(
        site=site,
        defaults={
            "newsletter_url": "https://lists.example.org/subscribe",
            "newsletter_email_field": "EMAIL",
        },
    )
    request = RequestFactory().get("/")
    html = render("newsletter", MINIMAL_VALUES["newsletter"], request=request)
    assert 'action="https://lists.example.org/subscribe"' in html
    assert 'name="EMAIL"' in html and 'autocomplete="email"' in html
    assert request._atelier_csp_form_action == {"https://lists.example.org"}


def test_listing_passes_theme_limit_and_locale_to_its_source_and_keeps_the_limit(
    home_page, fake_source
):
    from atelier.models import Theme

    theme = Theme.objects.create(name="Inclusie", slug="inclusie", locale=home_page.locale)
    html = render("listing", {"source": "fake", "limit": 2, "theme": theme})
    assert fake_source[-1]["limit"] == 2
    assert fake_source[-1]["theme"] == theme
    assert fake_source[-1]["locale"] == home_page.locale
    assert html.count('class="card"') == 2
    assert "<h2>Nepbron</h2>" in html


def test_listing_of_a_source_that_is_gone_renders_nothing(home_page):
    assert render("listing", {"source": "verdwenen", "limit": 3}).strip() == ""


def test_an_empty_listing_explains_itself_in_the_block_preview_only(home_page):
    registry.add_listing_source(ListingSource("leeg", "Komende activiteiten", lambda **kw: []))
    try:
        block = BaseStreamBlock().child_blocks["listing"]
        value = block.normalize({"source": "leeg", "limit": 3})
        assert block.render(value, context={}).strip() == ""
        preview = block.render(value, context=block.get_preview_context(value, {}))
        assert "<h2>Komende activiteiten</h2>" in preview and "nog geen" in preview
    finally:
        registry.listing_sources.pop("leeg", None)


def test_block_previews_use_the_site_stylesheet():
    template = engines["django"].get_template("wagtailcore/shared/block_preview.html")
    assert "site.css" in template.template.source


def test_a_heading_is_searched_by_its_words_not_its_level():
    from atelier.blocks.text import HeadingBlock

    block = HeadingBlock()
    value = block.to_python({"text": "Waarom inclusieve wijken?", "level": "h2"})
    with translation.override("nl"):
        assert block.get_searchable_content(value) == ["Waarom inclusieve wijken?"]
