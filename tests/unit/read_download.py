#!/usr/bin/env python3
"""Opens one of gongkai's downloads the way a reader's tools do, and prints
what they see as JSON: {"tables": [{"name", "columns", "rows"}]}, every
cell a string (pandas' dtype=str; a blank or NULL cell is "").

  CSV     Python's csv module, utf-8-sig (the byte order mark dropped)
  .xlsx   zipfile + xml.etree: the workbook's sheets in order, shared or
          inline strings as text, number cells as their <v> digits
  SQLite  Python's sqlite3 module: every table in the order it was made

The round-trip tests (tests/unit/downloads_test.cc) compare this with the
built pages and the content, never with what the exporter meant to write.
"""
import csv
import json
import re
import sqlite3
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        records = list(csv.reader(f))
    return [{"name": "csv", "columns": records[0], "rows": records[1:]}]


def column_index(reference):
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def text_of(element):
    return "".join(t.text or "" for t in element.iter(MAIN + "t"))


def read_xlsx(path):
    tables = []
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            shared = [text_of(si) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(MAIN + "si")]
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        for sheet in workbook.iter(MAIN + "sheet"):
            target = targets[sheet.get(RELS + "id")]
            root = ET.fromstring(z.read("xl/" + target.lstrip("/").replace("xl/", "", 1)))
            records = []
            for row in root.iter(MAIN + "row"):
                cells = {}
                for c in row.iter(MAIN + "c"):
                    kind = c.get("t")
                    v = c.find(MAIN + "v")
                    if kind == "s":
                        value = shared[int(v.text)]
                    elif kind == "inlineStr":
                        value = text_of(c.find(MAIN + "is"))
                    else:
                        value = v.text if v is not None else ""
                    cells[column_index(c.get("r"))] = value
                width = max(cells) + 1 if cells else 0
                records.append([cells.get(i, "") for i in range(width)])
            header = records[0] if records else []
            rows = [r + [""] * (len(header) - len(r)) for r in records[1:]]
            tables.append({"name": sheet.get("name"), "columns": header, "rows": rows})
    return tables


def read_sqlite(path):
    database = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    tables = []
    names = [r[0] for r in database.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    for name in names:
        cursor = database.execute('SELECT * FROM "%s" ORDER BY rowid' % name.replace('"', '""'))
        columns = [d[0] for d in cursor.description]
        rows = [["" if v is None else str(v) for v in row] for row in cursor]
        tables.append({"name": name, "columns": columns, "rows": rows})
    nulls = {}
    for name in names:
        columns = [r[1] for r in database.execute('PRAGMA table_info("%s")' % name.replace('"', '""'))]
        for column in columns:
            quoted = '"%s"' % column.replace('"', '""')
            count = database.execute('SELECT COUNT(*) FROM "%s" WHERE %s IS NULL' % (name.replace('"', '""'), quoted)).fetchone()[0]
            nulls[name + "." + column] = str(count)
    check = database.execute("PRAGMA integrity_check").fetchone()[0]
    journal = database.execute("PRAGMA journal_mode").fetchone()[0]
    pragmas = {"integrity_check": check, "journal_mode": journal}
    pragmas.update({"nulls:" + k: v for k, v in nulls.items()})
    return tables, pragmas


def main():
    path = sys.argv[1]
    out = {}
    if path.endswith(".csv"):
        out["tables"] = read_csv(path)
    elif path.endswith(".xlsx"):
        out["tables"] = read_xlsx(path)
    elif path.endswith(".sqlite"):
        out["tables"], out["pragmas"] = read_sqlite(path)
    else:
        sys.exit("unknown download: " + path)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
