"""`jointdesk resolve` and `jointdesk explain`: the command-line face of the linkage engine.

Exit codes: 0 success, 2 bad input, a bad model or an output that cannot be written (the message
names file, row and field, or the directory; all checked before any work, and nothing is written),
1 an unexpected failure of ours.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from jointdesk.engines.linkage.csvio import InputError, check_output_location, read_input, write_output
from jointdesk.engines.linkage.model import ModelError, save_model
from jointdesk.engines.linkage.pipeline import Progress

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jointdesk", description="Cross-border entity resolution.")
    sub = parser.add_subparsers(dest="command", required=True)
    res = sub.add_parser("resolve", help="group the records of INPUT.csv into entities")
    res.add_argument("input", metavar="INPUT.csv")
    res.add_argument("--out", required=True, metavar="OUTPUT.csv")
    res.add_argument("--backend", choices=("duckdb", "spark"), default="duckdb")
    res.add_argument("--model", metavar="MODEL.json", help="reuse a reviewed model instead of training")
    exp = sub.add_parser("explain", help="show the evidence for and against two records matching")
    exp.add_argument("input", metavar="INPUT.csv")
    exp.add_argument("id1")
    exp.add_argument("id2")
    exp.add_argument("--model", metavar="MODEL.json")
    return parser


def model_path_for(out: Path) -> Path:
    """OUTPUT.csv -> OUTPUT.model.json, next to the output."""
    stem = out.name[:-4] if out.name.lower().endswith(".csv") else out.name
    return out.with_name(f"{stem}.model.json")


@contextmanager
def _progress_display() -> Iterator[Progress]:
    if not sys.stderr.isatty():
        yield lambda stage, fraction: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    console = Console(stderr=True)
    with RichProgress(
        TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console, transient=False
    ) as bar:
        task = bar.add_task("reading input", total=1.0)

        def update(stage: str, fraction: float) -> None:
            bar.update(task, description=stage, completed=fraction)

        yield update


def _resolve(args: argparse.Namespace) -> int:
    from jointdesk.engines.linkage.pipeline import resolve

    out = Path(args.out)
    if args.model and not Path(args.model).is_file():
        raise ModelError(f"{args.model}: model file not found")
    check_output_location(out)
    data = read_input(args.input)
    with _progress_display() as progress:
        result = resolve(data, backend=args.backend, model_path=args.model, progress=progress)
    write_output(out, result.record_ids, result.entity_ids)
    if not args.model:
        save_model(model_path_for(out), result.settings, result.threshold, "duckdb")
    n_records, n_entities = len(result.record_ids), len(set(result.entity_ids))
    stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in result.timings.items())
    print(
        f"{n_records} {'record' if n_records == 1 else 'records'} -> "
        f"{n_entities} {'entity' if n_entities == 1 else 'entities'}: {out} ({stages})",
        file=sys.stderr,
    )
    return 0


def _explain(args: argparse.Namespace) -> int:
    from jointdesk.engines.linkage.explain import explain_pair

    if args.model and not Path(args.model).is_file():
        raise ModelError(f"{args.model}: model file not found")
    data = read_input(args.input)
    print(explain_pair(data, args.id1, args.id2, model_path=args.model))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "resolve":
            return _resolve(args)
        return _explain(args)
    except (InputError, ModelError) as exc:
        print(f"jointdesk {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
