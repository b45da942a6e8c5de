"""Seed 004 (docs/glossary.md): "Stadsgenoten", the Kenniscentrum Vlaamse Steden's track on
living together in diversity, 2017-2020, with its reports and the final report announced for the
end of May 2021. Facts from the seed; the wording is ours."""

from datetime import date

from atelier.demo_images import report_cover, street_banner

from .demo import ensure_organisation, ensure_page, ensure_pdf, ensure_theme
from .models import ProjectPage, ProjectTimelineEntry, ReportDocument, ReportPage, ReportType

# Words that occur only inside one demo PDF, so a search test can find that report.
SEARCH_WORDS = {
    "startnota": "verbindingskompas",
    "fiches": "fichekapstok",
    "eindrapport_2019": "stadsspiegelgesprek",
    "presentaties": "praktijkenmozaiek",
    "forthcoming": "embargoverkenning",
}
FICHE_NAMES = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]


def load_stadsgenoten(nl, sections):
    kvs = ensure_organisation(
        nl,
        "Kenniscentrum Vlaamse Steden",
        short_name="KVS",
        description="Kenniscentrum dat de Vlaamse centrumsteden en Brussel met elkaar verbindet.",
    )
    diversity = ensure_theme(
        nl,
        "samenleven-in-diversiteit",
        "Samenleven in diversiteit",
        "Hoe steden omgaan met een bevolking die steeds verscheidener wordt.",
    )
    work = ensure_theme(
        nl,
        "diversiteit-en-werk",
        "Diversiteit en werk",
        "Een personeel dat de stad weerspiegelt, ook in de leidinggevende functies.",
    )
    project = ensure_page(
        sections["projects"],
        ProjectPage,
        "stadsgenoten",
        title="Stadsgenoten",
        summary=(
            "Hoe leven steden samen in diversiteit, en wat kunnen stadsorganisaties daaraan "
            "doen? Het Kenniscentrum Vlaamse Steden zoekt het sinds 2017 stap voor stap uit."
        ),
        description=(
            "<p>Stadsgenoten groeide uit het traject 'samenleven 3.0'. Na een verkennende "
            "eerste fase keek het kenniscentrum naar de praktijk van de centrumsteden, en "
            "sinds 2020 naar de diversiteit van het stadspersoneel zelf.</p>"
        ),
        start_date=date(2017, 1, 1),
        image=street_banner("Stadsgenoten", "samenleven-in-diversiteit"),
        status="ongoing",
        organisation=kvs,
        timeline_order="oldest_first",
        themes=[diversity, work],
    )
    reports = _reports(sections["reports"], project, kvs, diversity, work)
    if not project.timeline_entries.exists():
        project.timeline_entries = _timeline(reports)
        project.save_revision().publish()
    return project


def _report(index, slug, documents, **fields):
    """A report page with its files and a cover; ``documents``: (label, document) pairs."""
    year = str((fields.get("publication_date") or fields.get("expected_date")).year)
    kind = str(ReportType(fields["report_type"]).label)
    theme = fields["themes"][0].slug if fields.get("themes") else ""
    cover = report_cover(fields["title"], kind, "Kenniscentrum Vlaamse Steden", year, theme)
    return ensure_page(
        index,
        ReportPage,
        slug,
        documents=[ReportDocument(label=label, document=doc) for label, doc in documents],
        cover_image=cover,
        **fields,
    )


def _reports(index, project, kvs, diversity, work) -> dict:
    common = {"organisation": kvs, "project": project, "language": "nl"}
    start_note = ensure_pdf(
        "Stadsgenoten - startnota",
        "stadsgenoten-startnota.pdf",
        [
            "Startnota van het traject Stadsgenoten (2018). Diversiteit is in de steden een "
            "feit, geen standpunt. Deze nota bundelt de literatuurstudie van 2017 en werkt "
            f"met een {SEARCH_WORDS['startnota']} voor stad en beleid.",
            "Twaalf diepte-interviews met bevoorrechte getuigen uit de centrumsteden.",
        ],
    )
    fiches = [
        ensure_pdf(
            f"Stadsgenoten - thematische fiche {number + 1}",
            f"stadsgenoten-fiche-{number + 1}.pdf",
            [
                f"Thematische fiche {name} van negen. Korte inzichten, dilemma's en vragen "
                f"voor het stedelijk beleid. Trefwoord: {SEARCH_WORDS['fiches']}."
            ],
        )
        for number, name in enumerate(FICHE_NAMES)
    ]
    final_2019 = ensure_pdf(
        "Stadsgenoten - eindrapport",
        "stadsgenoten-eindrapport.pdf",
        [
            "Eindrapport Stadsgenoten (2019): wat de steden zelf ervaren. Verslag van 42 "
            "gesprekken, waarvan 28 thematische groepsgesprekken, in alle centrumsteden en "
            f"de VGC. Werkvorm: het {SEARCH_WORDS['eindrapport_2019']}.",
            "Knelpunten, noden en praktijken die beloftevol lijken.",
            "Aanbevelingen voor stadsorganisaties.",
        ],
    )
    slides = ensure_pdf(
        "Stadsgenoten - presentaties praktijkendag",
        "stadsgenoten-praktijkendag-presentaties.pdf",
        [
            "Presentaties van de praktijkendag van 20 november 2020: negen praktijken uit "
            f"centrumsteden en Brussel, samen een {SEARCH_WORDS['presentaties']}.",
            "Onder meer de sociale dienst op school, een wervingscampagne van de politie, "
            "werken tegen polarisatie op school, een traject voor nieuwkomers en gelijke "
            "kansen in alle stadsdiensten.",
        ],
    )
    draft_2021 = ensure_pdf(
        "Diversiteit in het stadspersoneel - eindrapport (embargo)",
        "stadspersoneel-eindrapport-embargo.pdf",
        [
            "Werkversie onder embargo. Wat staat een stadspersoneel in de weg dat de stad "
            f"weerspiegelt? Trefwoord: {SEARCH_WORDS['forthcoming']}."
        ],
        embargo=True,
    )
    return {
        "start_note": _report(
            index,
            "stadsgenoten-startnota",
            [("Startnota", start_note)],
            title="Stadsgenoten: startnota",
            report_type="start_note",
            publication_date=date(2018, 1, 1),
            publication_date_precision="year",  # the seed gives the year only
            summary=(
                "De eerste stap na de literatuurstudie: wat betekent samenleven in "
                "diversiteit voor de stad, en welke vragen stelt dat aan het beleid?"
            ),
            themes=[diversity],
            **common,
        ),
        "fiches": _report(
            index,
            "stadsgenoten-thematische-fiches",
            [(f"Fiche {number + 1}", doc) for number, doc in enumerate(fiches)],
            title="Stadsgenoten: negen thematische fiches",
            report_type="factsheet",
            publication_date=date(2018, 1, 1),
            publication_date_precision="year",
            summary=(
                "Negen korte fiches, elk over één thema: de belangrijkste inzichten en "
                "dilemma's, afgesloten met vragen voor de stad."
            ),
            themes=[diversity],
            **common,
        ),
        "final_2019": _report(
            index,
            "stadsgenoten-eindrapport",
            [("Eindrapport", final_2019)],
            title="Stadsgenoten",
            report_type="final_report",
            publication_date=date(2019, 1, 1),
            publication_date_precision="year",
            summary=(
                "Waar worstelen de steden mee, en wat werkt? Het rapport bundelt gesprekken "
                "met frontlijnwerkers, directies en managementteams in alle centrumsteden."
            ),
            themes=[diversity],
            **common,
        ),
        "slides": _report(
            index,
            "stadsgenoten-praktijkendag-presentaties",
            [("Presentaties", slides)],
            title="Presentaties van de praktijkendag Stadsgenoten",
            report_type="presentation",
            publication_date=date(2020, 11, 20),
            summary=PRACTICE_DAY_SUMMARY,
            themes=[diversity],
            **common,
        ),
        "forthcoming": _report(
            index,
            "diversiteit-stadspersoneel",
            [("Eindrapport", draft_2021)],
            title="Diversiteit in het stadspersoneel",
            report_type="final_report",
            is_forthcoming=True,
            expected_date=date(2021, 5, 31),
            expected_label="eind mei 2021",
            summary=FORTHCOMING_SUMMARY,
            themes=[work],
            **common,
        ),
    }


def _timeline(reports) -> list[ProjectTimelineEntry]:
    def links(*keys):
        return [("report", reports[key]) for key in keys]

    return [
        ProjectTimelineEntry(
            date=date(2017, 1, 1),
            date_precision="year",
            title="Verkennende literatuurstudie",
            narrative=TIMELINE_2017,
        ),
        ProjectTimelineEntry(
            date=date(2018, 1, 1),
            date_precision="year",
            title="Startnota, negen fiches en twaalf interviews",
            narrative=TIMELINE_2018,
            reports=links("start_note", "fiches"),
        ),
        ProjectTimelineEntry(
            date=date(2019, 1, 1),
            date_precision="year",
            title="42 gesprekken in de steden en een eindrapport",
            narrative=TIMELINE_2019,
            reports=links("final_2019"),
        ),
        ProjectTimelineEntry(
            date=date(2020, 1, 1),
            date_precision="year",
            title="Praktijkendag en een nieuw traject over het stadspersoneel",
            narrative=TIMELINE_2020,
            reports=links("slides", "forthcoming"),
        ),
    ]


# The seed's facts year by year, in our words.
TIMELINE_2017 = (
    "<p>Om het traject 'samenleven 3.0' verder vorm te geven, vond het Kenniscentrum Vlaamse "
    "Steden dat er meer helderheid en een kapstok nodig waren. Het koos daarom eerst voor een "
    "periode van nadenken, verkennen en uitdiepen. Die eerste fase speelde zich af in 2017 en "
    "stond in het teken van een verkennende literatuurstudie. Literatuur was daarbij ruim "
    "bedoeld: van boeken, publicaties en onderzoeken tot artikels, opiniestukken, "
    "filosofische essays, films en sociale media.</p>"
)
TIMELINE_2018 = (
    "<p>In de steden is diversiteit een gegeven: geen visie, geen mening of strekking, en "
    "niets waar je voor of tegen kunt zijn. De literatuurstudie van 2017 kreeg in 2018 een "
    "vervolg in negen thematische fiches. Elke fiche belicht in een paar woorden de relevante "
    "inzichten en dilemma's binnen één thema en eindigt met vragen die het thema verbinden "
    "met de stad en haar beleid. Om het geheel aan te vullen, scherper te maken en te "
    "verdiepen, voerde het kenniscentrum daarnaast twaalf semigestructureerde "
    "diepte-interviews met bevoorrechte getuigen uit de centrumsteden. Aan het woord kwamen "
    "stadsbewoners en -werkers die door hun werk en hun engagement het samenleven in "
    "diversiteit van dichtbij meemaken. In hetzelfde jaar kwam ook de startnota tot "
    "stand.</p>"
)
TIMELINE_2019 = (
    "<p>Nadat in 2018 de startnota was opgemaakt, verschoof de blik in 2019 naar de "
    "stadsorganisaties zelf. Welke kwesties bezorgen de steden de meeste kopzorgen: waar is "
    "nood aan, waar loopt het vast, wat schuurt? En welke hedendaagse praktijken en tools "
    "lijken goed te werken en veelbelovend te zijn? In de tweede jaarhelft bezocht het "
    "Kenniscentrum alle centrumsteden en de VGC. Het voerde er 42 gesprekken, 28 daarvan "
    "thematische groepsgesprekken, met frontlijnwerkers maar ook met algemeen directeurs en "
    "leden van managementteams. Wat dat opleverde, staat in het eindrapport.</p>"
)
TIMELINE_2020 = (
    "<p>Op 20 november 2020 kwamen professionals uit verschillende steden samen op een "
    "praktijkendag om kennis met elkaar te delen. Ze verkenden er negen praktijken uit "
    "centrumsteden en Brussel, die allemaal deel uitmaakten van het rapport Stadsgenoten over "
    "samenleven in diversiteit. De invalshoeken liepen sterk uiteen: een sociale dienst die op "
    "school aanwezig is, een politiecampagne om nieuwe mensen te rekruteren, een werking die "
    "polarisatie op school tegengaat, een traject dat nieuwkomers opleidt en een methodiek "
    "die aandacht voor gelijke kansen verankert in alle stadsdiensten. De deelnemers kwamen "
    "uit allerlei diensten en lagen van de stadsorganisaties.</p>"
    "<p>Het jaar 2020 stond in het teken van diversiteit en werk, met name van de diversiteit "
    "binnen de stadsorganisaties zelf. Al jaren leeft de wens dat het stadspersoneel de "
    "samenleving weerspiegelt. Toch blijft dat, vooral op A- en B-niveau, ver weg, ondanks "
    "veel onderzoek, goede voornemens en inspanningen. Er staat blijkbaar veel in de weg, en "
    "het lijkt nodig om te versnellen. Daarom startte in oktober 2020 een nieuw traject. Via "
    "interviews en gericht opgevraagd materiaal onderzoekt het welke hindernissen er zijn, hoe "
    "die kunnen verdwijnen en welke praktijken nu al veelbelovend zijn. Het eindrapport werd "
    "aangekondigd voor eind mei 2021.</p>"
)
PRACTICE_DAY_SUMMARY = (
    "De presentaties van de praktijkendag van 20 november 2020, over negen praktijken uit de "
    "centrumsteden en Brussel: een sociale dienst die op school aanwezig is, een "
    "politiecampagne om te rekruteren, een werking tegen polarisatie op school, een traject "
    "dat nieuwkomers opleidt en een methodiek voor gelijke kansen in alle stadsdiensten."
)
FORTHCOMING_SUMMARY = (
    "Wat houdt een stadspersoneel tegen dat de stad weerspiegelt, ook op A- en B-niveau, en "
    "welke praktijken helpen? Het eindrapport van het traject dat in oktober 2020 begon, "
    "aangekondigd voor eind mei 2021."
)
