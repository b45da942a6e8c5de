"""The demo's data files (docs/demo.md): what they name exists, every English field has its
Dutch one, and the shared reader turns the files' notation into the blocks pages store."""

import tomllib
from pathlib import Path

import pytest
from atelier.demo.data import blocks, english_pairs, load, stream

ROOT = Path(__file__).resolve().parents[2]
# The apps' demo/ and their sub-apps' (programme/registration/demo/).
DATA_FILES = sorted(ROOT.glob("*/demo/*.toml")) + sorted(ROOT.glob("programme/*/demo/*.toml"))


def walk(facts, path=""):
    """Every (path, table) in a parsed file, the tables inside arrays included."""
    if isinstance(facts, dict):
        yield path, facts
        for name, value in facts.items():
            yield from walk(value, f"{path}.{name}")
    elif isinstance(facts, list):
        for number, item in enumerate(facts):
            yield from walk(item, f"{path}[{number}]")


def test_every_app_has_its_demo_data():
    apps = {path.parent.parent.name for path in DATA_FILES}
    assert apps >= {"home", "programme", "knowledge"}


def data_file_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


@pytest.mark.parametrize("path", DATA_FILES, ids=data_file_id)
def test_every_english_field_sits_beside_its_dutch_field(path):
    facts = tomllib.loads(path.read_text(encoding="utf-8"))
    orphans = [
        f"{where}.{name}"
        for where, table in walk(facts)
        for name in table
        if name.endswith("_en")
        and name.removesuffix("_en") not in table
        # themes are keyed by their Dutch slug: [themes.<slug>] has only `slug_en`
        and not (name == "slug_en" and where.rpartition(".")[0].endswith("themes"))
    ]
    assert not orphans, f"English without the Dutch it translates: {orphans}"


def test_the_programme_events_name_only_people_and_organisations_of_people_toml():
    people = load("programme.demo", "people")
    events = load("programme.demo", "events")
    names, organisations = set(), set()
    named = {key: value for key, value in events.items() if key not in ("themes", "venue")}
    for _where, table in walk(named):
        names |= set(table.get("people", [])) | set(table.get("facilitators", []))
        names |= {table[key] for key in ("name", "lecturer") if key in table}
        for key in ("organisations", "partners", "organisers", "session_organisers"):
            organisations |= set(table.get(key, []))
    assert names and names <= set(people["people"]), names - set(people["people"])
    assert organisations <= set(people["organisations"]), organisations - set(
        people["organisations"]
    )
    themes = set(events["themes"])
    for _where, table in walk(events):
        for key in ("themes", "session_themes"):
            if isinstance(table.get(key), list):
                assert set(table[key]) <= themes


def test_the_knowledge_files_name_only_what_they_define():
    knowledge = load("knowledge.demo", "knowledge")
    stadsgenoten = load("knowledge.demo", "stadsgenoten")
    interview = load("knowledge.demo", "interview")
    organisations = set(knowledge["organisations"])
    assert stadsgenoten["project"]["organisation"] in organisations
    assert {
        interview["project"]["organisation"],
        *interview["project"]["partners"],
    } <= organisations
    assert set(interview["conference"]["organisers"]) <= organisations
    reports = {report["key"] for report in stadsgenoten["reports"]}
    for entry in stadsgenoten["project"]["timeline"]:
        assert set(entry["reports"]) <= reports
    pdfs = stadsgenoten["pdfs"]
    for report in stadsgenoten["reports"]:
        assert all(row["pdf"] in pdfs for row in report["documents"])
    # Each search word is in one file only, so a search test can tell the reports apart.
    words = stadsgenoten["search_words"]
    used = [pdf["word"] for pdf in pdfs.values()] + [stadsgenoten["fiches"]["word"]]
    assert sorted(used) == sorted(words) and len(set(words.values())) == len(words)


def test_the_registration_demo_names_events_and_signs_up_only_made_up_people():
    from programme.models import EventFormat
    from programme.registration.models import RegistrationStatus

    facts = load("programme.registration.demo", "registrations")
    for rule in facts["events"]:
        # Each entry names its events one way (title or format) and gives them places.
        assert ("title_contains" in rule) != ("format" in rule), rule
        assert "format" not in rule or rule["format"] in EventFormat.values, rule
        assert rule["capacity"] > 0 and isinstance(rule["waiting_list"], bool), rule
    assert facts["workshop_capacity"] > 0
    registrants = facts["registrants"]
    emails = [person["email"] for person in registrants]
    assert registrants and len(set(emails)) == len(emails)
    # example.org is reserved (RFC 2606): the demo never mails a real person.
    assert all(email.endswith("@example.org") for email in emails), emails
    assert {person["status"] for person in registrants} <= set(RegistrationStatus.values)


def test_blocks_read_the_short_notation_and_blocks_as_stored():
    assert blocks(
        [
            {"heading": "Wat wij bewaren"},
            {"paragraph": ["Eerste zin.", "Tweede zin."]},
            {"paragraph": "Alleen."},
            {"quote": {"text": "Citaat", "attribution": "Iemand", "role": ""}},
            {"type": "listing", "value": {"source": "dossiers", "limit": 3}},
        ]
    ) == [
        {"type": "heading", "value": {"text": "Wat wij bewaren", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Eerste zin.</p><p>Tweede zin.</p>"},
        {"type": "paragraph", "value": "<p>Alleen.</p>"},
        {"type": "quote", "value": {"text": "Citaat", "attribution": "Iemand", "role": ""}},
        {"type": "listing", "value": {"source": "dossiers", "limit": 3}},
    ]
    assert stream([{"type": "paragraph", "value": "<p>x</p>"}]) == [("paragraph", "<p>x</p>")]


def test_a_block_item_with_two_blocks_in_it_is_refused():
    with pytest.raises(ValueError, match="one block per item"):
        blocks([{"heading": "Kop", "paragraph": ["Zin."]}])


def test_english_pairs_pair_each_field_with_its_english_at_every_depth():
    facts = {
        "title": "Dossiers",
        "title_en": "Dossiers",
        "slug": "dossiers",
        "intro": "Zonder vertaling",
        "quote": {"text": "Tekst", "text_en": "Text"},
        "items": [{"question": "Vraag?", "question_en": "Question?"}],
    }
    assert english_pairs(facts) == [
        ("Dossiers", "Dossiers"),
        ("Tekst", "Text"),
        ("Vraag?", "Question?"),
    ]


@pytest.mark.parametrize(
    ("table", "fields"), [("people", "PERSON_FIELDS"), ("organisations", "ORGANISATION_FIELDS")]
)
def test_every_person_and_organisation_with_dutch_text_has_it_in_english_too(table, fields):
    """An English visitor reads a speaker's profile (job title, honorific, bio) and an
    organisation's description in English: Dutch text has its `_en` beside it
    (docs/demo.md)."""
    from programme.demo import english

    rows = load("programme.demo", "people")[table]
    missing = [
        f"{key}.{field}"
        for key, facts in rows.items()
        for field in getattr(english, fields)
        if facts.get(field) and not facts.get(f"{field}_en")
    ]
    assert not missing, f"Dutch without English: {missing}"


def test_a_list_of_texts_pairs_item_by_item_and_blocks_never_carry_the_english():
    facts = [
        {
            "type": "choice",
            "value": {
                "question": "Rol?",
                "question_en": "Role?",
                "options": ["Gemeente", "Bewoner"],
                "options_en": ["Municipality", "Resident"],
            },
        }
    ]
    assert english_pairs(facts) == [
        ("Rol?", "Role?"),
        ("Gemeente", "Municipality"),
        ("Bewoner", "Resident"),
    ]
    assert stream(facts) == [("choice", {"question": "Rol?", "options": ["Gemeente", "Bewoner"]})]
