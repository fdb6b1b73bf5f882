"""The dev question set of issue 21: fresh phrasings the engineers may tune to, scored like the sealed set."""
