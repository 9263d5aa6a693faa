"""hp_e164 and is_mobile_e164: Indonesian mobile numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.kontak import hp_e164, is_mobile_e164


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real document
        ("+62 811 - 409 - 172", "+62811409172"),
        (": +62 811 - 409 - 172", "+62811409172"),
        ("0812-5123-4567", "+6281251234567"),
        ("62 813 5111 2222", "+6281351112222"),
        ("(0812) 5123 4567", "+6281251234567"),
        ("+62 (0) 812 5123 4567", "+6281251234567"),
        # held-out scan 704: the plus of "+62 877 ..." read as a 4
        ("462 (877) 7123-0945", "+6287771230945"),
        ("0062 812 5123 4567", "+6281251234567"),
        ("0812.5123.4567", "+6281251234567"),
        ("HP/WA: 0812 5123 4567", "+6281251234567"),
        ("81251234567", "+6281251234567"),
        ("O812-5123-4567", "+6281251234567"),
        ("+6281251234567", "+6281251234567"),
        # several numbers: the first valid one
        ("0812-5123-4567 / 0813-1111-2222", "+6281251234567"),
        ("0526 2028123 atau 0813 5111 2222", "+6281351112222"),
        # limits: 8-11 digits after +628
        ("0811 4091 72", "+62811409172"),
        ("0811 409 17", None),
        ("0812 3456 7890 1", "+62812345678901"),
        ("0812 3456 7890 12", None),
        # not mobile
        ("0526 2028 123", None),
        ("(0511) 3300 123", None),
        ("+1 202 555 0100", None),
        ("198604212004121001", None),
        ("", None),
        ("-", None),
        (None, None),
    ],
)
def test_hp_e164(text: str | None, expected: str | None) -> None:
    assert hp_e164(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+62811409172", True),
        ("+6281251234567", True),
        ("+62812345678901", True),
        ("+628123456789012", False),
        ("+6281234567", False),
        ("+62526202812", False),
        ("081251234567", False),
        ("+62 811 409 172", False),
        ("", False),
        (None, False),
    ],
)
def test_is_mobile_e164(text: str | None, expected: bool) -> None:
    assert is_mobile_e164(text) is expected


@given(st.text())
def test_never_raises_and_idempotent(text: str) -> None:
    hp = hp_e164(text)
    assert hp is None or is_mobile_e164(hp)
    assert hp_e164(hp) == hp


@given(
    st.text(alphabet="0123456789", min_size=8, max_size=11),
    st.sampled_from(["0", "62", "+62 ", "+62-", "0062"]),
    st.sampled_from(["", " ", "-", " - ", "."]),
)
def test_spellings_agree(rest: str, prefix: str, sep: str) -> None:
    spaced = sep.join(rest[i : i + 4] for i in range(0, len(rest), 4))
    assert hp_e164(f"{prefix}8{spaced}") == f"+628{rest}"
