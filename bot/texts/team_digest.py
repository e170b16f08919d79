"""Texts of the weekly team digest and its `/partner settings team-digest` setup."""

TEXTS: dict[str, dict[str, str]] = {
    # ----- the message ----------------------------------------------------------------------
    "team_digest.notify": {"da": "Ugens partnerskaber – {week}", "en": "This week in partnerships – {week}"},
    "team_digest.header": {"da": "Ugens partnerskaber – uge {week}", "en": "This week in partnerships – week {week}"},
    "team_digest.period": {"da": "Fra {start} til {end}", "en": "From {start} to {end}"},
    "team_digest.activity": {
        "da": ":speech_balloon: *{n} nye registreringer* ({kinds}), *{partners}* partnere kontaktet",
        "en": ":speech_balloon: *{n} new logs* ({kinds}), *{partners}* partners contacted",
    },
    "team_digest.kind.call": {"da": "{n} opkald", "en": "{n} calls"},
    "team_digest.kind.meeting": {"da": "{n} møder", "en": "{n} meetings"},
    "team_digest.kind.email": {"da": "{n} e-mails", "en": "{n} e-mails"},
    "team_digest.kind.note": {"da": "{n} noter", "en": "{n} notes"},
    "team_digest.agreements": {
        "da": ":handshake: *Aftaler indgået* ({n}): {total} i alt, heraf {written} på skrift og {verbal} mundtligt",
        "en": ":handshake: *Agreements reached* ({n}): {total} in all, {written} in writing and {verbal} verbal",
    },
    "team_digest.in_writing": {"da": "på skrift", "en": "in writing"},
    "team_digest.verbal": {"da": "mundtlig", "en": "verbal"},
    "team_digest.moved": {
        "da": ":arrow_forward: *Partnere der har flyttet sig* ({n})",
        "en": ":arrow_forward: *Partners that moved* ({n})",
    },
    "team_digest.due": {
        "da": ":calendar: *Opfølgninger i den kommende uge*: {n}, fordelt på {people} personer",
        "en": ":calendar: *Follow-ups due in the coming week*: {n}, for {people} people",
    },
    "team_digest.due_owner": {"da": "• {who}: {n}", "en": "• {who}: {n}"},
    "team_digest.due_unowned": {"da": "• uden ansvarlig: {n}", "en": "• without an owner: {n}"},
    "team_digest.not_in_writing": {
        "da": ":memo: *Aftaler, der endnu ikke er på skrift* ({n})",
        "en": ":memo: *Agreements not yet in writing* ({n})",
    },
    "team_digest.losing_touch": {
        "da": ":hourglass: *Partnere uden kontakt i 30 dage* ({n})",
        "en": ":hourglass: *Partners with no contact in 30 days* ({n})",
    },
    "team_digest.never_contacted": {"da": "ingen kontakt registreret", "en": "no contact logged"},
    "team_digest.unnamed": {
        "da": "• {n} partnere, der ikke skal nævnes offentligt",
        "en": "• {n} partners who are not to be named publicly",
    },
    "team_digest.unnamed_amount": {
        "da": "• {n} partnere, der ikke skal nævnes offentligt: {amount}",
        "en": "• {n} partners who are not to be named publicly: {amount}",
    },
    "team_digest.more": {"da": "… og {n} mere", "en": "… and {n} more"},
    "team_digest.footer": {
        "da": "Ugentligt overblik for kampagneteamet. Skift kanal eller tid med `/partner indstillinger team-digest`.",
        "en": "Weekly overview for the campaign team. Change the channel or time with `/partner settings team-digest`.",
    },
    "team_digest.footer_shared": {
        "da": "Kun partnere, der har sagt ja til omtale, nævnes ved navn her.",
        "en": "Only partners who agreed to publicity are named here.",
    },
    # ----- `/partner settings team-digest` --------------------------------------------------
    "settings.team_digest_on": {
        "da": "Teamoverblik: *til* i <#{channel}>, hver *{day}* kl. *{time}* ({tz}), {names}",
        "en": "Team digest: *on* in <#{channel}>, every *{day}* at *{time}* ({tz}), {names}",
    },
    "settings.team_digest_public_only": {
        "da": "nævner kun partnere, der har sagt ja til omtale",
        "en": "naming only partners who agreed to publicity",
    },
    "settings.team_digest_names_all": {
        "da": "nævner alle partnere (privat kanal, ikke delt udadtil)",
        "en": "naming all partners (private channel, not shared outside)",
    },
    "settings.team_digest_off": {
        "da": "Teamoverblik: *fra* (en administrator slår det til med `team-digest #kanal`)",
        "en": "Team digest: *off* (an admin turns it on with `team-digest #channel`)",
    },
    "settings.team_digest_invite": {
        "da": "Husk at invitere mig i kanalen: `/invite @Partnerbot`.",
        "en": "Remember to invite me to the channel: `/invite @Partnerbot`.",
    },
    "settings.team_digest_usage": {
        "da": "Brug fx `{command} indstillinger team-digest #kampagne`, `team-digest #kampagne fre 09:00`, "
        "`team-digest #intern alle` (alle partnere nævnes; kun i en privat kanal, der ikke er delt udadtil) "
        "eller `team-digest off`. Vælg kanalen fra listen, når du skriver #.",
        "en": "Use e.g. `{command} settings team-digest #campaign`, `team-digest #campaign fri 09:00`, "
        "`team-digest #internal all` (names every partner; only in a private channel not shared outside) "
        "or `team-digest off`. Pick the channel from the list when you type #.",
    },
    "settings.team_digest_admins_only": {
        "da": "Kun en administrator af workspacet kan ændre teamoverblikket, for det kan nævne partnere, der ikke "
        "vil omtales. Intet blev ændret.",
        "en": "Only a workspace admin can change the team digest, as it can name partners who want no publicity. "
        "Nothing was changed.",
    },
    "settings.team_digest_not_private": {
        "da": "Slack siger, at <#{channel}> er offentlig eller delt udadtil (eller at jeg ikke er med i den), så der "
        "nævner teamoverblikket kun partnere, der har sagt ja til omtale. Brug `team-digest <#{channel}>` "
        "uden `alle`, eller vælg en privat kanal, jeg er inviteret i. Intet blev ændret.",
        "en": "Slack says <#{channel}> is public or shared outside (or that I am not in it), so there the team "
        "digest names only partners who agreed to publicity. Use `team-digest <#{channel}>` without `all`, "
        "or pick a private channel I am invited to. Nothing was changed.",
    },
    "settings.team_digest_unknown": {
        "da": "Slack svarede ikke på, om <#{channel}> er privat, så jeg kan ikke slå `alle` til nu. Prøv igen om "
        "lidt. Intet blev ændret.",
        "en": "Slack did not answer whether <#{channel}> is private, so I cannot turn on `all` now. Try again in a "
        "moment. Nothing was changed.",
    },
    "settings.team_digest_announce_on": {
        "da": "{who} har sat teamoverblikket op her: hver *{day}* kl. *{time}*, {names}.",
        "en": "{who} set up the team digest here: every *{day}* at *{time}*, {names}.",
    },
    "settings.team_digest_announce_moved": {
        "da": "{who} har flyttet teamoverblikket til <#{channel}>.",
        "en": "{who} moved the team digest to <#{channel}>.",
    },
    "settings.team_digest_announce_off": {
        "da": "{who} har slået teamoverblikket fra.",
        "en": "{who} turned the team digest off.",
    },
}
