"""Markdown bodies into anchored, line-numbered blocks with safe HTML."""

from __future__ import annotations

import re
import signal
from contextlib import contextmanager

from briefing.load.markdown import render_body
from briefing.model import Block, Mention


@contextmanager
def time_limit(seconds: float):
    """Fail instead of hanging when rendering loops forever."""

    def expire(signum, frame):
        raise TimeoutError(f"still running after {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render(body: str, body_line: int = 1, linker=None) -> tuple[Block, ...]:
    with time_limit(2):
        return render_body(body, body_line, linker).blocks


def anchors(body: str) -> list[str]:
    return [block.anchor for block in render(body)]


def only_html(body: str, linker=None) -> str:
    (block,) = render(body, 1, linker)
    return block.html


def linker_for(word: str, href: str):
    def linker(text: str) -> list[tuple[Mention, str]]:
        return [
            (Mention(word.lower(), m.start(), m.end(), m.group()), href)
            for m in re.finditer(word, text)
        ]

    return linker


# Paragraphs


def test_paragraphs_are_numbered_from_p_1():
    blocks = render("One.\n\nTwo.\n\nThree.\n")
    assert [(b.kind, b.number, b.anchor, b.text) for b in blocks] == [
        ("paragraph", 1, "p-1", "One."),
        ("paragraph", 2, "p-2", "Two."),
        ("paragraph", 3, "p-3", "Three."),
    ]


def test_paragraph_keeps_inline_html():
    assert only_html("Some *stress* and `code`.") == "Some <em>stress</em> and <code>code</code>."


def test_paragraph_text_joins_soft_line_breaks_with_a_space():
    (block,) = render("first line\nsecond line")
    assert block.text == "first line second line"


def test_paragraph_text_is_plain_without_markup():
    (block,) = render("A **bold** [link](https://e.com) and ![alt text](i.png).")
    assert block.text == "A bold link and alt text."


def test_empty_body_has_no_blocks():
    assert render("") == ()


def test_paragraphs_property_keeps_only_paragraphs():
    rendered = render_body("## Head\n\nText.\n\n- item\n", 1)
    assert [b.anchor for b in rendered.paragraphs] == ["p-1"]


def test_headings_property_keeps_only_headings():
    rendered = render_body("## Head\n\nText.\n\n### Sub\n", 1)
    assert [b.anchor for b in rendered.headings] == ["head", "sub"]


# Source lines


def test_block_lines_are_offset_by_body_line():
    blocks = render("One.\n\nTwo\nlines.\n\n## Head\n\nThree.\n", body_line=10)
    assert [b.line for b in blocks] == [10, 12, 15, 17]


def test_first_block_after_blank_lines_keeps_its_line():
    (block,) = render("\n\n\nText.\n", body_line=5)
    assert block.line == 8


def test_other_blocks_carry_their_source_line():
    blocks = render("Para.\n\n- a\n- b\n\n> quote\n", body_line=20)
    assert [b.line for b in blocks] == [20, 22, 25]


# Headings


def test_heading_gets_slug_anchor_and_level():
    (block,) = render("### The Road Ahead")
    assert (block.kind, block.anchor, block.level, block.text) == (
        "heading",
        "the-road-ahead",
        3,
        "The Road Ahead",
    )


def test_setext_heading_is_a_heading():
    (block, _) = render("Title\n=====\n\ntext")
    assert (block.kind, block.level, block.anchor) == ("heading", 1, "title")


def test_headings_do_not_use_up_paragraph_numbers():
    assert anchors("Intro.\n\n## Part\n\nBody.") == ["p-1", "part", "p-2"]


def test_repeated_heading_anchors_are_made_unique():
    assert anchors("## Intro\n\n## Intro\n\n## Intro") == ["intro", "intro-2", "intro-3"]


def test_heading_without_letters_gets_section_anchor():
    assert anchors("## !!!\n\n## ???") == ["section", "section-2"]


def test_heading_slug_like_a_paragraph_anchor_is_renamed():
    assert not anchors("## P-1\n\nText.")[0].startswith("p-")


def test_heading_starting_with_letter_p_and_a_word_never_hangs():
    blocks = render("## P 8 aircraft\n\nText.")
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def test_heading_anchor_never_looks_like_a_paragraph_anchor():
    assert anchors("## Pipeline\n\n## p") == ["pipeline", "p"]


# Raw HTML and unsafe links


def test_raw_html_block_is_shown_as_text():
    assert only_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_inline_html_is_escaped():
    assert only_html("Hello <b onclick='x'>you</b>") == ("Hello &lt;b onclick='x'&gt;you&lt;/b&gt;")


def test_ampersands_and_angle_brackets_are_escaped():
    assert only_html("AT&T < B > C") == "AT&amp;T &lt; B &gt; C"


def test_javascript_link_is_not_made_live():
    assert only_html("[x](javascript:alert(1))") == "[x](javascript:alert(1))"


def test_javascript_link_in_mixed_case_is_not_made_live():
    assert "<a" not in only_html("[x](JavaScript:alert(1))")


def test_javascript_link_hidden_by_entities_is_not_made_live():
    assert "<a" not in only_html("[x](&#106;avascript:alert(1))")


def test_data_link_is_not_made_live():
    assert only_html("[x](data:text/html;base64,PHNjcmlwdD4=)") == (
        "[x](data:text/html;base64,PHNjcmlwdD4=)"
    )


def test_data_image_link_is_not_made_live():
    assert "<a" not in only_html("[x](data:image/png;base64,AAAA)")


def test_vbscript_and_file_links_are_not_made_live():
    assert "<a" not in only_html("[a](vbscript:x) [b](file:///etc/passwd)")


# External links


def test_external_https_link_gets_rel_noopener_noreferrer():
    assert only_html("[x](https://example.com/a)") == (
        '<a href="https://example.com/a" rel="noopener noreferrer">x</a>'
    )


def test_external_http_and_protocol_relative_links_get_rel():
    html = only_html("[a](http://e.com) [b](//e.com)")
    assert html.count('rel="noopener noreferrer"') == 2


def test_autolink_gets_rel():
    assert only_html("<https://e.com>") == (
        '<a href="https://e.com" rel="noopener noreferrer">https://e.com</a>'
    )


def test_external_link_with_uppercase_scheme_gets_rel():
    assert 'rel="noopener noreferrer"' in only_html("[x](HTTPS://EXAMPLE.COM)")


def test_internal_and_fragment_links_get_no_rel():
    assert only_html("[a](../x/) [b](#p-2) [c](mailto:a@b.org)") == (
        '<a href="../x/">a</a> <a href="#p-2">b</a> <a href="mailto:a@b.org">c</a>'
    )


# The linker


def test_linker_turns_mentions_into_links():
    html = only_html("Talks with Russia.", linker_for("Russia", "../../actors/russia/"))
    assert html == 'Talks with <a href="../../actors/russia/" class="mention">Russia</a>.'


def test_linker_links_every_mention_it_returns():
    html = only_html("Russia and Russia", linker_for("Russia", "r/"))
    assert html.count('class="mention"') == 2


def test_linker_reaches_text_inside_emphasis():
    html = only_html("*Russia*", linker_for("Russia", "r/"))
    assert html == '<em><a href="r/" class="mention">Russia</a></em>'


def test_linker_never_nests_a_link_inside_a_link():
    html = only_html("[Russia today](https://e.com)", linker_for("Russia", "r/"))
    assert html == '<a href="https://e.com" rel="noopener noreferrer">Russia today</a>'


def test_linker_never_nests_a_link_inside_formatted_link_text():
    html = only_html("[**Russia** news](x/)", linker_for("Russia", "r/"))
    assert html == '<a href="x/"><strong>Russia</strong> news</a>'


def test_linker_never_links_inside_an_autolink():
    html = only_html("<https://russia.example>", linker_for("russia", "r/"))
    assert 'class="mention"' not in html


def test_linker_resumes_after_a_link_closes():
    html = only_html("[Russia](x/) and Russia", linker_for("Russia", "r/"))
    assert html == '<a href="x/">Russia</a> and <a href="r/" class="mention">Russia</a>'


def test_linker_does_not_touch_inline_code():
    html = only_html("`Russia`", linker_for("Russia", "r/"))
    assert html == "<code>Russia</code>"


def test_linked_text_stays_escaped():
    html = only_html("<Russia>", linker_for("Russia", "r/"))
    assert html == '&lt;<a href="r/" class="mention">Russia</a>&gt;'


def test_linker_leaves_block_text_plain():
    (block,) = render("Talks with Russia.", 1, linker_for("Russia", "r/"))
    assert block.text == "Talks with Russia."


def test_linker_links_mentions_in_headings():
    (block,) = render("## Russia", 1, linker_for("Russia", "r/"))
    assert (block.anchor, block.html) == ("russia", '<a href="r/" class="mention">Russia</a>')


def test_linker_sees_a_phrase_wrapped_over_a_line_break():
    linker = linker_for(r"Shanghai\s+Cooperation", "sco/")
    html = only_html("The Shanghai\nCooperation met.", linker)
    assert 'class="mention"' in html


# Lists, quotes, code, tables


def test_list_becomes_one_other_block_with_an_anchor():
    (block,) = render("- one\n- two\n")
    assert (block.kind, block.anchor, block.number, block.text) == ("other", "p-1", 1, "one two")
    assert block.html == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"


def test_blockquote_becomes_an_other_block():
    (block,) = render("> quoted words")
    assert (block.kind, block.anchor, block.text) == ("other", "p-1", "quoted words")
    assert block.html == "<blockquote>\n<p>quoted words</p>\n</blockquote>\n"


def test_other_blocks_share_the_paragraph_numbering():
    blocks = render("Para.\n\n1. a\n2. b\n\n> q\n\nEnd.")
    assert [(b.kind, b.anchor) for b in blocks] == [
        ("paragraph", "p-1"),
        ("other", "p-2"),
        ("other", "p-3"),
        ("paragraph", "p-4"),
    ]


def test_fenced_code_is_an_other_block_with_its_content():
    (block,) = render("```\nx = 1\n```\n")
    assert (block.kind, block.text, block.html) == (
        "other",
        "x = 1\n",
        "<pre><code>x = 1\n</code></pre>\n",
    )


def test_table_is_an_other_block():
    (block,) = render("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert (block.kind, block.text) == ("other", "a b 1 2")
    assert block.html.startswith("<table>")


def test_paragraphs_inside_a_list_are_not_separate_blocks():
    blocks = render("- one\n\n  more\n- two\n")
    assert [b.kind for b in blocks] == ["other"]
