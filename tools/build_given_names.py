"""Build the given-name gender table (``src/quotegraph/data/given_names.tsv``).

Usage: python tools/build_given_names.py [--out PATH]   (needs ``pip install -e ".[tools]"``)

The table comes from the name data of the ``nomquamgender`` package (MIT licence, Copyright (c)
2022 Ian Van Buskirk): for each given name, how many people bore it and the share of them who
were women. Only names borne by many people (``--min-count``) whose share is decisive
are kept, marked with a gender when the share is decisive (``--decisive``: at least that share of
one gender), so "Michelle" is a woman's name and "Donald" a man's, while "Kim" or "Jordan" are
given names of either gender (x). A name most of whose bearers are of one gender without being
decisive (``--leaning``: "Hillary", "Lindsey") is marked as leaning (f? or m?): that never marks a
person, it only tells two people of the same surname apart ("Mr. Clinton" beside "Hillary
Clinton" and "Bill Clinton"). The article's own words (a title, "he", "she") always come first;
the table only fills in a person the article leaves unmarked. The header records the source's
version and hash and the thresholds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "quotegraph" / "data" / "given_names.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-count", type=int, default=300)
    ap.add_argument("--decisive", type=float, default=0.95)
    ap.add_argument("--leaning", type=float, default=0.85)
    args = ap.parse_args()
    raw = resources.files("nomquamgender").joinpath("name_data.json").read_bytes()
    data = json.loads(raw)
    rows = []
    for name, value in data.items():
        count, share_female = value[1], value[2]
        if count < args.min_count or not name.replace("-", "").isalpha() or not name.isascii():
            continue
        if share_female >= args.decisive:
            rows.append((name, "f"))
        elif share_female <= 1 - args.decisive:
            rows.append((name, "m"))
        elif share_female >= args.leaning:
            rows.append((name, "f?"))
        elif share_female <= 1 - args.leaning:
            rows.append((name, "m?"))
        else:
            rows.append((name, "x"))
    rows.sort()
    header = [
        "# Given names and the gender nearly all their bearers have (f, m; f?, m?: most of them; x: either).",
        f"# Source: nomquamgender {metadata.version('nomquamgender')} name_data.json,"
        f" sha256 {hashlib.sha256(raw).hexdigest()}",
        "# nomquamgender: MIT licence, Copyright (c) 2022 Ian Van Buskirk.",
        f"# Kept: borne by at least {args.min_count} people;"
        f" f or m when at least {args.decisive} of one gender, f? or m? when at least {args.leaning}.",
        "# Rebuild: python tools/build_given_names.py",
    ]
    lines = header + [f"{name}\t{gender}" for name, gender in rows]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(rows)} names")


if __name__ == "__main__":
    main()
