"""Fixtures for site builds (see sitebuild.py)."""

from __future__ import annotations

import pytest

from tests.sites.sitebuild import Build, build, make_project


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The bundled briefs, built once for every test that only reads the result."""
    result = build(make_project(tmp_path_factory.mktemp("bundled")))
    assert result.returncode == 0, result.output
    return result
