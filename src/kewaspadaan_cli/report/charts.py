"""Charts as PNG images embedded in the brief (matplotlib, Agg backend, no external requests).

One chart: per conflict type, this period's articles against the mean of the periods before, as
horizontal bars with the type's name on its own line, so it reads at phone width (390 px) as well
as on paper.
"""

from __future__ import annotations

import base64
import io
import textwrap

MAX_TYPES = 10


def conflict_chart(
    now: dict[str, int],
    average: dict[str, float],
    labels: dict[str, str],
    title: str,
    legend: tuple[str, str],
    decimal: str = ".",
) -> str | None:
    """A data: URI of the bar chart, or None with nothing to draw.

    ``now``: articles per conflict type this period; ``average``: the mean of the periods before.
    The types shown are those of this period (then those that fell to zero), most articles first.
    """
    keys = sorted(
        set(now) | {k for k, v in average.items() if v > 0}, key=lambda k: (-now.get(k, 0), -average.get(k, 0), k)
    )
    keys = keys[:MAX_TYPES]
    if not keys or not any(now.get(k, 0) or average.get(k, 0) for k in keys):
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = len(keys)
    # 3.4 in at 150 dpi: shown 360 px wide on a phone, the 8.5 pt labels stay about 12 px
    fig, ax = plt.subplots(figsize=(3.4, 0.44 * n + 1.1), dpi=150)
    ys = list(range(n))[::-1]
    h = 0.38
    this = [now.get(k, 0) for k in keys]
    mean = [average.get(k, 0.0) for k in keys]
    ax.barh([y + h / 2 for y in ys], this, height=h, color="#8b1d1d", label=legend[0])
    ax.barh([y - h / 2 for y in ys], mean, height=h, color="#b9b9b9", label=legend[1])
    top = float(max([*this, *mean]) or 1)
    for y, v in zip(ys, this, strict=True):
        ax.text(v + top * 0.02, y + h / 2, str(v), va="center", fontsize=8, color="#8b1d1d", fontweight="bold")
    for y, m in zip(ys, mean, strict=True):
        ax.text(m + top * 0.02, y - h / 2, f"{m:g}".replace(".", decimal), va="center", fontsize=7, color="#555555")
    ax.set_yticks(ys)
    ax.set_yticklabels([textwrap.fill(labels.get(k, k), 18) for k in keys], fontsize=8.5)
    ax.set_xlim(0, top * 1.18)
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.tick_params(axis="x", labelsize=7.5)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", alpha=0.25)
    ax.set_title(textwrap.fill(title, 46), fontsize=8.5, loc="right")
    fig.legend(fontsize=7.5, frameon=False, loc="lower center", ncol=1, bbox_to_anchor=(0.5, 0.0))
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
