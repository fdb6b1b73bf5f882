"""The question engine: parse a question, resolve names fuzzily, answer from the data with sources."""
