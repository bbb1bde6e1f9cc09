-- The stream's own tables (`newsprism ingest`): what it needs to resume where it stopped and to show its
-- decisions as data. Written with the store's stories and articles in one transaction per batch
-- (see newsprism/stream/persist.py). {blob} is filled in per database.

-- One row per article the stream placed, in stream order (position): its signatures and features, so that the
-- near-duplicate index and the story grouper are rebuilt from here when a run starts.
CREATE TABLE stream_items (
    position INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE,
    story TEXT NOT NULL,
    ident TEXT NOT NULL,
    batch INTEGER NOT NULL,
    published DOUBLE PRECISION NOT NULL,
    dated TEXT,
    outlet TEXT,
    credit TEXT,
    title TEXT,
    content_fingerprint TEXT NOT NULL,
    shingles {blob} NOT NULL,
    content {blob} NOT NULL,
    shingle_size INTEGER NOT NULL,
    content_size INTEGER NOT NULL,
    terms TEXT NOT NULL,
    vector {blob}
);

CREATE INDEX stream_items_ident ON stream_items (ident);
CREATE INDEX stream_items_story ON stream_items (story);
CREATE INDEX stream_items_batch ON stream_items (batch, position);

-- Every article version the stream has read, by the store's fingerprint (URL + normalised content): reading it
-- again is a no-op. A corrected version (same URL, new content) points at the item it revises; version 0 is an
-- article with no article text (reported once, not stored, its id kept so that later ids do not move).
CREATE TABLE stream_seen (
    fingerprint TEXT PRIMARY KEY,
    item_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    ident TEXT NOT NULL
);

-- The grouper's stories (s1, s2, ... in the order they started) and the store story that holds their articles.
-- A story merged into another keeps its row, with merged_into; its articles move to the other's store story.
CREATE TABLE stream_stories (
    story TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    title TEXT NOT NULL,
    merged_into TEXT
);

-- Every grouping decision in the order it was taken: joined, started, merged, faded.
CREATE TABLE stream_decisions (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    story TEXT NOT NULL,
    position INTEGER NOT NULL,
    item TEXT,
    other TEXT,
    score DOUBLE PRECISION
);

-- Near-duplicate links (the evidence) and the duplicate groups they make: each member with its group's original.
CREATE TABLE stream_links (
    seq INTEGER PRIMARY KEY,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    kind TEXT NOT NULL,
    shingle_jaccard DOUBLE PRECISION NOT NULL,
    shingle_containment DOUBLE PRECISION NOT NULL,
    content_jaccard DOUBLE PRECISION NOT NULL,
    batch INTEGER NOT NULL
);

CREATE TABLE stream_duplicates (
    item_id TEXT PRIMARY KEY,
    original TEXT NOT NULL,
    kind TEXT NOT NULL
);

CREATE INDEX stream_duplicates_original ON stream_duplicates (original);
