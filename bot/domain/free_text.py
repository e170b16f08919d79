"""Does a line typed after `/partner` with no command word read like a log, or like a mistyped command?

README promises that a bare line is a log ("/partner saxo vil gerne sponsorere 5.000 kr"), but a
typo such as "stauts saxo" must get help rather than a saved note. A line reads like a log when it
carries at least two of the signals a log has (a partner, a verb of contact or promise, an amount,
a time), and one of them is the substance of a log: contact or an amount; a question is never a log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.understanding.model import ParseResult
from storage.scope import Workspace
from storage.search import partners_named_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Verbs of contact, offer, promise and answer, in both languages. The parser's interaction kind
# catches past-tense calls, meetings and e-mails; these catch what a partner says or does.
_CONTACT_VERBS = re.compile(
    r"\b(?:"
    # Danish
    r"ring\w*|talte|snakke\w*|mødt\w*|møde\w*|mail\w*|skrev|skriver|besøg\w*|sponsor\w*|støtte\w*|"
    r"giver|give|gav|lover|lovede|sender|sendte|tilbyd\w*|tilbød|donere\w*|bidrag\w*|betal\w*|"
    r"vil gerne|vil ikke|siger ja|siger nej|sagde ja|sagde nej|takke\w* ja|takke\w* nej|aftal\w*|"
    r"bekræft\w*|underskre\w*|leverer|leveret|vender tilbage|"
    # English
    r"call\w*|phoned|spoke|talked|met|meeting|e-?mail\w*|wrote|visit\w*|sponsor\w*|support\w*|"
    r"gives?|gave|promis\w*|send|sends|sent|offer\w*|donat\w*|contribut\w*|pay|pays|paid|"
    r"wants? to|would like|said yes|said no|says yes|says no|agree\w*|declin\w*|confirm\w*|"
    r"sign\w*|deliver\w*|get back"
    r")\b",
    re.IGNORECASE,
)


# A question is asked of the bot, not logged: "hvornår ringede vi til saxo?".
_QUESTION = re.compile(
    r"\?\s*$|^\s*(?:hvad|hvornår|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|kan du|kan jeg|har vi|what|when|who|"
    r"where|how|why|which|can you|can i|do we|did we|have we|is there)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """Which signals of a log a line carries, and the verdict."""

    partner: bool
    contact: bool
    amount: bool
    time: bool
    question: bool = False

    @property
    def is_log(self) -> bool:
        """Two signals or more, one of them contact or an amount, and not a question."""
        signals = sum((self.partner, self.contact, self.amount, self.time))
        return signals >= 2 and (self.contact or self.amount) and not self.question


def read_line(text: str, understood: ParseResult, *, names_known_partner: bool) -> Reading:
    """The signals of a log in a line, given what the parser understood of it."""
    return Reading(
        partner=names_known_partner or bool(understood.organization),
        contact=(
            understood.kind != "note"
            or bool(understood.contacts)
            or understood.agreement is not None
            or bool(_CONTACT_VERBS.search(text))
        ),
        amount=bool(understood.money or understood.items),
        time=bool(understood.followups),
        question=bool(_QUESTION.search(text)),
    )


def reads_like_log(session: Session, *, ws: Workspace, text: str, understood: ParseResult) -> bool:
    """True when a bare line after `/partner` should be saved as a log rather than answered with help."""
    known = bool(partners_named_in(session, ws=ws, text=text))
    return read_line(text, understood, names_known_partner=known).is_log
