"""A light stemmer for Bengali (and English plurals): the forms under which a word is searched.

Bengali adds case endings and plural or classifier words to a noun ("খতিয়ান" → "খতিয়ানের",
"খতিয়ানগুলোতে"), so a search for one form missed the others. Every word is searched by its
*forms*: the word itself and what is left after removing one case ending, one plural or
classifier ending, or one of each. Pages and notices index the forms of all their words
(`core.text.SearchStemsMixin`) and a query asks for any form of each word it has
(`core.text.search_query`), so a word and its inflections meet on a shared form, on PostgreSQL
and SQLite alike. Forms are still whole words: "পুর" never finds "রংপুর".

Over-stemming is held back three ways: an ending is removed only where it can be one (the
genitive "-র" and the locative "-য়" only after a vowel sign, the locative "-ে" only after a
consonant), what is left must have at least two letters (so "মার" keeps "মার", and "গুলি"
alone stays a word), and compound words that merely end like a suffix are listed whole.

Before any of that, words are folded to one spelling: NFC (which also writes "য়" as য + ়,
however it was typed), no zero-width joiners, "ত্‍" as "ৎ", ASCII digits, lower case.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

ZERO_WIDTH_JOINERS = ("\u200c", "\u200d")  # ZWNJ, ZWJ: shape letters, change no word
# "ত্‍" (ta, hasanta, ZWJ) is the old way of writing khanda ta "ৎ".
OLD_KHANDA_TA = "\u09a4\u09cd\u200d"
KHANDA_TA = "\u09ce"
DIGITS_TO_ASCII = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

VOWEL_SIGNS = frozenset("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc")
HASANTA = "\u09cd"
NUKTA = "\u09bc"
E_KAR = "\u09c7"
YA_NUKTA = "\u09af\u09bc"  # "য়" in NFC

# Case endings, each with where it may follow: "vowel" (after a vowel sign), "consonant", or
# anywhere. Longer endings first; every applicable one gives a form.
CASE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("েরে", "any"),  # "কৃষকেরে" (dative, old style)
    ("ের", "any"),  # genitive after a consonant: "খতিয়ানের"
    ("কে", "any"),  # dative: "জেলা প্রশাসককে"
    ("তে", "any"),  # locative: "জমিতে"
    ("র", "vowel"),  # genitive after a vowel: "জেলার", "নদীর"
    (YA_NUKTA, "vowel"),  # locative after a vowel: "ঢাকায়"
    (E_KAR, "consonant"),  # locative after a consonant: "অফিসে", "রংপুরে"
)
# Plural and classifier endings.
PLURAL_ENDINGS: tuple[str, ...] = (
    "গুলো",
    "গুলি",
    "গুলা",
    "সমূহ",
    "দের",
    "েরা",
    "রা",
    "গণ",
    "বৃন্দ",
    "খানা",
    "খানি",
    "টি",
    "টা",
)
# Words that end like a suffix but are words of their own.
WHOLE_WORDS = frozenset(
    {
        "কারখানা",
        "ছাপাখানা",
        "ডাক্তারখানা",
        "মুদিখানা",
        "জেলখানা",
        "গোসলখানা",
        "কয়েদখানা",
        "জনগণ",
        "news",
        "series",
        "species",
    }
)
# Endings written apart from their word, mostly after a hyphen ("রংপুর-এর", "DC-কে"): in a query
# of several words they ask for nothing of their own.
DETACHED_ENDINGS = frozenset({"এর", "র", "কে", "তে", "য়", "রা", "দের", "গুলো", "গুলি", "সমূহ", "টি", "টা"})
MIN_STEM_LETTERS = 2
MIN_ENGLISH_STEM = 3


def fold(text: str) -> str:
    """One spelling for searching: NFC, no zero-width joiners, khanda ta, ASCII digits, lower case."""
    text = unicodedata.normalize("NFC", text).replace(OLD_KHANDA_TA, KHANDA_TA)
    for joiner in ZERO_WIDTH_JOINERS:
        text = text.replace(joiner, "")
    return text.translate(DIGITS_TO_ASCII).lower()


def is_word_char(char: str) -> bool:
    """Letters, digits and marks (vowel signs, hasanta, anusvara), as SQLite's index counts them."""
    return char in ZERO_WIDTH_JOINERS or unicodedata.category(char)[0] in "LNM" or unicodedata.category(char) == "Co"


def split_words(text: str) -> Iterator[tuple[bool, str]]:
    """`text` cut into runs of word and non-word characters: (is_word, run), in order."""
    run = ""
    in_word = False
    for char in text:
        word_char = is_word_char(char)
        if run and word_char != in_word:
            yield in_word, run
            run = ""
        run += char
        in_word = word_char
    if run:
        yield in_word, run


def words(text: str) -> list[str]:
    """The folded words of `text`."""
    return [folded for is_word, run in split_words(text) if is_word and (folded := fold(run))]


def query_words(text: str) -> list[str]:
    """The folded words of a query, each once, without endings written apart from their word."""
    found = list(dict.fromkeys(words(text)))
    meaningful = [word for word in found if word not in DETACHED_ENDINGS]
    return meaningful or found


def _letters(stem: str) -> int:
    return sum(1 for char in stem if unicodedata.category(char) in ("Lo", "Ll", "Lu"))


def _is_stem(stem: str) -> bool:
    return _letters(stem) >= MIN_STEM_LETTERS and not stem.endswith(HASANTA)


def _may_follow(stem: str, where: str) -> bool:
    if not stem:
        return False
    last = stem[-1]
    if where == "vowel":
        return last in VOWEL_SIGNS
    if where == "consonant":
        return last == NUKTA or (unicodedata.category(last) == "Lo" and last not in VOWEL_SIGNS)
    return True


def _case_stems(word: str) -> list[str]:
    stems = []
    for ending, where in CASE_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if _may_follow(stem, where) and _is_stem(stem):
                stems.append(stem)
    return stems


def _plural_stems(word: str) -> list[str]:
    stems = []
    for ending in PLURAL_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if _is_stem(stem):
                stems.append(stem)
    return stems


def _english_stems(word: str) -> list[str]:
    """Plural "-s", "-es" and "-ies" (the rest of English stemming is PostgreSQL's, where it runs)."""
    if word.endswith("ies") and len(word) - 3 >= MIN_ENGLISH_STEM:
        return [word[:-3] + "y"]
    if word.endswith(("sses", "xes", "zzes", "ches", "shes")) and len(word) - 2 >= MIN_ENGLISH_STEM:
        return [word[:-2]]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) - 1 >= MIN_ENGLISH_STEM:
        return [word[:-1]]
    return []


def word_forms(word: str) -> list[str]:
    """The folded word and its stems, without repeats, the word first."""
    word = fold(word)
    if not word or word in WHOLE_WORDS:
        return [word] if word else []
    if word.isascii():
        stems = _english_stems(word) if word.isalpha() else []
    else:
        case_stems = _case_stems(word)
        stems = case_stems + [stem for base in (word, *case_stems) for stem in _plural_stems(base)]
    return list(dict.fromkeys([word, *stems]))


def text_forms(text: str) -> list[str]:
    """Every form of every word of `text`, each once: what an index holds to find inflections."""
    return list(dict.fromkeys(form for word in words(text) for form in word_forms(word)))
