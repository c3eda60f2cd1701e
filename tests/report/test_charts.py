"""The conflict chart: bars of this period against the mean before, titled with the period shown."""

from __future__ import annotations

import base64
import io
from datetime import date
from pathlib import Path

from kewaspadaan_cli.report.aggregate import Period, build_brief
from kewaspadaan_cli.report.charts import conflict_chart
from kewaspadaan_cli.report.render import context, render
from tests.report.conftest import WEEK


def _png(uri: str):  # noqa: ANN202
    from matplotlib import image

    assert uri.startswith("data:image/png;base64,")
    return image.imread(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])), format="png")


def test_nothing_to_draw() -> None:
    assert conflict_chart({}, {}, {}, "t", ("a", "b")) is None
    assert conflict_chart({}, {"hoaks": 0.0}, {}, "t", ("a", "b")) is None


def test_bars_fit_a_phone_and_grow_with_the_types() -> None:
    one = _png(conflict_chart({"hoaks": 2}, {"hoaks": 0.5}, {"hoaks": "Hoaks"}, "Judul", ("Ini", "Rata-rata")))
    many = {f"k{i}": i + 1 for i in range(8)}
    eight = _png(conflict_chart(many, {}, {}, "Judul", ("Ini", "Rata-rata")))
    assert one.shape[1] <= 560 and eight.shape[1] <= 560  # about 3.4 in at 150 dpi: no shrinking on a phone
    assert eight.shape[0] > one.shape[0] * 2  # one row per type, never crowded into one plot
    fell = _png(conflict_chart({}, {"hoaks": 1.5}, {}, "Judul", ("Ini", "Rata-rata")))
    assert fell.std() > 0.05  # a type that fell to zero still shows its average


def test_title_names_the_period_shown(fixture_dir: Path) -> None:
    custom = Period(date(2024, 11, 20), date(2024, 12, 1))
    ctx = context(build_brief(fixture_dir, custom), "id")
    assert ctx["chart_caption"] == (
        "Artikel per jenis konflik: 2024-11-20 – 2024-12-01 dibanding rata-rata 4 periode sebelumnya"
    )
    assert "8 minggu" not in render(build_brief(fixture_dir, custom), "html", "id")
    week = context(build_brief(fixture_dir, Period(WEEK, date(2024, 12, 1))), "en")
    assert week["chart_caption"].startswith("Articles per conflict type: 2024-W48 (2024-11-25 – 2024-12-01)")
