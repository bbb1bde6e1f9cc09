"""The public API is what `newsprism` exports; this pins it so that a change is a decision."""

import newsprism

PUBLIC = [
    "Article", "CleanConfig", "Config", "Conflict", "Entity", "Evidence", "Fact", "IngestConfig",
    "InputProblem", "ModelLoadError", "NewsprismError", "NlpConfig", "NlpResources", "Quote", "RawArticle",
    "RemovedLine", "Report", "Reuse", "Sentence", "SummarySentence", "TimelineEvent", "analyze", "analyze_raw",
    "load_resources", "report_schema", "to_html", "to_json", "to_markdown",
]


def test_public_names_are_pinned() -> None:
    assert sorted(newsprism.__all__) == sorted(PUBLIC)
    assert all(hasattr(newsprism, name) for name in PUBLIC)


def test_importing_newsprism_loads_no_model() -> None:
    import subprocess
    import sys

    code = "import sys, newsprism; print('spacy' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
