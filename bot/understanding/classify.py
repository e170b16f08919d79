"""Line-level judgements: kind of interaction, the partner's answer, asks and publicity wish."""

from __future__ import annotations

import re

from .model import Item, Money
from .patterns import cues
from .vocab import (
    AGREEMENT_CUES,
    ASK_CUES,
    CONDITION_ON_OTHERS,
    KIND_CUES,
    NO_PUBLICITY,
    NOT_AN_ANSWER,
    NOT_COMMITTED,
    NOTHING_PROMISED,
    OK_COUNT,
    PEOPLE_ITEMS,
    PERMISSION_FIRST,
    PUBLIC,
    PUBLIC_NOT_AGAINST,
    PUBLICITY_CONCEPT,
    PUBLICITY_NEGATIVE,
    PUBLICITY_PLACE,
    PUBLICITY_POSITIVE,
    STOPWORDS,
    WE_PAY,
    WE_PAY_MARK,
    WEAK_MAYBE,
)

_KIND = [(re.compile(r"(?<![\wæøå])(?:" + p + ")", re.MULTILINE), kind) for p, kind in KIND_CUES]


_AGREEMENT = {answer: cues(p) for answer, p in AGREEMENT_CUES.items()}
_ASKS = {ask: cues(p, inside_words=True) for ask, p in ASK_CUES.items()}  # searched only: which cue is moot
# Masked by its spans: grouping leaves them as they were on every labelled line (checked by a unit test).
_NOT_AN_ANSWER = cues(NOT_AN_ANSWER)
_NO_PUBLICITY = cues(NO_PUBLICITY)
_CONDITION_ON_OTHERS = re.compile(CONDITION_ON_OTHERS)
_PERMISSION_FIRST = re.compile(PERMISSION_FIRST)
_NOTHING_PROMISED = re.compile(NOTHING_PROMISED)
_NOT_COMMITTED = re.compile(NOT_COMMITTED)
# The rest of its clause says what is not promised: "no answer yet on donating books", "didn't commit to
# the $5,000 sponsorship", "lovede ikke noget" hold no yes ("but they pledged 5k" after a contrast does).
_UNCOMMITTED_CLAUSE = re.compile("(?:" + NOT_COMMITTED + r")(?:(?!\b(?:men|but|however|though|dog)\b)[^.;!?,\n–])*")
_WEAK_MAYBE = re.compile(WEAK_MAYBE)
# "ik"/"ikk" typed for "ikke" before a verb or a time ("vil ik nævnes", "kan ik i år"); never "Greve IK".
_SHORT_IKKE = re.compile(
    r"\bikk?'?(?=\s+(?:nævnes|omtales|navngives|have|stå|med|være|give|støtte|sponsorere|hjælpe|deltage|i år|interesseret\w*|muligt|noget))"
)
# An approval obtained ("har fået bestyrelsens ok", "got the board's approval", "fik godkendelse fra
# chefen") is the yes the maybe waited for; an approval still needed stays a maybe.
_APPROVAL_OBTAINED = re.compile(
    r"(?<!ikke )(?<!not )(?<!n't )(?<!never )\b(?:fået|fik|got|received|obtained)\s+(?:the\s+|et\s+|en\s+)?"
    r"(?:[\w-]+(?:s|'s|’s)\s+)?(?:ok|okay|approval|godkendelse|accept|go-ahead|grønt lys|green light)\b"
    r"(?:\s+(?:fra|from|af|by)\s+(?:the\s+)?[\w-]+)?"
)
_PUBLIC = cues(PUBLIC)
_PUBLIC_NOT_AGAINST = cues(PUBLIC_NOT_AGAINST)
_WISH_PLACE = re.compile(r"\s*(?:(?:the|our|their|all|every|any|vores|deres|alle)\s+)?[\w-]+")
# ... also after the thing kept off or put on (round 17): "ønsker ingen logo på vores materialer", "no logo on our
# materials", "their name in the programme".
_WISH_PLACE_AFTER = re.compile(
    r"\s+(?:on|in|off|på|i)\s+(?:(?:the|our|their|all|every|any|vores|deres|alle)\s+)?[\w-]+"
)
# The gift the wish is said of is no ask (round 17): "Oakridge Pharma's donation must stay anonymous", "deres bidrag skal
# være anonymt", "the sponsorship is to stay low-key", "støtten må ikke nævnes" (an amount beside it is still money).
_WISH_SUBJECT = re.compile(
    r"\b(?:donations?|gifts?|support|sponsorships?|contributions?|pledges?|donation(?:en|er)?|gave(?:n|r)?|støtte(?:n)?"
    r"|bidrag(?:et)?|sponsorat(?:et)?)\s+(?:(?:must|should|has to|is to|needs to|will|shall|skal|må|bør|is|er)\s+)?"
    r"(?:(?:stay|remain|be|kept|keep|være|forblive|holdes|blive)\s+)?$"
)
# What the partner would be named as is no ask either: "vil ikke nævnes som sponsor", "fine to list them as sponsors".
_WISH_AS = re.compile(
    r"\s*(?:(?:them|dem|it|det|him|her|ham|hende)\s+)?(?:(?:som|as)\s+(?:(?:a|an|en|et|vores|our|the|official|officiel|anonym|anonymous|main|hoved)\s+){0,2}"
    r"(?:sponsor\w*|supporters?|støtte\w*|donor\w*|partner\w*|bidragyder\w*|giver\w*))\b"
)
# A public wish said with a negation right before it is the opposite wish: "don't want their name on
# it", "ønsker ikke at have logo på".
_NEGATED_BEFORE = re.compile(
    r"\b(?:don'?t|doesn'?t|do not|does not|didn'?t|did not|not|never|won'?t|wouldn'?t|ikke|aldrig|ingen|intet|no)\s+(?:\w+\s+){0,2}$"
)
# A wish asked about, not said: "she'll think about whether they want to be on the poster", "ved ikke om de vil nævnes".
_OPEN_QUESTION = (
    r"\b(?:whether|wonder(?:ing|s|ed)? if|think(?:ing|s)? about if|(?:asked|asking|ask) (?:if|whether)|not sure if|unsure if"
    r"|overvejer om|tænker over om|spurgte om|spørger om|usikker på om|ved ikke om|hvorvidt)\b"
)
# Our question about a wish answered yes right after it (round 16): "spurgte om vi må nævne dem – ja, selvfølgelig".
_ANSWERED_YES = re.compile(
    r"[^.;!\n]{0,40}?(?:\?|\s[-–—]\s|[,:])\s*(?:yes|ja|sure|of course|selvfølgelig|klart|absolutely|certainly|gerne|fint|fine)\b"
)
_OPEN_QUESTION_BEFORE = re.compile(_OPEN_QUESTION + r"[^.;!?\n]{0,40}$")
_OPEN_QUESTION_IN = re.compile(_OPEN_QUESTION)
# "mentoring our youth volunteers": the volunteers receive the mentoring (advice), they are not asked for.
# So are readers, speakers and helpers named as those who receive ("30 buketter til oplæserne",
# "coffee for the speakers"): they are no ask for time.
_FOR_OUR_VOLUNTEERS = re.compile(
    r"\b(?:for|til|mentor(?:ing|e)?|coach(?:ing|e)?|train(?:ing)?|uddanne|undervise) (?P<who>"
    # "mentor for to af vores unge frivillige", "mentoring for our code club volunteers" (round 15).
    r"(?:(?:\d+|to|tre|fire|two|three|four|et par|nogle|some|a few) (?:af|of) )?(?:the|our|de|vores|alle (?:de|vores))"
    r" (?:[\w-]+ ){0,2}(?:volunteers|frivillige|speakers|storytellers|helpers|guest readers|oplæsere|hjælpere|fortællere"
    r"|foredragsholdere|oplægsholdere|readers|læsere|læsevenner)|(?:oplæser|hjælper|fortæller|foredragsholder|oplægsholder)ne)\b"
)
# People put at our disposal ("de stiller 4 oplæsere til rådighed", "2 staff at our disposal") give
# time; the place words "til rådighed" ask for premises only when no people stand before them.
_PEOPLE_AT_DISPOSAL = re.compile(
    r"\b(?:\d+|nogle|et par|some|a few|two|three|to|tre|fire|four)\s+(?:[\w-]+\s+)?(?:"
    + PEOPLE_ITEMS
    + r"|medarbejder|ansat|folk"
    r"|person|staff|people|employee)\w*\s+(?P<where>til rådighed|at (?:our|your|the library's) disposal)"
)
# Staff a partner gives, counted ("30.000 kr. + 2 medarbejdere til læsecaféen", "they'll lend us 3 employees"):
# their time, though staff counted are no items. Only after a verb of giving in the same sentence, so staff merely
# mentioned ("talte med Jens og 2 medarbejdere") or receiving ("books for 200 employees") ask nothing.
_STAFF_GIVEN = re.compile(
    r"\b(?:giver|give[sn]?|gave|lend[s]?|låner|stiller(?: op)? med|provides?|offers?|tilbyder)\b[^.;!?\n]{0,60}?"
    r"(?<!\bto )(?<!\btil )(?<!\bfor )(?<![\w.,])(?:\d+|to|tre|fire|fem|two|three|four|five)\s+(?:[a-zæøå-]+\s+)?"
    r"(?:medarbejdere|ansatte|employees|staff|kolleger|colleagues)\b"
)
_TEACH_OUR_VOLUNTEERS = re.compile(
    r"\b(?:mentor(?:ing|e|s)?|coach(?:ing|e|es)?|train(?:ing|s)?|uddanne[rs]?|undervise[rs]?|træne[rs]?)\s+"
    r"(?:the|our|de|vores|alle (?:de|vores))\s+(?:[\w-]+\s+)?(?:volunteers|frivillige|læsevenner|reading buddies)\b"
)
_PEOPLE_ITEM = re.compile(PEOPLE_ITEMS)
_BOOK_CONTAINER_PURPOSE = re.compile(
    r"\b(?:til|for|in|i|into)\s+(?:the\s+|our\s+|vores\s+|deres\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bogposer(?:ne)?|bogkasser(?:ne)?|bogpakker(?:ne)?|book ?(?:bags|boxes|packs|parcels))\b"
)
# A room as the place goods go is no ask for premises: "15 first-aid kits for the children's room", "puder til
# læserummet" (with items counted; "a room for the workshop", "the meeting room" asked for stay other).
_ROOM_AS_DESTINATION = re.compile(
    r"\b(?:(?:for|in|to|into)\s+(?:the\s+|our\s+|their\s+)[\w-]+(?:'s|s'|’s)\s+rooms?|(?:til|i)\s+[\w-]+(?:rummet|værelset)"
    # ... and a room named by its use (round 17): "150 books for the staff room", "6 beanbags for the quiet room"
    r"|(?:for|in|to|into)\s+(?:the\s+|our\s+|their\s+)(?:staff|break|lunch|tea|common|waiting|quiet|sensory|play|baby"
    r"|toddler|teen|youth|reading|family|story)\s*-?\s*rooms?)\b"
)
# Something asked for the raffle with nothing counted is goods (the prizes): "asked Lush for something for the raffle",
# "noget til tombolaen"; counted goods for it are what they are ("25 signed copies for the raffle" asks books).
_FOR_THE_RAFFLE = re.compile(r"\b(?:for|to|til) (?:the |our |a |vores |en |et )?(?:raffle|tombola\w*|lotteri\w*)\b")
_FOR_VOLUNTEERS = re.compile(r"\b(?:for|til)\s+(?:the |our |de |vores |alle )?(?:volunteers|frivillige)\b")
# Volunteers who receive something are no ask for time, with or without a count: "coffee vouchers for volunteers",
# "kaffe til de frivillige", "cater the volunteer lunch", "frivilligfesten" (not "asked for volunteers", "brug for frivillige").
_VOLUNTEERS_RECEIVE = re.compile(
    r"(?<!\bask )(?<!\basked )(?<!\basking )(?<!\blooking )(?<!\bhoping )(?<!\bcall )(?<!\bneed )(?<!\bbrug )"
    r"\b(?:for|til)\s+(?:the |our |de |vores |alle )?(?:volunteers|frivillige)\b(?!\s+(?:to|til at|der|who|som)\b)"
    r"|\bvolunteers?'?(?=\s+(?:lunch|dinner|breakfast|party|thank-?you|appreciation|t-?shirts|hoodies|badges|snacks|refreshments|meal|bbq|evening)\b)"
    r"|\bfrivillig(?:e)?(?=fest|middag|frokost|morgenmad|gave|arrangement|aften|t-shirt)"
)
# Hours that measure advice are the advice, no ask for time: "sparring et par timer", "a couple of hours of a
# mechanic's advice", "2 timers rådgivning".
_ADVICE_WORDS = r"(?:advice|sparring|rådgivning|mentoring|coaching|vejledning|guidance|feedback)"
_HOURS_OF_ADVICE = re.compile(
    r"\b(?:\d+|et par|nogle|to|tre|a couple of|a few|two|three|some)\s+(?:timer|timers|hours?|hrs?)\b(?=\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _ADVICE_WORDS
    + r")|(?<="
    + r"sparring)\s+(?:i\s+|for\s+|in\s+)?(?:\d+|et par|nogle|to|tre|a couple of|a few|two|three)\s+(?:timer|hours?)\b"
)
# The stall or stand our people are asked to staff is ours, no ask for premises: "people to man the book swap stall",
# "nogen til at passe boden".
_PLACE_STAFFED = re.compile(
    r"\b(?:to|til at|der kan|som kan|who can|who could)\s+(?:man|staff|run|bemande|passe|stå i|stå ved)\s+"
    r"(?P<place>(?:the |our |a |vores |en |et )?(?:[\w-]+\s+){0,2}?(?:stall|stand|booth|tent|bod(?:en)?|stand(?:en)?|telt(?:et)?))\b"
)
# ... and so is the stand people are asked for: "volunteers for the health-info stand", "frivillige til boden".
_PEOPLE_FOR_PLACE = re.compile(
    r"\b(?:volunteers|frivillige|people|folk|helpers|hjælpere|staff|personale)\s+(?:(?:to help|til at hjælpe|to work|til at stå)\s+)?"
    r"(?:for|til|at|ved|i|on)\s+"
    r"(?P<place>(?:the |our |a |vores |en |et )?(?:[\w-]+\s+){0,2}?(?:stall|stand|booth|tent|bod(?:en)?|stand(?:en)?|telt(?:et)?))\b"
)
# People fed are no ask of their time: "feed the volunteers", "feed our helpers" (food is asked).
_PEOPLE_FED = re.compile(
    r"\bfeed(?:ing|s)?\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<who>volunteers|helpers|readers|speakers|storytellers)\b"
)
# Boxes or bags counted with books in them are books: "3 kasser med lettere skadede eksemplarer", "2 boxes of books".
_CONTAINER = re.compile(r"(?:kasse|kasser|kasserne|boxes|box|poser|bags|crates|kartoner|sække|cases)")
_CONTAINER_OF_BOOKS = re.compile(
    r"\b(?:kasser?|boxes|box|poser|bags|crates|kartoner|sække|cases)\s+(?:med|of|with|fyldt med|full of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:\w*bøger|books|eksemplarer|copies|titler|titles|paperbacks|novels|romaner|tegneserier|comics)\b"
)
# Copies counted by a unit of a book named after it are books (round 17): "25 eks. af bogen", "20 stk. af hans nye
# roman", "30 copies of the book", "12 pcs of her novel".
_COPY_UNIT = re.compile(r"(?:eks|ex|stk|styk|pcs|pieces|copies|eksemplarer)\.?")
_COPIES_OF_BOOK = re.compile(
    r"\b(?:eks|ex|stk|styk|pcs|pieces|copies|eksemplarer)\.?\s+(?:af|of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:bog(?:en)?|bøger(?:ne)?|roman(?:en|er|erne)?|books?|novels?|titl(?:en|er|erne)|titles?|digtsamling\w*|antologi\w*|antholog\w*)\b"
)
# A trip or a coach counted is transport, no goods: "2 coach trips", "en bustur".
_TRIP_ITEM = re.compile(
    r"\b(?:coach |bus |field |school |class )?trips?\b|\bbus(?:tur|ture|turen)\b|udflugt\w*|\bminibus\w*"
)
# Giving said as sponsoring or chipping in, with no goods, person or help named, is money: "about sponsoring the
# reading challenge", "would they chip in for the bus", "om de vil sponsorere læsebingoen".
_GIVING_WITHOUT_GOODS = re.compile(
    r"\b(?:sponsor|sponsors|sponsored|sponsoring|sponsorere|sponsorerer|sponsorer|sponser\w*|chip(?:s|ped|ping)? in"
    r"|pitch(?:es|ed|ing)? in|bidrage|bidrager)\b"
)
# What names the whole ask, a time or a meeting, never one thing refused of several: "kan ikke støtte projektet", "can't
# make the meeting", "won't have the budget till May".
_WHOLE_ASK = (
    r"(?:whole|entire|projects?|campaigns?|events?|festivals?|initiatives?|programmes?|programs?|scheme|cause|request"
    r"|application|ask|idea|proposal|date|dates|day|days|time|timing|slot|meeting|call|deadline|week|weekend|moment"
    r"|month|year|library|libraries|more|rest|us|it|this|that|anything|anyone|det|noget|os|dem|jer|mere|i|på|til|før|inden|nu"
    r"|lige|længere|alligevel|selv|endnu|projekt(?:et|er|erne)?|kampagne\w*|arrangement\w*|initiativ\w*|ansøgning\w*|forespørgsl\w*"
    r"|sagen|idé\w*|ideen|forslag\w*|budgets?|budget(?:tet|ter)|biblioteket|mødet|datoen|tidspunktet)\b"
)
# Verbs after "kan de ikke" that put off an answer, no refusal: "pengene kan de ikke love endnu", "det kan hun ikke svare på".
_NOT_A_REFUSING_VERB = r"(?:love|svare|sige|afgøre|beslutte|nå|bekræfte|vente|garantere|vide)\b"
# Words fronted before "kan de ikke" that are no thing: a pronoun, a time, the whole ask.
_NOT_ONE_THING_FRONTED = (
    r"(?<!\bdet )(?<!\bden )(?<!\bder )(?<!\bher )(?<!\bhver )(?<!ber )(?<!\bsommer )(?<!\bvinter )(?<!\bweekenden )"
    r"(?<!\bforåret )(?<!\befteråret )(?<!\bsommeren )(?<!\bvinteren )(?<!\bmorgen )(?<!\bugen )(?<!\bmåneden )(?<!\båret )"
    r"(?<!\bprojektet )(?<!\barrangementet )(?<!\bkampagnen )(?<!\bfestivalen )(?<!\bansøgningen )(?<!\bforslaget )"
    r"(?<!\bideen )(?<!\bidéen )(?<!\bsagen )(?<!\bbiblioteket )(?<!\bheller )(?<!\bdesuden )"
)
# A refusal of one named thing, not of the whole ask: "nej til penge", "no cash".
_REFUSES_ONE_THING = re.compile(
    r"(?:(?:said|says|say|sagde|siger|sagt)\s+)?(?:nej|no)\s+(?:tak\s+)?(?:til|to|for)\s+"
    r"(?!(?:det|it|this|that|os|us|dem|them|sponsor\w*|støtte\w*|i|this|now|nu|denne|næste|next|the moment)\b)\w"
    r"|(?:ingen|no) (?:penge|money|cash|kontanter)\b|not with money|ikke med penge|can'?t do (?:cash|money)"
    # One thing said to be a no: "money's a no", "the van is a no", "pengene blev et nej".
    r"|(?<=[\w-])(?<!\bit)(?<!\bthat)(?<!\bthis)(?:'s|’s) a (?:hard |firm |flat |clear )?no\b"
    r"|(?<=[\w-] )(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\banswer )(?:is|was) a (?:hard |firm |flat |clear )?no\b"
    r"|(?<=[a-zæøå](?:en|et|ne) )(?<!\bmen )(?:blev|er|bliver) et (?:klart |blankt |rungende )?nej\b"
    # ... or left to us: "markedsføringen må vi selv klare", "folk må vi selv finde".
    r"|(?<=[a-zæøå](?:en|et|ne|lk) )(?<!\bmen )(?:må|skal) vi selv (?:klare|finde|skaffe|betale|stå for|ordne)\b"
    # ... and with the verb first after the thing: "liften kan de ikke undvære", with any verb (round 17): "forfatteren
    # kan de desværre ikke skaffe", "kagerne vil hun ikke bage". Never a pronoun, a time or the whole ask fronted: "det
    # kan de ikke", "i december kan de ikke", "projektet kan de ikke støtte" refuse it all.
    r"|(?=kan |vil |gider )(?<=[a-zæøå](?:en|et|ne|er) )(?<!\bmen )"
    + _NOT_ONE_THING_FRONTED
    + r"(?:kan|vil|gider) (?:de|han|hun) "
    r"(?:(?:desværre|dog|altså|heller|alligevel|bare) )*ikke (?!" + _NOT_A_REFUSING_VERB + r")[a-zæøå]"
    # ... or a plain "nej" after the thing: "Bøgerne ja, pengene nej" (round 15).
    r"|(?<=[a-zæøå](?:en|et|ne|er) )(?<!\bmen )nej\b(?!\s+(?:tak|til)\b)"
    # ... or no time for it: "juryen har hun ikke tid til" (round 15).
    r"|(?<=[a-zæøå](?:en|et|ne|er) )(?<!\bmen )(?:har|havde) (?:de|han|hun) (?:desværre )?ikke tid\b"
    r"|(?:can'?t|cannot|kan ikke) (?:offer|give|pay|spare|tilbyde|betale|undvære) (?:any |nogen )?(?:money|cash|funding|penge|kontanter)\b"
    # One named thing refused after a yes and a contrast: "they can host the talk but can't donate books",
    # "de lægger lokale til, men kan ikke give bøger".
    r"|(?:(?<=but )|(?<=but we )|(?<=but they )|(?<=but he )|(?<=but she ))(?:can'?t|cannot|won'?t)\s+(?:donate|give|offer|provide|lend|sponsor|spare|fund)\s+(?:any\s+|the\s+)?"
    r"(?!(?:it|this|that|anything|us|them|any more|more)\b)\w"
    r"|(?:(?<=men )|(?<=men vi )|(?<=men de )|(?<=men han )|(?<=men hun ))kan ikke\s+(?:give|donere|låne|tilbyde|sponsorere|undvære|stille med)\s+(?:nogen\s+|de\s+)?"
    r"(?!(?:det|noget|os|dem|mere)\b)\w"
    # ... and said with any verb of theirs and a thing after it, with or without a contrast (round 17): "de kan desværre
    # ikke skaffe forfatteren", "they can't do the vouchers this year", "she won't stretch to the hampers" (not what
    # names the whole ask, a time or a meeting: "can't support the project", "can't make the meeting").
    r"|(?=kan |vil )(?:(?<=\bde )|(?<=\bhan )|(?<=\bhun ))(?:kan|vil) (?:(?:desværre|dog|altså|heller|alligevel) )*ikke\s+(?!"
    + _NOT_A_REFUSING_VERB
    + r")"
    r"(?!(?:hjælpe|støtte|deltage|være|komme)\b)[a-zæøå]+(?:\s+med)?\s+(?:(?:nogen|noget|de|den|det|flere|alle)\s+)?(?!"
    + _WHOLE_ASK
    + r")[a-zæøå]"
    r"|(?=ca|wo|co|unable|not able)(?<!\bwe )(?<!\bi )(?:can'?t|cannot|can not|won'?t|couldn'?t|unable to|not able to)\s+(?:(?:really|quite|actually|also|afford to|manage to)\s+)?"
    r"(?!(?:make|attend|meet|say|confirm|commit|promise|decide|answer|tell|guarantee|help|support|join|be|see|reach|hear|talk|speak"
    r"|come|get|know|wait|go|find time)\b)[a-z]+(?:\s+(?:in|on|out|up|for|to|with))?\s+(?:the|any|those|these|their|its|his|her)\s+"
    r"(?!" + _WHOLE_ASK + r")[a-z]"
)
# A refusal of now only: "ikke nu, men 20 bøger efter sommerferien" is an offer for then.
_NOT_NOW = re.compile(r"(?:[:;,.–-]\s*)?(?:ikke|not) (?:lige |right )?(?:nu|now)\b")
_YES_TO_ONE_THING = re.compile(
    r"\b(?:ja|yes)\s+(?:tak\s+)?(?:til|to|for)\s+(?!(?:at mødes|meet|a meeting|et møde)\b)\w"
    # ... also said "ok to" a count or an amount (round 17): "OK to 30 books, but they can't do the author visit".
    r"|\bok(?:ay)?\s+(?:to|til|on)\s+(?:the\s+|de\s+)?(?:[£$€]|kr\b|dkk\b|" + OK_COUNT + r")"
)
# What turns a refusal into a partial yes: a contrast ("men", "but"), or a new clause that makes
# a counter-offer ("no to the 20k, they'll do 5k"). A plain new clause is mostly the reason for
# the no ("Afslag – de støtter kun landsdækkende projekter").
_CONTRAST = re.compile(r"\b(?:men|but|however|dog|though|although|instead|i stedet|til gengæld|derimod)\b")
_CLAUSE_TURN = re.compile(r"[,;.:!]|\s[-–]\s")
_COUNTER_OFFER = re.compile(
    r"(?:'ll|will|can|could) do\b|kan (?:godt )?(?:give|gøre)\b|tilbyder|offer(?:s|ed)?\b|came back with|i stedet|instead"
)
# "maybe in spring", "måske næste år": a hope for another time, not an answer now.
_MAYBE_ANOTHER_TIME = re.compile(
    r"\b(?:maybe|perhaps|possibly|måske|muligvis)\s+(?:again\s+|igen\s+)?(?:in|next|til|næste|senere|later|om|efter|after|igen|again|i|then|da|der)\b"
)
# More perhaps later beside a yes now: "ja til 5.000 nu og måske mere til efteråret", "£300 now, maybe more next year".
_MAYBE_MORE = re.compile(
    r"\b(?:måske|maybe|perhaps|possibly|muligvis)\s+(?:lidt\s+|a bit\s+|a little\s+|even\s+)?(?:mere|more|extra|igen|again)\b[^.;!?\n]*"
)
# A yes for another time after a no now keeps the no, as "maybe in spring" does: "we can't commit this year
# but would love to help in the fall", "ikke i år, men gerne til foråret" (a count, an amount or an offer makes
# it a partial yes: "declined the books but offered one author visit in spring").
_ANOTHER_TIME = re.compile(
    r"\b(?:in|til|i|om|efter|after|later in|senere på)\s+(?:the\s+)?(?:fall|autumn|spring|summer|winter|new year|q[1-4]"
    r"|efteråret|foråret|sommeren|vinteren|sommerferien|ferien|nytår|jul|påske|holidays|christmas|easter|\d{4})\b"
    r"|\bnext (?:year|time|season|round|spring|summer|fall|autumn|winter|quarter)\b"
    r"|\bnæste (?:år|gang|sæson|forår|sommer|efterår|vinter|kvartal)\b|\blater (?:on|in the year)\b|\bsenere på året\b"
)
# What they merely mention is no ask: "their newsletter mentioned a book drive", "hun nævnte at de har ...",
# and no answer unless it says what they will do ("she mentioned they sponsored the jazz festival last year").
_MENTIONED = re.compile(
    r"\b(?:mentioned|mentions|nævnte|nævner|fortalte om|talked about|told (?:me|us|him|her)|fortalte(?: \w+)?,? at"
    # What they already give someone else: "they already sponsor the football club with £2,000", "de sponsorerer
    # allerede håndboldklubben" (not "already give us").
    r"|(?:already|allerede)\s+(?:sponsor|support|fund|give|donate|sponsorerer|støtter|giver|donerer)s?\b(?!\s+(?:us|os)\b)"
    # ... or already pays for or covers a part of it: "Harbor Bank is already paying for the banners", "kommunen dækker
    # allerede lokalet".
    r"|(?:already|allerede)\s+(?:paying for|pays for|covering|covers|betaler(?: for)?|dækker|givet|doneret|sponsoreret|støttet|given|donated|sponsored|pledged)\b(?!\s+(?:us|os)\b)"
    r"|(?:betaler|dækker)\s+allerede\b(?!\s+(?:os)\b)"
    r"|(?:sponsor|support|fund|sponsorerer|støtter)s?\s+(?:allerede|already)\b(?!\s+(?:us|os)\b)"
    # "Netto giver allerede frugt til læseklubben", "Lidl leverer allerede ..." (round 15).
    r"|(?:giver|donerer|leverer|sørger)\s+(?:jo\s+)?allerede\b(?!\s+(?:os)\b))\b"
    r"(?:[^.;!?\n]|(?<=\d)[.,](?=\d))*"  # "har en præmiepulje på 5.000 kr": the stop inside a number ends nothing
)
# Our own plans told to them are no ask: "shared our plans for a new teen reading room and asked whether
# they'd fund the furniture" asks money, not the room; "fortalte om vores planer for en forfatteraften".
_OUR_PLANS = re.compile(
    r"\b(?:shared|told (?:them|him|her) about|explained|presented|described|outlined|fortalte (?:\w+ )?om|præsenterede"
    r"|forklarede|delte)\s+(?:\w+\s+)?(?:our|vores)\s+(?:own\s+|egne?\s+)?(?:plans?|planer|ideas?|idéer|idé|vision|projects?"
    r"|projekt\w*)\s+(?:for|om|til|to|of|about|med)\b[^,.;!?\n–]*?(?=\s(?:and|og|but|men)\s|[,.;!?\n–]|$)"
)
# What they gave in an earlier year is history, no answer now: "i fjor gav de 2.000 kr., i år vil de gerne
# høre mere", "last year they donated $2,000; no word on this year yet".
_EARLIER_YEAR = r"\b(?:sidste år|last year|i fjor|forrige år|the year before|året før|(?:i|in|back in) (?:19|20)\d\d)\b"
# "Føtex gav os 10.000 kr. i fjor": the stop of "kr." before the earlier year ends no clause.
# "Sidste år gav de 15.000 kr. til bogbussen": nor does the stop of "kr." before the purpose (round 15).
_CLAUSE_CHARS = (
    r"(?:[^.;,!?\n–]|(?<=\d)[.,](?=\d)|(?<=\bkr)\.(?=\s+"
    + _EARLIER_YEAR[2:]
    + r")|(?<=\bkr)\.(?=\s+(?:til|for|to|towards?|som|as)\b))*"
)
_HISTORY = re.compile(_CLAUSE_CHARS + _EARLIER_YEAR + _CLAUSE_CHARS)
_PAST_GIVING = re.compile(
    r"\b(?:gav|gave|donerede|donated|sponsorerede|sponsored|støttede|supported|betalte|paid|bevilgede|granted|contributed"
    r"|bidrog|funded|trykte|printed|leverede|delivered|lånte|lent|bagte|baked|hosted|provided|sørgede for)\b"
)


_HISTORY_WORD = re.compile(_EARLIER_YEAR)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
)
# An agreement made at an earlier call, referred back to, is no new answer: "de 20.000 kr vi aftalte i oktober",
# "the £1,000 they pledged back in September", "som lovet i sidste uge".
_AGREED_EARLIER = re.compile(
    r"\b(?:aftalte|aftalt|agreed|pledged|lovede|lovet|promised|committed|bevilgede|granted)\s+(?:[\w£$€.,]+\s+){0,3}?"
    r"(?:(?:back |tilbage |already |allerede )?(?:in|i|tilbage i) "
    + _MONTHS
    + r"|(?:i |in )?(?:sidste|last) (?:uge|måned|week|month)"
    r"|earlier (?:this|in the) (?:year|month|autumn|spring)|tidligere (?:i år|på året))\b"
)
# A maybe inside our own ask is ours, no answer: "we want the hall ... and maybe £200 towards the costs".
_OUR_HEDGED_ASK = re.compile(
    r"\b(?:we|vi|i|jeg)\s+(?:want|wanted|asked(?: for)?|ask(?: for)?|need|hope|hoped|would like|'d like|bad om|spurgte om|ønsker|håber"
    r"|mangler|har brug for)\b[^.;!?\n]*?\b(?P<hedge>maybe|perhaps|måske|evt\.|eventuelt)\b"
)
# A yes to one named thing ("ja til sækkestolene", "Hall's fine", "bøgerne er på plads") beside a maybe about another
# ask in its own clause ("pengene skal han høre chefen om", "she'll ask the treasurer about the money") is a
# partial yes, as a yes beside a refused thing is.
_YES_TO_NAMED_THING = re.compile(
    r"\b(?:ja|yes)\s+(?:tak\s+)?(?:til|to)\s+(?!(?:at mødes|meet|a meeting|et møde|det|it|that|this)\b)\w"
    r"|\b[\w-]+(?:'s|’s| is| are| er)\s+(?:fine|ok|okay|fint|fine|i orden|på plads|a yes|sorted)\b"
    # A named thing they can do (round 15): "he can do the mentoring", "she'll take the books", "hun kan klare oplægget".
    r"|\b(?:they|he|she|de|han|hun) (?:can|will|'ll|kan|vil) (?:gladly |happily |gerne |godt )?(?:do|take|cover|klare|tage|dække)"
    r" (?:the|de|det|den) [\w-]+"
)
_ANSWER_CLAUSE = re.compile(r"[.;!?\n]|,\s|\s[-–]\s|\b(?:men|but)\b")


_PART_EDGE = re.compile(r"\s[-–—]\s|:\s")


def mask_history(low: str) -> str:
    """The line with the part that tells what was given in an earlier year blanked ("Sidste år gav de 40 kagemænd, i år
    ..."), a part ending at a dash or colon ("om at sponsorere blomster – hun gav blomster til festivalen sidste år")."""
    if not _HISTORY_WORD.search(low):
        return low
    out = low
    for m in _HISTORY.finditer(low):
        start = m.start()
        for edge in [*_PART_EDGE.finditer(low, m.start(), m.end()), None]:
            end = edge.start() if edge else m.end()
            part = low[start:end]
            if _HISTORY_WORD.search(part) and _PAST_GIVING.search(part):
                out = out[:start] + " " * (end - start) + out[end:]
            start = edge.end() if edge else end
    return out


def _mask_history(low: str) -> str:
    if not _HISTORY_WORD.search(low):
        return low  # the clause search is slow; most lines name no earlier year
    return _HISTORY.sub(lambda m: " " * len(m.group(0)) if _PAST_GIVING.search(m.group(0)) else m.group(0), low)


# "they'd just bought 50 laptops" is "they had": no modal.
_MODAL = re.compile(
    r"\b(?:will|would|can|could|might|want\w*|vil|ville|kan|kunne|gerne|måske)\b|'ll|'d\b(?!\s+(?:just|already|recently|been"
    r"|had|bought|got|given|done|spent|sponsored|donated)\b)"
)
# "asked if we can borrow their hall", "asked them if we could use the van": our question, no condition of ours (round 17).
_ASKED_IF = re.compile(
    r"\b(?:asked|ask|asking|wondered|wondering|checked|checking|enquired|inquired)(?:\s+[\w'’]+){0,2}\s*$"
)
# Our own condition is what we do, not what we ask for: "yes to £300 as long as we put their logo on the
# bookmarks", "hvis vi hænger en plakat op hos os".
_OUR_CONDITION = re.compile(
    r"\b(?:hvis|if|as long as|så længe|provided|forudsat at|on condition that|på betingelse af at)\s+(?:vi|we)\b[^.;!?\n–]*"
)
# Money toward the bus, a trip or a tour is money and transport, an other ask (README, the purpose rule,
# as "kontant til bussen" and "til en bogbus-turné"): "DKK 2.500,- til bussen til bibliotekets udflugt",
# "$2,000 toward the bookmobile's new tires", "ja til 6.000 kr. til bogbussens tur". Money for an event
# alone stays money (fields-dev13: "5.000 kr til lysfesten").
_TRANSPORT_PURPOSE = re.compile(
    r"\b(?:til|for|towards?|to|pays?|paying|betaler|betale|funds?|funding|sponsors?|sponsorerer|sponsorere)\s+"
    r"(?:the\s+|our\s+|their\s+|vores\s+|deres\s+|en\s+|et\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:[\w-]*(?:bookmobile|bogbus|bussen|busser|bus|udflugt|turné|turne|coach trip|field trip|outing)(?:en|et|s|'s|ens)?"
    r"|tur(?:en)?|trip|lejrskole(?:n|r|rne)?|lejrtur(?:en|e|ene)?|skoletur(?:en|e)?|school trips?|class trips?|residential)\b(?!\s*(?:drivers?|chauffør))"
)
# An author visit as the purpose of money is money only (call-logs: "They'll fund the author visit (8,000 DKK)",
# "ja til 25.000 kr til forfatterbesøg"); an author visit offered is their time.
_VISIT_PAID_FOR = re.compile(
    r"\b(?:til|for|towards?|fund|funds|funding|finansiere\w*|betale\w* for|cover(?:s|ing)?|pay(?:s|ing)? for|dække[rs]?)\s+(?:the |our |an? |en |et |vores |deres )?"
    r"(?:author visits?|forfatterbesøg\w*|author tours?|forfatterturn[ée]\w*)"
)
# What a colleague asked another partner for is no ask of this one (round 15): "my colleague Jess asked the Yacht Club
# for a boat last month; from the hotel we only want ...", "vores kollega Ahmed spurgte Nordea om præmiepenge".
_COLLEAGUE_ASKED = re.compile(
    r"\b(?:my|our|min|vores|a|en)\s+(?:colleague|kollega|co-worker)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:asked|has asked|had asked|already asked|spurgte|har spurgt|havde spurgt|bad|har bedt|har allerede spurgt)\b[^.;!?\n–]*"
)
_ASK_ORDER = ("money", "time", "advice", "products", "books", "other")
# Goods given away, named by any word the ask cues do not know, are products (round 17): "about donating sleeping bags
# for the reading camp", "de vil forære os 20 paraplyer", "giving away some old tablets" (what names money, time,
# a service or a place is none: "donating their time", "donere overskuddet").
_DONATED_GATE = ("donat", "doner", "foræ", "skænk", "give away", "giving away", "gives away")
_DONATED_GOODS = re.compile(
    r"\b(?:donat(?:e|es|ed|ing)|donere[rs]?|donerede|forære[rs]?|forærede|skænke[rs]?|skænkede|give[sn]? away|giving away)\s+"
    r"(?:(?:us|os|some|a few|a couple of|nogle|et par|their|deres|his|her|hans|hendes|its|sine|sit|sin|a|an|en|et|the|den|det|de"
    r"|\d+|old|used|new|gamle|brugte|nye|spare|overskydende)\s+)*(?P<what>[a-zæøå][\w-]{2,})"
)
_NOT_DONATED_GOODS = frozenset(
    "to til for towards toward money penge cash kontanter funds midler time tid tiden it det this that anything noget something "
    "nothing intet more mere again igen once space plads services service skills help hjælp support støtte proceeds profits "
    "overskud overskuddet part some amount beløb beløbet percentage procent share andel".split()
)
# What we already have, or have our own budget for, is no ask: "Vi har allerede bøger og lokaler nok, så vi bad kun om
# ...", "i år har vi selv budget til kagen", "we already have the chairs", "we've got our own budget for the snacks".
_WE_HAVE_ALREADY = re.compile(
    r"\b(?:(?:vi har|har vi|we have|we'?ve(?: got)?)\s+(?:allerede|already|selv|our own|got our own)|vi allerede har"
    r"|we(?:'ve)? already (?:have|got)"
    # An amount of our own (round 15): "we've got £800 of our own for the venue".
    # (the amount itself may be blanked by then)
    r"|we(?:'ve| have)(?: got)?\s+(?:(?:[£$€]\s?)?\d[\d.,]*k?\s+)?(?:kr\.?\s+|dkk\s+|pounds\s+)?of our own)\b"
    r"(?:[^,.;!?\n–]|(?<=\d)[.,](?=\d))*?(?=\s(?:så|so|men|but)\s|[,.;!?\n–]|$)"
)
# Transport asked for as a service: "om kørsel af bogkasser", "gratis kørsel til bogbyen", "about delivering
# the book boxes", "asked them to ship the books". The goods carried are no ask of theirs (books, products):
# the ask is the carrying, an other ask.
_TRANSPORT_GATE = (
    "kør",
    "fragt",
    "deliver",
    " ship",
    "transport",
    "courier",
    " haul",
    " ferry",
    "bringe ud",
    " move",
    "flytte",
)
_TRANSPORT_ASK = re.compile(
    r"\b(?:(?:gratis |free )?kørsel|fragt(?:en)?|transport(?:en)?(?=\s+(?:af|of)\b)|(?:about|om|om at|re|for|til (?:også )?at|asked\s+(?:[\w'’-]+\s+){0,2}to|bad\s+(?:\w+\s+){0,2}om at)\s+"
    r"(?:(?:han|hun|de|they|he|she)\s+(?:kunne|kan|vil|ville|could|can|would|will)\s+)?(?:deliver(?:ing)?|ship(?:ping)?|haul(?:ing)?|"
    r"transport(?:ing)?|ferry(?:ing)?|fragte|transportere|køre|bringe ud)|courier(?:ing)?"
    # Goods moved for us (round 15): "happy to move the 40 book boxes to the schools", "vil gerne flytte bogkasserne".
    # (help to move things is their time: "hjælp til at flytte reolerne")
    r"|(?:happy|glad|willing|able|offered|offers|gerne|godt)\s+(?:to\s+)?(?:move|flytte)"
    r"(?=\s+(?:the\s+|our\s+|vores\s+|\d+\s+)*(?:[\w-]+\s+)?(?:\w*boxes|\w*kasser\w*|crates|pallets|paller|books|bøger\w*|shelves|reoler\w*|furniture|møbler\w*)))\b"
    r"(?P<what>(?:\s+(?:af|of|med|with|the|our|vores|deres|their|\d+))*"
    r"(?:\s+(?!(?:til|to|for|i|in|på|on|om|fra|from|and|og|by|at|next|tomorrow|before|inden)\b)[\w-]+){1,3})?"
)
# Talking *with a colleague* (a Slack mention) is an internal note, not a partner call.
_TALK_TO_COLLEAGUE = re.compile(r"^\s*(?:med|with|to|m\.)\s*(?:<@|\s{4,})")  # mentions are masked as blanks


# A line that starts as a reminder, or addresses a colleague, is a note whatever verbs follow.
_NOTE_START = re.compile(
    r"^\s*(?:husk|note|nb|fyi|reminder|remember|todo|to do|påmind\w*)\b"
    r"|^\s{6,}(?!\s*(?:og jeg|og mig|and i\b|and me\b|& i\b|& jeg)|\s)\S"  # "<@U0BIRTE> og jeg var ude hos ..." is our visit
)


def find_kind(low: str) -> tuple[str, tuple[int, int] | None]:
    """Return the interaction kind and the span of the cue that decided it.

    A Danish line typed without æ, ø and å with no cue ("moede m. lions") is read again with them put back;
    the kind found so has no span in the text as typed.
    """
    kind, cue = _find_kind(low)
    restored = danish_letters(low) if cue is None and kind == "note" and not _NOTE_START.match(low) else None
    if restored:
        again, again_cue = _find_kind(restored)
        if again_cue is not None:
            return again, None
    return kind, cue


# A pasted letter: a greeting line opening the text, a sign-off line and the sender's name on the line after it.
_PASTED_LETTER = re.compile(
    r"\s*(?:hej|hejsa|kære|hi|hello|dear|hey)\b[^\n]{0,30}\n[\s\S]*\n\s*"
    r"(?:mvh|med venlig hilsen|venlig hilsen|vh|de bedste hilsner|bedste hilsner|kh|kind regards|best regards|"
    r"regards|best wishes|best|cheers|thanks|many thanks|thank you|sincerely|yours sincerely)\s*[,!.]?\s*\n\s*"
    r"[a-zæøåéü'-]+ [a-zæøåéü'-]+"
)


def note_opening(low: str) -> bool:
    """Whether the line opens as a note ("Note:", "NB", "husk")."""
    return _NOTE_START.match(low) is not None


def _find_kind(low: str) -> tuple[str, tuple[int, int] | None]:
    if _NOTE_START.match(low):
        return "note", None
    if _PASTED_LETTER.match(low):
        return "email", None  # "Hej Bo\n...\nVenlig hilsen\nMaria Berg": a pasted e-mail
    best: tuple[int, int, str] | None = None
    for pattern, kind in _KIND:
        m = pattern.search(low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), kind)
    if best is None:
        return "note", None
    start, end, kind = best
    if kind == "call" and re.match(r"talte|snakkede|spoke|talked|talt|snakket", low[start:end]):
        if _TALK_TO_COLLEAGUE.match(low[end:]):
            return "note", (start, end)
    return kind, (start, end)


_ASCII_DANISH = re.compile(r"aa|oe|ae")
_DANISH_LETTER = {"aa": "å", "oe": "ø", "ae": "æ"}
_DANISH_WORD = re.compile(
    r"\b(?:ikke|og|til|med|har|vil|kan|de|det|men|hun|han|ringede|møde|tlf|fra|om|nej|ja|på|er|at|en|et|vi|år|også)\b"
)


def danish_letters(low: str) -> str | None:
    """A Danish line typed without æ, ø and å ("de har ikke raad i aar", "moede m. lions") with the letters put
    back, or None when there is nothing to put back or the line is not Danish."""
    if not _ASCII_DANISH.search(low):
        return None
    restored = _ASCII_DANISH.sub(lambda m: _DANISH_LETTER[m.group(0)], low)
    return (
        restored
        if len(_DANISH_WORD.findall(restored)) >= 2 and not re.search(r"\b(?:the|and|with|they)\b", low)
        else None
    )


def find_agreement(low: str) -> tuple[str | None, bool]:
    """Return the partner's answer and whether cues conflict.

    A yes that waits on someone else's approval ("de er med, men kun hvis forbundet giver grønt
    lys") is a maybe; a soft maybe beside "nothing promised yet" / "intet besluttet" is no answer.
    A Danish line typed without æ, ø and å that gives no answer is read again with them put back.
    """
    answer, conflict = _read_agreement(low)
    restored = danish_letters(low) if answer is None else None
    return _read_agreement(restored) if restored else (answer, conflict)


def _read_agreement(low: str) -> tuple[str | None, bool]:
    answer, conflict = _find_agreement(_SHORT_IKKE.sub("ikke", low))
    if answer is None and _WEAK_MAYBE.search(_NOT_AN_ANSWER.sub(lambda m: " " * len(m.group(0)), low)):
        answer = "maybe"  # "afhænger af bestyrelsen": nothing else said, so it waits on them
    if answer == "yes" and (_CONDITION_ON_OTHERS.search(low) or _PERMISSION_FIRST.search(low)):
        return "maybe", conflict
    if answer == "maybe" and _NOTHING_PROMISED.search(low):
        return None, conflict
    if answer == "maybe" and _OUR_REQUEST_SENT.search(low) and _WAITING.search(low):
        # "mail til indkøbschefen med forespørgsel på 200 krus. afventer": we wait on our own request, no answer yet
        if _find_agreement(_WAITING.sub(lambda m: " " * len(m.group(0)), low))[0] is None:
            return None, conflict
    return answer, conflict


# Our own request sent, in the line's opening (round 16): "mail til X med forespørgsel på ...", "emailed the manager
# asking for ...", "sendte ansøgning til fonden"; waiting on it after ("afventer", "awaiting reply") is no answer yet.
_OUR_REQUEST_SENT = re.compile(
    r"^\W*(?:(?:e-?)?mail(?:ed)?|sms|brev|letter|ansøgning|application|request|forespørgsel)\s+(?:sendt\s+)?(?:til|to)\b"
    r"|^\W*(?:(?:i|jeg|we|vi)\s+)?(?:sendte|sent|skrev til|wrote to|emailed|e-mailed|mailede|mailed)\b"
)
_WAITING = re.compile(
    r"\b(?:afventer|awaiting|venter(?: stadig)? på(?: et)? svar|waiting (?:for|on) (?:an? |their |her |his )?(?:reply|answer|response)"
    r"|still waiting|no reply yet|intet svar endnu)\b(?:\s+(?:reply|answer|response|svar))?"
)


# An answer promised in more words is the "giver svar" of the maybe cues, not a gift: "she'll give us a final answer on
# Monday", "han giver endeligt svar torsdag", "will give me their decision".
# Neither a yes nor a no is undecided, their maybe: "ikke et nej, men heller ikke et ja", "not a no, not a yes either",
# "hverken ja eller nej", "neither a yes nor a no". Read as "måske" so its "nej" and "yes" count for nothing.
_NEITHER = re.compile(
    r"\b(?:hverken (?:et )?(?:ja|nej) eller (?:et )?(?:ja|nej)|neither (?:a )?(?:yes|no) nor (?:a )?(?:yes|no)"
    r"|ikke (?:et )?(?:nej|ja),? (?:men )?(?:heller )?ikke (?:et )?(?:ja|nej)(?: heller)?|not a (?:no|yes),? (?:but )?(?:not a (?:yes|no)"
    r"|not a (?:yes|no) either|nor a (?:yes|no)))\b"
)
_ANSWER_PROMISED = re.compile(
    r"\b(?:gives?|giver|give)\s+(?:(?:us|me|os|mig)\s+)?(?:(?:an?|et|en|their|her|his|deres|hans|hendes)\s+)?"
    r"(?:final|firm|clear|quick|endeligt?|klart|hurtigt)\s+(?:answer|decision|reply|svar|besked)\b"
    r"|\bgives?\s+(?:us|me)\s+(?:an?\s+|their\s+|her\s+|his\s+)?(?:answer|decision|reply)\b"
)


def _word_at(m: re.Match[str]) -> int:
    """Where the words of a cue start: ": no cash" is read from "no"."""
    cue = m.group(0)
    return m.start() + len(cue) - len(cue.lstrip(":;.,!–- \t"))


def _refuses_one_thing(low: str, m: re.Match[str]) -> bool:
    """Whether the refusal cue `m` refuses one named thing: the one-thing phrase starts where the cue's words do ("nej
    til penge"), or one in the cue's clause overlaps the cue (round 17: "forfatteren kan de desværre ikke skaffe",
    where the cue is "desværre ikke"; "they can't do the vouchers this year")."""
    if _REFUSES_ONE_THING.match(low, _word_at(m)):
        return True
    words_start = _word_at(m)
    words_end = m.start() + len(m.group(0).rstrip(":;.,!–- \t"))
    start, end = _clause_around(low, words_start, words_end)
    if any(r.start() < words_end and words_start < r.end() for r in _REFUSES_ONE_THING.finditer(low, start, end)):
        return True
    if re.sub(r"[\W_]+", "", low[start:words_start] + low[words_end:end]):
        return False
    # A bare "desværre," or "unfortunately," is said of the clause after it: "Yes to the books – unfortunately, they
    # can't lend the projector", "Ja til bøgerne – desværre, bussen kan de ikke afse".
    edge = _ANSWER_CLAUSE.match(low, end)
    after = edge.end() if edge else end
    nxt = _ANSWER_CLAUSE.search(low, after)
    return any(_REFUSES_ONE_THING.finditer(low, after, nxt.start() if nxt else len(low)))


def _find_agreement(low: str) -> tuple[str | None, bool]:
    """The answer read from the cues alone.

    No beats maybe beats yes, except that what follows a refusal in a later clause stands: "nej
    til penge, men ja til lokalet", "they declined the books but offered the room", "no to the
    20k, they'll do 5k" are a (partial) yes; "not with money - maybe a room" is a maybe. A
    "maybe" about another time ("not this time, maybe in spring") leaves the no.
    """
    low = _NOT_AN_ANSWER.sub(lambda m: " " * len(m.group(0)), low)
    low = _NO_MONEY_INVOLVED.sub(lambda m: " " * len(m.group(0)), low)
    low = _UNCOMMITTED_CLAUSE.sub(lambda m: " " * len(m.group(0)), low)
    if "ither" in low or "ikke" in low or "not a" in low or "hverken" in low:
        low = _NEITHER.sub(lambda m: "måske".ljust(len(m.group(0))), low)
    if "giv" in low or "answer" in low:  # "she'll give us a final answer", "giver endeligt svar": their maybe, no gift
        low = _ANSWER_PROMISED.sub(lambda m: "giver svar".ljust(len(m.group(0))), low)
    low = _mask_history(low)
    low = _NO_PUBLICITY.sub(lambda m: " " * len(m.group(0)), low)  # "no publicity wanted, but ..." is no refusal
    # ... and a wish to be seen is no yes to the ask (round 17): "så de må gerne komme på sponsorlisten", "happy to be
    # named on the poster" (a yes beside it stays: "ja til 5.000 kr., og logo og navn må gerne bruges").
    low = _PUBLIC.sub(
        lambda m: " " * len(m.group(0)) if _WISH_WORD.search(low, m.start(), m.end() + 30) else m.group(0), low
    )
    low = _MENTIONED.sub(lambda m: m.group(0) if _MODAL.search(m.group(0)) else " " * len(m.group(0)), low)
    if _APPROVAL_OBTAINED.search(low):
        rest = _APPROVAL_OBTAINED.sub(lambda m: " " * len(m.group(0)), low)
        if not _AGREEMENT["no"].search(rest):
            conflict = bool(_AGREEMENT["maybe"].search(rest))
            return "yes", conflict
    if "aftal" in low or "agreed" in low or "lov" in low or "pledged" in low or "promised" in low:
        low = _AGREED_EARLIER.sub(lambda m: " " * len(m.group(0)), low)
    hedge = _OUR_HEDGED_ASK.search(low)
    if hedge:
        low = (
            low[: hedge.start("hedge")] + " " * (hedge.end("hedge") - hedge.start("hedge")) + low[hedge.end("hedge") :]
        )
    found = [answer for answer in ("no", "maybe", "yes") if _AGREEMENT[answer].search(low)]
    if not found:
        return None, False
    if found in (["maybe", "yes"], ["maybe"]) and _yes_beside_another_open_ask(low):
        return "yes", True
    if found == ["maybe", "yes"] and _MAYBE_MORE.search(low):
        rest = _MAYBE_MORE.sub(lambda m: " " * len(m.group(0)), low)
        if not _AGREEMENT["maybe"].search(rest):
            return "yes", False  # "ja til 5.000 nu og måske mere til efteråret": the yes now stands
    if found == ["no"] and all(
        _refuses_one_thing(low, m) or _NOT_NOW.match(low, m.start()) for m in _AGREEMENT["no"].finditer(low)
    ):
        after = low[max(m.end() for m in _AGREEMENT["no"].finditer(low)) :]
        contrast = _CONTRAST.search(after)
        if contrast and re.search(r"\d", after[contrast.end() :]):
            return "yes", True  # "no to cash but 50 sausage rolls": the counter-offer said without a verb
    if found == ["no", "maybe"] and all(_refuses_one_thing(low, m) for m in _AGREEMENT["no"].finditer(low)):
        # "they might do something in kind, no cash": a maybe about another thing beside a refusal of one thing
        rest = low
        for m in _AGREEMENT["no"].finditer(low):
            start, end = _clause_around(low, m.start(), m.end())
            rest = rest[:start] + " " * (end - start) + rest[end:]
        if _AGREEMENT["maybe"].search(_MAYBE_ANOTHER_TIME.sub(lambda m: " " * len(m.group(0)), rest)):
            return "maybe", True
    conflict = "no" in found and "yes" in found
    if (
        conflict
        and (_YES_TO_ONE_THING.search(low) or "maybe" not in found)
        and all(_refuses_one_thing(low, m) for m in _AGREEMENT["no"].finditer(low))
    ):
        return "yes", True  # "ja til bøger, nej til penge": a partial yes, whatever the order
    if found[0] == "no" and len(found) > 1:
        last_no = max(m.end() for m in _AGREEMENT["no"].finditer(low))
        after = low[last_no:]
        contrast = _CONTRAST.search(after)
        turn = contrast or _CLAUSE_TURN.search(after)
        if turn:
            rest = " " * turn.end() + after[turn.end() :]
            later = _ANOTHER_TIME.search(rest) and not (re.search(r"\d", rest) or _COUNTER_OFFER.search(rest))
            # the yes may begin with the contrast itself: "det kan de ikke, men 100 kan de godt undvære"
            from_turn = " " * turn.start() + after[turn.start() :]
            if (contrast or _COUNTER_OFFER.search(rest)) and _AGREEMENT["yes"].search(from_turn) and not later:
                return "yes", True  # a partial yes: the card says the answer is mixed
            if _AGREEMENT["maybe"].search(_MAYBE_ANOTHER_TIME.sub(lambda m: " " * len(m.group(0)), rest)):
                return "maybe", conflict
    return found[0], conflict


def _clause_around(low: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _ANSWER_CLAUSE.finditer(low, 0, start)]
    after = _ANSWER_CLAUSE.search(low, end)
    return (before[-1] if before else 0, after.start() if after else len(low))


def _yes_beside_another_open_ask(low: str) -> bool:
    """Whether a yes to one named thing stands beside maybes that each concern another ask in a clause of their own."""
    yes = _YES_TO_NAMED_THING.search(low)
    if not yes:
        return False
    yes_clause = _clause_around(low, yes.start(), yes.end())
    if not any(p.search(low, *yes_clause) for p in _ASKS.values()):
        return False  # "the date's fine": a yes to no ask
    for m in _AGREEMENT["maybe"].finditer(low):
        start, end = _clause_around(low, m.start(), m.end())
        if start <= yes.start() < end or (yes_clause[0] <= m.start() < yes_clause[1]):
            return False
        clause = low[start:end]
        if not any(p.search(clause) for p in _ASKS.values()):
            return False
    return True


# Words before an amount or a count that make it what we asked for, not what they give.
_ASKED_BEFORE = re.compile(
    r"\b(?:bad|beder|bedt|spurgte|spørger|spurgt|asked|asking|asks?|request\w*|forespørg\w*|inquir\w*|enquir\w*|søgte|søger|søgt|ansøg\w*|application"
    r"|om|about|re|ang|angående|vedr|vedrørende|whether|regarding|efter|håbet|håber|hoping|hoped|ønske\w*|wants?|wanted|needs?|mangler|wish\w*"
    r"|forslag|proposal|foreslå\w*|pitch\w*|budget\w*|mål|goal|target|sidste år|last year|var|was|were"
    r"|raised|collected|indsamlet|samlet|uddeler|deler ud|gives out|hands out|fund of|pot of|pulje på|puljen på|appl(?:y|ies|ied|ying))\b"
)
# A count or amount reported as delivered or paid is history, not the answer to an ask.
_DONE_ALREADY = re.compile(
    r"\b(?:leveret|leverede|delivered|betalt|betalte|paid|overført|overførte|transferred|modtaget|modtog|received|faktur\w*|invoice\w*)\b"
)
# "50.000 kr. hvis ansøgningen er inde": an offer on a condition, left to the card to ask.
# Our own condition ("hvis vi nævner dem", "if we credit them") is one we can meet: still an offer.
_CONDITIONAL = re.compile(
    r"\b(?:hvis|if|provided|forudsat|på betingelse|on condition|så længe|as long as)\b(?! (?:vi|we)\b)"
)
# "vi spørger om 2.000 kr., 10 termokander ...": neither the stop in "2.000" nor that of "kr." before a
# comma ends the clause.
_CLAUSE_START = re.compile(
    r".*(?:(?<!\bang)(?<!\bvedr)(?<!\bca)(?!(?<=\d)\.\d)\.(?<!\bkr\.(?=,))|[;!?\n(]|\s[-–]\s|:)", re.DOTALL
)


_BEING = re.compile(r"\b(?:being|be|been|blive|bliver|blevet)\s+$")
# What we told them is our own telling, not what they mention: "vi fortalte om vores planer ... og spurgte om 5.000 kr."
_OUR_ASK_AFTER = re.compile(
    r",?\s+(?:og|and|men|but|så|so)\s+(?:(?:vi|we|i|jeg)\s+)?(?:spurgte|asked|bad|requested|søgte|ansøgte|foreslog|suggested)\b"
    # ... or our need said after it: "told him the council covers the venue – what we're missing is volunteers",
    # "fortalte at kommunen betaler lokalet, men vi mangler oplæsere".
    r"|(?:\s*[,:;]\s*|\s+[-–]\s+|,?\s+(?:og|and|men|but|så|so)\s+)(?:what we(?:'re| are)? (?:need|missing|lacking|short of|after)"
    r"|what we need|all we need|we(?:'re| are)? (?:still )?(?:need|missing|lacking|short of)|we still need|we need"
    # "all we're after from Lloyds is a speaker", "all we'd like is ...", "det eneste vi ønsker os er ..." (round 15).
    r"|all we(?:'re| are) after|all we(?:'d| would) like|all we want|det eneste vi (?:ønsker|beder om|håber på)"
    r"|vi (?:står og )?(?:mangler|har brug for)|det (?:eneste )?vi (?:mangler|har brug for)"
    # "..., so from Tomás we only need 500 bookmarks", "så fra dem har vi kun brug for ...".
    r"|(?<=so |så )(?:[\w']+\s+){0,3}?(?:we|vi)(?:'re| are| har)?\s+(?:only\s+|just\s+|still\s+|kun\s+|bare\s+|stadig\s+)?"
    r"(?:need|want|missing|short of|mangler|brug for|asked|bad|spurgte))\b"
)
_WE_TOLD = re.compile(r"\b(?:vi|we|jeg|i)\s+(?:\w+\s+)?$")
# A figure named is no mere mention but an amount floated (round 17): "han nævnte mellem 5.000 og 10.000 kr. til
# sommerbogklubben", "hun nævnte et beløb på omkring 3.000 kr.", "she mentioned £500 for the prizes", "he talked about
# a figure of around 8k" (what they gave someone else, "mentioned they gave £500 to the scouts", stays a mention).
_FIGURE_NAMED = re.compile(
    r"(?:mentioned|mentions|nævnte|nævner|talked about|talte om|snakkede om|fortalte om)\s+"
    r"(?:(?:et beløb på|en sum på|a figure of|a sum of|an amount of|something like|noget i retning af|omkring|around"
    r"|about|ca\.?|cirka|roughly|op til|up to|mellem|between|fra|from|maybe|måske|perhaps)\s+)*"
    # the amount itself, or the blank it leaves where amounts are masked (the ask text)
    r"(?:(?:kr\.?\s*|dkk\s*|£|\$|€)?\d|(?<=\s\s\s)(?=\S))"
)


def merely_mentioned(low: str) -> list[tuple[int, int]]:
    """Clauses that only tell what they mention or have ("hun nævnte at de har 200 stole", "she told me they'd
    just bought 50 laptops"); a clause that says what they will do ("told us they'd give 50") is not one, nor
    being mentioned, a publicity wish ("doesn't mind being mentioned and gives 30 wraps")."""
    spans = []
    for m in _MENTIONED.finditer(low):
        if _FIGURE_NAMED.match(low, m.start()):
            continue  # "han nævnte mellem 5.000 og 10.000 kr.": an amount floated
        ask = _OUR_ASK_AFTER.search(m.group(0))  # "fortalte om vores planer, og spurgte om 5.000 kr.": the ask is ours
        told = m.group(0)[: ask.start()] if ask else m.group(0)  # "..., og spurgte om de vil være med": our modal
        if _MODAL.search(told) or _BEING.search(low, max(0, m.start() - 8), m.start()):
            continue
        if _WE_TOLD.search(low, max(0, m.start() - 12), m.start()):
            continue
        spans.append((m.start(), m.start() + len(told)))
    return spans


def _blank_mention(m: re.Match[str]) -> str:
    """A mention blanked up to our own ask after it ("fortalte, at de har ..., men vi spurgte kun om saftevand")."""
    ask = _OUR_ASK_AFTER.search(m.group(0))
    end = ask.start() if ask else len(m.group(0))
    return " " * end + m.group(0)[end:]


def names_an_ask(word: str) -> bool:
    """Whether one word is itself a thing asked or given ("room", "bøgerne", "pengene", "vouchers"), not a name the
    cue words merely begin ("Netto", "Bogcafeen"): an ask cue from its first letter to within three of its end."""
    word = word.strip().lower()
    for pattern in _ASKS.values():
        m = pattern.search(word)
        if m is not None and m.start() == 0 and m.end() >= len(word) - 3:
            return True
    return False


def agreed_earlier(low: str) -> bool:
    """Whether the line refers back to an agreement made earlier ("vi aftalte i oktober", "pledged back in September")."""
    return bool(_AGREED_EARLIER.search(low))


# They look into whether they can (round 17): "han ser på om de kan sponsorere lydanlæg", "hun kigger på, om der er
# råd", "de finder ud af om de kan låne os salen", "she's looking into whether they can sponsor the PA", "he'll see if
# they can spare two staff", "they're checking whether the van is free". Their maybe, read before our own questions
# ("if they can ...") are blanked; never ours ("vi ser på om", "we'll see if we can").
_STILL_LOOKING = re.compile(
    r"\b(?:de|han|hun|they|he|she)(?:'ll|'s|'re|\s+(?:will|is|are|vil|skal|would|'d))?\s+(?:(?:lige|nu|now|just|also|også)\s+)?"
    r"(?:(?:ser|se|kigger|kigge|kikker)\s+(?:lige\s+|nærmere\s+)?på|finder\s+ud\s+af|finde\s+ud\s+af|undersøger|undersøge"
    r"|see|seeing|look(?:ing)?\s+(?:into|at)|check(?:ing)?|find(?:ing)?\s+out|work(?:ing)?\s+out|explor(?:e|ing))"
    r",?\s+(?:om|if|whether)\b"
)


def still_looking(low: str) -> bool:
    """Whether the partner looks into whether they can, an answer not given yet ("han ser på om de kan ...")."""
    return bool(_STILL_LOOKING.search(low))


def waits_on_others(low: str) -> bool:
    """Whether an offer waits on someone else's approval ("if the board approves", "once head office signs off")."""
    return bool(_CONDITION_ON_OTHERS.search(low) or _PERMISSION_FIRST.search(low))


def pledge_without_verb(low: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line with no answer cue reports what the partner gives ("Føtex: 4.000 kr + 50
    slikposer", "30 rose bushes for the reading garden, approx value 2.400 kr").

    An amount or a count counts when nothing in its clause before it makes it our ask ("bad om",
    "asked for", "ansøgning om", "vi havde håbet på"), and the line is no delivery or payment report,
    no question and no conditional offer.
    """
    if (
        not spans
        or "?" in low
        or _DONE_ALREADY.search(low)
        or _AGREED_EARLIER.search(low)
        or _CONDITIONAL.search(low)
        or _NOT_COMMITTED.search(low)
    ):
        return False
    history = _mask_history(low)
    # "she told me they'd just bought 50 laptops": what they merely mention is no pledge either.
    for start, end in merely_mentioned(low):
        history = history[:start] + " " * (end - start) + history[end:]
    history = _NOT_AN_ANSWER.sub(lambda m: " " * len(m.group(0)), history)  # "no promises on the £500"
    spans = [
        (start, end) for start, end in spans if any(c.isalnum() for c in history[start:end])
    ]  # "i fjor gav de 2.000 kr."
    for start, _ in spans:
        head = low[:start]
        m = _CLAUSE_START.match(head)
        clause = head[m.end() :] if m else head
        if not _ASKED_BEFORE.search(clause):
            return True
    return False


def find_publicity(low: str) -> tuple[str | None, bool]:
    """Return "no_publicity", "public" or None (the text says nothing), and whether the card should ask.

    The one reader of the publicity wish: "vil ikke nævnes", "no press" keep the partner out of
    public; "logo og navn må gerne bruges", "happy to be named" make them public. A public phrase
    inside a refusal ("they don't want to be named") is part of the refusal. When a line says both,
    keeping the partner out of public is the safe reading, and the card says the two conflict.
    Not being against it ("har ikke noget imod at blive nævnt", "no objection to their logo") is
    public; a public wish negated ("don't want their name on it") is the opposite wish. A wish no
    phrase says is read from its parts (`_publicity_by_parts`), and the card asks about it too.
    """
    low = _SHORT_IKKE.sub("ikke", low)  # "vil ik nævnes"
    low = _blank(_NOT_DISCUSSED, low)  # "PR ikke drøftet", "didn't get to the publicity question": nothing said
    low = _drop_earlier_wish(low)  # "før ville de være anonyme, nu er det fint ...": the wish now counts
    not_against = [m.span() for m in _PUBLIC_NOT_AGAINST.finditer(low)]
    for start, end in not_against:  # "ingen problemer med logo" is no refusal of the logo
        low = low[:start] + " " * (end - start) + low[end:]
    hidden = [m.span() for m in _NO_PUBLICITY.finditer(low)]
    public = list(not_against)
    asked = False
    for m in _PUBLIC.finditer(low):
        if any(s <= m.start() < e for s, e in hidden):
            continue
        if _OPEN_QUESTION_BEFORE.search(low, max(0, m.start() - 60), m.start()):
            if _ANSWERED_YES.match(low, m.end()):
                public.append(m.span())  # "asked if we may credit them on the website - yes, of course"
                continue
            asked = True  # "whether they want to be on the poster": no wish said; the card asks
            continue
        if _NEGATED_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            hidden.append(m.span())
            continue
        public.append(m.span())
    if hidden:
        return "no_publicity", bool(public)
    if public:
        return "public", False
    if asked:
        return None, True
    by_parts = _publicity_by_parts(low)
    if (
        by_parts is None
        and _OPEN_QUESTION_IN.search(low)
        and (_PUBLICITY_CONCEPT.search(low) or _PUBLICITY_PLACE.search(low))
    ):
        return None, True  # "hun ved ikke om de vil nævnes": asked about, not said; the card asks
    return by_parts, by_parts is not None  # read from its parts: shown, and the card asks


# Publicity named as a topic not (yet) talked about: "PR blev ikke drøftet", "vi talte ikke om omtale", "intet om
# synlighed endnu", "publicity not discussed", "didn't get to the publicity question", "no word on PR either way".
_TOPIC = (
    r"(?:publicity|pr|press|visibility|exposure|credit|logo|omtale|synlighed|presse|eksponering|profilering|logoet"
    r"|navn på plakaten)(?:[- ](?:question|spørgsmål\w*|delen|part|side|issue|wish\w*|ønske\w*))?"
)
_NOT_DISCUSSED = re.compile(
    r"\b" + _TOPIC + r"\s*:?\s+(?:er\s+|blev\s+|was\s+|is\s+|has\s+|har\s+|have\s+|still\s+|stadig\s+)?"
    r"(?:(?:ikke|not|never|aldrig|wasn'?t|isn'?t|hasn'?t|haven'?t|weren'?t)\s+(?:yet\s+|endnu\s+|been\s+|blevet\s+)?"
    r"(?:drøftet|diskuteret|nævnt|afklaret|aftalt|besluttet|berørt|talt om|snakket om|på dagsordenen|discussed|mentioned|raised"
    r"|covered|settled|agreed|decided|sorted|talked about|brought up|come up|came up|on the agenda)\b"
    r"|(?:tbc|tbd|open|åben|uafklaret|undecided|unclear|uklart)\b)(?:\s+(?:endnu|yet))?"
    # "vi har ikke snakket om pr endnu", "we haven't discussed the logo", "ikke nået at tale om omtale".
    r"|\b(?:ikke|not|never|n't)\s+(?:yet\s+|endnu\s+|been\s+|nået at\s+|fået\s+)?(?:drøftet|diskuteret|talt|snakket|berørt|nået"
    r"|discussed|raised|covered|talked|touched|brought up|gotten to|got to"
    # Not yet decided on: "they hadn't decided on publicity", "havde ikke besluttet sig om omtale".
    r"|decided|settled|besluttet(?: sig)?|afklaret)\s+(?:(?:noget|anything)\s+)?(?:om\s+|about\s+|ind på\s+|up\s+|on\s+|to\s+)?"
    r"(?:the\s+|any\s+|noget\s+)?" + _TOPIC + r"\b"
    r"|\b(?:(?:talte|snakkede|drøftede|nåede|kom|fik)\s+(?:vi\s+|jeg\s+)?ikke|(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|has not"
    r"|hadn'?t|had not)\s+(?:yet\s+)?(?:get|got|come|came|touch|talk|discuss|raise|bring|cover|ask|decide|settle)\w*)"
    r"(?:\s+\w+){0,2}?\s+(?:the\s+|any\s+|noget\s+|om\s+|about\s+|to\s+|on\s+|up\s+)*" + _TOPIC + r"\b"
    r"|\b(?:intet|ikke noget|nothing|no word|no mention|ingen ord)\s+(?:om|on|about|re)\s+(?:the\s+)?"
    + _TOPIC
    + r"\b(?:\s+(?:endnu|yet|either way|hverken eller|i nogen retning))?"
)
# A wish said to have changed: the earlier one ("før ville de være anonyme", "used to be fine with posters",
# "earlier they wanted to be anonymous") up to the turn ("men nu", ", now", "but ... now") is history.
_EARLIER_WISH = re.compile(
    r"\b(?:før|tidligere|først|oprindelig\w*|sidst|earlier|before|at first|first|originally|previously|used to|last time)\b"
    r"[^.;!?\n]{0,80}?(?=,?\s+(?:men\s+|but\s+)?(?:nu|now)\b|,?\s+(?:men|but)\b[^.;!?\n]{0,60}\b(?:nu|now)\b)"
)


def _blank(pattern: re.Pattern[str], low: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), low)


# What an earlier wish was about: being named or seen, or the places they would be seen.
_WISH_WORD = re.compile(
    r"anonym|nævn|omtal|navn|logo|name|mention|credit|publicity|press|presse|poster|plakat|flyer|website|hjemmeside"
    r"|synlig|visib|public|offentlig|sponsorlist|sponsor list|sponsor board|in the background|i baggrunden"
)


def _drop_earlier_wish(low: str) -> str:
    """The line with a wish it says has changed blanked, so the wish said now is the one read ("used to be fine
    with posters, but now zero visibility"). An earlier refusal stays: "først ville de ikke nævnes, men nu må logo
    og navn gerne bruges" keeps them out and the card asks (the safe reading, `find_publicity`)."""
    for m in _EARLIER_WISH.finditer(low):
        rest = low[m.end() :]
        if _NO_PUBLICITY.search(m.group(0)):
            continue
        if _WISH_WORD.search(m.group(0)) and (
            _NO_PUBLICITY.search(rest)
            or _PUBLIC.search(rest)
            or _PUBLICITY_CONCEPT.search(rest)
            or _PUBLICITY_PLACE.search(rest)
        ):
            low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
    return low


_PUBLICITY_CONCEPT = re.compile(PUBLICITY_CONCEPT)
_PUBLICITY_PLACE = re.compile(PUBLICITY_PLACE)
_PUBLICITY_NEGATIVE = re.compile(PUBLICITY_NEGATIVE)
_PUBLICITY_POSITIVE = re.compile(PUBLICITY_POSITIVE)
# Where one wish ends and the next thought starts: a sentence, a dash, "but"/"men".
_WISH_CLAUSE = re.compile(r"[.;!?\n]|\s[-–]\s|,?\s(?:but|men|however|dog)\s")


def _publicity_by_parts(low: str) -> str | None:
    """The wish read from a clause that names being seen in public and says no or yes to it.

    "ønsker at forblive ukendt", "not interested in publicity" and "don't put them on the website"
    keep them out; "de vil gerne profileres på hjemmesiden", "they want maximum exposure" make them
    public. A clause without a polarity ("she works in public relations") says nothing.
    """
    found = None
    start = 0
    for edge in [*_WISH_CLAUSE.finditer(low), None]:
        end = edge.start() if edge else len(low)
        clause = low[start:end]
        start = edge.end() if edge else end
        if not (_PUBLICITY_CONCEPT.search(clause) or _PUBLICITY_PLACE.search(clause)):
            continue
        if _OPEN_QUESTION_IN.search(clause):
            continue  # "hun ved ikke om de vil nævnes": asked about, not said
        if _PUBLICITY_NEGATIVE.search(clause):
            return "no_publicity"
        if _PUBLICITY_POSITIVE.search(clause):
            found = "public"
    return found


def _publicity_wishes(low: str) -> list[re.Match[str]]:
    """Where the line states a publicity wish either way, in order, none inside an earlier one (the two
    lists are searched apart: one pattern of both would cost its own compilation at start-up)."""
    found = sorted([*_NO_PUBLICITY.finditer(low), *_PUBLIC.finditer(low)], key=lambda m: (m.start(), -m.end()))
    wishes: list[re.Match[str]] = []
    for m in found:
        if not wishes or m.start() >= wishes[-1].end():
            wishes.append(m)
    return wishes


def gives_time(what: str) -> bool:
    """Whether counted things are people who give their time ("2 oplæsere", "3 speakers")."""
    return bool(_PEOPLE_ITEM.search(what.lower()))


# The deal said to have no money in it is no refusal and no ask for money: "no money involved", "ingen penge involveret",
# "no cash needed", "det handler ikke om penge".
_NO_MONEY_INVOLVED = re.compile(
    r"\b(?:no|ingen) (?:money|cash|penge|kontanter) (?:involved|needed|required|involveret|indblandet|i det|nødvendig)\b"
    r"|\b(?:not|ikke) (?:about|asking for|om) (?:the )?(?:money|penge)\b|\bdet handler ikke om penge\b"
)


def _goods_for_purpose(low: str, start: int, items: list[Item]) -> bool:
    """Whether goods named just before a trip or a bus are what it is for ("40 packed lunches for the trip", "frugt til
    udflugten"): then the trip is no ask for transport, the money beside it is for something else (round 15)."""
    window = low[max(0, start - 40) : start]
    window = window[max(window.rfind(","), window.rfind(";"), window.rfind(":")) + 1 :]
    if re.search(
        r"\d\s*(?:kr|dkk|£|\$|€|,-)|[£$€]\s*\d|kroner|\b(?:money|cash|penge|funding|støtte|support)\b", window
    ):
        return False
    words = [item.what.lower() for item in items if item.what]
    return bool(_ASKS["products"].search(window)) or any(w and w in window for w in words)


_WE_PAY = re.compile(WE_PAY)
_WE_PAY_MARK = re.compile(WE_PAY_MARK)
# Hours a week or a month measure how long premises are used, no ask of their time, beside an other ask (round 16):
# "låne mødelokalet 2 timer om ugen", "the hall for 3 hours a month".
_HOURS_PER_PERIOD = re.compile(
    r"\b(?:\d+|et par|nogle|to|tre|a couple of|a few|two|three)\s+(?:timer|hours?|hrs?|t)\s+"
    r"(?:om|a|per|pr\.?|each|every|hver|i)\s+(?:ugen|uge|week|måneden|måned|month|dagen|dag|day|fortnight)\b"
)


def paid_by_us(low: str) -> list[tuple[int, int]]:
    """Clauses that say what we pay ourselves ("vi betaler kun transport", "we cover the coffee ourselves")."""
    return [m.span() for m in _WE_PAY.finditer(low) if _WE_PAY_MARK.search(m.group(0))]


def find_asks(low: str, money: list[Money], items: list[Item]) -> list[str]:
    """Return what was asked for, in a fixed order."""
    low = _NO_MONEY_INVOLVED.sub(lambda m: " " * len(m.group(0)), low)
    if "vi " in low or "we" in low:
        for start, end in paid_by_us(low):  # what we pay ourselves is no ask
            low = low[:start] + " " * (end - start) + low[end:]
    staff_given = _STAFF_GIVEN.search(low)
    # "coffee for the volunteers", "100 free coffees for volunteers": the volunteers receive
    # something; they are not asked for.
    teaches = _TEACH_OUR_VOLUNTEERS.search(low)  # "they'll train our volunteers in storytelling": advice
    low = _FOR_OUR_VOLUNTEERS.sub(lambda m: m.group(0)[: m.start("who") - m.start()] + " " * len(m.group("who")), low)
    if items:
        low = _FOR_VOLUNTEERS.sub(lambda m: " " * len(m.group(0)), low)
        if "room" in low or "rummet" in low or "værelset" in low:
            low = _ROOM_AS_DESTINATION.sub(lambda m: " " * len(m.group(0)), low)
        if "bog" in low or "book" in low:  # "20 tandbørstesæt til bogposerne": where the goods go, no books asked
            low = _BOOK_CONTAINER_PURPOSE.sub(lambda m: " " * len(m.group(0)), low)
    if "volunteer" in low or "frivillig" in low:
        # the volunteers before a noun stay a word ("the volunteer lunch" still asks food)
        low = _VOLUNTEERS_RECEIVE.sub(lambda m: ("x" if m.group(0)[0] in "vf" else " ") * len(m.group(0)), low)
    if "feed" in low:
        low = _PEOPLE_FED.sub(lambda m: m.group(0)[: m.start("who") - m.start()] + "x" * len(m.group("who")), low)
    if "tim" in low or "hour" in low or " hr" in low:
        low = _HOURS_OF_ADVICE.sub(lambda m: " " * len(m.group(0)), low)
        per_period = _HOURS_PER_PERIOD.sub(lambda m: " " * len(m.group(0)), low)
        if per_period != low and _ASKS["other"].search(per_period):
            low = per_period  # "mødelokalet 2 timer om ugen": how long the room is used
    for staffed in (_PLACE_STAFFED.search(low), _PEOPLE_FOR_PLACE.search(low)):
        if staffed:
            start, end = staffed.span("place")
            low = low[:start] + " " * (end - start) + low[end:]
    low = _MENTIONED.sub(
        lambda m: (
            m.group(0)
            if _WE_TOLD.search(low, max(0, m.start() - 12), m.start()) or (money and _FIGURE_NAMED.match(m.group(0)))
            else _blank_mention(m)
        ),
        low,
    )
    if "colleague" in low or "kollega" in low or "co-worker" in low:
        low = _COLLEAGUE_ASKED.sub(lambda m: " " * len(m.group(0)), low)
    low = _OUR_PLANS.sub(lambda m: " " * len(m.group(0)), low)
    low = _OUR_CONDITION.sub(
        lambda m: m.group(0) if _ASKED_IF.search(low, max(0, m.start() - 30), m.start()) else " " * len(m.group(0)), low
    )
    low = _WE_HAVE_ALREADY.sub(lambda m: " " * len(m.group(0)), low)
    low = mask_history(low)  # "Sidste år gav de 60 slikposer, i år ...": what they gave then is no ask now
    if not items and ("bog" in low or "book" in low):
        # "materialer til bogkasserne": goods for the book boxes, no books asked (with no count, the goods named before)
        for m in _BOOK_CONTAINER_PURPOSE.finditer(low):
            if _ASKS["products"].search(low, max(0, m.start() - 40), m.start()):
                low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
    # Where their name goes is no ask: "happy to have their name on the bookmarks", "navn på bogbussen".
    for wish in _publicity_wishes(low):
        end = wish.end()
        place = _WISH_PLACE.match(low, end) if re.search(r"\b(?:on|in|på|i|off)\s*$", wish.group(0)) else None
        place = place or _WISH_PLACE_AFTER.match(low, end)  # "ingen logo på vores materialer"
        end = place.end() if place else end
        named_as = _WISH_AS.match(low, end)
        end = named_as.end() if named_as else end
        subject = _WISH_SUBJECT.search(low, max(0, wish.start() - 60), wish.start())
        start = subject.start() if subject else wish.start()  # "Oakridge Pharma's donation must stay anonymous"
        low = low[:start] + " " * (end - start) + low[end:]
    at_disposal = _PEOPLE_AT_DISPOSAL.search(low)
    if at_disposal:
        start, end = at_disposal.span("where")
        low = low[:start] + " " * (end - start) + low[end:]
    money_asked = bool(money) or bool(_ASKS["money"].search(low))
    if money_asked:  # "looking for funding for our author visit": money only
        low = _VISIT_PAID_FOR.sub(lambda m: " " * len(m.group(0)), low)
    transport = None
    if any(cue in low for cue in _TRANSPORT_GATE):
        transport = _TRANSPORT_ASK.search(low)
        if transport and transport.group("what"):
            start, end = transport.span("what")
            low = low[:start] + " " * (end - start) + low[end:]
    asks = {ask for ask, pattern in _ASKS.items() if pattern.search(low)}
    if transport:
        asks.add("other")
    if not items and not money and any(cue in low for cue in _DONATED_GATE):
        for given in _DONATED_GOODS.finditer(low):
            what = given.group("what")
            # "picture books": books (the words up to the clause's end, 30 characters at most)
            named = re.split(r"[.,;:!?\n–]", low[given.start("what") : given.start("what") + 30], maxsplit=1)[0]
            if (
                what not in _NOT_DONATED_GOODS
                and what not in STOPWORDS
                and not any(p.search(named) for p in _ASKS.values())
            ):
                asks.add("products")  # "donating sleeping bags": goods the cues do not name
    if not items and not money and not asks and _FOR_THE_RAFFLE.search(low):
        asks.add("products")
    if at_disposal or staff_given:
        asks.add("time")
    if teaches:
        asks.add("advice")
    if not money_asked and not items and asks <= {"other"} and _GIVING_WITHOUT_GOODS.search(_mask_history(low)):
        money_asked = True  # "about sponsoring the reading challenge": nothing else named, so money
    if money_asked:
        asks.add("money")
    if "money" in asks and any(not _goods_for_purpose(low, m.start(), items) for m in _TRANSPORT_PURPOSE.finditer(low)):
        asks.add("other")  # "they will cover the cost of the bus to the library", with or without an amount
    carried = transport.group("what") if transport and transport.group("what") else ""
    for item in items:
        what = item.what.lower()
        if what and what in carried:
            continue  # "transport af 40 bogkasser": the goods carried are no ask
        if _CONTAINER.fullmatch(what) and _CONTAINER_OF_BOOKS.search(low):
            asks.add("books")
        elif _COPY_UNIT.fullmatch(what) and _COPIES_OF_BOOK.search(low):
            asks.add("books")  # "25 eks. af bogen": copies of a book
        elif gives_time(what):
            asks.add("time")  # "2 speakers", "3 oplæsere" give their time
        elif _TRIP_ITEM.search(what):
            asks.add("other")  # "2 coach trips", "3 busture": transport, an other ask
        else:
            asks.add("books" if _ASKS["books"].search(what) else "products")
    return [a for a in _ASK_ORDER if a in asks]
