"""run(): writing articles, saying what it did, idempotence, edited-article protection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from tests.ingest.helpers import FIXTURE_SEEDS, Echo, run_quietly, snapshot

from briefing.errors import BriefingError, BriefingErrors
from briefing.ingest import run

SEED = FIXTURE_SEEDS / "by-line-with-related-links.txt"
SLUG = "kazakhstan-courts-beijing-while-keeping-moscow-close"


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")  # 2020-09-13


def add_seed(project: Path, source: Path = SEED, name: str | None = None) -> Path:
    target = project / "seeds" / (name or source.name)
    shutil.copyfile(source, target)
    return target


def article_path(project: Path, slug: str = SLUG) -> Path:
    return project / "content" / "articles" / f"{slug}.md"


def test_an_article_has_front_matter_in_spec_order_and_a_markdown_body(project):
    add_seed(project)
    run_quietly(project)
    text = article_path(project).read_text(encoding="utf-8")
    assert text == (
        "---\n"
        "title: Kazakhstan Courts Beijing While Keeping Moscow Close\n"
        "slug: kazakhstan-courts-beijing-while-keeping-moscow-close\n"
        "date: 2020-03-03\n"
        "author: Jane Doe\n"
        "author_bio: Jane Doe is a senior fellow at the Eurasia Policy Institute in Berlin.\n"
        "publisher: null\n"
        "source_url: null\n"
        "language: en\n"
        "summary: Kazakhstan is deepening its economic ties with China while insisting that its "
        "security alliance with Russia is untouched.\n"
        "seed: by-line-with-related-links.txt\n"
        "seed_sha256: " + _sha(SEED) + "\n"
        "themes: [security]\n"
        "actors: [russia, china]\n"
        "ingested: 2020-09-13\n"
        "---\n"
        "\n"
        "Kazakhstan is deepening its economic ties with China while insisting that its security "
        "alliance with Russia is untouched. Officials in Nur-Sultan describe the balance as "
        "pragmatic.\n"
        "\n"
        "The government signed eleven investment agreements with Chinese companies last year. "
        "Most of them concern transport and logistics along the route from Khorgos to the "
        "Caspian Sea.\n"
        "\n"
        "Russian diplomats have so far welcomed the projects in public. In private, some of them "
        "worry that Moscow is losing ground.\n"
    )


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_ingest_says_what_it_did_for_each_seed_and_in_total(project):
    add_seed(project)
    assert run_quietly(project) == [
        f"by-line-with-related-links.txt -> {SLUG}.md: "
        "'Kazakhstan Courts Beijing While Keeping Moscow Close', date 2020-03-03, "
        "author Jane Doe, 3 paragraphs kept, 10 lines dropped: written",
        "ingest: 1 seeds: 1 written",
    ]


def test_second_run_changes_no_byte(real_project):
    run_quietly(real_project)
    before = snapshot(real_project)
    mtimes = {p: p.stat().st_mtime_ns for p in (real_project / "content").rglob("*")}
    lines = run_quietly(real_project)
    assert snapshot(real_project) == before
    assert {p: p.stat().st_mtime_ns for p in (real_project / "content").rglob("*")} == mtimes
    assert lines[-1] == "ingest: 5 seeds: 5 unchanged"


def test_the_ingest_date_is_kept_on_re_ingest(project, monkeypatch):
    seed = add_seed(project)
    run_quietly(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # a later day
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more closing sentence here.\n")
    lines = run_quietly(project)
    assert lines[0].endswith(": updated")
    text = article_path(project).read_text(encoding="utf-8")
    assert "ingested: 2020-09-13\n" in text
    assert "accessed:" not in text  # the seed states no access date: none is invented


def test_an_edited_article_is_left_alone_and_ingest_says_so(project):
    seed = add_seed(project)
    run_quietly(project)
    edited = article_path(project).read_text(encoding="utf-8").replace("Jane Doe", "J. Doe", 1)
    article_path(project).write_text(edited, encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more closing sentence here.\n")
    lines = run_quietly(project)
    assert lines[0].endswith(": left alone: edited since ingest (--force overwrites)")
    assert lines[-1] == "ingest: 1 seeds: 1 left alone"
    assert article_path(project).read_text(encoding="utf-8") == edited
    # And it stays protected on the next run too.
    run_quietly(project)
    assert article_path(project).read_text(encoding="utf-8") == edited


def test_force_overwrites_an_edited_article(project):
    add_seed(project)
    run_quietly(project)
    original = article_path(project).read_bytes()
    article_path(project).write_text("my own notes\n", encoding="utf-8")
    lines = run_quietly(project, force=True)
    assert lines[0].endswith(": overwritten (--force)")
    assert article_path(project).read_bytes() == original
    assert run_quietly(project)[0].endswith(": unchanged")


def test_an_article_ingest_did_not_write_is_left_alone(project):
    add_seed(project)
    article_path(project).parent.mkdir(parents=True)
    article_path(project).write_text("written by hand\n", encoding="utf-8")
    lines = run_quietly(project)
    assert lines[0].endswith(": left alone: not written by ingest (--force overwrites)")
    assert article_path(project).read_text(encoding="utf-8") == "written by hand\n"


def test_the_manifest_records_what_ingest_wrote(project):
    add_seed(project)
    run_quietly(project)
    manifest = json.loads((project / "content" / "articles" / ".ingest.json").read_text())
    import hashlib

    assert manifest == {
        SLUG: {
            "ingested": "2020-09-13",
            "seed": "by-line-with-related-links.txt",
            "seed_sha256": _sha(SEED),
            "sha256": hashlib.sha256(article_path(project).read_bytes()).hexdigest(),
        }
    }


def test_a_retitled_seed_replaces_its_old_unedited_article(project):
    seed = add_seed(project)
    run_quietly(project)
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("Keeping Moscow Close", "Watching Moscow")
    )
    lines = run_quietly(project)
    new_slug = "kazakhstan-courts-beijing-while-watching-moscow"
    assert not article_path(project).exists()
    assert article_path(project, new_slug).exists()
    assert lines[1] == f"by-line-with-related-links.txt: {SLUG}.md renamed to {new_slug}.md"


def test_two_seeds_with_one_slug_are_an_error_naming_both(project):
    add_seed(project, name="a.txt")
    second = add_seed(project, name="b.txt")
    with pytest.raises(BriefingError) as caught:
        run_quietly(project)
    assert str(caught.value) == f"{second}: seeds a.txt and b.txt both give the slug '{SLUG}'"
    manifest = json.loads((project / "content" / "articles" / ".ingest.json").read_text())
    assert manifest[SLUG]["seed"] == "a.txt"  # the first is written


def test_a_slug_owned_by_another_seed_is_not_taken_over(project):
    add_seed(project, name="a.txt")
    run_quietly(project)
    (project / "seeds" / "a.txt").unlink()
    second = add_seed(project, name="b.txt")
    with pytest.raises(BriefingError) as caught:
        run_quietly(project, second)
    assert str(caught.value) == (
        f"{second}: slug '{SLUG}' is already the article of seed a.txt ({SLUG}.md); "
        "retitle or remove one of the two seeds"
    )


def test_bad_seeds_are_each_reported_and_the_good_ones_written(project):
    add_seed(project)
    (project / "seeds" / "empty.txt").write_bytes(b"")
    (project / "seeds" / "binary.txt").write_bytes(b"\x00\x01")
    echo = Echo()
    with pytest.raises(BriefingErrors) as caught:
        run(project, [], echo=echo)
    seeds = project / "seeds"
    assert str(caught.value) == (
        f"{seeds / 'binary.txt'}: seed is binary, not text (NUL byte at offset 0)\n"
        f"{seeds / 'empty.txt'}: seed is empty"
    )
    assert article_path(project).exists()
    assert echo.lines[-1] == "ingest: 3 seeds: 2 refused, 1 written"


def test_a_seed_with_no_title_is_refused_with_its_line(project):
    (project / "seeds" / "x.txt").write_text(
        "This opening paragraph runs on and on, with many clauses and no headline above it, "
        "far longer than any standfirst, so nothing in it can serve as the title of the page.\n"
    )
    with pytest.raises(BriefingError) as caught:
        run_quietly(project)
    assert str(caught.value) == (
        f"{project / 'seeds' / 'x.txt'}:1: no title found: "
        "put the headline on a line of its own at the top, e.g. '# The headline'"
    )


def test_explain_names_each_dropped_line_and_its_rule_and_writes_nothing(project):
    seed = add_seed(project)
    lines = run_quietly(project, seed, explain=True)
    assert lines == [
        "seeds/by-line-with-related-links.txt:1: section-label: World",
        "seeds/by-line-with-related-links.txt:3: title: "
        "Kazakhstan Courts Beijing While Keeping Moscow Close",
        "seeds/by-line-with-related-links.txt:5: byline: By Jane Doe",
        "seeds/by-line-with-related-links.txt:7: date-line: March 3, 2020",
        "seeds/by-line-with-related-links.txt:11: read-more: "
        "Read more: Why Astana hosted the Belt and Road launch",
        "seeds/by-line-with-related-links.txt:15: related-links: Related articles",
        "seeds/by-line-with-related-links.txt:16: related-links: "
        "Tajikistan's debt to China keeps growing",
        "seeds/by-line-with-related-links.txt:17: related-links: Kyrgyzstan after the protests",
        "seeds/by-line-with-related-links.txt:18: related-links: Uzbekistan opens up",
        "seeds/by-line-with-related-links.txt:22: author-bio: "
        "Jane Doe is a senior fellow at the Eurasia Policy Institute in Berlin.",
        f"by-line-with-related-links.txt -> {SLUG}.md: "
        "'Kazakhstan Courts Beijing While Keeping Moscow Close', date 2020-03-03, "
        "author Jane Doe, 3 paragraphs kept, 10 lines dropped: explained, nothing written",
    ]
    assert not (project / "content" / "articles").exists()


def test_files_that_are_not_seeds_are_skipped_with_a_note(project):
    add_seed(project)
    (project / "seeds" / "picture.png").write_bytes(b"\x89PNG")
    lines = run_quietly(project)
    assert lines[0] == (
        "skipped seeds/picture.png: "
        "not a seed (seeds are .txt, .md, .text, .html or .htm files other than a README)"
    )


def test_no_temporary_files_are_left_behind(real_project):
    run_quietly(real_project)
    names = sorted(p.name for p in (real_project / "content" / "articles").iterdir())
    assert [n for n in names if n.endswith(".tmp")] == []
    assert len(names) == 6  # five articles and the manifest


def test_front_matter_is_valid_yaml_with_iso_dates(real_project):
    run_quietly(real_project)
    for path in sorted((real_project / "content" / "articles").glob("*.md")):
        matter = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        assert list(matter) == [
            "title", "slug", "date", "author", "author_bio", "publisher", "source_url",
            "language", "summary", "seed", "seed_sha256", "themes", "actors", "ingested",
        ]  # fmt: skip
        assert matter["slug"] == path.stem


def test_run_uses_the_default_echo(project, capsys):
    add_seed(project)
    run(project, [])
    assert capsys.readouterr().out.endswith("ingest: 1 seeds: 1 written\n")


def test_actors_come_from_the_one_matcher_whole_words_and_case_aware_acronyms(project):
    (project / "seeds" / "s.txt").write_text(
        "Dragon Rising\n\nLet us dance at the discos of Moscow, where the US and the SCO meet. "
        "Chinese security and military investment grows.\n",
        encoding="utf-8",
    )
    run_quietly(project)
    text = article_path(project, "dragon-rising").read_text(encoding="utf-8")
    assert "actors: [china, russia, sco, us]\n" in text
    assert "themes: [security]\n" in text


def test_one_unreadable_page_is_one_line_and_the_rest_are_written(real_project, capsys):
    from briefing.commands.cli import main

    (real_project / "seeds" / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8")  # bad UTF-16
    assert main(["ingest", "--root", str(real_project)]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"briefing: error: {real_project / 'seeds' / 'broken.txt'}: "
        "cannot decode seed as utf-16 (byte 2)"
    ]
    assert "ingest: 6 seeds: 1 refused, 5 written" in captured.out
    assert len(list((real_project / "content" / "articles").glob("*.md"))) == 5
