"""Texts of the summary e-mail drafted from a log: the e-mail itself and the modal that shows it."""

TEXTS: dict[str, dict[str, str]] = {
    "summary.weekdays": {
        "da": "mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
        "en": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    },
    "summary.months": {
        "da": "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december",
        "en": "January,February,March,April,May,June,July,August,September,October,November,December",
    },
    "summary.date": {"da": "{weekday} {day}. {month}", "en": "{weekday} {day} {month}"},
    "summary.date_time": {"da": "{date} kl. {time}", "en": "{date} at {time}"},
    "summary.subject": {"da": "Opsummering af vores {kind} {date}", "en": "Summary of our {kind} on {date}"},
    "summary.greeting": {"da": "Kære {name}", "en": "Dear {name}"},
    "summary.greeting_none": {"da": "Hej", "en": "Hello"},
    "summary.thanks.call": {"da": "Tak for snakken {date}.", "en": "Thank you for the call on {date}."},
    "summary.thanks.meeting": {"da": "Tak for mødet {date}.", "en": "Thank you for the meeting on {date}."},
    "summary.thanks.email": {"da": "Tak for din mail {date}.", "en": "Thank you for your e-mail of {date}."},
    "summary.thanks.note": {"da": "Tak for snakken {date}.", "en": "Thank you for talking with us on {date}."},
    "summary.intro": {
        "da": "Her er en kort opsummering, så vi er enige om, hvad vi aftalte.",
        "en": "Here is a short summary, so that we agree on what was agreed.",
    },
    "summary.who": {"da": "Til stede: {names}", "en": "Present: {names}"},
    "summary.asked": {"da": "Vi spurgte om: {asks}.", "en": "We asked for: {asks}."},
    "summary.agreed": {"da": "Det aftalte vi:", "en": "What we agreed:"},
    "summary.agreed_none": {
        "da": "Vi aftalte ikke noget endeligt endnu.",
        "en": "We did not agree on anything final yet.",
    },
    "summary.declined": {
        "da": "I kunne ikke være med denne gang – tak fordi I tog jer tid.",
        "en": "You could not take part this time – thank you for taking the time.",
    },
    "summary.item_status.proposed": {"da": "som I overvejer", "en": "which you are considering"},
    "summary.item_status.verbal": {"da": "aftalt mundtligt", "en": "agreed verbally"},
    "summary.item_status.confirmed_email": {"da": "bekræftet på mail", "en": "confirmed by e-mail"},
    "summary.item_status.contract_signed": {"da": "kontrakt underskrevet", "en": "contract signed"},
    "summary.item_status.delivered": {"da": "leveret – tak!", "en": "delivered – thank you!"},
    "summary.ours": {"da": "Det gør vi:", "en": "What we will do:"},
    "summary.theirs": {"da": "Det gør I:", "en": "What you will do:"},
    "summary.step.call": {"da": "Vi ringer til jer {when}", "en": "We call you {when}"},
    "summary.step.email": {"da": "Vi skriver til jer {when}", "en": "We write to you {when}"},
    "summary.step.meeting": {"da": "Vi mødes {when}", "en": "We meet {when}"},
    "summary.step.contract": {
        "da": "Vi sender en aftale til underskrift {when}",
        "en": "We send an agreement to sign {when}",
    },
    "summary.step.other": {"da": "Vi følger op {when}", "en": "We follow up {when}"},
    "summary.their_step": {"da": "{what} ({when})", "en": "{what} ({when})"},
    "summary.their_step_plain": {"da": "I vender tilbage {when}", "en": "You get back to us {when}"},
    "summary.when_day": {"da": "senest {date}", "en": "by {date}"},
    "summary.when_time": {"da": "{date_time}", "en": "on {date_time}"},
    "summary.closing": {
        "da": "Skriv endelig, hvis noget ikke stemmer, eller hvis jeg har glemt noget.",
        "en": "Please let me know if anything is not right, or if I have missed something.",
    },
    "summary.regards": {"da": "Venlig hilsen", "en": "Kind regards"},
    # the modal
    "summary.modal_title": {"da": "Opsummerende mail", "en": "Summary e-mail"},
    "summary.modal_intro": {
        "da": "Et udkast ud fra loggen. Kopiér det til din mail, ret det til, og send det i dag. Tryk *Sendt*, når den er sendt.",
        "en": "A draft from the log. Copy it into your e-mail, adjust it, and send it today. Press *Sent* once it is sent.",
    },
    "summary.modal_subject": {"da": "Emne", "en": "Subject"},
    "summary.modal_body": {"da": "Tekst", "en": "Text"},
    "summary.modal_sent": {"da": "Sendt", "en": "Sent"},
    "summary.modal_close": {"da": "Luk", "en": "Close"},
    "summary.sent_done": {
        "da": "✉️ Opsummeringen er markeret som sendt.",
        "en": "✉️ The summary is marked as sent.",
    },
}
