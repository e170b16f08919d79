"""Link resolved time phrases to the promised actions around them, and find their owners."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .model import FollowUp
from .times import WEAK_WEEKDAYS, WEEKDAYS, TimeSpan
from .vocab import ACTION_CUES, CONTRACT_OBJECTS, FIRST_NAMES, OPEN_FOLLOWUP, REPLY_CUES, VAGUE_TIME

# Cues for follow-ups the shared vocabulary does not have yet ("mød op fre kl. 11").
# "kigger han forbi", "møder hun op": a Danish subject after a fronted time sits inside the verb.
_MORE_CUES = (
    (
        r"mød(?:er)?\s+(?:(?:han|hun|de|vi|jeg)\s+)?op\b|mød\b|show\s+up\b|drop\s+by\b"
        r"|kig(?:ger)?\s+(?:(?:han|hun|de|vi|jeg)\s+)?forbi\b|kom(?:mer|me)?\s+(?:(?:han|hun|de|vi|jeg)\s+)?forbi\b"
        # A visit said as coming or stopping by, either way: "he'll come by the library", "<@U1> pops in Friday".
        r"|(?:come|comes|coming|pop|pops|popping|stop|stops|stopping|swing|swings|swinging)\s+(?:by|over|round)\b"
        r"|(?:pop|pops|popping)\s+in\b"
        # Going out to them: "<@U1> og jeg tager derud torsdag kl 10", "we're heading over there Friday".
        r"|tag(?:er|e)?\s+(?:der)?ud\b|tag(?:er|e)?\s+forbi\b|(?:go|goes|going|head|heads|heading)\s+(?:over|out|down|round)\s+(?:there|to)\b",
        "meeting",
    ),
    (
        # The contract coming back signed, by either side (round 17): "Marcus returns it signed next week", "hun
        # returnerer den underskrevet i næste uge", "they'll sign and return it by Friday", "vi får kontrakten retur
        # underskrevet mandag", "we get the form back signed on the 3rd" (done: "returned it signed", "kom retur").
        r"return(?:s|ing)?\s+(?:[\wæøå-]+\s+){1,2}?signed\b|sign(?:s|ing)?\s+and\s+return\b"
        r"|returner(?:er|e)\s+(?:[\wæøå-]+\s+){1,2}?underskrevet\b|skriv(?:er|e)?\s+under\s+og\s+returner(?:er|e)\b"
        r"|(?:får|get|gets|getting)\s+(?:[\wæøå-]+\s+){1,2}?(?:retur|tilbage|back)\s+(?:underskrevet|signed)\b",
        "contract",
    ),
)
_CUES = [(re.compile(r"(?<![\wæøå])(?:" + p + ")"), action) for p, action in ACTION_CUES + _MORE_CUES]
# Coming back to someone ("han vender tilbage inden jul", "she'll get back to us by friday") is a
# promise only with its own time right after it; a date elsewhere in the line ("foredrag d. 15/4
# – de vender tilbage") is not when they answer.
_REPLY = re.compile(r"(?<![\wæøå])(?:" + REPLY_CUES + ")")
_REPLY_REACH = 4
_CONTRACT = re.compile(CONTRACT_OBJECTS)
_OPEN = re.compile(OPEN_FOLLOWUP)
_VAGUE = re.compile(VAGUE_TIME)
_WHEN = re.compile(r"(?:når|så snart|as soon as|once)\b")
_WORD = re.compile(r"\S+")
# "på mail", "by email" after a verb that has happened: the channel of something done.
_CHANNEL = re.compile(
    r"\b(?:bekræftede|bekræftet|skrev|svarede|sendte|sendt|fik|modtog|modtaget|confirmed|sent|replied|wrote|got|received)"
    r"\b[^;!?\n]{0,24}?\b(?:på|pr\.?|per|via|by|over)\s+$"
)
# A visit named by its kind after a topic word is the event asked about: "re: an author visit in March", "about a
# school visit on the 12th", "ang. et forfatter visit".
_TOPIC_BEFORE = re.compile(
    r"(?<![\wæøå])(?:re:?|about|regarding|concerning|for|om|ang\.?|vedr\.?|angående)\s+"
    r"(?:an?|the|our|their|et|en|vores|deres)\s+[\wæøå-]+\s+$"
)
# A cue word used as a noun after a determiner ("waiting for reply") promises nothing.
_NOUN_USE = re.compile(r"(?:our|vores|for|a|the|et|en|your|their|no)\s+$")
# A meeting that belongs to someone else ("their board meeting") is not ours to attend.
_THEIR = re.compile(r"(?:their|deres|his|her|hans|hendes|its|dets|dens)\s+$")
# ... also with its own subject between: "their trustees meet on 30 June", "deres bestyrelse mødes d. 3/5".
_THEIR_BODY = re.compile(r"(?<![\wæøå])(?:their|deres|hans|hendes)\s+[\wæøå-]+\s+(?:will\s+|skal\s+)?$")
# ... and a deciding body named in the definite form: "kreditudvalget mødes først i februar", "bestyrelsen mødes d. 3/5",
# "the committee meets on the 12th".
_BODY_MEETS = re.compile(
    r"(?<![\wæøå])(?:[\wæøå-]*(?:bestyrelsen|udvalget|ledelsen|direktionen|komiteen|komitéen|rådet|generalforsamlingen)"
    r"|the\s+(?:[\w-]+\s+)?(?:board|committee|trustees|council|directors|governors|panel))\s+(?:will\s+|skal\s+|først\s+|first\s+)?$"
)
# A deadline word before the time lets an answer promised reach past its object: "he'll get back to
# us on the $1,000 by end of next week", "hun giver svar om de 40 påskeæg senest fredag".
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|inden|senest|før)\s*$")
# Where one clause of a sentence ends and the next begins: a comma, semicolon or colon, or og/and.
_CLAUSE_JOIN = r"[,;:]|\b(?:og|and|samt|then|så|derefter)\b"
_CLAUSE = re.compile(rf"(?:{_CLAUSE_JOIN})\s*(?P<words>(?:(?!{_CLAUSE_JOIN}).)*)$")
_CLAUSE_END = re.compile(_CLAUSE_JOIN, re.IGNORECASE)
# "He's away till the 14th – call him after that": the action's time is counted from another, not the one before it.
_AFTER_THAT = re.compile(
    r"(?:\s+(?:him|her|them|til|to|ham|hende|dem|back|tilbage|igen|again|op))*\s+(?:after that|afterwards|then|efter det|derefter|bagefter)\b"
)
_CLAUSE_OPEN = re.compile(rf"(?:{_CLAUSE_JOIN}|[–-])\s*$")
# A time said as the possessive of a call or meeting names that interaction (round 17): "a recap of this morning's call",
# "notes from today's meeting", "after yesterday's chat", "the agenda for Friday's visit". It is no time for the action
# before it; one of today or earlier is the logged interaction and no follow-up at all, one to come is the meeting
# itself. Danish says it with the genitive of the day word ("formiddagens møde", "gårsdagens opkald", "mødet i
# morges"), which is read as no time to begin with.
_POSSESSIVE_EVENT = re.compile(
    r"'s?\s+(?:[\w-]+\s+)?(?:call|phone call|meeting|mtg|chat|talk|conversation|visit|session|catch-?up|zoom|teams"
    r"|coffee|lunch|discussion|check-?in)\b"
)
_MAX_WORDS_BEFORE = 8
_MAX_WORDS_AFTER = 6


@dataclass
class Cue:
    """An action word in the text."""

    start: int
    end: int
    action: str
    reach: int | None = None  # at most this many words to its time, which must come after it


# "call <someone> back": the particle after a long object is the promise, where the time follows it.
_CALL_BACK_PARTICLE = re.compile(
    r"(?<![\wæøå])(?:call(?:s|ing)?|ring(?:s|ing)?|phon(?:e|es|ing))(?:\s+(?!back\b|tilbage\b)[\w'&.()-]+){2,6}?\s+(?P<p>back|tilbage)\b"
)


# The partner confirming or replying ("de bekræfter senest onsdag", "they'll confirm by Monday", "she'll reply by
# Friday") is their answer, an `other` follow-up as "vender tilbage"; only with a mail word after it ("confirm by
# email") is it an e-mail.
_PARTNER_SUBJECT = re.compile(
    r"(?<![\wæøå'])(?:(?:they|he|she)(?:'ll|\s+will|\s+would|\s+should|\s+can)?|(?:de|han|hun)(?:\s+(?:vil|skal|kan))?)\s+$"
)
# ... and a name before the third person ("Marco confirms the time on Friday", "Ulla replies by Monday"); a colleague's
# mention there is blanked, so "<@U1> confirms the booking Friday" stays an e-mail to send.
_NAMED_BEFORE = re.compile(r"(?<![\wæøå'])(?!(?:and|then|also|so|who|that|og)\s)[a-zæøå][\wæøå'-]+\s+$")
_MAIL_AFTER = re.compile(r"[^.;!?\n]{0,40}?(?<![\wæøå])(?:e-?mail|mail|skriftligt|in writing)")


# Words that open a clause of their own, never part of a recipient's name: "mailede Lise og sender kontrakten".
_JOINS = r"(?:og|and|men|but|then|så|samt|will|skal|vil|jeg|vi|we|i'll|we'll)\b"
# A thing already sent or received ("Jeg mailede hende bekræftelsen kl 13", "Emailed her the summary this morning",
# "sent the contract yesterday", "Fik kontrakten retur underskrevet i dag", "got the signed agreement back"): its noun
# after a past verb of sending or receiving is what was done, no promise.
_DONE_BEFORE = re.compile(
    r"(?<![\wæøå])(?:e-?mailede|mailede|sendte|skrev|videresendte|postede|emailed|e-mailed|mailed|sent|wrote|forwarded|posted"
    # what came to us: "fik bekræftelsen i dag", "got their written confirmation today", "received the invoice"
    r"|fik|fået|modtog|modtaget|got|received)"
    # The recipient, never a clause of its own: "Mailede Lise og sender kontrakten i morgen" sends one still to come.
    r"\s+(?:(?!" + _JOINS + r")[\wæøå'-]+\s+){0,3}"
    # ... with their organisation after it (round 17): "Emailed Tomasz Wiśniewski at Baltic Bakery a recap", "Sent Jo at
    # Hill Farm the summary", "Mailede Lise Holm hos Brugsen Tune opsummeringen".
    r"(?:(?:at|from|of|hos|fra|ved|på|i)\s+(?:(?!" + _JOINS + r")[\wæøå'&.-]+\s+){1,4})?"
    # the person's organisation in brackets between: "mailede Rikke (Dagrofa Kolding) bekræftelsen"
    r"(?:\([^()]{1,40}\)\s+(?:[\wæøå'-]+\s+){0,2})?$"
)


# A contract said signed right after it names no contract to send: "kontrakten er underskrevet i dag".
_SIGNED_AFTER = re.compile(
    r"(?:[^.!?;\n]|(?<=\d)\.(?=\d)|(?<=kr)\.){0,40}?\b(?:er |is |was |blev |has been |were )?(?<!skal )(?<!to be )"
    r"(?:underskrevet|signed)\b(?! (?:by|inden|before|senest)\b)"
)


# ... and one said come back: "the signed agreement for the 60 loaves came back this morning", "kontrakten kom retur i
# går" ("will come back signed" is still to come).
_BACK_AFTER = re.compile(
    r"(?:[^.!?;\n]|(?<=\d)\.(?=\d)|(?<=kr)\.){0,40}?\b(?:came back|has come back|is back|was returned|arrived"
    r"|kom (?:retur|tilbage)|er kommet (?:retur|tilbage)|er retur)\b"
)


# A document said sent right after it is done, not to send: "Opsummering sendt kl. 14", "Summary sent at 3", "the recap
# went out at 2pm", "referatet er sendt kl 15" ("sendes", "to be sent" and "sent by Friday" are still to come).
# A delivery or a pick-up named by its noun and said come already: "leveringen kom i dag", "the delivery arrived".
_CAME_AFTER = re.compile(
    r"[\wæøå]*(?:\s+(?:fra|from)\s+[\wæøå'-]+(?:\s+[\wæøå'-]+)?)?\s+(?:er\s+|is\s+|was\s+|has\s+|have\s+)?"
    r"(?:kom|ankom|kommet|ankommet|modtaget|came|arrived|landed|received|went fine|gik fint)\b"
)
# A first name that is also an auxiliary opening a sentence of the writer's own: "Will try again Monday", "May call
# her Friday".
_AUXILIARY_NAME = re.compile(
    r"\s*(?:Will|May|Can)\s+(?:(?:also|probably|then|just|definitely)\s+)?"
    r"(?:try|call|ring|phone|email|e-mail|mail|send|follow|check|chase|ping|text|see|get|be|have|do|drop|pop|meet|circle|reach|write)\b"
)
_CONTRACT_BY = re.compile(r"(?:contract|kontrakt\w*|agreement)\s+(?:via|by|per|pr\.?|på|over)\s+(?:e-?)?$")
_DELIVERY_NOUNS = frozenset({"levering", "leveringen", "delivery", "shipping", "afsendelse", "udbringning"})
_SENT_AFTER = re.compile(
    r"[\wæøå]*\s+(?:er\s+|blev\s+|is\s+|was\s+|has\s+been\s+|allerede\s+|already\s+)?(?<!to be )"
    r"(?:sendt|afsendt|mailet|sent|emailed|went\s+out|gone\s+out|gik\s+(?:af\s*sted|ud))\b(?!\s+(?:by|inden|senest|before)\b)"
)
# The logged interaction named with a past verb ("Had a call w/ Dee at 11", "Havde et møde med Dee kl 11", "Holdt
# møde med ...") happened: its clock is when, not a follow-up, even when that hour is past today.
_HAD_BEFORE = re.compile(
    r"(?<![\wæøå])(?:had|havde|holdt|held)\s+(?:(?:a|an|et|en|our|vores|a\s+quick|et\s+kort)\s+)?$"
)


# The medium named right after a follow-up that names none: "følger op på tlf. fredag", "I'll circle back
# by phone thurs", "chase Marisol on the phone", "tager fat i hende pr. mail".
_MEDIUM_AFTER = re.compile(
    r"(?:\s+\w+)?(?:\s+(?:op|up|back|igen|again|i|på|on))?\s+"  # "følger op", "tager fat i hende", "circle back"
    r"(?:(?P<phone>(?:på|pr\.?|per|via|over)\s+(?:tlf\.?|telefon(?:en)?|fon)|(?:by|on|over|via)\s+(?:the\s+)?(?:tele)?phone)"
    r"|(?:på|pr\.?|per|via|over)\s+(?:e-?mail|mail(?:en)?)|(?:by|via|over|on)\s+(?:e-?mail|mail))\b"
)


# What is still to come, sent: "han sender resten fredag", "they'll send the rest on Friday" is a delivery.
_THE_REST = re.compile(
    r"\s+(?:os\s+|us\s+|over\s+|them\s+|him\s+|her\s+|dem\s+|ham\s+|hende\s+)?"
    r"(?:resten|de resterende|det resterende|the rest|the remainder|the remaining)\b"
)
# Sent back signed, or signed and then sent (round 17): "she'll send it back signed by Friday", "han sender den retur
# underskrevet fredag", "de skriver under og sender den retur", "they'll sign and send it back Monday": the contract.
_SIGNED_IN_WINDOW = re.compile(r"\b(?:signed|underskrevet)\b")
_SIGNED_THEN = re.compile(r"\b(?:skriv(?:er|e)?\s+under|underskriv(?:er|e)?|sign(?:s)?)\s+(?:\w+\s+)?(?:og|and)\s+$")
# The subject right after the verb, Danish word order after a fronted object or time ("kontrakten sender jeg").
# A colleague's mention there is blanked: "kontrakten sender <@U1> fredag".
# "send it", "sender den": the thing sent named just before.
_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:it|them|den|det|dem)\b|(?:him|her|ham|hende|them|dem)\s+(?:it|den|det)\b)")
_SUBJECT_AFTER = re.compile(r"\s+(?:jeg|vi|han|hun|de)\b|\s{8,}(?=\S)")


def find_cues(low: str) -> list[Cue]:
    """Return every action cue, resolving "send" to e-mail or contract by its object."""
    cues: list[Cue] = []
    taken = bytearray(len(low) + 1)
    for pattern, action in _CUES:
        for m in pattern.finditer(low):
            if any(taken[m.start() : m.end()]):
                continue
            if action == "email" and m.group(0) == "reply" and _NOUN_USE.search(low[: m.start()]):
                continue
            if action == "meeting" and (
                _THEIR.search(low[max(0, m.start() - 12) : m.start()])
                or _THEIR_BODY.search(low[max(0, m.start() - 40) : m.start()])
                or _BODY_MEETS.search(low[max(0, m.start() - 40) : m.start()])
            ):
                continue
            if (
                action == "meeting"
                and m.group(0) == "visit"
                and _TOPIC_BEFORE.search(low[max(0, m.start() - 40) : m.start()])
            ):
                continue  # "re: an author visit in March": the event we ask about, no follow-up
            if action == "email" and _CHANNEL.search(low[max(0, m.start() - 30) : m.start()]):
                continue  # "bekræftede de 25.000 på mail i dag": how it came, not a mail to send
            if action in ("email", "send", "contract") and _DONE_BEFORE.search(low[max(0, m.start() - 70) : m.start()]):
                continue  # "mailede hende bekræftelsen kl 13": sent already
            if action in ("email", "contract") and _SENT_AFTER.match(low, m.end()):
                continue  # "Opsummering sendt kl. 14": done
            if action == "contract" and (_SIGNED_AFTER.match(low, m.end()) or _BACK_AFTER.match(low, m.end())):
                continue  # "kontrakt på de 25.000 kr. underskrevet i dag", "the contract was signed today": done
            if action == "email" and _CONTRACT_BY.search(low[max(0, m.start() - 30) : m.start()]):
                continue  # "contract via email before Feb 26": the e-mail is how the contract comes
            if m.group(0) in _DELIVERY_NOUNS and _CAME_AFTER.match(low, m.end()):
                continue  # "leveringen kom i dag", "the delivery arrived this morning": done
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            if (
                action == "email"
                and (
                    (
                        m.group(0) in ("confirm", "bekræfter", "bekræfte", "reply")
                        and _PARTNER_SUBJECT.search(low[max(0, m.start() - 20) : m.start()])
                    )
                    or (
                        m.group(0) in ("confirms", "replies")
                        and _NAMED_BEFORE.search(low[max(0, m.start() - 30) : m.start()])
                    )
                )
                and not _MAIL_AFTER.match(low, m.end())
            ):
                action = "other"
            if action == "other":
                medium = _MEDIUM_AFTER.match(low, m.end())
                if medium:  # "følger op på tlf.", "circle back by phone", "chase her by email"
                    action = "call" if medium.group("phone") else "email"
            cues.append(Cue(m.start(), m.end(), action))
    for m in _REPLY.finditer(low):
        if not any(taken[m.start() : m.end()]):
            cues.append(Cue(m.start(), m.end(), "other", reach=_REPLY_REACH))
    for m in _CALL_BACK_PARTICLE.finditer(low):
        if not any(taken[m.start("p") : m.end("p")]):
            cues.append(Cue(m.start("p"), m.end("p"), "call"))  # "Call Lucy at Boots Lewes back next week"
    cues.sort(key=lambda c: c.start)
    for i, cue in enumerate(cues):
        if cue.action != "send":
            continue
        word = low[cue.start : cue.end]
        if word.endswith("es") and i > 0 and cues[i - 1].action not in ("send",) and cue.start - cues[i - 1].end < 25:
            # Passive "Kontrakt sendes": the thing sent comes first.
            cue.action = cues[i - 1].action if cues[i - 1].action in ("contract", "email") else "email"
            continue
        if _SUBJECT_AFTER.match(low, cue.end):
            # A fronted object, the subject after the verb: "kontrakten sender jeg mandag", "referatet sender vi i dag".
            if _CONTRACT.search(low[max(0, cue.start - 20) : cue.start]):
                cue.action = "contract"
                continue
            if i > 0 and cues[i - 1].action in ("contract", "email") and cue.start - cues[i - 1].end < 25:
                cue.action = cues[i - 1].action
                continue
        window = " ".join(_WORD.findall(low[cue.end : cue.end + 60])[:4])
        if (
            re.match(
                r"\s*(?:\w+\s+)?(?:(?:the|de)\s+(?:last|remaining|other|sidste|resterende|øvrige)\s+)?\d+\s+[a-zæøå]",
                low[cue.end : cue.end + 40],
            )
            or _THE_REST.match(low, cue.end)
        ) and not word.endswith("es"):
            cue.action = "other"  # "they will send 180 teddy bears" is a delivery, not an e-mail
            continue
        before = low[max(0, cue.start - 20) : cue.start]
        if _SIGNED_IN_WINDOW.search(window) or _SIGNED_THEN.search(low[max(0, cue.start - 30) : cue.start]):
            cue.action = "contract"  # "sends it back signed", "skriver under og sender den retur"
            continue
        if _PRONOUN_OBJECT.match(low, cue.end) and _CONTRACT.search(low[max(0, cue.start - 40) : cue.start]):
            # "draft the agreement and send it Monday", "skriver kontrakten og sender den fredag": the pronoun is it
            cue.action = "contract"
            continue
        cue.action = (
            "contract" if _CONTRACT.search(window) or (word.endswith("es") and _CONTRACT.search(before)) else "email"
        )
    return cues


def _reach(cue: Cue, low: str, span: TimeSpan) -> int:
    if cue.reach is None:
        return _MAX_WORDS_BEFORE
    deadline = _DEADLINE_BEFORE.search(low[max(0, span.start - 12) : span.start]) or re.match(
        r"(?:by|before|inden|senest|før)\b", low[span.start : span.end]
    )
    return _MAX_WORDS_BEFORE if deadline else cue.reach


def _words_between(low: str, a: int, b: int) -> int:
    return len(_WORD.findall(low[a:b])) if b > a else 0


def _sentence_of(pos: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for start, end in sentences:
        if start <= pos < end:
            return start, end
    return sentences[-1]


def link(
    spans: list[TimeSpan],
    cues: list[Cue],
    low: str,
    text: str,
    sentences: list[tuple[int, int]],
    kind_cue: tuple[int, int] | None,
    mentions: list[tuple[str, int]],
    contact_names: list[str],
    now: datetime,
) -> tuple[list[FollowUp], list[str]]:
    """Turn time spans that belong to an action cue into follow-ups; return them and unresolved text."""
    loose_parts = _loosen_parts_of_day(spans, low, text)
    spans = [s for s in spans if not s.swallowed]
    # "a recap of this morning's call": the interaction logged, no follow-up; one unread is still reported below
    owned = {id(s) for s in spans if _POSSESSIVE_EVENT.match(low, s.end)}
    spans = [
        s
        for s in spans
        if id(s) not in owned or (s.due is None and not s.past) or (s.due is not None and s.due.date() > now.date())
    ]
    owned = {i for i, s in enumerate(spans) if id(s) in owned}  # "Friday's meeting": only the meeting after it
    claimed: set[int] = set()
    chosen: dict[int, Cue] = {}
    # Pass 0: a time that opens its clause with the action right after it ("..., og torsdag ringer hun",
    # "Friday I'll drop off the posters") belongs to that action, not to one in the clause before.
    for idx, span in enumerate(spans):
        inside = [i for i, c in enumerate(cues) if i not in claimed and span.start <= c.start and c.end <= span.end]
        if inside:  # a day and its clock around the action: "torsdag mødes vi med Lise kl. 9.30"
            claimed.add(inside[0])
            chosen[idx] = cues[inside[0]]
            continue
        s_start, s_end = _sentence_of(span.start, sentences)
        head = low[s_start : span.start]
        if head.strip() and not _CLAUSE_OPEN.search(head):
            continue
        for i, c in enumerate(cues):
            if (
                i not in claimed
                and c.reach is None
                and span.end <= c.start < s_end
                and _words_between(low, span.end, c.start) <= 2
                and not _CLAUSE_END.search(low[span.end : c.start])
            ):
                claimed.add(i)
                chosen[idx] = c
                break
    # Pass 1: an action word before its time ("ring igen torsdag").  Pass 2: after it
    # ("i morgen: ring til Lars"), for spans that found nothing before.
    for direction in ("before", "after"):
        for idx, span in enumerate(spans):
            if idx in chosen:
                continue
            s_start, s_end = _sentence_of(span.start, sentences)
            prev_end = max([s_start] + [o.end for o in spans[:idx] if s_start < o.end <= span.start])
            next_start = min([s_end] + [o.start for o in spans[idx + 1 :] if o.start >= span.end])
            if direction == "before":
                if idx in owned:
                    continue
                candidates = [
                    (i, c)
                    for i, c in enumerate(cues)
                    if i not in claimed
                    and c.start >= prev_end
                    and c.end <= span.start
                    and _words_between(low, c.end, span.start) <= _reach(c, low, span)
                    and (
                        not kind_cue
                        or not _is_kind_cue(c, kind_cue)
                        or c.action == "meeting"
                        or _words_between(low, c.end, span.start) <= 4
                    )
                ]
                pick = candidates[-1] if candidates else None
            else:
                candidates = [
                    (i, c)
                    for i, c in enumerate(cues)
                    if i not in claimed
                    and c.reach is None
                    and not _AFTER_THAT.match(low, c.end)
                    and c.start >= span.end
                    and c.end <= next_start
                    and _words_between(low, span.end, c.start) <= _MAX_WORDS_AFTER
                ]
                pick = candidates[0] if candidates else None
            if pick is not None:
                claimed.add(pick[0])
                chosen[idx] = pick[1]
    followups: list[FollowUp] = []
    # Every phrase that looks like a time but could not be read is reported, linked or not.
    unresolved: list[str] = [s.text for s in spans if s.due is None and not s.past] + loose_parts
    for idx, cue in sorted(chosen.items()):
        span = spans[idx]
        if span.past or span.due is None:
            continue
        if (
            kind_cue
            and _is_kind_cue(cue, kind_cue, low)
            and (
                _already_happened(span, now)
                or _names_today(span, cue, now)
                or _HAD_BEFORE.search(low[max(0, cue.start - 20) : cue.start])
            )
        ):
            continue  # the logged interaction itself ("Møde i dag med ...") is not a follow-up
        s_start, s_end = _sentence_of(span.start, sentences)
        start, end = min(cue.start, span.start), max(cue.end, span.end)
        owner = _owner(s_start, s_end, text, mentions, contact_names, low, start, end)
        followups.append(
            FollowUp(
                cue.action,
                span.due,
                span.all_day,
                owner,
                text[start:end].strip(),
                alternatives=list(span.alternatives),
                flags=list(span.flags),
            )
        )
    # A clause in a list of promises ("..., og mød op fre kl. 11") whose time was read but whose
    # action word was not: said, not dropped.
    linked_sentences = {_sentence_of(spans[i].start, sentences) for i in chosen}
    for idx, span in enumerate(spans):
        if idx in chosen or span.past or span.due is None:
            continue
        if _sentence_of(span.start, sentences) not in linked_sentences:
            continue
        clause = _CLAUSE.search(low[_sentence_of(span.start, sentences)[0] : span.start])
        if clause is not None and 1 <= len(_WORD.findall(clause.group("words"))) <= 3:
            begin = span.start - len(clause.group("words"))
            unresolved.append(text[begin : span.end].strip())
    for m in _VAGUE.finditer(low):
        if any(s.start <= m.start() < s.end and s.due is not None for s in spans):
            continue  # part of a time that was read ("by COB Friday")
        if _WHEN.match(low, m.start()) and any(m.start() <= s.start < m.end() and s.due is not None for s in spans):
            continue  # a condition holding a time that was read: "når du ringer til Bo fredag"
        s_start, s_end = _sentence_of(m.start(), sentences)
        if any(s_start <= c.start < s_end for c in cues):
            unresolved.append(text[m.start() : m.end()])
    for cue in cues:
        that = _AFTER_THAT.match(low, cue.end)
        if that and cue not in chosen.values():
            unresolved.append(text[cue.start : that.end()])  # said, with no day of its own
    for m in _OPEN.finditer(low):
        s_start, s_end = _sentence_of(m.start(), sentences)
        if not any(s_start <= s.start < s_end for s in spans):
            # The words after "ring igen" are where its time would be ("at 3 15", "after school"):
            # the card names them, so the writer sees what was not read, not just the verb.
            after = _CLAUSE_END.split(text[m.end() : s_end], maxsplit=1)[0]
            words = list(_WORD.finditer(after))[:_MAX_WORDS_AFTER]
            end = m.end() + (words[-1].end() if words else 0)
            unresolved.append(text[m.start() : end].rstrip(".!?"))
    unique: list[FollowUp] = []
    for f in followups:
        if not any(u.action == f.action and u.due == f.due for u in unique):
            unique.append(f)
    unique.sort(key=lambda f: f.due)
    return unique, list(dict.fromkeys(unresolved))


# A part of the day after today's weekday before the kind: "Sunday night call w/ ...", "Fri am call w/", "Mandag
# formiddag møde med ...".
_PART_OF_DAY_AFTER = re.compile(
    r"\s+(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night|lunchtime|morgen|formiddag|eftermiddag|aften|middag)\.?$"
)


def _names_today(span: TimeSpan, cue: Cue, now: datetime) -> bool:
    """'Saturday call with ...' written on a Saturday: today's weekday naming the interaction it stands before."""
    if span.end > cue.start:
        return False
    words = span.text.strip().lower()
    day = _PART_OF_DAY_AFTER.sub("", words).rstrip(".")
    if day != words:  # with a part of the day after it even a short weekday ("Fri am") is one
        return WEEKDAYS.get(day, WEAK_WEEKDAYS.get(day)) == now.weekday()
    return WEEKDAYS.get(day) == now.weekday()


# An early, late or middle part of the day ("late morning Thursday", "early afternoon tomorrow", "midt på formiddagen i
# morgen") is not the clock of that part: the day is read, all day, and the part is said on the card.
_PART_WORD = re.compile(r"morning|afternoon|evening|formiddag|eftermiddag|aften|dagen|middag")
_NTH_WORKING_DAY = re.compile(r"\S+ (?:hverdag|arbejdsdag|working day|business day|workday) ")


def _loosen_parts_of_day(spans: list[TimeSpan], low: str, text: str) -> list[str]:
    said: list[str] = []
    for m in _VAGUE.finditer(low):
        if _NTH_WORKING_DAY.match(m.group(0)):
            # "første hverdag i januar": the month inside it is not the day meant, so nothing is read.
            for span in spans:
                if span.due is not None and m.start() <= span.start and span.end <= m.end():
                    span.swallowed = True  # said once, as the loose phrase around it
            continue
        if not _PART_WORD.search(m.group(0)):
            continue
        for span in spans:
            if span.due is None or span.all_day or not (span.start < m.end() and m.start() < span.end):
                continue
            span.due = span.due.replace(hour=0, minute=0)
            span.all_day = True
            span.alternatives = []
            if span.start <= m.start():
                said.append(text[m.start() : m.end()])  # inside the span, so the loop over vague words skips it
    return said


def _already_happened(span: TimeSpan, now: datetime) -> bool:
    assert span.due is not None
    if span.all_day:
        return span.due.date() <= now.date()
    return span.due <= now


_AGAIN = re.compile(r"\s+(?:back|again|igen|tilbage|op)\b")


def _is_kind_cue(cue: Cue, kind_cue: tuple[int, int], low: str = "") -> bool:
    if low and _AGAIN.match(low, cue.end):
        return False  # "call back", "ring igen": a promise, never the logged interaction itself
    return cue.start < kind_cue[1] and cue.end > kind_cue[0]


# A first-person subject opening a clause ("og jeg ringer hende op", "and I'll call"): the writer's own.
_OWN_CLAUSE = re.compile(r"\s*(?:(?:men|but|så|so|then)\s+)?(?:jeg|vi|i|we|i'll|we'll|i'm|we're)\b")
_WITH_ME = re.compile(r"\s*(?:jeg|i)\b")
# ... or right after the verb, when the clause opens with its object or its time: "kontrakten sender jeg mandag".
_OWN_AFTER_VERB = re.compile(r"\s*(?:[\wæøå-]+\s+){1,3}(?:jeg|vi)\b")


def _subject_of_own_clause(text: str, low: str, pos: int, s_end: int) -> bool:
    """Whether words follow the mention at `pos` in its clause ("og <@U1> henter dem fredag"), not a mention alone
    at the end ("Ring Bo Friday, <@U1>")."""
    close = text.find(">", pos)
    if close < 0:
        return False
    after = _CLAUSE_END.search(low, close + 1, s_end)
    return bool(re.search(r"\w", text[close + 1 : after.start() if after else s_end]))


# A clause whose subject is the partner answering or coming back to us ("<@U1> skriver til hende i morgen, og hun svarer
# inden fredag", "<@U1> emails the form and she'll get back to us by Friday"): theirs, not the colleague's.
_THEIR_ANSWER_CLAUSE = re.compile(
    r"\s*(?:han|hun|de|he|she|they)(?:'ll|\s+will|\s+vil|\s+skal(?:\s+nok)?)?\s+(?:"
    + REPLY_CUES
    + r"|ringer (?:os |mig )?tilbage\b|calls? (?:us |me )?back\b|bekræfter\b|confirms?\b|replies\b|reply\b)"
)


def _contact_leads(text: str, c_start: int, contacts: list[str]) -> bool:
    """Whether the clause at `c_start` opens with a partner contact's name (or first name) as its subject."""
    first = re.match(r"\s*([A-ZÆØÅ][\wæøåé'-]+)(?:\s+[A-ZÆØÅ][\wæøåé'-]+)?\s+[a-zæøå']", text[c_start:])
    if first is None:
        return False
    name = first.group(1).lower()
    return any(name in c.lower().split() for c in contacts)


def _owner(
    s_start: int,
    s_end: int,
    text: str,
    mentions: list[tuple[str, int]],
    contacts: list[str],
    low: str = "",
    f_start: int = -1,
    f_end: int = -1,
) -> str | None:
    inside = [uid for uid, pos in mentions if s_start <= pos < s_end]
    if inside and low and f_start >= 0:
        # Several colleagues in one sentence ("<@A> mailer i dag og <@B> ringer tors"): each promise
        # belongs to the mention of its own clause, and a clause of the writer's own ("og jeg ringer")
        # to nobody named.
        joins = [m.end() for m in _CLAUSE_END.finditer(low, s_start, f_start)]
        c_start = joins[-1] if joins else s_start
        after = _CLAUSE_END.search(low, f_end, s_end)
        c_end = after.start() if after else s_end
        own = [uid for uid, pos in mentions if c_start <= pos < c_end]
        if own:
            return own[0]
        if joins and (_contact_leads(text, c_start, contacts) or _THEIR_ANSWER_CLAUSE.match(low, c_start)):
            # "<@U1> sends the invoice Monday and Olivia emails the PO number Tuesday": the partner's contact is the
            # subject of this clause, so it is their promise, no colleague's.
            return None
        if not any(s_start <= pos < c_start for _, pos in mentions) and all(
            _subject_of_own_clause(text, low, pos, s_end) for _, pos in mentions if c_end <= pos < s_end
        ):
            # "Anders sender billeder i morgen, og <@U1> henter dem fredag": the colleague is the subject of a later
            # clause of their own, not of this one.
            return None
        if joins and _WITH_ME.match(low, c_start):
            # "<@A> og jeg tager derud torsdag": a colleague and the writer together, the colleague named.
            before = [
                uid for uid, pos in mentions if s_start <= pos < c_start and not low[pos : c_start - 3].strip(" ,")
            ]
            if before and re.search(r"(?:\bog|\band)\s*$", low[s_start:c_start]):
                return before[-1]
        if _OWN_CLAUSE.match(low, c_start) or _OWN_AFTER_VERB.match(low, c_start):
            return None  # "Jeg sender mailen i dag, og <@B> ringer", "kontrakten sender jeg mandag": the writer's
    if inside:
        return inside[0]
    if len({uid for uid, _ in mentions}) == 1:
        # "Anna drafts the agreement": a colleague's first name, not a partner contact; a clause of the writer's own
        # after it ("Mia ringer torsdag, jeg mailer i dag") is not hers.
        first = re.match(r"\s*([A-ZÆØÅ][\wæøå]+)", text[s_start:s_end])
        if first and _AUXILIARY_NAME.match(text, s_start):
            first = None  # "Will try again Monday 9am": the auxiliary, no colleague called Will
        if first and first.group(1).lower() in FIRST_NAMES and not any(first.group(1) in c for c in contacts):
            if low and f_start >= 0:
                joins = [m.end() for m in _CLAUSE_END.finditer(low, s_start, f_start)]
                if joins and (_OWN_CLAUSE.match(low, joins[-1]) or _OWN_AFTER_VERB.match(low, joins[-1])):
                    return None
            return mentions[0][0]
    return None
