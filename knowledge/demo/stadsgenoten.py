"""Seed 004 (docs/glossary.md): "Stadsgenoten", the Kenniscentrum Vlaamse Steden's track on
living together in diversity, 2017-2020, with its reports and the final report announced for
the end of May 2021. The facts are in stadsgenoten.toml."""

from atelier.demo.data import load
from atelier.demo.images import report_cover, street_banner

from ..models import ProjectPage, ProjectTimelineEntry, ReportDocument, ReportPage, ReportType
from .build import ensure_organisation, ensure_page, ensure_pdf, ensure_theme

FACTS = load(__package__, "stadsgenoten")
# Words that occur only inside one demo PDF, so a search test can find that report.
SEARCH_WORDS = FACTS["search_words"]


def load_stadsgenoten(nl, sections):
    facts = FACTS["project"]
    organisation = ensure_organisation(nl, facts["organisation"])
    themes = {slug: ensure_theme(nl, slug) for slug in facts["themes"]}
    project = ensure_page(
        sections["projects"],
        ProjectPage,
        facts["slug"],
        title=facts["title"],
        summary=facts["summary"],
        description=facts["description"],
        start_date=facts["start_date"],
        image=street_banner(facts["title"], facts["themes"][0]),
        status="ongoing",
        organisation=organisation,
        timeline_order="oldest_first",
        themes=list(themes.values()),
    )
    reports = _reports(sections["reports"], project, organisation, themes)
    if not project.timeline_entries.exists():
        project.timeline_entries = _timeline(reports)
        project.save_revision().publish()
    return project


def _documents() -> dict[str, list[tuple[str, object]]]:
    """Each report's (label, document) pairs, the PDFs made in the order of the reports."""
    documents = {}
    for report in FACTS["reports"]:
        if report["key"] == "fiches":
            fiches = FACTS["fiches"]
            word = SEARCH_WORDS[fiches["word"]]
            documents["fiches"] = [
                (
                    fiches["label"].format(number=number),
                    ensure_pdf(
                        fiches["title"].format(number=number),
                        fiches["filename"].format(number=number),
                        [fiches["page"].format(name=name, word=word)],
                    ),
                )
                for number, name in enumerate(fiches["names"], start=1)
            ]
            continue
        documents[report["key"]] = []
        for row in report["documents"]:
            pdf = FACTS["pdfs"][row["pdf"]]
            word = SEARCH_WORDS[pdf["word"]]
            pages = [page.format(word=word) for page in pdf["pages"]]
            document = ensure_pdf(
                pdf["title"], pdf["filename"], pages, embargo=pdf.get("embargo", False)
            )
            documents[report["key"]].append((row["label"], document))
    return documents


REPORT_FIELDS = (
    "title",
    "report_type",
    "publication_date",
    "publication_date_precision",
    "is_forthcoming",
    "expected_date",
    "expected_label",
    "summary",
)


def _reports(index, project, organisation, themes) -> dict:
    documents = _documents()
    reports = {}
    for facts in FACTS["reports"]:
        fields = {name: facts[name] for name in REPORT_FIELDS if name in facts}
        date = facts.get("publication_date") or facts.get("expected_date")
        kind = str(ReportType(facts["report_type"]).label)
        cover = report_cover(
            facts["title"], kind, organisation.name, str(date.year), facts["themes"][0]
        )
        reports[facts["key"]] = ensure_page(
            index,
            ReportPage,
            facts["slug"],
            documents=[
                ReportDocument(label=label, document=doc) for label, doc in documents[facts["key"]]
            ],
            cover_image=cover,
            themes=[themes[slug] for slug in facts["themes"]],
            organisation=organisation,
            project=project,
            language="nl",
            **fields,
        )
    return reports


def _timeline(reports) -> list[ProjectTimelineEntry]:
    entries = []
    for facts in FACTS["project"]["timeline"]:
        entry = ProjectTimelineEntry(
            date=facts["date"],
            date_precision="year",
            title=facts["title"],
            narrative=facts["narrative"],
        )
        if facts["reports"]:
            entry.reports = [("report", reports[key]) for key in facts["reports"]]
        entries.append(entry)
    return entries
