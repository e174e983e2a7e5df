import os

from tooling.benchmark.serving import _smaps_keep


def test_smaps_are_kept_per_process_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_SMAPS_DIR", str(tmp_path / "smaps"))
    _smaps_keep([os.getpid(), os.getpid()])
    kept = sorted(path.name for path in (tmp_path / "smaps").iterdir())
    assert kept == ["master.smaps", "worker1.smaps"]
    assert "Pss:" in (tmp_path / "smaps" / "master.smaps").read_text()


def test_nothing_is_kept_unless_asked(tmp_path, monkeypatch):
    monkeypatch.delenv("BENCH_SMAPS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    _smaps_keep([os.getpid()])
    assert list(tmp_path.iterdir()) == []
