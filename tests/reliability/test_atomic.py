"""Builds are atomic: an interrupted, killed, failed or concurrent build never destroys
or mixes a good site, and says plainly what was and was not written.

Each test starts from a good build of the bundled briefs in its own output folder, then
disturbs a second build of a changed folder at a given step (the step is seen by the
folders scripts/build makes aside) and checks that the previous output is byte for byte
as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.reliability import corpora
from tests.reliability.buildrun import EPOCH, ROOT, Run, scripts_build


def fingerprint(out: Path) -> dict[str, str]:
    """sha256 of every published file under `out` (the lock file and report aside)."""
    published = [out / "site", out / "offline", out / "briefsite-offline.zip"]
    digests: dict[str, str] = {}
    for top in published:
        paths = sorted(top.rglob("*")) if top.is_dir() else [top]
        for path in paths:
            if path.is_file():
                digests[path.relative_to(out).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


@pytest.fixture()
def good(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A good build in tmp/out, and another folder of briefs (one more brief) to rebuild with."""
    out = tmp_path / "out"
    run = scripts_build(None, out)
    assert run.returncode == 0, run.output
    briefs = corpora.copy_bundled(tmp_path / "briefs")
    (briefs / "extra.txt").write_text("An Extra Brief\n\nThe EU said it would act.\n", encoding="utf-8")
    return out, briefs, fingerprint(out)


def start_build(briefs: Path, out: Path, hold: str = "") -> subprocess.Popen[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "BRIEFSITE_TEST_HOLD": hold}
    env.pop("BRIEFSITE_BRIEFS", None)
    return subprocess.Popen([str(ROOT / "scripts" / "build"), "--briefs", str(briefs), "--out", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], limit: float = 300) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert proc.poll() is None, "the build ended before reaching the step"
        assert time.monotonic() < deadline, "the build never reached the step"
        time.sleep(0.05)


def staged(out: Path, name: str) -> Callable[[], bool]:
    """True once a build in `out` has begun writing `name` in its folder aside."""
    return lambda: any((stage / name).exists() for stage in out.glob(".briefsite-build-*"))


# Each step of scripts/build, and what shows that a build is inside it: a folder it is
# writing, or the mark the build leaves where BRIEFSITE_TEST_HOLD makes it wait.
STEPS = {
    "hosted build": "site",
    "offline build": "offline",
    "hosted-check": ".hold-hosted-check",
    "offline-check": ".hold-offline-check",
    "package": ".hold-package",
}


def begin(briefs: Path, out: Path, step: str) -> subprocess.Popen[str]:
    """Start a build and return once it is inside `step`."""
    proc = start_build(briefs, out, hold=step if STEPS[step].startswith(".hold-") else "")
    wait_for(staged(out, STEPS[step]), proc)
    return proc


@pytest.mark.parametrize("step", sorted(STEPS))
def test_ctrl_c_leaves_the_previous_site_as_it_was(good: tuple[Path, Path, dict[str, str]], step: str) -> None:
    out, briefs, before = good
    proc = begin(briefs, out, step)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends: the whole process group
    output, _ = proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert fingerprint(out) == before
    last = [t for t in output.splitlines() if t.strip()][-1]
    assert last == (f"scripts/build: INTERRUPTED: nothing was published: {out}/site, {out}/offline and "
                    f"{out}/briefsite-offline.zip are as they were.")
    assert "Traceback" not in output
    assert not list(out.glob(".briefsite-build-*"))  # nothing left aside


@pytest.mark.parametrize("step", sorted(STEPS))
def test_a_kill_leaves_the_previous_site_and_the_next_build_cleans_up(
        good: tuple[Path, Path, dict[str, str]], step: str) -> None:
    out, briefs, before = good
    proc = begin(briefs, out, step)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=120)
    assert fingerprint(out) == before
    assert list(out.glob(".briefsite-build-*"))  # a kill cannot tidy up ...
    run = scripts_build(briefs, out)
    assert run.returncode == 0, run.output
    assert not list(out.glob(".briefsite-build-*"))  # ... the next build does
    assert "extra" in {b["id"] for b in run.knowledge()["briefs"]}


def test_a_second_build_into_the_same_folder_stops_and_the_first_completes(
        good: tuple[Path, Path, dict[str, str]]) -> None:
    out, briefs, before = good
    first = start_build(briefs, out)
    wait_for(staged(out, "site"), first)
    second = start_build(briefs, out)
    second_output, _ = second.communicate(timeout=120)
    assert second.returncode == 75
    assert second_output.strip().splitlines()[-1] == (
        f"scripts/build: another scripts/build is writing to {out} right now; nothing was changed. Wait for "
        f"it to finish, or build into another folder with --out DIR.")
    first_output, _ = first.communicate(timeout=600)
    assert first.returncode == 0, first_output
    run = Run(briefs, out, 0, first_output)
    ids = {b["id"] for b in run.knowledge()["briefs"]}
    assert "extra" in ids and len(list((out / "site" / "briefs").glob("*.html"))) == len(ids) + 1  # + index
    assert fingerprint(out) != before


def read_only_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write to: as root, permissions do not stop writes, so a
    folder of the read-only /proc file system stands in."""
    if os.geteuid() == 0:
        return Path("/proc/self/fdinfo")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def test_a_read_only_output_gives_one_clear_message(tmp_path: Path) -> None:
    out = read_only_folder(tmp_path)
    run = scripts_build(None, out)
    assert run.returncode == 2
    assert "Traceback" not in run.output
    assert run.lines[-1] == f"scripts/build: cannot write to {out} (read-only, or not yours?); nothing was built or changed."


def test_publish_puts_everything_in_place_or_nothing(tmp_path: Path) -> None:
    """scripts/publish.py checks that every staged path exists before touching any target."""
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "index.html").write_text("old", encoding="utf-8")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "index.html").write_text("new", encoding="utf-8")
    python = ROOT / ".venv" / "bin" / "python"
    script = str(ROOT / "scripts" / "publish.py")
    missing = subprocess.run([str(python), script, str(tmp_path / "new"), str(tmp_path / "old"),
                              str(tmp_path / "gone.zip"), str(tmp_path / "b.zip")], capture_output=True, text=True)
    assert missing.returncode == 1 and (tmp_path / "old" / "index.html").read_text(encoding="utf-8") == "old"
    done = subprocess.run([str(python), script, str(tmp_path / "new"), str(tmp_path / "old")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "old" / "index.html").read_text(encoding="utf-8") == "new"
    assert not (tmp_path / "new").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["old"]
    shutil.rmtree(tmp_path / "old")
