"""Read input files into Articles, one at a time.

Paths may be files, directories (walked recursively) or `-` for stdin. Text is decoded
as UTF-8 (with or without BOM) or, failing that, cp1252 with a warning; HTML character
references a careless export left in plain text or JSON text (`Jos&#233;`) are decoded,
with a warning; HTML pages go through trafilatura for their main text and metadata;
JSON and JSON-lines exports give one article per object. Anything unreadable becomes an
InputFailure value, never an exception, so a batch always goes on.
"""

from __future__ import annotations

import codecs
import fnmatch
import html
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import Any

from quoteidx.errors import InputError
from quoteidx.models import Article, InputFailure

MAX_BYTES = 50 * 1024 * 1024
"""Inputs larger than this are refused ('too large'); a JSONL line is capped alike."""

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DEFAULT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
# Files a corpus directory often carries beside its articles (the BBC set has README.TXT).
SKIPPED_STEMS = frozenset({"readme", "license", "licence", "copying", "changelog"})

CP1252_WARNING = "not valid UTF-8; decoded as cp1252"
ENTITY_WARNING = "HTML character references decoded ({example}); offsets are into the decoded text"
EMPTY_WARNING = "empty file"

TEXT_FIELDS = ("text", "body", "content", "maintext", "article_text")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url")
DATE_FIELDS = ("date", "published", "published_at", "date_publish", "pubDate", "datePublished")
OUTLET_FIELDS = ("source", "outlet", "site", "sitename", "source_domain", "publisher")
AUTHOR_FIELDS = ("author", "authors", "byline")
# A JSON object holding a list of records under one of these keys is read as that list.
WRAPPER_FIELDS = ("articles", "items", "records", "results", "data")

# A character reference left in plain text by a careless export (`Jos&#233;`): numeric,
# or one of the named ones that stand for punctuation. Only with its semicolon, so
# `R&D` or `AT&T` are never touched.
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);")

_BINARY_SAMPLE = 8192
# Every byte that is not a suspicious control character (deleted to count the rest).
_NOT_CONTROL = bytes(b for b in range(256)
                     if not (b < 32 or b == 127) or b in b"\t\n\r\x0c\x0b\x1a\x1b")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    # The five bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) read as latin-1.
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("quoteidx-latin1", _cp1252_fallback)


# ---------------------------------------------------------------------------------------
# Paths
# ---------------------------------------------------------------------------------------


def _wanted(name: str, rel: str, glob: str | None) -> bool:
    if glob is not None:
        if "/" in glob:
            return PurePath(rel).match(glob)
        return fnmatch.fnmatch(name, glob)
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in DEFAULT_SUFFIXES:
        return False
    return os.path.splitext(name)[0].lower() not in SKIPPED_STEMS


def iter_paths(paths: Iterable[str], glob: str | None = None) -> Iterator[str]:
    """The input files named by `paths`, in a stable order.

    Files and `-` pass through as given (a missing path too: reading reports it).
    Directories are walked recursively in sorted order, hidden files and directories
    skipped, keeping files with a known article suffix (.txt .md .markdown .html .htm
    .json .jsonl .ndjson; README/LICENSE files left out) or, when `glob` is given
    (e.g. '*.txt'), the files whose name matches it.
    """
    for p in paths:
        p = str(p)
        if p == "-" or not os.path.isdir(p):
            yield p
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                if _wanted(name, os.path.relpath(full, p), glob):
                    yield full


def iter_articles(paths: Iterable[str], glob: str | None = None
                  ) -> Iterator[Article | InputFailure]:
    """Articles (or failures) from every input under `paths`, streamed one at a time.

    See `iter_paths` for how paths are expanded and `read_path` for how each is read.
    """
    for path in iter_paths(paths, glob):
        yield from read_path(path)


def read_path(path: str) -> Iterator[Article | InputFailure]:
    """Every article in one input file (or stdin for '-'); failures as values.

    The format follows the suffix: .html/.htm -> main text via trafilatura,
    .json -> an object or a list of objects, .jsonl/.ndjson -> one object a line,
    anything else -> plain text. Stdin is plain text unless it starts like an HTML
    page or a JSON object.
    """
    try:
        suffix = os.path.splitext(path)[1].lower() if path != "-" else ""
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path)
            return
        raw = _read_bytes(path)
        if path == "-":
            suffix = _sniff(raw)
            if suffix in JSONL_SUFFIXES:
                yield from _jsonl_records(path, iter(raw.splitlines(keepends=True)))
                return
        text, encoding, warnings = decode_bytes(raw)
        if suffix in HTML_SUFFIXES:
            yield _html_article(path, text, encoding, warnings)
        elif suffix in JSON_SUFFIXES:
            yield from _json_articles(path, text, encoding, warnings)
        else:
            text = decode_char_refs(text, warnings)
            yield Article(source=path, text=text, encoding=encoding, warnings=warnings)
    except InputError as exc:
        yield InputFailure(path, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop the batch
        yield InputFailure(path, f"could not read: {type(exc).__name__}: {exc}")


def _read_bytes(path: str) -> bytes:
    """The raw bytes of a file or of stdin, refusing anything over MAX_BYTES."""
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            if os.path.getsize(path) > MAX_BYTES:
                raise InputError("too large")
            with open(path, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)  # a FIFO or device reports no size
    except OSError as exc:
        raise _input_error(exc) from None
    if len(raw) > MAX_BYTES:
        raise InputError("too large")
    return raw


def _input_error(exc: OSError) -> InputError:
    """One short reason for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied")
    return InputError(exc.strerror or str(exc))


def _sniff(raw: bytes) -> str:
    head = raw[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return ".html"
    if head.startswith(b"{"):
        first = raw.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first.decode("utf-8-sig")), dict):
                return ".jsonl"
        except (ValueError, UnicodeDecodeError):
            pass
    return ".txt"


# ---------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------


def looks_binary(raw: bytes) -> bool:
    """NUL bytes in the first 8 KB, or mostly control characters there."""
    sample = raw[:_BINARY_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls * 3 > len(sample)


def decode_bytes(raw: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings) for raw input bytes; raise InputError for binary data.

    UTF-8 with or without a BOM (the BOM is dropped); UTF-16 with a BOM; otherwise
    cp1252, bytes it leaves undefined read as latin-1, with a warning. The text is not
    otherwise changed (line ends stay as they are), so offsets point into it.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("binary file, skipped") from None
        return text, "utf-16", _empty_warning(text)
    if looks_binary(raw):
        raise InputError("binary file, skipped")
    try:
        text = raw.decode("utf-8-sig")
        encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
        return text, encoding, _empty_warning(text)
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="quoteidx-latin1")
        return text, "cp1252", [CP1252_WARNING, *_empty_warning(text)]


def decode_char_refs(text: str, warnings: list[str]) -> str:
    """`text` with HTML character references decoded (`Jos&#233;` -> `José`), a warning
    added to `warnings` when there were any; text without `&` is returned as it is."""
    if "&" not in text:
        return text
    first = _CHAR_REF.search(text)
    if first is None:
        return text
    warnings.append(ENTITY_WARNING.format(example=first.group()))
    return _CHAR_REF.sub(lambda m: html.unescape(m.group()), text)


def _empty_warning(text: str) -> list[str]:
    return [] if text.strip() else [EMPTY_WARNING]


# ---------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------


def _html_article(source: str, html: str, encoding: str, warnings: list[str]) -> Article:
    """The main text of an HTML page (menus, ads, related links, footers dropped) with
    the page's title, author, date, site name and URL."""
    import trafilatura

    # trafilatura logs its own complaints about odd pages; ours is the one-line failure.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if not html.strip():
        raise InputError("empty HTML page")
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, as_dict=False,
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError("no article text found in the HTML page")
    paras = [line.strip() for line in body.splitlines() if line.strip()]
    return Article(
        source=source,
        text="\n\n".join(paras),
        title=_clean(getattr(doc, "title", None)),
        url=_clean(getattr(doc, "url", None)),
        outlet=_clean(getattr(doc, "sitename", None)),
        author=_clean(getattr(doc, "author", None)),
        published=_iso_date(getattr(doc, "date", None)),
        encoding=encoding,
        warnings=[w for w in warnings if w != EMPTY_WARNING],
    )


# ---------------------------------------------------------------------------------------
# JSON and JSON lines
# ---------------------------------------------------------------------------------------


def _json_articles(source: str, text: str, encoding: str, warnings: list[str]
                   ) -> Iterator[Article | InputFailure]:
    """A .json file: one object, or a list of objects (source 'path:INDEX', from 0)."""
    if not text.strip():
        raise InputError("empty JSON file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
                         ) from None
    if isinstance(data, dict) and _first(data, TEXT_FIELDS) is None:
        for key in WRAPPER_FIELDS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, dict):
        yield _record_or_failure(source, data, encoding, warnings)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield _record_or_failure(f"{source}:{i}", item, encoding, list(warnings))
    else:
        raise InputError("a JSON file must hold an object or a list of objects")


def _read_jsonl_file(path: str) -> Iterator[Article | InputFailure]:
    """A .jsonl file, streamed line by line."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, the generator may stop early
    except OSError as exc:
        raise _input_error(exc) from None
    with fh:
        head = fh.read(_BINARY_SAMPLE)
        if b"\x00" in head:
            raise InputError("binary file, skipped")
        fh.seek(0)
        yield from _jsonl_records(path, fh)


def _jsonl_records(source: str, lines: Iterator[bytes]) -> Iterator[Article | InputFailure]:
    """One article per non-blank line (source 'path:LINE', from 1); a bad line fails
    alone with its line number."""
    for lineno, line in enumerate(lines, 1):
        where = f"{source}:{lineno}"
        if len(line) > MAX_BYTES:
            yield InputFailure(where, "line too large")
            continue
        if not line.strip():
            continue
        try:
            text, encoding, warnings = decode_bytes(line)
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
            yield _record(where, obj, encoding, warnings)
        except InputError as exc:
            yield InputFailure(where, str(exc))


def _record_or_failure(source: str, obj: Any, encoding: str, warnings: list[str]
                       ) -> Article | InputFailure:
    try:
        return _record(source, obj, encoding, warnings)
    except InputError as exc:
        return InputFailure(source, str(exc))


def _record(source: str, obj: Any, encoding: str, warnings: list[str]) -> Article:
    """An Article from one JSON object of a crawl export; InputError without text."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    text = _first(obj, TEXT_FIELDS)
    if isinstance(text, list) and all(isinstance(t, str) for t in text):
        text = "\n\n".join(text)  # some exports keep the paragraphs as a list
    if not isinstance(text, str) or not text.strip():
        raise InputError("record has no text (fields text/body/content)")
    warnings = [w for w in warnings if w != EMPTY_WARNING]
    text = decode_char_refs(text, warnings)
    raw_date = _first(obj, DATE_FIELDS)
    published = _iso_date(raw_date)
    if raw_date not in (None, "") and published is None:
        warnings.append(f"unrecognised date {str(raw_date)[:40]!r}; left out")
    return Article(
        source=source,
        text=text,
        title=_clean(_first(obj, TITLE_FIELDS)),
        url=_clean(_first(obj, URL_FIELDS)),
        outlet=_clean(_first(obj, OUTLET_FIELDS)),
        author=_clean(_first(obj, AUTHOR_FIELDS)),
        published=published,
        encoding=encoding,
        warnings=warnings,
    )


# ---------------------------------------------------------------------------------------
# Field helpers
# ---------------------------------------------------------------------------------------


def _first(obj: dict, keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", []):
            return value
    return None


def _clean(value: Any) -> str | None:
    """A metadata value as one short string: names of dicts, lists joined."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("url")
    if isinstance(value, list):
        parts = [_clean(v) for v in value]
        value = ", ".join(p for p in parts if p)
    if value is None or isinstance(value, bool):
        return None
    value = " ".join(str(value).split())
    return value or None


def _iso_date(value: Any) -> str | None:
    """An ISO 8601 date or datetime from what exports hold: ISO strings, RFC 2822
    dates, Unix timestamps (seconds or milliseconds). None when not recognisable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        parsed = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    if len(s) == 10 and parsed.hour == parsed.minute == parsed.second == 0:
        return parsed.date().isoformat()  # a bare date stays a date
    return parsed.isoformat()


__all__ = [
    "iter_articles", "iter_paths", "read_path", "decode_bytes", "looks_binary",
    "MAX_BYTES", "DEFAULT_SUFFIXES",
]
