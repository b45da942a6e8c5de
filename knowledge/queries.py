"""The querysets behind every list of knowledge pages, with their prefetches, in one place.
Pages, feeds, the sitemap's neighbours, listing blocks and the API all start here."""

from __future__ import annotations

import datetime
from functools import reduce
from operator import or_

from atelier.localization import in_other_language, translated_ids
from atelier.models import AtelierDocument, Theme
from django.apps import apps
from django.db.models import Prefetch, Q
from django.db.models.functions import Coalesce
from wagtail.models import Collection, Locale, Page

from programme.queries import organisations_for_lists, people_for_lists

from .models import (
    ArticlePage,
    ArticlePerson,
    DossierPage,
    ProjectPage,
    ProjectPartner,
    ProjectTeamMember,
    ReportAuthor,
    ReportDocument,
    ReportPage,
)
from .models.common import TimelineOrder


# --- documents -----------------------------------------------------------------------
def private_collection_ids() -> set[int]:
    """Collections that are private themselves or sit under a private one."""
    paths = list(
        Collection.objects.filter(view_restrictions__isnull=False)
        .values_list("path", flat=True)
        .distinct()
    )
    if not paths:
        return set()
    under_private = reduce(or_, (Q(path__startswith=path) for path in paths))
    return set(Collection.objects.filter(under_private).values_list("id", flat=True))


def public_documents():
    return AtelierDocument.objects.exclude(collection_id__in=private_collection_ids())


def document_visible_to(document, request) -> bool:
    """A file attached to reports is downloadable anonymously only while one of those
    reports is live and public; staff may always open it (previews, checks)."""
    user = getattr(request, "user", None)
    if user is not None and user.has_perm("wagtailadmin.access_admin"):
        return True
    report_ids = list(document.report_links.values_list("report_id", flat=True))
    if not report_ids:
        return True
    return ReportPage.objects.live().public().filter(pk__in=report_ids).exists()


def _public_report_documents_prefetch() -> Prefetch:
    rows = ReportDocument.objects.select_related("document").exclude(
        document__collection_id__in=private_collection_ids()
    )
    return Prefetch("documents", queryset=rows, to_attr="public_documents")


def public_report_documents(report: ReportPage) -> list[ReportDocument]:
    """A report's files that anonymous readers may download; private ones are left out."""
    if hasattr(report, "public_documents"):
        return report.public_documents
    private = private_collection_ids()
    rows = report.documents.all().select_related("document")
    return [row for row in rows if row.document.collection_id not in private]


# --- language and theme helpers -------------------------------------------------------
def _locale(locale) -> Locale | None:
    if locale is None or isinstance(locale, Locale):
        return locale
    if isinstance(locale, int):
        return Locale.objects.filter(pk=locale).first()
    return Locale.objects.filter(language_code=locale).first()


def _theme_filter(theme) -> Q:
    """Match a theme in any language: a Dutch theme also finds English pages tagged with its
    translation."""
    if isinstance(theme, Theme):
        return Q(themes__translation_key=theme.translation_key)
    keys = Theme.objects.filter(slug=theme).values_list("translation_key", flat=True)
    return Q(themes__translation_key__in=list(keys))


def _in_locale(queryset, locale):
    locale = _locale(locale)
    return queryset.filter(locale=locale) if locale is not None else queryset


# --- lists ----------------------------------------------------------------------------
def _with_people(rows):
    """Rows naming a person (authors, team, interviewees) with the person as lists show
    them: photo, organisation and logo ready, so nesting adds no queries per person."""
    return rows.prefetch_related(Prefetch("person", queryset=people_for_lists()))


def reports_for_listing(locale=None, theme=None):
    reports = (
        ReportPage.objects.live()
        .public()
        .select_related("organisation", "project", "cover_image", "locale")
        .prefetch_related(
            "themes",
            Prefetch("authors", queryset=_with_people(ReportAuthor.objects.all())),
            "cover_image__renditions",
            _public_report_documents_prefetch(),
        )
        .annotate(listing_date=Coalesce("publication_date", "expected_date"))
        .order_by("-listing_date", "-pk")
    )
    reports = _in_locale(reports, locale)
    if theme is not None:
        reports = reports.filter(_theme_filter(theme)).distinct()
    return reports


def articles_for_listing(locale=None, theme=None):
    articles = (
        ArticlePage.objects.live()
        .public()
        .select_related("image", "locale")
        .prefetch_related(
            "themes",
            Prefetch("people", queryset=_with_people(ArticlePerson.objects.all())),
            "image__renditions",
        )
        .order_by("-date", "-pk")
    )
    articles = _in_locale(articles, locale)
    if theme is not None:
        articles = articles.filter(_theme_filter(theme)).distinct()
    return articles


def projects_for_listing(locale=None, theme=None):
    projects = (
        ProjectPage.objects.live()
        .public()
        .select_related("organisation", "image", "locale")
        .prefetch_related(
            "themes",
            "image__renditions",
            Prefetch(
                "partners",
                queryset=ProjectPartner.objects.prefetch_related(
                    Prefetch("organisation", queryset=organisations_for_lists())
                ),
            ),
            Prefetch("team_members", queryset=_with_people(ProjectTeamMember.objects.all())),
        )
        .order_by("-start_date", "title")
    )
    projects = _in_locale(projects, locale)
    if theme is not None:
        projects = projects.filter(_theme_filter(theme)).distinct()
    return projects


# --- a person's pages (their person page lists them) ------------------------------------
def person_reports(person):
    """Live public publications the person (in any language version) wrote."""
    key = person.translation_key
    return reports_for_listing(person.locale_id).filter(authors__person__translation_key=key)


def person_articles(person):
    """Live public articles the person wrote or appears in."""
    key = person.translation_key
    return articles_for_listing(person.locale_id).filter(people__person__translation_key=key)


def person_projects(person):
    key = person.translation_key
    return projects_for_listing(person.locale_id).filter(team_members__person__translation_key=key)


def dossiers_about(page) -> list:
    """The dossiers of the themes ``page`` is tagged with, in the page's language."""
    keys = [theme.translation_key for theme in page.themes.all()]
    if not keys:
        return []
    return list(dossiers_for_listing(page.locale).filter(theme__translation_key__in=keys))


def shown_projects(reports) -> dict:
    """``{report.pk: its project as readers see it}``: live and public, in the report's
    language where the project has a live, public version in it (a translated report still
    points at the source's project), else the project itself; a report whose project is
    neither is left out. Two queries, however many reports."""
    reports = [report for report in reports if report.project_id]
    if not reports:
        return {}
    ids = {report.project_id for report in reports}
    key_of = dict(ProjectPage.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    versions = ProjectPage.objects.live().public().filter(translation_key__in=key_of.values())
    by_key_and_locale = {(p.translation_key, p.locale_id): p for p in versions}
    by_pk = {p.pk: p for p in by_key_and_locale.values()}
    shown = {}
    for report in reports:
        key = key_of.get(report.project_id)
        project = by_key_and_locale.get((key, report.locale_id)) or by_pk.get(report.project_id)
        if project is not None:
            shown[report.pk] = project
    return shown


def project_reports(project):
    """Every live public publication that belongs to ``project`` (in its language), also
    those the timeline does not mention."""
    return reports_for_listing(project.locale).filter(
        project__translation_key=project.translation_key
    )


def dossiers_for_listing(locale=None, theme=None):
    dossiers = (
        DossierPage.objects.live().public().select_related("theme", "locale").order_by("title")
    )
    dossiers = _in_locale(dossiers, locale)
    if theme is not None:
        dossiers = dossiers.filter(theme__translation_key=theme.translation_key)
    return dossiers


def forthcoming_reports():
    """For the editors' dashboard: announced reports, soonest first (drafts included), one
    per translation group: the default language's page, or else the first translation."""
    reports = ReportPage.objects.filter(is_forthcoming=True).select_related("locale")
    default = Locale.get_default()
    chosen = {}
    for report in reports.order_by("pk"):
        current = chosen.get(report.translation_key)
        if current is None or (report.locale_id == default.pk != current.locale_id):
            chosen[report.translation_key] = report
    return sorted(
        chosen.values(),
        key=lambda r: (r.expected_date is None, r.expected_date or datetime.date.max, r.pk),
    )


# --- linked pages (StreamField choosers) ----------------------------------------------
def _raw_ids(stream, key=None) -> list[int]:
    ids = []
    for item in stream.raw_data:
        value = item.get("value")
        if key is not None:
            value = (value or {}).get(key)
        if isinstance(value, int):
            ids.append(value)
    return ids


def _ordered(objects, ids):
    by_id = {obj.pk: obj for obj in objects}
    return [by_id[pk] for pk in dict.fromkeys(ids) if pk in by_id]


def linked_pages(stream, locale=None) -> list[Page]:
    """The live, public pages a chooser stream points to, in the editor's order; each in
    ``locale`` where it has a version in it (a translated page's choosers still point at
    the source's pages)."""
    ids = _raw_ids(stream)
    if not ids:
        return []
    if locale is not None:
        mapping = translated_ids(ids, locale)
        ids = [mapping.get(pk, pk) for pk in ids]
    return _ordered(Page.objects.live().public().filter(pk__in=ids).specific(), ids)


def upcoming_event_source():
    """Events come from the programme app through the registry, so a dossier works without
    knowing the event model."""
    from atelier.registry import registry

    return registry.listing_sources.get("upcoming_events")


# --- the project timeline ---------------------------------------------------------------
def timeline_for(project: ProjectPage) -> list:
    """The project's timeline entries in the editor's chosen order, each with its live public
    reports (with their public files), events and documents, in a fixed number of queries."""
    entries = list(project.timeline_entries.all())
    entries.sort(key=lambda entry: (entry.date, entry.sort_order or 0))
    if project.timeline_order == TimelineOrder.NEWEST_FIRST:
        entries.sort(key=lambda entry: entry.date, reverse=True)

    mapping = {}
    if in_other_language(project):  # the English project lists the English reports
        linked = [
            pk for entry in entries for pk in _raw_ids(entry.reports) + _raw_ids(entry.events)
        ]
        mapping = translated_ids(linked, project.locale)

    def page_ids(stream) -> list[int]:
        return [mapping.get(pk, pk) for pk in _raw_ids(stream)]

    report_ids = [pk for entry in entries for pk in page_ids(entry.reports)]
    event_ids = [pk for entry in entries for pk in page_ids(entry.events)]
    document_ids = [pk for entry in entries for pk in _raw_ids(entry.documents, "document")]

    reports = (
        {r.pk: r for r in reports_for_listing().filter(pk__in=report_ids)} if report_ids else {}
    )
    events = {e.pk: e for e in _live_events(event_ids)}
    documents = (
        {d.pk: d for d in public_documents().filter(pk__in=document_ids)} if document_ids else {}
    )
    for entry in entries:
        entry.linked_reports = _ordered(reports.values(), page_ids(entry.reports))
        entry.linked_events = _ordered(events.values(), page_ids(entry.events))
        entry.linked_documents = [
            (item["value"].get("label") or documents[pk].title, documents[pk])
            for item in entry.documents.raw_data
            if (pk := (item.get("value") or {}).get("document")) in documents
        ]
    return entries


def _live_events(ids: list[int]) -> list[Page]:
    if not ids:
        return []
    try:
        event_model = apps.get_model("programme", "EventPage")
    except LookupError:
        return []
    return list(event_model.objects.live().public().filter(pk__in=ids))


# --- dossiers ----------------------------------------------------------------------------
def dossier_sections(dossier, limit: int = 6) -> list[dict]:
    """What a theme's dossier gathers by itself; highlighted pages are not repeated."""
    theme = dossier.theme
    exclude = set(_raw_ids(dossier.highlights))
    sections = []
    source = upcoming_event_source()
    if source is not None:
        events = [
            event
            for event in source.items(
                theme=theme, limit=limit + len(exclude), locale=dossier.locale
            )
            if event.pk not in exclude
        ]
        sections.append({"key": "events", "items": events[:limit]})
    for key, queryset in (
        ("reports", reports_for_listing(dossier.locale, theme)),
        ("articles", articles_for_listing(dossier.locale, theme)),
        ("projects", projects_for_listing(dossier.locale, theme)),
    ):
        sections.append({"key": key, "items": list(queryset.exclude(pk__in=exclude)[:limit])})
    return sections
