"""Account completion: number prefix first, then any part of the name, accents and case ignored."""

from app.domain.chart import ChartAccount
from app.editing.completion import AccountCompleter, completion_text, fold
from tests.editing.support import CHART

COMPLETER = AccountCompleter(CHART)


def numbers(found):
    return [a.number for a in found]


def test_number_prefix():
    assert numbers(COMPLETER.complete("17")) == ["1701", "1763"]
    assert numbers(COMPLETER.complete("30")) == ["3000", "3010"]


def test_name_parts_ignore_case_and_accents():
    assert numbers(COMPLETER.complete("myyn")) == ["1701", "3000", "3010"]
    assert numbers(COMPLETER.complete("erlos")) == ["4001"]
    assert numbers(COMPLETER.complete("ERLÖS")) == ["4001"]
    assert numbers(COMPLETER.complete("velka")) == ["2939"]  # inside a word
    assert numbers(COMPLETER.complete("kirjat")) == ["3010"]


def test_word_starts_rank_above_inner_matches():
    completer = AccountCompleter([ChartAccount("1000", "Kassa pankki"), ChartAccount("2000", "Pankkitili")])
    assert numbers(completer.complete("pankki")) == ["1000", "2000"]  # both start a word: number order
    completer = AccountCompleter([ChartAccount("1000", "Ulkopankki"), ChartAccount("2000", "Pankkitili")])
    assert numbers(completer.complete("pankki")) == ["2000", "1000"]


def test_number_prefix_matches_come_first():
    completer = AccountCompleter([ChartAccount("5000", "Tili 17 kulut"), ChartAccount("1700", "Kassa")])
    assert numbers(completer.complete("17")) == ["1700", "5000"]


def test_inactive_accounts_are_not_suggested_and_limit_applies():
    assert "9999" not in numbers(COMPLETER.complete("9"))
    assert numbers(COMPLETER.complete("", limit=2)) == ["1701", "1763"]


def test_unique_name_and_completion_text():
    assert COMPLETER.unique_by_name("pankkitili").number == "1910"
    assert COMPLETER.unique_by_name("myynti") is not None  # exact name wins over "Myynti, kirjat"
    assert COMPLETER.unique_by_name("arvonlis") is None  # two accounts
    assert completion_text(CHART[0]) == "1701 Myyntisaamiset"
    assert fold("Straße Ä") == "strasse a"


def test_five_thousand_accounts_scan_a_folded_index():
    chart = [ChartAccount(str(10000 + n), f"Tili numero {n} Erlös") for n in range(5000)]
    completer = AccountCompleter(chart)
    assert len(completer.complete("erlos", limit=None)) == 5000
    assert numbers(completer.complete("14999")) == ["14999"]
    found = numbers(completer.complete("1000", limit=None))
    assert found == [str(n) for n in range(10000, 10010)] + ["11000"]  # numbers, then "Tili numero 1000"
