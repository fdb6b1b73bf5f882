"""Every score threshold, margin and limit of the question engine, in one place."""

from __future__ import annotations

# Name matching scores are rapidfuzz ratios, 0-100.
CONFIDENT_SCORE = 80.0  # at or above: answer about this name
SUGGESTION_SCORE = 60.0  # at or above: offer it as "did you mean"
MAX_NAME_TYPOS = 2  # letters off in a whole name typed (each word: one in a short word, two in a long one)
AMBIGUITY_MARGIN = 4.0  # two different names closer than this: ask which one
TOKEN_SCORE = 70.0  # a query word this close to a name word brings that name into the fuzzy search
TOKENS_PER_QUERY_TOKEN = 8  # how many near name words each query word may bring in
COMMON_TOKEN_KEYS = 400  # a name word in more names than this ("district", "county") brings none in by itself
MAX_EXACT_SPAN_WORDS = 10  # spans of up to this many words are looked up exactly ("2026 utah u s house ...")
MAX_FUZZY_SPAN_WORDS = 6  # and up to this many fuzzily

MAX_QUESTION_LENGTH = 500
MAX_SUGGESTIONS = 3
# A person named alone is about the race they are polled in this many times more than in any other that fits.
POLLED_IN_RATIO = 5
SUGGEST_CUTOFF = 45.0  # the loosest match still offered as "did you mean" when nothing is close

# Polling average (see README "Polling average").
AVERAGE_WINDOW_DAYS = 60  # polls whose fieldwork ended within this many days of the newest poll
RECENCY_HALF_LIFE_DAYS = 14  # a poll's weight halves every this many days before the newest poll
DEFAULT_SAMPLE_SIZE = 600  # the weight of a poll whose sample size no source gives
MAX_SAMPLE_SIZE = 5000  # larger samples count no more than this

# What the language knows of a word (understanding/lexicon.py).
COMMON_WORD_ZIPF = 3.5  # a word at least this frequent in English or Spanish (Zipf scale) is a common word
EVERYDAY_WORD_ZIPF = 4.5  # a common word this frequent is an everyday word; rarer ones may be names ("ucla", "cnn")
FREQUENT_WORD_ZIPF = 5.0  # and this frequent in English, one of its most frequent ("long", "much", "well", "far")
REAL_SURNAME_PERCENT = 0.002  # a surname at least this share of people have (1990 Census: ~5,000) is a real one
# A surname alone names a person when this share of people have it (~2,500 surnames) and English uses it as a word
# less often than this Zipf frequency ("rivera", "greer", "morales"; not "quick", "cook" or "ford")
NAME_LIKE_SURNAME_PERCENT = 0.01
NAME_LIKE_WORD_ZIPF = 4.0
# A given name at least this share of women or men have (1990 Census: ~1,200 names) is one people are likely called:
# typed before a surname of the data it names someone ("who is will bass", "june wilson"); rarer ones that are
# words ("so", "esta", "pa") stay words.
COMMON_GIVEN_PERCENT = 0.012
