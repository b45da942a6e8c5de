"""Response shapes of the knowledge endpoints (docs/api.md: project, report, article)."""

from __future__ import annotations

import datetime

from atelier.api.schemas import DocumentOut, ImageOut, StreamBlockOut, ThemeRef, Translation
from ninja import Field, Schema

from programme.api.schemas import EventItem, OrganisationSummary, PersonSummary


class PageRef(Schema):
    id: int
    title: str
    api_url: str


class ReportItem(Schema):
    id: int
    title: str
    url: str | None
    api_url: str
    locale: str
    translations: list[Translation]
    type: str = Field(..., description="final_report, start_note, summary, factsheet, …")
    publication_date: datetime.date | None
    expected_date: datetime.date | None
    expected_label: str = Field("", description="e.g. 'voorjaar 2021' for a forthcoming report.")
    is_forthcoming: bool
    authors: list[PersonSummary]
    organisation: OrganisationSummary | None
    summary: str
    documents: list[DocumentOut] = Field(
        ..., description="Downloadable files; files still under embargo are left out."
    )
    project: PageRef | None
    themes: list[ThemeRef]
    language: str
    doi: str
    isbn: str
    cover: ImageOut | None
    last_published_at: datetime.datetime | None


class ReportDetail(ReportItem):
    body: str = Field(..., description="HTML with absolute links.")


class TeamMember(PersonSummary):
    role: str = ""


class Period(Schema):
    start: datetime.date | None
    end: datetime.date | None


class TimelineEntry(Schema):
    date: datetime.date
    date_precision: str = Field(..., description="`year`, `month` or `day`.")
    label: str = Field(..., description="The date as readers see it, e.g. 'eind mei 2021'.")
    title: str
    body: str
    is_forthcoming: bool
    reports: list[ReportItem]
    events: list[EventItem]
    documents: list[DocumentOut]


class ProjectItem(Schema):
    id: int
    title: str
    url: str | None
    api_url: str
    locale: str
    translations: list[Translation]
    summary: str
    status: str = Field(..., description="`planned`, `ongoing` or `completed`.")
    period: Period
    organisation: OrganisationSummary | None
    partners: list[OrganisationSummary]
    team: list[TeamMember]
    themes: list[ThemeRef]
    image: ImageOut | None
    last_published_at: datetime.datetime | None


class ProjectDetail(ProjectItem):
    description: str
    timeline: list[TimelineEntry]


class ArticlePersonOut(Schema):
    person: PersonSummary
    role: str = Field(..., description="author, interviewee, interviewer, photographer, editor")


class ArticleItem(Schema):
    id: int
    title: str
    url: str | None
    api_url: str
    locale: str
    translations: list[Translation]
    kind: str = Field(..., description="`news`, `interview` or `column`.")
    date: datetime.date
    authors: list[PersonSummary]
    people: list[ArticlePersonOut]
    intro: str
    themes: list[ThemeRef]
    image: ImageOut | None
    last_published_at: datetime.datetime | None


class ArticleDetail(ArticleItem):
    body: list[StreamBlockOut]
    related_events: list[EventItem]
    related_reports: list[ReportItem]
