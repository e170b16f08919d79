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
    "team_digest.moved": {"da": ":arrow_forward: *Partnere der har flyttet sig* ({n})", "en": ":arrow_forward: *Partners that moved* ({n})"},
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
        "da": "Kanalen er delt udadtil: kun partnere, der har sagt ja til omtale, nævnes ved navn.",
        "en": "This channel is shared outside: only partners who agreed to publicity are named.",
    },
    # ----- `/partner settings team-digest` --------------------------------------------------
    "settings.team_digest_on": {
        "da": "Teamoverblik: *til* i <#{channel}>{shared}, hver *{day}* kl. *{time}* ({tz})",
        "en": "Team digest: *on* in <#{channel}>{shared}, every *{day}* at *{time}* ({tz})",
    },
    "settings.team_digest_shared": {"da": " (delt udadtil)", "en": " (shared outside)"},
    "settings.team_digest_off": {
        "da": "Teamoverblik: *fra* (slå til med `team-digest #kanal`)",
        "en": "Team digest: *off* (turn on with `team-digest #channel`)",
    },
    "settings.team_digest_invite": {
        "da": "Husk at invitere mig i kanalen: `/invite @Partnerbot`.",
        "en": "Remember to invite me to the channel: `/invite @Partnerbot`.",
    },
    "settings.team_digest_usage": {
        "da": "Brug fx `{command} indstillinger team-digest #kampagne`, `team-digest #kampagne delt fre 09:00` "
              "eller `team-digest off`. Vælg kanalen fra listen, når du skriver #.",
        "en": "Use e.g. `{command} settings team-digest #campaign`, `team-digest #campaign shared fri 09:00` "
              "or `team-digest off`. Pick the channel from the list when you type #.",
    },
}
