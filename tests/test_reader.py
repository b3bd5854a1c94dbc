"""quoteidx.reader: paths, decoding, HTML, JSON and JSON lines."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteidx import reader
from quoteidx.models import Article, InputFailure
from quoteidx.reader import decode_bytes, iter_articles, iter_paths, read_path


def read_all(*paths: Path | str, glob: str | None = None) -> list[Article | InputFailure]:
    return list(iter_articles([str(p) for p in paths], glob=glob))


def only(items: list) -> Article | InputFailure:
    assert len(items) == 1, items
    return items[0]


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


# --- plain text and decoding ------------------------------------------------------------


def test_utf8_text_is_read_unchanged(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    text = "Headline\r\n\r\n“We will win,” said Ana Núñez.\r\n"
    p.write_bytes(text.encode("utf-8"))
    art = only(read_all(p))
    assert isinstance(art, Article)
    assert art.text == text  # \r\n kept: offsets point into this text
    assert art.source == str(p)
    assert art.encoding == "utf-8"
    assert art.warnings == []


def test_bom_is_removed(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfHello \xe2\x80\x9cthere\xe2\x80\x9d")
    art = only(read_all(p))
    assert art.text == "Hello “there”"
    assert art.warnings == []


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    # cp1252 curly quotes and e-acute; 0x81 is undefined in cp1252 and reads as latin-1
    p.write_bytes(b"Caf\xe9 owner said: \x93It is over.\x94 \x81")
    art = only(read_all(p))
    assert isinstance(art, Article)
    assert art.text == "Café owner said: “It is over.” \x81"
    assert art.encoding == "cp1252"
    assert art.warnings == ["not valid UTF-8; decoded as cp1252"]


def test_html_character_references_in_text_are_decoded(tmp_path: Path) -> None:
    # Some exports leave `&#233;` in plain text: names must come out whole (`José`).
    p = tmp_path / "refs.txt"
    p.write_text("EC President Jos&#233; Barroso said &lt;no&gt; to R&D, AT&T; &amp co.",
                 encoding="utf-8")
    art = only(read_all(p))
    assert art.text == "EC President José Barroso said <no> to R&D, AT&T; &amp co."
    assert art.warnings == [reader.ENTITY_WARNING.format(example="&#233;")]


def test_character_references_in_json_records_are_decoded(tmp_path: Path) -> None:
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"text": "caf&#xE9; &amp; bar"}) + "\n", encoding="utf-8")
    art = only(read_all(p))
    assert art.text == "café & bar"
    assert art.warnings == [reader.ENTITY_WARNING.format(example="&#xE9;")]


def test_text_without_references_is_untouched(tmp_path: Path) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("Fish & chips; R&D & more &amp", encoding="utf-8")
    art = only(read_all(p))
    assert art.text == "Fish & chips; R&D & more &amp"
    assert art.warnings == []


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes("“Yes,” she said.".encode("utf-16"))
    art = only(read_all(p))
    assert isinstance(art, Article) and art.text == "“Yes,” she said."


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17]) * 50 + b"some text",
])
def test_binary_is_skipped(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(data)
    fail = only(read_all(p))
    assert isinstance(fail, InputFailure)
    assert fail.message == "binary file, skipped"
    assert fail.source == str(p)


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t "])
def test_empty_file_is_an_article_with_a_warning(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "empty.md"
    p.write_bytes(data)
    art = only(read_all(p))
    assert isinstance(art, Article)
    assert art.text == data.decode()
    assert art.warnings == ["empty file"]


def test_missing_path_fails_alone(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    items = read_all(tmp_path / "nope.txt", good)
    assert isinstance(items[0], InputFailure)
    assert items[0].message == "no such file"
    assert items[0].source == str(tmp_path / "nope.txt")
    assert isinstance(items[1], Article) and items[1].text == "fine"


def test_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_BYTES", 10)
    p = tmp_path / "big.txt"
    p.write_text("x" * 11, encoding="utf-8")
    fail = only(read_all(p))
    assert isinstance(fail, InputFailure) and fail.message == "too large"


def test_explicit_file_with_other_suffix_is_text(tmp_path: Path) -> None:
    p = tmp_path / "notes.log"
    p.write_text("plain words", encoding="utf-8")
    art = only(read_all(p))
    assert isinstance(art, Article) and art.text == "plain words"


# --- directories ------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    for rel in ["b.txt", "a.md", "sub/c.txt", "sub/deeper/d.html", "sub/e.csv",
                ".hidden.txt", ".git/f.txt", "README.txt", "z.jsonl"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")


def test_directory_is_walked_sorted_without_hidden(tmp_path: Path) -> None:
    make_tree(tmp_path)
    got = [Path(p).relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)])]
    assert got == ["a.md", "b.txt", "z.jsonl", "sub/c.txt", "sub/deeper/d.html"]


def test_glob_picks_files_by_name(tmp_path: Path) -> None:
    make_tree(tmp_path)
    got = [Path(p).relative_to(tmp_path).as_posix()
           for p in iter_paths([str(tmp_path)], glob="*.txt")]
    assert got == ["README.txt", "b.txt", "sub/c.txt"]
    assert [Path(p).name for p in iter_paths([str(tmp_path)], glob="*.csv")] == ["e.csv"]


def test_directory_articles_carry_their_paths(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("first", encoding="utf-8")
    (tmp_path / "two.txt").write_text("second", encoding="utf-8")
    items = read_all(tmp_path)
    assert [(Path(a.source).name, a.text) for a in items] == [
        ("one.txt", "first"), ("two.txt", "second")]


# --- stdin ------------------------------------------------------------------------------


def test_stdin_is_read_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"\xef\xbb\xbf\"Go,\" he said."))
    art = only(read_all("-"))
    assert isinstance(art, Article)
    assert art.source == "-"
    assert art.text == '"Go," he said.'


def test_stdin_jsonl_is_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"text": "one"}\n{"text": "two", "title": "T"}\n'
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    items = read_all("-")
    assert [(a.source, a.text) for a in items] == [("-:1", "one"), ("-:2", "two")]
    assert items[1].title == "T"


# --- HTML -------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves footbridge | The Millbrook Courier</title>
<meta property="og:site_name" content="The Millbrook Courier">
<meta property="og:url" content="https://courier.example/news/footbridge">
<meta name="author" content="Priya Lindqvist">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<div class="advert">Buy discount garden sheds today! Offer ends soon.</div>
<article>
<h1>Council approves footbridge</h1>
<p>The town council voted on Tuesday to build a footbridge over the river, ending a
debate that had run for almost a decade in the chamber.</p>
<p>"This bridge will join two halves of our town that have been apart for too long,"
said Mayor Hannah Okafor, who has backed the plan since her election.</p>
<p>Opponents said the cost, put at four million pounds, was too high for a town of this
size and that the money should go to the schools instead.</p>
<p>"We will keep asking hard questions about the budget," councillor Tomasz Quinn told
reporters after the vote on Tuesday evening.</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Bridge plan delayed again</a></li>
<li><a href="/b">Mayor elected in landslide</a></li></ul></aside>
<footer><p>Copyright 2024 The Millbrook Courier. All rights reserved. Privacy policy.</p>
</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    art = only(read_all(p))
    assert isinstance(art, Article), art
    assert "said Mayor Hannah Okafor" in art.text
    assert "councillor Tomasz Quinn told" in art.text
    for noise in ("garden sheds", "Related stories", "Mayor elected", "Copyright",
                  "Weather"):
        assert noise not in art.text
    assert "\n\n" in art.text and "\n\n\n" not in art.text
    assert art.title == "Council approves footbridge"
    assert art.author == "Priya Lindqvist"
    assert art.outlet == "The Millbrook Courier"
    assert art.url == "https://courier.example/news/footbridge"
    assert art.published == "2024-03-05"


def test_html_without_text_fails(tmp_path: Path) -> None:
    p = tmp_path / "blank.htm"
    p.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script>"
                 "<img src='a.png'></body></html>", encoding="utf-8")
    fail = only(read_all(p))
    assert isinstance(fail, InputFailure)
    assert "no article text" in fail.message


# --- JSON and JSON lines ----------------------------------------------------------------


def test_jsonl_records_and_failures_by_line(tmp_path: Path) -> None:
    p = tmp_path / "crawl.jsonl"
    lines = [
        json.dumps({"text": "first body", "title": "One", "url": "https://x.example/1",
                    "date": "2023-05-01", "source": "Wire", "author": "A. Writer"}),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps({"body": "second body", "published_at": "2023-05-02T10:00:00Z",
                    "site": "Paper", "authors": ["Kim Lee", "Sam Roe"]}),
        json.dumps(["a list"]),
        json.dumps({"content": "third", "published": 1700000000, "outlet": {"name": "Org"}}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(p)
    assert [type(i).__name__ for i in items] == [
        "Article", "InputFailure", "InputFailure", "Article", "InputFailure", "Article"]
    first, bad_json, no_text, second, not_obj, third = items
    assert (first.source, first.text, first.title, first.url, first.published,
            first.outlet, first.author) == (
        f"{p}:1", "first body", "One", "https://x.example/1", "2023-05-01", "Wire",
        "A. Writer")
    assert bad_json.source == f"{p}:2" and bad_json.message.startswith("invalid JSON")
    assert no_text.source == f"{p}:4" and "no text" in no_text.message
    assert second.source == f"{p}:5"
    assert second.published == "2023-05-02T10:00:00+00:00"
    assert (second.outlet, second.author) == ("Paper", "Kim Lee, Sam Roe")
    assert not_obj.source == f"{p}:6" and "object" in not_obj.message
    assert third.published == "2023-11-14T22:13:20+00:00"
    assert third.outlet == "Org"


def test_json_list_and_object(tmp_path: Path) -> None:
    lst = tmp_path / "list.json"
    lst.write_text(json.dumps([{"text": "a"}, {"nope": 1}, {"text": "c"}]), encoding="utf-8")
    obj = tmp_path / "obj.json"
    obj.write_text(json.dumps({"body": "solo", "title": "T"}), encoding="utf-8")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"text": "w"}]}), encoding="utf-8")
    items = read_all(lst, obj, wrapped)
    assert [(type(i).__name__, i.source) for i in items] == [
        ("Article", f"{lst}:0"), ("InputFailure", f"{lst}:1"), ("Article", f"{lst}:2"),
        ("Article", str(obj)), ("Article", f"{wrapped}:0")]
    assert items[3].text == "solo" and items[3].title == "T"


def test_invalid_json_file_fails_with_position(tmp_path: Path) -> None:
    p = tmp_path / "broken.json"
    p.write_text('{"text": "a",\n  oops}', encoding="utf-8")
    fail = only(read_all(p))
    assert isinstance(fail, InputFailure)
    assert "invalid JSON" in fail.message and "line 2" in fail.message


def test_unrecognised_date_is_dropped_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"text": "t", "date": "last Tuesday"}) + "\n", encoding="utf-8")
    art = only(read_all(p))
    assert art.published is None
    assert any("unrecognised date" in w for w in art.warnings)


# --- robustness -------------------------------------------------------------------------


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".json", ".jsonl"]))
def test_arbitrary_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    p = tmp_path / f"input{suffix}"
    p.write_bytes(data)
    items = list(read_path(str(p)))
    assert all(isinstance(i, (Article, InputFailure)) for i in items)
    if suffix == ".txt":
        assert len(items) == 1


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000) | st.text(max_size=500).map(
    lambda t: f"<html><body><p>{t}</p></body></html>".encode()))
def test_arbitrary_html_never_raises(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "page.html"
    p.write_bytes(data)
    items = list(read_path(str(p)))
    assert len(items) == 1 and isinstance(items[0], (Article, InputFailure))


@given(st.text(max_size=300))
def test_valid_utf8_round_trips(text: str) -> None:
    raw = text.encode("utf-8")
    try:
        got, encoding, _ = decode_bytes(raw)
    except Exception as exc:  # only binary-looking text may be refused
        assert reader.looks_binary(raw), exc
        return
    assert got == text.removeprefix("\ufeff")
    assert encoding.startswith("utf-8")
