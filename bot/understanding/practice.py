"""Follow-ups the bot suggests on its own, following the partnership practice in DOMAIN.md."""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

from .classify import find_agreement
from .holidays import add_working_days, next_working_day_on_or_after
from .model import FollowUp
from .patterns import cues
from .times import local_datetime

SUMMARY_EMAIL_TEXT = {"da": "Send en opsummerende mail om aftalen", "en": "Send an e-mail summing up the agreement"}
CALLBACK_TEXT = {"da": "Ring tilbage", "en": "Call back"}
CALLBACK_WORKING_DAYS = 2
# "voicemail" mentions no e-mail; the summary itself, by any of its names ("Opsummering sendt", "sent the summary",
# "recap goes out tonight", "resumé følger", "minutes to follow", "wrap-up email tmrw"), is one.
_MENTIONS_EMAIL = cues(
    r"(?<![a-zæøå])e-?mail|\bmail|\bopsummering|\bsummary\b|\brecap\b|\bwrap-?up\b|\bminutes\b(?= (?:to follow|follow|go|goes|going|will|out|sent|coming))|\bsammenfatning|\bresumé|\breferat(?:et)?\b|\bdrop(?:ped)? (?:\w+ ){0,2}a line\b"
)

# A line that reports an agreement already in writing, paid or delivered changes that agreement (DOMAIN.md) and
# makes none to sum up: "Kontrakten er underskrevet", "pengene er gået ind på kontoen", "the mugs were delivered",
# "they've paid the invoice". Negated or still to come ("hvis ikke underskrevet", "underskrives d. 10/2") is not.
_ALREADY_SETTLED = cues(
    r"(?:er|blev|er blevet) (?:nu |allerede |endelig )?(?:underskrevet|skrevet under|betalt|indbetalt|overført|leveret"
    r"|afleveret|kommet retur underskrevet)\b"
    r"|(?:har|havde) (?:nu |allerede |endelig )?(?:underskrevet|skrevet under|betalt|indbetalt|overført|leveret|afleveret)\b"
    r"|(?:gået|kommet|sat) ind på (?:vores |bibliotekets )?(?:konto(?:en)?)\b"
    r"|(?:was|were|is|are|has been|have been|'s been|'ve been) (?:now |already |finally )?(?:signed|countersigned|paid"
    r"|transferred|delivered|dropped off)\b"
    r"|(?:has|have|'ve|'s) (?:now |already |finally )?(?:signed|countersigned|paid|transferred|delivered|dropped off)\b"
    r"|came back signed|(?:payment|money|funds|cheque|check|transfer) (?:has |have )?(?:arrived|came in|cleared|landed)\b"
    # The signed paper back, a written confirmation, money in the account, goods arrived or dropped off:
    # "Underskrevet kontrakt modtaget", "bekræftet skriftligt", "sent the signed contract back", "hit our account",
    # "the mugs arrived today", "dropped off the pies", "got the cheque", "picked up the 40 loaves", "the £500 cleared"
    # (not "she picked up", "cleared it with head office").
    r"|underskrev(?:et|ne) (?:kontrakt|aftale)\w*(?: er)? (?:modtaget|kommet|retur)|(?:signed|countersigned) (?:contract|agreement|copy)"
    r"(?: is| was)? (?:back|received|returned|came back|arrived)\b|sen[dt]t? (?:\w+ )?(?:the |den |os |us )?(?:signed|countersigned"
    r"|underskrev(?:et|ne)) (?:contract|agreement|kontrakt|aftale)\w*|(?:bekræftet|confirmed)\b(?:[^.;!?\n]|(?<=\d)\.(?=\d)|(?<=kr)\.){0,40}?\b(?:skriftligt|på skrift|in writing)\b"
    r"|hit (?:our|the|their) (?:account|bank)|(?:payment|betaling(?:en)?|pengene|beløbet) (?:er )?(?:received|modtaget)"
    r"|(?:got|received|fik|modtog|har modtaget) (?:the |their |a )?(?:cheque|check|money|payment|transfer|checken|pengene|beløbet"
    r"|betalingen)\b|(?<!be )(?<!to )\b(?:arrived|dropped off|came through)\b|\bpicked up (?:the |their |our |\d)|\bcleared\b(?! (?:it|this|that|with|by))|\b(?:kommet|ankommet) i dag\b"
    r"|(?:kontrakt|aftale)\w* (?:er )?(?:kommet )?retur(?:neret)? underskrevet|(?:fik|modtog|got|received) (?:\w+ )?(?:kontrakt|aftale"
    r"|contract|agreement)\w* (?:retur|tilbage|back)\b|signed and returned|underskrevet og returneret"
    r"|(?:er|blev) (?:nu )?(?:af)?hentet\b|landet på (?:vores |bibliotekets )?konto"
    # The signed paper back with what it is for between: "the signed agreement for the 60 loaves came back this morning",
    # "den underskrevne aftale om de 60 brød kom retur i morges".
    r"|(?:signed|countersigned|underskrevne?) (?:contract|agreement|kontrakt|aftale)\w*(?: (?:for|on|about|om|på|vedr\.?)"
    r" [^.;!?\n]{1,40}?)? (?:came back|is back|has come back|arrived|was returned|kom (?:retur|tilbage)|er kommet (?:retur|tilbage))\b"
)
# Where the clause of a settled agreement ends: "the shelves were delivered yesterday, and he's also said yes to paint".
_CLAUSE_BREAK = re.compile(r"[.;!?\n–—]|,?\s+(?:og|and|men|but)\s+|,\s+(?=(?:og|and|men|but|he|she|they|han|hun|de)\b)")


def _yes_beside_settled(low: str, settled: re.Match[str]) -> bool:
    """Whether a yes stands outside the clause that reports an agreement already settled: a new one to sum up."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(low, 0, settled.start())]
    after = _CLAUSE_BREAK.search(low, settled.end())
    start, end = (before[-1] if before else 0), (after.start() if after else len(low))
    rest = low[:start] + " " * (end - start) + low[end:]
    return find_agreement(rest)[0] == "yes"


def suggest(
    *,
    kind: str,
    agreement: str | None,
    followups: list[FollowUp],
    low: str,
    today: date,
    tz: ZoneInfo,
    lang: str,
) -> list[FollowUp]:
    """Return the suggested follow-ups: a same-day summary e-mail and a callback in 2 working days."""
    suggested = []
    # An e-mail interaction is itself the written word ("Fra: ... vi støtter gerne med 5.000 kr."), as an
    # e-mail mentioned is: no summary e-mail, only the callback.
    wrote = kind == "email" or _MENTIONS_EMAIL.search(low)
    settled = _ALREADY_SETTLED.search(low)
    if settled and agreement == "yes" and _yes_beside_settled(low, settled):
        settled = None  # "the shelves were delivered, and he's also said yes to paint": the new yes is summed up
    if agreement == "yes" and not wrote and not settled and not any(f.action == "email" for f in followups):
        # "Same day", but weekends and holidays are skipped for suggestions.
        day = next_working_day_on_or_after(today)
        suggested.append(FollowUp("email", local_datetime(day, 0, 0, tz), True, None, SUMMARY_EMAIL_TEXT[lang]))
    if not followups and agreement != "no" and kind in ("call", "meeting", "email"):
        day = add_working_days(today, CALLBACK_WORKING_DAYS)
        suggested.append(FollowUp("call", local_datetime(day, 0, 0, tz), True, None, CALLBACK_TEXT[lang]))
    return suggested
