"""Demo people and organisations from seeds 000, 001 and 002 (docs/glossary.md, "seed"): names,
titles and roles are the seeds' facts; the bios are short summaries in our own words."""

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
        "Onderzoeksgroep van AP Hogeschool Antwerpen die met onderzoek dicht op de praktijk "
        "bijdraagt aan een stad die inclusief en duurzaam is."
    ),
    "NPRZ": (
        "Programma dat Rotterdam-Zuid een nieuw toekomstperspectief wil geven; werk, onderwijs "
        "en wonen staan daarbij voorop."
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
        "Verzorgde op 7 maart 2024 de lunchlezing bij de start van het lerend netwerk "
        "Stadsvernieuwing als sociale praktijk. Hij schetste hoe stadsontwikkeling de laatste "
        "decennia verliep en vroeg: wie maken de stad, en voor wie doen ze dat?",
        True,
        True,
    ),
    "Pieter Cools": (
        "prof. dr.",
        "",
        None,
        "Sprak op 28 maart 2024 in de lunchlezing van de tweede bijeenkomst over de waarde "
        "van ervaringskennis en kennis uit de leefwereld voor wie steden ontwikkelt.",
        True,
        True,
    ),
    "Jo Boonen": (
        "",
        "expert stadsvernieuwing",
        None,
        "Nam op 18 april 2024 de derde lunchlezing voor zijn rekening. Vanuit het oogpunt van "
        "ruimtelijke professionals besprak hij welke logica's, van buitenaf en van binnenuit, "
        "stadsvernieuwing sturen.",
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
        "Bestuurskundige die als directeur-bestuurder leiding geeft aan zowel Nationaal "
        "Jeugdfonds Jantje Beton als de Nederlandse Unie van Speeltuinorganisaties. Verder zit "
        "hij het bestuur van de Martin Luther King Lezing voor en heeft hij zitting in het "
        "bestuur van de Maatschappelijke Alliantie. Eerder stond hij als bestuursvoorzitter aan "
        "het hoofd van Stichting Biezonderwijs en was hij voorzitter van Art. 1. Op de Dag van "
        "de Buurt maakte hij duidelijk waarom de buurt telt: de plek waar je ter wereld komt "
        "en opgroeit, kleurt je kansen en werkt door in je gezondheid, je levensverwachting, "
        "je opleiding en je inkomen. Reden genoeg om in buurten en wijken te investeren.",
        True,
        True,
    ),
    "Jos van der Lans": (
        "",
        "cultuurpsycholoog en publicist",
        None,
        "Volgt de publieke sector al zo'n veertig jaar met de pen. In 2010/11 deelde hij met "
        "twee anderen het voorzitterschap van de visitatiecommissie wijkenaanpak. Van zijn hand "
        "verschenen onder meer Koning Burger (2005), Ontregelen (2008), Erop af! (2010), "
        "Sociaal-doe het zelven (met Pieter Hilhorst, 2013), Decentraal (met Nico de Boer, 2014) "
        "en Het Dogma Aanbesteden (2020). Op de Dag van de Buurt blikte hij terug: wat hielp "
        "en wat hinderde bij de wijkaanpakken van vroeger, wat is de moeite van het voortzetten "
        "waard, en waarvoor zijn nieuwe vormen van samenwerking en nieuwe instrumenten nodig?",
        True,
        True,
    ),
    "Petra van Duijnhoven": (
        "",
        "voorzitter",
        "Brukske",
        "Is er bij Wijkplatform Brukske in Venray al bij sinds het in 1974 werd opgericht, en "
        "is nu de voorzitter. Voor 'haar' wijk is ze onvermoeibaar in de weer, met veel "
        "resultaat. Ook is ze actief in overkoepelende organen als het Wijkradenoverleg, zit ze "
        "in het bestuur van het LSA (Landelijk Samenwerkingsorgaan voor Actieve bewoners), was "
        "ze een van de initiatiefnemers van de Coöperatie GlaswebVenray en vertegenwoordigt ze "
        "het CDA al jaren in de gemeenteraad. Op de Dag van de Buurt keek ze terug op de "
        "afgelopen decennia in Brukske: wat gaf de doorslag, wat stond in de weg, en waarvoor "
        "zijn nieuwe vormen van samenwerking en nieuwe instrumenten nodig?",
        True,
        True,
    ),
    "Ahmed Marcouch": (
        "",
        "burgemeester van Arnhem",
        None,
        "Kent de wijk van veel kanten: zijn loopbaan liep via zorg, onderwijs en politie, en "
        "hij was gemeenteraadslid, stadsdeelvoorzitter en Tweede Kamerlid. In zijn "
        "nieuwjaarsrede als Arnhemse burgemeester stelde hij dat corona pijnlijk blootlegt hoe "
        "kwetsbare wijken nog verder achterop raken, en dat er nu niet meer aan te ontkomen "
        "valt die achterstand met voorrang weg te werken. Aan tafel op de Dag van de Buurt: "
        "welke prioriteiten volgen daaruit voor een toekomstige minister van wijken?",
        True,
        True,
    ),
    "Harry van der Molen": (
        "",
        "Tweede Kamerlid",
        None,
        "Was als wethouder in Leeuwarden een van de eersten die in zee ging met een "
        "BewonersBedrijf, in de wijk Heechterp-Schieringen, waar gemeente en bewoners op een "
        "nieuwe manier de handen ineensloegen. Iedere euro die erin ging, bracht twee euro aan "
        "sociale impact op. De wijk werd leefbaarder omdat werklozen in het wijkbedrijf aan de "
        "slag konden; wie langs de kant staat erbij betrekken, is wat hem betreft juist waar de "
        "gemeente voor is. In de Kamer zet hij zich ervoor in dat bewoners meer ruimte krijgen "
        "om zo hun wijk leefbaar te maken. Aan tafel: wat kan een toekomstige Minister van "
        "Wijken daarvoor doen?",
        True,
        True,
    ),
    "Marco Pastors": (
        "",
        "directeur",
        "NPRZ",
        "Had als Rotterdamse wethouder ruimtelijke ordening en volkshuisvesting al in zijn "
        "portefeuille. Sinds 2012 leidt hij als directeur het Nationaal Programma Rotterdam "
        "Zuid (NPRZ), dat Rotterdam-Zuid een nieuw toekomstperspectief wil geven via werk, "
        "onderwijs en wonen. Aan tafel: welke lessen uit het NPRZ mag een toekomstige minister "
        "van wijken beslist niet laten liggen?",
        True,
        True,
    ),
    "Tanja Jadnanansing": (
        "",
        "stadsdeelvoorzitter Amsterdam Zuidoost",
        None,
        "Zat eerder in de Tweede Kamer. Leefbaarheid en veiligheid horen voor haar bij elkaar. "
        "Veiligheid, en dan vooral jongeren die wapens dragen, noemde ze ooit een 'veelkoppig "
        "monster' dat je als geheel te lijf moet gaan: met meer blauw op straat, maar evengoed "
        "door geld te steken in jongerenwerk en bewoners een stevige rol te geven. Aan tafel: "
        "hoe kan een toekomstige Minister van Wijken die ervaringen benutten?",
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
