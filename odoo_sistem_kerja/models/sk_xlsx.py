"""The ruled table the addon's XLSX downloads share (MPPH, export for e-Kinerja)."""

import io

import xlsxwriter


def xlsx_table(sheet_name, columns, rows, titles=(), frozen_columns=0):
    """An XLSX workbook (bytes): ``titles`` one per line (the first in bold), a blank line,
    then the table. ``columns`` are (key, label, width); ``rows`` dicts of values by key.
    The header stays in view and repeats on every printed page; pages are landscape."""
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"in_memory": True})
    sheet = workbook.add_worksheet(sheet_name)
    bold = workbook.add_format({"bold": True, "font_size": 13})
    header = workbook.add_format(
        {
            "bold": True,
            "border": 1,
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
            "bg_color": "#D9E1F2",
        }
    )
    cell = workbook.add_format({"border": 1, "valign": "top", "text_wrap": True})
    for line, title in enumerate(titles):
        sheet.write(line, 0, title, bold if line == 0 else None)
    header_row = len(titles) + 1 if titles else 0
    for col, (_key, label, width) in enumerate(columns):
        sheet.set_column(col, col, width)
        sheet.write(header_row, col, label, header)
    for row, values in enumerate(rows, start=header_row + 1):
        for col, (key, _label, _width) in enumerate(columns):
            sheet.write(row, col, values[key], cell)
    sheet.freeze_panes(header_row + 1, frozen_columns)
    sheet.repeat_rows(header_row)
    sheet.set_landscape()
    workbook.close()
    return output.getvalue()
