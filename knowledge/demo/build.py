"""Shared steps of the knowledge demo. Every step looks up before it creates, so running it
again changes nothing."""

from __future__ import annotations

from atelier.demo.data import load
from atelier.models import AtelierDocument, Theme
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.models import Locale

from ..services import embargo_collection, publications_collection
from .sample_files import make_pdf

FACTS = load(__package__, "knowledge")


def ensure_page(parent, model, slug: str, **fields):
    """The child of ``parent`` with this slug, created and published when missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_theme(locale, slug: str) -> Theme:
    facts = FACTS["themes"][slug]
    theme, _ = Theme.objects.get_or_create(
        locale=locale,
        slug=slug,
        defaults={"name": facts["name"], "description": facts["description"]},
    )
    return theme


def ensure_organisation(locale, key: str):
    """The organisation ``key`` of knowledge.toml."""
    from programme.models import Organisation

    fields = dict(FACTS["organisations"][key])
    name = fields.pop("name")
    organisation, _ = Organisation.objects.get_or_create(locale=locale, name=name, defaults=fields)
    return organisation


def ensure_person(locale, name: str, **fields):
    from programme.models import Person

    person, _ = Person.objects.get_or_create(locale=locale, name=name, defaults=fields)
    return person


def ensure_pdf(title: str, filename: str, pages: list[str], *, embargo: bool = False):
    """A small generated PDF as a document; its text carries a word search can find."""
    document = AtelierDocument.objects.filter(title=title).first()
    if document is not None:
        return document
    collection = embargo_collection() if embargo else publications_collection()
    document = AtelierDocument(title=title, collection=collection)
    document.file.save(filename, ContentFile(make_pdf(title, pages)), save=False)
    document.save()
    return document


def home_pages():
    from home.models import HomePage

    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.filter(language_code="en").first()
    home = HomePage.objects.filter(locale=nl).first()
    return nl, en, home


def ensure_sections(home):
    """The three knowledge sections under the home page, in the main menu."""
    from ..models import ArticleIndexPage, ProjectIndexPage, ReportIndexPage

    models = {
        "projects": ProjectIndexPage,
        "reports": ReportIndexPage,
        "articles": ArticleIndexPage,
    }
    return {
        key: ensure_page(
            home, models[key], facts["slug"], title=facts["title"], intro=facts["intro"]
        )
        for key, facts in FACTS["sections"].items()
    }


@transaction.atomic
def load_knowledge_demo(stdout=None, **options):
    from .interview import load_interview
    from .stadsgenoten import load_stadsgenoten

    nl, en, home = home_pages()
    if home is None:
        if stdout:
            stdout.write("  no Dutch home page: run the home demo first")
        return
    from home.navigation import add_to_main_menu

    from ..models import ReportPage
    from .english import translate_knowledge_demo

    sections = ensure_sections(home)
    for key in ("projects", "reports", "articles"):
        add_to_main_menu(sections[key])
    project = load_stadsgenoten(nl, sections)
    loaded = load_interview(nl, home, sections)
    if en is not None:
        reports = ReportPage.objects.child_of(sections["reports"]).filter(project=project)
        loaded.update(project=project, reports=list(reports.order_by("path")))
        translate_knowledge_demo(nl, en, home, sections, loaded)
