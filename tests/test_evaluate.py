"""quoteidx.evaluate: the gold loader and the scoring rule, on hand-built cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteidx.extractor
from quoteidx.errors import GoldFormatError, InputError
from quoteidx.evaluate import GoldDoc, GoldQuote, evaluate, load_gold, score_document


def doc(*quotes: GoldQuote, text: str = "article text", id: str = "d1") -> GoldDoc:
    return GoldDoc(id=id, text=text, quotes=list(quotes))


def g(text: str, speaker: str | None = None, kind: str = "direct",
      optional: bool = False) -> GoldQuote:
    return GoldQuote(text=text, kind=kind, speaker=speaker, optional=optional)


# --- the full rule on one document --------------------------------------------------------

GOLD = doc(
    g("We will defend ourselves if attacked today", "Volodymyr Zelensky"),  # 7 words
    g("Russia would recognise the two regions", "Vladimir Putin", "indirect"),  # 6 words
    g("the talks were a waste of time", None, "mixed"),  # 7 words
    g("Nobody knows what happens next", "Anna Moreau", "direct", optional=True),
)


def extracted(make_quote):
    return [
        # 6/7 of gold A -> found; right speaker once the title is dropped
        make_quote("We will defend ourselves if attacked", "President Volodymyr Zelensky",
                   start=10, rule="quote_said_x"),
        # 5/6 of gold B -> found; the surname alone is a wrong speaker
        make_quote("Russia would recognise the regions", "Putin", "indirect", start=60,
                   rule="reported_that", speaker_mention="Putin"),
        # 5/7 of gold C -> not found, but every word is in the gold: correct
        make_quote("the talks were a waste", None, "mixed", start=120, rule="reported_bare"),
        # the optional gold quote: correct, never a false positive
        make_quote("Nobody knows what happens next", "Someone Else", start=200),
        # noise: only 'the' is in the gold -> 1/6
        make_quote("The weather was lovely in Kyiv", "Ivan Petrov", "indirect", start=300,
                   rule="reported_bare"),
    ]


def test_exact_figures_overall(make_quote) -> None:
    res = score_document(GOLD, extracted(make_quote))
    f = res.score.figures
    assert (f.gold, f.found, f.extracted, f.correct) == (3, 2, 5, 4)
    assert (f.speaker_total, f.speaker_right, f.end_to_end_right) == (2, 1, 1)
    assert f.precision == pytest.approx(0.8)
    assert f.recall == pytest.approx(2 / 3)
    assert f.f1 == pytest.approx(2 * 0.8 * (2 / 3) / (0.8 + 2 / 3))
    assert f.speaker_accuracy == pytest.approx(0.5)
    assert f.end_to_end == pytest.approx(1 / 3)
    assert res.score.optional == 1


def test_exact_figures_by_kind(make_quote) -> None:
    by = score_document(GOLD, extracted(make_quote)).by_kind
    counts = {k: (f.gold, f.found, f.extracted, f.correct, f.speaker_total, f.speaker_right,
                  f.end_to_end_right) for k, f in by.items()}
    assert counts == {
        "direct": (1, 1, 2, 2, 1, 1, 1),
        "indirect": (1, 1, 2, 1, 1, 0, 0),
        "mixed": (1, 0, 1, 1, 0, 0, 0),
        "reported": (2, 1, 3, 2, 1, 0, 0),
    }
    assert by["mixed"].recall == 0.0 and by["mixed"].speaker_accuracy is None


def test_error_lists(make_quote) -> None:
    res = score_document(GOLD, extracted(make_quote))
    [miss] = res.misses
    assert (miss.doc, miss.text, miss.kind, miss.speaker) == (
        "d1", "the talks were a waste of time", "mixed", None)
    assert miss.best_overlap == pytest.approx(round(5 / 7, 4))
    assert miss.nearest_rule == "reported_bare"
    [fp] = res.false_positives
    assert (fp.text, fp.rule, fp.kind) == ("The weather was lovely in Kyiv", "reported_bare",
                                           "indirect")
    assert fp.overlap == pytest.approx(round(1 / 6, 4))
    [wrong] = res.wrong_speakers
    assert (wrong.expected, wrong.got, wrong.mention, wrong.rule) == (
        "Vladimir Putin", "Putin", "Putin", "reported_that")


# --- the edges of the rule ------------------------------------------------------------------


def test_eighty_percent_is_enough_and_words_are_a_multiset(make_quote) -> None:
    gold = doc(g("no no no yes yes"))
    four = score_document(gold, [make_quote("No, no, no -- yes!")]).score.figures
    assert four.found == 1  # 4/5 = 0.8
    three = score_document(gold, [make_quote("no yes yes yes yes")]).score.figures
    assert three.found == 0  # only 3 of the 5 (repeats count once each)
    assert three.correct == 0  # and 3/5 of its words are in the gold


def test_found_needs_one_extracted_quote_not_several(make_quote) -> None:
    gold = doc(g("one two three four five"))
    split = [make_quote("one two three", start=0), make_quote("four five", start=20)]
    f = score_document(gold, split).score.figures
    assert (f.found, f.correct) == (0, 2)


def test_extracted_quote_spanning_two_gold_quotes_is_correct(make_quote) -> None:
    # the gold quotes' words are added up: 'it is the' counts twice (a max-union would
    # hold it once and give 5/8 here)
    gold = doc(g("it is the best"), g("it is the worst"))
    f = score_document(gold, [make_quote("It is the best, it is the worst")]).score.figures
    assert (f.found, f.correct, f.extracted) == (2, 1, 1)


def test_speaker_comes_from_the_best_overlap_then_the_earliest(make_quote) -> None:
    gold = doc(g("alpha beta gamma delta epsilon", "Jane Roe"))
    best_later = [make_quote("alpha beta gamma delta", "John Doe", start=0),
                  make_quote("alpha beta gamma delta epsilon", "Jane Roe", start=50)]
    assert score_document(gold, best_later).score.figures.speaker_right == 1
    # equal overlap: the earliest in the text wins, whatever the list order
    tie = [make_quote("alpha beta gamma delta epsilon", "John Doe", start=90),
           make_quote("alpha beta gamma delta epsilon", "Dr Jane Roe", start=5)]
    assert score_document(gold, tie).score.figures.speaker_right == 1
    tie_wrong = [make_quote("alpha beta gamma delta epsilon", "John Doe", start=5),
                 make_quote("alpha beta gamma delta epsilon", "Jane Roe", start=90)]
    res = score_document(gold, tie_wrong)
    assert res.score.figures.speaker_right == 0
    assert res.wrong_speakers[0].got == "John Doe"


def test_null_speakers(make_quote) -> None:
    gold = doc(g("nobody claims this sentence at all", None))
    same = score_document(gold, [make_quote("nobody claims this sentence at all", None)])
    f = same.score.figures
    assert (f.speaker_total, f.end_to_end_right) == (0, 1)
    assert f.speaker_accuracy is None and f.end_to_end == 1.0
    other = score_document(gold, [make_quote("nobody claims this sentence at all", "Al Roe")])
    assert other.score.figures.end_to_end_right == 0
    assert other.wrong_speakers[0].expected is None
    # a gold speaker and no extracted speaker: wrong
    named = doc(g("this one has a speaker", "Al Roe"))
    f = score_document(named, [make_quote("this one has a speaker", None)]).score.figures
    assert (f.speaker_total, f.speaker_right) == (1, 0)


def test_optional_only_and_nothing_extracted(make_quote) -> None:
    f = score_document(doc(g("maybe a quote", optional=True)), []).score.figures
    assert (f.gold, f.found, f.extracted) == (0, 0, 0)
    assert f.precision is None and f.recall is None and f.f1 is None
    f = score_document(doc(g("a real quote")), []).score.figures
    assert f.recall == 0.0 and f.precision is None and f.end_to_end == 0.0
    f = score_document(doc(g("a real quote")), [make_quote("unrelated words")]).score.figures
    assert (f.precision, f.recall, f.f1) == (0.0, 0.0, 0.0)


def test_extracted_quote_without_words_is_a_false_positive(make_quote) -> None:
    res = score_document(doc(g("words here")), [make_quote("— …")])
    assert res.score.figures.correct == 0 and len(res.false_positives) == 1


# --- gold files -------------------------------------------------------------------------------


def gold_line(id: str, text: str, quotes: list[dict]) -> str:
    return json.dumps({"id": id, "text": text, "quotes": quotes})


def q(text: str, speaker: str | None = None, kind: str = "direct", **kw) -> dict:
    return {"text": text, "speaker": speaker, "kind": kind, **kw}


def test_load_gold_from_files_and_directories(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.gold.jsonl").write_text(
        gold_line("a", "Text A", [q("A", spans=[[5, 6]])]) + "\n\n", encoding="utf-8")
    (tmp_path / "sub" / "b.gold.jsonl").write_text(
        gold_line("b", "Text B", [q("B", optional=True)]) + "\n"
        + json.dumps({"text": "no id", "quotes": []}) + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not gold", encoding="utf-8")
    docs = list(load_gold([str(tmp_path)]))
    assert [d.id for d in docs] == ["a", "b", f"{tmp_path / 'sub' / 'b.gold.jsonl'}:2"]
    assert docs[0].quotes[0] == GoldQuote("A", "direct", None, False, [[5, 6]])
    assert docs[1].quotes[0].optional is True


@pytest.mark.parametrize("line, message", [
    ("{oops", "invalid JSON"),
    ("[1, 2]", "JSON object"),
    (json.dumps({"id": "x", "quotes": []}), "'text'"),
    (json.dumps({"id": "x", "text": "t"}), "'quotes'"),
    (gold_line("x", "t", [q("a", kind="quoted")]), "quote 0: 'kind'"),
    (gold_line("x", "t", [q("a"), q("", "S")]), "quote 1: 'text'"),
    (gold_line("x", "t", [q("a", speaker=3)]), "'speaker'"),
    (gold_line("x", "t", [q("a", optional="yes")]), "'optional'"),
    (gold_line("x", "t", [q("a", spans=[[0, 99]])]), "'spans'"),
])
def test_bad_gold_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text(gold_line("ok", "fine", []) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        list(load_gold([str(p)]))
    assert str(info.value).startswith(f"{p}:2: ")
    assert message in str(info.value)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(load_gold([str(tmp_path / "nope.jsonl")]))


# --- evaluate() with the extractor monkeypatched ------------------------------------------------


def test_evaluate_runs_the_extractor_and_aggregates(tmp_path: Path, make_quote,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join([
        gold_line("d1", "DOC ONE", [q("we will win the cup", "Ana Kowalski"),
                                    q("prices will rise", "the bank", "indirect")]),
        gold_line("d2", "DOC TWO", [q("it was a fair result", "Boris Nakamura")]),
        gold_line("d3", "BOOM", [q("never reached", "X Y")]),
    ]) + "\n", encoding="utf-8")

    def fake_extract(text: str, source: str = "-"):
        if text == "BOOM":
            raise RuntimeError("extractor bug")
        if text == "DOC ONE":
            return [make_quote("We will win the cup!", "Ms Ana Kowalski"),
                    make_quote("Prices will rise", "The Bank", "indirect", start=40),
                    make_quote("Buy our newsletter", None, start=80, rule="furniture")]
        return [make_quote("It was a fair result", "Nakamura", rule="pronoun")]

    monkeypatch.setattr(quoteidx.extractor, "extract", fake_extract)
    report = evaluate([str(gold)])
    o = report.overall
    assert (o.gold, o.found, o.extracted, o.correct) == (4, 3, 4, 3)
    assert (o.speaker_total, o.speaker_right, o.end_to_end_right) == (3, 2, 2)
    assert [d.id for d in report.documents] == ["d1", "d2", "d3"]
    assert [d.figures.found for d in report.documents] == [2, 1, 0]
    assert report.errors == [("d3", "RuntimeError: extractor bug")]
    assert [m.text for m in report.misses] == ["never reached"]
    assert [f.rule for f in report.false_positives] == ["furniture"]
    assert [(w.expected, w.got, w.rule) for w in report.wrong_speakers] == [
        ("Boris Nakamura", "Nakamura", "pronoun")]
    assert [name for name, _ in report.groups()] == ["all", "direct", "indirect", "reported"]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["overall"]["recall"] == pytest.approx(0.75)
    assert data["by_kind"]["indirect"]["precision"] == 1.0
    assert data["documents"][0] == {
        "id": "d1", "source": f"{gold}:1", "optional": 0, "gold": 2, "found": 2,
        "extracted": 3, "correct": 2, "speaker_total": 2, "speaker_right": 2,
        "end_to_end_right": 2, "precision": pytest.approx(2 / 3), "recall": 1.0,
        "f1": pytest.approx(0.8), "speaker_accuracy": 1.0, "end_to_end": 1.0}
    assert data["errors"] == [{"doc": "d3", "message": "RuntimeError: extractor bug"}]


def test_evaluate_without_documents(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no gold documents"):
        evaluate([str(empty)], extract_fn=lambda text: [])
