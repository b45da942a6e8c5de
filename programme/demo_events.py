"""Demo events from seeds 000, 001 and 002 (docs/glossary.md, "seed"): dates, times, places,
names and structure are the seeds' facts; descriptions are short summaries in our own words."""

# Seed 001, "Dag van de Buurt": each workshop once, with the rounds it runs in.
# (title, rounds, facilitators, organisations, description: every fact of the seed, our words)
DAG_VAN_DE_BUURT_WORKSHOPS = [
    (
        "ABCD in de wijkaanpak: van binnenuit met bewoners als programmamakers",
        [1, 2],
        ["Birgit Oelkers"],
        [],
        "Wat gebeurt er als je een wijkaanpak bouwt op pijlers van Asset Based Community "
        "Development (ABCD): bewoners maken het programma, professionals doen mee en wat de "
        "buurt zelf te bieden heeft wijst de weg? In een vlotte zapsessie langs kansen en "
        "omkeringen gaat het over klein kijken, over het kantelen van vaste ideeën over "
        "wijksturing en participatie, en over wat een breiclub teweeg kan brengen; met tips "
        "om onverwachte partners te vinden. Wie weet schrijf je daarna een heel ander wijkplan, "
        "of probeer je iets kleins met grote gevolgen. Begeleiding: Birgit Oelkers "
        "(planenaanpak.nl). Zij kent ABCD en het buurtwerk van binnenuit, werkt als trainer "
        "en praktijkcoach en zet als initiatiefnemer en sociaal ondernemer zelf dingen op. Vragen "
        "of een eigen praktijkvoorbeeld? Meld ze vooraf via "
        "oelkers@planenaanpak.nl of 06-21224567.",
    ),
    (
        "Het nieuwe wijkgericht werken: organisatievorm, rollen en competenties",
        [1, 2],
        ["Jetze van der Ham", "Willem Stam", "Han van Geel"],
        ["Platform31", "Den Helder", "Zutphen"],
        "Hoe leefbaar een wijk is, hangt af van wat allerlei groepen en organisaties samen "
        "doen. Met voorbeelden uit de eigen praktijk en typeringen uit onderzoek in "
        "verschillende steden zoeken we met de deelnemers wat organisaties en medewerkers "
        "succesvol maakt in wijkgericht werken. We kijken naar drie dingen. Eerst de vorm "
        "van de organisatie: welk doel heeft ze, en wat vraagt dat van de wijkfunctionaris? "
        "Dan diens rol: hoe vul je die in zodat ze past bij de wijk én bij de eigen "
        "organisatie? En ten slotte de bijpassende competenties. Met Han van Geel (gemeente "
        "Zutphen), Willem Stam (gemeente Den Helder) en Jetze van der Ham (Platform31).",
    ),
    (
        "Groningen experimenteert met zeggenschap",
        [1],
        ["Liesbeth van de Wetering"],
        ["Groningen"],
        "Sinds 2017 experimenteert de gemeente Groningen met gebiedsgericht werken en "
        "democratische vernieuwing. In vijf verschillende experimenten, elk in een andere "
        "wijk, zoekt men wat het samenspel tussen bewoners, college, raad en ambtenaren laat "
        "werken. Ze verschillen in hoeveel zeggenschap bewoners krijgen en in hoe het gesprek "
        "loopt. Het verst gaat de Coöperatieve Wijkraad Oosterparkwijk: uitgelote bewoners "
        "beslissen daar zelf over zaken van de wijk en maken samen met raadsleden beleid. Dat "
        "raakt aan het systeem, maar ook aan werkwijzen, aan hoe processen zijn ingericht en "
        "aan houding en gedrag. Groningen heeft de experimenten grondig geëvalueerd; in deze "
        "sessie komen de lessen op tafel. Door Liesbeth van de Wetering (gemeente Groningen).",
    ),
    (
        "Samen werken aan Opgaven in wijk Overvecht (Project O)",
        [1],
        ["Arjen van Ree"],
        ["Project O"],
        "Project O bouwt in Overvecht een lerende omgeving (een ecosysteem) waarin aan "
        "opgaven wordt gewerkt: door te ontmoeten, ontdekken, ontwikkelen, organiseren en "
        "ondervinden, samen met ondernemers, onderwijs, organisaties, overheden en "
        "Overvechters. Aan twee opgaven, KOKEN030 en Heel Overvecht Fietst, zie je hoe het in "
        "de praktijk gaat: wat lukt, waar kansen liggen en waar het stroef loopt. Daarna weet "
        "je hoe je die principes en ervaringen in je eigen werk kunt gebruiken. Arjen van Ree, "
        "die Project O heeft opgezet, leidt de sessie.",
    ),
    (
        "Vastgoed voor de buurt",
        [1],
        ["Maurice Specht", "Arie Lengkeek"],
        [],
        "Zonder goede maatschappelijke gebouwen geen geslaagde wijkaanpak: plekken om elkaar te "
        "ontmoeten, je te ontwikkelen, gezien en herkend te worden, te ondernemen en publieke "
        "diensten te vinden. Maar die panden hebben het zwaar: buurthuizen en bibliotheken "
        "gaan dicht, scholen, kerken en kleine winkelpanden worden woningen, rafelranden worden "
        "herontwikkeld en kunstenaars verliezen snel hun ateliers, expositieruimtes en "
        "broedplaatsen. Op veel plekken maakt publieke ruimte plaats voor commerciële, met het "
        "cappuccinobarretje als symbool. Maurice Specht en Arie Lengkeek onderzochten vanuit de "
        "praktijk hoe vastgoed duurzaam gemeenschappelijk kan worden. Ze schetsen regels, "
        "voorwaarden en arrangementen waardoor gebouwen behouden blijven voor toekomstige "
        "gemeenschappen, door hen worden beheerd en voor hen beschikbaar zijn.",
    ),
    (
        "Innoveren in de wijkaanpak",
        [1],
        ["Jornt van Zuylen", "Suzanne Potjer"],
        ["Den Haag", "BZK", "Twynstra Gudde"],
        "Hoe ziet een wijkaanpak eruit die vernieuwing aanmoedigt en stelselmatig leert van "
        "lokale praktijken, en wat is daarvoor nodig? We leggen de vraag voor aan vernieuwers "
        "en aan deskundigen die innovatieprogramma's opzetten, en bespreken hun lessen met de "
        "deelnemers: hoe wordt vernieuwing in jouw wijk gestimuleerd, hoe is het leren "
        "georganiseerd en hoe zorg je dat lessen blijven hangen? Wie meedoet, neemt ideeën mee "
        "voor een "
        "eigen, vernieuwende aanpak. Sprekers zijn Suzanne Potjer (Twynstra Gudde) en Jornt van "
        "Zuylen, die werkt voor de gemeente Den Haag en voor het ministerie van Binnenlandse "
        "Zaken en Koninkrijksrelaties.",
    ),
    (
        "De energietransitie als vliegwiel voor een leefbare buurt",
        [1],
        ["Matthijs Uyterlinde", "Anne Kunst"],
        ["Platform31"],
        "Kan de energietransitie de leefbaarheid helpen? In veel wijken die van het aardgas af "
        "gaan, is dat niet de enige opgave, en liggen er kansen om de buurt behalve duurzaam "
        "ook sociaal klaar te maken voor de toekomst. Matthijs Uyterlinde en Anne Kunst "
        "(Platform31) laten zien hoe gemeenten dat aanpakken in het experimentenprogramma "
        "'Verduurzaming van Kwetsbare Wijken'. Voorbeeld is Sunny Selwerd in Groningen: in "
        "die wijk werken gemeente, bewoners en lokale partners met een integrale aanpak aan een "
        "gezondere en fijnere woonomgeving. Daarover gaan we in gesprek.",
    ),
    (
        "Buurtagenda in een uur",
        [1],
        [],
        ["Platform31", "Movisie"],
        "Hoe maak je een buurtagenda waarin bewoners én beleidsmakers zich herkennen? Bewoners "
        "weten als geen ander wat er in hun buurt speelt, maar ook gemeente, corporaties en "
        "andere partijen werken aan en in de wijk. Platform31 en Movisie gaan met de "
        "deelnemers een buurtagenda opstellen: je leert cijfers en verhalen over een buurt te "
        "verzamelen en ze te verbinden tot agendapunten met breed draagvlak. Je ontdekt een aantal "
        "methoden die kwetsbare buurten zichtbaar maken, en probeert ze uit op je eigen werk.",
    ),
    (
        "Zeggenschap door geld: de burgerbegroting",
        [1, 2],
        ["Joop Hofman"],
        ["Rode Wouw"],
        "Burgerbegroten als instrument voor echte zeggenschap in wijk en gemeente: bewoners "
        "zoeken samen uit waar de wijk echt iets aan heeft, zetten zelf de agenda (opnieuw), "
        "kijken wat minder, anders of slimmer kan en wie kan meedoen, en vertalen dat naar de "
        "begroting: posten verschuiven, korten en nieuwe keuzes maken. Met ervaringen uit de "
        "laatste tien jaar in Nederland en Vlaanderen zoeken we uit wanneer een burgerbegroting "
        "van de grond komt en de buurt versterkt, en wanneer niet; hoe het overleg de "
        "lokale democratie versterkt en waar het politiek kwetsbaar is. Het kan klein "
        "beginnen, maar zoals onze zuiderburen laten zien ook uitgroeien tot een grote "
        "verandering, voor organisaties én voor de lokale democratie. Joop Hofman (Rode Wouw) "
        "schreef het eerste boekje over de burgerbegroting in Nederland en voerde het proces in "
        "bij zeven gemeenten in Nederland en België.",
    ),
    (
        "Van initiatief tot impact: strategie, tactiek en uitvoering voor veiligheidsinitiatieven",
        [1],
        ["Lucien Stöpler"],
        ["Veiligheidsinitiatief"],
        "Veiligheidsinitiatieven van bewoners nemen toe: buurtpreventieprojecten, appgroepen, "
        "buurtvaders, platforms voor dialoog en contact en initiatieven voor "
        "verkeersveiligheid, met denkers en doeners die meer of minder samenwerken met "
        "overheid en politie. Wat maakt zo'n initiatief succesvol, hoe vertaal je de missie "
        "naar het dagelijks werk van een buurtpreventieteam of appgroep, en waarom is er "
        "nergens iets vastgelegd over hoe ze met gemeente en politie omgaan, terwijl iedereen de "
        "bijdrage van "
        "burgers aan veiligheid en leefbaarheid groot vindt? Lucien Stöpler neemt je mee in "
        "zijn ervaring: wat initiatieven vitaal maakt, hoe je hun meerwaarde vergroot, leden "
        "motiveert en aanstuurt en samen serieuze resultaten boekt. Stöpler staat al jaren "
        "initiatieven op dit gebied bij en zit de landelijke vereniging Veiligheidsinitiatief "
        "voor.",
    ),
    (
        "Nieuwe leeragenda wijkaanpak - Vertrouwen in instituties en elkaar",
        [1],
        [],
        ["Movisie", "Platform31"],
        "Samen werken we aan een nieuwe leeragenda voor de wijkaanpak, op basis van een eerste "
        "concept van Movisie en Platform31: hoe sluit het aanbod aan op jullie leervragen? In "
        "deze sessie staat vertrouwen centraal. Hoe herstellen gemeenten samen met "
        "wijkprofessionals het vertrouwen en geven ze burgers weer perspectief? En hoe "
        "kunnen beleidsmakers, actieve bewoners en professionals in de wijk samen de gegroeide "
        "tegenstellingen en spanningen verminderen tussen groepen die verschillen in "
        "achtergrond en overtuiging?",
    ),
    (
        "Nieuwe leeragenda wijkaanpak - Integraal preventief signaleren",
        [1],
        [],
        ["Movisie", "Platform31"],
        "Samen werken we aan een nieuwe leeragenda voor de wijkaanpak, op basis van een eerste "
        "concept van Movisie en Platform31: hoe sluit het aanbod aan op jullie leervragen? Deze "
        "sessie gaat over vraagstukken waar zorg en veiligheid elkaar raken en die steeds vaker "
        "om preventie én repressie tegelijk vragen. Hoe gaan het versterken van de sociale "
        "basis en sociale herovering hand in hand, en wat vraagt dat van de samenwerking tussen "
        "heel verschillende professionals en bewoners?",
    ),
    (
        "De Capability Approach in de praktijk",
        [1],
        ["Erik Jansen", "Annica Brummel"],
        ["HAN"],
        "De term Capability Approach duikt steeds vaker op in adviezen, onderzoeken en "
        "beleidsstukken. Het idee: hoe het mensen vergaat, hangt niet alleen af van hun "
        "behoeften en talenten, maar ook van de (on)mogelijkheden die hun omgeving biedt. Kijk "
        "bij maatschappelijke vraagstukken dus niet alleen naar wat iemand wil en kan, maar ook "
        "naar wat de sociale omgeving mogelijk maakt en wat iemand nodig heeft. Vanuit de "
        "Hogeschool "
        "Arnhem en Nijmegen (HAN) leggen Erik Jansen en Annica Brummel de theorie uit en laten "
        "zien hoe je de benadering in de praktijk toepast.",
    ),
    (
        "Een veilige wijk? Kijk niet weg!",
        [2],
        ["Loes van der Wees"],
        ["OM"],
        "Veilige wijken zijn een speerpunt van het Nationaal Programma Rotterdam Zuid. Daar "
        "werkt het Openbaar Ministerie, samen met de rest van de justitieketen (reclassering, "
        "rechtbank en alles daartussen), op een nieuwe manier en wijkgericht; officier van "
        "justitie Loes van der Wees noemt dat "
        "'maximaal integraal'. Sla geen kant over omdat die lastig is: overlast, onveiligheid "
        "en criminaliteit benoem je niet graag, maar ze horen in je aanpak. Ze legt uit waarom "
        "het de moeite waard is om de bewoners en organisaties van je gebied goed te leren "
        "kennen, welke samenwerking daaruit kan groeien en over het koppelen van positieve acties "
        "aan de "
        "aanpak van criminaliteit en overlast, met veel voorbeelden uit heel Rotterdam Zuid "
        "die je in je eigen gebied kunt gebruiken.",
    ),
    (
        "Hoe buurtplatform Hart voor de K-buurt werkt aan inclusieve burgermacht",
        [2],
        ["Mike Brantjes", "Roos van Schaijk"],
        ["Hart voor de K-buurt", "Movisie"],
        "Wat doen actieve bewoners om juist kwetsbare buurtgenoten echt iets te zeggen te geven, "
        "zodat de wijk leefbaarder wordt? Het burgerplatform Hart voor de K-buurt vertelt "
        "hoe het vooral kwetsbare inwoners van Amsterdam Zuidoost samenbrengt en in beweging "
        "zet, waarbij mensen zelf eigenaar blijven van hun vraagstuk. Movisie belicht wat in "
        "die werkwijze werkt, zoals het inzetten van sleutelfiguren en van bewoners die al "
        "georganiseerd zijn. Daarna zoeken de deelnemers uit hoe ambtenaren en buurtplatforms "
        "meer aan elkaar kunnen hebben. Met Roos van Schaijk (Movisie) en Mike Brantjes (Hart "
        "voor de K-buurt).",
    ),
    (
        "De corporatiesector in oude glorie herstellen?",
        [2],
        ["Jeroen van der Velden", "René Scherpenisse"],
        ["Platform31", "Tiwos"],
        "De meeste verkiezingsprogramma's willen de corporatiesector in oude glorie herstellen, "
        "terwijl die net was teruggezet op haar kerntaken. Tijdens de Stedelijke Vernieuwing "
        "(1995-2015) hadden corporaties een brede rol: ze bouwden betaalbare woningen, maar staken "
        "ook geld in voorzieningen, de openbare ruimte, de leefbaarheid en samenhang van "
        "buurten, en zelfs in welzijn en zorg. Na een aantal onverstandige investeringen in "
        "economisch zware tijden floot het "
        "Rijk hen terug naar hun kerntaak: genoeg betaalbare woningen. Nu de leefbaarheid in "
        "kwetsbare wijken onder druk staat, lijkt de slinger terug te gaan en worden "
        "corporaties gevraagd mee te doen aan de gebiedsgerichte aanpak. Wat betekent herstel "
        "concreet, en welke rol in de wijk past nu? Jeroen van der Velden (Platform31) spreekt "
        "met René Scherpenisse, directeur-bestuurder van corporatie Tiwos in Tilburg, over de "
        "manier waarop Tiwos die rol oppakt, de veranderingen die corporaties om zich heen "
        "zien, en wat die de komende jaren vragen van hun werk in kwetsbare wijken.",
    ),
    (
        "Met wijkeconomie naar wijkontwikkeling: de Afrikaanderwijk Coöperatie",
        [2],
        ["Annet van Otterloo"],
        ["Afrikaanderwijk Coöperatie"],
        "Wie het Gemaal op Zuid binnenloopt, het huis van de Afrikaanderwijk Coöperatie, ziet "
        "het motto 'development without displacement': de wijk ontwikkelen met de mensen die "
        "er al wonen. De coöperatie schept werk en ruimte om te ondernemen voor mensen voor wie "
        "dat niet vanzelf gaat, met diensten die wijkbewoners uitvoeren: catering, "
        "schoonmaak, vervoer, textielproductie, beheer en cultuur. Het doel is een sterkere, "
        "kapitaalkrachtigere Afrikaanderwijk met betrokken bewoners en ondernemers. Algemeen "
        "coördinator Annet van Otterloo vertelt hoe een lokaal gewortelde economie ontstaat die "
        "werkt voor de bewoners, waarom, en wat er nodig is om die te laten groeien.",
    ),
    (
        "Wijkaanpak en de ‘commons’",
        [2],
        [],
        ["Commons Network", "Commons Lab"],
        "Wijkaanpak en 'commons' lijken ver uit elkaar te liggen; deze sessie laat het "
        "tegendeel zien. Bij de commons gaat het om samen gebruikmaken van gemeenschappelijk "
        "bezit, zoals parken of gebouwen die voor iedereen open staan. Twee organisaties, het "
        "Amsterdamse Commons Network en het Antwerpse Commons Lab, verkennen samen hoe die "
        "gedachte wijken en "
        "buurten beter kan maken. Vanuit de basisprincipes van de commons zie je concrete "
        "voorbeelden uit Amsterdam en Antwerpen waarin de theorie in praktijk is gebracht.",
    ),
    (
        "Sociale basis heroveren op het sociaal domein!",
        [2],
        ["Han van Geel", "Mariel van Pelt"],
        ["Zutphen", "Movisie"],
        "De decentralisaties in het sociaal domein zijn amper achter de rug of de 'sociale "
        "basis' doet zijn intrede. Logisch: het sociale hoort thuis in de lokale gemeenschap, "
        "niet in een domein. Daar kunnen netwerken van betrokken bewoners alledaagse zorg en "
        "steun het best oppakken, met hulp van professionals waar de last te zwaar wordt. Zo'n "
        "omslag vraagt leerwerk aan twee kanten: de gemeenschap moet opnieuw ontdekken hoe ze "
        "die basis vormt, en het sociaal domein moet leren loslaten, ondersteunen en alleen "
        "nog oppakken wat het gewone leven overstijgt. Han van Geel (gemeente Zutphen/LPB) laat "
        "zien hoe in "
        "Zutphen sinds 1994 gemeenschapsopbouw en zorg en ondersteuning elkaar afwisselden in "
        "de opdracht aan de lokale welzijnsorganisatie, en hoe de nieuwe opdracht beide "
        "combineert zodat ze elkaar versterken. Mariel van Pelt (Movisie/HAN) laat met haar "
        "onderzoek zien hoe sociaal werkers daardoor anders gaan werken. Tot slot verzamelen we "
        "ideeën van deelnemers om de sociale basis te "
        "heroveren. Je krijgt inzicht in wat sociaal werkers voor de sociale basis doen, en "
        "helpt met je ideeën het leernetwerk kansrijke strategieën te ontwikkelen.",
    ),
    (
        "Nieuwe leeragenda wijkaanpak - gemengde wijken",
        [2],
        [],
        ["Movisie", "Platform31"],
        "Samen werken we aan een nieuwe leeragenda voor de wijkaanpak, op basis van een eerste "
        "concept van Movisie en Platform31: hoe sluit het aanbod aan op jullie leervragen? "
        "Lang gold het mengen van woningtypes en bewoners als middel om wijken te verbeteren, "
        "maar dat ideaal is naar de achtergrond verdwenen. Veel buurten kregen de laatste jaren "
        "te maken met superdiversiteit en de komst van kwetsbare bewoners. Het doel heet nu de "
        "inclusieve wijk. Maar wat houdt dat in, en hoe bouw je een buurt waar elke bewoner "
        "zich thuis en welkom weet?",
    ),
    (
        "Lessen uit de stadsvernieuwing voor verduurzaming",
        [2],
        ["Paul Vlaar"],
        ["Hoogkamp Energie"],
        "De belangrijkste les van de stadsvernieuwing: ingrijpen in woningen en woonomgeving "
        "lukt alleen als het perspectief van bewoners vanaf de eerste stap leidend is. "
        "Wie een goed resultaat wil, kan niet om actieve participatie heen, hoe lang de weg "
        "ook lijkt: van inspraak via medezeggenschap naar mede-eigenaarschap. "
        "Net als toen krijgt de energietransitie vorm in een wijkgerichte aanpak. Volgens de "
        "CBS-indeling zijn er ruim 13.000 buurten en dorpen, en geen twee zijn gelijk: een "
        "blauwdruk bestaat niet. Er zijn wel principes die werken. Begin bijvoorbeeld bij hoe "
        "bewoners hun wijk beleven: wat houdt ze daar, wat maakt het er prettig wonen, en hoe "
        "maak je de gemeenschap sterker? Wie steun wil voor verduurzaming, investeert eerst in "
        "hechtere buurten en pakt sociale problemen aan; zoals in de "
        "stadsvernieuwing kan de energietransitie een hefboom zijn om buurten nieuw leven in te "
        "blazen. Door Paul Vlaar, mede-oprichter van Hoogkamp Energie en initiatiefnemer van "
        "#Krachtproef Energie.",
    ),
    (
        "Sociaal-fysieke wijkaanpak: hoe doe je dat?",
        [2],
        ["Sandy Deckers", "Marijn Freud", "Astrid Kroos", "Matthijs Uyterlinde", "Simone 't Hooft"],
        ["Parkstad", "Zaanstad", "NPRZ", "Platform31"],
        "Waar problemen zich opeenhopen, helpt alleen een integrale aanpak: sociale en fysieke "
        "maatregelen samen, met de toekomst van de bewoners als uitgangspunt. Dat lukt alleen "
        "met een lange adem en als iedereen samenwerkt: bewoners, gemeente, corporaties, "
        "politie, scholen, zorg- en welzijnsorganisaties en ondernemers. Ervaringen uit drie "
        "steden helpen ons terug- en vooruitkijken: Poelenburg/Peldersveld in Zaanstad, "
        "Rolduckerveld in Kerkrade en het Nationaal Programma Rotterdam Zuid. Wat hebben we "
        "geleerd, en wat moet er gebeuren zodat bewoners écht beter worden van wijkvernieuwing? "
        "Met Matthijs Uyterlinde en Simone 't Hooft (Platform31), Astrid Kroos (NPRZ), Marijn "
        "Freud (gemeente Zaanstad) en Sandy Deckers (Stadsregio Parkstad Limburg).",
    ),
    (
        "Bouwen aan buurtgeluk",
        [2],
        ["Yffi van den Berg", "Jeffrey Bolhuis", "Frank Wassenberg", "Mees Zonneveld"],
        ["ERA Contour", "AP+E", "Platform31"],
        "Maken renovatie, sloop en nieuwbouw bewoners gelukkiger in hun huis en buurt? Aan de "
        "hand van praktijkvoorbeelden tonen we wat een nieuw gebouw of een andere fysieke "
        "ingreep oplevert. In tal van stadsbuurten ontwerpt ontwikkelaar ERA Contour samen met "
        "de bewoners. En in Panorama Lokaal, de ontwerpprijsvraag van de Rijksbouwmeester, "
        "kwamen ontwerpteams met creatieve plannen voor wijken aan de rand van de stad. Samen "
        "bespreken we hoe ontwerpers, marktpartijen, gemeente en bewoners buurten maken waar "
        "het goed thuiskomen is. Met Yffi van den Berg, die bij ERA Contour concepten "
        "ontwikkelt, Jeffrey Bolhuis (AP+E Design en Research) en Frank Wassenberg en Mees "
        "Zonneveld (Platform31).",
    ),
]

# Seed 001's moderator and eight speakers: the part they play and what they talk about.
DAG_VAN_DE_BUURT_SPEAKERS = [
    ("Hadassah de Boer", "moderator", "Leidt de dag."),
    ("Lucas de Man", "speaker", "Geeft het startsein voor de dag."),
    ("Dave Ensberg-Kleijkers", "keynote", "Waarom de buurt alle aandacht verdient."),
    ("Jos van der Lans", "speaker", "Blikt terug op eerdere wijkaanpakken."),
    ("Petra van Duijnhoven", "speaker", "Blikt terug: wat maakte in Brukske het verschil?"),
    ("Ahmed Marcouch", "table_guest", "Prioriteiten voor een toekomstige minister van wijken."),
    (
        "Harry van der Molen",
        "table_guest",
        "Hoe een minister bewoners meer laat bijdragen aan een leefbare wijk.",
    ),
    ("Marco Pastors", "table_guest", "Lessen uit het NPRZ voor een minister van wijken."),
    (
        "Tanja Jadnanansing",
        "table_guest",
        "Voortbouwen op ervaringen met leefbaarheid en veiligheid.",
    ),
]

# Seed 000: the four sessions of the learning network. Each opens with a public lunch
# lecture and goes on behind closed doors.
# (date, start hour, end hour, title, lecturer, partners, summary, public part, closed part)
NETWORK_SESSIONS = [
    (
        (2024, 3, 7),
        12,
        15,
        "Stadsontwikkeling en sociale rechtvaardigheid",
        "Stijn Oosterlynck",
        [],
        "Voor wie en door wie wordt de stad gemaakt, en wat betekent dat voor het sociaal werk?",
        "De eerste bijeenkomst gaat over de band tussen stadsontwikkeling en sociale "
        "rechtvaardigheid. Prof. dr. Stijn Oosterlynck neemt ons in de lunchlezing mee "
        "door wat er de laatste decennia in de stad is gebeurd: wie maken de steden, en voor "
        "wie? Welke trends en ontwikkelingen vallen op, en wat merken de mensen voor wie het "
        "sociaal werk er is daarvan?",
        "Daarna gaat het achter gesloten deuren over de moeilijke positie van sociale "
        "professionals in hedendaagse stadsontwikkeling. Hoeveel aandacht krijgt het thema in "
        "het sociaal werk, en waarom? Krijgen sociaal werkers hun kennis van de buurt en de "
        "belangen van de mensen voor wie ze werken een plek in ontwikkelingsprojecten? Welke "
        "rol willen en kunnen ze spelen, en wat staat dat in de weg? Het gesprek volgt de "
        "resultaten van het "
        "onderzoek in Antwerpen naar drie stadsvernieuwingsprojecten en gaat met concrete "
        "cases in op enkele grote uitdagingen.",
    ),
    (
        (2024, 3, 28),
        12,
        15,
        "Handelingsstrategieën voor sociaal werk",
        "Pieter Cools",
        [],
        "Hoe sociaal werkers en hun organisaties meer invloed krijgen op stadsvernieuwing.",
        "De tweede bijeenkomst draait om wat het sociaal werk doet en hoe dat stadsvernieuwing "
        "beïnvloedt. In de lunchlezing belicht prof. dr. Pieter Cools waarom ervarings- en "
        "leefwereldkennis ertoe doet in stadsontwikkeling, en hoe sociaal werkers samen met de "
        "mensen voor wie ze werken meepraten over wat een buurt moet worden.",
        "Met een kleine groep verzamelen we daarna wat deelnemers weten en meemaakten: hoe "
        "krijgen sociale professionals en hun organisaties meer gewicht in stadsvernieuwing, en "
        "met welke "
        "handelingsstrategieën maken sociaal werkers stadsontwikkeling sociaal rechtvaardiger "
        "en democratischer? Wat is het belang van formele participatie, en onder welke "
        "voorwaarden is jouw deelname zinvol? Hoe maak je lange, complexe vernieuwingstrajecten "
        "toegankelijker voor de mensen voor wie je werkt, en hoe blijven ze je vertrouwen als "
        "het resultaat niet is wat ze hoopten?",
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
        "De derde lunchlezing kijkt door de ogen van de ruimtelijke professionals die aan "
        "stadsontwikkeling werken. Sociale en ruimtelijke blikken op de stad lijken soms ver "
        "uit elkaar te liggen, maar is dat ook zo? Expert Jo Boonen ontleedt welke logica "
        "stadsvernieuwing van buitenaf en van binnenuit stuurt.",
        "Besloten bespreken we wat dit ruimtelijk perspectief betekent voor het sociaal werk en "
        "hoe je de kloof tussen sociale en ruimtelijke perspectieven overbrugt. Wie maken deel uit "
        "van het ecosysteem rond stadsvernieuwing, en wie zijn daarin je sleutelfiguren en "
        "medestanders? Wat moet je kunnen en weten om bruggen te bouwen, en biedt de tijdlijn van "
        "een vernieuwingsproces aanknopingspunten voor het sociaal werk? We vertrekken vanuit "
        "de deelstudie over ruimtelijke professionals: hoe zij hun rol zien en invullen, en "
        "waarom sociale kennis voor hen lastig te vinden en toe te passen is.",
    ),
    (
        (2024, 5, 2),
        12,
        16,
        "Kan stadsvernieuwing socialer? Onderzoeksresultaten en praktijk",
        None,
        ["JES", "Saamo"],
        "De slotbijeenkomst: de resultaten van het onderzoek en ervaringen uit het werkveld.",
        "De vierde bijeenkomst sluit het onderzoeksproject Stadsvernieuwing als Sociale "
        "Praktijk af, met een wat uitgebreidere lunch. Wat sociale professionals en hun "
        "organisaties kunnen doen om stadsvernieuwing democratischer te maken: daarover "
        "brengen de onderzoekers hun bevindingen. Het werkveld spreekt ook: Saamo Antwerpen en "
        "het team jeugdparticipatie van JES Brussel laten zien hoe ze heel verschillende "
        "bewonersgroepen laten meedenken over het ontwerp van de stad.",
        "Het lerend netwerk sluit besloten af. We praten over wat het werkveld nodig heeft "
        "op dit thema en over de instrumenten die uit het onderzoek voortkomen. Welke "
        "inzichten verdienen een groter publiek, en in welke "
        "vorm? Welke thema's kwamen te weinig aan bod of verdienen verder uitzoekwerk? En welke "
        "aanbevelingen wil het lerend netwerk nog toevoegen?",
    ),
]

# Seed 000: the learning network itself.
SERIES_INTRO = (
    "<p>Het lerend netwerk komt voort uit het onderzoeksproject Stadsvernieuwing als Sociale "
    "Praktijk van Stadskracht, de onderzoeksgroep van AP Hogeschool Antwerpen. In drie "
    "bijeenkomsten en een slotevenement, in het voorjaar van 2024, zoeken we hoe "
    "stadsvernieuwing meer kan bijdragen aan sociale rechtvaardigheid en democratie, en welke "
    "rol sociale professionals daar vandaag in kunnen spelen.</p>"
)
SERIES_BODY = [
    (
        "paragraph",
        "<p>Elke sessie wisselt dezelfde, beperkte groep sociale professionals inzichten en "
        "ervaringen uit over één thema. Een sessie begint met een openbare lunch en lezing "
        "die stof tot nadenken geeft; daarna gaat de groep besloten verder met ervaringen, "
        "inzichten en strategieën. Afhankelijk van het onderwerp schuiven ook belanghebbenden, "
        "onderzoekers en anderen aan om bij te dragen.</p>",
    ),
    (
        "paragraph",
        "<p>Stadskracht onderzoekt, dicht bij de praktijk, hoe de stad inclusief en duurzaam "
        "wordt. "
        "Met de nieuwsbrief van Stadskracht blijf je op de hoogte van dit onderzoek en van "
        "andere projecten van de onderzoeksgroep.</p>",
    ),
]

# Seed 001: what the day is about, and its plenary programme.
DAG_VAN_DE_BUURT_INTRO = (
    "<p>De Dag van de Buurt gaat over het waarom van de buurt, maar zeker ook over het hoe. "
    "Het is het startschot voor een nieuwe leeragenda en een leernetwerk wijkaanpak. Elke "
    "workshop vertrekt vanuit wat bewoners en professionals in de wijk hebben meegemaakt.</p>"
)
OPENING = (
    "Na de opening door Lucas de Man vertelt Dave Ensberg-Kleijkers waarom de buurt alle "
    "aandacht waard is. Daarna blikken Petra van Duijnhoven en Jos van der Lans met ons "
    "terug: wat kunnen we leren van de wijkaanpak die in 2008 van start ging, en wat hielp "
    "of hinderde in eerdere aanpakken?"
)
ROUND_TEXT = (
    "Dertien sessies om uit te kiezen, om dieper in te gaan op een thema dat je aanspreekt."
)
CLOSING = (
    "De dag eindigt in de studio met een blik vooruit: wat moet er bovenaan het lijstje "
    "van een toekomstige Minister van Wijken staan? Deelnemers en tafelgasten geven "
    "antwoord: Ahmed Marcouch (burgemeester), Harry van der Molen (Tweede Kamerlid), Marco "
    "Pastors (directeur Nationaal Programma Rotterdam-Zuid) en Tanja Jadnanansing "
    "(stadsdeelvoorzitter Amsterdam Zuidoost)."
)
