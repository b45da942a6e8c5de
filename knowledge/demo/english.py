"""The knowledge app's English demo content, translated through wagtail-localize: the three
sections, the Stadsgenoten project (seed 004) with its reports, the interview (seed 003) and
its dossier. The English sits beside the Dutch it translates (the ``_en`` fields of the data
files, paired by ``atelier.demo.data.english_pairs``)."""

from atelier.content_translation import translate
from atelier.demo.data import english_pairs

from .build import FACTS
from .interview import FACTS as INTERVIEW
from .stadsgenoten import FACTS as STADSGENOTEN


def _report_pairs() -> dict[str, list[tuple[str, str]]]:
    pairs = {report["slug"]: english_pairs(report) for report in STADSGENOTEN["reports"]}
    fiches = STADSGENOTEN["fiches"]
    for report in STADSGENOTEN["reports"]:
        if report["key"] == "fiches":
            pairs[report["slug"]] += [
                (fiches["label"].format(number=n), fiches["label_en"].format(number=n))
                for n in range(1, len(fiches["names"]) + 1)
            ]
    return pairs


def translate_knowledge_demo(nl, en, home, sections, loaded: dict) -> None:
    """``loaded``: the Dutch pages made by the loaders (project, reports, article, dossier)."""
    from atelier.models import Theme

    from programme.models import Person

    for slug, facts in FACTS["themes"].items():
        theme = Theme.objects.filter(locale=nl, slug=slug).first()
        if theme is not None:
            translate(theme, en, [*english_pairs(facts), (slug, facts["slug_en"])])
    for name, facts in FACTS["people"].items():
        person = Person.objects.filter(locale=nl, name=name).first()
        if person is not None:
            translate(person, en, english_pairs(facts))
    for key, facts in FACTS["sections"].items():
        translate(sections[key], en, english_pairs(facts))
    translate(loaded["project"], en, english_pairs(STADSGENOTEN["project"]))
    reports = _report_pairs()
    for report in loaded["reports"]:
        translate(report, en, reports[report.slug])
    translate(loaded["article"], en, english_pairs(INTERVIEW["article"]))
    translate(loaded["dossier"], en, english_pairs(INTERVIEW["dossier"]))
