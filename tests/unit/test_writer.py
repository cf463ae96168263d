"""The writer owns the output: safe paths, no clashes, and one atomic swap."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

import pytest
from tests.helpers import splice_bytes

from briefing.errors import BriefingError
from briefing.model import Splice
from briefing.output import writer as writer_module
from briefing.output.writer import (
    SitePatch,
    SiteWriter,
    check_output_dir,
    find_collisions,
    safe_relative,
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for name in ("content/articles", "seeds", "templates", "src"):
        (project / name).mkdir(parents=True)
    (project / "briefing.yml").write_text("title: T\n")
    return project


def refusal(out: Path, root: Path) -> str:
    with pytest.raises(BriefingError) as caught:
        check_output_dir(out, root)
    return str(caught.value)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# check_output_dir


def test_output_folder_inside_the_project_is_accepted(root):
    assert check_output_dir(root / "site", root) == root / "site"


def test_output_folder_is_resolved(root):
    assert check_output_dir(root / "content" / ".." / "site", root) == root / "site"


def test_existing_output_folder_is_accepted(root):
    (root / "site").mkdir()
    assert check_output_dir(root / "site", root) == root / "site"


def test_refuses_the_project_root(root):
    assert refusal(root, root) == f"{root}: refusing to build into {root}: it would replace {root}"


@pytest.mark.parametrize("name", ["content", "seeds", "templates", "src"])
def test_refuses_a_source_folder(root, name):
    out = root / name
    assert refusal(out, root) == f"{out}: refusing to build into {out}: it would replace {out}"


def test_refuses_an_ancestor_of_the_root(root):
    out = root.parent
    assert refusal(out, root) == f"{out}: refusing to build into {out}: it would replace {root}"


def test_refuses_the_filesystem_root(root):
    assert refusal(Path("/"), root) == f"/: refusing to build into /: it would replace {root}"


def test_refuses_a_folder_inside_content(root):
    with pytest.raises(BriefingError):
        check_output_dir(root / "content" / "articles", root)


def test_refuses_a_file(root):
    out = root / "briefing.yml"
    assert refusal(out, root) == f"{out}: output is a file, not a folder"


def test_refuses_a_missing_parent(root):
    out = root / "missing" / "site"
    assert refusal(out, root) == f"{root / 'missing'}: the folder holding the output does not exist"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_refuses_a_parent_without_write_permission(tmp_path, root):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert refusal(locked / "site", root) == f"{locked}: cannot write here: permission denied"
    finally:
        locked.chmod(0o700)


# safe_relative


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("index.html", "index.html"),
        ("articles/x/index.html", "articles/x/index.html"),
        ("a//b.css", "a/b.css"),
        ("console.html", "console.html"),
        ("com0.html", "com0.html"),
    ],
)
def test_safe_relative_accepts_paths_inside_the_site(path, expected):
    assert safe_relative(path) == PurePosixPath(expected)


@pytest.mark.parametrize(
    "path",
    [
        "../x",
        "a/../../x",
        "a/../b",
        "/abs",
        "/etc/passwd",
        "a\x00b",
        "a\\b",
        "",
        ".",
        "con",
        "CON.html",
        "a/con/b.html",
        "nul.txt",
        "aux",
        "prn.html",
        "com1",
        "lpt9.txt",
    ],
)
def test_safe_relative_refuses_escapes_and_reserved_names(path):
    with pytest.raises(BriefingError) as caught:
        safe_relative(path)
    assert str(caught.value) == f"refusing to write outside the site: {path!r}"


# find_collisions


def test_find_collisions_is_case_insensitive():
    paths = ["a/index.html", "A/index.html", "b.html", "a/index.html"]
    assert find_collisions(paths) == ["A/index.html", "a/index.html"]


def test_find_collisions_of_distinct_paths_is_empty():
    assert find_collisions(["a.html", "b.html", "a/b.html"]) == []


# SiteWriter


def test_commit_writes_the_new_site(tmp_path):
    writer = SiteWriter(tmp_path / "site")
    writer.write("index.html", "Москва")
    writer.write("assets/logo.bin", b"\x00\x01")
    writer.commit()
    assert tree(tmp_path / "site") == {
        "assets/logo.bin": b"\x00\x01",
        "index.html": "Москва".encode(),
    }


def test_commit_replaces_the_old_site_entirely(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "stale.html").write_text("old")
    writer = SiteWriter(out)
    writer.write("index.html", "new")
    writer.commit()
    assert tree(out) == {"index.html": b"new"}


def test_commit_leaves_no_staging_folders_beside_the_site_once_waited_for(tmp_path):
    out = tmp_path / "site"
    (out / "many").mkdir(parents=True)
    for number in range(200):
        (out / "many" / f"{number}.html").write_text("old")
    writer = SiteWriter(out)
    writer.write("index.html", "new")
    writer.commit()
    assert tree(out) == {"index.html": b"new"}  # the old site is out of the way at once
    writer.wait()
    assert sorted(os.listdir(tmp_path)) == ["site"]


@pytest.mark.parametrize("failing_call", [1, 2])
def test_a_commit_cut_short_at_either_rename_leaves_the_old_site_and_no_folder_beside_it(
    tmp_path, monkeypatch, failing_call
):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old")
    writer = SiteWriter(out)
    writer.write("index.html", "new")
    calls = []
    rename = os.replace

    def interrupted(source, target):
        calls.append(source)
        if len(calls) == failing_call:
            raise KeyboardInterrupt
        rename(source, target)

    monkeypatch.setattr("briefing.output.writer.os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        writer.commit()
    monkeypatch.undo()
    writer.discard()
    assert (tree(out), sorted(os.listdir(tmp_path))) == ({"index.html": b"old"}, ["site"])


def test_writing_happens_beside_the_site_until_commit(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old")
    writer = SiteWriter(out)
    writer.write("index.html", "new")
    assert (out / "index.html").read_text() == "old"
    writer.discard()


def test_discard_leaves_the_old_site_untouched(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old")
    writer = SiteWriter(out)
    writer.write("index.html", "new")
    writer.write("extra.html", "new")
    writer.discard()
    assert (tree(out), sorted(os.listdir(tmp_path))) == ({"index.html": b"old"}, ["site"])


def test_write_refuses_a_path_outside_the_site(tmp_path):
    writer = SiteWriter(tmp_path / "site")
    with pytest.raises(BriefingError) as caught:
        writer.write("../escape.html", "x")
    writer.discard()
    assert (str(caught.value), (tmp_path / "escape.html").exists()) == (
        "refusing to write outside the site: '../escape.html'",
        False,
    )


def test_two_writes_to_one_path_are_refused_at_commit(tmp_path):
    writer = SiteWriter(tmp_path / "site")
    writer.write("a.html", "one")
    writer.write("a.html", "two")
    with pytest.raises(BriefingError) as caught:
        writer.commit()
    writer.discard()
    assert str(caught.value) == "two pages write the same file: a.html"


def test_two_writes_differing_in_case_are_refused_and_the_old_site_survives(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old")
    writer = SiteWriter(out)
    writer.write("About.html", "one")
    writer.write("about.html", "two")
    with pytest.raises(BriefingError) as caught:
        writer.commit()
    writer.discard()
    assert str(caught.value) == "two pages write the same file: about.html"
    assert (tree(out), sorted(os.listdir(tmp_path))) == ({"index.html": b"old"}, ["site"])


def test_committed_site_has_ordinary_folder_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        writer = SiteWriter(tmp_path / "site")
        writer.commit()
    finally:
        os.umask(umask)
    assert oct((tmp_path / "site").stat().st_mode & 0o777) == oct(0o755)


def test_text_written_in_pieces_is_the_text_joined(tmp_path: Path):
    writer = SiteWriter(tmp_path / "site")
    pieces = ["<p>", "", "", *(["é"] * 3000), *([""] * 2000), "</p>\r\n", ""]
    writer.write_pieces("page/index.html", iter(pieces))
    writer.write_pieces("empty.html", iter([]))
    writer.commit()
    assert (tmp_path / "site" / "page" / "index.html").read_bytes() == "".join(pieces).encode()
    assert (tmp_path / "site" / "empty.html").read_bytes() == b""
    assert sorted(writer.written) == ["empty.html", "page/index.html"]


def test_pieces_that_fail_half_way_leave_the_site_as_it_was(tmp_path: Path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("before")

    def pieces():
        yield "half a page"
        raise BriefingError("template error: 'x' is undefined", Path("t.html"), 3)

    writer = SiteWriter(tmp_path / "site")
    with pytest.raises(BriefingError):
        writer.write_pieces("index.html", pieces())
    writer.discard()
    assert tree(tmp_path / "site") == {"index.html": b"before"}


def _splice(source: Path) -> Splice:
    """Two lines of the source put anew, one of them its last."""
    old = source.read_bytes()
    stat = source.stat()
    second, last = old.index(b"\n") + 1, old.rindex(b"\n", 0, len(old) - 1) + 1
    pieces = ((0, second), "deux é\n".encode(), (old.index(b"\n", second) + 1, last), b"fin\n")
    return Splice(source, (stat.st_size, stat.st_mtime_ns), (*pieces, (len(old), len(old))))


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_a_splice_is_written_as_its_source_with_the_new_bytes_put_in(
    tmp_path: Path, monkeypatch, kernel_copy: bool
):
    """The ranges are the source's bytes, copied by the kernel or, where it cannot copy
    between files, read and written (ranges longer than one read among them)."""
    source = tmp_path / "last.json"
    middle = b"x" * (3 << 20) + b"\n"
    source.write_bytes(b"one\ntwo\n" + middle + b"last\n")
    if not kernel_copy:
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    writer = SiteWriter(tmp_path / "site")
    splice = _splice(source)
    writer.write_splice("data/export.json", splice)
    writer.commit()
    made = (tmp_path / "site" / "data" / "export.json").read_bytes()
    assert made == "one\ndeux é\n".encode() + middle + b"fin\n"
    assert made == splice_bytes(splice)


@pytest.mark.parametrize("change", ["grown", "cut short"])
def test_a_splice_whose_source_changed_since_is_refused_and_the_site_kept(
    tmp_path: Path, change: str
):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("before")
    source = tmp_path / "last.json"
    source.write_bytes(b"one\ntwo\nthree\nlast\n")
    splice = _splice(source)
    source.write_bytes(b"one\ntwo\nthree\nlast\nmore\n" if change == "grown" else b"one\n")
    writer = SiteWriter(tmp_path / "site")
    with pytest.raises(BriefingError, match="changed while the build read it") as caught:
        writer.write_splice("data/export.json", splice)
    assert caught.value.path == source
    writer.discard()
    assert tree(tmp_path / "site") == {"index.html": b"before"}


def _site(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    (out / "a").mkdir(parents=True)
    (out / "a" / "index.html").write_text("old a")
    (out / "b.html").write_text("old b")
    (out / "bundle").mkdir()
    (out / "bundle" / "index.json").write_text("old index")
    return out


def _patched(out: Path) -> SitePatch:
    patch = SitePatch(out)
    patch.write("a/index.html", "new a")
    (patch.staging / "bundle").mkdir()
    (patch.staging / "bundle" / "other.json").write_text("new index")
    patch.replace_folder("bundle")
    return patch


def test_a_patch_replaces_its_files_and_folders_and_leaves_the_rest(tmp_path):
    out = _site(tmp_path)
    patch = _patched(out)
    patch.put_in_place()
    assert (out / "a" / "index.html").read_text() == "new a"
    patch.commit()
    assert tree(out) == {"a/index.html": b"new a", "b.html": b"old b",
                         "bundle/other.json": b"new index"}  # fmt: skip
    patch.wait()  # what it set aside is removed meanwhile
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_patch_discarded_after_its_files_went_in_puts_the_old_ones_back(tmp_path):
    out = _site(tmp_path)
    before = tree(out)
    patch = _patched(out)
    patch.write("new/page.html", "a page the site did not have")
    patch.put_in_place()
    patch.discard()
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_patch_removes_files_and_folders_gone_from_the_site(tmp_path):
    out = _site(tmp_path)
    patch = SitePatch(out)
    patch.remove("b.html")
    patch.remove_folder("bundle")
    patch.put_in_place()
    assert not (out / "b.html").exists()
    patch.commit()
    assert tree(out) == {"a/index.html": b"old a"}
    patch.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_patch_discarded_puts_back_the_files_it_removed(tmp_path):
    out = _site(tmp_path)
    before = tree(out)
    patch = _patched(out)
    patch.remove("b.html")
    patch.put_in_place()
    assert not (out / "b.html").exists()
    patch.discard()
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_file_written_with_the_same_bytes_keeps_the_current_one(tmp_path: Path):
    out = _site(tmp_path)
    before = {path: (out / path).stat() for path in ("a/index.html", "bundle/index.json")}
    writer = SiteWriter(out)
    writer.write_pieces("a/index.html", iter(["old", " a"]))
    writer.write_pieces("b.html", iter(["new b"]))
    writer.write("bundle/index.json", "old index")  # whole files are compared as written
    assert writer.keep_unchanged("a/index.html")
    assert not writer.keep_unchanged("b.html")
    assert not writer.keep_unchanged("missing.html")  # not in the staging folder
    writer.commit()
    for path, stat in before.items():
        assert ((out / path).stat().st_ino, (out / path).stat().st_mtime_ns) == (
            stat.st_ino,
            stat.st_mtime_ns,
        )
    assert tree(out) == {"a/index.html": b"old a", "b.html": b"new b",
                         "bundle/index.json": b"old index"}  # fmt: skip
    assert sorted(writer.written) == ["a/index.html", "b.html", "bundle/index.json"]


def test_a_patch_leaves_a_file_written_with_the_same_bytes_alone(tmp_path: Path):
    out = _site(tmp_path)
    stat = (out / "b.html").stat()
    patch = SitePatch(out)
    patch.write_pieces("b.html", iter(["old b"]))
    patch.write("a/index.html", "new a")
    patch.write("bundle/index.json", "old index")  # left alone as written
    assert patch.keep_unchanged("b.html")
    assert patch.written == ["a/index.html"]
    patch.put_in_place()
    patch.commit()
    patch.wait()
    assert (out / "b.html").stat().st_mtime_ns == stat.st_mtime_ns
    assert tree(out) == {"a/index.html": b"new a", "b.html": b"old b",
                         "bundle/index.json": b"old index"}  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.mark.parametrize("writer", [SiteWriter, SitePatch])
def test_ctrl_c_held_back_while_a_folder_is_made_leaves_no_folder(tmp_path, monkeypatch, writer):
    """Ctrl-C is held back while the writer makes its folders beside the site, and comes
    the moment it is let through: the writer does not exist then, so it cleans up itself."""
    out = tmp_path / "site"
    out.mkdir()
    held = writer_module._no_interruption
    made = []

    @contextmanager
    def interrupted_once_through() -> Iterator[None]:
        with held():
            yield
        made.append(True)
        if len(made) == (2 if writer is SitePatch else 1):
            raise KeyboardInterrupt

    monkeypatch.setattr(writer_module, "_no_interruption", interrupted_once_through)
    with pytest.raises(KeyboardInterrupt):
        writer(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
