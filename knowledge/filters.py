"""The one report, article and project filter: their parameter names, their meanings,
one validation with one message per name, and one function each that turns valid criteria
into the queryset (docs/architecture.md, "One filter per content type").

- Reports: the API list ``/api/v1/reports`` (``ReportFilters`` in api/routes.py: these
  criteria plus ``limit``/``offset``/``locale``/``updated_since``; a bad value is a 400
  problem document) and the publication index page (``type``, ``theme``, ``year``,
  ``project``; a bad value is a form error next to the field and the list is filtered by the
  good values only). The page also reads the older Dutch names ``soort``, ``thema`` and
  ``jaar`` (``ALIASES``), so links made before keep working.
- Articles: ``/api/v1/articles`` (``ArticleFilters``) and the article index (``kind``,
  alias ``soort``; a bad kind is explained above the unfiltered list).
- Projects: ``/api/v1/projects`` (``ProjectFilters``: ``status``, ``theme``, ``q``); the
  project index has no filter.

One meaning per name, everywhere: ``theme`` is a theme slug in any language (a Dutch slug
also finds the English pages tagged with its translation), ``year`` is the year of the
report's listing date (its publication date, or the expected date of a forthcoming report:
the year the list shows it under), ``project`` a project id. A value that is well formed but
names nothing (an unknown theme, a year without reports) is an empty answer, never an error.

The generic parts (``criteria_from_query``, the repeated-parameter rule, the messages,
``page_criteria`` and the index pages' ``CriteriaForm``) are the core's
(site/api/filters.py), shared with the event lists.
"""

from __future__ import annotations

import datetime
from typing import Literal

from atelier.api.filters import (
    MAX_ID,
    CriteriaForm,
    CriterionMessages,
    ThemeFilter,
    page_criteria,
    search_filter,
    theme_filter,
)
from atelier.api.params import search_text_field
from atelier.models import Theme
from atelier.pagination import paginate
from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from ninja import Field

from . import queries
from .models import ArticleKind, ProjectPage, ProjectStatus, ReportType

EARLIEST_YEAR, LATEST_YEAR = 1900, 2200

# One message per criterion (site/api/filters.py: English in the API, in the visitor's
# language on the index pages).
MESSAGES = CriterionMessages(
    "knowledge",
    {
        "type": _("type must be one of: %(types)s."),
        "theme": _(
            "theme must be a theme slug (letters, digits, - and _; at most 100 characters), "
            "given at most 20 times."
        ),
        "year": _("year must be a year from %(earliest)s to %(latest)s, for example 2019."),
        "project": _("project must be the id of a project: a whole number from 1 to %(max)s."),
        "kind": _("kind must be one of: %(kinds)s."),
        "status": _("status must be one of: %(statuses)s."),
    },
    {
        "types": ", ".join(ReportType.values),
        "kinds": ", ".join(ArticleKind.values),
        "statuses": ", ".join(ProjectStatus.values),
        "earliest": EARLIEST_YEAR,
        "latest": LATEST_YEAR,
        "max": MAX_ID,
    },
)
message = MESSAGES.text
# The index pages' older Dutch names, read when the English name is absent.
ALIASES = {"soort": "type", "thema": "theme", "jaar": "year"}
ARTICLE_ALIASES = {"soort": "kind"}
REPORT_PAGE_NAMES = ("type", "theme", "year", "project")
ARTICLE_PAGE_NAMES = ("kind",)


class ReportCriteria(ThemeFilter):
    """Every report criterion with its name, meaning and validation. Field order and
    descriptions are the API's OpenAPI entries: change them only by adding."""

    type: Literal[tuple(ReportType.values)] | None = Field(  # type: ignore[valid-type]
        None, description="One of: " + ", ".join(ReportType.values)
    )
    year: int | None = Field(
        None,
        ge=EARLIEST_YEAR,
        le=LATEST_YEAR,
        description="Published (or expected) in this year.",
    )
    project: int | None = Field(None, ge=1, le=MAX_ID, description="Reports of this project.")
    q: str | None = search_text_field()

    one_message = MESSAGES.validator("theme", "type", "year", "project")


class ArticleCriteria(ThemeFilter):
    """Every article criterion; field order and descriptions are the API's."""

    kind: Literal[tuple(ArticleKind.values)] | None = Field(  # type: ignore[valid-type]
        None, description="One of: " + ", ".join(ArticleKind.values)
    )
    q: str | None = search_text_field()

    one_message = MESSAGES.validator("theme", "kind")


class ProjectCriteria(ThemeFilter):
    """Every project criterion (the API's; the project index has no filter yet)."""

    status: Literal[tuple(ProjectStatus.values)] | None = Field(  # type: ignore[valid-type]
        None, description="One of: " + ", ".join(ProjectStatus.values)
    )
    q: str | None = search_text_field()

    one_message = MESSAGES.validator("theme", "status")


def _listed(queryset, q, fields, locale, updated_since):
    if locale:
        queryset = queryset.filter(locale__language_code=locale)
    if updated_since:
        queryset = queryset.filter(last_published_at__gte=updated_since)
    if not q:
        return queryset
    ordering = queryset.query.order_by  # the search ranks by relevance; keep the list's order
    return search_filter(queryset, q, fields).order_by(*ordering)


def listed_in_year(year: int) -> Q:
    """Listed in ``year``: published then, or forthcoming and expected then (the listing date
    of queries.reports_for_listing). Plain column ranges, not the Coalesce annotation: the
    search engine behind ``q`` reads the filters and cannot read an expression."""
    first, following = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    published = Q(publication_date__gte=first, publication_date__lt=following)
    expected = Q(
        publication_date__isnull=True, expected_date__gte=first, expected_date__lt=following
    )
    return published | expected


def select_reports(criteria: ReportCriteria, reports=None, *, locale=None, updated_since=None):
    """The live public reports that meet ``criteria``, newest first: the one implementation
    behind the publication index and ``/api/v1/reports``."""
    reports = queries.reports_for_listing() if reports is None else reports
    reports = theme_filter(reports, criteria.theme)
    if criteria.type:
        reports = reports.filter(report_type=criteria.type)
    if criteria.year:
        reports = reports.filter(listed_in_year(criteria.year))
    if criteria.project:
        # Any language version of the project: a translated report points at the source's.
        keys = ProjectPage.objects.filter(pk=criteria.project).values("translation_key")
        reports = reports.filter(project__translation_key__in=keys)
    return _listed(reports, criteria.q, ("title", "summary"), locale, updated_since)


def select_articles(criteria: ArticleCriteria, articles=None, *, locale=None, updated_since=None):
    """The live public articles that meet ``criteria``: the article index and
    ``/api/v1/articles``."""
    articles = queries.articles_for_listing() if articles is None else articles
    articles = theme_filter(articles, criteria.theme)
    if criteria.kind:
        articles = articles.filter(kind=criteria.kind)
    return _listed(articles, criteria.q, ("title", "intro"), locale, updated_since)


def select_projects(criteria: ProjectCriteria, projects=None, *, locale=None, updated_since=None):
    """The live public projects that meet ``criteria``, most recent first."""
    projects = queries.projects_for_listing() if projects is None else projects
    projects = theme_filter(projects, criteria.theme)
    if criteria.status:
        projects = projects.filter(status=criteria.status)
    return _listed(projects, criteria.q, ("title", "summary"), locale, updated_since)


# --- the index pages ---------------------------------------------------------------------


def with_aliases(query: QueryDict, aliases: dict[str, str]) -> QueryDict:
    """The query with each older Dutch name read as its English one (when that is absent)."""
    query = query.copy()
    for dutch, name in aliases.items():
        if dutch in query and name not in query:
            query.setlist(name, query.getlist(dutch))
    return query


def _themes_in(themes, locale) -> list[tuple[str, str]]:
    """(slug, name) of ``themes`` by name, each in ``locale`` where it has a version in it:
    translated reports are still tagged with the source's themes, and ``theme_filter``
    finds a theme by any of its versions' slugs."""
    keys = themes.values("translation_key")
    versions = Theme.objects.filter(translation_key__in=keys).order_by("locale_id")
    shown = {}
    for theme in versions:
        if theme.translation_key not in shown or theme.locale_id == getattr(locale, "pk", None):
            shown[theme.translation_key] = theme
    return sorted(((t.slug, t.name) for t in shown.values()), key=lambda choice: choice[1])


class ReportFilterForm(CriteriaForm):
    """The publication index's GET form. It draws the fields; the values are checked by
    ``ReportCriteria`` (the API's validation), whose messages show next to the field."""

    type = forms.ChoiceField(label=pgettext_lazy("kind of publication", "Type"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    year = forms.ChoiceField(label=_("Year"), required=False)
    project = forms.ChoiceField(label=_("Project"), required=False)

    criteria_names = REPORT_PAGE_NAMES
    criteria_model = ReportCriteria
    criteria_messages = MESSAGES

    def __init__(self, data, reports, locale):
        super().__init__(data)
        everything = [("", pgettext("report filter, no choice made", "All"))]
        self.fields["type"].choices = everything + list(ReportType.choices)
        self.fields["theme"].choices = everything + _themes_in(
            Theme.objects.filter(reports__in=reports.values("pk")), locale
        )
        years = sorted(
            {day.year for day in reports.values_list("listing_date", flat=True) if day},
            reverse=True,
        )
        self.fields["year"].choices = everything + [(str(y), str(y)) for y in years]
        projects = ProjectPage.objects.live().public().filter(locale=locale).order_by("title")
        self.fields["project"].choices = everything + [
            (str(pk), title) for pk, title in projects.values_list("pk", "title")
        ]


def filter_reports(index_page, request) -> dict:
    reports = queries.reports_for_listing(index_page.locale).descendant_of(index_page)
    form = ReportFilterForm(with_aliases(request.GET, ALIASES), reports, index_page.locale)
    form.is_valid()  # runs the shared validation: form.criteria holds the good values only
    page = paginate(select_reports(form.criteria, reports), request, index_page.per_page)
    return {"filter_form": form, "reports": page}


def filter_articles(index_page, request) -> dict:
    articles = queries.articles_for_listing(locale=index_page.locale).descendant_of(index_page)
    query = with_aliases(request.GET, ARTICLE_ALIASES)
    criteria, errors = page_criteria(query, ARTICLE_PAGE_NAMES, ArticleCriteria, MESSAGES)
    page = paginate(select_articles(criteria, articles), request, index_page.per_page)
    return {
        "kind": criteria.kind or "",
        "kinds": ArticleKind.choices,
        "filter_errors": errors,
        "articles": page,
    }
