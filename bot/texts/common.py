"""Texts shared by every feature: help, language, errors."""

TEXTS: dict[str, dict[str, str]] = {
    # ----- calendar names (the e-mail draft, dates in exports, the console's Slack dates) ---
    "calendar.weekdays": {
        "da": "mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
        "en": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    },
    "calendar.months": {
        "da": "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december",
        "en": "January,February,March,April,May,June,July,August,September,October,November,December",
    },
    "calendar.months_short": {
        "da": "jan.,feb.,mar.,apr.,maj,jun.,jul.,aug.,sep.,okt.,nov.,dec.",
        "en": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
    },
    # ----- help ----------------------------------------------------------------------------
    "help.title": {
        "da": "Partnerbot holder styr på jeres partnere, aftaler og opfølgninger.",
        "en": "Partnerbot keeps track of your partners, agreements and follow-ups.",
    },
    "help.usage": {
        "da": "Skriv `{command} &lt;kommando&gt;`:",
        "en": "Type `{command} &lt;command&gt;`:",
    },
    "help.unknown_meant": {
        "da": "Jeg kender ikke kommandoen `{word}`. Mente du `{command}`? Her er dem, jeg kender:",
        "en": "I don't know the command `{word}`. Did you mean `{command}`? Here are the ones I know:",
    },
    "help.unknown": {
        "da": "Jeg kender ikke kommandoen `{word}`. Her er dem, jeg kender:",
        "en": "I don't know the command `{word}`. Here are the ones I know:",
    },
    "help.footer": {
        "da": "Skriv én linje efter et opkald, så husker botten resten.",
        "en": "Write one line after a call and the bot remembers the rest.",
    },
    "help.cmd.help": {
        "da": "denne oversigt",
        "en": "this overview",
    },
    "help.cmd.language": {
        "da": "vælg sprog: `da`, `en` eller `auto` (følger din Slack-indstilling)",
        "en": "choose the language: `da`, `en` or `auto` (follows your Slack setting)",
    },
    # ----- language ---------------------------------------------------------------------
    "language.set": {
        "da": "Jeg skriver nu til dig på dansk.",
        "en": "I will now write to you in English.",
    },
    "language.auto": {
        "da": "Jeg følger nu sproget i din Slack-indstilling.",
        "en": "I will now follow the language of your Slack settings.",
    },
    "language.usage": {
        "da": "Brug `{command} sprog da`, `en` eller `auto`.",
        "en": "Use `{command} language da`, `en` or `auto`.",
    },
    # ----- generic errors ---------------------------------------------------------------
    "error.internal": {
        "da": "Noget gik galt hos mig, og intet blev gemt. Prøv igen om lidt.",
        "en": "Something went wrong on my side and nothing was saved. Please try again in a moment.",
    },
    "request.replayed": {
        "da": "Den forespørgsel er allerede behandlet; intet blev ændret igen.",
        "en": "That request was already handled; nothing was changed again.",
    },
    "error.not_found": {
        "da": "Det findes ikke længere (eller hører til et andet workspace). Intet blev ændret.",
        "en": "That no longer exists (or belongs to another workspace). Nothing was changed.",
    },
    "error.slack_unreachable": {
        "da": "Jeg kan ikke nå Slack lige nu, så jeg kunne ikke gøre det færdigt. Prøv igen om et øjeblik.",
        "en": "I cannot reach Slack right now, so I could not finish that. Please try again in a moment.",
    },
    "error.busy": {
        "da": "Databasen er optaget lige nu, og intet blev gemt. Prøv igen om et øjeblik.",
        "en": "The database is busy right now and nothing was saved. Please try again in a moment.",
    },
}
