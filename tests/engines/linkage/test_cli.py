"""The `jointdesk resolve` / `jointdesk explain` contract: output shape, exit codes, no partial output."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from jointdesk.engines.linkage.cli import main
from jointdesk.engines.linkage.csvio import INPUT_COLUMNS

from .linkage_data import HANDCRAFTED, read_output, write_csv


def test_resolve_writes_every_record_once_and_the_model(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", HANDCRAFTED)
    out = tmp_path / "out.csv"
    assert main(["resolve", str(src), "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["record_id", "entity_id"]
    assert sorted(r[0] for r in rows[1:]) == sorted(r[0] for r in HANDCRAFTED)
    model = json.loads((tmp_path / "out.model.json").read_text(encoding="utf-8"))
    assert model["link_type"] == "dedupe_only" and "jointdesk" in model
    again = tmp_path / "again.csv"
    assert main(["resolve", str(src), "--out", str(again), "--model", str(tmp_path / "out.model.json")]) == 0
    assert read_output(again) == read_output(out)
    assert not (tmp_path / "again.model.json").exists()


def _bad(
    tmp_path: Path, patch: dict[str, str] | None = None, header: tuple[str, ...] = INPUT_COLUMNS
) -> Path:
    rows = [dict(zip(INPUT_COLUMNS, r, strict=True)) for r in HANDCRAFTED[:4]]
    if patch:
        rows[2] = {**rows[2], **patch}
    return write_csv(tmp_path / "bad.csv", rows, header=header)


@pytest.mark.parametrize(
    ("patch", "header", "expected"),
    [
        (None, tuple(c for c in INPUT_COLUMNS if c != "birth_date"), "field 'birth_date'"),
        ({"record_id": "bg-hristo"}, INPUT_COLUMNS, "row 3 (line 4), field 'record_id'"),
        ({"birth_date": "1975-13-01"}, INPUT_COLUMNS, "row 3 (line 4), field 'birth_date'"),
        ({"source": "MD"}, INPUT_COLUMNS, "row 3 (line 4), field 'source'"),
    ],
)
def test_bad_input_exits_2_names_where_and_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    patch: dict[str, str] | None,
    header: tuple[str, ...],
    expected: str,
) -> None:
    src = _bad(tmp_path, patch, header)
    out = tmp_path / "out.csv"
    assert main(["resolve", str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(src) in err and expected in err
    assert list(tmp_path.iterdir()) == [src]


@pytest.mark.parametrize(
    ("where", "expected"),
    [("missing/out.csv", "does not exist"), (".", "is a directory")],
)
def test_an_output_that_cannot_be_written_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, expected: str
) -> None:
    src = write_csv(tmp_path / "in.csv", HANDCRAFTED)
    assert main(["resolve", str(src), "--out", str(tmp_path / where)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "records ->" not in err
    assert list(tmp_path.iterdir()) == [src]


def test_malformed_ids_and_phones_are_data_not_errors(tmp_path: Path) -> None:
    rows = [dict(zip(INPUT_COLUMNS, r, strict=True)) for r in HANDCRAFTED[:3]]
    rows[0] |= {"national_id": "75-03-14-642X", "phone": "call me maybe"}
    rows[1] |= {"national_id": "123", "phone": "+40 (0) 7"}
    out = tmp_path / "out.csv"
    assert main(["resolve", str(write_csv(tmp_path / "in.csv", rows)), "--out", str(out)]) == 0
    assert len(read_output(out)) == 3


def test_explain_prints_evidence_and_probability(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_csv(tmp_path / "in.csv", HANDCRAFTED)
    assert main(["explain", str(src), "bg-ivan-1", "bg-ivan-2"]) == 0
    text = capsys.readouterr().out
    assert "national_id" in text and "two different valid ids of one kind" in text
    assert "match probability" in text and "NOT LINKED" in text
    assert main(["explain", str(src), "bg-ivan-1", "nobody"]) == 2


def test_installed_command(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("jointdesk")
    if not exe.exists():
        pytest.skip("jointdesk console script not installed (uv pip install -e .)")
    src = write_csv(tmp_path / "in.csv", HANDCRAFTED)
    out = tmp_path / "out.csv"
    done = subprocess.run(
        [str(exe), "resolve", str(src), "--out", str(out)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert len(read_output(out)) == len(HANDCRAFTED)
    bad = subprocess.run(
        [str(exe), "resolve", str(tmp_path / "missing.csv"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and "missing.csv" in bad.stderr


def test_explain_evidence_adds_up_to_the_match_weight(tmp_path: Path) -> None:
    """The per-field weights, term-frequency adjustments included, sum to the pair's match weight."""
    import itertools

    from jointdesk.engines.linkage.csvio import read_input
    from jointdesk.engines.linkage.explain import explain

    src = write_csv(tmp_path / "in.csv", HANDCRAFTED)
    ids = [row["record_id"] if isinstance(row, dict) else row[0] for row in HANDCRAFTED]
    for a, b in itertools.pairwise(ids):
        exp = explain(read_input(src), a, b)
        total = exp.prior_weight + sum(ev.weight for ev in exp.evidence)
        assert abs(total - exp.match_weight) < 0.05, (a, b, total, exp.match_weight)


def test_a_model_of_another_format_is_refused_with_a_message_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A model written by an earlier version has other comparison levels: it is refused by name,
    with what to do, rather than scored level by level against the wrong conditions."""
    src = write_csv(tmp_path / "in.csv", HANDCRAFTED)
    assert main(["resolve", str(src), "--out", str(tmp_path / "out.csv")]) == 0
    model = json.loads((tmp_path / "out.model.json").read_text(encoding="utf-8"))
    model["jointdesk"]["format"] -= 1
    old = tmp_path / "old.model.json"
    old.write_text(json.dumps(model), encoding="utf-8")
    out = tmp_path / "again.csv"
    assert main(["resolve", str(src), "--out", str(out), "--model", str(old)]) == 2
    err = capsys.readouterr().err
    assert "old.model.json" in err and "run without --model" in err
    assert not out.exists()
