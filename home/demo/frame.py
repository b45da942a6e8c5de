"""The demo site's frame: languages, the home page in Dutch and English, demo accounts, the
editorial pages and site essentials (about, privacy and accessibility statements, a landing
page, organisation details), menu, footer and moderation. Facts in home.toml."""

import uuid
from urllib.parse import urlsplit

from atelier.content_translation import parallel, translate
from atelier.demo.data import blocks, english_pairs, load, paragraph
from atelier.models import Navigation, SiteSettings, SocialLink
from atelier.registry import registry
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from ..models import ContentPage, HomePage, LandingPage
from ..navigation import add_to_footer, add_to_main_menu
from ..workflows import ensure_editorial_groups, moderation_workflow

FACTS = load(__package__, "home")
# Editors and moderators translate pages and snippets with wagtail-localize.
TRANSLATOR_GROUPS = ["Editors", "Moderators"]


def demo_site_address() -> tuple[str, int]:
    """Host and port of the demo Site: where ``make run`` serves it (WAGTAILADMIN_BASE_URL,
    http://127.0.0.1:8000 by default), so feeds, sitemap, JSON-LD and calendar files link
    to the running site."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default_port


def ensure_locales() -> tuple[Locale, Locale]:
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return nl, en


@transaction.atomic
def load_home_demo(stdout=None, **options) -> HomePage:
    nl, en = ensure_locales()
    home = HomePage.objects.filter(locale=nl).first()
    if home is None:
        root = Page.get_first_root_node()
        # The page Wagtail's own migration creates is replaced by our home page.
        for stale in root.get_children().exclude(content_type__model="homepage"):
            stale.delete()
        facts = FACTS["home"]
        home = root.add_child(
            instance=HomePage(
                title=facts["title"], slug=facts["slug"], locale=nl, intro=facts["intro"]
            )
        )
        home.save_revision().publish()
    hostname, port = demo_site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    else:
        changed = site.root_page_id != home.pk
        if changed:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
        if (site.hostname, site.port) == ("localhost", 80) != (hostname, port):
            # Sites made by earlier demos: absolute URLs go where the site is served.
            site.hostname, site.port, changed = hostname, port, True
        if changed:
            site.save()
    ensure_editorial_groups()
    ensure_demo_users()
    load_site_demo(home)
    return home


def ensure_translation_permission() -> None:
    """wagtail-localize's "submit translation" permission (made by its migration, so made
    again here after a flushed test database) for editors and moderators."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail_localize.models import Translation

    permission, _ = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Translation),
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    for group in Group.objects.filter(name__in=TRANSLATOR_GROUPS):
        group.permissions.add(permission)


def ensure_demo_users() -> None:
    """The local demo accounts of home.toml (README: for a local demo only), with a name:
    Wagtail's account page requires one before it saves anything else (the language)."""
    ensure_translation_permission()
    User = get_user_model()
    for facts in FACTS["users"]:
        username, is_superuser = facts["username"], facts["superuser"]
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@atelier.localhost", "is_staff": is_superuser},
        )
        if not (user.first_name and user.last_name):
            user.first_name, user.last_name = facts["first_name"], facts["last_name"]
            user.save(update_fields=["first_name", "last_name"])
        if created:
            user.set_password(facts["password"])
            user.is_superuser = is_superuser
            user.save()
        user.groups.add(*Group.objects.filter(name__in=facts["groups"]))


def _listing_blocks() -> list[dict]:
    return [
        {"type": "listing", "value": {"source": key, "heading": str(source.label), "limit": 3}}
        for key, source in registry.listing_sources.items()
    ]


def newsletter_block(language: str = "") -> dict:
    facts = FACTS["newsletter"]
    names = ("heading", "text", "button_label")
    return {"type": "newsletter", "value": {name: facts[name + language] for name in names}}


def landing_body() -> list[dict]:
    facts = FACTS["landing"]
    quote = {name: facts["quote"][name] for name in ("text", "attribution", "role")}
    faq = facts["faq"]
    # A list block's items in the form the admin stores them (each with its id):
    # wagtail-localize finds the texts of items only there, so the English page can say them.
    items = [
        {
            "type": "item",
            "value": {"question": row["question"], "answer": row["answer"]},
            "id": str(uuid.uuid4()),
        }
        for row in faq["items"]
    ]
    return [
        *blocks([{"heading": facts["why_heading"]}, {"paragraph": facts["why"]}]),
        {"type": "quote", "value": quote},
        *_listing_blocks(),
        {"type": "accordion", "value": {"heading": faq["heading"], "items": items}},
        newsletter_block(),
    ]


def ensure_child(parent, model, slug: str, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=model(slug=slug, locale=parent.locale, **fields))
    page.save_revision().publish()
    return page


def content_page(home, facts: dict) -> ContentPage:
    fields = {"show_in_menus": facts["show_in_menus"]} if "show_in_menus" in facts else {}
    return ensure_child(
        home,
        ContentPage,
        facts["slug"],
        title=facts["title"],
        intro=facts["intro"],
        body=blocks(facts["body"]),
        **fields,
    )


def load_site_demo(home: HomePage) -> None:
    pages = {slug: content_page(home, facts) for slug, facts in FACTS["pages"].items()}
    about = pages["over-atelier"]
    facts = FACTS["landing"]
    landing = ensure_child(
        home,
        LandingPage,
        facts["slug"],
        title=facts["title"],
        intro=facts["intro"],
        hero_link_page=about,
        hero_link_text=facts["hero_link_text"],
        body=landing_body(),
    )
    pages[landing.slug] = landing
    site = Site.objects.get(is_default_site=True)
    site_settings, created = SiteSettings.objects.get_or_create(site=site)
    if created or not site_settings.privacy_page_id:
        facts = dict(FACTS["site_settings"])
        social_links = facts.pop("social_links")
        for name, value in facts.items():
            setattr(site_settings, name, value)
        site_settings.privacy_page = pages["privacyverklaring"]
        site_settings.accessibility_page = pages["toegankelijkheidsverklaring"]
        site_settings.save()
        for link in social_links:
            SocialLink.objects.get_or_create(
                settings=site_settings, platform=link["platform"], defaults={"url": link["url"]}
            )
    # The front door (load_demo step 85) replaces this with the institute's full menu.
    add_to_main_menu(landing, FACTS["landing"]["menu_text"], site)
    add_to_main_menu(about, site=site)
    add_to_footer(about, site=site)
    moderation_workflow()
    translate_home_demo(home, pages)


# --- English -------------------------------------------------------------------------


def english():
    return Locale.objects.filter(language_code="en").first()


def listing_heading_pairs() -> list[tuple[str, str]]:
    """The landing page's listing headings are the sources' labels in each language."""
    pairs = []
    for source in registry.listing_sources.values():
        with translation.override("nl"):
            dutch = str(source.label)
        with translation.override("en"):
            english_value = str(source.label)
        pairs.append((dutch, english_value))
    return pairs


def home_pairs() -> list[tuple[str, str]]:
    return english_pairs(FACTS["home"])


def landing_pairs() -> list[tuple[str, str]]:
    facts = FACTS["landing"]
    pairs = english_pairs({k: v for k, v in facts.items() if k != "why"})
    why = (paragraph(facts["why"])["value"], paragraph(facts["why_en"])["value"])
    return [*pairs, why, *english_pairs(FACTS["newsletter"]), *listing_heading_pairs()]


def translate_home_demo(home, pages: dict) -> None:
    """``pages``: the Dutch demo pages by slug (about, statements, landing)."""
    en = english()
    if en is None:
        return
    translate(home, en, home_pairs())
    for slug, facts in FACTS["pages"].items():
        if slug in pages:
            pairs = english_pairs({k: v for k, v in facts.items() if k != "body"})
            pairs += parallel(blocks(facts["body"]), blocks(facts["body_en"]))
            translate(pages[slug], en, pairs)
    if FACTS["landing"]["slug"] in pages:
        translate(pages[FACTS["landing"]["slug"]], en, landing_pairs())


def translate_navigation(stdout=None, **options) -> None:
    """Demo loader (after every app has put its sections in the Dutch menu): the English
    menus, translated from the Dutch ones."""
    en = english()
    site = Site.objects.filter(is_default_site=True).first()
    if en is None or site is None:
        return
    dutch = Navigation.objects.filter(site=site, locale=Locale.get_default()).first()
    if dutch is not None:
        translate(dutch, en, english_pairs(FACTS["menu_texts"]))
