"""Data shipped with dateline: taxonomy, trigger lexicon, actor dictionary, sample articles."""
