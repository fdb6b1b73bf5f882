"""The sealed question set of issue 21: fresh phrasings, expected answers derived from the data, scored apart."""
