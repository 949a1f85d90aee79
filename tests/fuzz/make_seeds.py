#!/usr/bin/env python3
"""Writes the generated seeds of tests/fuzz/corpus/ (run from the repository root; the output is
committed, so this only needs rerunning when a seed changes). Beside them: the CSV and xlsx
fixtures copied from tests/data/import, and ahpmodel/template_*.json, the built-in templates as
`valuedesk-cli model FILE --import-template ID` then `--export` writes them."""
import io
import os
import shutil
import zipfile
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "import")
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = b"http://schemas.openxmlformats.org/package/2006/relationships"


def write(target, name, data):
    os.makedirs(os.path.join(ROOT, target), exist_ok=True)
    with open(os.path.join(ROOT, target, name), "wb") as f:
        f.write(data)


def xlsx(sheet_data, shared=None, extra=None, method=zipfile.ZIP_DEFLATED):
    parts = {
        "[Content_Types].xml": b"<Types/>",
        "_rels/.rels": b'<Relationships xmlns="' + PKG + b'"><Relationship Id="rId1" Type="' + REL
        + b'/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b"<workbook " + MAIN + b' xmlns:r="' + REL
        + b'"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<Relationships xmlns="' + PKG + b'"><Relationship Id="rId1" '
        b'Type="' + REL + b'/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
        b'Type="' + REL + b'/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": b"<worksheet " + MAIN + b"><sheetData>" + sheet_data
        + b"</sheetData></worksheet>",
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = b"<sst " + MAIN + b">" + shared + b"</sst>"
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method, compresslevel=9 if method == zipfile.ZIP_DEFLATED else None) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def csv_seeds():
    for name in ("customers_utf8.csv", "customers_utf8_bom.csv", "customers_gbk.csv",
                 "customers_libreoffice.csv"):
        shutil.copy(os.path.join(DATA, name), os.path.join(ROOT, "csv", name))
    text = "客户编号,客户名称,行业\r\nC001,华信科技,软件\r\nC002,\"明远\n贸易\",零售\r\n"
    write("csv", "utf16le_no_bom.csv", text.encode("utf-16-le"))
    write("csv", "utf16be_no_bom.csv", text.encode("utf-16-be"))
    write("csv", "utf16le_bom.csv", b"\xff\xfe" + text.encode("utf-16-le"))
    write("csv", "semicolon_quotes.csv", b'code;name;note\nC1;"A ""B"" C";"x;y"\nC2;5" disk;\n')
    write("csv", "unterminated.csv", b'a,b\n1,"open\n2,3\n')
    write("csv", "long_field.csv", b"a,b\n1," + b"x" * 32768 + b"\n")
    write("csv", "many_fields.csv", b"a,b\n" + b"," * 16384 + b"\n")
    write("csv", "one_line_no_newline.csv", b"z" * 40000)


def xlsx_seeds():
    shutil.copy(os.path.join(DATA, "customers_libreoffice.xlsx"),
                os.path.join(ROOT, "xlsx", "customers_libreoffice.xlsx"))
    header = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>金额</t></is>'
              '</c></row>').encode()
    write("xlsx", "small.xlsx", xlsx(header + b'<row r="2"><c r="A2" t="s"><v>1</v></c>'
                                     b'<c r="B2"><v>12.5</v></c><c r="C2" t="b"><v>1</v></c></row>',
                                     "<si><t>客户编号</t></si><si><r><t>C</t></r><r><t>001</t></r></si>".encode()))
    # Rows without numbers: the same bytes over and over, so the package stays tiny.
    write("xlsx", "xfc_every_row.xlsx", xlsx(b'<row><c r="XFC1"><v>1</v></c></row>' * 20000))
    write("xlsx", "amj_cell_budget.xlsx", xlsx(b'<row><c r="AMJ1"><v>1</v></c></row>' * 3000))
    si = b"<si><t>" + b"a" * 32000 + b"</t></si>"
    write("xlsx", "shared_strings_bomb.xlsx",
          xlsx(b'<row><c t="s"><v>0</v></c></row>', si * 200))  # unpacks to 6.4 MB
    write("xlsx", "long_inline_cell.xlsx",
          xlsx(b'<row><c t="inlineStr"><is><t>' + b"y" * 33000 + b"</t></is></c></row>"))
    write("xlsx", "nested_runs.xlsx",
          xlsx(b'<row><c t="s"><v>0</v></c></row>', b"<si>" + b"<r>" * 5000 + b"<t>x</t>" + b"</r>" * 5000 + b"</si>"))
    write("xlsx", "bad_index.xlsx", xlsx(b'<row><c t="s"><v>99</v></c></row>', b"<si><t>x</t></si>"))
    # Stored (uncompressed) packages let the mutator reach the XML itself; the reader parses the
    # part before it can tell that the checksum no longer matches.
    write("xlsx", "stored_cells.xlsx", xlsx(
        b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>a</t></r>'
        b'<rPh><t>x</t></rPh></is></c><c r="C1" t="str"><f>A1</f><v>_x0041_</v></c></row>'
        b'<row r="2"><c r="A2" s="1"><v>45000.5</v></c><c r="B2" t="b"><v>0</v></c>'
        b'<c r="C2" t="d"><v>2024-05-25T10:00:00</v></c><c t="e"><v>#N/A</v></c></row>'
        b'<row><c r="XFD3"><v>1</v></c></row>',
        b"<si><t>h</t></si>", {"xl/styles.xml": b"<styleSheet " + MAIN + b"><numFmts><numFmt numFmtId=\"164\" "
                               b"formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts><cellXfs><xf numFmtId=\"0\"/>"
                               b"<xf numFmtId=\"164\"/></cellXfs></styleSheet>"},
        method=zipfile.ZIP_STORED))


MATRICES = {
    "readme.json": '{"name": "Wang", "weight": 2, "criteria": ["Profit", "Sales", "Loyalty"],'
                   ' "matrix": [[1, 3, null], [null, 1, "1/2"], [null, null, 1]]}',
    "exact_ratios.json": '{"criteria": ["a", "b", "c"], "exact_ratios": true,'
                         ' "matrix": [[1, 2.5, 0.37], [0.4, 1, "7/3"], [null, null, 1]]}',
    "huge_ratios.json": '{"criteria": ["a", "b", "c", "d"], "exact_ratios": true,'
                        ' "matrix": [[1, 1e300, null, 1e-300], [null, 1, 1e300, null],'
                        ' [null, null, 1, 1e300], [null, null, null, 1]]}',
    "missing.json": '{"criteria": ["a", "b", "c", "d", "e"], "matrix": [[1, 3, null, null, 5],'
                    ' [null, 1, 2, null, null], [null, null, 1, "1/4", null], [null, null, null, 1, 9],'
                    ' [null, null, null, null, 1]]}',
    "zero.json": '{"criteria": ["a", "b"], "matrix": [[1, 0], [null, 1]]}',
    "unlinked.json": '{"criteria": ["a", "b", "c", "d"], "matrix": [[1, 3, null, null],'
                     ' [null, 1, null, null], [null, null, 1, 2], [null, null, null, 1]]}',
}

MODEL = ('{"name": "m", "method": "eigen", "ri": "saaty", "cr_threshold": 0.1, "root": {"name": "Value",'
         ' "evaluators": {"Wang": [[1, 3], [null, 1]], "Li": [[1, 0.5], [2, 1]]},'
         ' "evaluator_order": ["Wang", "Li"], "evaluator_weights": {"Wang": 2, "Li": 1},'
         ' "aggregate": "aij", "children": [{"name": "Now", "matrix": [[1, 1e300], [null, 1]],'
         ' "exact_ratios": true, "children": [{"name": "Profit", "metric": "gross_profit"},'
         ' {"name": "Cost", "metric": "revenue", "direction": "lower"}]},'
         ' {"name": "Later", "weights": [0.8, 0.2], "children": [{"name": "Orders", "metric": "orders"},'
         ' {"name": "Loyalty", "metric": "loyalty"}]}]}}')

SCHEMES = ["abc", "rfm", "cost", "loyalty-value", "pyramid", "amount-frequency", "tiers", "kmeans"]
OPTIONS = [
    '{"measure": "revenue", "method": "cumulative", "cutoffs": [80, 95], "count_shares": [20, 70, 10], "class_names": []}',
    '{"monetary": "revenue", "compare": "raw", "thresholds": {"r": [1, 2, 3, 4], "f": null, "m": null}, "segment_names": []}',
    '{"profit": "gross_profit", "cost": "revenue-share", "cost_rate": 0.1, "average_margin": null, "gold_multiple": 2}',
    '{"value": "score", "loyalty": "loyalty", "value_split": "median", "loyalty_split": 0.5, "lost_is_inactive": true}',
    '{"value": "score", "shares": [0.01, 0.04, 0.15], "no_revenue_is_potential": true}',
    '{"amount": "revenue", "frequency": "orders", "amount_split": 1e300, "exclude_prospects": true}',
    '{"metric": "balance_latest", "tiers": [{"id": "quality", "from": 100000}, {"id": "vip", "from": 1e308}], "base": {"id": "b", "name": "B"}}',
    '{"k": 0, "k_min": 2, "k_max": 8, "seed": 1, "restarts": 4, "max_iterations": 100, "silhouette_sample": 2000, "metrics": [], "names": []}',
]


def main():
    for d in ("csv", "xlsx", "ahpmatrix", "ahpmodel", "classification"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    csv_seeds()
    xlsx_seeds()
    for name, text in MATRICES.items():
        write("ahpmatrix", name, text.encode())
    write("ahpmodel", "group_exact_1e300.json", MODEL.encode())
    for i, (scheme, options) in enumerate(zip(SCHEMES, OPTIONS)):
        write("classification", scheme + ".bin", bytes([i]) + options.encode())


if __name__ == "__main__":
    main()
