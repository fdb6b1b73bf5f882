"""Racebot: answers election-race questions on Discord and on the command line, from a local database."""
"""Racebot: answers election-race questions on Discord and on the command line, from a local database."""
