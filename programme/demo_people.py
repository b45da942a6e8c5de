"""Demo people and organisations from seeds 000, 001 and 002: names, titles and roles are
the seeds' facts; the bios are short summaries in our own words."""

# short name -> (full name, short name, website)
ORGANISATIONS = {
    "Stadskracht": ("Stadskracht", "", ""),
    "AP": ("AP Hogeschool Antwerpen", "AP", ""),
    "JES": ("JES Brussel", "JES", ""),
    "Saamo": ("Saamo Antwerpen", "Saamo", ""),
    "KIS": ("Kennisplatform Inclusief Samenleven", "KIS", ""),
    "Platform31": ("Platform31", "", ""),
    "Movisie": ("Movisie", "", ""),
    "Den Helder": ("Gemeente Den Helder", "", ""),
    "Zutphen": ("Gemeente Zutphen", "", ""),
    "Groningen": ("Gemeente Groningen", "", ""),
    "Den Haag": ("Gemeente Den Haag", "", ""),
    "BZK": ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "BZK", ""),
    "Twynstra Gudde": ("Twynstra Gudde", "", ""),
    "Project O": ("Project O", "", ""),
    "Rode Wouw": ("Rode Wouw", "", ""),
    "Veiligheidsinitiatief": ("Veiligheidsinitiatief", "", ""),
    "HAN": ("Hogeschool Arnhem en Nijmegen", "HAN", ""),
    "OM": ("Openbaar Ministerie", "OM", ""),
    "Hart voor de K-buurt": ("Hart voor de K-buurt", "", ""),
    "Tiwos": ("Tiwos", "", ""),
    "Afrikaanderwijk Coöperatie": ("Afrikaanderwijk Coöperatie", "", ""),
    "Commons Network": ("Commons Network", "", ""),
    "Commons Lab": ("Commons Lab Antwerpen", "", ""),
    "Hoogkamp Energie": ("Hoogkamp Energie", "", ""),
    "Parkstad": ("Stadsregio Parkstad Limburg", "", ""),
    "Zaanstad": ("Gemeente Zaanstad", "", ""),
    "NPRZ": ("Nationaal Programma Rotterdam Zuid", "NPRZ", ""),
    "ERA Contour": ("ERA Contour", "", ""),
    "AP+E": ("AP+E Design en Research", "", ""),
    "Jantje Beton": ("Nationaal Jeugdfonds Jantje Beton", "", ""),
    "Brukske": ("Wijkplatform Brukske", "", ""),
}

# short name -> what the seeds say the organisation is
ORGANISATION_DESCRIPTIONS = {
    "Stadskracht": (
        "Onderzoeksgroep van AP Hogeschool Antwerpen: praktijkgericht onderzoek voor een "
        "inclusieve en duurzame stad."
    ),
    "NPRZ": (
        "Werkt aan een nieuw perspectief voor Rotterdam-Zuid, met de nadruk op werk, onderwijs "
        "en wonen."
    ),
    "Afrikaanderwijk Coöperatie": (
        "Coöperatie in de Rotterdamse Afrikaanderwijk, gevestigd in het Gemaal op Zuid: "
        "'development without displacement'."
    ),
}

# name -> (honorific, job title, organisation key or None, bio or "", portrait, public)
# Bios hold what the seeds say about a person, in our words; nothing more.
PEOPLE = {
    # seed 000: lecturers of the learning network
    "Stijn Oosterlynck": (
        "prof. dr.",
        "",
        None,
        "Gaf op 7 maart 2024 de lunchlezing van de eerste bijeenkomst van het lerend netwerk "
        "Stadsvernieuwing als sociale praktijk, over de recente geschiedenis van "
        "stadsontwikkeling: voor wie en door wie worden steden gemaakt?",
        True,
        True,
    ),
    "Pieter Cools": (
        "prof. dr.",
        "",
        None,
        "Gaf op 28 maart 2024 de lunchlezing van de tweede bijeenkomst, over het belang van "
        "ervarings- en leefwereldkennis in stadsontwikkeling.",
        True,
        True,
    ),
    "Jo Boonen": (
        "",
        "expert stadsvernieuwing",
        None,
        "Gaf op 18 april 2024 de derde lunchlezing, over de externe en interne logica's van "
        "stadsvernieuwingsprocessen, gezien vanuit de ruimtelijke professionals.",
        True,
        True,
    ),
    # seed 001: moderator and the eight speakers
    "Hadassah de Boer": (
        "",
        "",
        None,
        "Leidde de online Dag van de Buurt op 28 januari 2021.",
        True,
        True,
    ),
    "Lucas de Man": (
        "",
        "kunstenaar",
        None,
        "Vlaamse kunstenaar die de openbare ruimte op speelse wijze wil veranderen: van een "
        "anonieme markt om te consumeren in een plek van verwondering, verbazing, verbinding "
        "en 'ont-moeting', een moment waarop je niets moet en kwetsbaar én krachtig kunt zijn. "
        "Hij opende de Dag van de Buurt.",
        True,
        True,
    ),
    "Dave Ensberg-Kleijkers": (
        "",
        "directeur-bestuurder",
        "Jantje Beton",
        "Bestuurskundige en directeur-bestuurder van Nationaal Jeugdfonds Jantje Beton en van "
        "de Nederlandse Unie van Speeltuinorganisaties. Hij is bestuursvoorzitter van de Martin "
        "Luther King Lezing en bestuurslid van de Maatschappelijke Alliantie; eerder was hij "
        "bestuursvoorzitter van Stichting Biezonderwijs en voorzitter van Art. 1. Op de Dag van "
        "de Buurt legde hij uit waarom de buurt ertoe doet: waar je geboren wordt en woont, "
        "bepaalt mee welke kansen je krijgt, en raakt alles van gezondheid en levensverwachting "
        "tot opleiding en inkomen. Tijd dus om in buurten en wijken te investeren.",
        True,
        True,
    ),
    "Jos van der Lans": (
        "",
        "cultuurpsycholoog en publicist",
        None,
        "Schrijft al zo'n veertig jaar over de publieke sector en was in 2010/11 een van de "
        "drie voorzitters van de visitatiecommissie wijkenaanpak. Van zijn hand verschenen "
        "onder meer Koning Burger (2005), Ontregelen (2008), Erop af! (2010), Sociaal-doe het "
        "zelven (met Pieter Hilhorst, 2013), Decentraal (met Nico de Boer, 2014) en Het Dogma "
        "Aanbesteden (2020). Op de Dag van de Buurt keek hij terug: wat maakte in eerdere "
        "wijkaanpakken het verschil of zat in de weg, waarop kunnen we voortbouwen, en waar "
        "zijn nieuwe samenwerkingen en instrumenten nodig?",
        True,
        True,
    ),
    "Petra van Duijnhoven": (
        "",
        "voorzitter",
        "Brukske",
        "Al sinds de oprichting van Wijkplatform Brukske in Venray, in 1974, betrokken en nu de "
        "voorzitter; ze zet zich onvermoeibaar in voor 'haar' wijk en kreeg er veel voor "
        "elkaar. Ze zit in overkoepelende organisaties zoals het Wijkradenoverleg en is "
        "bestuurslid van het LSA (Landelijk Samenwerkingsorgaan voor Actieve bewoners), "
        "mede-initiatiefnemer van de Coöperatie GlaswebVenray en al jaren gemeenteraadslid "
        "voor het CDA. Op de Dag van de Buurt blikte ze terug: wat maakte in Brukske de "
        "afgelopen decennia het verschil, wat zat in de weg, en waar zijn nieuwe "
        "samenwerkingen en instrumenten nodig?",
        True,
        True,
    ),
    "Ahmed Marcouch": (
        "",
        "burgemeester van Arnhem",
        None,
        "Zag de wijk vanuit veel kanten: hij werkte in de zorg, het onderwijs en bij de "
        "politie, en was gemeenteraadslid, stadsdeelvoorzitter en Tweede Kamerlid. Als "
        "burgemeester van Arnhem zei hij in zijn nieuwjaarstoespraak dat corona pijnlijk "
        "zichtbaar maakt hoe kwetsbare wijken nog kwetsbaarder worden, en dat het met voorrang "
        "inhalen van hun achterstand nu onontkoombaar is. Aan tafel op de Dag van de Buurt: wat "
        "betekent dat voor de prioriteiten van een toekomstige minister van wijken?",
        True,
        True,
    ),
    "Harry van der Molen": (
        "",
        "Tweede Kamerlid",
        None,
        "Ging als wethouder in Leeuwarden als een van de eersten samenwerken met een "
        "BewonersBedrijf, in de wijk Heechterp-Schieringen: een nieuwe manier van samenwerken "
        "tussen gemeente en bewoners. Elke geïnvesteerde euro leverde twee euro sociale impact "
        "op, en de leefbaarheid verbeterde doordat mensen zonder baan konden meedraaien in het "
        "wijkbedrijf; mensen inschakelen die aan de kant staan, is volgens hem precies de taak "
        "van de gemeente. Als Kamerlid wil hij bewoners meer mogelijkheden geven om zo aan een "
        "leefbare wijk bij te dragen. Aan tafel: hoe kan een toekomstige Minister van Wijken "
        "daaraan bijdragen?",
        True,
        True,
    ),
    "Marco Pastors": (
        "",
        "directeur",
        "NPRZ",
        "Was als wethouder in Rotterdam al verantwoordelijk voor ruimtelijke ordening en "
        "volkshuisvesting. Sinds 2012 is hij directeur van het Nationaal Programma Rotterdam "
        "Zuid (NPRZ), dat werkt aan een nieuw perspectief voor Rotterdam-Zuid met de nadruk op "
        "werk, onderwijs en wonen. Aan tafel: met welke lessen uit het NPRZ moet een "
        "toekomstige minister van wijken zeker aan de slag?",
        True,
        True,
    ),
    "Tanja Jadnanansing": (
        "",
        "stadsdeelvoorzitter Amsterdam Zuidoost",
        None,
        "Was eerder Tweede Kamerlid. Voor haar gaan leefbaarheid en veiligheid samen op. Ze "
        "noemde veiligheid, en vooral wapenbezit onder jongeren, eerder een 'veelkoppig "
        "monster' dat in zijn geheel moet worden aangepakt: niet alleen met meer politie op "
        "straat, maar ook met investeringen in jongerenwerk en een sterke rol voor bewoners. "
        "Aan tafel: hoe kan een toekomstige Minister van Wijken op die ervaringen voortbouwen?",
        True,
        True,
    ),
    # seed 002: day chair and the three KIS researchers
    "Hizir Cengiz": (
        "",
        "spreker en schrijver",
        None,
        "Schrijft onder meer voor De Groene Amsterdammer en De Correspondent. Was dagvoorzitter "
        "van het kennisatelier over inclusieve wijken van 13 oktober 2022, dat hij opende met "
        "een interview met drie onderzoekers van KIS.",
        True,
        True,
    ),
    "Radboud Engbersen": (
        "",
        "onderzoeker",
        "KIS",
        "Onderzoeker bij het Kennisplatform Inclusief Samenleven (KIS). Sprak op het "
        "kennisatelier van 13 oktober 2022 over ruimtelijke segregatie: waar het over gaat, wat "
        "er speelt en wat er tot nu toe aan gedaan is.",
        True,
        True,
    ),
    "Matthijs Uyterlinde": (
        "",
        "onderzoeker",
        "KIS",
        "Onderzoeker bij het Kennisplatform Inclusief Samenleven (KIS); sprak op het "
        "kennisatelier van 13 oktober 2022 over ruimtelijke segregatie. Op de Dag van de Buurt "
        "van 28 januari 2021 gaf hij, toen namens Platform31, workshops over de "
        "energietransitie in kwetsbare wijken en over de sociaal-fysieke wijkaanpak.",
        True,
        True,
    ),
    "Ron van Wonderen": (
        "",
        "onderzoeker",
        "KIS",
        "Onderzoeker bij het Kennisplatform Inclusief Samenleven (KIS). Sprak op het "
        "kennisatelier van 13 oktober 2022 over ruimtelijke segregatie: waar het over gaat, wat "
        "er speelt en wat er tot nu toe aan gedaan is.",
        True,
        True,
    ),
    # seed 001: workshop facilitators (no portraits, no public profile)
    "Birgit Oelkers": ("", "trainer en praktijkcoach ABCD", None, "", False, False),
    "Jetze van der Ham": ("", "", "Platform31", "", False, False),
    "Willem Stam": ("", "", "Den Helder", "", False, False),
    "Han van Geel": ("", "", "Zutphen", "", False, False),
    "Liesbeth van de Wetering": ("", "", "Groningen", "", False, False),
    "Arjen van Ree": ("", "initiatiefnemer Project O", "Project O", "", False, False),
    "Maurice Specht": ("", "", None, "", False, False),
    "Arie Lengkeek": ("", "", None, "", False, False),
    "Jornt van Zuylen": ("", "", "Den Haag", "", False, False),
    "Suzanne Potjer": ("", "", "Twynstra Gudde", "", False, False),
    "Anne Kunst": ("", "", "Platform31", "", False, False),
    "Joop Hofman": ("", "", "Rode Wouw", "", False, False),
    "Lucien Stöpler": (
        "",
        "voorzitter landelijke vereniging Veiligheidsinitiatief",
        "Veiligheidsinitiatief",
        "",
        False,
        False,
    ),
    "Erik Jansen": ("", "", "HAN", "", False, False),
    "Annica Brummel": ("", "", "HAN", "", False, False),
    "Loes van der Wees": ("", "officier van justitie", "OM", "", False, False),
    "Mike Brantjes": ("", "", "Hart voor de K-buurt", "", False, False),
    "Roos van Schaijk": ("", "", "Movisie", "", False, False),
    "Jeroen van der Velden": ("", "", "Platform31", "", False, False),
    "René Scherpenisse": ("", "directeur-bestuurder", "Tiwos", "", False, False),
    "Annet van Otterloo": (
        "",
        "algemeen coördinator",
        "Afrikaanderwijk Coöperatie",
        "",
        False,
        False,
    ),
    "Mariel van Pelt": ("", "", "Movisie", "", False, False),
    "Paul Vlaar": (
        "",
        "mede-oprichter Hoogkamp Energie, initiator #Krachtproef Energie",
        "Hoogkamp Energie",
        "",
        False,
        False,
    ),
    "Sandy Deckers": ("", "", "Parkstad", "", False, False),
    "Marijn Freud": ("", "", "Zaanstad", "", False, False),
    "Astrid Kroos": ("", "", "NPRZ", "", False, False),
    "Simone 't Hooft": ("", "", "Platform31", "", False, False),
    "Yffi van den Berg": ("", "conceptontwikkelaar", "ERA Contour", "", False, False),
    "Jeffrey Bolhuis": ("", "", "AP+E", "", False, False),
    "Frank Wassenberg": ("", "", "Platform31", "", False, False),
    "Mees Zonneveld": ("", "", "Platform31", "", False, False),
}
