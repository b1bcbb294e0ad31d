"""The `highlight` filter: the words of a search result that matched the query, in `<mark>`; and
the notices found, each with its title highlighted."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from core.stemming import query_words, split_words, word_forms
from notices.listing import render_items

register = template.Library()


@register.filter
def highlight(text: object, query: str) -> SafeString:
    """`text` HTML-escaped, with each word that shares a form with a query word marked.

    The same forms the search matched on (core/stemming.py), so "খতিয়ানের" is marked in a result
    found by "খতিয়ান", and "রংপুর" is not marked for "পুর".
    """
    text = "" if text is None else str(text)
    wanted = {form for word in query_words(query or "") for form in word_forms(word)}
    parts = []
    for is_word, run in split_words(text):
        escaped = conditional_escape(run)
        if is_word and wanted.intersection(word_forms(run)):
            escaped = f"<mark>{escaped}</mark>"
        parts.append(escaped)
    return mark_safe("".join(parts))  # noqa: S308 - every piece of `text` was escaped above


@register.simple_tag(takes_context=True)
def found_notice_items(context, notices, board, query: str) -> SafeString:
    """The notices found, as on the board (cached per item), each title highlighted for `query`."""
    notices = list(notices)
    return render_items(context, notices, board, {notice.pk: highlight(notice.title, query) for notice in notices})
