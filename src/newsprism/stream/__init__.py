"""Stream mode: articles arrive one at a time; near-duplicates are found and stories grouped online.

Stages, in the order an article meets them:

- ``fingerprint``: a content fingerprint (SHA-256 of the normalised text): the same article again is a no-op,
  a corrected version (same URL, changed text) a new version;
- ``minhash``: word shingles and content words, read once, and their MinHash signatures (seeded, vectorised);
- ``lsh``: banded LSH indexes over signatures, in a time window: candidate reprints among stored articles;
- ``dedup``: candidates verified as reprints or rewrites, duplicate groups with their original;
- ``features``, ``scoring``, ``stories``: online story grouping of what remains.
"""
