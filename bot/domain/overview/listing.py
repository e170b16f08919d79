"""Partners in pages, filtered by stage, kind or campaign."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.domain.overview.due import effective_due
from bot.i18n import LANGUAGES, t
from storage import overview as queries
from storage.models import (
    Campaign,
    FollowUp,
    Partner,
    PartnerKind,
    Stage,
)
from storage.names import search_key
from storage.scope import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ListFilter:
    """What `/partner list` narrows to: a stage, a kind or a campaign (or nothing)."""

    stage: Stage | None = None
    kind: PartnerKind | None = None
    campaign: Campaign | None = None


def _vocab_match(text: str, prefix: str, values: Iterable[str]) -> str | None:
    """The enum value whose name (in any language, or as stored) the text names or starts."""
    key = search_key(text)
    if not key:
        return None
    names: dict[str, set[str]] = {}
    for value in values:
        for candidate in {value.replace("_", " "), *(t(lang, f"{prefix}.{value}") for lang in LANGUAGES)}:
            names.setdefault(search_key(candidate), set()).add(value)
    exact = names.get(key)
    if exact and len(exact) == 1:
        return next(iter(exact))
    if len(key) >= 4:
        starts = {v for name, vs in names.items() if name.startswith(key) for v in vs}
        if len(starts) == 1:
            return next(iter(starts))
    return None


def match_campaign(campaigns: Sequence[Campaign], text: str) -> Campaign | None:
    """The campaign a person names: by its folded name, or the only one whose name starts so."""
    key = search_key(text)
    if not key:
        return None
    exact = [c for c in campaigns if search_key(c.name) == key]
    if exact:
        return exact[0]
    starts = [c for c in campaigns if search_key(c.name).startswith(key)]
    return starts[0] if len(starts) == 1 else None


def parse_list_filter(text: str, campaigns: Sequence[Campaign]) -> ListFilter | None:
    """Read `/partner list <stage | kind | campaign>`; None when the words name none of them."""
    if not text.strip():
        return ListFilter()
    campaign = match_campaign(campaigns, text)
    if campaign is not None and search_key(campaign.name) == search_key(text):
        return ListFilter(campaign=campaign)
    stage = _vocab_match(text, "stage", (s.value for s in Stage))
    if stage is not None:
        return ListFilter(stage=Stage(stage))
    kind = _vocab_match(text, "partner_kind", (k.value for k in PartnerKind))
    if kind is not None:
        return ListFilter(kind=PartnerKind(kind))
    if campaign is not None:
        return ListFilter(campaign=campaign)
    return None


@dataclass(frozen=True)
class ListRow:
    """A partner with its stage, when we last spoke and what comes next."""

    partner: Partner
    last_contact: datetime | None
    next_followup: FollowUp | None


@dataclass(frozen=True)
class ListPage:
    """One page of `/partner list`."""

    rows: list[ListRow]
    total: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts, or None on the last page."""
        end = self.offset + len(self.rows)
        return end if end < self.total else None


def list_page(session: Session, *, ws: Workspace, flt: ListFilter, offset: int = 0, limit: int = 25) -> ListPage:
    """One page of partners with last contact and next follow-up, in a fixed number of queries."""
    partners, total = queries.partners_page(
        session,
        ws=ws,
        stage=flt.stage,
        kind=flt.kind,
        campaign_id=flt.campaign.id if flt.campaign else None,
        limit=limit,
        offset=offset,
    )
    ids = [p.id for p in partners]
    last = queries.last_contacts(session, ws=ws, partner_ids=ids)
    nxt: dict[int, FollowUp] = {}
    for f in queries.open_followups_of(session, ws=ws, partner_ids=ids):
        if f.partner_id is None:
            continue
        current = nxt.get(f.partner_id)
        if current is None or effective_due(f)[0] < effective_due(current)[0]:
            nxt[f.partner_id] = f
    rows = [ListRow(p, last.get(p.id), nxt.get(p.id)) for p in partners]
    return ListPage(rows=rows, total=total, offset=offset)
