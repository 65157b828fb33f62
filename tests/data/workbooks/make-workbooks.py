#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the workbook fixtures of tests/test-workbook.c: one table, written
by several producers with the quirks methodologists' files have, and the
same table as CSV (table.csv), which every workbook must read the same as.
Run it from this folder with Debian 12's python3-openpyxl,
python3-xlsxwriter and gnumeric (ssconvert); see README.md."""

import datetime
import os
import re
import shutil
import subprocess
import sys
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font, PatternFill

NBSP = "\u00a0"
LONG_NAME = ("Муниципальное образование «Городской округ с очень длинным официальным названием, "
             "как его пишут в уставе и в отчётах министерства, со всеми словами, которые "
             "в таблице не помещаются, и с уточнением о том, что это именно то муниципальное "
             "образование, которое имеется в виду, а не соседнее с похожим им»")
assert len(LONG_NAME) == 300, len(LONG_NAME)

TITLE = "Мониторинг активности в Сферуме. Кировская область"
PERIOD = (datetime.date(2023, 11, 29), datetime.date(2023, 12, 6))
# name, OKTMO, teachers total, teachers active, students total, students active, organisations
ROWS = [
    ("г.о. Киров", "33701000", 5210, 1044, 71500, 7785, 112),
    ("Арбажский", "33502000", 96, 35, 610, 40, 3),
    ("Белохолуницкий", "33605000", 230, 58, 1890, 310, 9),
    ("Верхошижемский", "33608000", 73, 30, 948, 91, 5),
    ("Афанасьевский", "", 102, 44, 1205, 41, 8),
    (LONG_NAME, "", 40, 12, 300, 25, 2),
    # Active above the total: a row problem, the same from every file.
    ("Даровской", "33612000", 60, 75, 700, 50, 4),
]
HEADER = ["Муниципалитет", "ОКТМО", "Педагоги всего", "Педагоги активные (сообщения)",
          "Обучающиеся всего", "Обучающиеся активные (сообщения)", "орг"]


def spaced(number):
    """1044 as "1 044" with a no-break space, as Russian Excel shows it."""
    text = f"{number:,}".replace(",", NBSP)
    return text


def write_csv():
    with open("table.csv", "w", encoding="utf-8", newline="") as out:
        out.write(TITLE + "\r\n")
        out.write("Период: 29.11.2023 — 06.12.2023\r\n")
        out.write(";".join(HEADER) + "\r\n")
        for row in ROWS:
            out.write(";".join(f'"{v}"' if isinstance(v, str) else str(v) for v in row) + "\r\n")
        totals = [sum(r[i] for r in ROWS) for i in range(2, 7)]
        out.write(";".join(["Итого по области", ""] + [str(t) for t in totals]) + "\r\n")


def two_row_header(ws, top):
    """«Педагоги» over «всего» and «активные (сообщения)», merged; the
    name, the code and «орг» merged over both rows."""
    ws.cell(top, 1, "Муниципалитет")
    ws.cell(top, 2, "ОКТМО")
    ws.cell(top, 3, "Педагоги")
    ws.cell(top, 5, "Обучающиеся")
    ws.cell(top, 7, "орг")
    for column in (1, 2, 7):
        ws.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=4)
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    for column, text in ((3, "всего"), (4, "активные (сообщения)"), (5, "всего"), (6, "активные (сообщения)")):
        ws.cell(top + 1, column, text)


def write_openpyxl():
    """A hidden first sheet with another table (skipped), title rows with
    the period as two real dates, a two-row merged header, counts stored
    as text with no-break spaces, a totals row, styled empty cells to the
    right and below (Excel's "used range" larger than the table)."""
    book = openpyxl.Workbook()
    draft = book.active
    draft.title = "Черновик"
    draft.append(HEADER)
    draft.append(["Лишний", "", 1, 1, 1, 1, 1])
    draft.sheet_state = "hidden"

    ws = book.create_sheet("Мониторинг")
    ws.cell(1, 1, TITLE).font = Font(bold=True)
    ws.cell(2, 1, "Период:")
    ws.cell(2, 2, PERIOD[0]).number_format = "DD.MM.YYYY"
    ws.cell(2, 3, "—")
    ws.cell(2, 4, PERIOD[1]).number_format = "DD.MM.YYYY"
    two_row_header(ws, 3)
    for r, row in enumerate(ROWS, start=5):
        for c, value in enumerate(row, start=1):
            if isinstance(value, int) and value >= 1000:
                value = spaced(value)  # text, as pasted from a report
            ws.cell(r, c, value if value != "" else None)
    total_row = 5 + len(ROWS)
    ws.cell(total_row, 1, "Итого по области").font = Font(bold=True)
    for c in range(3, 8):
        ws.cell(total_row, c, sum(row[c - 1] for row in ROWS))
    # Empty cells with a fill: written as cells without a value.
    for r in range(total_row + 1, total_row + 6):
        for c in range(1, 12):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="FFFFCC")
    ws.cell(3, 3).alignment = Alignment(horizontal="center")
    book.save("openpyxl.xlsx")


def write_xlsxwriter():
    """The 1904 date system, a name in rich text, counts as formulas with
    their cached values, parents merged with merge_range, an error and a
    boolean in a column beside the table (unknown, asked about)."""
    book = xlsxwriter.Workbook("xlsxwriter.xlsx", {"date_1904": True})
    ws = book.add_worksheet("Неделя")
    bold = book.add_format({"bold": True})
    date = book.add_format({"num_format": "dd.mm.yyyy"})
    ws.write(0, 0, TITLE, bold)
    ws.write(1, 0, "Период:")
    ws.write_datetime(1, 1, datetime.datetime.combine(PERIOD[0], datetime.time()), date)
    ws.write(1, 2, "—")
    ws.write_datetime(1, 3, datetime.datetime.combine(PERIOD[1], datetime.time()), date)
    ws.merge_range(2, 0, 3, 0, "Муниципалитет")
    ws.merge_range(2, 1, 3, 1, "ОКТМО")
    ws.merge_range(2, 2, 2, 3, "Педагоги")
    ws.merge_range(2, 4, 2, 5, "Обучающиеся")
    ws.merge_range(2, 6, 3, 6, "орг")
    ws.write_row(3, 2, ["всего", "активные (сообщения)", "всего", "активные (сообщения)"])
    for r, row in enumerate(ROWS, start=4):
        if row[0] == "Арбажский":
            ws.write_rich_string(r, 0, bold, "Арба", "жский")
        else:
            ws.write_string(r, 0, row[0])
        ws.write_string(r, 1, row[1]) if row[1] else None
        for c in range(2, 7):
            value = row[c]
            if c == 3:
                ws.write_formula(r, c, f"={value - 1}+1", None, value)
            else:
                ws.write_number(r, c, value)
    total_row = 4 + len(ROWS)
    ws.write(total_row, 0, "Итого по области", bold)
    for c in range(2, 7):
        ws.write_number(total_row, c, sum(row[c] for row in ROWS))
    book.close()


def rewrite_zip(source, target, change):
    """Copies a package, each part passed through change(name, bytes)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, change(item.filename, src.read(item.filename)))


TRANSITIONAL_TO_STRICT = {
    b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": b"http://purl.oclc.org/ooxml/spreadsheetml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
}


def write_strict():
    """openpyxl.xlsx in ISO 29500 strict namespaces, as Excel's "Strict
    Open XML Spreadsheet" saves them."""
    def change(name, data):
        for old, new in TRANSITIONAL_TO_STRICT.items():
            data = data.replace(old, new)
        return data
    rewrite_zip("openpyxl.xlsx", "strict.xlsx", change)


def write_no_references():
    """xlsxwriter.xlsx (shared strings) with rows and cells without "r"
    where they follow the one before, and a phonetic guide in a shared
    string that is not part of its text. (openpyxl.xlsx has the inline
    strings: openpyxl 3.0 writes every text so.)"""
    previous = {"row": None, "column": None}

    def drop_following(match):
        cell = match.group(0)
        reference = re.match(rb'<c r="([A-Z]+)(\d+)"', cell)
        column = sum((ch - 64) * 26 ** i for i, ch in enumerate(reversed(reference.group(1))))
        row = int(reference.group(2))
        follows = previous["row"] == row and previous["column"] == column - 1
        previous["row"], previous["column"] = row, column
        return re.sub(rb'^<c r="[A-Z]+\d+"', b"<c", cell) if follows else cell

    def change(name, data):
        if name == "xl/worksheets/sheet1.xml":
            data = re.sub(rb'<row r="\d+"', b"<row", data)
            data = re.sub(rb'<c r="[A-Z]+\d+"[^>]*?(?:/>|>.*?</c>)', drop_following, data)
        if name == "xl/sharedStrings.xml":
            total = "<t>Итого по области</t>".encode()
            data = data.replace(total, total + '<rPh sb="0" eb="1"><t>ИТОГО</t></rPh>'.encode())
        return data

    rewrite_zip("xlsxwriter.xlsx", "no-references.xlsx", change)


def write_metodist():
    """Metodist's own workbook of the table (the rating, the totals)."""
    metodist = os.environ.get("METODIST", "../../../_build/src/metodist")
    subprocess.run([metodist, "rank", "table.csv", "--output", "metodist.xlsx"], check=True,
                   env=dict(os.environ, LC_ALL="ru_RU.UTF-8", LANGUAGE="ru"))


def write_two_weeks():
    """Two visible sheets with a rating table each (two weeks) and a sheet
    of notes: the window asks which, the command line needs --sheet."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Справка"
    notes.append(["Данные двух недель: выберите лист."])
    for title, scale in (("Неделя 48", 1), ("Неделя 49", 2)):
        ws = book.create_sheet(title)
        ws.append([TITLE])
        ws.append(HEADER)
        for row in ROWS[:4]:
            ws.append([row[0], row[1], row[2], row[3] // scale, row[4], row[5] // scale, row[6]])
    book.save("two-weeks.xlsx")


def write_gnumeric():
    """openpyxl.xlsx as Gnumeric saves it: OpenDocument and Excel 97-2003
    (hidden sheet kept; the .xls has no merges FreeXL can tell)."""
    for target in ("gnumeric.ods", "gnumeric.xls"):
        subprocess.run(["ssconvert", "openpyxl.xlsx", target], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    write_csv()
    write_openpyxl()
    write_xlsxwriter()
    write_strict()
    write_no_references()
    write_metodist()
    write_two_weeks()
    write_gnumeric()


if __name__ == "__main__":
    sys.exit(main())
