"""Texts of changing a saved log: the Edit modal's limits, quick fixes on the card, the summary e-mail draft."""

TEXTS: dict[str, dict[str, str]] = {
    "modal.not_shown": {
        "da": "Ikke vist her, og beholdes uændret: {what}.",
        "en": "Not shown here, and kept as they are: {what}.",
    },
    "modal.hidden_followups": {"da": "{n} opfølgninger mere", "en": "{n} more follow-ups"},
    "modal.hidden_contacts": {"da": "{n} kontaktpersoner mere", "en": "{n} more contacts"},
    "modal.hidden_money": {"da": "{n} beløb mere", "en": "{n} more amounts"},
    "modal.hidden_items": {"da": "{n} ting mere", "en": "{n} more items"},
    "modal.error_partner_unclear": {
        "da": "«{name}» passer på flere partnere ({names}). Skriv det fulde navn på den rigtige.",
        "en": "“{name}” fits several partners ({names}). Write the full name of the right one.",
    },
    "log.fix.in_writing": {"da": "✔️ Bekræftet skriftligt", "en": "✔️ Confirmed in writing"},
    "log.fix.delivered": {"da": "📦 Leveret", "en": "📦 Delivered"},
    "log.fix.withdrawn": {"da": "↩️ Trukket tilbage", "en": "↩️ Withdrawn"},
    "log.more_pledges": {
        "da": "… og {n} aftaler mere fra denne log (se `status` for partneren).",
        "en": "… and {n} more agreements from this log (see `status` for the partner).",
    },
    "log.publicity": {"da": "*Omtale:* {publicity}", "en": "*Publicity:* {publicity}"},
    "log.button.summary": {"da": "Udkast til opsummerende mail", "en": "Draft summary e-mail"},
}
