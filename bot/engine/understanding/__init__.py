"""Understanding a question: its words, the names in it (fuzzy, through the name index), the race it is about and
the language it is typed in. Nothing here reads the database or writes an answer."""
