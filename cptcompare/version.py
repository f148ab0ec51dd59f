"""The extractor's version, on its own so that a cache look-up needs none of the extractor.

Bump it when extraction changes what it returns: cached results and stored analyses of older
versions are read again.
"""

EXTRACTOR_VERSION = "2026.12.5"
