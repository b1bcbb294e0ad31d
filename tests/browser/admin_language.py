"""How much of an admin screen a Bengali-speaking staff member reads in English.

A "word" is a whitespace-separated piece of the page's visible text (``innerText``, which
includes text for screen readers but not hidden elements) that has at least one letter; it is
English when it has a Latin letter. The content's and the user's own data (a username, an
e-mail address) are not the admin's wording and are left out by the caller; file names are
always left out.
"""

import re
from dataclasses import dataclass

LATIN = re.compile(r"[A-Za-z]")
# A file's name is the uploader's data, shown as it was uploaded.
FILE_NAME = re.compile(r"[\w.-]+\.(?:pdf|docx?|xlsx?|jpe?g|png|dat)", re.IGNORECASE)

# Sentences where a Bengali word sits inside an English one (or the other way round): the
# symptom of a translated model name inside an untranslated Wagtail sentence.
MIXED = [
    re.compile(r"\b(?:Add|Edit|Delete|No|Choose|Select|Copy|Inspect|History|Usage|New|All)\s+[\u0980-\u09ff]"),
    re.compile(
        r"[\u0980-\u09ff][\u0980-\u09ff\s]*\s+(?:match|matches|found|has been|have been|created|updated|deleted)\b"
    ),
    re.compile(r"\bYour\s+[\u0980-\u09ff]"),
]


@dataclass
class Share:
    screen: str
    words: int
    english: list[str]

    @property
    def ratio(self) -> float:
        return len(self.english) / self.words if self.words else 0.0

    def __str__(self) -> str:
        shown = " ".join(self.english[:60])
        return f"{self.screen:28} {self.ratio:6.1%} of {self.words:4} words English: {shown}"


def words_of(text: str, ignore: set[str]) -> list[str]:
    found = []
    for raw in text.split():
        word = raw.strip(".,:;!?()[]{}\"'“”‘’«»…|/–—-")
        if any(ch.isalpha() for ch in word) and word.lower() not in ignore and not FILE_NAME.fullmatch(word):
            found.append(word)
    return found


def share_of(screen: str, text: str, ignore: set[str]) -> Share:
    words = words_of(text, {w.lower() for w in ignore})
    return Share(screen, len(words), [w for w in words if LATIN.search(w)])


def mixed_sentences(text: str) -> list[str]:
    found = []
    for line in text.splitlines():
        if any(pattern.search(line) for pattern in MIXED):
            found.append(line.strip())
    return found


# A closed <select> shows only its chosen option, but innerText lists every option (the time
# zone list alone is 3,000 words), so each select's text is replaced with its chosen option's.
VISIBLE_TEXT = """(root) => {
    let text = root.innerText;
    for (const select of root.querySelectorAll("select")) {
        const listed = select.innerText;
        const chosen = select.selectedOptions.length ? select.selectedOptions[0].text : "";
        if (listed) text = text.replace(listed, chosen);
    }
    return text;
}"""


def visible_text(page, selector: str = "body") -> str:
    return page.locator(selector).first.evaluate(VISIBLE_TEXT)
