"""CSV exports: everything about the partners, and the public sponsor list that names only partners marked public."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.domain.overview.due import effective_due
from bot.domain.practice import PLEDGED
from bot.i18n import t
from storage import overview as queries
from storage.models import (
    IN_WRITING,
    Campaign,
    FollowUp,
    Partner,
    PartnerKind,
    Pledge,
    PledgeKind,
    Publicity,
)
from storage.scope import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """A cell a spreadsheet will not run: text starting with =, +, -, @ (or tab, CR) gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_delimiter(lang: str) -> str:
    """Danish spreadsheets use ';' between cells (the comma is their decimal mark)."""
    return ";" if lang == "da" else ","


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]], *, lang: str) -> bytes:
    """CSV as UTF-8 with a byte-order mark, so spreadsheets show æøå, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=csv_delimiter(lang), lineterminator="\r\n")
    writer.writerow([csv_safe(h) for h in header])
    for row in rows:
        writer.writerow([csv_safe(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


EXPORT_COLUMNS = (
    "type",
    "partner",
    "kind",
    "stage",
    "publicity",
    "campaigns",
    "name",
    "role",
    "email",
    "phone",
    "decision_maker",
    "amount_dkk",
    "quantity",
    "value_dkk",
    "status",
    "in_writing",
    "due",
    "owner",
    "note",
)
PUBLIC_COLUMNS = ("partner", "kind", "campaigns", "supports_with")


def _local(moment: datetime | None, tz: str, *, all_day: bool = False) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(tz))
    return local.strftime("%Y-%m-%d") if all_day else local.strftime("%Y-%m-%d %H:%M")


def _export_partners(session: Session, ws: Workspace, campaign: Campaign | None) -> list[Partner]:
    partners: list[Partner] = []
    offset = 0
    while True:
        page, total = queries.partners_page(
            session, ws=ws, campaign_id=campaign.id if campaign else None, limit=1000, offset=offset
        )
        partners.extend(page)
        offset += len(page)
        if not page or offset >= total:
            return partners


def export_table(
    session: Session, *, ws: Workspace, campaign: Campaign | None, tz: str, lang: str
) -> tuple[list[str], list[list[object]]]:
    """One row per partner, then its contacts, agreements and open follow-ups (a 'type' column tells which)."""
    partners = _export_partners(session, ws, campaign)
    ids = [p.id for p in partners]
    camps = queries.campaign_names_of_partners(session, ws=ws, partner_ids=ids)
    contacts: dict[int, list] = {}
    for c in queries.contacts_of_partners(session, ws=ws, partner_ids=ids):
        if c.partner_id is not None:
            contacts.setdefault(c.partner_id, []).append(c)
    pledges: dict[int, list[Pledge]] = {}
    for pledge in queries.pledges_of_partners(session, ws=ws, partner_ids=ids):
        pledges.setdefault(pledge.partner_id, []).append(pledge)
    followups: dict[int, list[FollowUp]] = {}
    for f in queries.open_followups_of(session, ws=ws, partner_ids=ids):
        if f.partner_id is not None:
            followups.setdefault(f.partner_id, []).append(f)

    def lbl(prefix: str, value: object) -> str:
        return t(lang, f"{prefix}.{getattr(value, 'value', value)}")

    rows: list[list[object]] = []
    for p in partners:
        base = [
            p.name,
            lbl("partner_kind", p.kind),
            lbl("stage", p.stage),
            lbl("publicity", p.publicity),
            ", ".join(camps.get(p.id, [])),
        ]
        blank = [""] * 12
        rows.append([t(lang, "overview.csv.type.partner"), *base, *blank[:12], p.notes or ""])
        for c in contacts.get(p.id, []):
            rows.append(
                [
                    t(lang, "overview.csv.type.contact"),
                    *base,
                    c.name,
                    c.role or "",
                    c.email or "",
                    c.phone or "",
                    bool(c.is_decision_maker),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    c.notes or "",
                ]
            )
        for pl in pledges.get(p.id, []):
            # Cash in "amount", the estimated value of goods apart in "value": never added together.
            rows.append(
                [
                    t(lang, "overview.csv.type.pledge"),
                    *base,
                    pl.what or lbl("pledge_kind", pl.kind),
                    "",
                    "",
                    "",
                    "",
                    pl.amount_dkk if pl.amount_dkk is not None else "",
                    pl.quantity if pl.quantity is not None else "",
                    pl.value_dkk if pl.value_dkk is not None else "",
                    lbl("pledge_status", pl.status),
                    pl.status in IN_WRITING,
                    "",
                    "",
                    pl.evidence or "",
                ]
            )
        for f in followups.get(p.id, []):
            due, all_day = effective_due(f)
            status = t(lang, "overview.due.from_them") if f.by_partner else lbl("followup_status", f.status)
            rows.append(
                [
                    t(lang, "overview.csv.type.followup"),
                    *base,
                    lbl("action", f.action),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    status,
                    "",
                    _local(due, f.due_tz or tz, all_day=all_day),
                    f.owner_user_id or "",
                    f.text or "",
                ]
            )
    return [t(lang, f"overview.csv.col.{c}") for c in EXPORT_COLUMNS], rows


def public_sponsor_table(
    session: Session, *, ws: Workspace, campaign: Campaign | None, lang: str
) -> tuple[list[str], list[list[object]]]:
    """Sponsors that may be named: only partners whose wish is explicitly 'public' and who pledged something.

    'Ask first' and 'no publicity' partners are both left out: a public list is printed on
    flyers and websites, and a wrong entry there cannot be taken back.
    """
    partners = [p for p in _export_partners(session, ws, campaign) if p.publicity == Publicity.PUBLIC]
    ids = [p.id for p in partners]
    camps = queries.campaign_names_of_partners(session, ws=ws, partner_ids=ids)
    gives: dict[int, list[str]] = {}
    for pl in queries.pledges_of_partners(session, ws=ws, partner_ids=ids):
        if pl.status not in PLEDGED:
            continue
        what = pl.what or t(lang, f"pledge_kind.{PledgeKind(pl.kind).value}")
        entry = f"{pl.quantity} {what}" if pl.quantity else what
        if entry not in gives.setdefault(pl.partner_id, []):
            gives[pl.partner_id].append(entry)
    rows: list[list[object]] = [
        [
            p.name,
            t(lang, f"partner_kind.{PartnerKind(p.kind).value}"),
            ", ".join(camps.get(p.id, [])),
            ", ".join(gives[p.id]),
        ]
        for p in partners
        if p.id in gives
    ]
    return [t(lang, f"overview.csv.pub.{c}") for c in PUBLIC_COLUMNS], rows
