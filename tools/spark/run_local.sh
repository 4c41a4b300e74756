#!/usr/bin/env bash
# Runs NewsNLP inside a local Apache Spark job over the corpus and checks the output equals the
# single-process run. Needs Java (17 works) and pyspark: pip install pyspark.
# Not part of .ci/run: starting Spark takes longer than the rest of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product newsnlp >/dev/null
python3 -c "import pyspark" 2>/dev/null || { echo "run_local: pip install pyspark first" >&2; exit 1; }
python3 tools/spark/newsnlp_spark.py
