"""schema.org JSON-LD for knowledge pages (BasePage.get_json_ld): Report, Article,
ResearchProject. Only public facts: files in private collections are left out."""

from __future__ import annotations

import mimetypes

from atelier.hosts import absolute_url
from django.template.defaultfilters import filesizeformat
from django.utils.html import strip_tags

from .models.articles import ArticleKind

CONTEXT = "https://schema.org"


def _absolute(request, url: str | None) -> str | None:
    if not url:
        return None
    return absolute_url(url, request)


def person_ld(person) -> dict:
    data = {"@type": "Person", "name": person.display_name}
    if person.job_title:
        data["jobTitle"] = person.job_title
    if person.organisation_id:
        data["affiliation"] = organisation_ld(person.organisation)
    return data


def organisation_ld(organisation) -> dict:
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def _image(request, image) -> str | None:
    return _absolute(request, image.file.url) if image else None


def _compact(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def media_object_ld(request, row) -> dict:
    document = row.document
    return _compact(
        {
            "@type": "MediaObject",
            "name": row.display_label,
            "contentUrl": _absolute(request, document.url),
            "encodingFormat": mimetypes.guess_type(document.filename)[0],
            "contentSize": filesizeformat(document.size_bytes or 0).replace("\xa0", " "),
        }
    )


def report_json_ld(report, request=None) -> dict:
    from .queries import public_report_documents

    data = {
        "@context": CONTEXT,
        "@type": "Report",
        "name": report.title,
        "headline": report.title[:110],
        "url": report.get_full_url(request),
        "description": report.summary,
        "genre": report.type_label,
        "inLanguage": report.language,
        "author": [person_ld(author.person) for author in report.authors.all()],
        "publisher": organisation_ld(report.organisation) if report.organisation_id else None,
        "image": _image(request, report.cover_image),
        "about": [theme.name for theme in report.themes.all()],
        "encoding": [media_object_ld(request, row) for row in public_report_documents(report)],
        "isbn": report.isbn,
    }
    if report.is_forthcoming:
        data["creativeWorkStatus"] = "Forthcoming"
    elif report.publication_date:
        data["datePublished"] = report.publication_date_machine  # "2018" when only the year
    if report.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": report.doi}
        data["sameAs"] = f"https://doi.org/{report.doi}"
    project = report.shown_project
    if project is not None:
        data["isPartOf"] = {
            "@type": "ResearchProject",
            "name": project.title,
            "url": project.get_full_url(request),
        }
    return _compact(data)


def _modified(page) -> str | None:
    """When the text was changed after it first appeared; nothing for a page that was only
    published once (its publication on the site is not a change to the article)."""
    first, last = page.first_published_at, page.last_published_at
    if not first or not last or (last - first).total_seconds() < 60:
        return None
    return last.isoformat()


def article_json_ld(article, request=None) -> dict:
    links = list(article.people.all())
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle" if article.kind == ArticleKind.NEWS else "Article",
        "headline": article.title[:110],
        "url": article.get_full_url(request),
        "mainEntityOfPage": article.get_full_url(request),
        "description": article.intro,
        "datePublished": article.date.isoformat() if article.date else None,
        "dateModified": _modified(article),
        "inLanguage": article.locale.language_code,
        "articleSection": str(ArticleKind(article.kind).label),
        "author": [person_ld(link.person) for link in links if link.role == "author"],
        "mentions": [person_ld(link.person) for link in links if link.role == "interviewee"],
        "image": _image(request, article.image),
        "about": [theme.name for theme in article.themes.all()],
    }
    return _compact(data)


def project_json_ld(project, request=None) -> dict:
    members = [person_ld(member.person) for member in project.team_members.all()]
    members += [organisation_ld(partner.organisation) for partner in project.partners.all()]
    data = {
        "@context": CONTEXT,
        "@type": "ResearchProject",
        "name": project.title,
        "url": project.get_full_url(request),
        "description": project.summary or strip_tags(project.description),
        # The page shows the years only, so that is all the structured data claims.
        "foundingDate": str(project.start_date.year) if project.start_date else None,
        "dissolutionDate": str(project.end_date.year) if project.end_date else None,
        "parentOrganization": organisation_ld(project.organisation)
        if project.organisation_id
        else None,
        "member": members,
        "knowsAbout": [theme.name for theme in project.themes.all()],
        "image": _image(request, project.image),
    }
    return _compact(data)
