"""Charts as PNG images embedded in the brief (matplotlib, Agg backend, no external requests)."""

from __future__ import annotations

import base64
import io


def conflict_chart(weeks: list[str], series: dict[str, list[int]], labels: dict[str, str], title: str) -> str | None:
    """A data: URI of a line chart of weekly counts per conflict type, or None with nothing to draw."""
    if not series or not any(sum(v) for v in series.values()):
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 3.6), dpi=110)
    for key, values in list(series.items())[:8]:
        ax.plot(weeks, values, marker="o", linewidth=1.8, label=labels.get(key, key))
    ax.set_title(title, fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    ax.set_ylim(bottom=0)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, ncol=2, frameon=False, loc="upper left")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
