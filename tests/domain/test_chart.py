"""Chart of accounts import from what Finnish and Swiss spreadsheets export."""

from app.domain.chart import ChartAccount, parse_chart
from app.resources import resource_path

FI_CODES = {"S", "S1", "S2", "S0", "P", "P1", "P2"}


def test_finnish_excel_csv_in_windows_1252_with_semicolons():
    data = "Tilinumero;Tilin nimi;ALV-koodi\r\n3000;Myynti;S\r\n1701;Myyntisaamiset;\r\n".encode("cp1252")
    preview = parse_chart("Tilinumero;Tilin nimi;ALV-koodi\r\n4000;Ostot;P\r\n7680;Toimistotarvikkeet äö;P\r\n"
                          .encode("cp1252"), FI_CODES)
    assert preview.encoding == "Windows-1252" and preview.delimiter == ";"
    assert preview.accounts[1] == ChartAccount("7680", "Toimistotarvikkeet äö", "P")
    assert parse_chart(data, FI_CODES).accounts[0] == ChartAccount("3000", "Myynti", "S")


def test_swiss_unicode_text_export_in_utf16_with_tabs():
    data = "Konto\tBezeichnung\tMWST-Code\r\n1020\tBank\t\r\n3200\tWarenerlös\tUN\r\n".encode("utf-16")
    preview = parse_chart(data, {"UN"})
    assert preview.encoding == "UTF-16" and preview.delimiter == "tab"
    assert preview.accounts == [ChartAccount("1020", "Bank"), ChartAccount("3200", "Warenerlös", "UN")]


def test_utf8_with_bom_and_no_header():
    data = "\ufeff1910;Pankkitili\n2871;Ostovelat\n".encode("utf-8")
    preview = parse_chart(data)
    assert preview.encoding == "UTF-8 (BOM)"
    assert [a.number for a in preview.accounts] == ["1910", "2871"]


def test_every_bad_row_is_listed_with_its_reason_and_nothing_is_dropped_silently():
    data = ("number;name;vat\n3000;Myynti;S\n30x0;Typo;\n4000;;P\n3000;Myynti again;S\n\n7680;Office;ZZ\n").encode()
    preview = parse_chart(data, FI_CODES)
    assert [a.number for a in preview.accounts] == ["3000", "7680"]
    assert [(p.row, p.reason.split(" ")[0]) for p in preview.rejected] == [(3, "'30x0'"), (4, "Account"), (5, "Account")]
    assert "first on row 2" in preview.rejected[2].reason
    assert preview.notes[0].row == 7 and "ZZ" in preview.notes[0].reason
    assert preview.accounts[1].default_vat_code == ""


def test_a_header_without_number_and_name_columns_is_reported():
    preview = parse_chart(b"foo;bar\n1000;Kassa\n")
    assert preview.rejected[0].row == 1 and "header" in preview.rejected[0].reason
    assert preview.accounts == [ChartAccount("1000", "Kassa")]


def test_bundled_starter_charts_import_cleanly():
    for name, codes in (("fi-starter.csv", FI_CODES), ("ch-starter.csv", None)):
        preview = parse_chart(resource_path("charts", name).read_bytes(), codes)
        assert preview.rejected == [] and preview.notes == [] and len(preview.accounts) >= 24
