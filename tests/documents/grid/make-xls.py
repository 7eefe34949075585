#!/usr/bin/python3
# Writes shanghai-justice-2026.xls: the two tables of tests/unit/grid_documents.cc
# (上海市普陀区司法局 2026, PDF pages 13 and 18) as an Excel 97-2003 workbook,
# one sheet per table, merged cells as Excel merges them, amounts as number
# cells in the format "0.00" (or General), as a finance clerk's file has them.
#
# gongkai reads .xls with libfreexl, which cannot write; this script uses
# Debian's python3-xlwt (apt-get install python3-xlwt) and is run by hand:
#   /usr/bin/python3 tests/documents/grid/make-xls.py
# The .xls it wrote is committed; the test never runs this.
import os
import xlwt

SPENDING_ROWS = [
    ("204", "", "", "公共安全支出", 87267272.44, 16726725.44, 70540547.00),
    ("204", "06", "", "司法", 87267272.44, 16726725.44, 70540547.00),
    ("204", "06", "01", "行政运行", 16726725.44, 16726725.44, 0.00),
    ("204", "06", "04", "基层司法业务", 21703947.00, 0.00, 21703947.00),
    ("204", "06", "05", "普法宣传", 1242900.00, 0.00, 1242900.00),
    ("204", "06", "07", "公共法律服务", 6860000.00, 0.00, 6860000.00),
    ("204", "06", "13", "信息化建设", 2278800.00, 0.00, 2278800.00),
    ("204", "06", "99", "其他司法支出", 38454900.00, 0.00, 38454900.00),
    ("208", "", "", "社会保障和就业支出", 3343704.00, 3343704.00, 0.00),
    ("208", "05", "", "行政事业单位养老支出", 3343704.00, 3343704.00, 0.00),
    ("208", "05", "01", "行政单位离退休", 578040.00, 578040.00, 0.00),
    ("208", "05", "05", "机关事业单位基本养老保险缴费支出", 1839485.00, 1839485.00, 0.00),
    ("208", "05", "06", "机关事业单位职业年金缴费支出", 919739.00, 919739.00, 0.00),
    ("208", "05", "99", "其他行政事业单位养老支出", 6440.00, 6440.00, 0.00),
    ("210", "", "", "卫生健康支出", 1149678.00, 1149678.00, 0.00),
    ("210", "11", "", "行政事业单位医疗", 1149678.00, 1149678.00, 0.00),
    ("210", "11", "01", "行政单位医疗", 1149678.00, 1149678.00, 0.00),
    ("221", "", "", "住房保障支出", 4521559.00, 4521559.00, 0.00),
    ("221", "02", "", "住房改革支出", 4521559.00, 4521559.00, 0.00),
    ("221", "02", "01", "住房公积金", 2087959.00, 2087959.00, 0.00),
    ("221", "02", "03", "购房补贴", 2433600.00, 2433600.00, 0.00),
]

book = xlwt.Workbook(encoding="utf-8")
two = xlwt.easyxf(num_format_str="0.00")
general = xlwt.easyxf()

sheet = book.add_sheet("支出预算总表")
sheet.write_merge(0, 0, 0, 6, "2026年部门支出预算总表")
sheet.write_merge(1, 1, 0, 5, "编制部门：上海市普陀区司法局")
sheet.write(1, 6, "单位：元")
sheet.write_merge(2, 2, 0, 3, "项目")
sheet.write_merge(2, 2, 4, 6, "支出预算")
sheet.write_merge(3, 3, 0, 2, "功能分类科目编码")
for column, text in ((3, "功能分类科目名称"), (4, "合计"), (5, "基本支出"), (6, "项目支出")):
    sheet.write_merge(3, 4, column, column, text)
for column, text in enumerate(("类", "款", "项")):
    sheet.write(4, column, text)
row = 5
for values in SPENDING_ROWS:
    for column, value in enumerate(values):
        if column < 4:
            if value:
                sheet.write(row, column, value)
        else:
            sheet.write(row, column, value, two)
    row += 1
sheet.write_merge(row, row, 0, 3, "合计")
# The sum as a spreadsheet computes it in binary: 25741666.439999998.
sheet.write(row, 4, 96282213.44, two)
sheet.write(row, 5, sum(values[5] for values in SPENDING_ROWS if values[2]), two)
sheet.write(row, 6, 70540547.00, two)

sheet = book.add_sheet("三公经费")
sheet.write_merge(0, 0, 0, 6, "2026年部门“三公”经费和机关运行经费预算表")
sheet.write_merge(1, 1, 0, 5, "编制部门：上海市普陀区司法局")
sheet.write(1, 6, "单位:万元")
sheet.write_merge(2, 2, 0, 5, "“三公”经费预算数")
sheet.write_merge(2, 4, 6, 6, "机关运行经费预算数")
for column, text in ((0, "合计"), (1, "因公出国(境)费"), (2, "公务接待费")):
    sheet.write_merge(3, 4, column, column, text)
sheet.write_merge(3, 3, 3, 5, "公务用车购置及运行费")
for column, text in ((3, "小计"), (4, "购置费"), (5, "运行费")):
    sheet.write(4, column, text)
for column, value in enumerate((10.81, 0, 0.83, 9.98, 0, 9.98, 217.83)):
    sheet.write(5, column, value, two if isinstance(value, float) else general)

book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "shanghai-justice-2026.xls"))
