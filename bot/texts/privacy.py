"""Texts of the privacy commands: erasing a person and exporting what is stored about them."""

TEXTS: dict[str, dict[str, str]] = {
    "help.cmd.forget": {
        "da": "slet en kontaktpersons personoplysninger for altid (GDPR; kun for administratorer)",
        "en": "erase a contact's personal data for good (GDPR; admins only)",
    },
    "help.cmd.export_person": {
        "da": "alt hvad der er gemt om en kontaktperson, som JSON (indsigt; kun for administratorer)",
        "en": "everything stored about a contact, as JSON (access request; admins only)",
    },
    "privacy.not_allowed": {
        "da": "Kun workspace-administratorer (eller dem, der er sat op i PRIVACY_ADMINS) kan det. Intet blev ændret.",
        "en": "Only workspace admins (or those set up in PRIVACY_ADMINS) can do that. Nothing was changed.",
    },
    "privacy.usage": {
        "da": "Skriv personens navn, fx `{command} {sub} Lars Jensen`.",
        "en": "Write the person's name, e.g. `{command} {sub} Lars Jensen`.",
    },
    "privacy.no_match": {
        "da": "Jeg fandt ingen kontaktperson, der hedder «{name}».",
        "en": "I found no contact called “{name}”.",
    },
    "privacy.choose": {
        "da": "Flere kontaktpersoner passer på «{name}». Hvem mener du?",
        "en": "Several contacts fit “{name}”. Which one do you mean?",
    },
    "privacy.confirm_forget": {
        "da": "Slet *{name}* ({partner}) for altid? Navn, mail, telefon og noter fjernes, og navnet fjernes fra loggede tekster. Det kan ikke fortrydes.",
        "en": "Erase *{name}* ({partner}) for good? Name, e-mail, phone and notes are removed, and the name is removed from logged text. This cannot be undone.",
    },
    "privacy.button_forget": {"da": "Slet for altid", "en": "Erase for good"},
    "privacy.button_export": {"da": "Eksportér", "en": "Export"},
    "privacy.forgotten": {
        "da": "Personoplysningerne er slettet. Revisionssporet siger kun, at der er slettet, ikke hvad.",
        "en": "The personal data is erased. The audit trail says only that an erasure happened, not what.",
    },
    "privacy.exported": {
        "da": "Her er alt, der er gemt om personen (sendt til dig som fil).",
        "en": "Here is everything stored about the person (sent to you as a file).",
    },
    "privacy.export_failed": {
        "da": "Jeg kunne ikke sende filen lige nu; prøv igen om lidt.",
        "en": "I could not send the file just now; please try again shortly.",
    },
    "privacy.no_partner": {"da": "ingen partner", "en": "no partner"},
}
