"""Settings errors: each names mkdocs.yml once, with the key and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefsite.problems import BriefError
from briefsite.settings import load_settings


def test_a_settings_error_names_the_file_once(tmp_path: Path) -> None:
    """site_name_slug was a key nothing read: it is now unknown, like any other."""
    (tmp_path / "briefs").mkdir()
    with pytest.raises(BriefError) as caught:
        load_settings({"actors": 3, "site_name_slug": "x"}, tmp_path)
    lines = str(caught.value).splitlines()
    assert "mkdocs.yml: extra.briefsite.actors must be a path, not 3." in lines
    assert any(line.startswith("mkdocs.yml: unknown key 'extra.briefsite.site_name_slug'") for line in lines)
    assert not [line for line in lines if line.count("mkdocs.yml") > 1]
