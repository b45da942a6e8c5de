"""``load_demo`` step 27: the programme's English demo content, translated through
wagtail-localize: the agenda, the "Dag van de Buurt" (seed 001) with its programme, rounds
and workshops, the organisations with a description, the people (honorific, job title and bio
of everyone with an English version), the themes, and the next kennisatelier.
The English sits beside the Dutch it translates (the ``_en`` fields of the data files)."""

from atelier.content_translation import translate
from atelier.demo.data import english_pairs
from django.db import transaction
from wagtail.models import Locale

from ..models import EventIndexPage, EventPage, Organisation, Person
from .build import EVENTS, ORGANISATIONS, PEOPLE

PAGE_FIELDS = ("title", "slug", "summary", "intro", "audience")
PERSON_FIELDS = ("honorific", "job_title", "bio")
ORGANISATION_FIELDS = ("description",)


def _page_pairs(facts: dict) -> list[tuple[str, str]]:
    """(Dutch, English) for each page field that has an English version."""
    return [(facts[name], facts[f"{name}_en"]) for name in PAGE_FIELDS if f"{name}_en" in facts]


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def dag_van_de_buurt_pairs() -> list[tuple[str, str]]:
    facts = EVENTS["dag_van_de_buurt"]
    pairs = _page_pairs(facts)
    for row in facts["programme"]:
        pairs.append((row["title"], row["title_en"]))
        if "text" in row:
            pairs.append((_p(row["text"]), _p(row["text_en"])))
    pairs.append((_p(facts["round_text"]), _p(facts["round_text_en"])))
    pairs += [(row["title"], row["title_en"]) for row in facts["rounds"]]
    pairs += [(row["note"], row["note_en"]) for row in facts["speakers"]]
    for row in facts["workshops"]:
        pairs.append((row["title"], row["title_en"]))
        pairs.append((_p(row["description"]), _p(row["description_en"])))
    return pairs


def field_pairs(facts: dict, fields, paragraphs=()) -> list[tuple[str, str]]:
    """(Dutch, English) for ``fields`` of a snippet's facts; a field in ``paragraphs`` is
    stored as one paragraph. Fields that are empty in Dutch have nothing to translate."""
    pairs = []
    for name in fields:
        dutch, english = facts.get(name, ""), facts.get(f"{name}_en")
        if dutch and english:
            pairs.append((_p(dutch), _p(english)) if name in paragraphs else (dutch, english))
    return pairs


def person_pairs(facts: dict) -> list[tuple[str, str]]:
    """A person's honorific, job title and bio (the bio one paragraph, as
    ``build.Demo.person`` stores it)."""
    return field_pairs(facts, PERSON_FIELDS, paragraphs=("bio",))


def buurtagenda_pairs() -> list[tuple[str, str]]:
    """The next kennisatelier: its page texts, programme and registration questions."""
    facts = EVENTS["buurtagenda"]
    programme = [(row["title"], row["title_en"]) for row in facts["programme"]]
    return _page_pairs(facts) + programme + english_pairs(EVENTS["kennisatelier"]["questions"])


@transaction.atomic
def translate_programme_demo(stdout=None, **options) -> None:
    """Demo loader, after the registration demo (the English events share its settings)."""
    from atelier.models import Theme

    en = Locale.objects.filter(language_code="en").first()
    nl = Locale.objects.filter(language_code="nl").first()
    agenda_facts = EVENTS["agenda"]
    agenda = EventIndexPage.objects.filter(locale=nl, slug=agenda_facts["slug"]).first()
    if en is None or agenda is None:
        return
    for slug, facts in EVENTS["themes"].items():
        theme = Theme.objects.filter(locale=nl, slug=slug).first()
        if theme is not None:
            translate(theme, en, [(theme.name, facts["name_en"]), (theme.slug, facts["slug_en"])])
    # Organisations before people: a person's English version points at the English version
    # of their organisation where there is one.
    for facts in ORGANISATIONS.values():
        pairs = field_pairs(facts, ORGANISATION_FIELDS)
        org = Organisation.objects.filter(name=facts["name"], locale=nl).first() if pairs else None
        if org is not None:
            translate(org, en, pairs)
    for name, facts in PEOPLE.items():
        pairs = person_pairs(facts)
        person = Person.objects.filter(name=name, locale=nl).first() if pairs else None
        if person is not None:
            translate(person, en, pairs)
    translate(agenda, en, _page_pairs(agenda_facts))
    event = EventPage.objects.child_of(agenda).get(slug=EVENTS["dag_van_de_buurt"]["slug"])
    translate(event, en, dag_van_de_buurt_pairs())
    upcoming_slug = EVENTS["buurtagenda"]["slug"]
    upcoming = EventPage.objects.child_of(agenda).filter(slug=upcoming_slug).first()
    if upcoming is not None:
        translate(upcoming, en, buurtagenda_pairs())
