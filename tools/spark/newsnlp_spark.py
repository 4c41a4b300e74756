"""Runs NewsNLP as a stage of an Apache Spark job and checks the output equals a single-process run.

Usage: bash tools/spark/run_local.sh   (installs nothing itself; needs `pip install pyspark` and Java)

The recipe for a real cluster is the same: ship the `newsnlp` binary to the executors (for example
with `--files` or a shared path) and pipe JSON lines through it:

    rdd.map(json.dumps).pipe("newsnlp annotate --input jsonl --format jsonl --jobs 1")

Each partition's records go to one `newsnlp` process as {"id": …, "text": …} or {"id": …, "html": …}
lines and come back as one contract-shaped JSON object per line; a bad record is reported on the
executor's stderr and skipped.
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "release" / "newsnlp"


def corpus_records():
    records = []
    for path in sorted((ROOT / "Corpus").iterdir()):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")  # the windows-1252 page; JSON carries it as Unicode
        field = "html" if path.suffix in (".html", ".htm") else "text"
        records.append(json.dumps({"id": path.stem, field: text}, ensure_ascii=False))
    return records


def by_id(lines):
    return {json.loads(line)["id"]: json.loads(line) for line in lines if line.strip()}


def main():
    from pyspark.sql import SparkSession

    records = corpus_records()
    command = f"{BINARY} annotate --input jsonl --format jsonl --jobs 1"
    spark = SparkSession.builder.master("local[2]").appName("newsnlp").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        piped = spark.sparkContext.parallelize(records, numSlices=4).pipe(command).collect()
    finally:
        spark.stop()
    single = subprocess.run(
        [str(BINARY), "annotate", "--input", "jsonl", "--format", "jsonl"],
        input="\n".join(records) + "\n", capture_output=True, text=True, check=False,
    ).stdout.splitlines()
    spark_results, single_results = by_id(piped), by_id(single)
    if spark_results != single_results:
        print(f"spark: {len(spark_results)} documents differ from the single-process run ({len(single_results)})")
        sys.exit(1)
    print(f"spark: {len(spark_results)} documents annotated in 4 partitions; output equals the single-process run")


if __name__ == "__main__":
    main()
