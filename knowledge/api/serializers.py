"""Knowledge pages as API data; list functions batch their look-ups per page of results."""

from __future__ import annotations

from atelier.api import schemas as common
from atelier.localization import in_other_language, translated_ids

from programme.api.serializers import (
    event_items,
    in_their_language,
    organisation_summary,
    person_summary,
)
from programme.queries import public_events

from ..models.common import human_date
from ..queries import (
    _raw_ids,
    public_documents,
    reports_for_listing,
    shown_projects,
    timeline_for,
)


def report_items(request, reports) -> list[dict]:
    """List items for reports from ``queries.reports_for_listing()``."""
    reports = list(reports)
    in_their_language(request, reports)
    translations = common.page_translations(request, reports)
    projects = shown_projects(reports)
    items = []
    for report in reports:
        project = projects.get(report.pk)
        documents = []
        for row in getattr(report, "public_documents", None) or []:
            data = common.document(request, row.document)
            if data is not None:
                documents.append({**data, "title": row.display_label})
        items.append(
            {
                "id": report.pk,
                "title": report.title,
                "url": report.get_full_url(request),
                "api_url": common.api_url(request, f"reports/{report.pk}"),
                "locale": common.locale_code(request, report.locale_id),
                "translations": translations.get(report.pk, []),
                "type": report.report_type,
                "publication_date": report.publication_date,
                "expected_date": report.expected_date,
                "expected_label": report.expected_label,
                "is_forthcoming": report.is_forthcoming,
                "authors": [person_summary(request, row.person) for row in report.authors.all()],
                "organisation": organisation_summary(request, report.organisation),
                "summary": report.summary,
                "documents": documents,
                "project": project
                and {
                    "id": project.pk,
                    "title": project.title,
                    "api_url": common.api_url(request, f"projects/{project.pk}"),
                },
                "themes": [common.theme(t) for t in report.themes.all()],
                "language": report.language,
                "doi": report.doi,
                "isbn": report.isbn,
                "cover": common.image(request, report.cover_image)
                if report.cover_image_id
                else None,
                "last_published_at": report.last_published_at,
            }
        )
    return items


def report_detail(request, report) -> dict:
    return {**report_items(request, [report])[0], "body": common.rich_text(request, report.body)}


def project_items(request, projects) -> list[dict]:
    projects = list(projects)
    in_their_language(request, projects)
    translations = common.page_translations(request, projects)
    return [
        {
            "id": project.pk,
            "title": project.title,
            "url": project.get_full_url(request),
            "api_url": common.api_url(request, f"projects/{project.pk}"),
            "locale": common.locale_code(request, project.locale_id),
            "translations": translations.get(project.pk, []),
            "summary": project.summary,
            "status": project.status,
            "period": {"start": project.start_date, "end": project.end_date},
            "organisation": organisation_summary(request, project.organisation),
            "partners": [
                organisation_summary(request, p.organisation) for p in project.partners.all()
            ],
            "team": [
                {**person_summary(request, member.person), "role": member.role}
                for member in project.team_members.all()
            ],
            "themes": [common.theme(t) for t in project.themes.all()],
            "image": common.image(request, project.image) if project.image_id else None,
            "last_published_at": project.last_published_at,
        }
        for project in projects
    ]


def events_by_id(request, ids) -> dict[int, dict]:
    """Live public events as list items, fetched and serialised in one batch."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    events = public_events().filter(pk__in=ids).prefetch_related("image__renditions")
    return {item["id"]: item for item in event_items(request, events)}


def reports_by_id(request, ids) -> dict[int, dict]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    return {
        item["id"]: item for item in report_items(request, reports_for_listing().filter(pk__in=ids))
    }


def _timeline(request, project) -> list[dict]:
    # timeline_for gives each entry its live reports and events, in the project's language.
    entries = timeline_for(project)
    events = events_by_id(request, (e.pk for entry in entries for e in entry.linked_events))
    reports = reports_by_id(request, (r.pk for entry in entries for r in entry.linked_reports))
    document_ids = [pk for e in entries for pk in _raw_ids(e.documents, "document")]
    documents = {d.pk: d for d in public_documents().filter(pk__in=document_ids)}
    language = common.locale_code(request, project.locale_id) or "nl"
    timeline = []
    for entry in entries:
        files = []
        for item in entry.documents.raw_data:
            doc = documents.get((item.get("value") or {}).get("document"))
            data = common.document(request, doc)
            if data is not None:
                files.append({**data, "title": (item["value"].get("label") or doc.title)})
        timeline.append(
            {
                "date": entry.date,
                "date_precision": entry.date_precision,
                "label": entry.label or human_date(entry.date, entry.date_precision, language),
                "title": entry.title,
                "body": common.rich_text(request, entry.narrative),
                "is_forthcoming": entry.is_forthcoming,
                "reports": [reports[r.pk] for r in entry.linked_reports if r.pk in reports],
                "events": [events[e.pk] for e in entry.linked_events if e.pk in events],
                "documents": files,
            }
        )
    return timeline


def project_detail(request, project) -> dict:
    return {
        **project_items(request, [project])[0],
        "description": common.rich_text(request, project.description),
        "timeline": _timeline(request, project),
    }


def article_items(request, articles) -> list[dict]:
    articles = list(articles)
    in_their_language(request, articles)
    translations = common.page_translations(request, articles)
    items = []
    for article in articles:
        people = list(article.people.all())
        items.append(
            {
                "id": article.pk,
                "title": article.title,
                "url": article.get_full_url(request),
                "api_url": common.api_url(request, f"articles/{article.pk}"),
                "locale": common.locale_code(request, article.locale_id),
                "translations": translations.get(article.pk, []),
                "kind": article.kind,
                "date": article.date,
                "authors": [
                    person_summary(request, row.person) for row in people if row.role == "author"
                ],
                "people": [
                    {"person": person_summary(request, row.person), "role": row.role}
                    for row in people
                ],
                "intro": article.intro,
                "themes": [common.theme(t) for t in article.themes.all()],
                "image": common.image(request, article.image) if article.image_id else None,
                "last_published_at": article.last_published_at,
            }
        )
    return items


def article_detail(request, article) -> dict:
    event_ids, report_ids = _raw_ids(article.related_events), _raw_ids(article.related_reports)
    if in_other_language(article):  # choosers point at the source's pages: use their versions
        mapping = translated_ids(event_ids + report_ids, article.locale)
        event_ids = [mapping.get(pk, pk) for pk in event_ids]
        report_ids = [mapping.get(pk, pk) for pk in report_ids]
    events = events_by_id(request, event_ids)
    reports = reports_by_id(request, report_ids)
    return {
        **article_items(request, [article])[0],
        "body": common.stream_blocks(request, article.body),
        "related_events": [events[pk] for pk in event_ids if pk in events],
        "related_reports": [reports[pk] for pk in report_ids if pk in reports],
    }
