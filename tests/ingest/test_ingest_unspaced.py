"""A page in Chinese, which writes its words without spaces: found to be prose, in its
language, with its headline, date, author and furniture read as in any other."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import body_of, ingest_file

from briefing.ingest.shapes import is_prose, words

PAGE = """\
首页
科研成果
学术活动
当前位置：首页 > 科研成果 > 学术文章
中俄在中亚的互动：协调、竞争与上合组织的作用
作者：赵文博
来源：俄罗斯东欧中亚研究所
发布时间：2022-10-11
浏览次数：1326
字号：大 中 小
2022年9月，上海合作组织成员国元首理事会第二十二次会议在乌兹别克斯坦撒马尔罕举行。这是新冠疫情暴发以来上合组织首次举行线下峰会。
一、中俄在中亚的利益交汇
长期以来，外界常以“俄罗斯管安全、中国管经济”来概括中俄在中亚的分工。这种说法虽然过于简单，但在一定程度上反映了两国在该地区的不同优势。
总体而言，中俄在中亚的关系以合作为主，竞争总体可控。
（责任编辑：陈静）
本文链接：http://euroasia.cass.cn/news/1034582.htm
分享到：
打印本页
"""


def test_a_chinese_sentence_is_prose_and_counts_two_characters_a_word():
    sentence = "总体而言，中俄在中亚的关系以合作为主，竞争总体可控。"
    assert is_prose(sentence)
    assert len(words(sentence)) == 12
    assert len(words("首页")) == 1


def test_a_chinese_page_is_read_as_any_other(tmp_path):
    seed = tmp_path / "zh.txt"
    seed.write_text(PAGE, "utf-8")
    article = ingest_file(seed)
    assert article.title == "中俄在中亚的互动：协调、竞争与上合组织的作用"
    assert article.language == "zh"
    assert article.date == dt.date(2022, 10, 11)
    assert article.author == "赵文博"  # the editor in charge (责任编辑) is not an author
    assert article.source_url == "http://euroasia.cass.cn/news/1034582.htm"
    body = body_of(article)
    assert body.startswith("2022年9月，上海合作组织") and "竞争总体可控。" in body
    assert "\n## 一、中俄在中亚的利益交汇\n" in body  # a numbered heading, with no capitals
    for furniture in ("来源", "浏览次数", "字号", "责任编辑", "分享到", "打印本页", "首页"):
        assert furniture not in body
