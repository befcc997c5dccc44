#!/usr/bin/env python3
"""Writes the assignment-list fixtures and has LibreOffice (a real office program) save them as
.xlsx, the way an office's spreadsheet would be. Run from this folder when the fixtures change;
the tests read the committed .xlsx files and never run this.

    python3 make-fixtures.py        # needs soffice (LibreOffice Calc)

Sources: plain CSV for simple lists (LibreOffice reads "257" as a number and "2025-06-30" as a
date, as Excel does), flat ODF (.fods) where a list needs merged cells, number formats or
several sheets.
"""
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

CSV = {
    "title-rows": [
        ["市政协十三届三次会议提案交办清单", "", "", "", "", "", ""],
        [],
        ["案号", "案由", "提出人", "会办单位", "届次", "办理时限", "类别"],
        ["257", "关于持续优化营商环境的提案", "陈立群", "市财政局、市工信局", "市政协十三届三次会议", "2025-06-30", "提案"],
        ["86", "关于加大农村公路建设养护投入助力乡村振兴的提案", "马海涛、杨慧敏", "市财政局，市农业农村局", "市政协十三届三次会议", "2025-07-31", "提案"],
        ["301", "关于加强社区养老服务的提案", "郭敏; 陈华", "", "市政协十三届三次会议", "2025-06-30", "提案"],
    ],
    "errors": [
        ["编号", "标题", "领衔人", "类型"],
        ["1", "关于甲事项的建议", "王丽", "建议"],
        ["", "关于乙事项的建议", "张三", "建议"],
        ["1", "关于丙事项的建议", "李四", "建议"],
        ["2", "", "赵六", "建议"],
        ["3", "关于丁事项的议案", "钱七", "议案"],
        ["4", "关于戊事项的提案", "孙八", "提案"],
    ],
}


def csv_text(rows):
    def field(value):
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value
    return "".join(",".join(field(v) for v in row) + "\n" for row in rows)


# A cell of a .fods sheet: text, ("n", value, shown) a number shown padded, ("d", iso, shown) a
# date, ("span", text, columns, rows) a merged cell, or None (covered by a merge, or empty).
def fods_cell(cell):
    if cell is None:
        return "<table:covered-table-cell/>"
    if cell == "":
        return "<table:table-cell/>"
    if isinstance(cell, str):
        return f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p></table:table-cell>'
    kind = cell[0]
    if kind == "n":
        return (f'<table:table-cell table:style-name="padded" office:value-type="float" office:value="{cell[1]}">'
                f"<text:p>{cell[2]}</text:p></table:table-cell>")
    if kind == "d":
        return (f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{cell[1]}">'
                f"<text:p>{cell[2]}</text:p></table:table-cell>")
    _, text, columns, rows = cell
    return (f'<table:table-cell table:number-columns-spanned="{columns}" table:number-rows-spanned="{rows}" '
            f'office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>')


def fods(sheets):
    tables = ""
    for name, rows in sheets:
        body = "".join("<table:table-row>" + "".join(fods_cell(c) for c in row) + "</table:table-row>\n" for row in rows)
        tables += f'<table:table table:name="{escape(name)}">\n{body}</table:table>\n'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="N4"><number:number number:decimal-places="0" number:min-integer-digits="4"/></number:number-style>
 <style:style style:name="padded" style:family="table-cell" style:data-style-name="N4"/>
 <number:date-style style:name="D1"><number:year number:style="long"/><number:text>年</number:text><number:month/>
  <number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="D1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
{tables}</office:spreadsheet></office:body></office:document>
"""


TITLE = ("span", "市十四届人大三次会议代表建议交办清单", 8, 1)
FODS = {
    # A title row, a two-row header (vertical merges; 代表 over 领衔人 and 附议人), numbers
    # formatted 0000, dates in a Chinese date format, and a blank row between the items.
    "merged": [("Sheet1", [
        [TITLE] + [None] * 7,
        [("span", "承办单位：市发展和改革委员会", 8, 1)] + [None] * 7,
        [("span", "序号", 1, 2), ("span", "建议号", 1, 2), ("span", "标题", 1, 2), ("span", "代表", 2, 1), None,
         ("span", "主办单位", 1, 2), ("span", "会办单位", 1, 2), ("span", "办理时限", 1, 2)],
        [None, None, None, "领衔人", "附议人", None, None, None],
        ["1", ("n", 257, "0257"), "关于推进老旧小区改造的建议", "王丽", "张伟、刘洋", "市住房和城乡建设局", "市财政局、市发展改革委",
         ("d", "2025-06-30", "2025年6月30日")],
        [],
        ["2", ("n", 12, "0012"), "关于加强农村饮水安全保障的建议", "陈明，赵刚", "", "市水利局", "", ("d", "2025-07-15", "2025年7月15日")],
        ["3", ("n", 103, "0103"), "《关于优化营商环境的建议》", "李娜", "周杰 王芳", "市发展改革委", "市市场监管局;市政务服务中心",
         ("d", "2025-06-30", "2025年6月30日")],
    ])],
    # A notes sheet first; the lists on the second and third sheets, kind in a 类型 column.
    "sheets": [
        ("说明", [["本工作簿含代表建议和委员提案两张交办清单。"]]),
        ("建议", [
            ["类型", "建议编号", "建议标题", "领衔代表", "协办单位", "办理时限"],
            ["建议", ("n", 5, "0005"), "关于完善城市停车设施的建议", "黄海", "市公安局", ("d", "2025-06-30", "2025年6月30日")],
            ["建议", ("n", 6, "0006"), "关于加强中小学心理健康教育的建议", "周敏、吴昊", "市卫生健康委", ("d", "2025-06-30", "2025年6月30日")],
        ]),
        ("提案", [
            ["类型", "提案号", "题目", "提案人", "会办单位", "办理时限"],
            ["提案", ("n", 41, "0041"), "关于发展银发经济的提案", "郑华", "市民政局", ("d", "2025-07-31", "2025年7月31日")],
        ]),
    ],
}


def convert(source, folder, extra=()):
    profile = "file://" + os.path.join(folder, "profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", *extra,
                    "--convert-to", "xlsx", "--outdir", HERE, source], check=True, capture_output=True)


def main():
    with tempfile.TemporaryDirectory() as folder:
        for name, rows in CSV.items():
            path = os.path.join(folder, name + ".csv")
            with open(path, "w", encoding="utf-8") as out:
                out.write(csv_text(rows))
            convert(path, folder, ["--infilter=CSV:44,34,76,1"])
            if name == "errors":  # the CSV itself too, for CSV locations (errors.csv:A3)
                with open(os.path.join(HERE, "errors.csv"), "w", encoding="utf-8") as out:
                    out.write(csv_text(rows))
        for name, sheets in FODS.items():
            path = os.path.join(folder, name + ".fods")
            with open(path, "w", encoding="utf-8") as out:
                out.write(fods(sheets))
            convert(path, folder)
    # Excel's "CSV" on Chinese Windows is GBK.
    gbk = [["编号", "标题", "领衔人", "会办单位", "类型"],
           ["0031", "关于规范校外培训机构的建议", "林静", "市市场监管局、市教育局", "建议"],
           ["0032", "关于加快充电桩建设的建议", "许强、何丽", "", "建议"]]
    with open(os.path.join(HERE, "gbk.csv"), "wb") as out:
        out.write(csv_text(gbk).replace("\n", "\r\n").encode("gbk"))


if __name__ == "__main__":
    main()
