"""Regions by name or code (issue #12 item 6)."""

from __future__ import annotations

import pytest

from kewaspadaan_cli.errors import ExitCode, UsageError
from kewaspadaan_cli.places import resolve, resolve_all, split_values


def test_names_and_codes_repeated_and_comma_separated() -> None:
    assert split_values(["61, 65", " Kalimantan Utara ", "61"]) == ["61", "65", "Kalimantan Utara"]
    assert resolve_all(["Kalimantan Utara,61", "kaltara"], ["Malinau", "Kab. Sintang", "65.02.01"]) == (
        "65",
        "61",
        "65.02",
        "61.05",
        "65.02.01",
    )
    assert resolve("Kota Bima", "region") == "52.72" and resolve("DKI Jakarta", "province") == "31"
    assert resolve_all(None, None) == ()


@pytest.mark.parametrize(
    ("value", "kind", "message"),
    [
        (
            "Kalimantan Utra",
            "province",
            "--province 'Kalimantan Utra' is no province known to kwd; did you mean Kalimantan Utara (65),",
        ),
        ("Malinua", "region", "--region 'Malinua' is no region known to kwd; did you mean Kabupaten Malinau (65.02)?"),
        ("99", "province", "--province '99' is no Kemendagri province code"),
        ("65.02", "province", "--province '65.02' is Kabupaten Malinau, a kabupaten: give it with --region"),
        ("Bima", "region", "--region 'Bima' names several regions: Kabupaten Bima (52.06), Kota Bima (52.72)"),
    ],
)
def test_unknown_or_ambiguous_is_a_usage_error_with_suggestions(value: str, kind: str, message: str) -> None:
    with pytest.raises(UsageError) as exc:
        resolve(value, kind)
    assert exc.value.message.startswith(message) and exc.value.exit_code == ExitCode.USAGE
