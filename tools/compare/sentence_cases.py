"""Runs the sentence-splitter test cases through pySBD, for comparison in issue notes.

Usage: python3 tools/compare/sentence_cases.py   (needs `pip install pysbd`)
Reads the cases from Tests/NewsNLPTests/SentenceSplitterTests.swift, so both tools see the same set.
"""
import json
import pathlib
import re
import sys

source = pathlib.Path(__file__).resolve().parents[2] / "Tests/NewsNLPTests/SentenceSplitterTests.swift"
text = source.read_text()
cases = []
for match in re.finditer(r'SentenceCase\((".*?(?<!\\)"), \[(.*?)\]\),?\n', text):
    raw, expected = match.group(1), match.group(2)
    decode = lambda s: json.loads(s)
    expected_list = [json.loads(m) for m in re.findall(r'"(?:[^"\\]|\\.)*"', expected)]
    cases.append((json.loads(raw), expected_list))

import pysbd

segmenter = pysbd.Segmenter(language="en", clean=False)
right = 0
for source_text, expected in cases:
    got = [s.strip() for s in segmenter.segment(source_text) if s.strip()]
    if got == expected:
        right += 1
    elif "-v" in sys.argv:
        print("MISS", repr(source_text), got)
print(f"pySBD: {right}/{len(cases)} cases right ({100 * right / len(cases):.0f}%)")
