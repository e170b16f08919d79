"""Names of the domain's values as users read them: stages, kinds, actions, statuses."""

TEXTS: dict[str, dict[str, str]] = {
    # Partner stages
    "stage.prospect": {"da": "emne", "en": "prospect"},
    "stage.contacted": {"da": "kontaktet", "en": "contacted"},
    "stage.interested": {"da": "interesseret", "en": "interested"},
    "stage.agreed_verbally": {"da": "mundtlig aftale", "en": "agreed verbally"},
    "stage.confirmed_in_writing": {"da": "bekræftet skriftligt", "en": "confirmed in writing"},
    "stage.active": {"da": "aktiv", "en": "active"},
    "stage.completed": {"da": "afsluttet", "en": "completed"},
    "stage.declined": {"da": "takket nej", "en": "declined"},
    "stage.paused": {"da": "sat på pause", "en": "paused"},
    # Partner kinds
    "partner_kind.business": {"da": "virksomhed", "en": "business"},
    "partner_kind.union": {"da": "fagforening", "en": "union"},
    "partner_kind.publisher": {"da": "forlag", "en": "publisher"},
    "partner_kind.municipal_department": {"da": "kommunal forvaltning", "en": "municipal department"},
    "partner_kind.workplace": {"da": "arbejdsplads", "en": "workplace"},
    "partner_kind.school": {"da": "skole", "en": "school"},
    "partner_kind.association": {"da": "forening", "en": "association"},
    "partner_kind.foundation": {"da": "fond", "en": "foundation"},
    "partner_kind.other": {"da": "andet", "en": "other"},
    # Publicity wishes
    "publicity.public": {"da": "må gerne nævnes", "en": "may be named"},
    "publicity.no_publicity": {"da": "ønsker ingen omtale", "en": "wants no publicity"},
    "publicity.ask_first": {"da": "spørg før omtale", "en": "ask before naming"},
    # Interaction kinds
    "interaction.call": {"da": "opkald", "en": "call"},
    "interaction.meeting": {"da": "møde", "en": "meeting"},
    "interaction.email": {"da": "e-mail", "en": "e-mail"},
    "interaction.note": {"da": "note", "en": "note"},
    # Ask / pledge kinds
    "pledge_kind.money": {"da": "penge", "en": "money"},
    "pledge_kind.time": {"da": "tid", "en": "time"},
    "pledge_kind.advice": {"da": "sparring", "en": "advice"},
    "pledge_kind.products": {"da": "produkter", "en": "products"},
    "pledge_kind.books": {"da": "bøger", "en": "books"},
    "pledge_kind.other": {"da": "andet", "en": "other"},
    # Pledge statuses
    "pledge_status.proposed": {"da": "foreslået", "en": "proposed"},
    "pledge_status.verbal": {"da": "mundtlig", "en": "verbal"},
    "pledge_status.confirmed_email": {"da": "bekræftet på mail", "en": "confirmed by e-mail"},
    "pledge_status.contract_signed": {"da": "kontrakt underskrevet", "en": "contract signed"},
    "pledge_status.delivered": {"da": "leveret", "en": "delivered"},
    "pledge_status.declined": {"da": "afslået", "en": "declined"},
    "pledge_status.cancelled": {"da": "trukket tilbage", "en": "withdrawn"},
    # Follow-up actions
    "action.call": {"da": "Ring", "en": "Call"},
    "action.email": {"da": "Send mail", "en": "E-mail"},
    "action.meeting": {"da": "Møde", "en": "Meeting"},
    "action.contract": {"da": "Kontrakt", "en": "Contract"},
    "action.other": {"da": "Følg op", "en": "Follow up"},
    # Follow-up statuses
    "followup_status.open": {"da": "åben", "en": "open"},
    "followup_status.done": {"da": "klaret", "en": "done"},
    "followup_status.snoozed": {"da": "udsat", "en": "snoozed"},
    "followup_status.cancelled": {"da": "droppet", "en": "dropped"},
    # Agreement answers
    "agreement.yes": {"da": "ja", "en": "yes"},
    "agreement.maybe": {"da": "måske", "en": "maybe"},
    "agreement.no": {"da": "nej", "en": "no"},
}
