"""/api/v1/ projects, reports and articles (docs/api.md). Read-only, live public pages only;
a report's files in a private (embargo) collection are never listed."""

from __future__ import annotations

from atelier.api.http import note_last_modified
from atelier.api.pagination import ListParams, page_schema, paginate
from django.http import Http404
from ninja import Query, Router

from ..filters import (
    ArticleCriteria,
    ProjectCriteria,
    ReportCriteria,
    select_articles,
    select_projects,
    select_reports,
)
from ..queries import articles_for_listing, projects_for_listing, reports_for_listing
from . import serializers as out
from .schemas import (
    ArticleDetail,
    ArticleItem,
    ProjectDetail,
    ProjectItem,
    ReportDetail,
    ReportItem,
)

projects_router = Router(tags=["projects"])
reports_router = Router(tags=["reports"])
articles_router = Router(tags=["articles"])


def _listed(request, queryset, filters, serialize):
    page = paginate(request, queryset, filters, lambda rows: serialize(request, rows))
    note_last_modified(request, *(item["last_published_at"] for item in page["items"]))
    return page


def _one(queryset, pk):
    obj = queryset.filter(pk=pk).first()
    if obj is None:
        raise Http404
    return obj


# --- reports -----------------------------------------------------------------------------


# The report criteria (knowledge/filters.py, shared with the publication index) plus what
# every list takes: limit, offset, locale, updated_since. (No docstring: it would become the
# schema's description in the OpenAPI document.)
class ReportFilters(ReportCriteria, ListParams):
    pass


ReportList = page_schema(ReportItem, "ReportList")


def filtered_reports(filters: ReportFilters):
    return select_reports(filters, locale=filters.locale, updated_since=filters.updated_since)


@reports_router.get("", response=ReportList, summary="Publications, newest first")
def list_reports(request, filters: Query[ReportFilters]):
    return _listed(request, filtered_reports(filters), filters, out.report_items)


@reports_router.get("/{int:report_id}", response=ReportDetail, summary="One publication")
def report_detail(request, report_id: int):
    report = _one(reports_for_listing(), report_id)
    note_last_modified(request, report.last_published_at)
    return out.report_detail(request, report)


# --- projects ----------------------------------------------------------------------------


# The project criteria (knowledge/filters.py) plus ListParams.
class ProjectFilters(ProjectCriteria, ListParams):
    pass


ProjectList = page_schema(ProjectItem, "ProjectList")


@projects_router.get("", response=ProjectList, summary="Projects, most recent first")
def list_projects(request, filters: Query[ProjectFilters]):
    projects = select_projects(filters, locale=filters.locale, updated_since=filters.updated_since)
    return _listed(request, projects, filters, out.project_items)


@projects_router.get(
    "/{int:project_id}", response=ProjectDetail, summary="One project with its timeline"
)
def project_detail(request, project_id: int):
    project = _one(projects_for_listing(), project_id)
    note_last_modified(request, project.last_published_at)
    return out.project_detail(request, project)


# --- articles ----------------------------------------------------------------------------


# The article criteria (knowledge/filters.py, shared with the article index) plus ListParams.
class ArticleFilters(ArticleCriteria, ListParams):
    pass


ArticleList = page_schema(ArticleItem, "ArticleList")


@articles_router.get("", response=ArticleList, summary="News, interviews and columns")
def list_articles(request, filters: Query[ArticleFilters]):
    articles = select_articles(filters, locale=filters.locale, updated_since=filters.updated_since)
    return _listed(request, articles, filters, out.article_items)


@articles_router.get("/{int:article_id}", response=ArticleDetail, summary="One article")
def article_detail(request, article_id: int):
    article = _one(articles_for_listing(), article_id)
    note_last_modified(request, article.last_published_at)
    return out.article_detail(request, article)


def person_reports(request, person) -> list[dict]:
    """A person's detail lists the live public reports they wrote."""
    reports = reports_for_listing().filter(authors__person=person).distinct()
    return out.report_items(request, reports)


def register(registry) -> None:
    """Called from KnowledgeConfig.ready(): mount the routers under /api/v1/."""
    registry.add_api_router("projects", projects_router)
    registry.add_api_router("reports", reports_router)
    registry.add_api_router("articles", articles_router)
    registry.add_person_section("reports", person_reports)
