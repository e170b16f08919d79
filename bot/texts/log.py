"""Texts of `/partner log`: the confirmation card, the choice of partner, the log modal."""

TEXTS: dict[str, dict[str, str]] = {
    "help.cmd.log": {
        "da": "gem et opkald, møde eller en mail med én linje, fx `Ringede til Lars hos Danske Bank Greve …`",
        "en": "save a call, meeting or e-mail in one line, e.g. `Called Lars at Danske Bank Greve …`",
    },
    "log.usage": {
        "da": "Skriv hvad der skete efter `{command} log`, fx `{command} log Ringede til Lars Jensen hos Danske Bank Greve. De giver 20.000 kr. Ringer igen torsdag kl. 10.`",
        "en": "Write what happened after `{command} log`, e.g. `{command} log Called Lars Jensen at Danske Bank Greve. They give DKK 20,000. Calling back Thursday at 10.`",
    },
    "log.too_long": {
        "da": "Den log er {length} tegn; jeg kan højst gemme {limit}. Intet blev gemt. Del den op, eller brug genvejen *Log to partner* på en besked.",
        "en": "That log is {length} characters; I can save at most {limit}. Nothing was saved. Split it up, or use the *Log to partner* shortcut on a message.",
    },
    "log.too_long_free": {
        "da": "Den tekst er {length} tegn; en log kan højst være {limit}. Intet blev gemt. Del den op i flere `{command} log …`, eller brug genvejen *Log to partner* på en besked.",
        "en": "That text is {length} characters; a log can be at most {limit}. Nothing was saved. Split it into several `{command} log …`, or use the *Log to partner* shortcut on a message.",
    },
    "log.more_followups": {
        "da": "… og {count} opfølgninger mere. Se dem alle med `/partner frister`.",
        "en": "… and {count} more follow-ups. See them all with `/partner due`.",
    },
    "log.saved": {"da": "✅ *Gemt* · {kind} med *{partner}*", "en": "✅ *Saved* · {kind} with *{partner}*"},
    "log.saved_new_partner": {"da": "(ny partner)", "en": "(new partner)"},
    "log.saved_draft": {
        "da": "📝 *Gemt* · {kind} – men hvilken partner handler det om?",
        "en": "📝 *Saved* · {kind} – but which partner is it about?",
    },
    "log.choose_whose": {
        "da": "Teksten nævner ingen partner, men flere venter på at levere det. Hvem er det fra?",
        "en": "The text names no partner, but several are due to deliver this. Whom is it from?",
    },
    "log.choose_grant": {
        "da": "«{name}» har svaret på en tilladelse, som flere partnere venter på. Hvem gælder svaret?",
        "en": "“{name}” answered a permission several partners are waiting for. Whose is it?",
    },
    "log.choose_ambiguous": {
        "da": "«{name}» passer på flere partnere. Vælg den rigtige:",
        "en": "“{name}” fits several partners. Pick the right one:",
    },
    "log.choose_duplicate": {
        "da": "«{name}» ligner en partner, I allerede har. Er det den?",
        "en": "“{name}” looks like a partner you already have. Is it this one?",
    },
    "log.choose_missing": {
        "da": "Jeg fandt ikke noget firma eller nogen organisation i teksten. Tryk *Ret* og skriv partneren.",
        "en": "I found no company or organisation in the text. Press *Edit* and add the partner.",
    },
    "log.new_partner_button": {"da": "Ny partner: {name}", "en": "New partner: {name}"},
    "log.undone": {
        "da": "↩️ *Fortrudt* – loggen og alt, den oprettede, er fjernet; det, den ændrede, er sat tilbage.",
        "en": "↩️ *Undone* – the log and everything it created are removed; what it changed is put back.",
    },
    "log.contacts": {"da": "*Kontakt:* {names}", "en": "*Contact:* {names}"},
    "log.asked": {"da": "*Spurgt om:* {asks}", "en": "*Asked for:* {asks}"},
    "log.answer": {"da": "*Svar:* {answer}", "en": "*Answer:* {answer}"},
    "log.pledge": {"da": "*Aftale:* {what} – {status}", "en": "*Agreement:* {what} – {status}"},
    "log.not_in_writing": {
        "da": "⚠️ endnu ikke på skrift – få den bekræftet på mail",
        "en": "⚠️ not in writing yet – get it confirmed by e-mail",
    },
    "log.in_writing": {"da": "✔️ på skrift", "en": "✔️ in writing"},
    "log.theirs": {"da": "Venter på dem", "en": "Waiting for them"},
    "log.change": {"da": "*{partner}:* {what} – {how}", "en": "*{partner}:* {what} – {how}"},
    "log.change.status": {"da": "nu {status}", "en": "now {status}"},
    "log.change.amount": {"da": "ændret fra {before}", "en": "changed from {before}"},
    "log.unclear_amount": {
        "da": "❓ Er {amount} en ændring af en aftale, I har, eller en ny aftale? Jeg har ikke ændret noget endnu.",
        "en": "❓ Is {amount} a change to an agreement you have, or a new one? I have changed nothing yet.",
    },
    "log.unclear_new": {"da": "➕ Ny aftale: {amount}", "en": "➕ New agreement: {amount}"},
    "log.unclear": {
        "da": "❓ Denne log kan handle om flere aftaler, så jeg har ikke ændret nogen. Hvilken mener du?",
        "en": "❓ This log could be about several agreements, so I changed none. Which one do you mean?",
    },
    "log.in_kind_value": {
        "da": "*Anslået værdi af tingene:* {value} (ikke kontanter)",
        "en": "*Estimated value of the goods:* {value} (not cash)",
    },
    "log.referrals": {"da": "*Ny mulig partner (anbefalet):* {names}", "en": "*New prospect (referred):* {names}"},
    "log.public": {
        "da": "📣 Navn og logo må gerne bruges offentligt.",
        "en": "📣 Name and logo may be used in public.",
    },
    "log.permission_granted": {
        "da": "✅ *Tilladelse givet af* {name} – I kan gå videre.",
        "en": "✅ *Permission given by* {name} – you can go ahead.",
    },
    "log.permission_refused": {
        "da": "🚫 *Tilladelse afslået af* {name} – gå ikke videre uden den.",
        "en": "🚫 *Permission refused by* {name} – do not go ahead without it.",
    },
    "log.permissions_missing": {
        "da": "⛔ *Mangler stadig tilladelse fra:* {names} – vent med at gå videre.",
        "en": "⛔ *Permission still missing from:* {names} – hold off until it comes.",
    },
    "log.stage": {"da": "*Fase:* {stage}", "en": "*Stage:* {stage}"},
    "log.no_publicity": {
        "da": "🤫 *Ønsker ingen omtale* – hold dem ude af flyers, plakater, website og offentlige sponsorlister.",
        "en": "🤫 *Wants no publicity* – keep them off flyers, posters, the website and public sponsor lists.",
    },
    "log.followups": {"da": "*Opfølgning*", "en": "*Follow-ups*"},
    "log.no_followups": {"da": "Ingen opfølgning aftalt.", "en": "No follow-up agreed."},
    "log.suggested": {"da": "💡 *God praksis foreslår*", "en": "💡 *Good practice suggests*"},
    "log.owner": {"da": "ansvarlig {owner}", "en": "owner {owner}"},
    "log.closed_done": {
        "da": "Lukket, da denne kontakt dækker den: {what}",
        "en": "Closed, as this contact covers it: {what}",
    },
    "log.closed_in_writing": {
        "da": "Lukket, da aftalen nu er på skrift: {what}",
        "en": "Closed, as the agreement is now in writing: {what}",
    },
    "log.closed_withdrawn": {
        "da": "Droppet, da aftalen er trukket tilbage: {what}",
        "en": "Dropped, as the agreement is off: {what}",
    },
    "log.closed_replaced": {
        "da": "Erstattet af den nye opringning: {what}",
        "en": "Replaced by the new callback: {what}",
    },
    "log.uncertain": {
        "da": "⚠️ Jeg er usikker på: {fields}. Tjek det, og tryk *Ret* hvis noget er forkert.",
        "en": "⚠️ I am not sure about: {fields}. Check it and press *Edit* if something is wrong.",
    },
    "log.unresolved": {
        "da": "Jeg kunne ikke forstå tidspunktet i «{phrases}»; tilføj det under *Ret*.",
        "en": "I could not work out the time in “{phrases}”; add it under *Edit*.",
    },
    "log.button.edit": {"da": "Ret", "en": "Edit"},
    "log.button.undo": {"da": "Fortryd", "en": "Undo"},
    "log.button.restore": {"da": "Gendan", "en": "Restore"},
    "log.button.done": {"da": "Klaret", "en": "Done"},
    "log.button.keep": {"da": "Behold", "en": "Keep"},
    "log.button.drop": {"da": "Drop", "en": "Drop"},
    "log.notify_owner": {
        "da": "{writer} har givet dig en opfølgning på *{partner}*: {what}",
        "en": "{writer} gave you a follow-up with *{partner}*: {what}",
    },
    "log.unknown_partner": {"da": "(ukendt partner)", "en": "(unknown partner)"},
    # uncertain field names
    "field.organization": {"da": "partner", "en": "partner"},
    "field.contacts": {"da": "kontaktperson", "en": "contact"},
    "field.money": {"da": "beløb", "en": "amount"},
    "field.followups": {"da": "opfølgning", "en": "follow-up"},
    "field.agreement": {"da": "svar", "en": "answer"},
    "field.kind": {"da": "type", "en": "kind"},
    "field.text": {"da": "tekst", "en": "text"},
    "field.tz": {"da": "din tidszone", "en": "your time zone"},
    "field.parse": {"da": "hele teksten", "en": "the whole text"},
    "field.publicity": {"da": "omtale (må de nævnes?)", "en": "publicity (may they be named?)"},
    # the modal
    "modal.title_new": {"da": "Log til partner", "en": "Log to partner"},
    "modal.title_edit": {"da": "Ret log", "en": "Edit log"},
    "modal.submit": {"da": "Gem", "en": "Save"},
    "modal.cancel": {"da": "Annullér", "en": "Cancel"},
    "modal.text": {"da": "Hvad skete der?", "en": "What happened?"},
    "modal.partner": {"da": "Partner", "en": "Partner"},
    "modal.kind": {"da": "Type", "en": "Kind"},
    "modal.contacts": {
        "da": "Kontaktpersoner (én pr. linje: Navn (rolle))",
        "en": "Contacts (one per line: Name (role))",
    },
    "modal.money": {"da": "Beløb i kr.", "en": "Amount in DKK"},
    "modal.items": {"da": "Ting (én pr. linje: antal hvad)", "en": "Items (one per line: quantity what)"},
    "modal.asks": {"da": "Spurgt om", "en": "Asked for"},
    "modal.status": {"da": "Aftalens status", "en": "Status of the agreement"},
    "modal.status_none": {"da": "ingen aftale", "en": "no agreement"},
    "modal.publicity": {"da": "Omtale", "en": "Publicity"},
    "modal.no_publicity": {"da": "Ønsker ingen omtale", "en": "Wants no publicity"},
    "modal.followup": {"da": "Opfølgning {n}", "en": "Follow-up {n}"},
    "modal.followup_none": {"da": "(ingen)", "en": "(none)"},
    "modal.date": {"da": "Dato", "en": "Date"},
    "modal.time": {"da": "Klokken (tom = hele dagen)", "en": "Time (empty = all day)"},
    "modal.owner": {"da": "Ansvarlig", "en": "Owner"},
    "modal.error_money": {"da": "Skriv et beløb i kr., fx 20000", "en": "Write an amount in DKK, e.g. 20000"},
    "modal.error_items": {
        "da": "Skriv antal og hvad, fx «180 læsebamser»",
        "en": "Write quantity and what, e.g. “180 teddy bears”",
    },
    "modal.error_date": {"da": "Vælg en dato til opfølgningen", "en": "Pick a date for the follow-up"},
    "modal.error_text": {
        "da": "Skriv hvad der skete (højst {limit} tegn)",
        "en": "Write what happened (at most {limit} characters)",
    },
    "modal.saved_dm": {"da": "Gemt fra genvejen:", "en": "Saved from the shortcut:"},
}
