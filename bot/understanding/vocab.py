"""Word tables the parser reads from: names, roles, organisation hints and cue words.

Keeping vocabularies as data makes them easy to extend without touching the logic.
"""

from __future__ import annotations

# Common Danish and English first names; a capitalised word from this set starts a person.
FIRST_NAMES = frozenset(
    """
    aase agnes ahmed aksel albert alberte alexander alfred ali alice allan amalie amanda amir
    anders andreas anette anita anja ann anna anne annette anni ansgar anton arne asger astrid
    august axel benedikte bent bente benny berit bettina birgit birgitte birthe bjarne bjørn bo
    brian britt brit brita camilla carina carl carla carsten casper charlotte christian
    christina christine christoffer claus clara connie dan daniel david dennis dion ditte dorte
    dorthe ebbe eigil einar elin elisabeth ella ellen elna emil emilie emma erik erling esben
    ester eva ferdinand filip finn flemming frank freja frederik frida gitte grete grethe gudrun
    gunnar gustav hanna hannah hanne hans harald hassan heidi helen helene helga helle henning
    henrik henriette herdis hugo ib ida inge inger ingrid irene isabella jacob jakob jan jane
    janne jens jesper jette jimmy joachim johan johanne johannes john jonas jonathan josefine
    jørgen jørn julie julius jytte kaj kamilla karen kari karin karina karl kasper katrine kent
    kenneth kevin kim kirsten kirstine kristian kristina kristine lars laura lea leif lena lene
    mads greg lasse amir jes lise lisbeth liselotte lone lotte louise lucas lukas line linda lis lisa magnus maja malene
    malthe marc marianne marie mariam marius martin mathias mathilde mette michael michala mie
    mikael mikkel mille mogens mona morten nadia naja nanna niels nikolaj nikoline nina noah
    ole oliver olivia oscar oskar otto palle per pernille peter philip pia poul preben rasmus
    rie rikke rita robert ruth rune sabrina sandra sanne sara sarah sebastian signe simon
    sofia sofie solveig sonja steen sten stig susanne svend sven søren thea theis thomas tim
    tina tine tobias tom tommy tor torben tove trine troels ture ulla ulrik vagn valdemar
    vibeke victor viggo viktor villads vivi william yvonne
    aaron abigail adam alan alex alexandra alison amy andrew andy angela ann ashley barbara ben
    benjamin beth betty bill bob brenda bruce carol caroline catherine charles charlie chloe
    chris christopher claire colin craig dave deborah diana donna doris dorothy douglas ed
    edward eleanor elizabeth ellie emily eric ethan fiona frances gary george grace graham greg
    harry heather helen henry ian isaac jack jacqueline james jamie jason jeff jennifer jenny
    jessica jill jim joan joe joel john jon jonathan joseph josh joshua joy judy julia julian
    justin kate katherine kathy kelly ken kevin kim laura lauren leo liam linda lisa liz lucy
    luke lydia margaret maria mark mary matt matthew megan melissa mia michelle mike molly
    nancy natalie nathan neil nick nicola nicole olivia owen patrick paul paula rachel rebecca
    richard rob robert robin rose ruby russell ryan sally sam samantha samuel sandra scott
    sean sharon simon sophie stephen steve steven stuart susan tara ted thomas tim tony tracy
    victoria vincent walter wendy will zoe
    greta rosa bella frida alma ellen karla olga johan vilhelm alfred carl
    bodil ejnar oluf asta kaare kåre ditte jonna vibe sanne stine dave lily rita priya ravi fatima
    jake josh chloe ella ellie mette-marie anne-marie marie-louise karl-erik poul-erik hans-henrik
    aage åse bitten dagmar edith else erna esther gerda gertrud gurli inga jenny jonna kamma karoline
    kirsa lillian lilly maren merete mia misse nanna oline pernille rigmor ruth signe sigrid tilde
    tove trine ulla vera yrsa ejvind egon erling gorm gunner hakon helge holger jeppe jens-erik
    kaj kasper klaus knud kristoffer leo lauge magne mathias max mikael mogens ove palle poul
    rolf sune svend thor thorkild torsten uffe villy aksel anker arvid bent birger carsten
    christopher esben frode georg gert hjalte ivan jan jesper johnny kenn kenneth kurt lars-erik
    mehmet murat emre yusuf omar mustafa ayse fatma leyla sara-marie nadia amina hussein karim
    malene mai maiken mariane mathilde nicolai nikolai rasmus sebastian søs tobias valdemar
    jo kemi raj olu mei hana tess pete ana
    alfie amelia archie arthur ava barry bethany brad brandon brittany callum cecilie clive cody
    connor daisy darren derek dominic dylan evie felix finley freddie freya gareth gemma harrison
    holly imogen isla joanne jodie katie keith kerry kieran kirsty kyle leanne lewis logan
    matilda mohammed muhammad nigel phoebe poppy riley ronni rosie rupert scarlett shaun
    sophia stacey stephanie theo tiffany toby tracey travis trevor tyler wayne
    ron
    phil rick meg hugh jess bex jen terry duncan gordon rhys shane vince alec cath debbie diane gail kath
    lorna lynn maggie mandy polly tanya vicky arjun aisha marisol dana frede
    adrian aidan alicia alistair andrea angus annie audrey becky bridget caitlin carlos carmen carrie cassie cathy cheryl
    cindy claudia conni courtney cynthia danny denise diego dolores dora eileen elaine elena elisa elsebeth erica erin evelyn
    felicity fred gabriel gabriela gavin gina gloria gwen harold howard isabel jackie janet janice janni jasmine jean jeanette
    jenna jeremy jerry jimmi joanna jocelyn joey jose joyce juan juliet karsten kathleen katja kayla kelsey klara kristen
    kristin larry leah leon leslie lindsay lori louis lucia luis lynda mabel marcia marcus marcy marilyn marion marjorie
    marsha martha marvin maureen maxine melanie melinda meredith miguel miranda monica nadine naomi nicklas nils noel nora
    norman pamela patricia peggy priscilla rachael ralph raymond regina rena rené rhonda roberta roger roland ronald
    rosemary roy sadie shannon sheila shelby shirley simone sofus stacy stanley steffen stella susie sylvia tamara tammy
    tanja teresa terri theresa todd troy valerie vanessa veronica vicki virginia vivian wanda warren wesley whitney yolanda
    zach zachary
    kev gaz baz sue fran vic lou trev jules bev mags ally becks steph kat dee ray
    """.split()
)

# Role nouns (Danish and English); a word ending in one of these is a role.
ROLE_HEADS = (
    "coach",
    "direktør",
    "chef",
    "leder",
    "formand",
    "formænd",
    "manager",
    "director",
    "head",
    "owner",
    "ejer",
    "indehaver",
    "president",
    "ceo",
    "cfo",
    "coo",
    "cmo",
    "koordinator",
    "coordinator",
    "konsulent",
    "consultant",
    "sekretær",
    "secretary",
    "librarian",
    "bibliotekar",
    "redaktør",
    "editor",
    "chair",
    "chairman",
    "chairwoman",
    "partner",
    "ansvarlig",
    "uddeler",
    "købmand",
    "journalist",
    "officer",
    "administrator",
    "assistant",
    "assistent",
    "medarbejder",
    "rådgiver",
    "advisor",
    "adviser",
    "kasserer",
    "treasurer",
    "næstformand",
    "founder",
    "apoteker",
    "lead",
    "sagsbehandler",
    "pastor",
    "præst",
    "priest",
    "stifter",
    "principal",
    "skoleleder",
    "rektor",
    "inspektør",
    "teamleder",
    "afdelingsleder",
    "sponsoransvarlig",
    "specialist",
    "supervisor",
    "mester",
    "præsident",
    "sygeplejerske",
    "kontaktperson",
    "pressekontakt",
    "brygger",
    "borgmester",
    "læge",
    "mgr",
    # Unions, associations and workplaces: the people a library meets there.
    "repræsentant",
    "tillidsmand",
    "tillidskvinde",
    "steward",
    "representative",
    "rep",
    "bestyrelsesmedlem",
    "board member",
    "organizer",
    "organiser",
    "underviser",
    "instruktør",
    "frivillig",
    "volunteer",
    # Schools, day care and buildings.
    "lærer",
    "pædagog",
    "pedel",
    "vicevært",
    # Trades and shops.
    "mekaniker",
    "tekniker",
    "elektriker",
    "farmaceut",
    "kok",
    "bager",
    "baker",
    "butcher",
    "foreman",
    "forewoman",
    # Guardians, wardens and crews ("kirkeværge", "crew captain").
    "værge",
    "captain",
    "tjener",
    "gartner",
    "landmand",
    # Front desks, shops and fundraising.
    "receptionist",
    "bestyrer",
    "champion",
    "pioneer",
    "liaison",
    "merchandiser",
    # Harbours, sport and the trades met in round 15 ("havnefoged", "skovfoged", "fodboldtræner", "ejendomsmægler").
    "foged",
    "kaptajn",
    # A haulier before or after a name (round 17): "vognmand Kurt Bjerre" ("Vognmand Hansen" alone is a firm, as
    # "Købmand Hansen": titles.SHOP_TRADES). Trades that end firms' names ("Lunds Slagter", "Ninas Frisør") stay out.
    "vognmand",
    "træner",
    "mægler",
    "fotograf",
    # Writers, artists and analysts met in round 16 ("forfatter", "author", "billedkunstner", "dataanalytiker",
    # "social worker"; "harbour master" is read in titles.py, as "master" alone ends brands such as "Sportmaster").
    "forfatter",
    "author",
    "writer",
    "poet",
    "digter",
    "illustrator",
    "kunstner",
    "artist",
    "musiker",
    "musician",
    "analytiker",
    "worker",
)
# Role words that must not be read as roles although they end like one.
ROLE_STOP = frozenset({"partner", "partnere", "partners"})

# Words that make a capitalised phrase an organisation.
# Organisation nouns that name one only as the end of a compound ("Fjordkassen", "Andelskassen"), never alone.
ORG_COMPOUND_ENDS = frozenset({"kasse", "kassen"})
ORG_SUFFIXES = frozenset(
    """
    savings boghandlen
    bank banken sparekasse sparekassen fond fonden fondet foundation forvaltning forvaltningen
    boghandel boghandelen rotary lions club klub klubben forening foreningen group gruppen
    corp corporation inc ltd llc plc a/s aps as gmbh library bibliotek biblioteket bibliotekerne
    skole skolen school gymnasium gymnasiet børnehave børnehaven vuggestue jobcenter jobcentret
    center centret centre cafe café bageri bageriet butik butikken shop apotek apoteket
    tandklinik klinik klinikken museum museet teater teatret hotel restaurant kro sygehus
    hospital kommune kommunen region regionen avis avisen radio tv forlag forlaget publishing
    press foods food fitness bowling golf rideklub boldklub idrætsforening handelsstandsforening
    erhvervsforening erhvervsråd erhverv venner friends kulturhus kulturhuset kulturhuse
    tømrerforretning malerforretning bilsyn bilcenter auto autoværksted elektro vvs byg
    byggemarked supermarked brugs superbrugsen dagli'brugsen kvickly landsbank nordisk fonde
    institute institut universitet university college academy akademi association union
    forbund forbundet fagforening sosu sosu-skole trust council charity network netværk
    community kirke church moské mosque zoo tandlæge tandlæger tandlægerne lægehus lægehuset
    lokalråd bakery transport cinema kino biograf municipality cross kors festival handball
    håndbold council pharmacy theatre theater scouts spejder spejderne studio kiosk florist
    antikvariat arkiv vandrerhjem camping fysioterapi handel marked sogn råd samråd hjemmeværn
    laug pizza pizzeria isbar svømmehal sportshal bryghus hal
    hardware dental dentist dentists water diner gym primary surgery dairy tyres tires cycles deli
    kitchen solicitors architects energy removals garage county revision tryk trykkeri forsyning
    planteskole entreprise møbler cykler biografer boghal boghandler nursery daycare preschool
    kindergarten playgroup hospice co-op parish
    bar accounting accountants
    motors dealership bilhus bilhuset
    builders joinery joiners plumbers plumbing roofing roofers printers opticians electricians insurance logistics
    shipping freight ceramics florists bookshop bookstore
    brewery breweries distillery winery vineyard creamery bakehouse tearooms tearoom roastery agents agency realty
    realtors lettings salon barbers butchers grocers greengrocers fishmongers jewellers jewelers chemist chemists
    launderette laundromat
    records kaffe kaffebar kaffebaren coffee roasters rösteri risteri boghandlen
    wines vintners vinhandel vinhandler vinhus
    """.split()
)

# Well-known brands and chains (lower-case) that are organisations on their own.
BRANDS = frozenset(
    """
    fakta løvbjerg bauhaus silvan sportmaster thiemers føtex dagrofa coop365 lidl normal
    netto føtex bilka coop kvickly superbrugsen irma meny spar lidl aldi rema rema-1000
    7-eleven salling lego saxo arla carlsberg novo maersk mærsk vestas danfoss grundfos
    nordea nykredit tryg topdanmark alm dsb postnord tdc telenor telia ikea matas jysk
    elgiganten imerco tiger gyldendal politiken foa 3f hk bupl dlf nordea jyske sydbank
    barclays tivoli gaffa kiwi danish crown waterstones amazon google microsoft apple
    tesco seb deloitte pwc kpmg ey rambøll cowi ørsted orsted equinor shell circle-k q8 ok
    """.split()
)
# Brands too common as ordinary words to be recognised in lower-case text.
BRANDS_CASE_SENSITIVE = frozenset({"tiger", "spar", "normal", "circle", "ok", "apple", "alm", "kiwi"})

# First words that strongly suggest an organisation ("Dansk Metal", "Nordic Shipping").
ORG_PREFIXES = frozenset({"dansk", "danske", "danish", "nordic", "nordisk", "scandinavian", "greve", "royal"})

# Towns and areas: a phrase made only of these is a place, not an organisation.
PLACES = frozenset(
    """
    greve køge solrød roskilde hundige karlslunde taastrup hillerød københavn copenhagen
    aarhus odense aalborg esbjerg vejle randers kolding horsens herning silkeborg holbæk
    næstved slagelse ishøj albertslund vallensbæk brøndby glostrup valby amager danmark
    denmark sjælland jylland fyn london new york brooklyn greve strand tune havdrup
    ringsted hvalsø holstebro nordborg ballerup gentofte hvidovre rødovre lyngby frederiksberg
    karise odsherred næstved göteborg goteborg gothenburg stockholm oslo malmö
    leeds manchester newcastle brighton bristol birmingham liverpool glasgow edinburgh oxford
    hackney camden islington peckham chelsea kensington knightsbridge headingley roundhay
    marylebone piccadilly watford bronx queens manhattan harlem flushing chinatown
    newark hoboken paramus yonkers trenton passaic hackensack montclair teaneck princeton stamford
    boston philadelphia chicago sheffield nottingham leicester coventry cardiff belfast
    """.split()
)

# Words that never start or continue a name even when capitalised (sentence starts, cues).
STOPWORDS = frozenset(
    """
    a about after again all also am an and any are as at be been before but by can could
    did do does for from had has have he her hers him his how i if in into is it its just
    let me my no not of off ok okay on or our out over re she so some than that the their
    them then there these they this those to too up us was we were what when where which
    who will with would yes you your hi hey thanks thank please per via note fyi nb ps
    quick sponsor sponsors update call called calls calling phoned phone spoke spoken talked
    talk met meet meeting lunch coffee emailed email mail mailed sent send sending follow
    follow-up try left reply remind reminder ping check confirm booked book visited visit
    deadline no luck
    de den det der dem din dit du en et er fra få fik gik god har havde hej hun han hende
    ham hvis hvad hvor i ikke jeg kan kunne med men mig min mit nu når og om op os på sig
    skal som så til tak ud var vi vil ville være af efter eller for før hos inden ja nej
    senest igen også
    ringede ringet ring ringer ringe talte snakkede snakket talt mødtes møde mødet mail sendte
    mailede sendt sender send sendes følg følger opfølgning opkald telefon telefonmøde
    besøgte besøg rykkede rykker kontrakt kontrakten husk note husker prøv prøver tjek tjekker
    rykket book booker skriv skriver sponsorat aftale aftalt aftalen ok fik ingen butikken
    referat opdatering status
    mødereferat mødenoter
    """.split()
) | frozenset(
    # Slack shorthand and pitch verbs that open a log ("Mtg Kestrel Logistics, ...", "Pitched Lakeside Credit Union")
    "mtg pitched pitching".split()
)

# Cue words that make a phrase the logged interaction's kind (past tense / nouns).
KIND_CUES: tuple[tuple[str, str], ...] = (
    (
        r"^tlf\b|ring(?:e)?de\b|ringet\b|opkald|opringning|telefonmøde|telefon(?:samtale)?\b|tlf\.?[- ]?samtale|tlf\.? (?:med|fra|til)|talte|snakkede|talt med|snakket med|telefonsvarer|forsøgt at ringe|prøvede at ringe|(?:lagde|lagt|efterlod|efterladt|indtalte|indtalt) (?:en |og )?(?:\w+ )?besked|\bbesked(?:en)? (?:er )?(?:lagt|indtalt|efterladt)\b|facetime\w*|videoopkald|tlf\.?\s*(?:m\.|med|w/|:)|tlf\.?samtale|telefon (?:m\.|med)|(?:kort |hurtig )?snak (?:med|m\.)|kort snak|fik (?:ikke )?fat (?:i|på)|(?:i|på) telefonen|ringede (?:\w+ )?(?:\w+ )?op\b|tlf\.?\s*(?:m\b\.?|:(?!\s*\+?\d))|\btlf\.? (?:i (?:dag|går|morges|formiddags|eftermiddags|aftes)|her til morgen)\b|(?<![\wæøå])snak(?:ket)? m\b|talte m\b|pr\.? (?:tlf|telefon)\b",
        "call",
    ),
    (
        r"cal+e?d\b|phoned|dial+ed\b|missed call|ubesvaret opkald|mistet opkald|^ph\b|\bconvo (?:with|w/)|\bconversation (?:with|w/)|^vm\b(?=\s+(?:for|to|w/|with|til|re)\b)|\blvm\b|^tel\.?\s(?=\s*(?:w/|with|m\.|med\s)?\s*[a-zæøå])|\bph (?:w/|with\b)|\bvm left|left (?:a |an )?vm\b|^phone\b|phone call|call (?:with|w/)|quick call|spoke|talked|voicemail|rang\b|^call\b|tried (?:the |their )?(?:main |office |store |shop |direct )?(?:number|line)\b|tried calling|tried to call|left (?:a |an )?(?:voicemail|vm|voice message|message|msg)|chat(?:ted)? (?:with\b|w/|to\b)|phone (?:w/|with\b)|tel\.? (?:with|w/)|\brung\b|\bleft (?:[a-z][\w'-]+ ){1,2}an? (?:voicemail|vm|voice message|message|msg)\b|\blagde (?:[a-zæøå][\wæøå-]+ ){1,2}(?:en )?besked\b|phoning|rang up|on the phone|by phone|over the phone|got hold of|reached \w+(?: \w+)? (?:by|on the) phone|video call",
        "call",
    ),
    (
        r"mødte\b(?! op)|mødereferat|mødenot\w*|referat fra mødet|[\wæøå-]*møde(?:t)? (?:med|m\b|hos|i dag|i går|i morges|i formiddags|i eftermiddags)|^[\wæøå-]*møde\b|\bmtg (?:m\b|med|hos|i|på)\b|mødtes|besøgte|besøg (?:hos|på|i)\b|skype(?:-?møde)? (?:med|m\b)|kaffe (?:med|m\b)|frokost (?:med|m\b)|frokostmøde|var (?:ude |forbi |inde )+(?:hos|i|på)\b|var forbi\b|kiggede (?:ind|forbi)|stak hovedet ind|(?:zoom|teams|online|video)-?møde|(?:zoom|teams) (?:(?:i dag|i går|i morges|i formiddags|i eftermiddags) )?(?:med|m\.|m\b)"
        # Lunch or coffee at a place, opening the line: "Frokost på Café l'Europe med ejeren", "Kaffe hos Lagkagehuset".
        r"|^(?:frokost|kaffe|morgenmad)(?:møde)? (?:på|hos)\s",
        "meeting",
    ),
    (
        r"\bmet\b|\bf2f\b|\bcame (?:by|round|over) (?:to |the |our )|\bswung by\b|\bskype (?:call )?(?:with|w/)|\bvisit (?:to|at)\b|\bwent (?:to see|over to|round to|down to|in to see)\b|\bpaid (?:\S+ ){0,3}?a visit\b|face[- ]to[- ]face|\bin[- ]person\b|ansigt til ansigt|fysisk møde|\bmtg notes|meeting notes|meeting (?:with|w/|at)|^meeting\b|\bmtg (?:with\b|w/|w\b|at\b|@)|lunch|coffee (?:with|w/)|(?:drinks|dinner|breakfast|brunch|a pint) (?:with|w/)|visited|sat down (?:with|w/)|(?:zoom|teams|google meet|video meeting)(?: call)? (?:(?:today|yesterday|this morning|this afternoon|earlier) )?(?:with|w/)|dropped (?:by|in)|stopped by|popped (?:in|by)"
        # "mtg Tom Reeve/Kestrel Print": a meeting noted by its abbreviation opening the line.
        r"|^mtg\b"
        # A short standing meeting with the partner: "stand-up ved biblioteket m. Theo", "stand-up with Jo at Aldi".
        r"|stand-?up(?:-?møde| meeting|\s+(?:ved|med|m\.|hos|på|i|with|w/|at|@|in)\s)",
        "meeting",
    ),
    (
        r"^(?:vs|fwd?|videresendt|forwarded)\b(?:\s+(?:e-?)?mail)?(?:\s+(?:fra|from)\b[^:\n]{0,60})?\s*:|^(?:already |just |allerede |lige )?sent\b(?!\s+(?:i|på)\s)(?!\s+(?:\w+\s+)?(?:an?\s+)?(?:text|sms|whatsapp|dm)\b)|^(?:allerede |lige )?sendte\b(?!\s+(?:\w+\s+)?(?:en\s+)?(?:sms|besked|text)\b)|^(?:allerede |lige )?sendt (?:en |et |vores |ansøgning)|ansøgning(?:en)? (?:er )?sendt|\bsent (?:off )?(?:the |our |an )?application|application (?:was |has been )?sent|submitted (?:the |our |an )?application|^videresendt\b|e-?mail exchange|mailudveksling|mailkorrespondance|e-?mailed|e-?mailede|mailede|mailet|(?:e-?mail|mail)s? (?:back |reply |replies |response |retur |svar |tilbage )?(?:fra|til|from|to|sendt|sent|t\.|f\.)|(?:svar|retur)mail (?:fra|from)\b|fik (?:en |denne |dette |følgende |den her |en ny )?(?:e-?)?mail|(?:got|received) (?:an?|this|the following) e-?mail|(?:e-?mail|mail) in from|sen[dt]t? (?:an? |en )?e-?mails?|sendt (?:en |et )?(?:kontrakt|aftale)|sent (?:the |a )?(?:contract|agreement)|(?:pr\.|per|via|by) (?:e-?)?mail\b|^e-?mail:|^mail:|skrev\b(?! under)(?! (?:en )?sms)|skrevet (?:en )?(?:e-?mail |mail )?til|wrote\b|written to|sendte (?:en |et )?(?:e-?)?mail|dropped (?:\w+ )?(?:\w+ )?an? (?:e-?mail|mail|line)|(?:svarede|har svaret|svaret) på (?:\w+ )?(?:e-?)?mail|replied to (?:my |our |the |her |his )?(?:e-?)?mail|replied by (?:e-?)?mail|mail(?:ede)? med|^\s*(?:fik |got |had )?(?:an? |et )?(?:svar|reply|answer|response) (?:fra|from)\b|heard back from|\breplied\b(?!\s+(?:by|on|over|via|in)\s+(?:the\s+)?(?:phone|tlf|text|sms|person))|\bsvarede\s*[:–-]|sent\b[^.\n]{0,40}?\b(?:e-?mail|mail)\b|sendte\b[^.\n]{0,60}?\b(?:e-?)?mail\b"
        # What someone mails or writes us, reported: "Lis fra Lions mailer, at de 12.000 er godkendt", "Sue writes that".
        r"|\b(?:mailer|mailede|skriver|skrev|e-?mails|writes|wrote)\s*,?\s+(?:os\s+|mig\s+|us\s+|me\s+)?(?:at|that)\b"
        # A thread of mails (round 17): "Email thread with Linnea Brandt", "mailtråd med Tove", "emails back and forth
        # with Sam", "mails frem og tilbage med Lis".
        r"|(?:e-?)?mail[- ]?(?:thread|chain|trail)s?\b|\b(?:e-?)?mail-?tråd\w*|\be-?mails (?:with|w/)\s"
        r"|\b(?:e-?)?mails (?:frem og tilbage|back and forth)\b",
        "email",
    ),
)

# What is still to come arriving is a delivery we wait for: "resten kommer fredag", "the rest arrives Monday",
# "restordren leveres i uge 3", "the remaining boxes will come on Friday".
ARRIVAL = (
    r"(?:resten|restordren|de resterende|det resterende|de sidste|the rest|the remainder|the remaining|the others)"
    r"(?:\s+[\wæøå-]+){0,3}?\s+(?:(?:kommer|ankommer|leveres|følger|arrives?|comes|follows?|(?:will|'ll|should)\s+"
    r"(?:come|arrive|follow|be delivered))\b|(?:is|are)(?=\s+(?:coming|arriving|due)\b))"
    # ... and brought or sent as the object: "hun kommer med resten i morgen", "they'll send the rest Friday".
    r"|(?:kom(?:mer|me)\s+med|bringer|brings?|bringing|sender|sends?|sending|leverer|deliver(?:s|ing)?|drop(?:s|ping)?\s+off)"
    r"\s+(?:os\s+|us\s+|over\s+)?(?:resten|de resterende|det resterende|de sidste|the rest|the remainder|the remaining)\b"
)
# Coffee or lunch with what it is for is goods given, not a meeting: "yes to coffee for the reading night", "ja til
# kaffe til læsecaféen" (while "ja til kaffe torsdag", "yes to a coffee next week" are meetings).
GIFT_PURPOSE_NOT = r"(?!\s+(?:for|til)\s+(?!(?:a|an|en|et|os|us|me|mig|two|to)\b)[a-zæøå])"
# Follow-up action cues (present/future/imperative forms).  "send" is resolved by its object.
ACTION_CUES: tuple[tuple[str, str], ...] = (
    (
        r"telefonmøde|ring(?:er|e)?\b|ring(?:er)? tilbage|opkald\b|call(?:s|ing)?\b|cb\b|retry\b|phon(?:e|es|ing) (?:him|her|them|us|the|back)\b|try\b|prøv(?:er|e)? igen|ringes"
        # English -s and -ing forms with their object, as the base form: "<@U1> rings the volunteers", "ringing her back".
        r"|ring(?:s|ing) (?:him|her|them|us|the|back|round)\b"
        # Trying again, in the -ing form: "Trying again Monday at 9", "trying her again after lunch".
        r"|trying (?:again|(?:him|her|them) again|(?:him|her|them) back)\b"
        # ... and ringing with its day right after: "ringing Friday", "ringing on Monday", "ringing tmrw".
        r"|ringing\b(?= (?:(?:on|next|this) )?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw))"
        # A callback named as a noun, and talking again: "callback in a fortnight", "we'll talk again Friday".
        # Slang for a call: "giver hende et kald torsdag", "give him a buzz Friday", "give her a bell".
        r"|giv(?:er|e)? (?:\w+ )?et kald\b|give (?:\w+ )?a (?:buzz|bell|tinkle|shout|call)\b|\bttyl\b"
        r"|call-?backs?\b|(?:talk|speak|chat)(?:ing)? again\b|(?:tales|snakkes|høres) (?:ved|igen)\b|(?:snakke|tale)r? (?:sammen )?igen\b"
        # A talk taken again, and Slack's "speak Thursday": "tager en snak med hende igen på torsdag", "speak tmrw".
        r"|tag(?:er|e)? en (?:snak|samtale|telefonsnak)\b(?=(?:\s+(?:med|m\.)\s+\w+)?\s+igen\b)"
        r"|(?<![\w'])(?:talk|speak|chat)\b(?=\s+(?:to (?:her|him|them) |with (?:her|him|them) )?(?:on\s+)?(?:mon|tue|wed|thu|fri"
        r"|tomorrow|tmrw|next week)\w*\b)",
        "call",
    ),
    (
        r"mail(?:er|e|s)?\b|e-?mail(?:s|ing)?\b|skriv(?:er|e)?\b(?!\s+under\b)|writes?\b|writing (?:up|it up|(?:him|her|them)|to (?:him|her|them))\b|repl(?:y|ies)\b|referat|summary|recap\b|put (?:it|this|that|everything|things|the \w+) in writing\b|sætte?r? (?:det|aftalen|det hele) på skrift\b|opsummering|sammenfatning|resumé|confirm(?:s|ation)?\b|bekræftelse|bekræft(?:er|e)\b|drop (?:\w+ ){0,2}a line\b|takkemail|thank-you|invoice|faktur\w*|kvittering|svar(?:er|e)? (?:dem|ham|hende|tilbage)|besvar\w*|\bminutes\b(?= (?:go|goes|going|will|to follow|follow|out|sent|coming|tomorrow|today|by|on)\b)",
        "email",
    ),
    (r"send(?:er|es|e|s|ing)?\b", "send"),
    (
        # Lunch as the time of something else is no meeting: "vender tilbage efter frokost i morgen", "call after lunch",
        # "Emailed the recap at lunch", "ringede ved frokost".
        r"(?:opstarts|opfølgnings|frokost|for|kaffe|planlægnings|status|evaluerings)?møde(?:s)?\b|mødes\b|meeting\b|meet(?:s|ing)?\b|besøg(?:er)?\b|visit\b|(?<!efter )(?<!after )(?<!before )(?<!inden )(?<!før )(?<!at )(?<!ved )(?:lunch\b|frokost(?:møde)?\b)|interview\b"
        r"|(?:vi\s+)?ses(?:\s+igen)?\b(?=\s+(?:på|d\.|den|i|igen|om|næste|kl|\d|til (?:mødet|et møde|kaffe|en kop kaffe|frokost)\b|(?:man|tirs|tir|ons|tors|tor|fre|lør|søn)(?:dag)?\b))|see (?:you|them|her|him)\b"
        # Coffee agreed is a meeting: "said yes to coffee next Tuesday", "ja til kaffe torsdag", "grab a coffee Friday".
        r"|(?:yes to|ja til|grab|have|meet for|go for|drikke|over)\s+(?:a\s+|en\s+|et\s+)?(?:coffee|kaffe|kop kaffe|cuppa)\b"
        + GIFT_PURPOSE_NOT
        +
        # A meeting named by its kind: "a walkthrough of the space Monday", "book a kick-off in week 2", "follow-up zoom
        # booked for Fri", "teams-møde torsdag", "rundvisning d. 12.", "site visit next week".
        r"|walk-?through\b|kick-?off\b|site visit\b|rundvisning\b|besigtigelse\b|(?:zoom|teams|video)(?:-?møde| call| meeting)?\b"
        r"|videomøde\b|huddle\b",
        "meeting",
    ),
    (
        r"kontrakt(?:en)?\b|contract\b|aftale(?:n)? (?:underskrives|sendes)|udkast til aftale|agreement\b"
        # Signing to come, by either side: "han skriver under på fredag", "hun underskriver torsdag", "she'll sign it
        # Friday" (a signature done, "signed", is no promise; "sign up", "sign-off" and "a sign of" are no signing).
        r"|skriv(?:er|e)? under\b|underskriv(?:er|e)?\b|(?<!a )(?<!no )sign(?:s|ing)?\b(?![\s-]*(?:up|off|of)\b)",
        "contract",
    ),
    (
        # A cheque named "check" after an article is no checking ("Got the check from Kay's Kitchen today"); -ing forms of
        # chasing, pinging and checking in are follow-ups ("Chasing him Friday", "checking in with her Thursday").
        r"følg(?:er|e)? op|opfølgning(?:en)?\b|fol+ow(?:s|ing)?[- ]?up\b|(?<![\w/])f/u\b|remind(?:er)?\b|påmind|husk\b|tjek(?:ker)?\b|(?<!the )(?<!a )(?<!their )(?<!our )(?<!your )check(?:s)?(?: in| back)?\b|checking (?:in|back)\b|ping(?:s|ing)?\b|rykke(?:r)?\b|deadline|frist|afhentning|afhent\w*|aftal\b|chas(?:e|es|ing)\b|pick-?up(?!\s+(?:details|time|times|date|dates|info|address|slot|instructions|location|point)\b)|pick(?:s|ing)? (?:\w+ )?up|collect\b|hent(?:e|er)?\b"
        r"|catch(?:ing)?[- ]up\b|touch(?:ing)? base\b|reconnect(?:ing)?\b|circl(?:e|es|ing) back\b"
        # Getting hold of someone, medium unsaid: "jeg tager fat i ham igen", "reach out to them", "get in touch".
        r"|tag(?:er|e)? fat i\b|reach(?:ing)? out\b|get(?:ting)? in touch\b|kontakt(?:er|e)\b"
        # A text or a direct message to send (a text logged is a note, call-logs 250): "sms'er hende fredag", "DM him Mon".
        r"|sms(?:'?er|'?e)\b|(?:text|dm)(?:s|ing)? (?:him|her|them)\b"
        # A delivery promised by either side: "de leverer dem torsdag", "I'll drop off the posters Friday";
        # a counted object ("de leverer 200 bøger i uge 16") is the gift itself, not when it comes.
        r"|(?:lever(?:er|e)|aflever(?:er|e)|deliver(?:s|ing)?)\b(?!\s+(?:\w+\s+)?\d)|drop(?:s|ping)? (?:\w+ ){0,2}?off\b"
        # ... also brought round: "he'll drop the paint round Saturday", "she'll drop them over Friday" ("drop by" is a visit).
        r"|drop(?:s|ping)? (?!by\b)(?:\w+ ){1,2}?(?:round|over)\b"
        # A nudge is a follow-up: "I'll nudge her Monday", "nudging them Friday", "prod him Thursday", "bump the email Monday".
        r"|nudg(?:e|es|ing)\b|prod(?:s|ding)? (?:him|her|them)\b|bump(?:s|ing)? (?:the|my|our) (?:e-?mail|mail|thread|message)\b"
        # A delivery, a pick-up or a payment to come, named by its noun or a verb not yet done: "levering næste torsdag",
        # "delivery next Thursday", "shipping in 2 weeks", "skal hentes tirsdag", "<@U..> collects them Thursday at 1pm",
        # "they'll transfer the money in November", "pengene overføres i næste uge".
        r"|levering(?:en)?\b|delivery\b(?!\s+(?:address(?:es)?|details|info|instructions|notes?|slips?|costs?|charges?|fees?)\b)"
        r"|shipping\b(?!\s+(?:address(?:es)?|details|costs?|fees?)\b)|ships\b|afsendelse\b|udbringning\b"
        r"|hent(?:er|es|e)\b|collect(?:s|ing)?\b(?!\s+(?:money|donations|penge|for)\b)"
        r"|transfer(?:s|ring)?\b|overfør(?:er|es|e)\b|udbetal(?:er|es|e)\b|indbetal(?:er|es|e)\b"
        r"|" + ARRIVAL,
        "other",
    ),
)
# What a promise of a follow-up is about: "promised to call back", "lovede at sende en mail", no pledge of a gift.
FOLLOWUP_PROMISE = (
    r"(?:call|ring\w*|phone|e-?mail|mail\w*|write|skrive|get back|come back|vende tilbage|vende retur|melde tilbage|melde retur|follow up|følge op|check|tjekke"
    r"|look into|undersøge|let (?:us|me|you) know|give (?:besked|svar)|send (?:over |us |me |him |her |them )?"
    r"(?:the |a |an |our |some |their |his |her )?(?:brief|details|info\w*|summary|dates|notes|quote|proposal|log[oø]\w*|forms?|files?|artwork|paperwork|photos|pictures)"
    r"|sende (?:en |os |mig |deres |sit |sin )?(?:mail|opsummering|info\w*|detaljer|tilbud|log[oø]\w*|fil\w*|billeder|formular\w*))\b"
)
# "they'll know", "will know" with its subject left out; never "we'll know" or "I will know" (ours). Used in the reply
# cues below and for whose promise it is (bot/understanding/story.py).
THEY_WILL_KNOW = r"(?<!\bwe'll )(?<!\bi'll )(?<!\bwe will )(?<!\bi will )(?:(?<=ll )|(?<=will ))know\b"
# Someone coming back to someone with an answer (a promise when its time follows it at once).
REPLY_CUES = (
    r"vender (?:tilbage|retur)\b|melder (?:tilbage|retur)\b|giver (?:os |mig )?lyd\b|svarer\b|kommer tilbage til (?:os|mig|dig|jer)\b|giver (?:os |mig )?(?:et |en )?(?:endeligt? |klart |hurtigt )?(?:svar|besked)\b|gives? (?:us|me) (?:an? |their |her |his )?(?:final |firm |clear )?(?:answer|decision|reply)\b"
    # The infinitive after a modal, "at" or a second verb: "han vil tænke over det og vende tilbage i næste uge",
    # "hun lovede at melde tilbage fredag", "de skal nok give svar torsdag".
    r"|(?:(?<=vil )|(?<=nok )|(?<=og )|(?<=at ))(?:(?:vende|melde) (?:tilbage|retur)|give (?:os |mig )?(?:et |en )?(?:endeligt? |klart )?(?:svar|besked))\b"
    # Hearing from them: "hører fra hende torsdag", "we'll hear back from him Friday", "hearing from them next week".
    r"|hører (?:nærmere )?fra (?:hende|ham|dem)\b|hear(?:ing)? (?:back )?from (?:her|him|them)\b|hear back\b"
    # Being in touch: "she'll be in touch Thursday", "she'll holler back tomorrow" ("Svar kommer på torsdag" stays no
    # follow-up, call-logs 288).
    r"|(?<=ll )be in touch\b|(?<=will )be in touch\b"
    r"|holler back\b"
    # An answer promised or brought, and a text back: "she promised an answer by Friday", "she'll get an answer to us by
    # Friday", "lovede os svar fredag", "she'll text me tomorrow with an answer".
    r"|promised (?:us |me )?(?:an? |their |her |his )?(?:answer|decision|reply|quote|price|estimate)\b|(?:lovede|lover|har lovet) (?:os |mig )?(?:et |en )?(?:svar|besked|tilbud|prisoverslag)\b"
    # A decision or an answer they will have: "he'll decide by Friday", "she'll have an answer for us on the 14th", "hun
    # beslutter sig inden fredag", "han har et svar til os torsdag" (a body deciding, "their board decides Thursday", is no
    # promise to us).
    r"|(?<=ll )(?:decide|make (?:a|the|their|her|his) (?:decision|call))\b|(?<=will )decide\b|(?:han|hun|de) (?:beslutter|bestemmer) sig\b"
    r"|(?:(?<=ll )|(?<=will ))have (?:an? |their |her |his )?(?:answer|decision|reply|quote)(?: (?:for|to) (?:us|me))?\b"
    r"|(?:han|hun|de) har (?:et |en )?(?:svar|besked|tilbud)(?: klar)?(?: til (?:os|mig))?\b"
    r"|get (?:an? |their |her |his )?(?:answer|decision|reply) (?:back )?to (?:us|me)\b|(?<=ll )(?:text|message|ping|whatsapp|sms)(?:s|es)? (?:me|us)\b"
    r"|gets? back\b|getting back\b|(?:(?:will|'ll)\s+)?let (?:us|me|you) know\b|(?:will |'ll )?revert\b|comes? back to (?:us|me)\b"
    # Their knowing by a time: "they'll know by 14 Dec", "she will know more on Friday", "han ved mere torsdag" (the time
    # must follow at once; an answer merely expected, "Svar forventes i april", stays no follow-up as call-logs 25 has it).
    r"|" + THEY_WILL_KNOW + r"(?: more)?\b|(?:han|hun|de) ved (?:mere|besked)\b"
)
# "lov fra", "permission from": who follows gives a permission (bot/understanding/story.py), and is
# not the partner the line is about.
PERMISSION_FROM = (
    r"(?:lov|tilladelse|godkendelse|accept|grønt lys|permission|approval|sign-?off|go-ahead|ok)\s+(?:fra|from|af|by)\s+"
)
# Objects that make "send" a contract rather than an e-mail.
CONTRACT_OBJECTS = r"kontrakt|contract|aftale|agreement"
# Phrases that promise a follow-up even when no time is given (to flag as uncertain).
OPEN_FOLLOWUP = (
    r"\b(?:ring(?:er)? igen|ring(?:er)? tilbage|følg(?:er)? op|call back|follow up|get back"
    r"|(?:ring|phone|call)(?: (?:him|her|them))? back"
    # Chasing, checking in, trying again and meeting again are promises too: "chase them in a bit", "check in with her
    # after their stocktake", "try again closer to spring", "vi tager et nyt møde når eksamen er overstået".
    r"|chase|check in|try (?:again|(?:him|her|them) again)|prøv(?:er)? igen|rykke(?:r)?|tager fat i|touch base|circle back"
    r"|nyt møde|mødes igen|ses igen|meet again|(?:talk|speak) again|tales ved|snakkes ved|høres ved"
    # The partner sending or delivering something with no day said ("Han sender tilbud", "she'll send over a quote"):
    # a promise we wait for whose time the card asks for.
    r"|(?:de|han|hun|they|he|she)(?:'ll|'s|'re| will| vil| skal| is| are)? (?:sender|sends?|sending|leverer|delivers?|delivering|mailer|emails?|emailing))\b"
)
# Vague time words we refuse to guess a date for.
VAGUE_TIME = (
    r"\b(?:snart|senere|hurtigst muligt|asap|a\.s\.a\.p\.|en af dagene|på et tidspunkt|later|soon|one of these days|at some point|some time|efter ferien|after the holidays"
    # Slack shorthand and loose parts of a week the conventions do not settle: said, not guessed.
    r"|mid-?week|midt i ugen|først på ugen|early (?:in )?the week"
    r"|midt i (?:næste|den kommende) uge|mid[- ]next week|(?:the )?middle of next week"
    # ... also with "på": "midt på ugen", "midt på næste uge", "the middle of the week".
    r"|midt på (?:ugen|næste uge|den kommende uge)|(?:the )?middle of (?:the|this) week"
    # Days near, a holiday spanned and days before an event of theirs: "en af de nærmeste dage", "hen over julen",
    # "hen på foråret", "a few days before the gala", "et par dage før festen".
    r"|en af de (?:nærmeste|kommende|næste) dage|(?:i )?de (?:nærmeste|kommende) dage"
    # The days between two holidays: "mellem jul og nytår", "between Christmas and New Year".
    r"|(?:mellem|imellem) jul(?:en)? og nytår|between christmas and new year'?s?(?: day| eve)?"
    r"|hen (?:over|på|mod|imod) (?:jul(?:en)?|påske(?:n)?|nytår(?:et)?|sommeren|foråret|efteråret|vinteren|ferien|\w+ferien|formiddagen|eftermiddagen|aftenen)"
    r"|(?:a few|a couple of|couple of|et par|nogle|få) (?:days|dage|weeks|uger) (?:before|prior to|ahead of|før|inden)"
    # Someone else's year ("after their fiscal year-end", "efter deres regnskabsår"): not the calendar's.
    r"|(?:fiscal|financial) year[- ]?end|end of (?:the|their|its) (?:fiscal|financial) year|regnskabsår(?:et|ets afslutning)?"
    r"|(?:\d+\.|første|first|1st) (?:hverdag|arbejdsdag|working day|business day|workday) (?:i|of|in) \w+"
    r"|(?:i )?(?:starten|begyndelsen) af det nye år"
    r"|snarest(?: muligt)?|inden længe|om lidt|snarligt|in due course|before long|in a (?:bit|while)|shortly"
    # A time that waits on an event: "når bestyrelsen har holdt møde", "så snart varerne er kommet", "once the snow clears".
    r"|(?:når|så snart|as soon as|once(?=\s+(?:the|their|they|he|she|it|we|our|his|her)\b))(?:\s+(?!og\b|and\b|men\b|but\b)[\wæøå'-]+){1,5}"
    # An early or late part of the day the conventions do not settle: "først på eftermiddagen", "early afternoon".
    r"|(?:først|sidst) på (?:formiddagen|eftermiddagen|aftenen)|early (?:in the )?afternoon|late (?:in the )?(?:morning|afternoon)"
    # ... and the middle of a part of the day or the day's end: "mid-morning", "midafternoon", "over middag", "sidst på
    # dagen", "midt på formiddagen" (EOD and "end of day" are that day, README).
    r"|mid-?(?:morning|afternoon)|midt på (?:formiddagen|eftermiddagen|dagen)|over middag\b|sidst på dagen"
    # A time counted from someone's own absence: "efter hendes ferie", "når han er tilbage", "when she's back from leave".
    r"|(?:efter|after|over) (?:helligdagene|the bank holidays|the holiday season)|(?:efter|after) (?:hans|hendes|deres|his|her|their) (?:ferie|barsel|orlov|sygemelding|rejse|holidays?|vacation|leave|trip|break)"
    r"|(?:når|when|once|until|till|efter|after) (?:han|hun|de|she|he|they)(?:'s|'re| is| are| er| kommer| comes?| gets?)? (?:back|tilbage|hjem(?:me)?))\b"
)

# A count or an amount said "ok to", never a clock or a day (round 17): "OK to 30 books", "ok til de 5.000 kr." (not
# "ok to 3pm", "ok to 10 tomorrow").
OK_COUNT = (
    r"\d[\d.,]*\s*(?!(?:am|pm|o'?clock|tomorrow|today|tonight|next|this|on|at|om|kl|mandag|tirsdag|onsdag|torsdag|fredag"
    r"|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januar\w*|februar\w*|marts|march|april|maj|may"
    r"|juni|june|juli|july|august|september|oktober|october|november|december)\b)(?:k\b|kr|dkk|[a-zæøå]{3,})"
)

# Agreement cues; "no" beats "maybe" beats "yes".
AGREEMENT_CUES: dict[str, str] = {
    "no": r"(?:^|[:.!–-]\s*)desværre\s*[,.!:–-]|lukket for (?:ansøgninger|ansøgning|sponsorater|nye ansøgninger)|closed (?:for|to) (?:new )?applications|(?:har|have) ikke (?:nogen |flere )?(?:midler|penge)|\bhar (?:de|han|hun|vi|butikken|firmaet) ikke (?:nogen |flere |nok )?(?:midler|penge|budget\w*)\b|ingen (?:midler|penge) (?:i år|tilbage|til)|no funds\b|no funding (?:left|available|this)|no luck|lukket for (?:\w+ )?sponsorater|:\s*no\b(?! answer| reply| response| problem| bother| worries| probs?| sweat)|\bnej\b|no thanks|nej tak|siger nej|sagde nej|\bsaid no\b(?! (?:bother|worries|probs?|problem|sweat)\b)|\bno\. not|\bnot this year|ikke i år|declined?|afslag|afslår|afviser|ingen interesse|not interested|ikke interesseret|kan ikke hjælpe|can'?t help|cannot help|turned (?:us|it) down|(?:ingen|har ikke|intet|no) budget|\bikke (?:noget |nogen |et |afsat )?budget\w*|\bikke\s+(?:har|havde|haft)\s+(?:\w+\s+)?budget\w*|(?:don'?t|doesn'?t|do not|does not|didn'?t|haven'?t|hasn'?t)\s+(?:have|got)\s+(?:anything|any money|anything left|room|the money)\s+(?:left\s+)?in\s+(?:the|their|this year'?s?)\s+budget|\bnothing (?:left )?in (?:the|their) budget|\bnot in (?:the|their|this year'?s) budget|ikke mulighed for|not possible|ikke muligt|say no|siger desværre nej|it'?s a (?:no|nej)\b|(?:answer|svaret) (?:is|er) (?:a )?(?:no|nej)\b|det (?:blev|er) (?:et )?nej|a (?:clear|firm|polite|soft) no\b|desværre ikke|unfortunately not|\bnope\b|lukker|ikke (?:\w+ )?råd\b|can'?t afford|(?:allerede|already) (?:\w+ )?(?:brugt|spent|used|opbrugt|fordelt|allocated)|budget\w* (?:er |is |was )?(?:fully |already |helt |allerede )?(?:opbrugt|brugt|spent|gone|used up|frozen|frosset|committed|allocated|disponeret)|(?:can'?t|cannot|unable to|won'?t be able to|not able to) (?:support|sponsor|help|give|fund|contribute|donate|join|participate|offer)|kan ikke (?:støtte|sponsorere|give|bidrage|være med|deltage)|(?:har|have) (?:ikke|no) mulighed|(?:passing|pass) (?:this|on (?:this|it))|(?:'ll|will) pass\b(?! (?:it|this|that|the \w+|my \w+|them) (?:on|along)| it to| this to)|turned (?:us|it|the \w+) down|turns? down|siger fra|takker nej|takkede nej|sagde fra|no go\b|not for us|ikke noget for (?:dem|os)|turned down\b|\brejected\b|\brejects?\b|\bafvist\b|afslået|(?:meldt|melder|meldte) fra\b|trukket (?:sig|tilsagnet|tilbuddet)|trækker sig|withdr[ae]w\w*|pulled out|backed out|(?:not|ikke) (?:this|denne|den) (?:time|gang|round|runde)\b|not (?:right )?now\b|ikke lige nu|(?:ingen|no) (?:penge|money|cash|kontanter)\b|can'?t do (?:cash|money)|not with money|ikke med penge|not keen|ikke aktuel\w*|ikke relevant for (?:dem|os)|not relevant (?:for|to) (?:them|us)|ikke plads i (?:\w+ )?budget\w*|no room in (?:the |their )?budget|(?:allerede|already) (?:\w+ )?committed|(?:har|have) ikke lyst|ikke lyst til|(?:can'?t|cannot|couldn'?t|could not|kan ikke|kunne ikke) (?:do it |help |commit |commit to (?:it|anything) |love noget )?(?:this|i) (?:year|år)\b|\bikke (?:kan|kunne|vil|ville) (?:\w+ )?(?:støtte|sponsorere|bidrage|være med|deltage|hjælpe)\b|trukket (?:\w+ )?tilbage|trak (?:\w+ ){0,3}tilbage|tilbagekaldt"
    # A no named by who gave it, as "Nej fra ..." and "Yes from ...": "No from Greg (Norris Haulage) on the van", "got a
    # no from them", "another no from the bakery".
    r"|(?<![\wæøå'] )(?<![\wæøå'])no from\b|(?<=got a )no from\b|(?<=had a )no from\b|(?<=another )no from\b"
    # Refusals said in passing (round 15): "det kan han ikke", "kæden har stoppet for den slags", "we're fully committed
    # for this year", "no hampers or cash from us".
    r"|\b(?:det|den slags|det her) kan (?:de|han|hun) (?:desværre )?ikke\b(?! (?:love|svare|sige|afgøre|beslutte)\b)"
    r"|\b(?:stoppet|holdt op) (?:for|med) (?:den slags|sponsorater|sponsorering|donationer|at sponsorere|at donere)\b"
    r"|\bstopped (?:doing|giving|funding) (?:that|those|donations|sponsorships|that kind of thing)\b"
    r"|\b(?:har|havde) (?:de|han|hun) (?:desværre )?ikke tid\b|\b(?:de|han|hun) har (?:desværre )?ikke tid\b"
    r"|\b(?:don'?t|doesn'?t|didn'?t) have (?:the )?time\b|\bno time (?:for|to)\b"
    r"|\bfully (?:committed|allocated|subscribed)\b|\bfuldt (?:booket|disponeret|tegnet)\b"
    r"|\bno (?!(?:word|reply|answer|response|news|feedback|decision)\b)(?:\w+ )?(?:or (?:\w+ )?)?from us\b"
    # Withdrawals and refusals written out: "trækker deres tilbud om fadøl tilbage", "må desværre
    # melde fra", "har valgt ikke at støtte os", "can't spare anyone", "no books to spare".
    r"|træk(?:ker|ke)\s+(?:\w+\s+){0,6}?tilbage\b"
    # ... also without "tilbage", as jumping off or calling it off: "har trukket deres tilbud om 20 kurve", "springer fra
    # alligevel", "har aflyst sponsoratet", "cancelled the sponsorship".
    r"|trukket (?:deres |sit |sin |hans |hendes )?(?:tilbud|tilsagn|støtte|sponsorat)\w*|\b(?:springer|sprang|sprunget) fra\b"
    r"|\baflys(?:er|te|t)\s+(?:\w+\s+){0,2}?(?:sponsorat|aftale|støtte|tilsagn|bidrag|donation)\w*"
    r"|\bcancel(?:l?ed|s|ling)?\s+(?:\w+\s+){0,2}?(?:sponsorship|pledge|donation|offer|support)\b"
    # A yes taken back: "så fortrød han", "they've changed their minds", "have to pull out".
    r"|\bfortr(?:ød|yder|udt)\b|\bombestem\w*|changed (?:their|his|her|its) minds?\b|\b(?:pull|back)(?:s|ing)? out\b"
    # A no for now, said short: "kan ikke nu", "can't this time" ("maybe in Q2" after it keeps the no).
    r"|\bkan ikke (?:(?:lige )?nu|(?:denne|den) gang)\b|(?:^|[:;,.–-]\s*)ikke nu\b|\bcan'?t (?:(?:right )?now|(?:this|that) (?:time|round|year))\b|træk(?:ker|ke)\s+(?:vores|deres|sit|sin|jeres)\s+(?:tilsagn|tilbud|støtte)|\bmelde fra\b"
    r"|(?:valgt|besluttet|beslutter|vælger)\s+(?:\w+\s+)?(?:ikke at|at stå over|at sige nej)|(?:decided|chosen|chose|decide)\s+(?:not to|to pass|against)"
    r"|(?:can'?t|cannot|kan ikke)\s+(?:spare|undvære|afse)\b|\bno\s+\w+(?:\s+\w+)?\s+to spare\b|(?:^|[.,;:!]\s*)sorry,?\s+no\b"
    r"|(?:stopped|stopper|froze|frozen|ended|stoppet)\s+(?:\w+\s+)?(?:giving|sponsorships?|donations|sponsorater|støtte)\b"
    r"|(?:they'?re|is|are|er)\s+(?:desværre\s+|sadly\s+|unfortunately\s+|afraid\s+)?(?:ude|out)(?:\s*(?:[:;,.–-]|$)|\s+(?:this|for this|i|for i)\s+(?:year|år|time|gang|round)\b)"
    # A policy that leaves us out: "unfortunately they only sponsor sports clubs", "de støtter kun
    # sportsklubber" (not "they only give 2,000", "de støtter kun med 2.000 kr.").
    r"|(?:^|[:.!–-]\s*)unfortunately\s*[,.!:–-]"
    r"|(?<!'ll )(?<!will )(?<!can )(?<!kan )(?<!vil )\b(?:only|kun)\s+(?:sponsor|support|fund|sponsors|supports|funds|give to|donate to|do|back"
    r"|støtter|sponsorerer|støtte|sponsorere)\b(?!\s+(?:(?:med|with|up to|op til|a|an|one|two|half|the|en|et)\b|\d|[£$€]|dkk|kr))"
    r"|\b(?:støtter|sponsorerer)\s+(?:\w+\s+)?kun\b(?!\s+(?:med\b|\d))"
    # A yes-verb refused: "de vil ikke være med i år", "they won't take part", "doesn't want to sponsor".
    r"|\b(?:vil|kan|ønsker|gider)\s+(?:desværre\s+|altså\s+|alligevel\s+)?ikke\s+(?:\w+\s+)?(?:være med|deltage|støtte|sponsorere"
    r"|bidrage|hjælpe|donere|give noget)\b"
    r"|\b(?:won'?t|will not|don'?t want to|doesn'?t want to|do not want to|does not want to|would rather not|'d rather not)\s+"
    r"(?:\w+\s+)?(?:support|sponsor|give|donate|help|join|take part|participate|contribute|fund|be involved|be part)\b"
    # Declined said as a preference: "they'd rather not, thanks", "vil helst ikke", "vil hellere lade være".
    r"|(?:would|'d) rather not\b(?!\s+(?:be (?:named|mentioned|listed|credited)|have (?:their|his|her) name))"
    r"|vil (?:helst ikke|hellere lade være)\b(?!\s+(?:nævnes|omtales|navngives|stå))"
    # A person who is a no, as "she's a yes": "she's a no on the tables", "they're a firm no".
    r"|\b(?:she'?s|he'?s|they'?re|she is|he is|they are) (?:a )?(?:firm |hard |definite |clear |polite )?no\b(?!\s*(?:-|,)?\s*(?:longer|more|one)\b)"
    r"|(?:it'?s|that'?s|it is) a (?:hard |firm |polite |definite )?pass\b|\bnot for (?:them|him|her|us)\b(?! (?:to|either)\b)|bliver ikke til noget|\bmeld(?:e|er|te) pas\b|\b(?:they|he|she)(?: have| has|'ve|'s)? passed\b(?! (?:it|this|that|the|on|by|along|our|my|your|through|us|me|him|her|them))"
    r"|\b(?:hard|flat|firm|clear|polite|definite|straight) no\b|not something (?:they|he|she|we) (?:can|could|are able to|is able to) (?:do|support|help with|fund)"
    r"|not in a position to|ikke i stand til|ikke (?:i|et) (?:en )?position til"
    r"|budget\w*(?:'s| is| er| was| has| have)?\s+(?:been\s+|blevet\s+|already\s+|allerede\s+)?(?:all |helt |completely |fully )?(?:gone|spent|brugt op|opbrugt|used up)"
    r"|\b(?:won'?t|will not)\s+be\s+(?:sponsoring|supporting|giving|donating|helping|joining|taking part|participating|contributing|funding)\b"
    # The money gone said of the money: "the money's all allocated for 2026", "puljen er brugt", "tapped out".
    r"|\b(?:money|funds|funding|pot|pengene|midlerne|puljen)(?:'s| is| are| er| has been| have been| er blevet)?\s+"
    r"(?:all |already |helt |allerede |fully )?(?:allocated|spent|gone|committed|used up|brugt|opbrugt|fordelt|uddelt)\b"
    r"|\btapped out\b|\bstrapped for cash\b"
    # Refusals in more words: "not in their plans this year", "not a priority", "nothing spare", "cutting back on
    # sponsorships", "give it a miss", "can't stretch to it", "a no for now", "they don't do sponsorship",
    # "de sponsorerer ikke længere", "chefen har sagt stop".
    r"|\bnot in (?:their|his|her|the) plans\b|\bikke i (?:deres |hans |hendes )?planer(?:ne)?\b|\bnot (?:a|high on their) priority\b"
    r"|\bikke (?:en )?prioritet\b|\bnothing (?:spare|to spare|left to give)\b|\b(?:ikke noget|intet) at (?:give|undvære)\b"
    r"|\bcut(?:ting)? back on\b|\bskærer ned på\b|\bgive (?:it|this|that) a miss\b|\b(?:can'?t|cannot) stretch to (?:it|that|this)\b"
    r"|\ba (?:firm |clear |polite |soft )?no (?:for now|this time|from (?:them|him|her))\b|\bsays no\b"
    r"|\b(?:don'?t|doesn'?t|do not|does not) do (?:sponsorships?|donations|charity|giveaways|that)\b"
    r"|\b(?:giver|støtter|sponsorerer|donerer)\s+ikke\b(?:\s+selv\b)?(?=\s*(?:$|[,.;:!–-]|til\b|længere\b|mere\b|i år\b|noget\b|nogen\b|den slags\b|(?:\w+\s+)?(?:projekter|foreninger|arrangementer|kampagner|formål|initiativer|biblioteker|klubber)\b))|\b(?:don'?t|doesn'?t|do not|does not|no longer)\s+(?:support|sponsor|fund|give to|donate to)\s+(?:\w+\s+)?(?:projects|events|charities|causes|campaigns|initiatives|libraries|clubs|groups)\b|\b(?:sagt|sagde|siger) stop\b|\bsit(?:ting)? (?:this|it) (?:one )?out\b|\bstå(?:r)? over (?:i år|denne gang)\b|\blovet\s+(?:\w+\s+)?væk\b|\bpromised\s+(?:\w+\s+){0,2}(?:elsewhere|to (?:someone|somebody) else|to others)\b"
    r"|\bnot (?:for |on |with )?this (?:campaign|project|event|one|go)\b|\bikke (?:til|med|på|i) denne (?:kampagne|omgang|gang)\b"
    r"|\bikke denne omgang\b"
    # Nothing this year, said short: "this year nothing", "nothing for us this year", "intet til os i år", "i år ingenting".
    r"|\b(?:nothing|intet|ingenting|ikke noget|zero)\s+(?:(?:for|til)\s+(?:us|os)\s+)?(?:this year|this time|i år|denne gang)\b"
    r"|\b(?:this year|this time|i år|denne gang)\s*[,:–-]?\s*(?:nothing|intet|ingenting|ikke noget)\b(?!\s+(?:imod|against|i vejen))"
    # Refusals in slang: "no dice", "no can do", "not a chance", "ingen chance", "nix".
    r"|\bno dice\b|\bno can do\b|\bnot a chance\b|\bingen chance\b|(?:^|[:;,.!–-]\s*)nix\b"
    # Not their line of business, or booked: "nah, not really their thing", "ikke lige deres kop te", "fully booked".
    r"|\bnah\b|\bnot (?:really |quite )?(?:their|his|her|our|my) (?:thing|cup of tea|area|line)\b"
    r"|\bikke (?:lige |rigtig )?(?:deres|hans|hendes) (?:kop te|ting|boldgade|område)\b"
    r"|\b(?:fully|completely) booked\b|\bbooked (?:up|solid)\b|\b(?:fuldt|helt) booket\b"
    # One thing said to be a no: "money's a no", "the van is a no", "pengene blev et nej" (not "it's a no").
    r"|(?<=[\w-])(?:'s|’s) a (?:hard |firm |flat |clear )?no\b(?!-)|(?<=[\w-] )(?:is|was) a (?:hard |firm |flat |clear )?no\b(?!-)"
    r"|\b(?:blev|er|bliver) et (?:klart |blankt |rungende )?nej\b"
    # A Danish refusal with the verb first: "liften kan de ikke undvære", "det kan hun ikke give".
    r"|\bkan (?:de|han|hun) (?:desværre )?ikke (?:undvære|afse|give|låne|stille med|tilbyde|sponsorere|donere|hjælpe)\b"
    # A fund closed, and nothing more taken on: "their community fund is closed till April", "puljen er lukket",
    # "they can't take anything else on this year".
    r"|\b(?:fund|pot|pulje\w*|fond(?:en)?|budget\w*)(?:'s| is| er| was| var)\s+(?:\w+\s+)?(?:closed|lukket)\b"
    r"|\b(?:can'?t|cannot|unable to|not able to) take (?:on )?(?:anything|any more|anyone|more|anything else|any other)\b"
    # Not this year for one thing: "can't do free printing this year", "kan ikke give gratis tryk i år".
    r"|\b(?:can'?t|cannot|couldn'?t|kan ikke|kunne ikke) (?:do|manage|offer|give|help with|stretch to|tilbyde|give|klare) (?:\w+ ){1,3}?(?:this|i) (?:year|år)\b"
    r"|\bmaxed out\b|\bno joy\b|\bingen held\b"
    # Not a fit for them (round 17): "sparring på kampagnen passer ikke ind hos dem lige nu", "passer ikke til deres profil",
    # "it doesn't fit with their CSR focus", "not a good fit for them" (not "datoen passer ikke": a date that does not suit).
    r"|\bpasser (?:desværre |bare |altså )?(?:ikke|dårligt) (?:ind\b|(?:til|med|i) (?:dem|deres|hans|hendes|firmaets|butikkens)\b)"
    r"|\b(?:doesn'?t|does not|don'?t|do not|won'?t|wouldn'?t) (?:really |quite )?fit (?:in with|with|into|in|their|his|her)\b"
    r"|\b(?:not|isn'?t|wasn'?t) (?:really |quite )?(?:a |the )?(?:good |great |natural |right )?fit\b"
    # The budget already set: "budgettet for i år er lagt", "their budget's already fixed" (not "before the budget is set").
    r"|\bbudget\w*(?: for (?:i år|this year))?(?:'s| er| is| was| var)\s+(?:allerede\s+|already\s+)(?:lagt|set|fixed|fastlagt|låst|locked)\b"
    r"|\bbudget\w*(?: for i år)? er (?:lagt|fastlagt|låst)\b"
    # A vote against us: "the members voted against it", "the board voted it down", "bestyrelsen stemte imod",
    # "forslaget blev stemt ned", "nedstemt på generalforsamlingen".
    r"|\b(?:voted|votes|vote)\s+(?:\w+\s+)?(?:against|down|no)\b|\bvoted (?:it|this|that|the \w+|our \w+) down\b"
    r"|\b(?:stemte|stemmer|stemt)\s+(?:\w+\s+)?imod\b|\b(?:stemte|stemt)\s+(?:\w+\s+)?ned\b|\bnedstemt\b|\bthe vote went against\b",
    # An answer put off until something is settled: "hun kan først svare når budgettet er på plads", "he can only
    # decide after the AGM", "they won't know until the grants are out".
    "maybe": r"\b(?:kan|kunne)\s+(?:\w+\s+)?først\s+(?:svare|give (?:et |os )?svar|sige (?:ja|noget)|beslutte|love noget|melde tilbage)\b"
    # ... until they have asked someone: "she'll ring me back once she's checked with the owner", "han ringer tilbage, når
    # han har talt med sin chef", "after he's run it past head office".
    r"|\b(?:once|when|after)\s+(?:she|he|they)(?:'s|'ve|\s+has|\s+have)\s+(?:checked|talked|spoken|run it past|cleared it)\b"
    r"|\b(?:når|efter)\s+(?:hun|han|de)\s+har\s+(?:talt|snakket|tjekket|hørt|spurgt|vendt det)\s+(?:\w+\s+)?(?:med|hos|hvad)\b"
    r"|\b(?:can|could)\s+only\s+(?:answer|decide|say|confirm|commit)\b|\b(?:can'?t|cannot|won'?t)\s+(?:answer|decide|say|confirm|commit|know)"
    r"\s+(?:\w+\s+){0,2}?(?:until|till|before)\b|\bwon'?t know (?:\w+ )?(?:until|till)\b|\bførst (?:svar|besked|afklaring)\b"
    r"|\b(?:skal|vil|må) (?:lige |først )?(?:have|se) (?:nogle |et par )?(?:tal|tallene|priser|priserne)(?: på (?:det|plads))?(?![\wæøå])|\bbefore (?:saying|she says|he says|they say|agreeing to|committing to) (?:yes|anything)\b|\bfør (?:hun|han|de) (?:siger|giver) (?:ja|tilsagn)\b|on the fence|circle back|\bsit(?:s|ting)? on it\b|(?:tager|tage|tog) (?:det|sagen|den) med (?:på|til|i) (?:\w+ )?(?:\w*møde\w*|bestyrelse\w*|ledelse\w*)|\b(?:raise|bring up|take up) (?:it|this|that) (?:at|with|in) (?:the |our |their |his |her )?(?:\w+ )?(?:directors?|owners?|partners?|management|boss|team|colleagues|board|committee|trustees|members)\b|\bvende tilbage\b|(?:skal|må) (?:lige )?have (?:det|sagen|den|idéen|ideen) forbi\b|\bse (?:\w+ ){0,2}an\b|lun(?:ken)? på|\blukewarm\b|\blunken\b|\blunkne\b|\bsove[r]? (?:lige )?på det|\bmull\w* (?:it |this |that )?over|\btentative\w*|foreløbigt? ja|\bpending (?:the |their |her |his )?(?:[\w-]+(?:'s|’s)? )?(?:partner|owner|board|approval|manager|boss|hq|head office|decision|sign-?off|review|budget\w*)\b|skal (?:lige )?have (?:\w+ ){1,2}på plads|skal (?:lige )?(?:snakke|tale|vende det) med|\bskal\s+(?:\w+\s+){1,2}?(?:sige god for|godkende|sige ja|give lov|give grønt lys)\b|(?:has|have|har|holds?) (?:the )?(?:final|last|sidste|endelige) (?:say|word|ord|beslutning)|(?<!un)\blikely\b|(?:have|tage?|bringe?|tager) (?:det|sagen|den) (?:op|videre) (?:på|til|i|med)\b|\brun (?:it|this|that|the idea) (?:past|by)\b|\b(?:han|hun|de|chefen|butikken) skal (?:lige )?have (?:et |deres |hans |hendes )?(?:ok|okay|grønt lys|godkendelse|lov|accept) fra|\b(?:he|she|they) (?:needs?|has to get|have to get) (?:an? |the )?(?:ok|okay|approval|go-ahead|sign-off) from|vender det\b|undersøger (?:om|det|sagen|mulighed\w*)|(?:is|are) looking into|needs? (?:the |their |her |his |its )?[\w -]{0,30}? to (?:approve|sign (?:it )?off|okay|say yes|agree)|overvej\w*|\bmåske\b|\bmåkse\b|\bmabye\b|\bmaybee\b|\bmayb\b|muligvis|\bmight\b|\bmaybe\b|perhaps|consider(?:ing)?\b(?! it done| (?:us|them|me|him|her) in\b)|\bsee what (?:they|he|she) can do\b|\bse,? hvad (?:de|han|hun) kan gøre\b|\bcrunch (?:the )?numbers\b|\bregne (?:lidt )?på det\b|\bregner (?:lidt )?på det\b|\bleaning (?:(?:towards?|to) (?:a )?)?yes\b|\bhælder (?:mod|til) (?:et )?ja\b|\b50[/-]50\b(?!/)|\bfifty-fifty\b|think about|tænk\w* over|skal (?:lige )?(?:høre|spørge|tale med|tjekke|have godkendt)|approval(?! to \w)(?! (?:is |was |has been )?(?:granted|given|received|obtained|confirmed)\b)|godkendelse(?! til)(?!n? (?:er |blev )?(?:givet|modtaget|bekræftet)\b)|skal godkendes|vender tilbage|svar efter|'ll check|will check|vil (?:lige |gerne )?(?:tale med|høre|spørge)|giver (?:svar|besked)|needs? to (?:ask|check)|(?:to|with) (?:the )?(?:management|board|ledelsen)|decides?\b|beslutter|to think|get back to|(?:will|'ll|to|gonna) let (?:us|me|you) know|(?:will|'ll) revert\b|(?:will|'ll) come back to (?:us|me)|no decision|ingen beslutning|not sure|usikker|positiv(?:e)? men|discuss|drøfte|to decide|beslutte(?!t (?:at|sig for at) (?:støtte|give|bevilge|sponsorere|donere))|vil tænke|wants? (?:a proposal|numbers)|(?:to |needs? to |has to |wants? to )?see (?:the |some )?(?:numbers|figures|budget|a proposal)\b|look(?:s|ing)? (?:at|into|over) (?:the |their |her |his )?(?:budget|numbers|figures|finances)\b|interesseret men|interested but|waiting for (?:a )?(?:reply|answer|decision)|venter på svar|positiv\w*,? men|positive,? (?:but|needs)|interested,? but|interesseret,? men|(?:god|fin|spændende) idé,? men|(?:good|great|nice|lovely) idea,? but|lov(?:e|es|ed) the idea,? but|can'?t promise|cannot promise|kan ikke love|(?:skal|må|mangler|venter på|needs?|pending|awaiting|requires?) (?:\w+ ){0,3}(?:godkend\w*|approv\w*|sign-?off)|think (?:it|this|that) over|keen,? but|(?:owner|boss|board|manager|hq)'s (?:call|decision)|\bprobably\b|sandsynligvis|formentlig|a soft yes|tage?r? det (?:op|videre)|take (?:it|this) (?:up|forward) with|mull (?:it|this) over|sleep on it|sove på det|promising|lovende|\b(?:decision|answer|svar|beslutning|afgørelse)(?:en|et)? (?:in|by|after|expected|forventes|kommer|efter|inden|til) |vende det|beslutning\w* ligger|decision (?:lies|is|rests) with|(?:spørge|høre|tale med|ask|check with|talk to|talk with|speak to|speak with|snakke med|run it by|forelægge|tage det op (?:i|med)|take it to|bring it to|discuss (?:it )?with|vende det med|consult) (?:\w+ )?(?:the |sin |sine |deres |hans |hendes |their |his |her |its )?(?:bestyrelse\w*|board|school board|board of governors|governors|skolebestyrelse\w*|forældrebestyrelse\w*|committee|udvalg\w*|ledelse\w*|\w*chef\w*|boss|manager|head office|hq|hovedkontor\w*|kompagnon|partner|direktør\w*|ejer\w*|owner|kolleg\w*|colleagues?|team|members|medlemmer|generalforsamling\w*|region\w*|kæde\w*|koncern\w*|regional (?:office|manager|director)|area manager|district manager|parent company|moderselskab\w*)|(?:will|'ll|must|needs? to|has to|have to|going to|skal|vil) (?:ask|check with|run it by|consult|høre|spørge)|skal (?:\w+ )?bekræftes|(?:must|needs? to|has to) be confirmed|\b(?:de|han|hun) (?!har\b)\w+(?:er|r) nok\b(?! til)|(?<!as )(?<!if )\bpossible\b(?! (?:dates?|days?|times?|slots?|venues?|titles?)\b)|(?:er|bliver|være) (?:\w+ )?muligt\b|waiting for (?:a |an |their |her |his )?(?:reply|answer|decision|response)|venter (?:stadig )?på (?:et )?svar|still waiting|\b(?:raise|bring up|take up) (?:it|this|that|the [\w -]{1,30}?) (?:at|with|in) (?:the )?(?:next )?[\w -]{0,20}(?:meeting|board|committee)|(?:spørger|hører) (?:\w+ )?(?:bestyrelse\w*|medlemmer\w*|ledelse\w*|\w*chef\w*|direktør\w*|ejer\w*|generalforsamling\w*|region\w*|kæde\w*|koncern\w*|hovedkontor\w*|moderselskab\w*)|tage?r? det op (?:på|i|med)|afventer|awaiting|looking into it|look into it|kigger på det|ser på det|melder tilbage|on hold\b|parkeret|\binterested\b|\binteresser(?:et|ede)\b|positiv\w*(?: \w+){0,2},? (?:but|men)\b|(?:board|bestyrelsen?|committee|udvalget) (?:meets|mødes|decides|beslutter|holder møde|votes|stemmer|tager stilling|will decide|will vote|skal beslutte|skal tage stilling)|think (?:abt|about|it over)|(?:skal|må|mangler|needs? to|has to|must)\s+(?:lige\s+)?(?:sige god for|godkende|sige ja|give lov|have\s+(?:\w+\s+){0,2}med\b)|(?:skal|must|has to|needs? to)\s+(?:\w+\s+)?(?:approve|sign (?:it )?off|okay it|say yes)|theyd think|\bthink(?:s|ing)? (?:(?:it|this|that|things|the \w+(?: \w+)?) )?(?:over|about|abt)\b|\bweigh(?:s|ing)? (?:it|this|that|things|the \w+) up\b|\bweigh(?:s|ing)? up\b|\bponder\w*|\bdeciding\b|still thinking|i tvivl|intet endeligt|ikke endelig\w*|nothing (?:is )?final|not (?:yet )?final|tror (?:de|han|hun) siger ja|think (?:they|he|she)(?:'ll| will) say yes|(?:budget\w*|økonomien) (?:is|er) (?:tight|stram\w*)|tight budget|stramt budget|tænke\b(?! (?:sig|jer|dig)\b)"
    # Deferred to someone else, said every way: "bestyrelsen skal tage stilling til", "is checking with the
    # owner", "run the 40 gift bags past the regional office", "the other partners have to agree".
    r"|\b(?:skal|må|vil)\s+(?:lige\s+)?(?:tage stilling|tage en beslutning|træffe en beslutning|stemme om)\b"
    # Their decision said as what they do next: "de tager stilling i februar", "skal lige se budgettet igennem først".
    r"|\btager (?:\w+ )?stilling\b|\b(?:se|kigge|gå)\s+(?:\w+\s+){1,4}?igennem\b"
    # Not decided yet, said more ways: "skal lige se på budgettet", "tygger på det", "ikke afvisende", "not ruled out",
    # "positivt stemt", "warm to the idea", "vil se, om der er penge", "det skal op på næste ledermøde",
    # "beslutningen træffes i kæden", "they'll have a think", "it's with their finance team now".
    r"|\b(?:se|kigge) (?:nærmere )?på (?:budgettet|økonomien|det|sagen)\b|\btygge[rt]? (?:lidt )?på (?:det|den|sagen)\b"
    r"|\bikke afvisende\b|\bnot (?:against it|opposed|ruled out)\b|\bikke udelukket\b|\bdet kan godt være\b"
    r"|\bpositivt stemt\b|\bwarm to (?:the idea|it)\b|\b(?:vil|skal) (?:lige )?se,? om\b|\b(?:will|'ll) see if\b|\bmelder ud\b"
    r"|\bskal op (?:på|i) (?:\w+ )?(?:\w*møde\w*|bestyrelse\w*|ledelse\w*)|\bbeslutning\w* (?:træffes|tages)\b"
    r"|\bhave a (?:think|ponder)\b|\b(?:it'?s|it is|the request is|the application is) (?:now )?with (?:the |their )?(?:\w+ ){0,2}"
    r"(?:team|board|committee|manager|office|hq|department)\b"
    r"|\b(?:\w*chef\w*|ejer\w*|bestyrelse\w*|direktør\w*|ledelse\w*|kæde\w*|hovedkontor\w*|owner|boss|manager|head office|hq"
    r"|trustees|committee) (?:bestemmer|beslutter|afgør|decides|calls the shots|has the final say)\b"
    # Taken past or back to a body that decides: "skal forbi bestyrelsen først", "has to go back to their
    # committee", "must take it back to the trustees".
    r"|\b(?:skal|må|has to|have to|must|needs? to|will|'ll)\s+(?:\w+\s+)?(?:forbi|igennem|go back to|take (?:it|this|that) back to"
    r"|refer (?:it|this|that) to|put (?:it|this|that) (?:to|before))\s+(?:the |sin |sine |deres |hans |hendes |their |his |her |its )?"
    r"(?:bestyrelse\w*|board|committee|udvalg\w*|ledelse\w*|management|trustees|members|medlemmer\w*|hovedkontor\w*|head office|hq"
    r"|generalforsamling\w*|\w*chef\w*|direktør\w*|ejer\w*|owners?|boss|partners?|kæde\w*|koncern\w*|regionen|region\w*kontor\w*)\b"
    # Passed on to them: "I've passed this to our CSR committee", "har sendt det videre til bestyrelsen".
    r"|\b(?:passed|sent|forwarded|sendt|givet|videresendt|sender|giver)\s+(?:it|this|that|det|den|sagen)\s+(?:on\s+|videre\s+)?"
    r"(?:to|til)\s+(?:the |our |their |sin |deres |vores |vor )?(?:[\w-]+ )?"
    r"(?:bestyrelse\w*|board|committee|udvalg\w*|ledelse\w*|management|trustees|members|medlemmer\w*|hovedkontor\w*|head office|hq"
    r"|generalforsamling\w*|\w*chef\w*|direktør\w*|ejer\w*|owners?|boss|partners?)\b"
    r"|\b(?:checking|asking|consulting|talking to|speaking to|running it by) (?:\w+ |w/ ?)?(?:the |his |her |their |its )?"
    r"(?:owners?|board|boss|manager|partners?|head office|hq|regional (?:office|manager|director)|area manager|trustees|committee|management|wife|husband|publishers?|landlord|franchise\w*)\b"
    r"|\b(?:clear|check|raise|take)\s+(?:[\w£$.,-]+\s+){1,5}?(?:with|w/)\s*(?:the |his |her |their )?(?:\w+ )?(?:owners?|board|boss|manager|partners?|office|hq|trustees|committee|management)\b"
    r"|\brun\s+(?:[\w-]+\s+){1,5}?(?:past|by)\s+(?:the |his |her |their )?(?:\w+ )?(?:owners?|board|boss|manager|partners?|office|hq|trustees|committee|management)\b"
    r"|\b(?:owners?|board|boss|partners|head office|hq|regional office|trustees|committee|management|directors)\s+(?:has|have|need|needs|must|will have)\s+to\s+"
    r"(?:agree|approve|sign (?:it )?off|decide|okay|vote|say yes)\b"
    # The request goes on to a body that decides: "It goes to the community committee next month", "det går videre til
    # bestyrelsen", "skal op i udvalget".
    r"|\b(?:it|this|that|the (?:request|application|ask)|det|den|sagen|ansøgningen)(?:'s| is| går| skal)?\s+(?:goes|going|go|går|skal)"
    r"\s+(?:on\s+|videre\s+|op\s+)?(?:to|before|til|for|i)\s+(?:the |their |his |her |deres |sin |hans |hendes )?(?:[\w-]+ )?"
    r"(?:committee|board|trustees|udvalg\w*|bestyrelse\w*|ledelse\w*|management|head office|hovedkontor\w*)\b"
    # Several asks taken to a meeting: "han tager begge dele med til redaktionsmødet", "she'll take both to the board".
    r"|\b(?:tager|tage|tog) (?:begge dele|begge|det hele|forslaget|forslagene|ideen|idéen|henvendelsen|ansøgningen|spørgsmålet)"
    r" med (?:på|til|i) (?:\w+ )?(?:\w*møde\w*|bestyrelse\w*|ledelse\w*)"
    r"|\btake (?:both|all of it|the lot|it all|the whole thing|the request|our request) (?:to|before) (?:the |their |his |her )?(?:\w+ )?"
    r"(?:meeting|board|committee|trustees|management)\b"
    # Checking first, in their words: "'lad mig lige tjekke med lageret'", "let me see what we have".
    r"|\blad mig (?:lige )?(?:tjekke|høre|se|undersøge|vende det|spørge|tænke)\b|\blet me (?:just )?(?:check|see|ask|find out|look into|talk to|think)\b"
    # Checking whether it can be done: "hun tjekker om kantinen er ledig", "he's checking whether the van is free".
    r"|\b(?:tjekker|tjekke|checker|checks|checking|is checking|will check|'ll check) (?:lige |just )?(?:om|if|whether)\b"
    # Cleared with someone, or what is left seen first: "det skal hun have afklaret med sin chef", "she'll see what's left".
    r"|\bgiver (?:os |mig )?(?:en )?(?:melding|tilbagemelding)\b|\bpass(?:es|ed|ing)? (?:it|this|that|the request) (?:on )?to (?:the |their |his |her )?(?:producer|editor|marketing\w*|csr \w+|foundation|fund)\b"
    r"|\bafklar\w* (?:det |sagen )?med\b|\b(?:see|check|look at) what(?:'s| is)? (?:left|spare|available|in stock|on hand)\b"
    # Something of ours wanted first: "want us to come to their lunch and pitch first".
    r"|\b(?:wants?|wanted|would like|'d like) us to (?:[\w'-]+ ){1,8}?first\b|\bvil (?:gerne )?have (?:at )?vi (?:[\w'-]+ ){1,8}?først\b",
    "yes": r"\blet'?s do (?:it|this)\b|\blad os (?:gøre det|køre på)\b|\bwhy not\b(?=\s*(?:[,.!'\x22’–-]|$))|\b(?:de|han|hun) finder (?:noget|nogle|et par)\b|\b(?:they|he|she)(?:'ll| will)? (?:find|dig out|dig up|rustle up) (?:something|some|a few)\b|\bslog til\b|\bgood to go\b|\bconsider (?:us|them|me|him|her) in\b|\b(?:kan|vil|kunne|ville) (?:godt )?gå med til\b|\b(?:går|gik|gået) med til\b|\bdoable\b|\bworkable\b|\b(?:fine|ok|okay|cool|happy) with (?:it|that|this)\b(?! (?:but|if|as long as they)\b)|\b(?:det er|er det) (?:helt )?(?:fint|ok|okay|i orden) med (?:dem|ham|hende)\b|\bslår til\b|\b(?:siger|sagde|sagt|giver|gav) go\b|\bi hus\b|\bden er hjemme\b|\b(?<!ikke )(?<!endnu )(?:fået|fik) (?:et )?(?:klart )?ja\b|\bsponser(?:er|ede|e)\b|\b(?:de|han|hun) (?:står for|tager sig af|sørger for)\b|\b(?:they|he|she)(?:'ll| will) (?:take care of|sort out|handle|look after)\b|\b(?:ansatte|medarbejdere|staff|employees|mand|folk|people) (?:fra \w+ )?(?:(?:kan|vil|can|will|could) (?:godt |gerne )?)?(?:hjælper|hjælpe|helps?|læser|læse|reads?) (?!om\b|if\b|whether\b)|\b(?:de|han|hun) (?:kommer og |vil gerne |vil )?(?:holder|holde|laver|lave) (?:et |en |gerne et |gerne en )?(?:oplæg|foredrag|workshop|fortælletime|oplæsning)\b|\b(?:sounds|lyder) (?:good|great|fine|perfect|fint|godt|perfekt|super)\b|\b(?:vi|de|han|hun|we) er friske?\b|\b(?:they'?re|he'?s|she'?s|is|are) good for (?:[£$€]\s?|dkk\s?|kr\.?\s?)?\d|\bconsider it done\b|\b(?:de|han|hun|they|he|she) (?:sagde|siger|said|says) (?:ca\.?\s*|about\s+)?(?:[£$€]\s?|dkk\s?|kr\.?\s?)?\d|\b(?:det )?(?:er|blev|bliver) (?:et )?(?:klart |rungende )?ja\b|\b(?:they|he|she)(?:'ll| will| can| could) do (?:it|that|this)\b(?! (?:next|later|another|in\b|after|efter))|\bhopper på (?:den|det|idé\w*|ide\w*|tilbuddet|forslaget)\b|\b(?<!ikke )(?<!intet )(?:er|blev|bliver) (?:nu |allerede |også )?lovet\b|(?:can|could|will|'ll) (?:manage|stretch to|run to) (?:[£$€]\s?|dkk\s?|kr\.?\s?)?\d|jumped at (?:it|the (?:chance|idea|offer))|\bsigned up (?:for|to)\b|\bsigned up (?:on the spot|straight away|right away|there and then)\b|(?:^|[:;.!?–-]\s*)(?:fine|sure|fint|deal|okay|ok)\s*[,.!]\s*(?!\s*(?:but|men)\b)|\b(?:klart|helt klart|et klart|clear|a clear|a definite|definitely|absolut)\s+(?:ja|yes)\b|stiller (?:op )?med\b|får fri til|(?:get|gets|given|giving) (?:paid )?time off to|(?:will|'ll|vil gerne|kan godt) (?:introduce|connect|put us in touch|introducere|sætte os i forbindelse)|\bbruger (?:en |deres |\w+ )?(?:frivilligdag|arbejdsdag|arbejdstid|tid|timer) på\b|(?:kan|kunne) (?:godt )?lade sig gøre|lader sig gøre|(?<!om )(?<!hvis )\b(?:de|han|hun|vi) kan (?:godt )?(?:lave|bygge|holde|afholde|hjælpe|printe|trykke|sende|låne os)\b|at cost(?: price)?\b|til (?:kost|indkøbs)pris|(?<!if they )(?<!whether they )\b(?:can|will|'ll) (?:volunteer|mentor|tutor|coach|talk|speak|visit|run|present)\b|backs? (?:the idea|it|the project|the plan|our \w+)\b|(?<!om )(?<!hvis )\bhjælper (?:til|gerne|os)\b|\bvil (?:gerne |godt )?(?:sponsorere|give|støtte|hjælpe|lave|være med|sparre|bidrage|stille)|\bgiver\b(?! svar| besked| lyd)|betaler|\bgratis\b|for free|free of charge|\b\d+ free\b|fået (?:lov|tilladelse)|\bfik (?:lov|tilladelse)\b(?<!ikke fik lov)(?<!ikke fik tilladelse)|stiller med|leverer|deliver(?:s|ing)?\b|bakker op|backs? us|godkendt|approved|\bpays\b|will pay|'ll pay|sponsored|sponsoreret|sponsorerede|they sponsor|de sponsorerer|\bfree\b(?<!about free)(?<!re free)(?<!regarding free)(?<!asking for free)(?<!ask for free)(?<!them for free)(?<!us for free)(?<![0-9] free)(?! (?:shipping|delivery|of charge\?))|støtter\b|tilladelse givet|givet tilladelse|på plads|all set|vi må\b(?! (?:vente|desværre|nok|finde|søge|prøve))|må gerne|we can use|vi låner|\bwe(?<!\bif we)(?<!\bwhether we) (?:can|may|are allowed to|'re allowed to|are free to|get to) (?:also |now |still )?(?:use|borrow|decorate|dress|hang|put up|set up|display|take over|fill)\s+(?:up\s+)?(?:their|thier|the|his|her|its|our posters|posters|some|a)\b|\b(?:happy|glad|fine|ok|okay|willing) for us to (?:use|borrow|decorate|hang|put up|set up|display|have)\b|\bvi(?<!\bhvis vi)(?<!\bom vi) (?:kan|får lov til at|får lov at|har lov til at) (?:også |nu |gerne )?(?:pynte|dekorere|udstille|hænge|sætte|stille|låne|bruge (?:deres|hans|hendes|butikkens|firmaets))\b|we borrow|\bdonates?\b|\bdonated\b|donerer|'ll join|will join|deltager|'d love to|wants? to partner|(?:he's|she's|they're) in\b|\bgerne\b|siger ja|sagde ja|ja tak|(?<!ikke )ja til|\byes\b|agreed|aftalt|enige|bekræft(?:er|et)\b|bevilget|granted|confirmed|(?:will|'ll) (?:donate|sponsor|provide|give|fund|host|lend|help|send|read|play|print|deliver|bring|offer|advise|train|mentor|coach|teach|cater|bake|co-\w+|co(?:host|sponsor|fund)\w*)\b|\bchip(?:s|ping|ped)? in\b|(?:will|'ll|can|could|would|'d|happy to)\s+let us (?:use|borrow|have)\b|(?:lader|vil lade|ville lade|kan lade) os (?:bruge|låne|få)\b|happy to|want to help|are in\b|on board|\bok givet|giver lov|er med\b|være med|kan stille med|\boffer(?:s|ed)?\b|tilbyder|\btilbød\b|\btilbudt\b|can lend|would like to|would love to|sponsorerer|donerer|\bin on\b|\bdeal\b|says? ok|sagde ok|siger ok|accepted|accepterer|tilsagn(?<!intet tilsagn)(?<!ikke tilsagn)(?<!ingen tilsagn)(?<!endeligt tilsagn)|\blove(?:de|r)\b(?! (?:os |mig )?(?:et |en )?(?:svar|besked|tilbud|prisoverslag)\b)(?! at "
    + FOLLOWUP_PROMISE
    + r")|har lovet(?! (?:os |mig )?(?:et |en )?(?:svar|besked|tilbud|prisoverslag)\b)|promised\b(?<!nothing promised)(?<!not promised)(?! (?:us |me )?(?:an? |their |her |his )?(?:answer|decision|reply|quote|price|estimate)\b)(?! to "
    + FOLLOWUP_PROMISE
    + r")|promises? (?:to|us)\b|\bpledged?\b|\bpledges\b|committed\b(?<!before committed)(?<!not committed)(?<!nothing committed)(?<!nothing yet committed)|commits? to\b|it'?s a yes|(?:keen|glad|pleased|delighted|willing|ready|prepared) to (?:support|help|sponsor|give|donate|join|be involved|contribute|host|offer|provide|lend|fund|chip in|pay|cover|build|make|bake|cook|paint|fix|repair|print|read|run|deliver|do (?:it|that|this|them))|(?:glade for at|villige til at|parate til at) (?:give|støtte|hjælpe|sponsorere|bidrage|donere|lægge|betale)|(?:fine|ok|okay|happy|good) with (?:the )?\d|(?:fint|ok|okay) med (?:de |det )?\d|(?:^|[.!:;–-]\s*)ja\b(?! til at mødes)|(?:they|he|she|we) can (?:host|lend|give|provide|offer|sponsor|donate|print)|wants? to (?:sponsor|support|help|donate|give|fund|provide|host|contribute)|(?:they|he|she)(?: will|'ll)? give\b|\bgives\b|donating|(?:they'?re|he'?s|she'?s|is|are) (?:sponsoring|giving|donating|providing|lending)\b|sponsoring us\b|bidrager|har bevilget|bevilger|sagt ja|ja fra\b|(?:siger|sagde|sagt) ok|in principle|i princippet|count (?:us|them|me) in|vil (?:gerne )?(?:skrive (?:om|en artikel)|lave en artikel|bringe en artikel|dække)|(?:will|'ll) (?:write about|run a (?:story|piece)|cover (?:it|the|us))|(?:vi|de|han|hun) er med\b|\bthey'?re in\b|underskrevet|underskrev\b|\b(?:bliver det|det bliver) (?:\d|\w+ tusind)|\bit(?:'ll| will) be (?:\d|\w+ thousand)|(?:sagt|sagde|siger|giver|givet) god for|bekræftede\b|\bjep\b|\byep\b|\byup\b|\bok(?:ay)? (?:fra|from)\b|thumbs up|tommel(?:en)? op|grønt lys|green light|go-ahead|\bgo ahead\b(?! and)|\bsigned\b(?!\s+(?:up|copy|copies|books?|editions?|prints?|posters?|photos?|shirts?|jerseys?|balls?|footballs?|programmes?|programs?)\b)|mundtlig\w* (?:aftale|tilsagn|ja|ok)|verbal (?:agreement|yes|ok|commitment|pledge)|friske? på\b|up for it|game for\b|selvfølgelig|of course|absolutely|no problem|intet problem|ikke noget problem|(?<!ikke )i orden\b|(?:came|come|comes|coming) back with (?:an? offer of |[£$€]\s?|dkk\s?|kr\.?\s?)?\d|countered with\b|(?:can|could|will|'ll) do (?:\d|an? |one|two|three|half)|counter-?offer|modtilbud|modbud|(?<!om )(?<!hvis )\b(?:de|han|hun|vi) kan (?:godt )?(?:give|betale|sponsorere|låne|stille|donere|tilbyde|læse|komme|bage|levere)\b|(?<!ikke )kan (?:godt )?(?:læse (?:højt|op)|komme og læse)|(?:they|he|she)'d (?:like|love) to\b|\bno charge\b|uden beregning|\d+\s?%\s?(?:off|rabat|discount)|\brabat\b|\bdiscount\b|sætter\s+(?:[\d.,]+\s+(?:kr\.?\s+)?)?af\b|afsætter|set(?:s|ting)? aside|til rådighed|(?:de|han|hun) låner os\b|(?:de|han|hun|they|he|she)(?:'ll| will)?\s+(?:sender|sends?)\s+(?:os\s+|us\s+)?\d|\b(?:vi|we)\s+(?:kan|can|could)\s+(?:få|get|have|borrow|låne)\s+\d|\b(?:fik|got)\s+[\d.,]+\s*(?:kr|dkk|k\b|,-)|\b(?:er|is)\s+(?:en\s+|a\s+)?go\b|\bsays?\s+go\b|(?:are|er)\s+velkomn\w*|\bwelcome to\b(?! (?:ask|apply|try|come back|contact|call))|took it\b|(?<!skal )(?<!vil )(?<!kan )\blæser (?:op|højt)\b(?! for (?:os|dem))|(?<!om )(?<!for )(?<!need )(?<!needs )(?<!på )(?<!awaiting )(?<!await )(?:tilladelse|permission|approval|grønt lys|green light) (?:til|to)\b|(?<!not )(?<!make )(?<!be )(?<!un)\bsure\b(?! (?:if|whether|about|yet|how|what|when))"
    # A count offered after a contrast, said without a verb of giving: "men 20 kan han godt", "but 40 is fine".
    r"|\b(?:men|but)\s+(?:\w+\s+)?\d[\d.,]*(?:\s+\w+\.?)?\s+(?:kan (?:de|han|hun) (?:godt|klare|give)|(?:is|are|er) (?:fine|ok|okay|fint|i orden)|works)\b"
    # An amount they settled on: "de landede på 6.000 kr.", "they came back at $2,000", "de bevilgede 12.000 kr.".
    r"|\b(?:landede|landed|endte|ended up|settled|came back)\s+(?:på|on|at|with)\s+(?:[£$€]\s?|dkk\s?|kr\.?\s?)?\d|\bbevilgede\b|\b(?:have|has|har)\s+(?:\w+\s+)?\d[\d.,]*\s+(?:\w+\s+){0,2}?(?:to spare|til overs|left over|tilovers)\b"
    r"|\b(?:kan|kunne) (?:godt )?(?:undvære|afse) \d"
    # Their own doing on a condition of ours: "she'll do them if we collect on the day", "de laver dem, hvis vi henter".
    r"|\b(?:they|he|she)(?:'ll| will| can) (?:do|make|bake|bring) (?:them|those|these|the lot)\b"
    # An offer with an adverb between the modal and the verb: "de kan alligevel give 2.000 kr.", "they can still
    # give 2,000", "vi kan også låne jer salen" (never "kan alligevel ikke give": "ikke" is no adverb here).
    r"|(?<!om )(?<!hvis )(?<!if )(?<!whether )\b(?:de|han|hun|vi|they|he|she|we) (?:kan|can)\s+"
    r"(?:(?:godt|gerne|alligevel|nu|også|stadig|faktisk|sagtens|fint|still|now|also|actually|happily|definitely"
    # a ceiling said before the verb is a counter-offer (round 16): "de kan maks give 40.000", "kan højst betale".
    r"|maks\.?|max\.?|højst|kun|only|just)\s+){1,2}"
    r"(?:give|betale|sponsorere|låne|stille|donere|tilbyde|levere|pay|sponsor|lend|donate|offer|provide|host|deliver)\b"
    # their people offered: "their staff will gladly volunteer as readers", "de stiller gerne op som oplæsere"
    r"|\b(?:will|'ll)\s+(?:gladly\s+|happily\s+|be happy to\s+|be glad to\s+)?(?:volunteer|read aloud|help out)\b"
    r"|\bstiller (?:gerne |også )?op som\b"
    # a loan offered in the present tense, as "gives" is: "also lends us their meeting room", "låner os salen"
    r"|\blends?\s+(?:us|me)\b|\blåner\s+(?:os|jer|mig)\b"
    # a talk or workshop offered: "vil også holde et lille oplæg", "they'll give a short talk", "holder gerne et foredrag"
    r"|\b(?:vil|kan)\s+(?:(?:også|gerne|godt)\s+){0,2}holde\s+(?:et |en )?(?:[\wæøå-]+ )?(?:oplæg|foredrag|workshop)"
    r"|(?:will|'ll|can|could)\s+(?:also\s+|happily\s+)?(?:give|run|do|host)\s+(?:a |an )?(?:[\w-]+ )?(?:talk|workshop|presentation|session)\b"
    # A yes in passing: "she's up for doing it herself", "Coach is sorted", "Malingen får vi", "Det ordner de",
    # "Klart, sagde hun", "she'll happily stock the snack table".
    r"|\bup for (?:doing|giving|helping|hosting|running|reading|lending|sponsoring)\b|\b(?:is|are|'s|’s) (?:all )?sorted\b"
    r"|(?<=[a-zæøå]{2}(?:ne|en|et) )får vi\b"
    r"|\b(?:det|den|dem|resten|det praktiske) (?:ordner|fikser) (?:de|han|hun)\b|\b(?:de|han|hun) (?:ordner|fikser) (?:det|den|dem|resten)\b"
    # ... also straight after our question ("kan vi låne cyklerne? Selvfølgelig, siger hun", "could they? Of course!").
    r"|(?:^|[.!?:;–-]\s*)(?:klart|selvfølgelig|selvf\.|naturligvis|of course|absolutely|certainly)\s*[,.!]"
    r"|\b(?:'ll|will|would|'d|can|could|vil)\s+(?:happily|gladly|gladeligt)\s+(?!consider|think|look|review|discuss|talk|meet|chat)\w+"
    # "han var med på den", "to af medlemmerne melder sig", "no bother", "pengene er ok".
    r"|\bmed på den\b|\b(?:melder|meldte|meldt|meldte) (?:sig|os)\b(?!\s+(?:ud|fra|syg|tilbage|ind))|\bno (?:bother|worries|probs?|sweat)\b"
    r"|(?<=[a-zæøå]{2}(?:ne|en|et) )(?:er|blev)\s+(?:helt\s+)?(?:ok|okay|fint|i orden)\b"
    r"|\b(?:smider|kaster|sætter) (?:\w+ ){0,3}?forbi\b|\bkommer forbi med\b"
    r"|\b(?:said|says|sagde|siger)\s+(?:fine|ok|okay|sure|fint)\b(?!\s+(?:but|men|if|hvis)\b)"
    r"|\bdet kan (?:vi|de|han|hun) sagtens\b|\bkan (?:de|han|hun) sagtens\b(?! (?:forstå|se|lide))"
    # A counter-offer said with "do" or "spare" and what they offer: "she can do £750", "he can spare 3 of his staff",
    # "hun kan klare 4.000 kr." (not a time: "she can do 3pm", "he can do 2 or 3").
    r"|(?<!om )(?<!hvis )(?<!if )(?<!whether )\b(?:they|he|she|de|han|hun)(?:'ll| will| can| could| kan| kunne| vil)\s+"
    r"(?:(?:only|kun|godt|still|just|stadig)\s+)?(?:do|spare|find|manage|klare|afse|finde|undvære)\s+(?:us\s+|os\s+)?"
    r"(?:[£$€]\s?\d|(?:dkk|kr\.?)\s?\d|\d[\d.,]*\s*(?:k\b|kr\b|dkk\b|kroner\b|pounds\b|dollars\b|(?:of|af)\b"
    r"|(?!am\b|pm\b|o'?clock\b|on\b|at\b|or\b|til\b|to\b|eller\b|and\b|og\b|i\b|in\b)[a-zæøå]{3,}))"
    # A vote for us: "the members voted yes", "voted in favour", "bestyrelsen stemte ja".
    r"|\bvoted (?:\w+ )?(?:yes|in favou?r|for it|to (?:support|fund|sponsor|give|donate|back))\b|\bstemte (?:\w+ )?(?:ja|for)\b(?! (?:at|om)\b)"
    # Yeses said in passing (round 15): "said go on then", "kør bare", "he'd be glad to", "Lucy can give us the paper",
    # "hun sender to fra kontoret", "besluttet at støtte med det fulde beløb", "we can let you have the main hall".
    r"|(?<=[a-zæøå]{3} )(?<!ikke )(?<!måske )(?<!aldrig )(?<!eller )ja(?=\s*(?:[,.;!–]|$))"
    r"|\bgo on then\b|\bgo for it\b|\bkør bare\b|\bbare kør\b"
    r"|(?<!\bwe)(?<!\bi)(?<!\bwe )(?<!\bi )\b(?:'d|would|will|'ll) be (?:glad|delighted|pleased|more than happy) to\b"
    r"(?! (?:meet|talk|chat|hear|discuss|see)\b)"
    r"|(?<!\bwe )(?<!\bwho )(?<!\bif they )(?<!\bif he )(?<!\bif she )(?<!whether they )(?<!whether he )(?<!whether she )"
    r"\bcan (?:give|donate|provide|supply|spare|lend) us\b"
    r"|\b(?:de|han|hun) sender (?:\d+|to|tre|fire|fem|et par|nogle) (?:af (?:sine|deres) )?(?:fra|mand|medarbejdere|folk|kolleger|ansatte|frivillige)\b"
    r"|\b(?:they|he|she)(?:'re| are|'s| is)? send(?:s|ing)? (?:\d+|two|three|four|a couple of|some) (?:of (?:their|his|her) )?"
    r"(?:staff|people|colleagues|volunteers|employees|from)\b"
    r"|(?<!ikke )(?<!not )\b(?:besluttet|besluttede|decided|voted) (?:at|to) (?:støtte|give|bevilge|sponsorere|donere|support|fund|sponsor|donate|back)\b"
    r"|\blet you (?:have|use|borrow)\b(?! (?:the |a |our )?(?:details|dates|info\w*|figures|numbers|quote|invoice|answer|decision|list)\b)"
    r"|\blade jer (?:bruge|låne|få)\b"
    # A permission given to us (round 16): "ok til at vi kontakter skolerne", "okay for us to approach the branches".
    r"|(?:^|[:;,.!–-]\s*)(?:ok|okay|fint)\s+(?:til at vi|for us to|med at vi)\b"
    # "OK to" a count or an amount is a yes to it (round 17): "OK to 30 books", "ok til de 5.000 kr.".
    r"|\bok(?:ay)?\s+(?:to|til|on)\s+(?:the\s+|de\s+)?(?:[£$€]|kr\b|dkk\b|" + OK_COUNT + r")"
    # Their people able to come and read or perform (round 17): "their pupil reading champions can come and read at the
    # festival", "two of the staff will come along and tell stories", "hun kan komme og læse op", "de kommer gerne og
    # fortæller" (not ours: "we can come and read"; not a question: "could they come and read?").
    r"|(?:\b(?:can|will|kan|vil)(?<!\bwe can)(?<!\bwe will)(?<!\bi can)(?<!\bi will)(?<!\bvi kan)(?<!\bvi vil)(?<!\bjeg kan)(?<!\bjeg vil)"
    r"|\b(?:they|he|she)'ll)\s+(?:(?:gladly|happily|also|gerne|godt|også)\s+)?(?:come|komme)"
    r"\s+(?:(?:along|in|over|down|forbi|ud|ind)\s+)?(?:and|og|to|for at)\s+(?:read|tell|perform|sing|play|help|do a (?:reading|talk|session)|give a (?:reading|talk)"
    r"|læse|fortælle|optræde|synge|spille|hjælpe)\b"
    r"|\bkommer(?<!\bvi kommer)(?<!\bjeg kommer)\s+(?:gerne|godt|også|sagtens)\s+(?:(?:forbi|ud|ind)\s+)?og\s+(?:læser|fortæller|optræder|synger|spiller|hjælper)\b",
}
# A request that has to pass through a body of theirs is their maybe (round 17): "it has to go through their regional
# office", "it needs to go through the finance team first", "det skal igennem regionskontoret", "skal lige gennem
# økonomiafdelingen" (a body of any name, not only the board or the owner).
AGREEMENT_CUES["maybe"] += (
    r"|\b(?:has to|have to|must|needs? to|will have to|'ll have to|skal|må)\s+(?:\w+\s+){0,2}?"
    r"(?:go through|pass through|get through|igennem|gennem)\s+(?:the |their |his |her |its |deres |sin |sine |hans |hendes )?"
    r"(?:[\w-]+\s+){0,2}?(?:office|offices|team|department|board|committee|trustees|members|management|hq|head office"
    r"|owners?|chain|region|[\wæøå-]*kontor\w*|[\wæøå-]*afdeling\w*|bestyrelse\w*|udvalg\w*|ledelse\w*|kæde\w*|region\w*"
    r"|medlemmer\w*|ejer\w*)\b"
)

NO_PUBLICITY = (
    # "wants them kept off the posters", "keep their name off the flyers"
    r"(?:kept|keep|keeps|keeping) (?:them|it|their (?:name|logo)s?|him|her) off\b|\b(?:them|it|their (?:name|logo)s?) (?:kept|left) off\b|"
    r"ønsker ikke (?:at blive )?omtal\w*|ikke (?:at blive )?(?:omtalt|nævnt|navngivet)|ingen omtale|uden omtale|ikke (?:have )?omtale|anonym\w*|"
    r"no (?:publicity|press|pr\b|names?|logo(?! ?files?))|(?:doesn'?t|don'?t|do not|does not) want (?:any )?(?:press|publicity|to be (?:named|mentioned))|"
    r"not (?:be )?(?:named|mentioned)|off the record|keep (?:it|this) quiet|low profile|diskret|"
    r"vil ikke (?:på|have)|ikke på (?:plakat|flyer|hjemmeside|website)|ikke stå på|not on (?:the )?(?:posters?|flyers?|website)|without (?:their )?name|uden (?:deres )?navn|ikke offentligt|nævnt offentligt|"
    r"ikke (?:\w+ )?(?:nævnes|omtales|navngives|krediteres|synlige?|fremhæves|fremgå\w*|offentliggøres)\b|"
    r"(?:ingen|intet|uden|ikke (?:noget|deres|vores))(?: med)? (?:logo|logoer|presse\w*|pr\b|navn|reklame|synlighed|offentlig\w*|facebook|instagram|sociale medier|avis\w*|plakat\w*)|"
    r"holdes? (?:det |det hele |sponsoratet )?(?:stille|internt|for (?:os|sig) selv|hemmeligt?)|ikke (?:at )?(?:stå|være|komme) (?:på|med på) (?:\w+ )?(?:plakat\w*|flyer\w*|hjemmeside\w*|sponsorlist\w*|listen|facebook|website)|i al stilhed|under radaren|"
    r"(?:not|never) (?:want|like) (?:\w+ )?(?:name|names|logo|brand)|(?:his|her|their|its) name (?:kept )?(?:off|out)|"
    r"(?:leave|keep) (?:them|him|her|it|their name|their logo) (?:off|out of)|stay (?:out of|off) (?:the |any )?(?:\w+ )?(?:papers?|press|news|posters?|flyers?|website|social)|"
    r"(?:may|can|must|should)(?:n'?t| not) (?:name|mention|credit|thank) (?:them|him|her|it)\b|no (?:mentions?|shout-?outs?|credit|announcements?|press releases?)|(?:don'?t|do not|never) (?:name|mention|credit|thank|list|tag) (?:them|him|her|it|their name)\b|"
    # The firm named for them: "she prefers we don't name the firm anywhere", "never mention the company".
    r"(?:don'?t|do not|didn'?t|did not|never|not) (?:name|mention|credit|list|tag) (?:the|their|his|her) (?:firm|company|business|shop|store|bank|brand|practice|sponsor)\b|"
    # ... or wished not to be seen so: "she doesn't want the shop mentioned on Facebook", "don't want them tagged".
    r"(?:doesn'?t|don'?t|do not|does not|didn'?t|did not) want (?:the (?:firm|company|business|shop|store|bank|brand|practice|sponsor)|them|him|her|it"
    r"|their (?:name|logo)s?) (?:mentioned|named|credited|listed|shown|tagged|featured|thanked|advertised)\b|"
    r"under the radar|discreet\w*|quietly|(?:stay|be|remain|keep) in the background|i baggrunden|prefers? not to be (?:named|mentioned|credited)|silent (?:partner|sponsor)|not (?:go|be) public|not publici[sz]e|low-?key|"
    r"(?:don'?t|do not|not|never) (?:put|use|print|show|mention|include|publish|list) (?:their|his|her|its|the|our) (?:name|logo|brand)|"
    r"(?:don'?t|do not|doesn'?t|does not|not) want (?:to be |it )?(?:on|in) (?:any |the |our )?(?:posters?|flyers?|website|sponsor lists?|papers?|press|social media)|"
    # (once a second reader in story.py)
    r"må ikke (?:nævnes|omtales|bruges|stå|navngives)|hold(?:e)? det (?:stille|hemmeligt)|"
    # "he'd rather we didn't mention them", "ikke sætte deres logo på plakaten"
    r"rather (?:we |you |i )?(?:didn'?t|did not|not|wouldn'?t) (?:mention|name|credit|list|thank)|"
    r"rather (?:not )?(?:stay|remain|be) (?:anonymous|unnamed|in the background)|hellere (?:være|forblive) anonym|"
    # Their name on nothing: "they'd rather not have their name on anything", "vil helst ikke have deres navn på noget".
    r"(?:rather not|don'?t want to|doesn'?t want to|do not want to|does not want to|won'?t|helst ikke|ikke)\s+have\s+"
    r"(?:their|his|her|its|the company'?s|deres|hans|hendes|sit|firmaets)\s+(?:name|logo|navn|logo)\w*\s+(?:on|anywhere|på|nogen steder)|"
    r"ikke (?:sætte|sætter|bruge|bruger|have|vise|trykke) (?:deres |sit |hans |hendes )?(?:logo|navn)|"
    # "no public mention please", "no flyers", "no need to mention him", "ikke kommer på nogen lister"
    r"\bno (?:public )?(?:mentions?|credit|recognition|flyers?|posters?|banners?)\b|no need to (?:mention|name|credit|thank)|"
    r"ikke (?:kommer|komme|står|stå) på (?:nogen |nogle )?(?:lister?|plakat\w*|flyer\w*)|"
    r"(?:doesn'?t|don'?t|do not|does not) want to be on any|keep (?:their |his |her |the )?names? off|"
    # Kept out of the papers or the posters said as a wish: "det skal ikke i avisen", "vil ikke med på
    # plakaten", "uden at blive nævnt", "without being named", "not publicly", "no social media".
    r"(?:skal|må|vil|ønsker|gider)\s+(?:helst\s+|egentlig\s+|gerne\s+)?ikke\s+(?:\w+\s+){0,2}?(?:i|på|med i|med på)\s+(?:\w+\s+)?"
    r"(?:avis\w*|presse\w*|medie\w*|facebook|instagram|sociale medier|plakat\w*|flyer\w*|hjemmeside\w*|sponsorlist\w*|banner\w*|nyhedsbrev\w*)|"
    r"uden at (?:blive |de bliver )?(?:nævnt|nævne|omtal\w*|krediter\w*|navngiv\w*)|uden navns nævnelse|"
    r"without (?:being |getting )?(?:named|mentioned|credited|identified)|without (?:any )?(?:publicity|credit|mention|fanfare)|"
    r"\bnot (?:publicly|in public)\b|\bno (?:social media|facebook|instagram|posts?|newsletter)\b|hush-?hush|"
    r"(?:doesn'?t|don'?t|do not|does not) want (?:it |them |their name |their logo )?(?:on|in) (?:any |the |our )?(?:\w+ )?(?:facebook|instagram|newsletter|programme|program|banners?)|"
    # Attention refused: "ønsker ikke synlighed", "don't want any recognition", "zero publicity",
    # "holde lav profil", "keep it private", "not to be listed".
    r"(?:ønsker|vil|gider)\s+ikke\s+(?:have\s+)?(?:\w+\s+)?(?:synlighed|omtale|opmærksomhed|reklame|eksponering|presse\w*)|"
    r"(?:doesn'?t|don'?t|do not|does not|didn'?t)\s+(?:want|need|like)\s+(?:any\s+)?(?:\w+\s+)?(?:recognition|visibility|attention|exposure|coverage|credit|publicity|limelight|spotlight)|"
    r"\b(?:zero|minimal|nul|no)\s+(?:publicity|press|pr\b|omtale|attention|mentions?|credit|synlighed|visibility|exposure|coverage|eksponering)|lav profil|"
    r"(?:keep|kept|keeping)\s+(?:it|this|that|things|the \w+)\s+(?:private|confidential|between us|under wraps|off (?:the )?(?:\w+ )?(?:social media|press|papers?|news|facebook|instagram|website|posters?|flyers?)|out of (?:the )?(?:\w+ )?(?:social media|press|papers?|news))|"
    r"(?:holde|holder|hold)\s+(?:det\s+)?fortroligt|"
    r"\bnot\s+(?:to\s+)?(?:be\s+)?(?:listed|credited|shown|featured|identified|thanked publicly)\b|"
    r"(?:ikke|not)\s+(?:stå|nævnes|omtales|vises|fremgå|be (?:named|mentioned|listed|shown))\s+(?:\w+\s+)?(?:nogen steder|noget sted|anywhere)|"
    r"(?:hold|holde|holder|keep|keeps)\s+(?:deres\s+|hans\s+|hendes\s+|sit\s+|their\s+|his\s+|her\s+)?(?:navn|logo|name)\w*\s+(?:ude|udenfor|væk|out|off)\b|"
    # A channel excepted: "logo må gerne bruges, men ikke på Facebook" (both are said; the card asks).
    r"(?:men|but)\s+(?:ikke|not)\s+(?:på|i|on|in)\s+(?:the\s+|our\s+|vores\s+)?(?:\w+\s+)?(?:facebook|instagram|linkedin|sociale medier|social media"
    r"|avis\w*|papers?|presse\w*|press|plakat\w*|posters?|flyer\w*|hjemmeside\w*|website|nyhedsbrev\w*|newsletter)|"
    # Their name kept out, said passively or of the company: "navnet skal holdes ude af alt materiale",
    # "leave the company name off the flyers", "uden hans firmanavn på", "she'd prefer it wasn't publicised",
    # and in their own voice: "please don't mention us", "nævn os ikke".
    r"(?:navn|logo)\w*\s+(?:skal\s+|må\s+|bør\s+)?(?:holdes|hold\w*|blive|forblive)\s+(?:ude|udenfor|væk)\b|"
    r"(?:leave|keep|kept|left|leaving|keeping)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|our\s+)?(?:company\s+|firm'?s?\s+|business\s+|shop\s+|brand\s+|[\w-]+(?:'s|’s|s')\s+)?"
    r"(?:name|logo|brand)s?\s+(?:off|out)\b|"
    r"uden\s+(?:deres\s+|hans\s+|hendes\s+|sit\s+|firmaets\s+|vores\s+)?(?:\w*navn\w*|logo\w*)\s+på\b|"
    r"(?:wasn'?t|isn'?t|weren'?t|not\s+be|not\s+being|never\s+be)\s+(?:publici[sz]ed|advertised|announced|made public|shared publicly|publicly announced)|"
    r"(?:don'?t|do not|please do not|never|not)\s+(?:name|mention|credit|list|tag|thank)\s+(?:us|our (?:name|company|business|firm))\b|"
    r"(?:nævn|omtal|kreditér|krediter)\s+(?:os|vores navn)\s+ikke\b|(?:må|skal)\s+ikke\s+(?:nævne|omtale|kreditere)\s+os\b|"
    # Kept out of the media: "she'd like the firm kept out of any press coverage", "ønsker at stå uden
    # for al markedsføring", "firmaet skal ikke på nogen lister".
    r"(?:kept|keep|keeps|keeping|stay|stays|staying|remain|holdes|holde[sr]?)\s+(?:ude af|uden ?for|out of|away from)\s+(?:any\s+|all\s+|the\s+|al\s+|alt\s+|enhver\s+)?(?:\w+\s+)?"
    r"(?:press|papers?|media|news|coverage|marketing|publicity|social media|limelight|spotlight|presse\w*|medie\w*|avis\w*|markedsføring\w*|omtale|reklame\w*)|"
    r"(?:uden ?for|udenfor)\s+(?:al\s+|alt\s+|enhver\s+|nogen\s+)?(?:markedsføring\w*|reklame\w*|omtale|pr\b|presse\w*|kommunikation\w*)|"
    r"(?:skal|må|vil)\s+ikke\s+(?:stå\s+|være\s+|komme\s+)?på\s+(?:nogen\s+|nogle\s+|jeres\s+|vores\s+)?(?:lister?|listen|sponsorlist\w*)\b|"
    # "ikke noget om dem på Facebook", "rather not make a fuss about it".
    r"(?:ingen|intet|ikke noget|nothing|no)\s+(?:\w+\s+)?(?:om|about)\s+(?:dem|ham|hende|firmaet|them|him|her)\s+(?:på|i|on|in)\b|"
    r"(?:not|no|ikke|uden|without|ingen|intet)\s+(?:to\s+)?(?:make\s+|making\s+|lave\s+|gøre\s+)?(?:a\s+|any\s+|noget\s+)?(?:fuss|big deal|noise|ståhej|postyr|stort nummer|fanfare|hype|tam-?tam)|"
    # Kept out of sight, said of being singled out or of the stage: "ønsker ikke at blive fremhævet", "vil helst
    # ikke være synlige", "they'd rather stay behind the scenes", "vil hellere være bag kulisserne".
    r"(?:ønsker|vil|gider|skal)\s+(?:helst\s+|egentlig\s+)?ikke\s+(?:at\s+)?(?:blive|være|bliver)\s+(?:\w+\s+)?"
    r"(?:nævnt|omtalt|fremhævet|krediteret|navngivet|synlige?|profileret|eksponeret|takket offentligt)\b|"
    r"(?:stay|stays|remain|remains|be|keep|keeps|kept|work|støtte|være|blive|forblive|holde sig|stå|står)\s+(?:\w+\s+)?(?:behind the scenes|bag kulisserne|i kulissen)|"
    r"(?:not|n'?t|ikke)\s+(?:to\s+)?(?:be\s+|being\s+|blive\s+)?(?:singled out|udpeget|udpeges|fremhævet særskilt)|"
    r"(?:lad|lade) (?:være|vær) med at (?:nævne|omtale|kreditere|skrive om|bruge (?:vores|deres) (?:navn|logo))|undlad\w* at (?:nævne|omtale)|"
    # Told not to name them: "beder om at vi ikke nævner dem", "vi må ikke skrive om det", "asked us
    # not to name them", "we're not allowed to mention them".
    r"\b(?:vi|we|us)(?:'re| are)?\s+(?:\w+\s+){0,2}?(?:ikke|not|mustn'?t|can'?t|cannot|shouldn'?t)\s+(?:\w+\s+){0,2}?"
    r"(?:nævne\w*|omtale\w*|navngive\w*|kreditere\w*|name|mention|credit|list|tag|skrive om|poste om|write about|post about|publici[sz]e|announce)\s+"
    r"(?:them|him|her|it|their\b|this|that|dem|ham|hende|det|deres|sponsorat\w*|støtten|gaven|firmaet|banken|the (?:sponsor\w*|donation|gift|support|company|bank))|"
    # Them kept off a public place in their own voice: "please don't put us on the poster", "sæt os ikke på plakaten".
    r"(?:don'?t|do not|not|never)\s+(?:put|list|show|feature|include|add)\s+(?:us|them|him|her)\s+(?:on|in)\s+(?:the\s+|any\s+|our\s+|your\s+)?"
    r"(?:\w+\s+)?(?:posters?|flyers?|website|banners?|social media|facebook|instagram|newsletter|sponsor list)|"
    r"(?:sæt|sætte|sætter|skriv|skrive)\s+(?:os|dem|ham|hende)\s+ikke\s+(?:på|i)\b|"
    # Their name not to be passed on: "asked us not to share their name", "vi må ikke dele deres navn".
    r"(?:not|n'?t|ikke)\s+(?:(?:to|at)\s+)?(?:share|give out|pass on|reveal|disclose|dele|oplyse|udlevere|afsløre|røbe)\s+"
    r"(?:their|his|her|its|the company'?s|deres|hans|hendes|sit|firmaets)\s+(?:name|navn|identity|identitet)"
)

# Not against being named: "har ikke noget imod at blive nævnt", "ingen problemer med logo", "doesn't
# mind being mentioned", "no objection to their logo", "nothing against being named". Public, although
# the words of a refusal are in it.
PUBLIC_NOT_AGAINST = (
    r"(?:(?:har |have |has )?(?:ikke noget|intet|ingenting|nothing|no objections?|ingen indvendinger)\s+(?:imod|against|to|with)"
    r"|ikke\s+har\s+(?:noget|nogen indvendinger)\s+(?:imod|mod)"
    r"|(?:ingen|intet|ikke noget|ikke et|no|not an?)\s+(?:problemer?|issues?|problems?)\s+(?:med|i|with|about)"
    r"|(?:doesn'?t|don'?t|do not|does not|wouldn'?t|would not|won'?t|will not)\s+mind|not bothered (?:about|by|with)"
    r"|(?:det er |it'?s |that'?s )?(?:helt )?(?:fint|fine|ok|okay)\s+(?:med|with|by)\s+(?:dem|them|him|her|ham|hende))"
    r"[^.;!?\n]{0,40}?(?:nævn\w*|omtal\w*|navngiv\w*|logo\w*|navn\w*|presse\w*|krediter\w*|named|naming"
    r"|mention\w*|credit\w*|name\b|names\b|press\b|publicity|publicly|listed|featured"
    r"|(?:på|i|on|in) (?:the |our |vores |their |deres )?(?:\w+ )?(?:plakat\w*|avis\w*|posters?|papers?|facebook|instagram|linkedin|social media|website"
    r"|hjemmeside\w*|sponsorlist\w*|sponsor list|listen|the list|banner\w*|roll-?up\w*|programme|program\w*|nyhedsbrev\w*|newsletter))"
)

# The partner is happy to be named in public (logo, name, press): the opposite of NO_PUBLICITY.
PUBLIC = (
    # Their logo wanted or allowed where we show it: "men vores logo skal med nederst", "if we put their logo on the
    # certificates", "(logo ok)", "fine with us listing them as a sponsor publicly".
    r"(?:vores|deres|our|their) logo skal (?:med|være med|på|stå)|(?:if|hvis|as long as|så længe) (?:we|vi) (?:put|sætter|får|show|viser)"
    r" (?:their|deres) (?:logo|navn|name)|"
    # ... also with the logo in the definite form, and wanted visible (round 16): "hvis vi sætter logoet på roll-up'en",
    # "if we put the logo on the banner", "krav: logo synligt", "their logo must be visible".
    r"(?:if|hvis|as long as|så længe) (?:we|vi) (?:put|sætter|får|show|viser|bruger|use) (?:the logo|logoet|navnet|the name)\b|"
    r"\blogo(?:et)?\s+(?:skal\s+være\s+|must be\s+|to be\s+|is\s+)?(?:synligt?|visible|prominent)\b|\blogo\s+(?:is\s+)?(?:ok|okay|fine)\b|\blisting them\b[^.;\n]{0,30}\bpublicly\b|"
    r"(?:må|vil|kan) (?:\w+ )?(?:gerne|godt|fint) (?:\w+ )?(?:nævnes|omtales|navngives|krediteres|fremhæves|fremgå\w*|tagges|synlig\w*|stå på|stå i|komme på|komme i|have (?:deres |sit |vores )?(?:logo|navn)|bruge[s]? (?:\w+ )?(?:logo|navn))|"
    r"(?:logo|navn)(?: og (?:logo|navn))? (?:må|kan) (?:gerne|godt|fint) (?:bruges|nævnes|stå|komme|være|vises)|"
    r"(?:gerne|godt) (?:må|vil|kan) (?:\w+ )?(?:nævnes|omtales|navngives|krediteres|fremhæves|stå på|bruge[s]? (?:\w+ )?(?:logo|navn))|"
    r"(?:credit|name|logo|mention)s? (?:\w+ ){0,3}(?:is|are) (?:fine|ok|okay|welcome)|"
    r"(?:logo|name)s?(?: and (?:logo|name)s?)? (?:may|can|is fine to|are fine to) be (?:used|shown|mentioned|printed)|"
    r"gerne (?:med|have) (?:deres |sit |vores )?(?:logo|navn)|(?:gerne|vil) (?:\w+ ){0,4}(?:med|have) (?:deres |sit |et )?logo|stå som (?:\w+ )?sponsor|"
    r"(?:want|wants|would like|'d like) (?:their|its|his|her) (?:logo|name) (?:on|in)|gerne (?:på|i) (?:pressen|avisen|plakat\w*|flyer\w*|sponsorlisten|hjemmesiden)|"
    r"(?:happy|glad|fine|keen|pleased|love|like|want|wants|okay|ok) (?:for us )?(?:to be |with being |being |with )?(?:named|mentioned|credited|thanked publicly|featured)|"
    r"(?:happy|fine|okay|ok|glad) (?:for us )?(?:to|with) (?:use|using|mention|mentioning|name|naming|show|showing|credit|crediting|feature|featuring|put|putting|list|listing|tag|tagging|thank|thanking) (?:their|our|the|them|his|her)|"
    # Talked about in public by us: "happy for us to shout about it", "fine for us to post about them",
    # "vi må gerne fortælle om det", "de må gerne reklamere med støtten".
    r"(?:happy|glad|fine|ok|okay|keen|free) (?:for us )?to (?:shout|brag|boast|post|tweet|blog|talk publicly|tell everyone) about (?:it|them|this|that|the \w+)|"
    # Their name or logo let go somewhere public: "happy for their logo to go on the flyer", "fine for the name to
    # appear in the programme".
    r"(?:happy|glad|fine|keen|ok|okay) for (?:their|its|his|her|the(?: \w+'s)?) (?:name|logo|brand)s? to (?:go|be|appear|feature|sit|show|run)\b|"
    r"(?:må|kan) (?:\w+ )?(?:gerne|godt|fint) (?:fortælle|skrive|poste|råbe|reklamere|prale) (?:\w+ )?(?:om|med) (?:det|dem|ham|hende|støtten|sponsorat\w*|gaven|donationen)\b|"
    # Wanting to be in what we publish: "would love to be part of the press release", "keen to be in the newsletter".
    r"(?:love|like|happy|keen|glad|want|wants)\s+to\s+be\s+(?:part of|in|included in|featured in|on)\s+(?:the\s+|our\s+)?"
    r"(?:press release|newsletter|programme|program|posters?|flyers?|sponsor (?:list|wall|board)|website)\b|"
    # Being named said to be fine: "det er fint at blive nævnt", "helt ok at de bliver nævnt", "fine to be listed".
    r"(?:fint|ok|okay|i orden|fine|no problem)\s+(?:at|to|hvis|if)\s+(?:(?:de|han|hun|they|he|she|firmaet|butikken)\s+)?(?:blive|bliver|være|er|be|are|get|gets)\s+"
    r"(?:nævnt|omtalt|krediteret|navngivet|fremhævet|named|mentioned|credited|listed|featured|tagged|thanked)|"
    r"(?:fine|happy|ok|okay) with (?:their|the|our) (?:logo|name)|(?:can|may) use (?:their|our) (?:logo|name)|"
    r"(?:love|like|want|wants|would like) (?:a |some )?(?:press release|press coverage|publicity|shout-?out|mention)|mention them publicly|"
    r"(?:logo|name) on (?:the |our )?(?:sponsor|website|posters?|flyers?)(?! (?:is|are)? ?not)|"
    # (once a second reader in story.py)
    r"(?:logo|navn|name)\w*\s+(?:og|and|&)\s+(?:logo|navn|name)\w*\s+(?:må|kan|may|can)\s+(?:gerne\s+)?(?:bruges|used|benyttes|bruge)|"
    r"må gerne (?:bruges|nævnes|omtales|stå|navngives|bruge|nævne|omtale|vise|fremhæves|krediteres)|"
    r"(?:vil|vil meget|vil rigtig) gerne (?:nævnes|omtales|stå på|synes|krediteres|have (?:deres )?logo)|"
    r"gerne (?:med|stå) på (?:plakat|flyer|hjemmeside|listen)|"
    r"happy to be (?:named|mentioned|credited|listed)|(?:may|can) (?:use|mention|name|list|credit) (?:them|their|our|us|it)|"
    r"(?:fine|ok|okay) to (?:name|mention|list|use their|credit)|want(?:s)? to be (?:named|mentioned|credited|visible)|"
    r"glad to be (?:named|mentioned)|would like (?:the )?publicity|gerne vil have omtale|gerne omtale|offentligt? sponsor|"
    # Inverted Danish word order: "nu må logo og navn gerne bruges", "så må deres navn godt nævnes".
    r"(?:må|kan) (?:deres |vores |sit )?(?:logo|navn)(?: og (?:logo|navn))? (?:gerne|godt|fint) (?:bruges|nævnes|stå|vises|komme)|"
    r"(?:logo|navn|name) (?:goes|går|kommer|comes|is|er|står|stands) (?:on|på) (?:the |our |vores )?(?:\w+ )?(?:bus|bussen|posters?|plakat\w*|flyers?|hjemmeside\w*|website|t-shirts?)|"
    # A yes on the condition that their logo is shown: "ja, hvis vi sætter deres logo på plakaten".
    r"(?:sætter|sætte|sæt|får|få|put|puts|get|gets|have|has) (?:deres |sit |their |its |his |her |a |et )?(?:logo|navn|name)\s+(?:på|on|in)\s+"
    r"(?:\w+\s+)?(?:plakat\w*|flyer\w*|hjemmeside\w*|website|posters?|flyers?|sponsorlist\w*|sponsor list|t-shirts?|\w*bus(?:sen)?|the (?:\w+ )?bus)|"
    # Leave for us to write or post about it: "vi må gerne skrive om det", "we can write about it on
    # Facebook", "fine with us posting about it", "feel free to mention them".
    r"\b(?:vi|we|us|you)\s+(?:\w+\s+)?(?:må|kan|can|may|are free to|are welcome to|er velkomne til at)\s+(?:gerne\s+|godt\s+|fint\s+)?"
    r"(?:write|post|blog|tweet|share|announce|shout|skrive|poste|dele|fortælle|annoncere|slå det op)\w*\s+(?:\w+\s+)?(?:about|om|on|på|it|det|op)\b|"
    r"(?:må|kan) gerne (?:skrive|poste|fortælle|dele|slå det op|annoncere)\w*\s+(?:\w+\s+)?(?:om|på|op)\b|"
    r"(?:happy|fine|ok|okay|glad|keen)\s+(?:with|for)\s+us\s+(?:to\s+)?(?:post|write|share|announc|tell|mention|nam|credit|tag|blog|tweet)\w*|"
    r"feel free to (?:mention|name|tag|credit|thank them publicly|use (?:their|the|his|her|our) (?:logo|name))|"
    r"(?:happy|glad|fine|keen|pleased|proud|love|like|want|wants|ok|okay)\s+(?:for us\s+)?to\s+(?:be|appear|feature|stand|go)\s+(?:on|in)\s+"
    r"(?:the |our |any )?(?:\w+ )?(?:sponsor\w*|posters?|flyers?|banners?|website|list|programme|program|newsletter|papers?|press|social media|facebook)|"
    r"appreciate (?:a |the |some )?(?:mention|shout-?out|credit|publicity)|"
    # Asked for in their own voice: "Nævn os endelig!", "feel free to shout us out on Instagram".
    r"(?:nævn|omtal|tag)\s+(?:os|dem)\s+(?:endelig|gerne|bare)|(?:shout|call)\s+(?:us|them)\s+out\b|"
    r"give\s+(?:us|them)\s+a\s+shout-?out|"
    # "fint med logo i programmet", "i orden med deres navn på plakaten".
    r"(?:fint|ok|okay|i orden|helt fint)\s+med\s+(?:deres\s+|vores\s+|sit\s+|et\s+)?(?:logo|navn)|"
    r"(?:appreciate|like|love|enjoy|welcome|happy about|keen on)\s+being\s+(?:tagged|mentioned|named|credited|thanked|featured|listed)|"
    r"(?:thrilled|happy|glad|delighted|love|like|keen|pleased|proud|want|wants)\s+to\s+see\s+(?:their|its|his|her|the company'?s?)\s+(?:\w+\s+)?(?:name|logo)|"
    r"(?:thrilled|delighted|proud|honou?red)\s+(?:to be|at being|to get)\s+(?:named|mentioned|credited|listed|featured|thanked)|"
    r"\bshout (?:them|him|her) out\b|give (?:them|him|her) a shout-?out|"
    r"(?:skilt|banner|plakat|sign|board|plaque)\w*\s+(?:med|with)\s+(?:deres|sit|hans|hendes|their|its|his|her)\s+(?:\w+\s+)?(?:navn|logo|name)|(?:credit|tag) (?:them|him|her) (?:on|in|publicly)\b|"
    # Asking to be seen: "ønsker at blive nævnt som sponsor", "asked to be listed", "vil gerne have en tak
    # på Facebook", "they'd like a thank-you post", "want visibility at the event".
    r"(?:ønsker|beder om|håber|asked|asks|wants?|wanted|would like|'d like|'d love|would love)\s+(?:at|to)\s+(?:blive|være|stå|be|get)\s+"
    r"(?:nævnt|omtalt|krediteret|listet|fremhævet|synlig\w*|på (?:listen|plakat\w*|sponsorlist\w*)|listed|named|mentioned|credited|featured|visible|thanked publicly)|"
    r"(?:gerne|want|wants|wanted|like|love|ønsker|asked for|beder om)\s+(?:have\s+)?(?:a |an |en |et |some |lidt |noget )?(?:public |offentlig )?"
    r"(?:tak|thank-?you|thanks|shout-?out|opslag|omtale|mention|credit|kredit|publicity|visibility|synlighed|exposure|eksponering)\b|"
    r"(?:logo|navn)\w* (?:\w+ ){0,3}(?:er|is) (?:helt |også )?(?:fint|i orden|ok|okay|velkommen)|"
    # "vil meget gerne ses på roll-uppen", "would welcome a mention", "det er ok at vi nævner butikken",
    # "happy to have their name on the bookmarks", "fine with a thank-you on our Instagram",
    # "pressen må gerne få historien".
    r"(?:gerne|godt) (?:\w+ )?(?:ses|vises) (?:på|i)\b|"
    r"welcome (?:a |the |any |some )?(?:mention|shout-?out|credit|publicity|press|coverage|thank-?you|write-?up)|"
    r"(?:ok|okay|fint|i orden|fine)(?: med (?:dem|ham|hende))?,? (?:at|to|for us to) (?:vi )?(?:nævne\w*|omtale\w*|bruge\w* (?:deres |hans |hendes )?(?:logo|navn)|skrive\w* om|mention|name|credit)|"
    r"(?:happy|glad|keen|pleased|proud|fine|like|love|want|wants|ok|okay)\s+(?:to have|having|with having)\s+(?:their|its|his|her|our)\s+(?:\w+\s+)?(?:name|logo)s?\s+(?:on|in|printed)|"
    r"(?:fine|happy|ok|okay|glad)\s+with\s+(?:a |an |the |some )?(?:public )?(?:thank-?you|mention|shout-?out|credit|post|tag|write-?up)|"
    r"(?:pressen|avisen|medierne|lokalavisen|the press|the papers?|the media|local paper)\s+(?:må|kan|may|can|is welcome to|are welcome to)\s+(?:gerne\s+|godt\s+)?"
    r"(?:få|skrive|bringe|have|dække|run|get|cover|hear|write|report)"
)

# What was asked for; money is also implied by any amount.
ASK_CUES: dict[str, str] = {
    "money": r"\bpenge(?:ne)?\b|(?<!we )(?<!vi )(?<!\bi )(?<!we'll )\b(?:pay|pays|paying|betale|betaler)\s+(?:for|til)\b|(?<!we )(?<!vi )(?<!\bi )(?<!we'll )\b(?:pays?|paying|betaler|betale|funds?|funding)\s+(?:the\s+|our\s+|vores\s+|deres\s+)?(?:[\w-]*(?:udflugt|turen|bussen|transport|trip|outing|bus|coach|fuel|brændstof|entré|billetter|tickets)\w*)\b|\bcover (?:the )?(?:costs?|expenses|bill)\b|\bcover\s+(?:half|part|some|all|most|a third|a quarter)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:costs?|expenses|bill|fees?)\b|dække (?:\w+ )?(?:udgifter\w*|omkostning\w*|regning\w*)|(?<!book )(?<!bog)\bdonation\b(?! of (?!money))|\bcontribution\b(?! of (?!money))|(?<!vi betaler )honorar\w*\b(?! (?:klarer|betaler|dækker|står) vi)|(?<!advise on )(?<!advice on )(?<!råd om )\b(?:author|speaker|artist)'?s? fees?\b|sponsorat(?:et)?\b(?! af)|sponsorship\b(?! of)|sponsorering\b(?! af)|tilskud\w*|legat\w*|fondsmidler|\bmoney\b(?![- ](?:skills?|management|matters|tips|smart|sense|week|workshop|session|talks?|box))|\bcash\b|kontanter\b|beløb|kroner|funding|\bfund(?:s|ed)?\b|økonomisk|bevilling|\bgrant\b(?! (?:application|bid|proposal|writing|form|deadline))|donation of money|pengestøtte|kontant"
    # Support sought for a purpose is money: "vi søger støtte til forfatterbesøg", "looking for support for the author visit".
    r"|\b(?:søger|søgte|søgt|ansøger|ansøgte|ansøgt|søge|seeking|seek|sought|looking for|asking for|asked for|applying for|applied for)\s+"
    r"(?:om\s+)?(?:\w+\s+)?(?:støtte|support|sponsorstøtte)\s+(?:til|for|towards?)\b"
    # ... and support talked about: "ringede om støtte til læsecaféen", "ang. økonomisk støtte", "re support for the fair".
    r"|\b(?:om|ang\.?|angående|vedr\.?|vedrørende|about|re:?|regarding)\s+(?:økonomisk\s+|financial\s+|lidt\s+|some\s+)?(?:støtte|support)\s+(?:til|for|towards?)\b"
    r"|\b(?:en|a|an) (?:\w+ )?sponsor (?:til|for)\b"
    r"|\b(?:et par|nogle|flere|a couple of|a few|several)\s+tusind\w*|\bcouple (?:of )?(?:grand|thousand)\b|\bthousand (?:kroner|pounds|dollars)\b"
    # An amount said in words with its currency, and running costs (round 15): "a few hundred pounds toward ...",
    # "et par hundrede kroner", "toward the running costs of the club", "driftsudgifterne".
    r"|\b(?:et par|nogle|a couple of|a few|several|some)\s+hundred(?:e|s)?\s+(?:kroner|kr\b|pounds|quid|dollars|euros?)\b"
    r"|\brunning costs\b|\boperating costs\b|\bdriftsudgift\w*|\bdriftsomkostning\w*",
    "books": r"dictionar(?:y|ies)|audio ?books?|lydbøger|lydbog|ordbøger|tegneserie\w*|\bcomics?\b(?!\s+(?:club|clubs|workshop|festival|day|night|group|fair))|\bnovels?\b|\bromaner\b|paperbacks?|læsestof|reading material|b(?:ø|o|oe)ger(?<!notesbøger)(?<!kladdebøger)(?<!skitsebøger)(?<!tegnebøger)(?<!regnskabsbøger)(?:ne)?\b|book ?(?:boxes|bags|packs|parcels|sets)|bogkasser|bogposer|klassesæt|\bbooks\b|\bcopies\b|eksemplarer|\btitler\b|\btitles\b|læsebøger|billedbøger|bogpakker|billedbog\w*|børnebog(?!s?(?:festival|dag|uge|messe|fest|klub|café|cafe))\w*|\bex\b(?!-)|book donation|bogdonation|book drive",
    "products": r"\b(?:give|giver|byder på|sponsorerer|donerer|donate|donates|offer|offers)\s+(?:\w+\s+)?(?:kaffe|coffee|te|tea|kage|cake)\b|"
    # Coffee or tea asked for: "spurgte om kaffe til forældremødet", "asked for tea for the volunteers".
    r"\b(?:om|for|efter)\s+(?:lidt\s+|some\s+|free\s+|gratis\s+)?(?:kaffe|coffee|tea)\b(?!\s*(?:møde|meeting|mtg|chat|with|med))|pizza\w*|\bfood\b(?!\s*(?:banks?|bank's|pantry|pantries))|\bpastr(?:y|ies)\b|bagværk|rundstykker|\bbaked goods\b|drinks|wine|\bvin\b|\bøl\b|fadøl|beer(?! garden)|blomster|flowers|bread|\bbrød(?!re)|bookmarks|plants|planter\b|passes|ice creams?|produkt\w*|products?\b|præmie(?!uddeling|overrækkelse)\w*|prizes?\b(?![- ]?giving)|gavekort|gift ?cards?|vouchers?|fribilletter|tickets?|bamser|teddy|tablets?|bookmarks|kage[rn]?\b|kagerne\b|(?:cup)?cakes?\b|muffins?\b|doughnuts?\b|donuts?\b|wienerbrød\b|croissants?\b|frugt|fruit|mælk|kartoner|tandbørster|toiletries|toiletartikler|hygiejneartikler|green fees|lamps?|cushions|puder|goodie|merchandise|t-shirts|kuglepenne|pens\b|(?<!book )(?<!book)boxes(?!\s+(?:of|with|full of)\s+(?:\S+\s+){0,2}?\S*(?:books|paperbacks|novels|copies|comics|titles))|(?<!bog)kasser\b(?!(?: \S+){0,3} \S*(?:bøger|books|blade|tegneserier|eksemplarer|copies|titler))|bogmærker|snacks?\b|slik|laptops?|computere?\b|computers?\b|pc'?er\b|chromebooks?|kindles?|i-?pads?|headphones|høretelefoner|soft drinks|sodavand|saft\b|saftevand|juice\b|crisps|\bchips\b|\bmilk\b|\bbuns\b|boller\b|æbler|apples|bananer|bananas|beanbags?|sækkestole|\bkrus\b|\bmugs\b|(?:free|gratis|kg|kilo|poser|bags of|cups of|kopper) (?:coffee|kaffe)\b|kaffen\b|kaffe og kage|coffee and cake|(?<=[a-zæøå] )(?<!their )(?<!to )lunch\b(?! (?:with|w/|meeting|mtg|med|møde))|breakfast(?! (?:meeting|mtg|with|w/|club))|morgenmad(?!smøde)|aftensmad|pølse\w*|hot ?dogs?|\bis\b(?= (?:til|for)\b)|balloner|balloons?|\bgaver (?:til|for)\b|gifts for\b|drikkevarer|refreshments|forfriskninger|kaffe (?:og|&) te\b|raffle (?:items|prizes|gifts)|tombolagevinster|\bgevinster\b|stationery|kontorartikler|farveblyanter|blyanter|pencils|crayons|småkager|cookies|\bmeals?\b|\bcater(?:s|ed|ing)?\b|måltid\w*|sandwich\w*|madpakke\w*|lunch ?boxes|\bfeed(?:ing|s)? (?:the|our|all|them|everyone|everybody)\b|\bbespis\w*|\btoys\b|legetøj|puslespil|chocolate|chokolade|timber|\bkits?\b|\bpensler\b|\b(?:paint)?brushes\b|tasker\b|\btote ?bags?\b|brædder\w*|planke[rn]\w*|\bplanks?\b|\blumber\b|krydsfiner|plywood|\bcrates? of\b|\bveg\b|vegetables|grøntsager|(?:poster|flyer|leaflet|banner|plakat)s? ?(?:printing|print|tryk)\b|\bmaterials\b|materialer|maling\b|\bpaint\b|isvafler"
    # Goods named loosely or by kind (round 15): "supplying sausages for the BBQ", "hampers", "medals for the finishers",
    # "some swag for the teen club", "klistermærker", "pokaler til vinderne", "gaveæsker".
    r"|\bsausage\w*|\bburgers?\b|\bhampers?\b|\bmedals?\b|\bmedaljer\w*|\btroph(?:y|ies)\b|\bpokal\w*"
    r"|\bstickers?\b|\bklistermærker\w*|\bswag\b|\bgaveæsk\w*|\bgoody ?bags?\b"
    # Stationery and craft or exhibition supplies, and food said as catering (round 17): "declined the notebooks",
    # "notesbøger til skriveværkstedet", "2.500 kr. til rammer", "picture frames", "sketchbooks", "forplejning".
    r"|\bnote ?books?\b|\bnotepads?\b|\bnotes(?:bøger|bog|blokke|blok)\w*|\bskriveblok\w*|\bkladdehæfte\w*|\bexercise books\b"
    r"|\bsketch ?books?\b|\bskitsebøger\w*|\btegneblok\w*|\bdrawing pads?\b|\berasers?\b|\bviskelæder\w*|\brulers\b|\blinealer\w*"
    r"|\bscissors\b|\bsakse\b|\bpencil cases?\b|\bpenalhuse?\w*|\b(?:picture |photo )?frames\b(?<!time frames)|\b(?:billed|foto)?rammer\b(?=\s+(?:til|for|og|med)\b|\s*(?:[,.;!]|$))"
    r"|\bbilledrammer\w*|\beasels?\b|\bstaffeli\w*|\bforplejning\w*"
    # Gear for a camp or a trip: "sleeping bags for the reading camp", "sovposer", "rain ponchos".
    r"|\bsleeping bags?\b|\bsovepose\w*|\bsovpose\w*|\b(?:rain )?ponchos?\b|\bregnslag\w*|\bliggeunderlag\w*|\bsleeping mats?\b"
    # Equipment to borrow or be given: "chairs and a PA system", "stole og en projektor".
    r"|\bchairs\b|\bstole\b(?! på)|\bcoffee (?:for|til) (?:\d+|the|our|all|everyone)\b|\bkaffe (?:til|for) (?:\d+|de|alle|vores)\b|\b(?:lend|låne|give|giver|borrow)\s+(?:us\s+|os\s+)?(?:\w+\s+)?(?:tables|borde|benches|bænke)\b"
    # Printing asked for: "print our flyers", "trykke 200 plakater" (hanging them up stays other).
    r"|\b(?:print\w*|tryk(?:ke|ker)?)\s+(?:\w+\s+){0,2}?(?:flyers|posters|plakater|foldere|leaflets|programs|programmes|banners?|bookmarks|bogmærker)\b|\b(?:pa|sound) systems?\b|lydanlæg\w*|projektor\w*|projectors?\b",
    "time": r"\bread(?:s|ing)?\s+(?:stories\s+|aloud\s+)?(?:for|to)\s+(?:the\s+|our\s+)?[^.;!?,\n]{0,12}?(?:graders|kids|children|pupils|students|class\w*)\b|\blæse(?:r)?\s+(?:\w+\s+)?for\s+(?:de\s+)?(?:\w+\s+)?(?:børnene|eleverne|klassen|\d\.?\s*klass\w*|\w+klass\w*|de små|skolebørn\w*)|\b(?:a|et) (?:talk|foredrag|oplæg)\b|\b(?:a|an) [\w-]+ talk\b(?! (?:about|on|with|w/))|\binstruktører\w*|\binstructors\b|\btrænere\b|\b(?:a|an|en|et) (?:demo|demonstration|masterclass|cooking class)\b|fortælle (?:om|for)\b|tell stories|(?:talk|speak) to (?:the )?(?:parents|kids|children|families|pupils|students)|\b(?:run|runs|running|hold|holde|holder|afholde|afholder|give|lead|lede|køre|kører|facilitate|facilitere)\s+(?:\d+\s+|a\s+|an\s+|en\s+|et\s+|two\s+|three\s+|to\s+|tre\s+)?(?:free\s+|gratis\s+)?[\w-]*workshops?\b|frivilligdag\w*|volunteering day|"
    # Someone asked for to do a thing is their time: "we need someone to run a CV workshop", "vi har brug for en, der kan køre
    # en kodeworkshop", "søger nogen til at holde et oplæg".
    r"\b(?:someone|somebody|a person|people|nogen|en|én|folk)\s*,?\s+(?:to|der kan|som kan|til at|who can|who could)\s+(?:run|hold|lead|give|teach|host|facilitate|man|staff|køre|holde|lede|stå for|undervise|afholde|bemande|passe|bære|carry|bygge|build|skrue|samle|assemble)\b|storytellers?|fortællere|\bfortæller\b(?! (?:om|at))|(?:staff|employees|medarbejdere|ansatte|people|folk)\s+(?:could |can |will |'ll |kan |vil |kunne )?(?:run|man|staff|bemande|stå for|styre)\b|(?:staff|employees|medarbejdere|ansatte|colleagues|kolleger)\s+(?:could |can |kan |kunne |will |vil )?(?:reading|read|læse\w*|help\w*|hjælpe\w*)\b|\b(?:\d+|to|tre|fire|fem|et par|nogle) mand\b|hjælpere\b|\bhelpers\b|(?:staff|employees|medarbejdere|ansatte|people|folk|personer)\s+(?:to|til at|som|as)\s+(?:help|hjælpe|read|læse|volunteer|frivillige|assist)|holde (?:et |en )?(?:[\wæøå-]+ )?(?:oplæg|foredrag|workshop|fortælletime)|give (?:a |an )?(?:[\w-]+ )?(?:talks?|workshop|presentation|session)\b|frivillige|volunteer\w*(?! (?:agreement|policy|policies|contract|handbook|guidelines|coordinators?|managers?|leads?|programmes?|programs?))|oplægsholder\w*|foredragsholder\w*|\b(?:en|et par|to|tre) (?:gæste)?taler(?:e)?\b|\btalere\b|\b(?:two|three|four|\d+|a couple of|a few|a pair of) (?:lads|guys|blokes|extra hands|pairs of hands)\b|oplæser\w*|\bspeakers?\b(?! fees?)|guest readers?|read aloud|læse[rs]?\s+(?:\w+\s+)?(?:højt|op)\b|\bread(?:s|ing)?\s+(?:\w+\s+)?(?:aloud|out loud)\b|\bread(?:s|ing)? (?:stories )?to (?:the )?(?:kids|children|pupils|families|class|toddlers|little ones)\b|authors? to (?:read|visit|speak)|\btimer\b|(?<!story )(?<!storytime )(?<!happy )(?<!opening )\bhours?\b|(?<=\d)hrs?\b|(?<=\d )hrs?\b|\bhrs\b|læsevenner|reading buddies|stille med \d+|lend (?:us |them )?(?:\d+ |two |three |four |five |a few |some |a couple of )?(?:\w+ )?(?:staff|people|employees|volunteers)|låne (?:os |dem )?(?:\d+ |et par |nogle |to |tre |fire |fem |flere )?(?:medarbejdere|frivillige|ansatte|folk|kolleger)|medarbejdertimer|employee time|author visits?\b|forfatterbesøg"
    r"|gæsteforfatter\w*|\bguest (?:authors?|writers?|illustrators?)\b"
    # Showing people how to do something is their time (round 15): "show the teens how to fix a puncture", "vise børnene
    # hvordan man ..."; showing our volunteers is advice (the mentoring rule), so they are left out here.
    r"|\bshow (?:the |our |some |a few )?(?:kids|children|teens|teenagers|pupils|students|families|parents|seniors|class(?:es)?"
    r"|young people|youngsters|participants|boys|girls|group) how\b"
    r"|\bvise (?:børnene|eleverne|de unge|forældrene|familierne|deltagerne|de ældre|klassen|pigerne|drengene) hvordan\b"
    # Hands asked for are people's time: "vi kunne bruge nogle ekstra hænder", "some extra hands on the day".
    r"|\b(?:nogle|et par|flere|ekstra|to|tre|fire) (?:ekstra |flere )?hænder\b|\b(?:some|more|extra|spare) (?:extra )?(?:hands|pairs of hands)\b"
    # A host or performer named by trade: "a DJ to host the quiz", "en quizmaster", "en konferencier til aftenen".
    r"|\bdj'?s?\b|\bquizmaster\w*|\bkonferencier\w*|\bemcees?\b|\bcomp[eè]res?\b"
    # A session about a subject they give: "a short session on wills for the seniors", "en lille session om kildekritik".
    r"|\b(?:a|an|en|et)\s+(?:[\w-]+\s+)?(?:session|class|lesson|lektion|undervisningsgang)\s+(?:on|about|om)\b"
    # People counted or named by trade to run something: "a couple of hygienists to run a tooth-brushing session".
    r"|\b(?:a couple of|a few|two|three|some|\d+|et par|nogle|to|tre)\s+[\w-]+\s+(?:to|til at)\s+(?:run|hold|lead|give|host|teach"
    r"|holde|køre|lede|undervise|stå for)\s+(?:a |an |en |et |some |nogle )?(?:[\w-]+ )?(?:sessions?|classes|class|demos?|talks?|workshops?"
    r"|\w*oplæg|\w*foredrag|\w*kursus|\w*kurser|\w*workshops?)\b"
    # A class or session for a group: "a free class for the carers' group", "en gratis lektion for seniorerne".
    r"|\b(?:a|an|en|et)\s+(?:free\s+|gratis\s+)?(?:[\w-]+\s+)?(?:class|session|lesson|lektion|undervisningsgang)\s+(?:for|til)\b"
    # Performers asked for: "a musician for the singalong", "en tryllekunstner til børnefesten".
    r"|\b(?:musicians?|musiker(?:e|en)?|magicians?|tryllekunstner\w*|klovn\w*|clowns?|face ?painters?|ansigtsmaler\w*|entertainers?"
    r"|performers?)\b"
    # Judging a contest is time: "would their manager judge the poster contest", "sidde i juryen", "være dommer".
    r"|\b(?:judge|judges|judging)\s+(?:the|our|a|an)\b|\bbe (?:a |on the )?(?:judge|jury)\b|\bdommer(?:e|panel\w*)?\b|\bjury(?:en)?\b|\bbedømme\b"
    r"|\b(?:hjælpe?r?|help(?:s|ing)?|a hand|en hånd)\s+(?:os\s+|us\s+)?(?:med at|til at|to|with)\s+(?:sætte|stille|bære|flytte|rydde|male|bygge|samle|skrue|montere|set(?:ting)? up|put(?:ting)? up|carry|carrying|move|moving|paint|painting|build|building|clear|clearing|assemble|assembling|shift|shifting|decorate|decorating|pynte)\b"
    # Reading a story to children is time: "a dentist to read a story at toddler time", "læse et eventyr for 2. klasse".
    r"|\bread (?:a |some |one of (?:their|his|her) |their |his |her |a few )?(?:stor(?:y|ies)|picture books?|books?|poems?|tales?)\s+(?:to|at|for|aloud|during|in|with)\b"
    r"|\blæse (?:en |et |nogle |et par |sin |sine )?(?:historie|historier|eventyr|bog|bøger|billedbog|billedbøger|digte?)\s+(?:op |højt )?(?:for|til|i|på|med)\b"
    # Their people put forward: "de stiller med 2 medarbejdere", "stiller gerne med et par ansatte".
    r"|\bstille[r]? (?:gerne |også )?med (?:\d+|to|tre|fire|fem|et par|nogle) (?:\w+ )?(?:medarbejdere|ansatte|frivillige|folk|mand|personer|hjælpere|kolleger)\b"
    # A workshop with a word before it: "run a budgeting workshop", "holde en kreativ workshop".
    r"|(?<!\bon )(?<!\babout )(?<!\bom )(?<!\bwith )(?<!\bmed )\b(?:run|runs|running|hold|holde|holder|afholde|afholder|give|lead|lede|facilitate|facilitere)\s+(?:a\s+|an\s+|en\s+|et\s+)?[\w-]+\s+workshops?\b"
    # Coming to read, tell, perform or help is their time (round 17): "their pupil reading champions can come and read at
    # the festival", "kan komme og læse op", "kommer gerne og fortæller" (reading at an event alone may be ours: no ask).
    r"|\b(?:come|comes|coming|came)\s+(?:(?:along|in|over|down)\s+)?(?:and|to)\s+(?:read|tell|perform|sing|play|speak|help|do a (?:reading|talk|session)"
    r"|give a (?:reading|talk))\b"
    r"|\bkomme[r]?\s+(?:(?:gerne|godt|også|sagtens)\s+)?(?:(?:forbi|ud|ind|over)\s+)?(?:og|for at)\s+(?:læse|læser|fortælle|fortæller|optræde|optræder"
    r"|synge|synger|spille|spiller|hjælpe|hjælper)\b",
    "advice": r"(?:tilbyder at |vil |kan )gennemgå|\breview (?:our|vores)\b|look over (?:our|the)|introduce us to|connect us (?:with|to)|put us in touch|sætte os i forbindelse|introducere os|(?<!ikke )(?<!har )(?<!haft )\bråd\b|vejledning|guidance|coaching|pro bono|hjælpe?r? (?:os )?(?:med|til) (?:at (?:få (?:styr|orden) på|lave|sætte|gennemgå|komme i gang med|skrive) )?(?:vores |en |deres |at skrive |det |den |de )?(?:\w*ansøgning\w*|sponsoraftal\w*|\w*strategi\w*|markedsføring\w*|kommunikation\w*|budget\w*|regnskab\w*|økonomi\w*|bogføring\w*|jura\w*|kontrakt\w*|hjemmeside\w*)|help (?:us )?(?:with|(?:to )?(?:sort out|get on top of|get a grip on|set up|sort|draw up|write)) (?:our |the |a )?(?:grant )?(?:application|pitch|strategy|marketing|communications?|fundraising|budget|accounts|bookkeeping|legal \w+|contracts?|website)|sparring|sparre|rådgivning|advice|mentor\w*|know-how|ekspertise|expertise|sparringspartner|feedback|\badvise\b|rådgive\b|\btrain (?:our|the|vores)\b|\buddanne (?:vores|de)\b",
    # Round 17: "lokale" as an adjective ("kun lokale sportsklubber", "den lokale Brugs") is no room, and a studio after
    # at/from/hos/fra is where someone works ("sound engineer at Studio Nord"), no studio asked for.
    # Round 16: a permission we need of the partner, or are given, is an other ask ("vi mangler stadig deres
    # tilladelse", "we need the council's OK before we approach the care homes", "ok til at vi kontakter skolerne"); one
    # "fra SOF" is a permission awaited from that other partner (bot/understanding/story.py), no ask. A
    # reading café said yes to (held in their rooms) is an other ask too.
    "other": r"(?:we|vi) (?:\w+ )?(?:need|needed|mangler|skal have|venter på|awaiting|await) (?:[\w'’]+ ){0,2}?"
    r"(?:permission|tilladelse|lov|ok|okay|godkendelse|go-ahead)\b(?!\s+(?:fra|from)\b)"
    r"|\bok(?:ay)? (?:til at vi|for us to|to approach|to contact)\b"
    # ... and one granted or got to do something (round 17): "vi har fået tilladelse til at gå i gang på plejecentrene",
    # "permission granted to approach the care homes", "green light to visit the nurseries", "grønt lys til at starte" (not
    # one needed by the partner's own board: "needs board approval to release the funds").
    r"|\b(?:permission(?<!needs permission)(?<!need permission)(?<!requires permission)|tilladelse(?<!mangler tilladelse)"
    r"(?<!kræver tilladelse)|lov|grønt lys|green light|go-ahead)"
    r"\s+(?:(?:is |was |has been |er |blev |er blevet )?(?:granted|given|givet|bevilget|confirmed|bekræftet)\s+)?(?:til at|to|for at)\s+(?!be\b)[a-zæøå]"
    r"|\b(?:approval|godkendelse)\s+(?:is |was |has been |er |blev |er blevet )?(?:granted|given|givet|bevilget)\s+(?:til at|to|for at)\s+[a-zæøå]"
    r"|\b(?:in for|on board for|up for|yes to|ja til|med på|med til) (?:the |a |our |en |et |vores )?(?:reading caf[ée]|læsecaf[ée])"
    r"|(?:lov|tilladelse|permission) til at bruge|car park|parking|parkering\w*|p-plads\w*|marquee|ballroom|boardroom|function room|conference room|clubroom|mødelokale\w*|selskabslokale\w*|festsal\w*|konferencesal\w*|\bboat\b|\bbåd(?:en)?\b|varevogn\w*|\b(?:a|the|their|our|deres|en|vores) (?:vans?|trailer|minibus)\b|\b(?:a|the|free|gratis) coach\b(?=[^.;!?\n]{0,30}\b(?:trip|outing|tour|excursion|udflugt|tur)\b)|\bcoach (?:trips?|tours?|hire)\b|trailer(?:en)?\b|permission to use|(?:gratis|free) \w*(?:tjek|check|service|levering|delivery|udbringning)\b|premises|facilit(?:y|ies)|(?:meeting|event|office|exhibition) space|kantine\w*|canteen|\bput (?:up )?(?:our |the |some )?posters (?:up )?(?:in|on)\b|auditori\w*|til rådighed(?! som)|\blocation\b|låner\b(?! (?:os )?\d)|kirkesal\w*|host(?:s|ing)?\b|stall|\bstand\b|\bbod\b|\btent\b|\btelt(?:et)?\b|bus(?:sen|ser|serne)?\b(?! ?(?:drivers?|chauffør))|\bsal(?:en)?\b(?!['’])|\bstand(?:en)?\b|hall(?:en)?\b|salen\b|(?<!pris)(?<!præmie)uddeling\w*|opstilling\w*|oprydning|praktisk hjælp|lokale(?<!\bden lokale)(?<!\bde lokale)(?:t|r|rne|ts)?\b(?!\s+(?!(?:hver|efter|over|under|eller|der|her|senere|omkring|sammen)\b)[a-zæøå-]{3,}(?:er|erne|ere)\b)(?!\s+(?:sponsor\w*|projekt\w*|forening\w*|virksomhed\w*|butik\w*|ildsjæl\w*|initiativ\w*|arrangement\w*|klub\w*|skole\w*|avis\w*|erhverv\w*|firma\w*|borgere|kræfter|handlende|bank\w*|tiltag|aktører|partnere|medier|netværk\w*|kunder|frivillige|børn|formål|sager|aktiviteter|events?)\b)|\bvenue\b|\bhall\b|\bsal\b(?!['’])|\brooms?\b|plads til|hænge plakater|plakater op|hang (?:up )?posters|distribut\w*|dele (?:\w+ ){0,3}ud\b|\blend(?:ing)?\b(?!(?: us| them)? (?:\d|(?:two|three|four|five|a few|some|a couple of) )?(?:\w+ )?(?:staff|people|employees|volunteers|\d))|\bstudio\b(?<!\bat studio)(?<!\bfrom studio)(?<!\bhos studio)(?<!\bfra studio)(?! (?:owner|manager|boss))|(?<!\bat )(?<!\bpå )(?<!\bi )\b(?:their|deres) (?:[\w-]+ )?(?:café|cafe|restaurant|terrace|terrasse|lounge|courtyard|gårdhave)\b|låne\b(?!(?: os| dem)? (?:\d|(?:et par |nogle |to |tre |fire |fem |flere )?(?:medarbejdere|frivillige|ansatte|folk|kolleger|hænder)))|transport|\bkøre (?:[\w.]+ ){1,3}(?:til|hjem|frem og tilbage)\b|\bdrive (?:the |our )?(?:kids|children|pupils|class(?:es)?|families|seniors|readers) (?:to|home)\b|\bbus\b(?! ?(?:drivers?|chauffør))|(?<!opsætningen af )(?<!opsætning af )(?<!setting up the )(?<!setting up our )(?<!set up the )(?<!set up our )(?<!på )(?<!on the )(?<!on our )(?<!with the )(?:udstilling|exhibition)|reklameplads|annonceplads|\bannonce\b|\bad space\b|\bairtime\b|sendetid|\bad slots?\b|fælleshus\w*|klubhus\w*|sognegård\w*|baglokale\w*|\bscene(?:n)?\b|\bstage\b|butiksvindue\w*|vinduesplads\w*|vinduesudstilling\w*|(?:shop|store|front) ?windows?\b|\b(?:deres|their|thier) (?:[\w-]+ )?(?:vindue(?:t|r|rne)?|windows?)\b|window display\w*|(?:show|vise|viser) (?:a |an |en )?(?:free |gratis )?(?:film|movie)|filmvisning|screening"
    # A place asked for in words: "et sted at holde festen", "somewhere to hold the swap", "a place to meet".
    r"|\bet sted at (?:holde|afholde|være|mødes)\b|\b(?:somewhere|a place|a space) to (?:hold|host|run|meet|store)\b"
    # Rides and lifts are transport: "rides for four readers to the book club", "a lift home for the seniors".
    r"|\brides? (?:for|to|home)\b|\bgives? (?:\w+ ){0,2}a lift\b|\blifts? (?:home|to (?:the|our)|for (?:the|our|some|a few|\d+))\b|\bkørsel\b"
    # A loan asked for by its noun or by borrowing: "lån af en lift", "a loan of their trailer", "re borrowing scaffolding".
    r"|\blån af\b(?!\s+\d)|\bloan of\b(?!\s+\d)|\bborrow(?:ing|ed|s)?\b(?!(?: (?:us|them))? (?:\d|(?:two|three|four|five|a few|some|a couple of) )?(?:\w+ )?(?:staff|people|employees|volunteers|\d))"
    # Their place to use: "om vi må bruge den tomme butik", "could we use their yard".
    r"|\b(?:bruge|use|using|låne|borrow)\s+(?:den |det |de |deres |hans |hendes |their |the |its |his |her )(?:[\w'’-]+ ){0,2}?"
    r"(?:butik\w*|shop|store|unit|gård\w*|have[n]?|garden|yard|grund\w*|bygning\w*|building|plads\w*|space|lot|lager\w*|warehouse|værksted\w*|workshop|\w*hal(?:len|ler)?)\b"
    # A poster hung up: "hænge vores plakat op", "hænge en plakat op i butikken".
    r"|\bhænge (?:\w+ ){0,2}plakat\w* op\b"
    # Decorating done for us is a service, an other ask (round 17; helping us decorate is time): "de pynter biblioteket op
    # til åbningen", "står for udsmykningen", "they'll decorate the library for the launch", "do the decorations".
    r"|\b(?:pynter|dekorerer|udsmykker)\b(?<!\bvi pynter)(?<!\bvi dekorerer)(?<!\bvi udsmykker)"
    r"|\bstå(?:r)? for (?:pynten|udsmykningen|dekorationerne|blomsterdekorationerne)\b"
    r"|\bdecorat(?<!\bhelp decorat)(?<!\bhelp us decorat)(?<!\bhelping decorat)(?<!\bhelp to decorat)(?<!\bwe decorat)"
    r"(?<!\bwe'll decorat)(?<!\bwe will decorat)(?:e|es|ing)\s+(?:the|our|their|a)\b"
    r"|\bdo (?:the|all the) (?:decorations|decorating|flowers for)\b"
    # Leave to approach others asked or given (round 17): "green light to approach the day-care centres", "grønt lys til at
    # kontakte plejehjemmene", "the go-ahead to contact the schools", "lov til at henvende os til børnehaverne".
    r"|\b(?:green light|go-ahead|grønt lys|lov|tilladelse|permission|blessing|the nod)\s+(?:til at(?: vi)?|for us to|to)\s+"
    r"(?:approach|contact|reach out to|go (?:in)?to|visit|kontakte|henvende os|gå (?:ud )?til|besøge|tage kontakt)\b",
}

# Items that are people giving their time ("2 speakers", "3 oplæsere"): an ask for time, not products.
PEOPLE_ITEMS = (
    r"speaker|oplægsholder|foredragsholder|oplæser|(?<!e-)(?<!e)(?<!book )(?<!bog)(?<!kindle )reader|author|forfatter|mentor|frivillig|volunteer|instruktør|instructor|tutor|coach(?!\s*(?:trips?|tours?|hire|travel|rides?|journeys?|outings?)\b)|trainer|guide"
    r"|player|spiller|dramatiker|skuespiller|actor|tillidsfolk|tillidsrepræsentant|formers?\b|\bstudents?\b|\belev(?:er)?\b"
    r"|musician|musiker|illustrator|storyteller|fortæller|højtlæser|driver|chauffør|editor|redaktør|træner|educator|pædagog|teacher|lærer"
    r"|steward|ambassador|ambassadør|representative|repræsentant"
    r"|engineer|ingeniør|expert|ekspert|consultant|konsulent|specialist|developer|udvikler|programmør|programmer"
    r"|studerende|praktikant|intern\b|interns\b|trainee|lærling|apprentice"
)

# Words after a number that mean it is not an item (units, people, time).
NOT_ITEM_WORDS = frozenset(
    """
    kr kr. kroner dkk eur euro usd sek nok gbp procent pct percent % timer timers time t hours hour hrs
    hr h min minutter minutes dage dag days day uger uge weeks week måneder måned months month
    år years year gange times x personer people persons pers børn children kids elever
    students pupils deltagere participants medarbejdere employees ansatte staff frivillige
    volunteers volunteer medlemmer members besøgende visitors gæster guests voksne adults unge familier
    families skoler schools klasser classes biblioteker libraries arrangementer events steder
    butikker stores afdelinger branches pm am kl januar februar marts april maj juni juli
    august september oktober november december january february march may june july october
    sekunder seconds stk. of af til to and og eller or mio mio. mia k tusind thousand mill
    million millioner områdechefer chefer medarbejdere arbejdsdage hverdage workdays om i mand
    re vedr vedr. ang ang. ref ref. end than instead istedet er are was were blev har has kom came comes come goes by via
    workshops workshop sessions talks foredrag oplæg rooms room lokaler lokale storytimes
    but men so så when når de they we vi han hun he she it det der dem them
    plejecentre plejecentrene plejehjem plejehjemmene bosteder børnehaver vuggestuer daginstitutioner institutioner
    dagtilbud filialer homes nurseries kindergartens preschools daycares centres centers sites locations wards
    """.split()
) | frozenset(
    # a verb after the count of people who came: "all 3 showed up", "alle 4 mødte op"
    "showed turned mødte dukkede".split()
)
# Words that name no thing when they follow a number at once ("150 because of", "40 this year", "7,500 received",
# "30 pga. travlhed"); later in an item's words they may belong to it ("40 boxes ≈ 3.200 kr. just a card").
NOT_ITEM_FIRST_WORDS = frozenset(
    """
    because fordi pga pga. since siden due this these those denne dette disse next last næste sidste
    before inden før until indtil now nu today then already allerede only kun just bare total alt all
    received modtaget paid betalt indbetalt overført transferred wired sent sendt delivered leveret
    will vil skal kan can could would may might maybe måske plus ca ca. approx around omkring
    """.split()
)
# Words that end an item's description.
ITEM_STOP = frozenset(
    """
    til for to as som med with af of og and eller or i in på on om about fra from hvis if
    der that which who var was were at ved hos pr per a week ugen om året a month a year à á each apiece worth værd valued
    mere ekstra extra more too også after efter alligevel anyway instead istedet stedet not ikke but men though dog
    er are was were blev bliver har has have kom came arrived kommer comes come goes haven't hasn't isn't aren't by via lev rcvd pd
    """.split()
)
# What we pay ourselves is no ask and no money of theirs (round 16): "vi skal bare selv betale rengøring (ca. 1.200 kr)",
# "vi betaler kun transport", "we cover the coffee ourselves", "we'll pay for the printing ourselves". The clause counts
# only with "selv", "kun", "bare", "only", "just", "ourselves" or "our own" in it (checked where it is used).
WE_PAY = (
    r"\b(?:vi|we)(?:'ll|'d)?\s+(?:(?:skal|må|will|must|have to|need to|should|selv|bare|just|kun|only|også|also|ourselves)\s+){0,3}"
    r"(?:betale[rs]?|betalte|pay(?:s|ing)?|cover(?:s|ing)?|dække[rs]?|står for|stå for|sørger for|sørge for|take care of|handle)\b"
    r"(?:[^.;!?\n–]|(?<=\bca)\.|(?<=\d)[.,](?=\d)|\.(?=\s*\d))*"
)
WE_PAY_MARK = r"\b(?:selv|kun|bare|only|just|ourselves|our own)\b"

# Words before the things that only say there are more of them ("20 more gift cards", "20 flere bøger").
ITEM_MORE = frozenset("more extra additional further flere ekstra yderligere".split())

# A yes that waits on someone else's approval: "hvis forbundet godkender det", "once the board says
# yes", "men kun hvis forbundet giver grønt lys". Not an answer in itself; it makes a yes a maybe.
CONDITION_ON_OTHERS = (
    r"\b(?:når|hvis|så snart|først når|once|when|if|as soon as|until|indtil|provided(?: that)?|forudsat(?: at)?"
    r"|on condition that|på betingelse af at|såfremt|under forudsætning af(?: at)?|as long as|så længe)\s+[^.;!?,\n–]{0,40}?"
    r"(?:har sagt ja|siger ja|sagt ja|giver lov|har givet lov|godkender|har godkendt|says yes|said yes|has said yes"
    # (plural bodies too, round 17: "if the governors sign off", "once the trustees approve", "when the partners agree")
    r"|approves|has approved|signs off|gives (?:the )?go-ahead|(?<=s )(?:approve|sign off|sign it off|agree|say yes|give (?:the |us the )?go-ahead|okay it|ok it)\b|giver grønt lys|har givet grønt lys|gives? (?:us |them )?the green light"
    r"|siger god for|har sagt god for|okays|okays it|ok it|oks it|okay it|sign it off|agrees|er enig\w*|lets us|let us|allows? us|tillader|lader os)"
    # ... with a body of several or a verb in the plural (round 17): "if the members approve it at the next club night",
    # "once the trustees agree", "if the partners vote for it", "hvis medlemmerne stemmer for", "når ejerne siger ok"
    # (never our own: "if we approve the draft").
    r"|\b(?:hvis|if|once|when|når|så snart|først når|as soon as|provided(?: that)?)\s+(?!(?:vi|we|i|jeg)\b)[^.;!?,\n–]{0,40}?"
    r"\b(?:approve|agree|sign (?:it )?off|say yes|give (?:us )?(?:the )?(?:go-ahead|green light|ok)|vote (?:for|yes|in favou?r)"
    r"|stemmer (?:for|ja)|siger ok|vedtager|bevilger)\b"
)
PERMISSION_FIRST = (
    # Their yes needs someone else's permission first (round 16): "they're in but need permission from the council",
    # "de er med, men skal først have lov fra forvaltningen" (our own need of it is no condition of their yes).
    r"(?<!\bwe )(?<!\bvi )(?<!\bi )\b(?:needs?|must get|has to get|have to get|skal (?:først |lige )?have|mangler|venter på)\s+"
    r"(?:(?:an?|the|their|en|et|deres)\s+)?(?:(?:written|formal|skriftlig|formel)\s+)?"
    r"(?:permission|approval|the ok|an ok|ok|okay|go-ahead|sign-?off|tilladelse|godkendelse|lov|grønt lys)\s+(?:from|fra|af)\b"
)
# A maybe said weakly: it makes an answer of a line that has none, but never outweighs a yes ("partial yes -
# 5,000 DKK now, the other 5,000 DKK depends on the board"). "afhænger af bestyrelsen", "depends on their budget".
WEAK_MAYBE = r"\b(?:afhænger af|afhængig af|depends on|depending on|dependent on|subject to|contingent on)\b"
# "nothing promised yet", "intet besluttet": said outright, it leaves the answer open.
NOTHING_PROMISED = (
    r"(?:nothing|intet|ingenting) (?:\w+ )?(?:promised|lovet|aftalt|agreed|besluttet|decided|committed)|no (?:commitment|promises?) (?:yet|so far)"
    r"|intet tilsagn|ingen tilsagn"
    # said alone (round 16): "no promises", "ingen løfter", "ingen garantier".
    r"|\bno promises\b|\bno guarantees\b|\bingen løfter\b|\bingen garanti(?:er)?\b"
    # Said with the negation before the verb: "har ikke lovet noget om de 12.000", "they haven't promised anything".
    r"|(?:\b(?:ikke|not)|n't)\s+(?:\w+\s+)?(?:lovet|promised|committed to|aftalt|besluttet|decided)\s+(?:noget|nogen ting|anything)\b"
    # The verb before the negation: "lovede ikke noget", "promised nothing", "didn't promise anything".
    r"|\b(?:lovede|lover|love)\s+(?:ikke\s+(?:noget|nogen\s+ting)|intet)\b|\bpromised\s+nothing\b"
    r"|\b(?:didn'?t|did\s+not|won'?t|would\s+not|wouldn'?t|couldn'?t|could\s+not)\s+(?:promise|commit)\b"
)
# What leaves an amount named in the line unpledged: nothing promised, no answer or decision on it yet
# ("men intet tilsagn om de 8.000 kr endnu", "no answer yet on donating books", "didn't commit to the
# $5,000"). Such a line reports no pledge without a verb (the answer stays open).
NOT_COMMITTED = (
    NOTHING_PROMISED
    + r"|\b(?:no|intet|ikke\s+noget|ingen)\s+(?:final\s+|endeligt?\s+)?(?:answer|svar|decision|beslutning|afgørelse|word)\s+(?:\w+\s+)?(?:yet|endnu|so\s+far)\b"
    r"|\b(?:not|ikke)\s+(?:yet\s+|endnu\s+)?(?:committed|forpligtet)\b"
)

# A message we left or sent, whose topic or question is our ask, never their answer: "lagde besked til Anette om
# gavekurve", "Left a voicemail for Carl re donating paint", "sms til Kim om han vil give pizza", "texted her about".
_MESSAGE_LEFT = (
    r"(?:left|leaving) (?:[a-z][\w'-]+ )?(?:a |an )?(?:voicemail|vm|voice message|message|msg)(?: (?:for|to|with|w/))?"
    r"|l?vm (?:left )?(?:for|to|with|w/)"
    r"|(?:lagde|lagt|efterlod|indtalte) (?:[a-zæøå][\wæøå-]+ )?(?:en )?besked(?: (?:til|hos|på))?"
    r"|sms(?:'?ede)?(?: til)?|texted|messaged|dm'?(?:ede|ed|d)"
)

# Saying yes to meeting again is not an answer to the ask ("sagde ja til at mødes", "agreed to a call").
NOT_AN_ANSWER = (
    # A call given, by either side, is no gift: "I'll give her a ring Thursday", "she'll give us a call", "give him a
    # buzz", "jeg giver ham et kald torsdag", "han giver os et ring".
    r"\b(?:give|gives|giving|giver)\s+(?:(?:him|her|them|us|me|ham|hende|dem|os|mig)\s+)?(?:a|an|et|en)\s+"
    r"(?:quick\s+|hurtigt\s+)?(?:ring|call|buzz|bell|shout|tinkle|kald|opkald)\b|"
    # What we send or do is never their answer ("I'll send the deck tonight", "we'll visit them"), nor is information they
    # will send: "he'll send over a quote", "she's emailing the form", "han sender tilbud".
    r"\b(?:i(?:'ll|'m| will| am| shall)|we(?:'ll|'re| will| are)?|jeg(?: vil| skal)?|vi(?: vil| skal)?)"
    r" (?:send|sending|sender|email|emailing|mail|mailing|mailer|visit|visiting|besøger|call|calling|ring|ringing|ringer|meet|meeting"
    # ... nor our coming back to them: "Jeg vil vende tilbage til ham fredag", "we'll get back to her Monday".
    r"|vende tilbage|vender tilbage|melde tilbage|melder tilbage|følge op|følger op|get back|come back|follow up|circle back)\b[^.;!?,\n–]*|"
    # ... also with the subject left out, as Slack does at the start of a sentence: "Will circle back Thursday", "Will
    # get back to her Monday", "Vender tilbage til ham fredag" (the writer's own).
    r"(?<![\wæøå'] )(?<![\wæøå'])(?:will|shall|gonna) (?:get|come|circle) back\b[^.;!?,\n–]*|"
    r"(?<![\wæøå'] )(?<![\wæøå'])(?:vender|melder) tilbage\b[^.;!?,\n–]*|"
    r"\b(?:they|he|she|de|han|hun)(?:'ll|'s|'re| will| is| are| vil| skal)? (?:send|sends|sending|sender|email|emails|emailing|mail|mails|mailing|mailer)"
    r" (?:over |across |us |me |os |mig |him |her |them |ham |hende |dem )?(?:an? |the |their |his |her |some |et |en |deres |hans |hendes |nogle )?"
    r"(?:quote|quotation|proposal|prices?|pricing|estimate|details|info\w*|dates|forms?|brochure|catalog\w*|catalogue|link|paperwork|figures"
    r"|tilbud|prisoverslag|pris\w*|detaljer|datoer(?:ne)?|formular\w*|brochure\w*|katalog\w*)\b[^.;!?,\n–]*|"
    # The partner's confirmation still to come is their promise, not yet their yes: "they'll confirm by Monday",
    # "de bekræfter senest onsdag".
    r"\b(?:they|he|she)(?:'ll| will) confirm\b[^.;!?,\n–]*"
    r"|\b(?:de|han|hun) (?:vil |skal )?bekræft(?:er|e) (?:på |om )?(?:senest|inden|i morgen|i overmorgen|\w+dag)\b[^.;!?,\n–]*|"
    r"(?:sagde|siger|sagt|svarede|said|says|say|agreed|agrees|enige|indvilligede|accepted|happy|ja|yes|gik med|går med|gå med)\s+"
    r"(?:ja\s+|yes\s+|gerne\s+)?(?:tak\s+|please\s+)?(?:til|to)\s+(?:at\s+)?(?:(?:en |et |a |an )?(?:rundvisning|omvisning|guided tour|tour|look around)\b|(?:vi|we|jeg|i)\s+(?:\w+\s+)?(?:kommer|komme|kigger|kigge|ser|come|drop|pop|stop)\s+(?:forbi|ind|by|over|round|in)\b|(?:besøge|visit(?:ing)?)\s+(?:dem|ham|hende|them|him|her)\b|(?:et |a )?(?:besøg|visit)\b|mødes|møde\w*|et (?:\w+ )?møde|an? (?:\w+ )?(?:meeting|call|chat|coffee)|(?:coffee|kaffe|lunch|frokost)\b"
    + GIFT_PURPOSE_NOT
    + r"|meet(?:ing)?\b|a follow-up|(?:another|one more|a second|a further|a new|a follow-up) (?:\w+ )?(?:meeting|call|chat|coffee|catch-up)\b|talk\b|chat\b|catch up\b|speak again\b|snakke|tale\b|høre mere|hear more|(?:et )?opkald|ringe|ses|se (?:os|mig))[^.;!?,\n–]*"
    r"|\b(?:aftalte|aftalt|aftaler|blev enige om|agreed|agree)\s+(?:\w+\s+)?(?:at|to)\s+(?:snakke|tale|mødes|ses|høres|talk|speak|meet|chat)\b[^.;!?,\n–]*"
    # Agreeing who follows up and when is no answer either: "aftalt at <@U1> ringer til hende fredag", "we agreed that
    # Sam calls her Friday".
    r"|\b(?:aftalte|aftalt|blev enige om|agreed)\s+(?:at|that)\s+(?:\S+\s+){0,3}?(?:ringer|ringe|mailer|maile|følger op|mødes|ses"
    r"|calls?|emails?|meets?|follows? up|(?:will|'ll|would|'d)\s+(?:call|email|meet|follow up))\b[^.;!?,\n–]*"
    # Wanting to meet again: "vil gerne tage et møde igen", "would like another meeting", "vil gerne mødes".
    r"|\b(?:vil|ville|would|'d)\s+(?:gerne|godt|like|love)\s+(?:to\s+)?(?:(?:tage|holde|have|take|set\s+up|book)\s+)?"
    r"(?:et\s+(?:nyt\s+)?møde|another\s+(?:meeting|call|chat)|a\s+(?:follow-up|new)\s+(?:meeting|call)|mødes|meet)\b[^.;!?,\n–]*"
    # Agreeing to talk it over more, and no promises, say nothing of the ask either: "agreed to discuss the £500 at a
    # meeting", "de vil gerne tale videre om 5.000 kr.", "no promises on the £500".
    r"|\b(?:agreed|agree|happy|keen|willing|aftalte|aftalt)\s+to\s+(?:discuss|talk about|go through)\b[^.;!?,\n–]*"
    # Picking it up again and coffee agreed: "agreed to pick it up again after Easter", "de er med på en kop kaffe".
    r"|\b(?:agreed|agree|happy|keen|willing)\s+to\s+(?:pick (?:it|this|that|things) up|revisit (?:it|this|that)|come back to (?:it|this|that))\b[^.;!?,\n–]*"
    r"|\bmed på (?:en |et )?(?:kop kaffe|kaffe|møde|snak|frokost|opkald)\b[^.;!?,\n–]*"
    r"|\b(?:vil gerne|happy to|keen to|would like to|'d like to|vil)\s+(?:tale|snakke|høre|talk|chat|hear|discuss|drøfte)\s+"
    r"(?:videre|mere|more|further|igen|again)\b[^.;!?,\n–]*|\bno promises?\b[^.;!?\n–]*|\bingen løfter\b[^.;!?\n–]*"
    # Keen to meet or to hear more, and a meeting agreed, say nothing of the ask: "hun er frisk på at mødes og
    # høre mere", "vi aftalte et møde", "they agreed on a call next week".
    r"|\b(?:frisk\w*|klar\w*|keen|willing|open|åben|åbne|glad|glade) (?:på |til |to )?(?:at )?(?:mødes|meet\b|et møde|a meeting|en snak"
    r"|a chat|chat\b|talk\b|tale\b|snakke|høre mere|hear more)[^.;!?,\n–]*"
    r"|\b(?:aftalte|aftalt|aftaler|agreed(?: on)?|arranged|booked|set up|fixed)\s*:?\s+(?:\w+\s+)?(?:et |en |a |an |another )?(?:nyt |ny |new |follow-up |catch-up |[a-zæøå]+)?"
    r"(?:møde|meeting|call|opkald|kaffe|coffee|snak|chat|tidspunkt|dato)\b[^.;!?,\n–]*"
    r"|\b(?:about|for|re|regarding) \d+ free\b"  # "about 50 free tickets" is what we ask for
    r"|\b(?:spurgte|bad|beder|asked|asking)\s+(?:\w+\s+){0,2}?(?:efter|om|for)\s+(?:\d+\s+)?(?:gratis|free)\b"
    # Our question is not their answer: "spurgte om de vil sponsorere præmierne", "asked if they could lend us"
    # (theirs is: "de spørger medlemmerne om ..." is a maybe).
    r"|(?<!de )(?<!han )(?<!hun )(?<!they )(?<!he )(?<!she )\b(?:spurgte|spørger|spurgt|asked|asking|asks|(?:to|at) (?:ask|spørge))\s+(?:\w+\s+){0,5}?"
    r"(?:om|if|whether)\s+(?:(?!\s-\s|\s(?:og|and|men|but|så|so)\s)[^.;!?\n–:,])*"
    # Our question put to them, ending in a question mark, is no answer: "ville de være med til at stille instruktører?",
    # "could they service the loan bikes?" (their answer follows it).
    r"|\b(?:ville|vil|kunne|kan|gider) (?:de|han|hun) (?:\w+ ){0,4}?(?:være med|hjælpe|give|sponsorere|stille|låne|donere|bakke op)\b[^?.!\n]*\?"
    r"|\b(?:would|could|will|can) (?:they|he|she) (?:\w+ ){0,4}?(?:be up for|be in|help|give|sponsor|donate|lend|host|provide|do|service|feed"
    r"|chip in|cover|fund|run)\b[^?.!\n]*\?"
    # How they want to be reached is no answer: "vil gerne kontaktes efter 1. marts", "would like to be contacted by email".
    r"|(?:vil|ville) (?:gerne |helst )?(?:kontaktes|ringes op|mailes|have en mail)\b|(?:would|'d) (?:like|prefer|rather) (?:to be "
    r"(?:contacted|called|emailed|reached)|(?:us )?to (?:call|email|contact) (?:them|him|her))\b"
    # Wanting to meet or talk is not an answer either: "vil gerne mødes", "would love to meet".
    r"|(?:vil|ville) (?:gerne |godt )?(?:mødes|ses|tale mere|snakke mere)|(?:would|'d) (?:like|love) to (?:meet|talk|chat)\b"
    r"|(?:keen|happy|want|wants) to (?:meet|talk|chat)\b"
    # Wanting to hear more is interest, no answer yet (heldout5's convention, fields-dev8): "vil gerne høre mere",
    # "she wants to hear more before committing to anything".
    r"|\b(?:vil|ville|want|wants|wanted|would like|'d like)\s+(?:de\s+|han\s+|hun\s+)?(?:gerne\s+|godt\s+|lige\s+)?(?:to\s+)?(?:høre|hear)\s+(?:lidt\s+|a bit\s+)?(?:mere|more)\b[^.;!?\n–]*"
    # ... also with the interest said before it: "she's interested and wants to hear more", "interesseret, vil gerne høre mere".
    r"|\b(?:interested|interesseret|interesserede)\s*(?:,|and|og)?\s+(?:\w+\s+){0,2}?(?:vil|ville|want|wants|would like|'d like)\s+"
    r"(?:gerne\s+|godt\s+)?(?:to\s+)?(?:høre|hear)\s+(?:lidt\s+|a bit\s+)?(?:mere|more)\b[^.;!?\n–]*"
    r"|(?:\b(?:ikke|not)|n't)\s+(?:\w+\s+)?(?:lovet|promised|committed to|aftalt|besluttet|decided)\s+(?:noget|nogen ting|anything)\b[^.;!?,\n–]*"
    r"|(?:nothing|intet|ingenting) (?:\w+ )?(?:promised|lovet|aftalt|agreed|besluttet|decided)|\b(?:we|vi) (?:still |stadig )?(?:need|mangler|skal have|venter på) (?:their |the |deres |an? |en |et )?(?:go-ahead|permission|approval|ok|tilladelse|godkendelse|grønt lys|green light)\b[^.;!?\\n]*|(?:will|'ll) check (?:\w+ )?(?:dates|availability|calendars?|diary|diaries)(?: and (?:get|come) back(?: to (?:me|us))?)?|tjek(?:ker|ke)? (?:\w+ )?(?:kalender\w*|datoer)(?: og vender tilbage)?|(?:answer|reply|response|svar|decision|beslutning)(?:en|et)? (?:is )?(?:expected|forventes|ventes)\b[^.;!?\\n]*|no (?:commitment|promises?) (?:yet|so far)|intet tilsagn|ingen tilsagn"
    # Leave to come back another year is no yes: "nej tak, men vi må gerne spørge igen til foråret".
    r"|(?:må|kan|may|can|welcome to|happy (?:for us )?to|gerne) (?:\w+ ){0,2}(?:spørge|ask|kontakte|contact|søge|apply|ringe|call|vende tilbage|come back|try|prøve|forsøge|henvende os)\b"
    r"[^.;!?,\n–]*(?:igen|again|næste år|next year|til (?:foråret|efteråret|sommer|vinter)|later|senere)"
    # Coming back with a date or the details is no answer about the ask: "ja til at hjælpe – de vender tilbage
    # med en dato i næste uge", "they'll get back to us with dates".
    r"|\b(?:vender|melder|kommer) tilbage (?:\w+ ){0,3}?med (?:en |et |nogle |de )?(?:dato\w*|tidspunkt\w*|detaljer\w*|praktisk\w*|tider"
    r"|papir\w*|kontrakt\w*|aftale\w*|faktura\w*)\b"
    r"|\b(?:get|gets|getting|come|comes|coming) back (?:to (?:us|me) )?(?:\w+ ){0,3}?with (?:a |the |some |their |her |his )?"
    r"(?:dates?|times?|details|logistics|paperwork|papers|forms?|contract|agreement|invoice)\b"
    r"|\blet (?:us|me) know (?:the |a )?(?:dates?|times?|details)\b|\bgiver (?:os )?besked om (?:en |et )?(?:dato|tidspunkt)\b"
    # Waiting for their reply is no answer (DOMAIN.md: the answer is what they said): "venter på svar",
    # "afventer svar", "still waiting for an answer"; a reply awaited from their board is their maybe.
    r"|\b(?:venter|afventer|waiting|awaiting|await)\s+(?:stadig\s+|still\s+)?(?:på\s+|for\s+|on\s+)?"
    r"(?:et\s+|a\s+|an\s+|their\s+|her\s+|his\s+|deres\s+|hans\s+|hendes\s+|the\s+)?"
    r"(?:svar|reply|answer|response|tilbagemelding|word)\b(?!\s+(?:fra|from)\s+(?:the\s+|deres\s+|sin\s+|their\s+)?"
    r"(?:bestyrelse\w*|board|ledelse\w*|management|hq|hovedkontor\w*|\w*chef\w*|direktør\w*|owner|ejer\w*|committee|udvalg\w*))"
    r"|\bstill waiting\b(?!\s+(?:for|on)\s+(?:the\s+|their\s+)?(?:board|approval|decision|sign-?off|go-ahead))"
    # Our own question in a written or phoned ask: "skrev til X om de vil stille med ...",
    # "emailed them whether they could ..."; our own request: "vi søger 20.000 kr ... og gerne sparring".
    r"|\b(?:skrev|skrevet|mailede|mailet|ringede|ringet|sms'ede|wrote|emailed|e-mailed|called|phoned|texted|"
    + _MESSAGE_LEFT
    + r")\b[^.;!?\n–]{0,60}?"
    r"\b(?:om|whether|if) (?:de|han|hun|i|they|he|she) (?:\w+ )?(?:vil|kan|ville|kunne|would|could|can|will)\b(?:(?!\s[-–]\s|\s(?:og|men|and|but|så|so)\s(?:de|han|hun|vi|they|he|she|we)\b)[^.;!?\n–]|(?<=\d)\.(?=\d))*"
    # (not what they told us to seek elsewhere: "anbefalede at vi søger Trygfonden i stedet"; their clause after a comma
    # is theirs: "..., de giver ikke selv til den slags")
    r"|(?<!anbefalede at )(?<!foreslog at )(?<!suggested )(?<!recommended )"
    r"\b(?:vi|we) (?:søger|ansøger om|beder om|ønsker os|håber på|are asking for|are seeking|seek|ask for)\b(?:(?!\s[-–]\s|\s(?:og|men|and|but|så|so)\s(?:de|han|hun|vi|they|he|she|we)\b|,\s(?:de|han|hun|they|he|she)\s)[^.;!?\n–]|(?<=\d)\.(?=\d))*"
    # The topic of our own e-mail or call is our ask, not their answer: "Emailed Sunrise Yoga about 2 instructors for a
    # free session; ...", "Skrev til Kvickly om gratis kaffe til mødet – ..." (up to the clause that answers).
    r"|\b(?:e-?mailed|mailed|wrote to|skrev til|mailede(?: til)?|called|phoned|rang|"
    + _MESSAGE_LEFT
    + r")\s+(?:(?:(?!\s-\s)[^.;!?,\n–:]){0,40}?\s)??"
    # ... never across a clause set off by a dash, nor "about it" ("called Joe - he'll think about it" is his maybe).
    r"(?:about|re|regarding|om|ang\.?|angående|vedr\.?)\s+(?!(?:de|han|hun|i|they|he|she|it|this|that|det|dette)\b)"
    r"(?:(?!\s[-–]\s|\s(?:og|men|and|but|så|so)\s(?:de|han|hun|vi|they|he|she|we)\b)[^.;!?\n–:,]|(?<=\d)[.,](?=\d))*"
    # A topic is not an answer: "about a sponsored water station", "ang. en gratis ..."
    r"|\b(?:about|re|regarding|ang\.?|angående|vedr\.?|om)\s+(?:an?\s+|en\s+|et\s+|the\s+|\d+\s+)?(?:sponsored|sponsorerede?|free|gratis)\b"
    # ... nor is giving said as the topic (round 17): "Call with Ingrid at Polar Gear about donating sleeping bags",
    # "snak om at sponsorere bussen", "re lending us the van" (not what they are glad of: "excited about donating").
    r"|\b(?:about(?<!excited about)(?<!happy about)(?<!glad about)(?<!thrilled about)(?<!keen about)(?<!positive about)"
    r"(?<!enthusiastic about)(?<!delighted about)(?<!pleased about)(?<!proud about)(?<!serious about)(?<!sure about)"
    r"|re(?<!'re)(?<!’re)|regarding|ang\.?|angående|vedr\.?|om at)\s+(?:(?:them|him|her|possibly|maybe|perhaps|evt\.?|måske)\s+)?"
    r"(?:donating|sponsoring|giving|lending|supplying|providing|funding|contributing|offering|donere|sponsorere|give|låne|levere|bidrage|stille)\b"
    r"(?:(?!\s[-–]\s|\s(?:og|and|men|but|så|so)\s(?:de|han|hun|vi|they|he|she|we)\b)[^.;!?\n–:,]|(?<=\d)[.,](?=\d))*"
    # What they would do on a condition of theirs is no yes: "wants to stay anonymous if they give anything".
    r"|\b(?:if|hvis|whether) (?:they|he|she|de|han|hun) (?:\w+ )?(?:give|giver|donate|donerer|sponsor|sponsorerer|support|støtter)\b[^.;!?\n–]*"
    # What was not talked about is no answer to it (round 15): "prizes not discussed", "bøgerne nåede vi ikke", "didn't
    # come up".
    r"|\b(?:not|ikke) (?:yet |endnu )?(?:discussed|drøftet|diskuteret|talt om|touched on|brought up|raised)\b"
    r"|\b(?:didn'?t|did not) come up\b|\bkom ikke (?:på tale|op)\b|\bnåede vi ikke\b"
    # Our own wish is no yes of theirs: "vi vil gerne have sodavand og is", "vi kunne godt bruge nogle hænder".
    r"|\b(?:vi|jeg) (?:vil|ville|kunne|skulle) (?:så |også |rigtig )?(?:gerne (?:have|bruge|få|låne|spørge)|godt (?:tænke os|bruge))\b"
    r"[^.;!?\n–]*"
    # A condition is not an answer: "klar når SUF har sagt ja", "once the board says yes".
    r"|" + CONDITION_ON_OTHERS
)
# The topic of a call or meeting said as a noun or a verb, the person and the partner between it and "about" set off by
# commas or brackets (round 17): "Call with Leah Morgan, Morgan Print, about printing 500 bookmarks for free", "Meeting
# with Jo (Elm Print) re free posters", "Ringede til Lea Mørk, Mørk Tryk, om at trykke 500 bogmærker gratis": our ask,
# up to the clause that answers.
NOT_AN_ANSWER += (
    r"|(?:^|(?<=[.!?;]\s))(?:(?:phone\s+)?call|mtg|meeting|chat|coffee|tlf\.?|opkald|møde|snak|kaffe|samtale|ringede til"
    r"|called|rang|phoned)\s+(?:(?:with|w/|med|m\.)\s*)?"
    # the person and the partner, never across a dash or into a clause of theirs ("..., han vil gerne sparre om ...")
    r"(?:(?!\s[-–]\s|,\s*(?:de|han|hun|vi|jeg|they|he|she|we|i|it|det)\b|\s(?:og|and|men|but|så|so)\s)[^.;!?\n–:]"
    r"|(?<=\b[a-zæøå])\.){1,60}?[,)]?\s+"
    r"(?:about|re|regarding|om|ang\.?|angående|vedr\.?)\s+(?!(?:de|han|hun|i|they|he|she|it|this|that|det|dette)\b)"
    r"(?:(?!\s[-–]\s|\s(?:og|men|and|but|så|so)\s(?:de|han|hun|vi|they|he|she|we)\b)[^.;!?\n–:,]|(?<=\d)[.,](?=\d))*"
)

# The publicity wish read by its parts, when no phrase above says it: a clause that names being seen
# in public (a concept, or a public place with them as its object) and a polarity ("ønsker at forblive
# ukendt", "not interested in publicity", "de vil gerne profileres på hjemmesiden", "they want maximum
# exposure", "don't put them on the website").
PUBLICITY_CONCEPT = (
    r"\b(?:omtale\w*|omtalt|nævnes|nævnt|nævne (?:dem|os|ham|hende|firmaet|navnet|butikken)|navngiv\w*|eksponer\w*|profiler\w*"
    r"|synlighed|krediter\w*|(?<!send )(?<!sender )(?<!sends )(?<!sendte )(?<!vores )(?<!our )(?<!bibliotekets )(?<!library's )logo(?:et|er|erne)?\b(?! ?fil)|branding|reklamer\w*"
    r"|presse(?:n|omtale|dækning|meddelelse\w*)?\b|anonym\w*|ukendt\w*|unnamed|fortrolig\w*|confidential"
    r"|offentligt|publicly|go public|publicity|exposure|visibility|spotlight|limelight|(?:the|any|no|some) (?:attention|opmærksomhed)(?! (?:for|to|til|on))"
    r"|(?<!head of )(?<!of )press\b(?! (?:officer|office|contact|team|release|conference|meeting|event))|pr\b|(?:be |a |some |any )mention\w*|mention (?:them|us|him|her)\b"
    r"|named|naming|credited|credit (?:them|us|him|her)\b|tag (?:them|us|him|her)\b|tagged|be thanked|thank (?:them|us) (?:publicly|in)"
    r"|takke (?:dem|os) offentligt|(?:en |a )?tak (?:i|på) (?:\w+ )?(?:presse\w*|talen|facebook|instagram|hjemmeside\w*|avis\w*)"
    r"|stå frem|sponsor ?(?:wall|board|list)\w*|sponsorvæg\w*|nobody (?:knew|knows|to know)|no one (?:knew|knows|to know)"
    r"|(?:skal|må) (?:ikke )?ud\b|involvement)(?![\wæøå])"
)
# Public places, which count only with them as what goes there: "don't put them on the website",
# "nothing on social media about them".
PUBLICITY_PLACE = (
    r"(?:(?:put|putting|list|listing|feature|featuring|show|showing|include|including|add|adding|sætte|sætter|vise|viser)\s+"
    r"(?:them|him|her|it|dem|ham|hende|det)\s+(?:on|in|på|i)\s+(?:the |our |vores |any )?(?:\w+ )?"
    r"|(?:on|in|på|i)\s+(?:the |our |vores |any )?(?:\w+ )?(?=(?:website|hjemmeside\w*|posters?|plakat\w*|flyers?|social media|sociale medier"
    r"|facebook|instagram|speech|talen|press release|pressemeddelelse\w*|newsletter|nyhedsbrev\w*)\s+(?:about|om)\s+(?:them|dem|him|her|ham|hende)))"
    r"(?:website|hjemmeside\w*|posters?|plakat\w*|flyers?|social media|sociale medier|facebook|instagram|speech|talen"
    r"|press release|pressemeddelelse\w*|newsletter|nyhedsbrev\w*)"
)
PUBLICITY_NEGATIVE = (
    r"\b(?:ikke|not|no|nothing|intet|ingen|don'?t|doesn'?t|didn'?t|never|aldrig|without|uden|rather not|nobody|no one"
    r"|remain|forblive|insist\w* on anonym\w*|keep|kept|holde|holdes|uninterested|uinteresseret|out of|ude af)\b|n't\b"
    r"|anonym\w*|ukendt\w*|unnamed|fortrolig\w*|confidential|lav profil|low profile"
)
PUBLICITY_POSITIVE = (
    r"\b(?:gerne|want|wants|wanted|like|love|loves|keen|happy|glad|må|may|can|welcome|velkomne?|maximum|maksimal|please|credit|mention"
    r"|tag|thank|takke|profileres|eksponeres|vil have|ønsker|would like|'d like|insist\w*)\b"
)
