"""parse_nip and nip_parts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.nip import NipParts, nip_parts, parse_nip

NIP = "198604212004121001"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real document
        ("NIP.19860421 200412 1 001", NIP),
        ("NIP : 19860421 200412 1 001", NIP),
        ("NIP. 198604212004121001", NIP),
        ("NIP 19860421 200412 1 001", NIP),
        ("nip.19860421 200412 1 001", NIP),
        ("N I P. 19860421 200412 1 001", NIP),
        ("NIP19860421200412 1 001", NIP),
        ("NIP. 19860421.200412.1.001", NIP),
        ("19860421 200412 1 001", NIP),
        (NIP, NIP),
        ("Pembina Tk. I (IV/b)\nNIP.19860421 200412 1 001", NIP),
        ("Pembina Tk. I 19860421 200412 1 001", NIP),
        # OCR repairs inside digit groups
        ("NIP.1986O421 200412 1 001", NIP),
        ("NIP.l9860421 2004l2 1 00l", NIP),
        ("NIP. 1986042I 2OO412 1 OO1", NIP),
        ("NIP.19860421 2004I2 l 001", NIP),
        ("NIP.19860421 200412 1 OOl", NIP),
        ("NIP.19860421 2004S2 1 001", "198604212004521001"),
        # not 18 digits
        ("NIP.19860421 200412 1 0011", None),
        ("NIP.19860421 200412 1 01", None),
        ("NIP 1986", None),
        ("NIP. -", None),
        ("HUDI DARMAWAN, M.I.P", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_nip(text: str | None, expected: str | None) -> None:
    assert parse_nip(text) == expected


@pytest.mark.parametrize(
    ("nip", "expected"),
    [
        (NIP, NipParts(date(1986, 4, 21), (2004, 12), 1, 1)),
        ("19860421 200412 1 001", NipParts(date(1986, 4, 21), (2004, 12), 1, 1)),
        ("197512312005012002", NipParts(date(1975, 12, 31), (2005, 1), 2, 2)),
        # impossible dates
        ("198613212004131001", NipParts(None, None, 1, 1)),
        ("198602302004001001", NipParts(None, None, 1, 1)),
        ("000004212004121001", NipParts(None, (2004, 12), 1, 1)),
        ("12345", None),
        ("", None),
    ],
)
def test_nip_parts(nip: str, expected: NipParts | None) -> None:
    assert nip_parts(nip) == expected


@given(st.text())
def test_never_raises_and_idempotent(text: str) -> None:
    nip = parse_nip(text)
    assert nip is None or (len(nip) == 18 and nip.isdigit())
    assert parse_nip(nip) == nip
    parts = nip_parts(text)
    assert (parts is None) == (nip is None)


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_printed_form_round_trips(digits: str) -> None:
    printed = f"NIP. {digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    assert parse_nip(printed) == digits
