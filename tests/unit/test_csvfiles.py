"""CSV writing and reading (tables/csvfiles.py): RFC 4180 quoting, LF ends, empty cell for null."""

from __future__ import annotations

import pandas as pd

from jkec.tables.csvfiles import read_table, write_table


def test_csv_round_trip_keeps_text_and_writes_nulls_and_booleans_plainly(tmp_path):
    frame = pd.DataFrame({
        "text": ['He said "no", then left', "Seoul’s “white list”", None],
        "flag": pd.array([True, False, None], dtype="boolean"),
        "n": pd.array([1, None, 3], dtype="Int64"),
    })
    path = tmp_path / "t.csv"
    write_table(frame, path)
    assert path.read_bytes().decode("utf-8") == (
        'text,flag,n\n"He said ""no"", then left",true,1\nSeoul’s “white list”,false,\n,,3\n'
    )
    back = read_table(path)
    assert back["text"].tolist()[:2] == frame["text"].tolist()[:2] and pd.isna(back["text"][2])
    assert back["flag"].tolist()[:2] == ["true", "false"] and back["n"].tolist()[0] == "1"
