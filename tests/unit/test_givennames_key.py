"""The given-name list's fast key is the folded key it stands for."""

from __future__ import annotations

from importlib import resources

from briefsite.text.fold import fold_key
from briefsite.text.givennames import _key, given_names


def test_the_fast_key_is_the_folded_key_for_every_name_in_the_dictionary() -> None:
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    names = [line.split()[1].replace("+", " ") for line in data.splitlines()
             if line and line[0] not in "#=" and len(line.split()) > 1]
    assert len(names) > 40_000
    assert all(_key(name) == fold_key(name) for name in names)
    assert {"jean claude", "anne marie", "dorothy"} <= given_names()
