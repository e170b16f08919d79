"""Report pictures as PNG bytes: campaign progress towards the goal and the pipeline by stage.

Drawn headless with matplotlib's Agg backend on a private Figure (no pyplot state), so
concurrent requests in one process cannot draw on each other's charts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
COLOURS = {"delivered": "#2e7d32", "writing": "#66bb6a", "verbal": "#ffb74d", "goal": "#37474f", "stage": "#1e88e5"}


@dataclass(frozen=True)
class ProgressBar:
    """One campaign's money: delivered, confirmed in writing, pledged in all, and the goal."""

    label: str
    delivered: int
    in_writing: int
    pledged: int
    goal: int | None


@dataclass(frozen=True)
class ChartTexts:
    """The words on the chart, in the reader's language."""

    progress_title: str
    pipeline_title: str
    delivered: str
    in_writing: str
    verbal: str
    goal: str
    amount_axis: str
    partners_axis: str


def report_chart(bars: Sequence[ProgressBar], stages: Sequence[tuple[str, int]], texts: ChartTexts) -> bytes:
    """A PNG with campaign progress (stacked bars against the goal) beside the pipeline by stage."""
    # Imported here: matplotlib takes a second or two to import and most processes never draw.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, max(3.2, 0.6 * max(len(bars), len(stages)) + 1.4)), dpi=100)
    FigureCanvasAgg(fig)
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [3, 2]})

    labels = [b.label for b in bars] or ["–"]
    ys = list(range(len(labels)))
    delivered = [b.delivered for b in bars] or [0]
    writing_only = [max(b.in_writing - b.delivered, 0) for b in bars] or [0]
    verbal_only = [max(b.pledged - b.in_writing, 0) for b in bars] or [0]
    left.barh(ys, delivered, color=COLOURS["delivered"], label=texts.delivered)
    left.barh(ys, writing_only, left=delivered, color=COLOURS["writing"], label=texts.in_writing)
    starts = [d + w for d, w in zip(delivered, writing_only, strict=True)]
    left.barh(ys, verbal_only, left=starts, color=COLOURS["verbal"], label=texts.verbal)
    goal_drawn = False
    for y, bar in zip(ys, bars, strict=False):
        if bar.goal:
            left.plot(
                [bar.goal, bar.goal],
                [y - 0.4, y + 0.4],
                color=COLOURS["goal"],
                linewidth=2.5,
                label=None if goal_drawn else texts.goal,
            )
            goal_drawn = True
    left.set_yticks(ys, labels)
    left.invert_yaxis()
    left.set_title(texts.progress_title)
    left.set_xlabel(texts.amount_axis)
    left.xaxis.set_major_formatter(lambda value, _pos: f"{int(value):,}".replace(",", "."))
    left.legend(loc="lower right", fontsize="small")

    names = [name for name, _ in stages] or ["–"]
    counts = [count for _, count in stages] or [0]
    right.barh(range(len(names)), counts, color=COLOURS["stage"])
    right.set_yticks(range(len(names)), names)
    right.invert_yaxis()
    right.set_title(texts.pipeline_title)
    right.set_xlabel(texts.partners_axis)
    right.xaxis.get_major_locator().set_params(integer=True)
    for y, count in enumerate(counts):
        right.text(count, y, f" {count}", va="center", fontsize="small")

    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
