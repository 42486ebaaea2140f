#!/usr/bin/env python3
"""Every single-step mutation of the bundled examples, as JSON Lines: the corpus on which two builds
of the command line must give the same answers (scripts/outputs/compare.sh).

Each dossier differs from its example in one place: a key dropped, a list item dropped, a date moved
before or after the date of assessment, a boolean flipped or nulled, a number moved to the
thresholds of the staff rules, an enumeration given each of its values, a code given each code the
examples use for that key. Most of the variants stay valid, so every branch of every policy is
reached; some become invalid, which exercises the dossier reader's problems too. Deterministic.

    python3 scripts/outputs/mutations.py examples > corpus.jsonl
"""
import copy
import json
import pathlib
import sys

ENUMS = {
    "legalForm": ["INDIVIDUAL_ENTREPRENEUR", "LEGAL_ENTITY", "BRANCH"],
    "role": ["MANAGER", "SPECIALIST", "WORKER"],
    "level": ["UNKNOWN", "GENERAL_SECONDARY", "TECHNICAL_VOCATIONAL", "POST_SECONDARY", "HIGHER", "POSTGRADUATE"],
    "field": ["ELECTRIC_POWER", "HEAT_POWER", "OIL_AND_GAS", "MINING", "GEOLOGY", "METALLURGY",
              "CHEMICAL_TECHNOLOGY", "MINERAL_PROCESSING", "MECHANICAL_AND_OTHER_TECHNICAL", "NON_TECHNICAL",
              "UNKNOWN"],
    "legalBasis": ["OWNERSHIP", "ECONOMIC_MANAGEMENT", "OPERATIONAL_MANAGEMENT", "TRUST_MANAGEMENT", "LEASE",
                   "GRATUITOUS_USE", "OTHER"],
    "signedBy": ["FIRST_HEAD", "ACTING_HEAD", "APPLICANT", "OTHER"],
}
DATES = ["2000-01-01", "2012-10-31", "2012-11-02", "2013-06-01"]
NUMBERS = [0, 1, 11, 12, 35, 36, 59, 60, 119, 120]
CODE_KEYS = {"category", "function", "kind", "activity"}


def walk(node, path=()):
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))


def get(node, path):
    for p in path:
        node = node[p]
    return node


def codes(examples):
    seen = {}
    for d in examples:
        for path, v in walk(d):
            if path and path[-1] in CODE_KEYS and isinstance(v, (str, int)):
                seen.setdefault(path[-1], set()).add(v)
            if path and path[-1] in ("subActivities", "works") and isinstance(v, list):
                for c in v:
                    seen.setdefault(path[-1], set()).add(c)
    return {k: sorted(v, key=str) for k, v in seen.items()}


def variants(d, known):
    for path, v in list(walk(d)):
        if not path:
            continue
        parent, key = path[:-1], path[-1]
        # drop it
        e = copy.deepcopy(d)
        container = get(e, parent)
        del container[key]
        yield e
        if isinstance(v, bool):
            choices = [not v, None]
        elif isinstance(v, int):
            choices = [n for n in NUMBERS if n != v] + [None]
        elif isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
            choices = [x for x in DATES if x != v] + [None]
        elif isinstance(key, str) and key in ENUMS:
            choices = [x for x in ENUMS[key] if x != v] + [None]
        elif isinstance(key, str) and key in known:
            choices = [x for x in known[key] if x != v]
        elif isinstance(key, str) and key in ("subActivities", "works") and isinstance(v, list):
            choices = [[]] + [[c] for c in known.get(key, [])]
        elif isinstance(key, str) and key in ("sealed", "production", "protocolOfIntent", "backupSupply", "onSchedule"):
            choices = [True, False, None]
        else:
            choices = []
        for c in choices:
            e = copy.deepcopy(d)
            get(e, parent)[key] = c
            yield e
    # optional facts an example may not state at all
    for path, v in list(walk(d)):
        if isinstance(v, dict):
            for k in ("sealed", "backupSupply", "onSchedule", "protocolOfIntent", "signedBy", "validUntil"):
                if k not in v and any(x in v for x in ("ref", "id")):
                    for c in ([True, False] if k not in ("signedBy", "validUntil") else
                              (ENUMS["signedBy"] if k == "signedBy" else DATES)):
                        e = copy.deepcopy(d)
                        get(e, path)[k] = c
                        yield e


def main():
    folder = pathlib.Path(sys.argv[1])
    examples = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    known = codes(examples)
    out = sys.stdout
    for d in examples:
        out.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")
        for e in variants(d, known):
            out.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
