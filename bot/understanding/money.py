"""Amounts of money (Danish and English number formats) and items with quantities."""

from __future__ import annotations

import re

from .model import Item, Money
from .vocab import ITEM_MORE, ITEM_STOP, NOT_ITEM_FIRST_WORDS, NOT_ITEM_WORDS, PEOPLE_ITEMS

CURRENCIES = {
    "kr": "DKK",
    "kr.": "DKK",
    "kroner": "DKK",
    "dkk": "DKK",
    ",-": "DKK",
    "kr,-": "DKK",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "usd": "USD",
    "$": "USD",
    "dollars": "USD",
    "sek": "SEK",
    "nok": "NOK",
    "gbp": "GBP",
    "£": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
    "danskekroner": "DKK",
    "svenskekroner": "SEK",
    "norskekroner": "NOK",
    "svenskekr": "SEK",
    "norskekr": "NOK",
    "svenskekr.": "SEK",
    "norskekr.": "NOK",
    # Swedish "kronor", English names of the Nordic crowns, "dkr.", "bucks", "US$".
    "kronor": "SEK",
    "svenskakronor": "SEK",
    "swedishkronor": "SEK",
    "swedishkrona": "SEK",
    "swedishkroner": "SEK",
    "norwegiankroner": "NOK",
    "norwegiankrone": "NOK",
    "danishkroner": "DKK",
    "danishkrone": "DKK",
    "dkr": "DKK",
    "dkr.": "DKK",
    "bucks": "USD",
    "us$": "USD",
}
MULTIPLIERS = {
    "mio": 1_000_000,
    "mio.": 1_000_000,
    "million": 1_000_000,
    "millioner": 1_000_000,
    "mill": 1_000_000,
    "mill.": 1_000_000,
    "m": 1_000_000,
    "mia": 1_000_000_000,
    "mia.": 1_000_000_000,
    "k": 1000,
    "t": 1000,
    "tusind": 1000,
    "tusinde": 1000,
    "thousand": 1000,
    "hundred": 100,  # "fifteen hundred pounds", with a currency only
    "hundrede": 100,
}

_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,]\d{1,2})?"
# "5 t.kr.", "5 tkr.": thousands of kroner, the scale word only before kr.
_MULT = r"mio\.?|millioner|million|mill\.?|mia\.?|tusinde?|thousand|t\.?(?=\s?kr)"
_CUR_AFTER = (
    r"kr\.?,-|kr\.?|danske kroner|svenske kroner|norske kroner|svenske kr\.?|norske kr\.?|svenska kronor"
    r"|swedish kron(?:or|a|er)|norwegian kron(?:er|e)|danish kron(?:er|e)|kronor|kroner|dkk|dkr\.?|,-"
    r"|eur(?:os?)?|€|usd|dollars|bucks|\$|sek|nok|gbp|£|pounds|quid"
)
_CUR_BEFORE = r"kr\.?|dkk|eur|€|us\$|usd|\$|sek|nok|gbp|£"
_TIMES = r"(?:(?P<times>\d{1,3})\s*(?:x|×|gange)\s*)?"

MONEY_PATTERNS = [
    # "2 x 7.500 kr.", "20.000 kr.", "1,5 mio. kr.", "40,000 DKK", "20.000,-"
    re.compile(
        r"(?<![\w.,])"
        + _TIMES
        + r"(?P<num>"
        + _NUM
        + r")\s*(?P<mult>"
        + _MULT
        + r")?\s*(?P<cur>"
        + _CUR_AFTER
        + r")(?![a-zæøå])"
    ),
    # "kr. 20.000", "DKK 40,000", "€5,000", "EUR 20,000"
    re.compile(
        r"(?<![\w])"
        + _TIMES
        + r"(?P<cur>"
        + _CUR_BEFORE
        + r")\s*(?P<num>"
        + _NUM
        + r")\s*(?P<mult>"
        + _MULT
        + r"|k(?![a-zæøå])|(?<=\d)m(?![a-zæøå.]))?(?![\d])"
    ),
    # "10k", "5k" (Danish kroner unless a currency follows)
    re.compile(
        r"(?<![\w.,])"
        + _TIMES
        + r"(?P<num>\d+(?:[.,]\d)?)(?P<mult>k)(?![a-zæøå\d])(?:\s*(?P<cur>"
        + _CUR_AFTER
        + r"))?"
    ),
    # "1,5 mio." with no currency: still kroner in this domain
    re.compile(r"(?<![\w.,])" + _TIMES + r"(?P<num>" + _NUM + r")\s*(?P<mult>mio\.?|mia\.?|millioner)(?![a-zæøå])"),
]


# A grouped number without a currency ("de kan give 5.000,", "ang. de 50.000", "8,000 instead of
# 15,000 DKK") is kroner when money words stand right before it or "instead of" right after it,
# and no word follows that would make it a count ("5.000 flyers").
_BARE = re.compile(r"(?<![\w.,/:+-])(?P<num>\d{1,3}(?:[.,]\d{3})+)(?![\w.,]\w|[.,]?\d)")
_BARE_BEFORE = re.compile(
    r"(?:\b(?:giver?|gave?|gives|giving|donate[sd]?|donerer|doner(?:et|ede)|sponsor\w*|sponser\w*|støtte\w*|betale?r?|pays?|paid"
    r"|pledge[sd]?|lover|lovet|bevilge\w*|granted|tilbyder|tilbød|offer(?:s|ed)?|om|for|de|the|med|with|of|do|til|to|på"
    r"|sagde|siger|said|says|men|but|resterende|remaining|øvrige|resten|rest|sidste|last|so|så|altså|now|nu"
    r"|bliver det|blir det|det bliver"
    # A counter-offer named by its verb: "han foreslår 4.000", "nu siger hun 2.500", "1,500 approved".
    r"|foreslår|foreslog|proposes|proposed|suggests|suggested|approved|godkendt|landede på|landed on"
    r"|(?:siger|sagde|says|said)\s+(?:hun|han|de|she|he|they)"
    r"|instead of|i stedet for|rather than|frem for|beløb(?:et)?|amount|sum|summen|mellem|between"
    # A payment said by what happened to it: "received 7,500", "modtog 12.000", "overført 5.000".
    r"|received|modtog|modtaget|overført|overførte|transferred|indbetalt|indbetalte|betalt|wired"
    # A limit put on what they give: "said yes, but only 15,000", "kan maks give 40.000", "højst 8.000".
    r"|only|kun|just|bare|maks\.?|max\.?|højst|at most|op til|up to)\s+"
    r"(?:ca\.?\s*|approx\.?\s*|about\s+|around\s+|op til\s+|up to\s+|omkring\s+)?)$"
)
_BARE_AFTER_OK = re.compile(
    r"\s*(?:$|[,;:!?)\-–]|\.(?!\d)|(?:instead|i stedet|rather than|frem for|end\b|than\b|nu\b|now\b|og\b|and\b|i år\b|this year|next year|"
    r"by (?:e-?mail|mail|letter|post)\b|via\b|pr\.? mail\b|på mail\b|in writing\b|skriftligt\b|"
    r"næste år|om året|a year|per year|pr\.? år|in total|i alt|til\b|to\b|for\b|fra\b|from\b|\+"
    # "i stedet for de 15.000 vi søgte", "the 30,000 we asked for": the amount asked, said after it.
    r"|(?:som\s+|that\s+)?(?:vi|we)\s+(?:had\s+|havde\s+)?(?:søgte|ansøgte|bad om|asked|requested|wanted|hoped|håbede|ønskede)\b"
    # "men 4.000 kan de godt", "but 4,000 they can do": what they can give, said after it.
    r"|(?:kan|can|vil|will)\s+(?:de|they|han|he|hun|she)\b|(?:they|he|she)\s+(?:can|could|will)\b"
    # A part paid so far, and an amount said approved: "paid 6,000 so far", "the 12,000 is approved by the board".
    r"|so far\b|indtil videre\b|foreløbig\b|for now\b|up front\b|to start with\b|til at starte med\b"
    r"|(?:is|er|was|blev|has been|er blevet)\s+(?:now\s+|nu\s+)?(?:approved|godkendt|confirmed|bekræftet|granted|bevilget|agreed|aftalt)\b))"
)
# An emoji or a Slack :shortcode: after the amount ends it as a stop does ("hæver til 12.000 👏", "up to 7,500 :tada:"),
# and so does the paper signed for it ("Kontrakt på 6.000 underskrevet", "contract for 6,000 signed").
_BARE_AFTER_EMOJI = re.compile(
    r"\s*(?:[\u2600-\u27bf\U0001f000-\U0001faff]|:[a-z0-9_+-]+:|(?:er\s+|is\s+|was\s+)?(?:underskrevet|signed)\b)"
)
# A payment named before the amount with a comma: "Første rate fra Lyngbo er gået ind, 7.500", "payment received: 7,500".
_PAID_BEFORE_COMMA = re.compile(
    r"(?:gået ind|kommet ind|modtaget|indbetalt|overført|received|came in|paid|rate|instalment|installment)\s*[,:–-]\s*$"
)
# The first part of an amount, or an amount in brackets after the money it is: "pd the first 10,000", "de første
# 5.000 er betalt", "Rest of the Harbourside money (20,000) came in".
_PART_OR_MONEY_BEFORE = re.compile(
    r"(?:\b(?:the first|first|de første|første)\s+|\b(?:money|pengene|beløbet|payment|betalingen)\s*\(\s*)$"
)
# A payment said after the amount and the payer: "15.000 fra Omsorgsforbundet Fyn modtaget", "7,500 from Lyngbo received".
_PAID_FROM_AFTER = re.compile(
    r"\s+(?:fra|from)\s+(?:[\w&'’.-]+\s+){1,4}?(?:er\s+|is\s+|was\s+|has\s+been\s+)?"
    r"(?:modtaget|indbetalt|overført|betalt|received|paid|transferred|came in|er kommet|er gået ind)\b"
)
# "10.000 + 5.000 kr.", "10.000 og 5.000 kr.": the currency of the second covers the first.
_SUM_AFTER = re.compile(r"\s*(?:\+|og|and|&)\s*\d{1,3}(?:[.,]\d{3})+\s*(?:kr|dkk|kroner|,-)")
# "7,500 received", "12.000 er kommet ind", "2.500 indbetalt i dag": a payment said after the amount.
_PAID_AFTER = re.compile(
    r"\s*(?:(?:was|were|is|er|blev|er blevet|has been|have been)\s+(?:now\s+|nu\s+)?)?"
    r"(?:received|modtaget|paid|betalt|indbetalt|overført|transferred|wired|came in|landed"
    r"|(?:er|is|has|have)\s+(?:kommet|come|arrived|landed|been paid|gået ind|gone in)|(?:ind\s+)?på kontoen|in the account)\b"
)
_INSTEAD_AFTER = re.compile(r"\s*(?:instead of|i stedet for|rather than|frem for|end|than)\b")


_WORD_NUMBERS = {
    "en": 1, "et": 1, "one": 1, "a": 1, "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4, "fem": 5,
    "five": 5, "seks": 6, "six": 6, "syv": 7, "seven": 7, "otte": 8, "eight": 8, "ni": 9, "nine": 9, "ti": 10,
    "ten": 10, "elleve": 11, "eleven": 11, "tolv": 12, "twelve": 12, "tretten": 13, "thirteen": 13, "fjorten": 14,
    "fourteen": 14, "femten": 15, "fifteen": 15, "seksten": 16, "sixteen": 16, "sytten": 17, "seventeen": 17,
    "atten": 18, "eighteen": 18, "nitten": 19, "nineteen": 19, "tyve": 20, "twenty": 20, "femogtyve": 25, "tredive": 30, "thirty": 30,
    "fyrre": 40, "forty": 40, "halvtreds": 50, "fifty": 50, "hundrede": 100, "hundred": 100,
    "halv": 0.5, "half": 0.5, "en halv": 0.5, "half a": 0.5, "halvanden": 1.5, "one and a half": 1.5,
}  # fmt: skip
# "tyve tusind kroner", "en halv million", "five thousand DKK": the scale word makes it an amount.
_WORD_AMOUNT = re.compile(
    r"(?<![\w])(?P<num>en halv|half a|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")(?:\s+|(?=tusind))"
    r"(?P<mult>tusinde?|thousand|millioner|million|mio\.?|hundrede|hundred)(?:\s+(?P<cur>kroner|kr\.?|dkk|pounds|quid|dollars|bucks|euros?))?(?![\w])"
)


def _word_amounts(low: str, taken: bytearray) -> list[tuple[int, int, Money]]:
    found = []
    for m in _WORD_AMOUNT.finditer(low):
        if any(taken[m.start() : m.end()]):
            continue
        if not m.group("cur") and not _BARE_BEFORE.search(low[max(0, m.start() - 40) : m.start()]):
            if m.group("mult").startswith(("tus", "thou", "hund")):
                continue  # "fem tusind" alone may count people; millions are money in this domain
        value = _WORD_NUMBERS[m.group("num")] * MULTIPLIERS[m.group("mult")]
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found.append((m.start(), m.end(), Money(_clean(value), CURRENCIES.get(m.group("cur") or "kr", "DKK"))))
    return found


# "de giver 5 tusind": digits with a scale word and no currency, beside money words.
_DIGIT_THOUSANDS = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d)?)\s+(?:tusinde?|thousand)\b")


# A bare price per piece after counted goods ("12 madkurve @ 200", "30 krus à 45"): kroner, as a grouped number beside
# money words is; a clock after "@" ("meet @ 10am", "@ 10:30") is none.
_BARE_UNIT_PRICE = re.compile(
    r"(?<![\w.,])\d+(?:\s+[a-zæøåéü][\w'-]*){1,3}\s*[@àá]\s*(?P<num>\d{1,3}(?:[.,]\d{3})+|\d{2,6})"
    # Only the end of a clause or a word of price after it: "à 12 flasker", "à 45 min." count something else.
    r"(?=\s*(?:$|[,;:!?)/+–-]|\.(?!\d)|(?:til|for|to|each|apiece|hver|stykket|pr|per|og|and|plus|i alt|in total)\b))"
)


def _bare_amounts(low: str, taken: bytearray) -> list[tuple[int, int, Money]]:
    found = []
    for m in _BARE_UNIT_PRICE.finditer(low):
        if not any(taken[m.start("num") : m.end("num")]):
            taken[m.start("num") : m.end("num")] = b"\x01" * (m.end("num") - m.start("num"))
            found.append((m.start("num"), m.end("num"), Money(_clean(parse_number(m.group("num"))), "DKK")))
    for m in _DIGIT_THOUSANDS.finditer(low):
        if any(taken[m.start() : m.end()]):
            continue
        before, after = low[max(0, m.start() - 40) : m.start()], low[m.end() :]
        if _BARE_BEFORE.search(before) and _BARE_AFTER_OK.match(after):
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            found.append((m.start(), m.end(), Money(_clean(parse_number(m.group("num")) * 1000), "DKK")))
    for m in _BARE.finditer(low):
        if any(taken[m.start() : m.end()]):
            continue
        before, after = low[max(0, m.start() - 40) : m.start()], low[m.end() :]
        paid = _PAID_AFTER.match(after) or _PAID_FROM_AFTER.match(after) or _PAID_BEFORE_COMMA.search(before)
        if not (
            paid
            or _BARE_BEFORE.search(before)
            or _PART_OR_MONEY_BEFORE.search(before)
            or _INSTEAD_AFTER.match(after)
            or _SUM_AFTER.match(after)
        ):
            continue
        if not (paid or _BARE_AFTER_OK.match(after) or _BARE_AFTER_EMOJI.match(after)):
            continue
        value = parse_number(m.group("num"))
        if value < 100:
            continue
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found.append((m.start(), m.end(), Money(_clean(value), "DKK")))
    return found


def parse_number(token: str) -> float:
    """Read a number written the Danish ("20.000,50"), English ("20,000.50") or spaced ("20 000") way."""
    token = token.strip().replace(" ", "")
    if "." in token and "," in token:
        decimal = "," if token.rfind(",") > token.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(token.replace(thousands, "").replace(decimal, "."))
    for sep in (".", ","):
        if sep in token:
            groups = token.split(sep)
            if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
                return float(token.replace(sep, ""))
            return float(token.replace(sep, "."))
    return float(token)


def _clean(value: float) -> int | float:
    return int(value) if value == int(value) else round(value, 2)


# Danish "nok" (probably, enough) after a verb or a subject is no currency: "de giver nok 20 termokrus",
# "det bliver nok 5.000 kr.", "han kan nok 2.000".
_NOK_ADVERB_BEFORE = re.compile(
    r"\b(?:giver|gav|give|kan|kunne|vil|ville|skal|er|var|bliver|blev|får|fik|har|havde|de|han|hun|det|der|vi|man|sikkert"
    r"|jo|vel|nu|lander|ender|sponsorerer|donerer|betaler|støtter|tilbyder|koster)\s+$"
)


# "two grand", "a grand", "5 grand", "1.5 grand": thousands in slang, pounds or dollars (see `find_money`).
_GRAND = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?|a|one|"
    + "|".join(
        sorted(
            (w for w in _WORD_NUMBERS if w.isascii() and " " not in w and _WORD_NUMBERS[w] >= 1), key=len, reverse=True
        )
    )
    + r")\s+grand(?![\w'’-])"
    # Followed by an end or a small word ("two grand towards the kit", "5 grand is too much"), not a noun ("a grand time").
    r"(?=\s*(?:$|[^\w\s]|(?:for|towards?|to|in|from|and|if|but|or|of|each|per|on|is|was|a|an|the|off|max|tops|plus|so"
    r"|now|this|next|up front|upfront|total|altogether|in total|til|fra|og|men)\b))"
)


def _grand_amounts(low: str, taken: bytearray, currency: str) -> list[tuple[int, int, Money]]:
    found = []
    for m in _GRAND.finditer(low):
        if any(taken[m.start() : m.end()]):
            continue
        num = m.group("num")
        value = parse_number(num) if num[0].isdigit() else _WORD_NUMBERS.get(num, 1)
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found.append((m.start(), m.end(), Money(_clean(value * 1000), currency)))
    return found


_SIGN_BEFORE = re.compile(r"(eur|€|usd|\$|sek|nok|gbp|£)\s*$")


def find_money(low: str, *, grand: str = "GBP") -> list[tuple[int, int, Money]]:
    """Return (start, end, Money) for every amount of money in `low`.

    "two grand" is in the currency of another foreign amount in the line, else in `grand` (the writer's: pounds,
    or dollars in America).
    """
    found: list[tuple[int, int, Money]] = []
    taken = bytearray(len(low) + 1)
    for pattern in MONEY_PATTERNS:
        for m in pattern.finditer(low):
            if any(taken[m.start() : m.end()]):
                continue
            try:
                value = parse_number(m.group("num"))
            except ValueError:
                continue
            mult = (m.group("mult") or "").strip()
            mult = "t" if mult == "t." else mult
            value *= MULTIPLIERS.get(mult, 1)
            if m.group("times"):
                value *= int(m.group("times"))
            # The last pattern has no currency group: amounts in millions are kroner here.
            cur = CURRENCIES.get((m.groupdict().get("cur") or "kr").replace(" ", ""), "DKK")
            start = m.start()
            if m.groupdict().get("cur") == ",-":
                sign = _SIGN_BEFORE.search(low, max(0, start - 5), start)
                if sign:  # "EUR 1.500,-", "€ 800,-": the Danish ",-" closes an amount in the currency before it
                    cur, start = CURRENCIES[sign.group(1)], sign.start()
            if (
                cur == "NOK"
                and pattern is MONEY_PATTERNS[1]
                and _NOK_ADVERB_BEFORE.search(low, max(0, m.start() - 16), m.start())
            ):
                continue  # "de giver nok 20 termokrus": Danish "nok" (probably) before a number
            if value <= 0:
                continue
            taken[start : m.end()] = b"\x01" * (m.end() - start)
            found.append((start, m.end(), Money(_clean(value), cur)))
    if "grand" in low:
        foreign = [f[2].currency for f in found if f[2].currency != "DKK"]
        found.extend(_grand_amounts(low, taken, foreign[0] if foreign else grand))
    found.extend(_bare_amounts(low, taken))
    found.extend(_word_amounts(low, taken))
    found.sort(key=lambda f: f[0])
    return found


_ITEM = re.compile(
    r"(?<![\w.,:/+-])(?P<q>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s*[x×](?=\s+[a-zæøåéü]))?\s+(?=(?P<rest>[a-zæøåéü\"'](?:[^\n.,;:!?()–—+-]|(?<=\w)-(?=\w))*))",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\wæøåÆØÅéü'-]+")
_NUMBER_BEFORE = re.compile(r"\d[ \t]+$")
# A school year or a class named by its number counts nothing: "the Year 6 trip", "grade 3 class", "Y4".
_YEAR_GROUP_BEFORE = re.compile(r"\b(?:year|yr|grade|klasse|årgang|class|room|nr\.?|no\.?|y)[ \t]*$", re.IGNORECASE)


def year_group_before(low: str, start: int) -> bool:
    """Whether the number at `start` names a school year or class ("the Year 6 trip"), not a count."""
    return bool(_YEAR_GROUP_BEFORE.search(low, max(0, start - 8), start))


_AS_PEOPLE = re.compile(
    r"(?:medlemmer|members|medarbejdere|employees|ansatte|staff|kolleger|colleagues|elever|students|pupils)\s+"
    r"(?:til rådighed\s+)?(?:som|as)\s+([\wæøå-]+)",
    re.IGNORECASE,
)
_PEOPLE_ITEM = re.compile(PEOPLE_ITEMS)
_VOLUNTEERS = re.compile(r"frivillig|volunteer", re.IGNORECASE)
_INTRODUCED = re.compile(
    r"(?:introduce us to|connect us (?:with|to)|put us in touch with|sætte os i (?:forbindelse|kontakt) med|introducere os for)\s*$",
    re.IGNORECASE,
)


# What we hand over ourselves ("vi sender 200 foldere mandag", "we'll bring 30 books") is no one's pledge.
_OURS_BEFORE = re.compile(
    r"\b(?:vi|we|jeg|i)(?:'ll| will| skal| vil)?\s+(?:sender|send|giver|give|leverer|deliver|bringer|bring|"
    r"afleverer|tager|take|deler ud|hand out|printer|print)\s+(?:(?:de|the|ca\.?|about|omkring)\s+)?$",
    re.IGNORECASE,
)


# Goods we are to buy with their money, or get at a discount, are no gift of theirs: "5.000 kr. så vi kan købe 25
# sækkestole", "DKK 6,000 towards buying 10 tablets", "20 % rabat på 40 klassesæt", "15% off the 300 flyers".
_NOT_GIVEN_BEFORE = re.compile(
    r"(?:\b(?:så|so)\s+(?:vi|we)\s+(?:kan|can|could)\s+(?:købe|buy|purchase)"
    r"|\b(?:til|for)\s+(?:at\s+)?(?:købe|indkøb af|køb af|anskaffe|anskaffelse af)"
    r"|\b(?:to|towards?|for|in order to)\s+(?:buy|buying|purchase|purchasing|the purchase of)"
    r"|%\s*(?:off|rabat|discount)(?:\s+(?:på|on|off))?|\b(?:rabat|discount|rebate|nedslag|afslag)\s+(?:på|on|off)"
    r"|\b(?:half|halv)\s*(?:price|pris)\s+(?:på|on|for))"
    r"\s+(?:the\s+|de\s+|all\s+|alle\s+|some\s+|nogle\s+|ca\.?\s*|about\s+)?$",
    re.IGNORECASE,
)


# Capitals that are a unit, a currency or a clock after a number, never a thing ("at 2 PM meeting").
_NOT_THING_ACRONYMS = frozenset(
    "am pm cet cest gmt bst est edt pst utc dkk kr eur usd gbp sek nok chf mio mia mb gb kb km kg".split()
)


# A language or nationality before the thing names no organisation (round 16): "60 Swedish picture books", "20 Danish flags".
_NATIONALITY = frozenset(
    """danish swedish norwegian finnish icelandic english british irish scottish welsh american german french spanish
    italian dutch polish ukrainian arabic turkish chinese japanese greek faroese greenlandic""".split()
)


def _acronym(words: list[str]) -> bool:
    """A thing named by an acronym before a word ("25 YA novels", "10 USB sticks", "30 LED-lamper")."""
    head = words[0].split("-")[0]
    return (
        2 <= len(head) <= 4
        and head.isupper()
        and head.lower() not in _NOT_THING_ACRONYMS
        and ("-" in words[0] or (len(words) > 1 and words[1][:1].islower()))
    )


# English "is" after a number, a verb before what the number is said to be; Danish "is" (ice cream) is a thing.
_ENGLISH_IS = re.compile(
    r"is\s+(?:not\s+|now\s+|still\s+|already\s+)?(?:[a-z]+ed|[a-z]+ing|ok|okay|fine|here|in|on|due|paid|for|the|a|an)\b",
    re.IGNORECASE,
)


# Things whose name is written with a capital letter: "50 T-shirts", "20 T-shirts med tryk".
_CAPITAL_THING = re.compile(r"^T-shirts?$|^T-shirtene$|^T-shirtsene$", re.IGNORECASE)


def find_items(text: str) -> list[tuple[int, int, Item]]:
    """Return (start, end, Item) for quantities of things ("180 læsebamser", "300 free copies")."""
    items = []
    for m in _ITEM.finditer(text):
        if _OURS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if _NOT_GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # bought with their money or at their discount: no item they give
        qty = int(m.group("q").replace(".", "").replace(",", ""))
        words = _WORDS.findall(m.group("rest"))
        if not words or qty <= 0 or (1900 <= qty <= 2100 and len(m.group("q")) == 4):
            continue
        if _YEAR_GROUP_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if _NUMBER_BEFORE.search(text, 0, m.start()):
            continue  # the second of two numbers ("at 3 15", "22 33 44 55") counts nothing
        if words[0].lower() in ITEM_MORE and len(words) > 1:
            words = words[1:]  # "20 more gift cards", "20 flere bøger": the gift cards, the books
        first = words[0].lower()
        as_people = _AS_PEOPLE.match(m.group("rest"))
        if as_people and _PEOPLE_ITEM.search(as_people.group(1).lower()) and not _VOLUNTEERS.search(as_people.group(1)):
            # "3 medlemmer til rådighed som højtlæsere": members named by what they do, as "3 oplæsere"
            items.append((m.start(), m.end(), Item(qty, as_people.group(1))))
            continue
        if (
            first in NOT_ITEM_WORDS
            or first.rstrip(".") in NOT_ITEM_WORDS
            or first in NOT_ITEM_FIRST_WORDS
            or (
                first == "is" and _ENGLISH_IS.match(m.group("rest"))
            )  # "the 12,000 is approved"; Danish "150 is" counts
            or (
                words[0][0].isupper()
                and not _acronym(words)
                and not _CAPITAL_THING.match(words[0])
                and not (words[0].lower() in _NATIONALITY and len(words) > 1 and words[1][:1].islower())
            )
        ):
            continue
        what = []
        for w in words[:4]:
            if w.lower() in ITEM_STOP:
                break
            what.append(w)
        if not what or what[-1].lower() in NOT_ITEM_WORDS:
            continue
        if _INTRODUCED.search(text[: m.start()]):
            continue  # "she'll introduce us to 4 picture-book artists": contacts offered, not items
        items.append((m.start(), m.end(), Item(qty, " ".join(what))))
    return items


# A count that sets a reading goal is no gift (round 17): "hot dog coupons for kids who finish 5 books", "en is til
# børn, der har læst 10 bøger", "a sticker for every 3 books read", "for hver 5 læste bøger".
_READING_GOAL = re.compile(
    r"(?:\b(?:who|that|der|som|once they|when they|if they|når de|hvis de|så snart de)\s+(?:have\s+|has\s+|har\s+|'ve\s+)?"
    r"(?:finish(?:es|ed)?|read|reads|complete[sd]?|get through|gets through|got through|borrow(?:s|ed)?|læser|læst|låner"
    r"|lånt|gennemfører|gennemført|kommer igennem|er kommet igennem)"
    r"|\b(?:for every|for each|for hver|for hvert))\s+(?:at least\s+|mindst\s+|over\s+|more than\s+|flere end\s+)?"
    r"\d{1,3}\s+(?:[\w-]+\s+)?(?:books|bøger|titles|titler|stories|historier)\b"
)


def reading_goals(low: str) -> list[tuple[int, int]]:
    """Spans of reading goals ("for kids who finish 5 books"): their counts are no items, their books no ask."""
    if "book" not in low and "bøger" not in low and "titl" not in low and "stor" not in low and "histor" not in low:
        return []
    return [m.span() for m in _READING_GOAL.finditer(low)]


# A count written in words is an item when a value or a price follows it at once ("two hampers worth £40 each", "tre
# kurve à 200 kr.", "four gift bags at £10 each"); elsewhere such words count too many other things ("the two author
# evenings", "to uger").
_WORDED_COUNT = re.compile(
    r"(?<![\w-])(?P<n>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|tre|fire|fem|seks|syv|otte|ti|tolv|tyve)"
    r"\s+(?P<what>[a-zæøå][\w'-]*(?:\s+(?!(?:worth|valued|værdi|til|each|hver|apiece|at|a)\b)[a-zæøå][\w'-]*)?)\s*,?\s*"
    # (the amount after it is masked by then: "at £10 each" reads "at      each")
    r"(?=(?:worth|valued at|værdi|til en værdi|each|hver|apiece|a piece)\b|[£$€@àá]|at\s*(?:[£$€]|dkk\b|kr\b)|at\s{2,}(?:each|apiece|a piece|per|pr|stk)\b)",
    re.IGNORECASE,
)
_WORDED = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
    "twenty": 20, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ti": 10, "tolv": 12, "tyve": 20,
}  # fmt: skip


def worded_items(text: str, items: list[tuple[int, int, Item]]) -> list[tuple[int, int, Item]]:
    """`items` with the counts written in words that a value or price follows (see `_WORDED_COUNT`) added."""
    added = [
        (m.start(), m.end("what"), Item(_WORDED[m.group("n").lower()], m.group("what")))
        for m in _WORDED_COUNT.finditer(text)
        if not any(s <= m.start() < e for s, e, _ in items) and m.group("what").split()[0].lower() not in NOT_ITEM_WORDS
    ]
    return sorted([*items, *added], key=lambda f: f[0]) if added else items


# A count changed, with the things named before the new number: "cut the ice creams to 150", "sænker antallet af
# poser til 40", "bumps the tote bags up to 60", "hæver bamserne fra 20 til 30". The things and the count they
# now come to; the domain reads the change from the verb.
_CHANGED_COUNT = re.compile(
    r"\b(?:cut|cuts|reduces?|reduced|trims?|trimmed|lowers?|lowered|raises?|raised|bumps?|bumped|increases?|increased"
    r"|ups|upped|changes?|changed|sænker|sænkede|skærer|skar|skåret|hæver|hævede|øger|øgede|ændrer|ændrede"
    r"|nedjusterer|nedjusterede|opjusterer|opjusterede|justerer|justerede)\s+"
    r"(?:(?:the|their|our|de|deres|vores)\s+)?(?:(?:number of|amount of|antallet af|antal)\s+)?"
    r"(?P<what>[a-zæøå][\w'-]*(?:\s+(?!(?:to|til|down|up|ned|op|from|fra)\b)[a-zæøå][\w'-]*)?)"
    r"\s+(?:(?:down|up|ned|op)\s+)?(?:(?:from|fra)\s+\d{1,5}\s+)?(?:to|til)\s+(?:(?:only|kun|just|bare)\s+)?"
    r"(?P<q>\d{1,5})(?!\d|[.,]\d|\s*(?:%|kr\b|dkk\b|,-|kroner\b|procent\b|percent\b|k\b))",
    re.IGNORECASE,
)


# What a changed figure can be that counts no things: "cuts it to 5,000", "raised the budget to 12,000".
_NOT_COUNTED = frozenset(
    """it det den them dem amount beløb beløbet sum summen budget budgettet sponsorship sponsoratet sponsorat
    støtten støtte donation donationen bevilling bevillingen price prisen pris offer tilbuddet bid buddet""".split()
)


def changed_counts(text: str, items: list[tuple[int, int, Item]]) -> list[tuple[int, int, Item]]:
    """`items` with the counts changed with their things named before them (see `_CHANGED_COUNT`) added."""
    added = []
    for m in _CHANGED_COUNT.finditer(text):
        what = m.group("what")
        first = what.split()[0].lower()
        if first in NOT_ITEM_WORDS or first in NOT_ITEM_FIRST_WORDS or first in ITEM_STOP or first in _NOT_COUNTED:
            continue
        if any(s <= m.start("q") < e for s, e, _ in items):
            continue
        added.append((m.start("what"), m.end("q"), Item(int(m.group("q")), what)))
    return sorted([*items, *added], key=lambda f: f[0]) if added else items


# A count asked for and answered with another, bare count ("vi bad om 30 bøger, de tilbød 15", "asked for 60 books;
# she offered 25 instead", "no to 100 coffee vouchers, but 40 is fine", "50 slikposer var for mange, men 20 kan han
# godt"): the count offered stands, for the thing asked for, as an amount offered replaces the one asked.
_COUNT_ASKED_BEFORE = re.compile(
    r"(?:\b(?:bad|beder|bedt|søgte|søgt|spurgte|ønskede|håbede|håbet)\s+(?:\w+\s+){0,2}?(?:om|på)"
    r"|\b(?:asked|asking|hoped|wanted|requested|request)\s+(?:\w+\s+){0,2}?(?:for\s+)?|\bno to|\bnej til"
    # the topic of our call or mail (round 16): "ringede ang. 150 fribilletter", "mail vedr. 40 krus", "re 30 mugs".
    r"|\b(?:ang\.?|angående|vedr\.?|vedrørende|regarding|re:?))"
    r"\s*(?:the\s+|de\s+|ca\.?\s*|about\s+)?$"
)
_COUNT_REFUSED_AFTER = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:var|er|blev|was|were|is|are)\s+(?:lidt\s+|a bit\s+|way\s+|alt\s+|for\s+)?(?:for mange|too many|too much|for meget)\b"
)
_COUNT_OFFERED = re.compile(
    r"\b(?:tilbød|tilbyder|tilbudt|offered|offers|(?:kan|kunne|vil|ville)\s+(?:de\s+|han\s+|hun\s+)?"
    # a hedged offer is an offer of that count (round 17): "they'd probably do 2", "de kan nok undvære 3"
    r"(?:(?:godt|nok|måske|sikkert|formentlig|kun|bare)\s+){0,2}(?:give|gøre|klare|afse|undvære|gå med til|donere|sende)"
    r"|(?:can|could|would|'d|might|may)\s+(?:(?:only|probably|maybe|likely|perhaps|possibly|just|still)\s+){0,2}"
    r"(?:do|give|manage|spare|stretch to|offer|donate|provide)"
    r"|came back with|countered with|'ll do|will do|men|but|only|kun|sender|send|sends|leverer|deliver|delivers|bager|bake|bakes"
    # the count offered said in the progressive or the present (round 17): "they're sending 40", "de giver 15"
    r"|sending|giving|donating|providing|offering|gives|donates|provides|giver|donerer"
    r"|laver|make|makes|have|has|har|yes to|ja til)\s+(?:(?:us|os|dem|them|only|kun|just|bare|ca\.?|about|around|omkring)\s+){0,2}"
    r"(?P<q>\d{1,5})(?![\d.,]\d|\s*%)(?=\s*(?:$|[.,;:!?)–-]|(?:instead|i stedet|is|are|er|kan|can|of|af|stk|pieces|to spare|til overs)\b))"
)
# The count offered opening a clause of its own: "no to 40 notebooks, 15 is doable", "100 poser er for mange; 40 går".
_COUNT_OFFERED_CLAUSE = re.compile(
    r"(?:[,;:]|\s[–-])\s+(?P<q>\d{1,5})\s+(?:is|er|are|works|går|kan (?:de|han|hun|vi)|can (?:they|he|she|we)|would|could)\b"
)

_OFFER_VERB_BEFORE = re.compile(
    r"\b(?:tilbød|tilbyder|offered|offers|give|giver|gav|gave|do|manage|spare|came back with|countered with|men|but"
    # the count said yes to: "we asked for 200 books ... Yes to 150 books", "Ja til 150 bøger"
    r"|yes to|ja til|said yes to|sagde ja til|agreed to|ok to|ok til|okay to)\s+"
    r"(?:(?:us|os|only|kun|just|bare|ca\.?|about)\s+){0,2}$"
)


# A count offered as a share of the one asked: "asked for 40 tickets, they can give us half", "de kan give halvdelen".
_COUNT_SHARE = re.compile(
    r"\b(?:give|giver|do|offer|offers|offered|tilbyder|tilbød|sende|sender|send|manage|spare|undvære)\s+(?:us\s+|os\s+)?(?:a\s+|en\s+)?"
    r"(?P<share>half|halvdelen|a third|en tredjedel|tredjedelen|a quarter|en fjerdedel|fjerdedelen)\b"
)


def counter_offered(low: str, items: list[tuple[int, int, Item]]) -> list[tuple[int, int, Item]]:
    """Items with a count asked for replaced by the bare count offered after it (see `_COUNT_OFFERED`)."""
    asked_items = [
        f
        for f in items
        if _COUNT_ASKED_BEFORE.search(low, max(0, f[0] - 40), f[0]) or _COUNT_REFUSED_AFTER.match(low, f[1])
    ]
    for asked in asked_items:
        _, end, item = asked
        offer = _COUNT_OFFERED.search(low, end, min(len(low), end + 90)) or _COUNT_OFFERED_CLAUSE.search(
            low, end, min(len(low), end + 90)
        )
        if offer is None:
            # The count refused again later, then the count offered: "ang. 150 fribilletter ... siger nej til 150, men
            # 50 stk er ok" (round 16).
            again = re.compile(r"\b(?:no to|nej til)\s+(?:the\s+|de\s+)?" + str(item.quantity) + r"\b").search(
                low, end, min(len(low), end + 160)
            )
            if again is not None:
                offer = _COUNT_OFFERED.search(low, again.end(), min(len(low), again.end() + 60))
        share = _COUNT_SHARE.search(low, end, min(len(low), end + 60)) if offer is None else None
        if share is not None:
            shared = Item(max(1, round(item.quantity * _SHARES[share.group("share").removeprefix("a ")])), item.what)
            items = [f for f in items if f is not asked]
            items.append((share.start("share"), share.end("share"), shared))
            continue
        if offer is None:
            # The same thing offered in another count: "vi bad om 40 bøger, de tilbød 20 bøger".
            head = item.what.lower().split()[0]
            same = [
                f
                for f in items
                if end <= f[0] < end + 90
                and f[2].what.lower().split()[0] == head
                and _OFFER_VERB_BEFORE.search(low, max(end, f[0] - 30), f[0])
            ]
            if same:
                items = [f for f in items if f is not asked]
            continue
        q_start = offer.start("q")
        items = [f for f in items if f is not asked and f[0] != q_start]
        items.append((q_start, offer.end("q"), Item(int(offer.group("q")), item.what)))
    return sorted(items, key=lambda f: f[0])


# "10 x 250 kr. gift cards", "5 x 200 kr. i gavekort": so many pieces at a price each, not cash.
_TIMES_IN = re.compile(r"(?P<q>\d{1,3})\s*(?:x|×)\s*")
_PIECES_AFTER = re.compile(
    r"\s*(?:i\s+|in\s+)?(?P<what>gavekort|gift ?cards?|(?:gift |shopping |store )?vouchers?|fribilletter|billetter|tickets?|klippekort|tilgodebeviser"
    r"|kuponer|værdikuponer|coupons?|passes|adgangskort|giftcards?)\b"
)


# ... and the count after the pieces: "a 250 DKK gift card x 10", "et gavekort på 300 kr. x 8" (named first).
_PIECES_BEFORE = re.compile(
    r"\b(?P<what>gavekort|gift ?cards?|(?:gift |shopping |store )?vouchers?|klippekort|tilgodebeviser|giftcards?)\s+"
    r"(?:på|til|of|worth|at|for)\s+(?:ca\.?\s*|about\s+)?$"
)
_TIMES_AFTER = re.compile(r"\s*(?:x|×)\s*(?P<q>\d{1,3})(?![\d.,]\d|\s*(?:kr|dkk|,-))")


def priced_pieces(low: str, money: list[tuple[int, int, Money]]) -> list[tuple[int, int, Item, int]]:
    """Amounts written as pieces at a price ("10 x 250 kr. gift cards"): (start, end, Item, index of the amount).

    The item carries the value of all the pieces; the amount is then in kind, not cash.
    """
    found = []
    for n, (start, end, amount) in enumerate(money):
        times = _TIMES_IN.match(low, start, end)
        pieces = _PIECES_AFTER.match(low, end)
        if pieces is None:
            continue
        if times is not None:
            item = Item(int(times.group("q")), pieces.group("what"), Money(amount.amount, amount.currency))
            found.append((start, pieces.end(), item, n))
            continue
        after = _TIMES_AFTER.match(low, pieces.end())
        if after is not None:  # "a 250 DKK gift card x 10": ten cards at 250 each
            q = int(after.group("q"))
            item = Item(q, pieces.group("what"), Money(_clean(float(amount.amount * q)), amount.currency))
            found.append((start, after.end(), item, n))
    for n, (start, end, amount) in enumerate(money):
        named = _PIECES_BEFORE.search(low, max(0, start - 40), start)
        after = _TIMES_AFTER.match(low, end) if named else None
        if named is not None and after is not None:  # "et gavekort på 300 kr. x 8": the pieces named first
            q = int(after.group("q"))
            item = Item(q, named.group("what"), Money(_clean(float(amount.amount * q)), amount.currency))
            found.append((named.start(), after.end(), item, n))
    return found


# A price per piece right before the amount ("5 gavekort à 200 kr.", "20 bags @ 150 DKK").
_UNIT_BEFORE = re.compile(
    r"(?:^|\s)(?:à|á|a|@|at|til|for|(?:på|til|of) hver|hver (?:på|til)|each at)\s*(?:ca\.?\s*|approx\.?\s*|about\s*)?$"
)
# A price per piece right after the amount ("200 DKK each", "3.000 kr. pr. stk.", "500 DKK per hamper").
_UNIT_AFTER = re.compile(
    r"^\s*(?:each\b|apiece\b|a piece\b|per (?:piece|unit|item|stk\.?|styk|[a-zæøå]+)\b|pr\.?\s*(?:stk\.?|styk|[a-zæøå]+)|/\s*stk\.?|stk\.?(?![a-zæøå])|hver\b|(?:i|pr\.?) stykket|stykket\b|stk\b)"
)
# A value written after the items ("værdi ca. 4.500 kr.", "worth 2,500 DKK", "(value approx 2,000 DKK)").
_VALUE_WORD = re.compile(r"værdi|value[ds]?\b|worth\b|vurderet|estimated|≈|~")
# A value said of each piece before the amount ("12 hampers each worth 400 DKK", "5 kurve, hver til en
# værdi af 300 kr."): the value of one, so the lot is worth so many times it (the value words are VALUE_BEFORE's).
_EACH = re.compile(r"\b(?:each|apiece|hver|hver især|pr\.? stk\.?|per stk\.?)\s*,?\s*$")
_EACH_JUST_BEFORE = re.compile(r"\b(?:hver|each|apiece|stykket)\s*$")
# Words that leave it open whether an amount after items prices them or comes on top.
_PRICE_OR_CASH = re.compile(r"(?:^|\s)(?:til|for|på|of|on)\s*$")
_BREAK = re.compile(r"[.!?;]\s+[A-ZÆØÅa-zæøå]|\n|\d")
_APPROX_END = re.compile(r"\s*(?:ca|approx|about|cirka)\.?$")
_ABBREVIATIONS = re.compile(r"\b(?:ca|approx|kr|stk|pr|app|est|dkk|m|inkl|incl)\.", re.IGNORECASE)


def item_values(
    low: str, money: list[tuple[int, int, Money]], items: list[tuple[int, int, Item]], unsure: set[int] | None = None
) -> set[int]:
    """Attach amounts that price the items before them ("5 gavekort à 200 kr.") to those items.

    Sets `value` (the total for all pieces) on each priced item and returns the indexes of the
    amounts used, which are then in-kind value, not money pledged. Amounts that may be either
    ("5 gavekort til 200 kr.") stay money and their indexes are added to `unsure`.
    """
    used: set[int] = set()
    unsure = unsure if unsure is not None else set()
    for n, (m_start, m_end, amount) in enumerate(money):
        before = [(s, e, it) for s, e, it in items if e <= m_start and it.value is None]
        if not before:
            continue
        start, end, item = before[-1]
        gap = _ABBREVIATIONS.sub("ca", low[end:m_start])
        if _BREAK.search(gap[len(item.what) :] if gap.startswith(item.what.lower()) else gap):
            continue
        unit_word = _APPROX_END.sub("", gap.rstrip())  # "à ca. 40 kr" prices each piece as "à 40 kr"
        per_piece = bool(
            _UNIT_BEFORE.search(gap) and (unit_word.endswith(("à", "á", "@", " a")) or _UNIT_AFTER.match(low[m_end:]))
        )
        # "30 poser slik, hver 25 kr.", "40 coffee cards, each 50 kr." (round 17): the word right before the amount
        per_piece = per_piece or bool(_UNIT_AFTER.match(low[m_end:])) or bool(_EACH_JUST_BEFORE.search(gap))
        # "12 kasser frugt, hver til 150 kr.", "20 hampers, each at £15": each piece priced, the word between.
        per_piece = per_piece or bool(re.search(r"\b(?:hver|each)\s+(?:på|til|at|for|costing|koster)\s*$", unit_word))
        valued = VALUE_BEFORE.search(gap)  # "each worth about DKK 120": the space after "about" kept
        per_piece = per_piece or bool(valued and valued.start() and _EACH.search(gap, 0, valued.start()))
        if not per_piece and not _VALUE_WORD.search(gap) and not VALUE_AFTER.match(low[m_end:]):
            if _PRICE_OR_CASH.search(gap):
                unsure.add(n)  # "5 gavekort til 200 kr.": a price per card or 200 kr. in cash? The card asks.
            continue
        total = amount.amount * item.quantity if per_piece else amount.amount
        item.value = Money(_clean(float(total)), amount.currency)
        used.add(n)
    for n, (_, m_end, amount) in enumerate(money):
        # The price said first, the pieces after it: "20 quid each for 10 goody bags", "150 kr. stykket til 12 kurve".
        unit = _UNIT_AFTER.match(low[m_end:]) if n not in used else None
        link = _PRICE_THEN_ITEMS.match(low, m_end + unit.end()) if unit else None
        if link is None:
            continue
        after = next((it for s, _, it in items if s == link.end() and it.value is None), None)
        if after is not None:
            after.value = Money(_clean(float(amount.amount * after.quantity)), amount.currency)
            used.add(n)
    # The value of the lot said first, its count after it: "products worth about DKK 3k, 12 boxes", "gavekort for i
    # alt 2.000 kr. (10 stk)", "DKK 1,800 worth of plants, 18 trays", "maling til en værdi af 4.000 kr., 24 spande".
    for n in sorted(in_kind_values(low, money, any_currency=True) - used):
        m_end = money[n][1]
        nxt = next(((s, it) for s, _, it in items if s >= m_end), None)
        between = _VALUE_THEN_COUNT.fullmatch(low, m_end, nxt[0]) if nxt is not None and nxt[1].value is None else None
        if between is None or nxt is None:
            continue
        if not between.group(0).rstrip().endswith("(") and not _LOT_UNIT.match(nxt[1].what.lower()):
            continue  # "gavekort for 2.000 kr., 30 bøger": other goods, not the count of the cards
        nxt[1].value = Money(money[n][2].amount, money[n][2].currency)
        used.add(n)
    return used


# What a lot is counted in after its value ("..., 24 spande", "..., 12 boxes"); in parentheses any count will do.
_LOT_UNIT = re.compile(
    r"(?:stk|styk\w*|pcs|pieces?|units?|boxes|box|kasser?|æsker?|poser?|bags?|packs?|packets?|pakker?|sets?|sæt|spande?|buckets?"
    r"|trays?|bakker?|copies|copy|eks|eksemplarer|cartons?|kartoner?|rolls?|ruller?|bottles?|flasker?|tins?|dåser?|bundles?|crates?"
    r"|paller?|pallets?|baskets?|kurve?|sække?|sacks?)\b"
)


# Between a value and the count it is the value of: a comma or a parenthesis, with the goods named before it
# ("worth of plants, ", " in books (", " kr. (") but no "og"/"and"/"plus" that would make them a second gift.
_VALUE_THEN_COUNT = re.compile(
    r"\s*(?:kr\.?|dkk|,-)?\s*(?:(?:worth of|in|i|of|af)\s+[a-zæøå][\w-]*(?:\s+[a-zæøå][\w-]*)?\s*)?"
    r"[,(]\s*(?:i alt|in all|in total|total|samlet)?\s*"
)


_PRICE_THEN_ITEMS = re.compile(r"\s*(?:for|til|to|on|på|across|af)\s+(?:the\s+|de\s+|all\s+|alle\s+)?")


# ----- which amounts are cash pledged or asked for ----------------------------------------------------

# An estimated value written before the amount ("værdi ca. 4.000 kr.", "worth 2,400 DKK").
VALUE_BEFORE = re.compile(
    r"(?:værdi(?:en)?(?:\s+af)?|værd|til en værdi af|anslået|vurderet til|worth|value[ds]?(?:\s+at)?(?:\s+of)?|estimated(?:\s+at)?)"
    r"\s*(?:på\s+|ca\.?\s*|cirka\s+|omkring\s+|about\s+|approx\.?\s*|around\s+|roughly\s+|some\s+|~\s*|total\s+|i alt\s+)*$",
    re.IGNORECASE,
)
# The same said after the amount: "ca. 1.500 kr. værd", "approx. 1,200 DKK in value".
VALUE_AFTER = re.compile(r"\s*(?:værd\b|i værdi\b|in value\b|(?:in )?total value\b|samlet værdi\b)")
# ... unless it is the value of a cash gift ("et sponsorat til en værdi af 10.000 kr.").
_CASH_WORDS = re.compile(
    r"sponsor|støtte|donation|bevilling|grant|penge|cash|kontant|beløb|tilskud|funding|money|check"
)
# Goods named right after the amount: "DKK 3,000 in gift cards", "2.000 kr. i gavekort", "500 kr. gavekort".
_IN_KIND_AFTER = re.compile(
    r"\s*(?:(?:i|in|worth of|som|as)\s+(?:form af\s+|the form of\s+)?)?(?:gavekort|gift ?cards?|vouchers?|varer\b|goods|products?\b"
    r"|produkter|kind\b|natura\w*|tilgodebeviser|varegavekort|rabat\w*|discounts?|rebates?|afslag|nedslag|prisnedslag"
    # Goods bought with it, named after "in"/"i": "~DKK 5,000 in books", "2.000 kr. i legetøj".
    r"|(?:i|in)\s+(?:books|bøger|toys|legetøj|equipment|udstyr|materials|materialer|supplies|merchandise|merch|food|mad|produce)\b)"
    # Anything bought with it but cash: "£150 worth of books", "$200 worth of pizza".
    r"|\s*worth of\s+(?!(?:cash|money|funding|support|sponsorship|donations?)\b)[a-z]"
)
# The amount we asked for, replaced by what they offered: "vi bad om 25.000 kr., de kan give
# 10.000 kr.", "asked for 20,000; they came back with 7,500", "no to the 20k, they'll do 5k".
_ASKED_BEFORE = re.compile(
    r"\b(?:bad|beder|søgte|søgt|ansøgte|ansøgt|spurgte)\s+(?:\w+\s+){0,2}?om\s+(?:de\s+)?|\b(?:asked|asking|ask)\s+(?:\w+\s+){0,2}?for\s+(?:the\s+)?"
    # An amount they could not meet is the one asked: "couldn't do £2k, but offered £800".
    r"|\b(?:couldn'?t|can'?t|cannot|could not|can not|won'?t)\s+(?:do|give|manage|afford|stretch to|go to|fund|cover|meet|match|pay)"
    r"\s+(?:the\s+(?:full\s+|whole\s+|entire\s+)?|all\s+(?:of\s+)?(?:the\s+)?)?"
    r"|\b(?:kan|kunne)\s+ikke\s+(?:give|betale|klare|nå|række til|dække|finansiere)\s+(?:de\s+(?:fulde\s+|hele\s+)?|hele\s+(?:beløbet\s+(?:på\s+)?)?|det\s+fulde\s+(?:beløb\s+(?:på\s+)?)?)?"
    r"|\brequest(?:ed)?(?:\s+for)?\s+|\bno to (?:the\s+)?|\bnej til (?:de\s+|det\s+)?|\b(?:hoped|håbede|håbet)\s+(?:for|på)\s+"
    r"|\b(?:søgte|søgt|ansøgte|ansøgt|asked|requested|wanted|ville have)\s+(?:(?:om|for)\s+)?"
    # What we pitched or proposed, and our ask named: "we pitched $5,000", "foreslog 10.000 kr.", "the ask was 20k".
    r"|\b(?:pitched|proposed|suggested|foreslog|foreslået)\s+(?:(?:them|dem|om|for)\s+)?|\b(?:the\s+|our\s+)?ask\s+(?:was|is)\s+"
    r"(?:ca\.?\s*|about\s+|approx\.?\s*)?$"
)
_OFFER_BETWEEN = re.compile(
    r"\b(?:giver?|gives|kan|can|could|do|offer\w*|tilbyder|tilbød|came back|'ll|will|lover|pledged?|i stedet|instead|men|but"
    r"|bevilg\w*|granted|fik|got|får|received|sagde|siger|said|says|ja til|yes to|landede|landed|settled|endte|ended up)\b"
)
_ASKED_JUST_BEFORE = re.compile("(?:" + _ASKED_BEFORE.pattern + r")$")
# "the 30k we asked", "(vi havde håbet på 10.000)": the amount we asked for, said after it or after the offer.
_ASKED_AFTER = re.compile(
    r"^\s*(?:kr\.?\s*|dkk\s*)?(?:(?:that\s+|som\s+)?(?:we|vi)\s+(?:had\s+|havde\s+|were\s+|var\s+)?(?:asked|requested|bad om|søgte|ansøgte"
    # What we hoped for or pitched, said after it: "the 50k we pitched", "de 20.000 vi håbede på".
    r"|wanted|hoped|hoping|pitched|proposed|suggested|budgeted for|håbede|håbet|foreslog|foreslået|regnede med|satsede på)"
    # Said of the amount alone: "$2k requested, $1,500 approved", "25.000 kr. ansøgt".
    r"|(?:was\s+|were\s+|er\s+|blev\s+)?(?:requested|asked for|applied for|ansøgt|søgt)\b)"
)
# "we asked 30.000 kr, they'll do a third": the offer as a share of the amount asked.
_SHARE_OF_ASK = re.compile(
    r"\b(?:do|give|gives|giver|pay|pays|betaler|offer(?:s|ed)?|tilbyder|kan (?:give|betale)|cover|dække)\s+(?:us\s+|os\s+)?"
    r"(?:a\s+|en\s+|the\s+)?(?P<share>half|halvdelen|halvt|a third|third|en tredjedel|tredjedelen|a quarter|quarter|en fjerdedel|fjerdedelen)\b"
)
_SHARES = {
    "half": 0.5,
    "halvdelen": 0.5,
    "halvt": 0.5,
    "third": 1 / 3,
    "a third": 1 / 3,
    "en tredjedel": 1 / 3,
    "tredjedelen": 1 / 3,
    "quarter": 0.25,
    "a quarter": 0.25,
    "en fjerdedel": 0.25,
    "fjerdedelen": 0.25,
}


def share_of_ask(low: str, money: list[tuple[int, int, Money]], live: list[int]) -> Money | None:
    """The amount offered as a share of the one amount asked for ("we asked 30.000 kr, they'll do a third")."""
    if len(live) != 1:
        return None
    start, end, amount = money[live[0]]
    m = _SHARE_OF_ASK.search(low, end)
    if m is None or not _ASKED_JUST_BEFORE.search(low[max(0, start - 40) : start]):
        return None
    return Money(_clean(float(amount.amount) * _SHARES[m.group("share")]), amount.currency)


# What another organisation gives or gave us is a mention, not this partner's answer or money: "Tesco Extra gave us
# £2,000, so we asked Booth's for 10 paint sets", "Føtex gav os 10.000 kr.", "Tesco already gives us fruit; we asked
# Oak for tote bags". The giver is a capitalised name right before a giving verb with "us"/"os" (an amount may
# follow at once); the partner itself ("Call with Tesco: Tesco gave us £500"), its people and pronouns give.
_GIVER = r"(?P<name>[A-ZÆØÅ0-9][\w'’&.-]*(?:\s+[A-ZÆØÅ0-9&][\w'’&.-]*)*)\s+(?:already\s+|allerede\s+|also\s+|også\s+)?"
_GIVES_US = (
    r"(?:gave|gives|donated|donates|sponsored|sponsors|contributed|paid|pays|supports|supported|gav|giver|donerede"
    r"|donerer|sponsorerede|sponsorerer|betalte|betaler|støtter|støttede)\s+(?:us|os)\b"
)
_GIVEN_BY_NAME = re.compile(
    _GIVER + r"(?:(?:gave|donated|sponsored|contributed|paid|gav|donerede|sponsorerede|betalte)(?:\s+[\w'-]+){0,3}?"
    r"|bidrog med|støttede(?:\s+os)?\s+med|"
    # Said in the perfect: "Nordea har givet 10.000 kr.", "Tesco has donated £500".
    r"(?:har|havde|has|have|had)\s+(?:allerede\s+|already\s+|også\s+|also\s+)?(?:givet|doneret|sponsoreret|betalt|bevilget|given"
    r"|donated|sponsored|paid|contributed|granted)(?:\s+(?:os|us))?(?:\s+(?:with|med))?|"
    + _GIVES_US
    + r"(?:\s+with|\s+med)?)\s+(?:about\s+|ca\.?\s*|cirka\s+|omkring\s+)?$"
)
_GIVES_US_CLAUSE = re.compile(_GIVER + _GIVES_US + r"[^;.!?\n–]*?(?=[;.!?\n–]|,?\s+(?:so|and|but|så|og|men)\s|\s-\s|$)")
# "vi har allerede fået 10.000 kr. fra Nordea": received from another organisation, named after the amount.
_RECEIVED_BEFORE = re.compile(r"\b(?:fået|fik|modtaget|modtog|got|received|have had|har haft)\s+(?:\w+\s+)?$")
_FROM_NAME = re.compile(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:fra|from)\s+"
    + _GIVER.replace(r"\s+(?:already\s+|allerede\s+|also\s+|også\s+)?", "")
)
_NOT_A_GIVER = frozenset({"they", "he", "she", "we", "it", "de", "han", "hun", "vi", "den", "det", "i", "you"})
_GIVER_CLAUSE = re.compile(r".*(?:[;:!?\n(–]|\.\s|\s-\s)", re.DOTALL)


def _another_giver(name: str, partner: str, people_words: set[str]) -> bool:
    name = name.strip().lower()
    return not (name in _NOT_A_GIVER or name in people_words or name in partner or partner in name)


def given_by_others(
    text: str, money: list[tuple[int, int, Money]], organization: str | None, people: tuple[str, ...] = ()
) -> tuple[set[int], list[tuple[int, int]]]:
    """Amounts another organisation than the partner gave us (their indexes), and the clauses that say another
    organisation gives us something (for the answer and the asks to skip). Nothing without a known partner."""
    if not organization:
        return set(), []
    others: set[int] = set()
    partner = organization.lower()
    people_words = {w.lower() for p in people for w in p.split()}
    for n, (start, _, _) in enumerate(money):
        head = text[max(0, start - 80) : start]
        edge = _GIVER_CLAUSE.match(head)
        m = _GIVEN_BY_NAME.search(head[edge.end() :] if edge else head)
        if m is not None and _another_giver(m.group("name"), partner, people_words):
            others.add(n)
            continue
        after = _FROM_NAME.match(text, money[n][1])
        if after and _RECEIVED_BEFORE.search(head) and _another_giver(after.group("name"), partner, people_words):
            others.add(n)
    clauses = [
        m.span() for m in _GIVES_US_CLAUSE.finditer(text) if _another_giver(m.group("name"), partner, people_words)
    ]
    return others, clauses


# An amount changed to another ("sagde ja til 5.000 kr., men har nu sænket det til 2.000 kr.", "cut it to £300"):
# the new amount stands.
_CHANGED_TO = re.compile(
    r"\b(?:sænket|sænker|sænkede|nedsat|nedsætter|nedsatte|skåret|skærer|skar|ændret|ændrer|ændrede|justeret|justerer"
    r"|hævet|hæver|hævede|øget|øger|øgede|reduced|reduces|cut|cuts|lowered|lowers|dropped|changed|revised|raised|increased"
    r"|upped|bumped|brought)\b[^.;!?\n]{0,20}?\b(?:til|to)\s*(?:ca\.?\s*|about\s+)?$"
    # "was £800, now down to £500", "nu nede på 3.000 kr.".
    r"|\b(?:down to|ned til|nede på|ned på|now up to|nu oppe på)\s*(?:ca\.?\s*|about\s+)?$"
)
# Our own budget, goal or total is our plan, not what the partner gives: "our budget for the festival is £5,000",
# "vores mål er 50.000 kr.", "the whole event costs 20,000 DKK" (beside an amount asked or given).
_OUR_BUDGET_BEFORE = re.compile(
    r"\b(?:(?:our|vores|the|det|the whole|hele)\s+(?:\w+\s+){0,3}?(?:budget|budgettet|goal|target|mål(?:et)?|total|costs?|pris(?:en)?)"
    r"(?:\s+(?:for|til|of|på)(?:\s+\w+){1,3}?)?\s+(?:is|er|was|var|of|på|lyder på)|\b(?:koster|costs)(?:\s+(?:os|us|in all|i alt))?"
    # What we have raised ourselves so far: "we've raised $9,000 so far", "vi har samlet 30.000 kr. ind".
    r"|\b(?:we'?ve|we have|we|vi har|vi)\s+(?:already\s+|allerede\s+|now\s+|nu\s+)?(?:raised|collected|secured|samlet|indsamlet|rejst)"
    # The size of their own fund beside what we ask of it: "a community fund of £50k a year", "fonden uddeler 500.000 kr".
    r"|\b(?:fund|pot|pool|pulje|puljen|fond|fonden)\s+(?:of|på|er på)|\b(?:uddeler|deler ud|gives out|hands out|distributes)"
    # Our shortfall beside what they cover: "our shortfall is $4,000, he can cover $1,000", "vi mangler 10.000 i alt".
    r"|\b(?:our|vores|the)\s+(?:shortfall|gap|underskud(?:det)?)\s+(?:is|er|was|var|of|på))"
    r"\s+(?:ca\.?\s*|about\s+|around\s+|omkring\s+)?$"
)
# Our own goal or budget is never the partner's money, even with no other amount beside it: "vores mål er 50.000 kr.",
# "our goal is 50k" (the cost of something may still be what they are asked to pay).
_OUR_GOAL_BEFORE = re.compile(
    r"(?:\b(?:our|vores|kampagnens|the campaign'?s)\s+(?:\w+\s+){0,3}?(?:budget|budgettet|goal|target|mål(?:et)?)"
    r"|\b(?:the\s+|our\s+|vores\s+)?(?:\w+\s+)?(?:goal|target|målet|målsætningen))"
    r"(?:\s+(?:for|til|of|på)(?:\s+\w+){1,3}?)?\s+(?:is|er|was|var|of|på|lyder på)\s+(?:ca\.?\s*|about\s+|around\s+|omkring\s+)?$"
    # What we have ourselves (round 15): "vi har selv 5.000 kr. i budget til forfatterbesøget", "har vi selv ca. 2.000".
    r"|\b(?:vi har selv|har vi selv|vi selv har|vi har allerede selv)\s+(?:ca\.?\s*|omkring\s+|cirka\s+)?$"
    # Aiming for it: "we're aiming for 30k in total", "vi sigter mod 50.000 kr.".
    r"|\b(?:aiming|aim)\s+(?:for|at)\s+(?:about\s+|around\s+)?$|\bsigter\s+(?:mod|efter)\s+(?:ca\.?\s*)?$"
)
_INSTEAD_BEFORE = re.compile(
    r"(?:instead of|i stedet for|rather than|frem for|\b(?:hellere|rather)\b[^!?;\n]{0,40}\b(?:than|end)"
    r"|\bnot the full|\bikke (?:de |det )?fulde|\bikke hele)"
    r"\s*(?:the\s+|de\s+|det\s+)?$"
)
# An amount said to be our own (round 15): "we've got £2k of our own", "5.000 kr. af egne midler", "2.000 kr. selv".
_OUR_OWN_AFTER = re.compile(
    r"^\s*(?:kr\.?\s*|dkk\s*)?(?:of our own|of our own money|af (?:vores )?egne midler|fra vores egen kasse)\b"
)
# An amount denied before the one offered: "not $5,000 but two grand", "ikke de 20.000, men 7.500 kr." (the "but"
# between them is checked where it is used).
_NOT_BEFORE = re.compile(r"\b(?:not|ikke)\s+(?:the\s+|de\s+|det\s+)?$")
_BUT = re.compile(r"\b(?:but|men)\b")
# An amount refused by name before an offer: "the $300 is a no, but they'll do $100".
_REFUSED_AFTER = re.compile(
    r"^\s*(?:kr\.?\s*|dkk\s*)?(?:is|was|er|var|blev)\s+(?:a\s+|et\s+)?(?:clear\s+|klart\s+)?(?:no|nej)\b"
    # Too much for them: "10.000 kr. er for meget, men 3.000 kr. kan de godt", "£1,000 was too much".
    r"|^\s*(?:kr\.?\s*|dkk\s*)?(?:is|was|er|var|blev)\s+(?:lidt\s+|a bit\s+|way\s+|alt\s+|simply\s+)?(?:for meget|too much|too high|for højt|out of reach"
    r"|off the table|not possible|not doable|too steep|ikke muligt|ikke realistisk|udelukket|ude af billedet)"
    # Beyond what they can (round 16): "150.000 kr. er langt over hvad de kan", "£20k was well beyond their budget".
    r"|^\s*(?:kr\.?\s*|dkk\s*)?(?:is|was|er|var|blev)\s+(?:langt\s+|far\s+|way\s+|noget\s+|well\s+|a lot\s+)?"
    r"(?:over|above|beyond|more than|mere end|ud over)\s+(?:hvad|what|their|deres|the|budget\w*)\b"
)
# An amount from an earlier year is history, not this log's pledge: "gav 7.500 kr. sidste år".
_PAST = re.compile(
    r"\b(?:sidste år|sidste gang|last year|last time|i fjor|tidligere|previously|forrige år|sidst|sidste måned|last month"
    # What they usually or first gave, beside what they give now: "de plejer at give 1.000 kr, i år 1.500 kr.".
    r"|plejer|usually|normally|normalt|oprindeligt|originally|at first)\b"
)
# Said of an earlier year outright: an amount with only these beside it is history, not this year's ask.
_PAST_YEAR = re.compile(r"\b(?:sidste år|last year|i fjor|forrige år|the year before|året før|sidste gang|last time)\b")
# A gift dated in a year of its own is history too: "de gav 3.000 kr i 2025", "in 2024 they sponsored us with $1,000".
_DATED = re.compile(
    r"(?:^\s*|\b(?:i|in|back in|tilbage i|and|og|&)\s+)(?:19|20)\d{2}\b(?![\d.,]|\s*(?:kr|dkk|kroner|,-))"
)
_GAVE = re.compile(
    r"\b(?:gav|gave|donerede|donated|sponsorerede|sponsored|støttede|supported|betalte|paid|bevilgede|granted|contributed"
    r"|bidrog|funded)\b"
)


def _earlier(clause: str, pattern: re.Pattern[str]) -> bool:
    """Whether a clause dates its amount in an earlier year ("sidste år", or a year with a verb of giving in the past)."""
    return bool(pattern.search(clause) or (_DATED.search(clause) and _GAVE.search(clause)))


_CLAUSE_EDGE = re.compile(r"[,;.!?–]\s|\s-\s|\b(?:men|but|og|and|this year|i år)\b")
# A range: "mellem 5.000 og 10.000 kr.", "between 5,000 and 10,000 DKK", "5.000-10.000 kr.".
_RANGE_BETWEEN = re.compile(r"^\s*(?:-|–|til|to|og|and)\s*$")
_RANGE_START = re.compile(r"(?:mellem|between|fra|from)\s+$")
_RANGE_DASH_BEFORE = re.compile(r"\d\s*[-–]\s*$")
# An amount said to be the total ("15,000 in total", "i alt 15.000" is read before it by _TOTAL_BEFORE).
_TOTAL_AFTER = re.compile(r"\s*(?:kr\.?|dkk|kroner|,-)?\s*(?:in total|i alt|all told|totalt|total\b(?!\s+value))")
# A change from one figure to another, the verb before "from": "raise it from", "har sænket beløbet fra".
_FROM_CHANGED = re.compile(
    r"\b(?:rais\w*|increas\w*|upp\w*|bump\w*|cut\w*|lower\w*|reduc\w*|chang\w*|hæve\w*|hævet|sænk\w*|nedsat\w*|øge\w*"
    r"|ændre\w*|skær\w*|skåret|gone up|gået op|gået ned|went up|went down)\b[^.;!?\n]{0,25}\b(?:from|fra)\s+$"
)


# Goods named right before the amount they are worth: "gavekort for 2.000 kr.", "gift cards worth 1,500 DKK" (a count
# before them, "5 gavekort til 200 kr.", leaves a price or cash open: the card asks).
_IN_KIND_BEFORE = re.compile(
    r"(?<!\d )\b(?:gavekort\w*|gift ?cards?|vouchers?|tilgodebeviser|varegavekort\w*)\s+(?:(?:for|til|på|of|worth)\s+)?"
    r"(?:(?:i alt|in total|a total of|samlet)\s+)?(?:ca\.?\s*|about\s+)?$"
)


def in_kind_values(low: str, money: list[tuple[int, int, Money]], *, any_currency: bool = False) -> set[int]:
    """Indexes of DKK amounts that estimate the value of goods or services, not cash.

    With `any_currency`, amounts in other currencies too ("$250 in gift cards", "£300 worth of vouchers"): those are
    no cash either, though their value is no DKK estimate to add up.
    """
    found = set()
    for n, (start, end, amount) in enumerate(money):
        if amount.currency != "DKK" and not any_currency:
            continue
        before = low[max(0, start - 40) : start]
        value = VALUE_BEFORE.search(before)
        if value and not _CASH_WORDS.search(before[: value.start()][-25:]):
            found.add(n)
        elif _IN_KIND_AFTER.match(low[end:]) or VALUE_AFTER.match(low[end:]) or _IN_KIND_BEFORE.search(before):
            found.add(n)
    return found


def _clause(low: str, start: int, end: int) -> str:
    head = low[:start]
    edges = list(_CLAUSE_EDGE.finditer(head))
    left = edges[-1].end() if edges else 0
    tail = _CLAUSE_EDGE.search(low, end)
    return low[left : tail.start() if tail else len(low)]


def our_own(low: str, money: list[tuple[int, int, Money]]) -> set[int]:
    """The amounts that are our own budget, goal or money ("vi har selv 5.000 kr. i budget", "we've got £2k of our
    own"): no pledge of the partner's, so they make no yes said without a verb (round 15)."""
    return {
        n
        for n, (start, end, _) in enumerate(money)
        if _OUR_OWN_AFTER.match(low[end:]) or _OUR_GOAL_BEFORE.search(low[max(0, start - 40) : start])
    }


def not_cash(low: str, money: list[tuple[int, int, Money]], skip: set[int]) -> tuple[set[int], set[int]]:
    """The amounts that are no cash pledged or asked for now, and those the card should ask about.

    Dropped: in-kind values, an asked amount replaced by a counter-offer or "instead of", and an
    earlier year's amount beside this year's. An earlier year's amount alone stays, flagged.
    """
    dropped = in_kind_values(low, money, any_currency=True) - skip
    unsure: set[int] = set()
    live = [n for n in range(len(money)) if n not in skip and n not in dropped]
    # An amount of an earlier year ("they gave $1,000 to the Little League last year") is no offer that an amount
    # asked for after it ("Asked for $500 ...") would be the hoped-for one beside.
    history = {n for n in live if _earlier(_clause(low, money[n][0], money[n][1]), _PAST_YEAR)}
    for n in live:
        start, end, _ = money[n]
        before = low[max(0, start - 40) : start]
        later = [k for k in live if k > n]
        if _REFUSED_AFTER.match(low[end:]) and later:
            dropped.add(n)  # "the $300 is a no, but they'll do $100"
        elif _NOT_BEFORE.search(before) and any(_BUT.search(low[end : money[k][0]]) for k in later):
            dropped.add(n)  # "not $5,000 but they'll do two grand"
        elif any(_TOTAL_AFTER.match(low, money[k][1]) for k in later):
            dropped.add(n)  # "adds 5,000 DKK to their pledge, so 15,000 in total": the total stands
        elif _OUR_OWN_AFTER.match(low[end:]):
            dropped.add(n)  # "we've got £2k of our own for the festival": ours, not theirs
        elif (_OUR_BUDGET_BEFORE.search(before) and len(live) > 1) or _OUR_GOAL_BEFORE.search(before):
            dropped.add(n)  # "our budget for the festival is £5,000; asked them for £1,000"
        elif any(_CHANGED_TO.search(low[max(money[n][1], money[k][0] - 40) : money[k][0]]) for k in later):
            dropped.add(n)  # "ja til 5.000 kr., men har nu sænket det til 2.000 kr."
        elif _INSTEAD_BEFORE.search(before) and any(k < n for k in live):
            dropped.add(n)  # "8,000 instead of 15,000 DKK"
        elif _ASKED_BEFORE.search(before) and any(_OFFER_BETWEEN.search(low[end : money[k][0]]) for k in later):
            dropped.add(n)
        elif (_ASKED_JUST_BEFORE.search(before) and any(k < n and k not in dropped | history for k in live)) or (
            _ASKED_AFTER.match(low[end:]) and any(k != n for k in live)
        ):
            dropped.add(n)  # "4.000 kr + 50 slikposer (vi havde håbet på 10.000)", "can't do the 30k we asked, but 15k"
    live = [n for n in live if n not in dropped]
    for a, b in zip(live, live[1:], strict=False):
        between = low[money[a][1] : money[b][0]]
        dash = between.strip() in ("-", "–")
        if _RANGE_BETWEEN.match(between) and (dash or _RANGE_START.search(low[max(0, money[a][0] - 12) : money[a][0]])):
            if _FROM_CHANGED.search(low[max(0, money[a][0] - 40) : money[a][0]]):
                dropped.add(a)  # "they raise it from 20k to 35k", "sænket fra 8.000 til 6.000": the new figure
                continue
            dropped.add(b)  # a range counts its lower end; the card asks
            unsure.add(a)
    for n in live:
        if _RANGE_DASH_BEFORE.search(low[max(0, money[n][0] - 6) : money[n][0]]):
            unsure.add(n)  # "5-10.000 kr.": read as written, the card asks
    live = [n for n in live if n not in dropped]
    past = [n for n in live if _earlier(_clause(low, money[n][0], money[n][1]), _PAST)]
    for n in past:
        if len(past) < len(live):
            dropped.add(n)
        else:
            unsure.add(n)  # "de gav 5.000 kr. sidste år": this year's amount is not said; the card asks
            if _earlier(_clause(low, money[n][0], money[n][1]), _PAST_YEAR):
                dropped.add(n)  # history alone is no money now ("last year they gave $500")
    return dropped, unsure
