"""Bar charts drawn on the server as SVG: no script, readable by screen readers, printable.

A chart is a set of bar groups (one group per upazila: its name, then one bar per series). It
carries a <title> and <desc>, and the page shows the same figures in a table beside it, so
the chart is never the only way to read the numbers.

The SVG has no viewBox, so it is never scaled down: it is as wide as its column, bars are
percentages of that width and every other length is in em. Labels keep the page's text size
(at least 12 px, larger with the reader's text size) on a 320 px phone as on a desktop.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from core.i18n import is_bengali, to_bengali_digits

# In em of the chart's text, except PLOT_PERCENT: the share of the width the longest bar takes
# (the rest holds its value).
LABEL_HEIGHT = 1.4
BAR_HEIGHT = 0.95
BAR_STEP = 1.15
GROUP_GAP = 0.6
PLOT_PERCENT = 70


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
    """A legend, then an SVG of grouped horizontal bars; values are scaled to the largest one."""
    largest = max((value for s in series for value in s.values), default=Decimal(0)) or Decimal(1)
    group_height = LABEL_HEIGHT + len(series) * BAR_STEP + GROUP_GAP
    parts = [mark_safe('<ul class="chart-legend">')]  # noqa: S308 - a constant tag
    for s in series:
        parts.append(format_html('<li><span class="chart-swatch {}"></span>{}</li>', s.css_class, s.label))
    parts.append(
        format_html(
            '</ul><svg class="bar-chart" xmlns="http://www.w3.org/2000/svg" width="100%" height="{}em" role="img" '
            'aria-labelledby="{}-title {}-desc">',
            f"{len(categories) * group_height:.2f}",
            chart_id,
            chart_id,
        )
    )
    parts.append(
        format_html(
            '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>', chart_id, title, chart_id, description
        )
    )
    for index, category in enumerate(categories):
        top = index * group_height
        parts.append(format_html('<text class="category" x="0" y="{}em">{}</text>', f"{top + 1:.2f}", category))
        for position, s in enumerate(series):
            value = s.values[index] if index < len(s.values) else Decimal(0)
            width = float(Decimal(value) / Decimal(largest)) * PLOT_PERCENT
            bar_top = top + LABEL_HEIGHT + position * BAR_STEP
            parts.append(
                format_html(
                    '<rect class="{}" x="0" y="{}em" width="{}%" height="{}em"><title>{}: {}</title></rect>'
                    '<text class="value" x="{}%" dx="0.35em" y="{}em">{}</text>',
                    s.css_class,
                    f"{bar_top:.2f}",
                    f"{width:.1f}",
                    BAR_HEIGHT,
                    s.label,
                    format_number(value),
                    f"{width:.1f}",
                    f"{bar_top + BAR_HEIGHT - 0.2:.2f}",
                    format_number(value),
                )
            )
    parts.append(mark_safe("</svg>"))  # noqa: S308 - a constant closing tag
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 - every part above is escaped
