"""Writing a parsed file in the caller's transaction: one module per table family (sources, races, candidates,
polls, election results, endorsements), each loading what is stored, comparing it with the file (a pure diff) and
applying the difference; `writer.ImportWriter` runs them in order, and `tables` holds what they share."""
