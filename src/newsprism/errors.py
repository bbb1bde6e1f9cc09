"""The error catalogue: every problem newsprism reports, with a message that says what to do.

Codes are stable (scripts may match on them); messages are formatted with the
keyword arguments given to :func:`problem`.
"""

from __future__ import annotations

from enum import Enum

from newsprism.model import InputProblem


class E(Enum):
    NOT_FOUND = ("E001", "no such file or directory; check the path")
    NO_MATCH = ("E002", "no file matches this pattern")
    UNREADABLE = ("E003", "cannot be read ({reason})")
    EMPTY = ("E004", "the file is empty; give a file with article text")
    BINARY = ("E005", "binary data, not text (is it an image, PDF or archive?); give text, HTML, JSON or a feed")
    TOO_LARGE = ("E006", "{what} is over the {limit}-byte limit for one input")
    NOT_ARTICLE = ("E007", "no article text found ({detail})")
    BAD_JSON = ("E008", "invalid JSON: {detail}")
    JSON_SHAPE = ("E009", "JSON record has no 'text' or 'html' string; each object needs one")
    BAD_URL = ("E010", "not a valid http(s) URL")
    FETCH_FAILED = ("E011", "could not fetch: {reason}")
    BAD_FEED = ("E012", "not a readable RSS/Atom feed ({detail})")
    EMPTY_DIR = ("E013", "the directory holds no article files (.txt, .html, .json, .jsonl, .xml, ...)")
    URL_REFUSED = ("E014", "the address {host} is not a public address ({what}); newsprism fetches only from the "
                           "public internet unless told otherwise: pass --allow-private-urls (or --allow-network "
                           "CIDR) to fetch from your own network")
    BAD_REDIRECT = ("E015", "the server redirects to {target}, which is not an http(s) URL")
    TOO_MANY_REDIRECTS = ("E016", "more than {limit} redirects (a redirect loop?)")
    FETCH_TIMEOUT = ("E017", "the server did not send the whole page within the {seconds}-second limit")
    BAD_RESPONSE = ("E018", "the server's response is broken: {detail}")
    CUT_SHORT = ("E019", "the server sent {got} of the {announced} bytes it announced; the page is incomplete")
    TOO_LONG = ("E020", "the article's text is {chars} characters, over the {limit}-character limit for one article "
                        "(no news article comes near it: is it a book, a log or many articles in one?); split it "
                        "into articles, or raise CleanConfig.max_chars")
    HEADLINE_ONLY = ("E021", "no paragraph reads like prose ({detail}); kept as a headline-only article: only its "
                             "title is analysed")

    @property
    def code(self) -> str:
        return self.value[0]


class NewsprismError(Exception):
    """Base of the errors newsprism raises on purpose; the message says what to do."""


class InputFailure(NewsprismError):
    """One input could not be read; carries the problem to report."""

    def __init__(self, item: InputProblem) -> None:
        super().__init__(f"{item.input}: {item.message}")
        self.item = item


class ModelLoadError(NewsprismError):
    """A model (spaCy, the sentence encoder, the NLI model) could not be loaded."""


def problem(kind: E, input_name: str, **details: object) -> InputProblem:
    """Build the record for one failed input."""
    return InputProblem(input=input_name, code=kind.code, message=kind.value[1].format(**details))


def fail(kind: E, input_name: str, **details: object) -> InputFailure:
    """The exception to raise inside a reader; the caller turns it into a problem record."""
    return InputFailure(problem(kind, input_name, **details))
