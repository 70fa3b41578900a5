"""language: a stated language wins; otherwise the script tells it (a guess), or 'und'."""

from __future__ import annotations

import pytest

from briefsite.ingest.language import language_of

# stated, text, language, severity of what the editor is told (None: nothing), words in it
CASES = [
    (None, "Sanctions and their discontents.", "en", None, ""),
    (None, "Les sanctions et leurs mécontents, à Genève.", "en", None, ""),  # Latin: taken as English
    (None, "남북 관계는 2018년 이후 정체되어 있다.", "ko", "guess", "taken as 'ko'"),
    (None, "Korea and Europe: 한국 partners in green technology", "en", None, ""),  # mostly Latin
    (None, "北朝鮮の外交政策は変わりつつある。", "ja", "guess", "taken as 'ja'"),
    (None, "朝鲜的外交政策正在改变。", "zh", "guess", "taken as 'zh'"),
    (None, "Η εξωτερική πολιτική της Βόρειας Κορέας", "el", "guess", "taken as 'el'"),
    (None, "Внешняя политика Северной Кореи", "und", "guess", "many languages share"),
    (None, "السياسة الخارجية لكوريا الشمالية", "und", "guess", "many languages share"),
    (None, "2021 — 2022 … 12", "en", None, ""),  # no letters at all
    ("ko", "남북 관계는 정체되어 있다.", "ko", None, ""),
    ("uk", "Зовнішня політика Північної Кореї", "uk", None, ""),
    ("en", "남북 관계는 정체되어 있다.", "en", "warning", "language: ko"),  # contradicts itself
    ("fr", "Les sanctions et leurs mécontents.", "fr", None, ""),
]


@pytest.mark.parametrize(("stated", "text", "language", "severity", "words"), CASES)
def test_language_of(stated: str | None, text: str, language: str, severity: str | None, words: str) -> None:
    found, said = language_of(stated, [text])
    assert found == language
    if severity is None:
        assert said is None
    else:
        assert said is not None and said[0] == severity and words in said[1]
