"""``load_demo`` step 85, once every app has made its sections: the front door. The home
page composed from blocks (what is coming up, what took place, publications, projects,
dossiers, articles, the newsletter), an overview of the dossiers, and the main menu
(Agenda, Knowledge with publications and projects, Articles, Dossiers, About). The
English side is translated through wagtail-localize like the rest of the demo. Facts in
home.toml (``[front_door]``).

Sections are found by their slugs under the home page, so this module needs no app's
models; what a section lists comes from the registry's listing sources."""

from __future__ import annotations

from atelier.content_translation import translate
from atelier.demo.data import english_pairs
from atelier.demo.images import street_banner
from atelier.models import MenuItem
from django.db import transaction
from wagtail.models import Locale, Page, Site

from ..models import ContentPage, HomePage
from ..navigation import navigation_for
from .frame import FACTS, ensure_child, home_pairs, landing_pairs, newsletter_block

FRONT_DOOR = FACTS["front_door"]
LANDING = FACTS["landing"]["slug"]


def _sections(home) -> dict[str, Page]:
    return {page.slug: page for page in Page.objects.child_of(home)}


def _listing(source, heading, more=None, limit=3) -> dict:
    return {
        "type": "listing",
        "value": {"source": source, "heading": heading, "limit": limit, "more_link": more},
    }


def _theme_call_to_action(sections: dict) -> dict:
    facts = FRONT_DOOR["theme_cta"]
    link = {"page": sections[LANDING].pk, "label": facts["label"]}
    value = {"heading": facts["heading"], "text": facts["text"], "link": link}
    return {"type": "call_to_action", "value": value}


def home_body(sections: dict) -> list[dict]:
    body = []
    for row in FRONT_DOOR["listings"]:
        page = sections.get(row["more"])
        more = page.pk if page else None
        body.append(_listing(row["source"], row["heading"], more, row["limit"]))
        if row["source"] == "dossiers" and LANDING in sections:
            body.append(_theme_call_to_action(sections))
    body.append(newsletter_block())
    return body


def front_door_pairs() -> list[tuple[str, str]]:
    return [
        *english_pairs(FRONT_DOOR["listings"]),
        *english_pairs(FRONT_DOOR["theme_cta"]),
        *english_pairs(FACTS["newsletter"]),
    ]


def dossiers_page(home, sections: dict) -> ContentPage:
    page = sections.get("dossiers")
    if page is not None:
        return page.specific
    facts = FRONT_DOOR["dossiers"]
    body = [_listing("dossiers", facts["heading"], limit=12)]
    if LANDING in sections:
        body.append(_theme_call_to_action(sections))
    return ensure_child(
        home, ContentPage, facts["slug"], title=facts["title"], intro=facts["intro"], body=body
    )


def compose_main_menu(sections: dict, site) -> None:
    """The demo's menu in this order; items an editor added keep their place after it."""
    navigation = navigation_for(site)
    wanted = [
        (sections[row["section"]], row["submenu"])
        for row in FRONT_DOOR["menu"]
        if row["section"] in sections
    ]
    pages = {page.pk for page, _submenu in wanted}
    items = {item.link_page_id: item for item in MenuItem.objects.filter(settings=navigation)}
    # Earlier demos put the theme's landing page in the menu; the home page leads there now.
    landing = sections.get(LANDING)
    old = items.get(landing.pk) if landing is not None else None
    menu_text = FACTS["landing"]["menu_text"]
    if old is not None and landing.pk not in pages and old.link_text == menu_text:
        items.pop(landing.pk).delete()
    order = 0
    for page, submenu in wanted:
        item = items.get(page.pk) or MenuItem(settings=navigation, link_page=page)
        if item.pk is None or (item.sort_order, item.submenu) != (order, submenu):
            item.sort_order, item.submenu = order, submenu
            item.save()
        order += 1
    for item in sorted(items.values(), key=lambda item: item.sort_order or 0):
        if item.link_page_id not in pages:
            if item.sort_order != order:
                item.sort_order = order
                item.save(update_fields=["sort_order"])
            order += 1


@transaction.atomic
def load_front_door(stdout=None, **options) -> None:
    nl = Locale.objects.filter(language_code="nl").first()
    home = HomePage.objects.filter(locale=nl).first() if nl else None
    site = Site.objects.filter(is_default_site=True).first()
    if home is None or site is None:
        return
    sections = _sections(home)
    dossiers = dossiers_page(home, sections)
    sections["dossiers"] = dossiers
    landing = sections.get(LANDING)
    landing = landing.specific if landing is not None else None
    if landing is not None and not landing.image_id:
        landing.image = street_banner(landing.title, LANDING)
        landing.save_revision().publish()
    if not home.body:
        home.body = home_body(sections)
        home.save_revision().publish()
    compose_main_menu(sections, site)
    en = Locale.objects.filter(language_code="en").first()
    if en is not None:
        translate(home, en, home_pairs() + front_door_pairs())
        facts = FRONT_DOOR["dossiers"]
        translate(dossiers, en, english_pairs(facts) + english_pairs(FRONT_DOOR["theme_cta"]))
        if landing is not None:  # its new image reaches the English page too
            translate(landing, en, landing_pairs())
    if stdout is not None:
        stdout.write("Front door: home page composed, menu set.")
