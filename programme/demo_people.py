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

# name -> (honorific, job title, organisation key or None, bio or "", portrait, public)
PEOPLE = {
    # seed 000: lecturers of the learning network
    "Stijn Oosterlynck": (
        "prof. dr.",
        "socioloog",
        None,
        "Onderzoekt hoe steden veranderen en wat dat betekent voor solidariteit en "
        "sociaal werk. Opent het lerend netwerk met een lezing over wie de stad maakt.",
        True,
        True,
    ),
    "Pieter Cools": (
        "prof. dr.",
        "onderzoeker sociaal werk",
        None,
        "Werkt aan de vraag hoe ervaringskennis van bewoners en sociaal werkers meer "
        "gewicht krijgt in plannen voor een buurt.",
        True,
        True,
    ),
    "Jo Boonen": (
        "",
        "expert stadsvernieuwing",
        None,
        "Kent de logica van ruimtelijke planning van binnenuit en helpt sociale en "
        "ruimtelijke professionals elkaars taal te spreken.",
        True,
        True,
    ),
    # seed 001: moderator and the eight speakers
    "Hadassah de Boer": (
        "",
        "presentator",
        None,
        "Presenteert de Dag van de Buurt vanuit de studio en leidt de gesprekken.",
        True,
        True,
    ),
    "Lucas de Man": (
        "",
        "kunstenaar",
        None,
        "Vlaamse kunstenaar die van de openbare ruimte een plek wil maken waar je even "
        "niets hoeft en mensen elkaar echt tegenkomen.",
        True,
        True,
    ),
    "Dave Ensberg-Kleijkers": (
        "",
        "directeur-bestuurder",
        "Jantje Beton",
        "Bestuurskundige, leidt Jantje Beton en de Nederlandse Unie van "
        "Speeltuinorganisaties en zit in verschillende maatschappelijke besturen. Legt uit "
        "waarom de buurt waar je opgroeit je kansen zo sterk bepaalt.",
        True,
        True,
    ),
    "Jos van der Lans": (
        "",
        "cultuurpsycholoog en publicist",
        None,
        "Schrijft al decennia over de publieke sector en was een van de voorzitters van "
        "de visitatie van de wijkenaanpak. Kijkt terug: wat werkte er in eerdere "
        "wijkaanpakken en wat niet?",
        True,
        True,
    ),
    "Petra van Duijnhoven": (
        "",
        "voorzitter",
        "Brukske",
        "Al sinds 1974 actief in de Venrayse wijk Brukske, bestuurslid van het LSA en "
        "gemeenteraadslid. Vertelt wat in haar wijk het verschil maakte.",
        True,
        True,
    ),
    "Ahmed Marcouch": (
        "",
        "burgemeester van Arnhem",
        None,
        "Kent de wijk uit de zorg, het onderwijs, de politie en de politiek. Pleit ervoor "
        "kwetsbare buurten met voorrang te helpen, zeker nu corona ze harder raakt.",
        True,
        True,
    ),
    "Harry van der Molen": (
        "",
        "Tweede Kamerlid",
        None,
        "Werkte als wethouder in Leeuwarden samen met een bewonersbedrijf en zag dat elke "
        "geïnvesteerde euro zich dubbel terugbetaalde in de wijk.",
        True,
        True,
    ),
    "Marco Pastors": (
        "",
        "directeur",
        "NPRZ",
        "Oud-wethouder in Rotterdam, sinds 2012 directeur van het Nationaal Programma "
        "Rotterdam Zuid, dat inzet op werk, onderwijs en wonen.",
        True,
        True,
    ),
    "Tanja Jadnanansing": (
        "",
        "stadsdeelvoorzitter Amsterdam Zuidoost",
        None,
        "Oud-Kamerlid. Ziet leefbaarheid en veiligheid als één opgave, met ruimte voor "
        "jongerenwerk en een stevige rol voor bewoners.",
        True,
        True,
    ),
    # seed 002: day chair and the three KIS researchers
    "Hizir Cengiz": (
        "",
        "spreker en schrijver",
        None,
        "Schrijft onder meer voor De Groene Amsterdammer en De Correspondent; dagvoorzitter "
        "van het kennisatelier.",
        True,
        True,
    ),
    "Radboud Engbersen": (
        "",
        "onderzoeker",
        "KIS",
        "Onderzoeker bij KIS; denkt na over segregatie en wat beleid daartegen vermag.",
        True,
        True,
    ),
    "Matthijs Uyterlinde": (
        "",
        "onderzoeker",
        "Platform31",
        "Onderzoeker wijkaanpak en verduurzaming; werkte mee aan de kennis van KIS over "
        "ruimtelijke segregatie.",
        True,
        True,
    ),
    "Ron van Wonderen": (
        "",
        "onderzoeker",
        "KIS",
        "Onderzoeker bij KIS; volgt hoe inclusieve wijken in de praktijk tot stand komen.",
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
