"""Evaluation of dateline against externally labelled data (geoparsing, event coding)."""
