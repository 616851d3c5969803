#!/usr/bin/env python3
"""score: a fact sheet against the facts a careful reader extracts, per field and per article.

Takes an expected-facts file (expected.tsv in a scenario folder) and the JSON that
`solieu extract DIR --glob '*.txt'` wrote; runs nothing itself. Prints precision and recall of
whole facts, of each field, and of each article; with -v, every missed, spurious or wrong fact.

    build/solieu extract tests/scenarios/unseen2 --glob '*.txt' -o /tmp/u2.json
    python3 tests/scenarios/score.py tests/scenarios/unseen2/expected.tsv /tmp/u2.json -v

expected.tsv: one fact a line, tab-separated, '#' starts a comment line:
    article  place  subject  metric  status  value  as_of  [note]
status and as_of are '-' when none; value is fully expanded (1,2 tỷ USD -> 1200000000); the note
(usually the figure as written) is for people and is not compared.

How facts are paired: within an article, an expected and an extracted fact can pair only when
their values agree (to a millionth); among those, the pairs agreeing on the most other fields go
first. A whole fact is right when it pairs and every field agrees. A field is right for a fact
when the fact pairs and that field agrees, so field precision is over all extracted facts and
field recall over all expected ones: a missed fact is wrong in every field.
"""
import argparse
import json
import sys
from collections import defaultdict

FIELDS = ["place", "subject", "metric", "status", "as_of"]


def read_expected(path):
    facts = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 7:
                sys.exit(f"{path}:{n}: expected at least 7 tab-separated columns, got {len(cols)}")
            article, place, subject, metric, status, value, as_of = cols[:7]
            facts.append({
                "article": article, "place": place, "subject": subject, "metric": metric,
                "status": "" if status == "-" else status, "value": float(value),
                "as_of": "" if as_of == "-" else as_of, "note": cols[7] if len(cols) > 7 else "",
                "where": f"{path}:{n}",
            })
    return facts


def read_actual(path):
    with open(path, encoding="utf-8") if path != "-" else sys.stdin as f:
        sheet = json.load(f)
    out = []
    for fact in sheet.get("facts", []):
        out.append({
            "article": fact["article"], "place": fact.get("place") or "", "subject": fact.get("subject") or "",
            "metric": fact.get("metric") or "", "status": fact.get("status") or "", "value": float(fact["value"]),
            "as_of": fact.get("as_of") or "", "note": fact.get("text", ""), "where": fact.get("id", ""),
        })
    return out


def same_value(a, b):
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-9)


def pair(expected, actual):
    """Pairs (expected index, actual index) within one article, best agreeing first."""
    candidates = []
    for i, e in enumerate(expected):
        for j, a in enumerate(actual):
            if same_value(e["value"], a["value"]):
                agree = sum(e[f] == a[f] for f in FIELDS)
                candidates.append((-agree, i, j))
    candidates.sort()
    used_e, used_a, pairs = set(), set(), []
    for _, i, j in candidates:
        if i in used_e or j in used_a:
            continue
        used_e.add(i)
        used_a.add(j)
        pairs.append((i, j))
    return pairs


def ratio(n, d):
    return 100.0 * n / d if d else 100.0


def describe(f):
    return (f"{f['place'] or '-'} {f['subject'] or '-'} {f['metric'] or '-'} {f['status'] or '-'} "
            f"{f['value']:g} @{f['as_of'] or '-'}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("expected", help="expected.tsv")
    ap.add_argument("actual", help="fact sheet JSON from `solieu extract`, or - for stdin")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every missed, spurious or wrong fact")
    args = ap.parse_args()

    expected = read_expected(args.expected)
    actual = read_actual(args.actual)
    by_article_e, by_article_a = defaultdict(list), defaultdict(list)
    for e in expected:
        by_article_e[e["article"]].append(e)
    for a in actual:
        by_article_a[a["article"]].append(a)

    field_right = defaultdict(int)
    total_right = 0
    rows = []
    problems = []
    for article in sorted(set(by_article_e) | set(by_article_a)):
        es, acts = by_article_e[article], by_article_a[article]
        pairs = pair(es, acts)
        right = 0
        for i, j in pairs:
            e, a = es[i], acts[j]
            field_right["value"] += 1
            wrong = [f for f in FIELDS if e[f] != a[f]]
            for f in FIELDS:
                if f not in wrong:
                    field_right[f] += 1
            if not wrong:
                right += 1
            else:
                problems.append(f"{article}: WRONG {', '.join(wrong)}: expected {describe(e)} [{e['note']}] "
                                f"got {describe(a)} [{a['note']}] ({a['where']})")
        paired_e = {i for i, _ in pairs}
        paired_a = {j for _, j in pairs}
        for i, e in enumerate(es):
            if i not in paired_e:
                problems.append(f"{article}: MISSED {describe(e)} [{e['note']}]")
        for j, a in enumerate(acts):
            if j not in paired_a:
                problems.append(f"{article}: SPURIOUS {describe(a)} [{a['note']}] ({a['where']})")
        total_right += right
        rows.append((article, len(es), len(acts), right))

    print(f"facts: expected {len(expected)}, extracted {len(actual)}, right {total_right}")
    print(f"whole facts: precision {ratio(total_right, len(actual)):.1f}%  recall {ratio(total_right, len(expected)):.1f}%")
    print("per field (precision / recall):")
    for f in ["value"] + FIELDS:
        print(f"  {f:8} {ratio(field_right[f], len(actual)):5.1f}% / {ratio(field_right[f], len(expected)):5.1f}%")
    print("per article (expected, extracted, right: precision / recall):")
    for article, ne, na, right in rows:
        print(f"  {article:32} {ne:3} {na:3} {right:3}  {ratio(right, na):5.1f}% / {ratio(right, ne):5.1f}%")
    if args.verbose and problems:
        print("problems:")
        for p in problems:
            print("  " + p)


if __name__ == "__main__":
    main()
