"""Seed 003 (docs/glossary.md): the interview with Samira Louali (Zuyd Hogeschool) about her
workshop on the Gebrookerbos project in Heerlen, at the Werkplaatsen Sociaal Domein conference
of 8 November 2017, with a dossier on the theme. The facts are in interview.toml; questions
as asked, answers summarised."""

from datetime import datetime, time

from atelier.demo.data import load
from atelier.demo.images import portrait, street_banner
from django.utils import timezone

from ..models import (
    ArticlePage,
    ArticlePerson,
    DossierPage,
    ProjectPage,
    ProjectPartner,
    ProjectTeamMember,
    ProjectTimelineEntry,
)
from .build import FACTS as KNOWLEDGE
from .build import ensure_organisation, ensure_page, ensure_person, ensure_theme

FACTS = load(__package__, "interview")
THEME = "inclusieve-samenleving"


def load_interview(nl, home, sections):
    facts = FACTS["project"]
    zuyd, *_ = partners = [ensure_organisation(nl, key) for key in facts["partners"]]
    werkplaats = ensure_organisation(nl, facts["organisation"])
    name = FACTS["article"]["interviewee"]
    person = KNOWLEDGE["people"][name]
    samira = ensure_person(
        nl,
        name,
        job_title=person["job_title"],
        organisation=ensure_organisation(nl, person["organisation"]),
        bio=person["bio"],
        public_profile=person["public_profile"],
        photo=portrait(name),
    )
    inclusion = ensure_theme(nl, THEME)
    conference = conference_event(nl, home, inclusion, samira)
    project = ensure_page(
        sections["projects"],
        ProjectPage,
        facts["slug"],
        title=facts["title"],
        summary=facts["summary"],
        description=facts["description"],
        image=street_banner(facts["title"], THEME),
        status="ongoing",
        organisation=werkplaats,
        timeline_order="oldest_first",
        themes=[inclusion],
        partners=[ProjectPartner(organisation=partner) for partner in partners],
        team_members=[ProjectTeamMember(person=samira, role=row["role"]) for row in facts["team"]],
        timeline_entries=[
            ProjectTimelineEntry(
                date=FACTS["conference"]["date"],
                date_precision="day",
                title=facts["timeline_title"],
                narrative=facts["timeline_narrative"],
                events=[("event", conference)] if conference else [],
            )
        ],
    )
    facts = FACTS["article"]
    article = ensure_page(
        sections["articles"],
        ArticlePage,
        facts["slug"],
        title=facts["title"],
        kind="interview",
        date=facts["date"],
        intro=facts["intro"],
        people=[ArticlePerson(person=samira, role="interviewee")],
        image=street_banner(facts["image_title"], THEME),
        body=_interview_body(conference),
        related_events=[("event", conference)] if conference else [],
        related_projects=[("project", project)],
        themes=[inclusion],
    )
    facts = FACTS["dossier"]
    dossier = ensure_page(
        home,
        DossierPage,
        facts["slug"],
        title=facts["title"],
        theme=inclusion,
        intro=facts["intro"],
        highlights=[("page", article)],
    )
    return {"article": article, "project": project, "dossier": dossier, "event": conference}


def _qa(rows) -> list[tuple[str, dict]]:
    return [("qa", {"question": row["question"], "answer": row["answer"]}) for row in rows]


def _interview_body(conference=None):
    facts = FACTS["article"]
    quote = {name: facts["quote"][name] for name in ("text", "attribution", "role")}
    body = [("paragraph", facts["opening"])]
    body += _qa(facts["questions"][:2])
    body.append(("quote", quote))
    body += _qa(facts["questions"][2:])
    if conference is not None:
        register = facts["register"]
        link = {"page": conference, "label": register["label"]}
        body.append(
            (
                "call_to_action",
                {"heading": register["heading"], "text": register["text"], "link": link},
            )
        )
    body += [
        ("heading", {"text": facts["closing_heading"], "level": "h2"}),
        ("paragraph", facts["closing"]),
    ]
    return body


def conference_event(nl, home, theme, speaker=None):
    """The conference as an agenda page, with Samira Louali's workshop in its programme."""
    from django.apps import apps

    try:
        event_model = apps.get_model("programme", "EventPage")
        agenda_model = apps.get_model("programme", "EventIndexPage")
        item_model = apps.get_model("programme", "ProgrammeItem")
    except LookupError:
        return None
    facts = FACTS["conference"]
    existing = event_model.objects.filter(locale=nl, title=facts["title"]).first()
    if existing is not None:
        return existing
    agenda = agenda_model.objects.filter(locale=nl).first() or ensure_page(
        home, agenda_model, "agenda", title="Agenda"
    )
    organisers = [ensure_organisation(nl, key) for key in facts["organisers"]]
    start = timezone.make_aware(datetime.combine(facts["date"], time(0, 0)))
    workshop = item_model(
        title=f"Workshop: {facts['workshop_title']}", description=facts["workshop_text"]
    )
    workshop.people = [speaker] if speaker is not None else []
    return ensure_page(
        agenda,
        event_model,
        facts["slug"],
        title=facts["title"],
        format="conference_day",
        start=start,
        is_all_day=True,
        summary=facts["summary"],
        intro=facts["intro"],
        image=street_banner(facts["title"], THEME),
        organisers=organisers,
        themes=[theme],
        programme_items=[workshop],
    )
