"""Bar charts drawn on the server as SVG: no script, readable by screen readers, printable.

A chart is a set of horizontal bar groups (one group per upazila, one bar per series). It
carries a <title> and <desc>, and the page shows the same figures in a table beside it, so
the chart is never the only way to read the numbers.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from core.i18n import is_bengali, to_bengali_digits

LABEL_WIDTH = 150
CHART_WIDTH = 640
BAR_HEIGHT = 14
BAR_GAP = 2
GROUP_GAP = 12
TOP = 34
BOTTOM = 8
VALUE_SPACE = 90


@dataclass
class Series:
    label: str
    values: list[Decimal]
    css_class: str


def format_number(value: Decimal | int | float | None, decimals: int = 0) -> str:
    """Grouped digits: Indian grouping in Bengali digits on Bengali pages (১২,৩৪,৫৬৭), 1,234,567 otherwise."""
    if value is None:
        return ""
    value = Decimal(value)
    text = f"{value:,.{decimals}f}"
    if not is_bengali():
        return text
    sign = "-" if text.startswith("-") else ""
    whole, _dot, fraction = text.lstrip("-").partition(".")
    digits = whole.replace(",", "")
    if len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        if head:
            pairs.insert(0, head)
        digits = ",".join([*pairs, tail])
    return to_bengali_digits(sign + digits + (f".{fraction}" if fraction else ""))


def bar_chart(chart_id: str, title: str, description: str, categories: list[str], series: list[Series]) -> SafeString:
    """An SVG grouped horizontal bar chart; values are scaled to the largest one."""
    largest = max((value for s in series for value in s.values), default=Decimal(0)) or Decimal(1)
    group_height = len(series) * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
    height = TOP + len(categories) * group_height + BOTTOM
    plot_width = CHART_WIDTH - LABEL_WIDTH - VALUE_SPACE
    parts = [
        format_html(
            '<svg class="bar-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
            'aria-labelledby="{}-title {}-desc" preserveAspectRatio="xMinYMin meet">',
            CHART_WIDTH,
            height,
            chart_id,
            chart_id,
        ),
        format_html(
            '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>', chart_id, title, chart_id, description
        ),
    ]
    # Legend across the top.
    x = LABEL_WIDTH
    for s in series:
        parts.append(
            format_html(
                '<rect class="{}" x="{}" y="8" width="12" height="12"></rect><text x="{}" y="19">{}</text>',
                s.css_class,
                x,
                x + 18,
                s.label,
            )
        )
        x += 30 + 9 * len(str(s.label))
    for index, category in enumerate(categories):
        y = TOP + index * group_height
        label_y = y + (len(series) * (BAR_HEIGHT + BAR_GAP)) / 2 + 4
        parts.append(
            format_html(
                '<text class="category" x="{}" y="{}" text-anchor="end">{}</text>',
                LABEL_WIDTH - 8,
                f"{label_y:.1f}",
                category,
            )
        )
        for position, s in enumerate(series):
            value = s.values[index] if index < len(s.values) else Decimal(0)
            width = float(Decimal(value) / Decimal(largest)) * plot_width
            bar_y = y + position * (BAR_HEIGHT + BAR_GAP)
            parts.append(
                format_html(
                    '<rect class="{}" x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>'
                    '<text class="value" x="{}" y="{}">{}</text>',
                    s.css_class,
                    LABEL_WIDTH,
                    bar_y,
                    f"{width:.1f}",
                    BAR_HEIGHT,
                    s.label,
                    format_number(value),
                    f"{LABEL_WIDTH + width + 4:.1f}",
                    bar_y + BAR_HEIGHT - 3,
                    format_number(value),
                )
            )
    parts.append(mark_safe("</svg>"))  # noqa: S308 - a constant closing tag
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 - every part above is escaped
