#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The workbooks `metodist rank --output FILE.xlsx` writes, opened with
openpyxl the way a person's spreadsheet would open them.

    check-xlsx.py METODIST SMALL.json SMALL-PREVIOUS.json
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile

import openpyxl

METODIST, SMALL, PREVIOUS = sys.argv[1:4]
CONTRACT_RU = ["#", "Муниципалитет", "Рейтинг", "Активные педагоги (сообщения) %",
               "Активные педагоги (сообщения)", "Активные обучающиеся %",
               "Активные обучающиеся", "орг"]
CONTRACT_EN = ["#", "Municipality", "Rating", "Active teachers (messages) %",
               "Active teachers (messages)", "Active students %", "Active students", "org."]


def run(args, env_changes, expect=0):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LANG", "LANGUAGE", "LC_NUMERIC", "LC_MESSAGES", "DISPLAY")}
    env.update(env_changes)
    done = subprocess.run([METODIST] + args, env=env, capture_output=True, text=True)
    assert done.returncode == expect, (args, done.returncode, done.stderr)
    return done


def export(path, *args, locale="C.UTF-8", **env):
    run(["rank", *args, "--output", path], {"LC_ALL": locale, **env})


def check_contract_and_values(folder):
    path = os.path.join(folder, "ru.xlsx")
    export(path, SMALL, "--previous", PREVIOUS, locale="ru_RU.UTF-8")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Рейтинг", "Диаграмма"], book.sheetnames
    sheet = book["Рейтинг"]
    title = sheet.cell(1, 1).value
    assert "Кировская область" in title and "29.11.2023–06.12.2023" in title and "MAX" in title, title
    assert sheet.cell(2, 1).value == "Веса рейтинга: педагоги 1, обучающиеся 1", sheet.cell(2, 1).value
    header = [c.value for c in sheet[3]]
    assert header[:8] == CONTRACT_RU, header
    # The totals and the code too, so that the workbook opens back to the
    # same rating.
    assert header[8:] == ["Балл", "Педагогов всего", "Обучающихся всего", "Код", "Изменение рейтинга",
                          "Изменение доли педагогов, п. п.", "Изменение доли обучающихся, п. п.",
                          "Не вошёл в рейтинг"], header
    rows = {sheet.cell(r, 2).value: [c for c in sheet[r]] for r in range(4, sheet.max_row + 1)}

    kirov = rows["г.о. Киров"]
    assert kirov[0].value == 2 and kirov[2].value == 2
    assert kirov[4].value == 1044 and kirov[4].number_format == "#,##0"
    assert kirov[6].value == 7785 and kirov[7].value == 112
    assert abs(kirov[3].value - 1044 / 5210) < 1e-12 and kirov[3].number_format == "0.0%"
    # The score: the mean of the two shares with equal weights.
    assert abs(kirov[8].value - (1044 / 5210 + 7785 / 71500) / 2) < 1e-12 and kirov[8].number_format == "0.0%"
    assert kirov[9].value == 5210 and kirov[10].value == 71500, (kirov[9].value, kirov[10].value)
    assert kirov[12].value == -1 and abs(kirov[13].value - (1044 - 1200) / 5210 * 100) < 1e-9

    # A formula-like name is text, never a formula.
    evil = rows['=HYPERLINK("http://evil";"нажми")']
    assert evil[1].data_type == "s", evil[1].data_type

    # Unknown values are blank cells; a kept-out row says why, last.
    unranked = rows["Без итогов"]
    assert unranked[2].value is None and unranked[3].value is None and unranked[4].value == 44
    broken = rows["Сломанный"]
    assert broken[15].value == "teachers.active: отрицательное число", broken[15].value

    total = rows["Итого по области"]
    assert total[4].value == 1044 + 58 + 50 + 44, total[4].value
    assert total[9].value == sum(row[9].value or 0 for name, row in rows.items()
                                 if name != "Итого по области" and row[15].value is None), total[9].value

    assert sheet.freeze_panes == "C4", sheet.freeze_panes
    assert sheet.auto_filter.ref == "A3:P8", sheet.auto_filter.ref
    formats = sheet.conditional_formatting
    assert len(list(formats)) == 2, list(formats)
    assert book.properties.title.startswith("Рейтинг муниципалитетов"), book.properties.title
    assert book.properties.subject == "Веса рейтинга: педагоги 1, обучающиеся 1", book.properties.subject

    # Printed for the meeting: landscape A4, one page wide, the header on
    # every page, tall enough for its wrapped titles.
    assert sheet.page_setup.orientation == "landscape", sheet.page_setup.orientation
    assert sheet.page_setup.paperSize == 9, sheet.page_setup.paperSize
    # (fitToWidth left out means one page wide)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (None, 1)
    assert sheet.page_setup.fitToHeight == 0, sheet.page_setup.fitToHeight
    assert sheet.print_title_rows == "$3:$3", sheet.print_title_rows
    # «Изменение доли обучающихся, п. п.» takes four lines in its column:
    # the header row is as tall (the old fixed 45 points cut it).
    assert sheet.row_dimensions[3].height >= 66, sheet.row_dimensions[3].height
    # No header word is broken: each column is wider than its longest word
    # (bold Cyrillic, about 1.3 width units a letter).
    header = [c.value for c in sheet[3]]
    for index, title in enumerate(header):
        letter = openpyxl.utils.get_column_letter(index + 1)
        longest = max(len(word) for word in title.split())
        assert sheet.column_dimensions[letter].width >= longest * 1.3, (title, sheet.column_dimensions[letter].width)


def check_weights(folder):
    path = os.path.join(folder, "weights.xlsx")
    export(path, SMALL, "--weights", "2:1", locale="ru_RU.UTF-8")
    book = openpyxl.load_workbook(path)
    sheet = book["Рейтинг"]
    assert sheet.cell(2, 1).value == "Веса рейтинга: педагоги 2, обучающиеся 1", sheet.cell(2, 1).value
    assert book.properties.subject == sheet.cell(2, 1).value
    header = [c.value for c in sheet[3]]
    kirov = [c.value for c in sheet[[r for r in range(4, sheet.max_row + 1)
                                     if sheet.cell(r, 2).value == "г.о. Киров"][0]]]
    score = kirov[header.index("Балл")]
    assert abs(score - (2 * 1044 / 5210 + 7785 / 71500) / 3) < 1e-12, score


def check_english_and_sheets(folder):
    path = os.path.join(folder, "en.xlsx")
    export(path)  # the demo, with organisations
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Rating", "Organisations", "Chart"], book.sheetnames
    sheet = book["Rating"]
    assert [c.value for c in sheet[3]][:9] == CONTRACT_EN + ["Score"]
    assert "DEMO DATA" in sheet.cell(1, 1).value
    assert sheet.max_row == 3 + 45 + 1
    organisations = book["Organisations"]
    assert organisations.max_row == 1 + 553, organisations.max_row
    assert book["Chart"]._charts, "no chart"


def check_xml_parts(folder):
    path = os.path.join(folder, "en.xlsx")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))


def check_hostile_text(folder):
    """Characters XML does not take (U+FFFE, U+FFFF, C1 controls, ESC) in
    a region, a platform, a source and names reach every part of the
    workbook (cells, the chart's title, the properties) as valid XML."""
    import json
    with open(SMALL, encoding="utf-8") as f:
        document = json.load(f)
    bad = "\ufffe\uffff\u0085\u001b[2J"
    document["region"] = "Кировская" + bad + " область"
    document["platform"] = "MAX" + bad
    document["source"] = "Источник" + bad
    document["municipalities"][0]["name"] = "Город" + bad
    hostile = os.path.join(folder, "hostile.json")
    with open(hostile, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=True)
    path = os.path.join(folder, "hostile.xlsx")
    export(path, hostile)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                data = archive.read(name)
                ElementTree.fromstring(data)
                text = data.decode("utf-8")
                for ch in ("\ufffe", "\uffff", "\u0085", "\u001b"):
                    assert ch not in text, (name, repr(ch))
    openpyxl.load_workbook(path)


def check_formula_title_and_long_text(folder):
    """A region starting with "=" is text in the chart's title, not a
    formula of cells (Excel repaired such a file), and a name or region of
    more than Excel's 32,767 characters a cell holds is cut, not a failed
    export (from review)."""
    import json
    with open(SMALL, encoding="utf-8") as f:
        document = json.load(f)
    document["region"] = "=Кировская область!A1"
    document["municipalities"][0]["name"] = "Город " + "ж" * 40000
    document["source"] = "Источник " + "и" * 40000
    hostile = os.path.join(folder, "formula.json")
    with open(hostile, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    path = os.path.join(folder, "formula.xlsx")
    export(path, hostile)
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert charts, archive.namelist()
        chart = archive.read(charts[0]).decode("utf-8")
        assert "<c:f>" not in chart.split("<c:ser>")[0], chart[:400]
    book = openpyxl.load_workbook(path)
    names = [c.value for c in book.worksheets[0]["B"] if isinstance(c.value, str)]
    longest = max(names, key=len)
    assert longest.startswith("Город ж") and len(longest) <= 32767 and longest.endswith("…"), len(longest)


def check_locale_independent_numbers(folder):
    # Russian numbers (LC_NUMERIC) must not reach the sheet's XML.
    c_path = os.path.join(folder, "c.xlsx")
    ru_path = os.path.join(folder, "ru-numbers.xlsx")
    export(c_path, SMALL, "--previous", PREVIOUS)
    run(["rank", SMALL, "--previous", PREVIOUS, "--output", ru_path],
        {"LANG": "C.UTF-8", "LC_NUMERIC": "ru_RU.UTF-8"})
    with zipfile.ZipFile(c_path) as a, zipfile.ZipFile(ru_path) as b:
        for name in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml"):
            assert a.read(name) == b.read(name), name
        assert b"0,2" not in b.read("xl/worksheets/sheet1.xml")


def check_failure_keeps_old_file(folder):
    # A full disk: a small tmpfs, where root may mount one.
    if os.geteuid() != 0:
        print("skipped: a full disk needs root to mount a small tmpfs")
        return
    mount = os.path.join(folder, "full")
    os.mkdir(mount)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mount]).returncode != 0:
        print("skipped: no tmpfs could be mounted here")
        return
    try:
        old = os.path.join(mount, "rating.xlsx")
        with open(old, "wb") as f:
            f.write(b"the previous good file")
        done = run(["rank", "--output", old], {"LC_ALL": "C.UTF-8"}, expect=1)
        assert "rating.xlsx" in done.stderr, done.stderr
        with open(old, "rb") as f:
            assert f.read() == b"the previous good file"
        assert os.listdir(mount) == ["rating.xlsx"], os.listdir(mount)
    finally:
        subprocess.run(["umount", mount])


def check_missing_folder(folder):
    path = os.path.join(folder, "no-such-folder", "rating.xlsx")
    done = run(["rank", "--output", path], {"LC_ALL": "C.UTF-8"}, expect=1)
    assert path in done.stderr, done.stderr
    assert not os.path.exists(os.path.dirname(path))


def main():
    folder = tempfile.mkdtemp(prefix="metodist-xlsx-")
    try:
        for check in (check_contract_and_values, check_weights, check_english_and_sheets, check_xml_parts,
                      check_hostile_text, check_formula_title_and_long_text,
                      check_locale_independent_numbers, check_failure_keeps_old_file,
                      check_missing_folder):
            check(folder)
            print("ok", check.__name__)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
