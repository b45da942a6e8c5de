"""Demo events from seeds 000, 001 and 002: dates, times, places, names and structure are
the seeds' facts; descriptions are short summaries in our own words."""

# Seed 001, "Dag van de Buurt": each workshop once, with the rounds it runs in.
# (title, rounds, facilitators, organisations, summary)
DAG_VAN_DE_BUURT_WORKSHOPS = [
    (
        "ABCD in de wijkaanpak: van binnenuit met bewoners als programmamakers",
        [1, 2],
        ["Birgit Oelkers"],
        [],
        "Wat verandert er als bewoners het programma maken en professionals meedoen? Een "
        "snelle verkenning van Asset Based Community Development in de wijk.",
    ),
    (
        "Het nieuwe wijkgericht werken: organisatievorm, rollen en competenties",
        [1, 2],
        ["Jetze van der Ham", "Willem Stam", "Han van Geel"],
        ["Platform31", "Den Helder", "Zutphen"],
        "Over de inrichting van wijkgericht werken, de rol van de wijkfunctionaris en de "
        "vaardigheden die daarbij horen.",
    ),
    (
        "Groningen experimenteert met zeggenschap",
        [1],
        ["Liesbeth van de Wetering"],
        ["Groningen"],
        "Lessen uit vijf Groningse experimenten met gebiedsgericht werken, waaronder een "
        "wijkraad van gelote bewoners.",
    ),
    (
        "Samen werken aan Opgaven in wijk Overvecht (Project O)",
        [1],
        ["Arjen van Ree"],
        ["Project O"],
        "Hoe Project O in Overvecht een lerende omgeving bouwt, aan de hand van twee "
        "concrete opgaven.",
    ),
    (
        "Vastgoed voor de buurt",
        [1],
        ["Maurice Specht", "Arie Lengkeek"],
        [],
        "Buurthuizen en broedplaatsen verdwijnen. Welke regels en afspraken houden "
        "maatschappelijk vastgoed beschikbaar voor de buurt?",
    ),
    (
        "Innoveren in de wijkaanpak",
        [1],
        ["Jornt van Zuylen", "Suzanne Potjer"],
        ["Den Haag", "BZK", "Twynstra Gudde"],
        "Wat is nodig om vernieuwing in de wijk aan te moedigen en er stelselmatig van te leren?",
    ),
    (
        "De energietransitie als vliegwiel voor een leefbare buurt",
        [1],
        ["Matthijs Uyterlinde", "Anne Kunst"],
        ["Platform31"],
        "Van het gas af én socialer: ervaringen uit Selwerd in Groningen.",
    ),
    (
        "Buurtagenda in een uur",
        [1],
        [],
        ["Platform31", "Movisie"],
        "Zelf een buurtagenda maken uit cijfers en verhalen, waarin bewoners en "
        "beleidsmakers zich allebei herkennen.",
    ),
    (
        "Zeggenschap door geld: de burgerbegroting",
        [1, 2],
        ["Joop Hofman"],
        ["Rode Wouw"],
        "Tien jaar burgerbegroten in Nederland en Vlaanderen: wanneer werkt het, en "
        "wanneer loopt het vast?",
    ),
    (
        "Van initiatief tot impact: strategie, tactiek en uitvoering voor veiligheidsinitiatieven",
        [1],
        ["Lucien Stöpler"],
        ["Veiligheidsinitiatief"],
        "Wat maakt een buurtpreventieteam of appgroep succesvol, en hoe regel je de band "
        "met gemeente en politie?",
    ),
    (
        "Nieuwe leeragenda wijkaanpak - Vertrouwen in instituties en elkaar",
        [1],
        [],
        ["Movisie", "Platform31"],
        "Meedenken over de leeragenda: vertrouwen herstellen en polarisatie in de wijk "
        "verminderen.",
    ),
    (
        "Nieuwe leeragenda wijkaanpak - Integraal preventief signaleren",
        [1],
        [],
        ["Movisie", "Platform31"],
        "Meedenken over de leeragenda: zorg en veiligheid samen aanpakken in de wijk.",
    ),
    (
        "De Capability Approach in de praktijk",
        [1],
        ["Erik Jansen", "Annica Brummel"],
        ["HAN"],
        "Wat de capability-benadering zegt over welzijn en mogelijkheden, en hoe je haar "
        "in de praktijk gebruikt.",
    ),
    (
        "Een veilige wijk? Kijk niet weg!",
        [2],
        ["Loes van der Wees"],
        ["OM"],
        "Hoe justitie in Rotterdam Zuid wijkgericht werkt en criminaliteit aanpakt samen "
        "met positieve acties in de buurt.",
    ),
    (
        "Hoe buurtplatform Hart voor de K-buurt werkt aan inclusieve burgermacht",
        [2],
        ["Mike Brantjes", "Roos van Schaijk"],
        ["Hart voor de K-buurt", "Movisie"],
        "Bewoners in Amsterdam Zuidoost organiseren zeggenschap, juist voor wie kwetsbaar "
        "is. Wat werkt er in hun aanpak?",
    ),
    (
        "De corporatiesector in oude glorie herstellen?",
        [2],
        ["Jeroen van der Velden", "René Scherpenisse"],
        ["Platform31", "Tiwos"],
        "Welke rol past woningcorporaties in kwetsbare wijken nu? Een gesprek met Tiwos "
        "uit Tilburg.",
    ),
    (
        "Met wijkeconomie naar wijkontwikkeling: de Afrikaanderwijk Coöperatie",
        [2],
        ["Annet van Otterloo"],
        ["Afrikaanderwijk Coöperatie"],
        "Een lokale economie die werkt voor de mensen die er al wonen: werk, diensten en "
        "ondernemerschap vanuit de wijk.",
    ),
    (
        "Wijkaanpak en de ‘commons’",
        [2],
        [],
        ["Commons Network", "Commons Lab"],
        "Gedeeld bezit en gedeeld beheer: voorbeelden uit Amsterdam en Antwerpen.",
    ),
    (
        "Sociale basis heroveren op het sociaal domein!",
        [2],
        ["Han van Geel", "Mariel van Pelt"],
        ["Zutphen", "Movisie"],
        "Gemeenschap bouwen en zorg organiseren in één opdracht: ervaringen uit Zutphen "
        "en onderzoek naar het handelen van sociaal werkers.",
    ),
    (
        "Nieuwe leeragenda wijkaanpak - gemengde wijken",
        [2],
        [],
        ["Movisie", "Platform31"],
        "Meedenken over de leeragenda: van mengen naar inclusieve wijken.",
    ),
    (
        "Lessen uit de stadsvernieuwing voor verduurzaming",
        [2],
        ["Paul Vlaar"],
        ["Hoogkamp Energie"],
        "Wat de stadsvernieuwing leerde over bewoners aan het roer, toegepast op de "
        "wijkgerichte energietransitie.",
    ),
    (
        "Sociaal-fysieke wijkaanpak: hoe doe je dat?",
        [2],
        ["Sandy Deckers", "Marijn Freud", "Astrid Kroos", "Matthijs Uyterlinde", "Simone 't Hooft"],
        ["Parkstad", "Zaanstad", "NPRZ", "Platform31"],
        "Terug- en vooruitblik op integrale wijkaanpakken in Zaanstad, Kerkrade en Rotterdam Zuid.",
    ),
    (
        "Bouwen aan buurtgeluk",
        [2],
        ["Yffi van den Berg", "Jeffrey Bolhuis", "Frank Wassenberg", "Mees Zonneveld"],
        ["ERA Contour", "AP+E", "Platform31"],
        "Hoe renovatie, sloop en nieuwbouw kunnen bijdragen aan het woongeluk van bewoners.",
    ),
]

# Seed 001's eight speakers and the part they play.
DAG_VAN_DE_BUURT_SPEAKERS = [
    ("Hadassah de Boer", "moderator"),
    ("Lucas de Man", "speaker"),
    ("Dave Ensberg-Kleijkers", "keynote"),
    ("Jos van der Lans", "speaker"),
    ("Petra van Duijnhoven", "speaker"),
    ("Ahmed Marcouch", "table_guest"),
    ("Harry van der Molen", "table_guest"),
    ("Marco Pastors", "table_guest"),
    ("Tanja Jadnanansing", "table_guest"),
]

# Seed 000: the four sessions. (date, start hour, end hour, title, lecturer, partners, summary)
NETWORK_SESSIONS = [
    (
        (2024, 3, 7),
        12,
        15,
        "Stadsontwikkeling en sociale rechtvaardigheid",
        "Stijn Oosterlynck",
        [],
        "Voor wie en door wie wordt de stad gemaakt, en wat betekent dat voor het sociaal werk?",
    ),
    (
        (2024, 3, 28),
        12,
        15,
        "Handelingsstrategieën voor sociaal werk",
        "Pieter Cools",
        [],
        "Hoe sociaal werkers en hun organisaties meer invloed krijgen op stadsvernieuwing.",
    ),
    (
        (2024, 4, 18),
        12,
        15,
        "Het ruimtelijk perspectief in stadsvernieuwing",
        "Jo Boonen",
        [],
        "Hoe kijken ruimtelijke professionals naar de stad, en waar liggen bruggen met "
        "het sociaal werk?",
    ),
    (
        (2024, 5, 2),
        12,
        16,
        "Kan stadsvernieuwing socialer? Onderzoeksresultaten en praktijk",
        None,
        ["JES", "Saamo"],
        "De slotbijeenkomst: de resultaten van het onderzoek en ervaringen uit het werkveld.",
    ),
]
