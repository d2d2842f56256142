"""Finding article files: each real file once, by its resolved path, through links and folders."""

from __future__ import annotations

from pathlib import Path

from index.ingest.discover import discover


def test_each_real_file_once_by_its_resolved_path(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "a.txt").write_text("a", "utf-8")
    (real / "sub" / "b.md").write_text("b", "utf-8")
    (real / "sub" / "c.txt.meta.toml").write_text("title = 'c'", "utf-8")  # a sidecar, not an article
    (real / "alias.txt").symlink_to(real / "a.txt")
    (real / "linked").symlink_to(real / "sub", target_is_directory=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "d.txt").write_text("d", "utf-8")
    (real / "d-link.txt").symlink_to(outside / "d.txt")
    # The root itself reached through a link: paths come out resolved all the same.
    (tmp_path / "via").symlink_to(real, target_is_directory=True)

    found = discover([tmp_path / "via"])

    assert sorted(found.files) == sorted(
        [(real / "a.txt").resolve(), (real / "sub" / "b.md").resolve(), (outside / "d.txt").resolve()]
    )
    assert all(path.is_absolute() and path == path.resolve() for path in found.files)
